//! `inmaek serve`: the bot with long polling until SIGINT or SIGTERM.

use std::sync::Arc;

use teloxide::Bot;

use super::{Context, Failure, Outcome};
use crate::bot::storage::DbStorage;
use crate::bot::{BotApp, run_polling};

pub async fn serve(ctx: &Context) -> Outcome {
    let token = std::env::var("TELOXIDE_TOKEN").unwrap_or_default();
    if token.trim().is_empty() {
        return Err(Failure::Environment {
            name: "TELOXIDE_TOKEN",
        });
    }
    // Bot::from_env panics on a malformed URL: check it first.
    if let Ok(api_url) = std::env::var("TELOXIDE_API_URL")
        && url::Url::parse(api_url.trim_end_matches('/')).is_err()
    {
        return Err(Failure::Environment {
            name: "TELOXIDE_API_URL",
        });
    }
    let bot = Bot::from_env();
    let app = Arc::new(BotApp {
        store: ctx.store.clone(),
        config: ctx.config.clone(),
        storage: DbStorage::new(ctx.store.clone()),
    });
    tracing::info!("serving the bot with long polling");
    run_polling(bot, app, shutdown_signal()).await;
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
