//! `inmaek serve`: the bot with long polling until SIGINT or SIGTERM.

use std::sync::Arc;

use teloxide::Bot;
use tokio::sync::watch;

use super::{Context, Failure, Outcome};
use crate::bot::storage::DbStorage;
use crate::bot::{BotApp, run_polling};
use crate::keep;

/// The bot from `TELOXIDE_TOKEN` (and `TELOXIDE_API_URL`), checked first:
/// teloxide panics on a malformed URL.
pub fn bot_from_env() -> Result<Bot, Failure> {
    let token = std::env::var("TELOXIDE_TOKEN").unwrap_or_default();
    if token.trim().is_empty() {
        return Err(Failure::Environment {
            name: "TELOXIDE_TOKEN",
        });
    }
    if let Ok(api_url) = std::env::var("TELOXIDE_API_URL")
        && url::Url::parse(api_url.trim_end_matches('/')).is_err()
    {
        return Err(Failure::Environment {
            name: "TELOXIDE_API_URL",
        });
    }
    Ok(Bot::from_env())
}

pub async fn serve(ctx: &Context) -> Outcome {
    let bot = bot_from_env()?;
    let app = Arc::new(BotApp {
        store: ctx.store.clone(),
        config: ctx.config.clone(),
        storage: DbStorage::new(ctx.store.clone()),
    });
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        stop_tx.send_replace(true);
    });
    let scheduler = tokio::spawn(keep::run(
        ctx.store.clone(),
        bot.clone(),
        ctx.config.clone(),
        stop_rx.clone(),
    ));
    tracing::info!("serving the bot with long polling");
    let mut polling_stop = stop_rx;
    run_polling(bot, app, async move {
        let _ = polling_stop.wait_for(|stop| *stop).await;
    })
    .await;
    // The relay gives back what it has not sent; wait for it to finish.
    let _ = scheduler.await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut terminate) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = terminate.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
