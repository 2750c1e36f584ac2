//! `inmaek serve`: the bot with long polling until SIGINT or SIGTERM.

use std::sync::Arc;

use teloxide::Bot;
use tokio::sync::watch;

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};

use teloxide::payloads::SetWebhookSetters;
use teloxide::prelude::Requester;
use teloxide::types::AllowedUpdate;
use teloxide::update_listeners::webhooks;

use super::{Context, Failure, Outcome};
use crate::bot::storage::DbStorage;
use crate::bot::{BotApp, redact, run_polling, run_webhook};
use crate::cli::ServeArgs;
use crate::{keep, ops};

/// Where the webhook listens when `--listen` is not given.
const DEFAULT_LISTEN: SocketAddr = SocketAddr::V4(SocketAddrV4::new(Ipv4Addr::LOCALHOST, 8080));

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

pub async fn serve(ctx: &Context, args: ServeArgs) -> Outcome {
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
    let stopped = |mut rx: watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|stop| *stop).await;
    };
    if !crate::bot::wait_for_api(&bot, stop_rx.clone()).await {
        tracing::info!("stopped");
        return Ok(());
    }
    // The webhook (if any) and the operations endpoints share one listener.
    let (webhook, listen) = match &args.webhook_url {
        Some(url) => {
            let listen = args.listen.unwrap_or(DEFAULT_LISTEN);
            let secret = ops::webhook_secret(bot.token());
            bot.set_webhook(url.clone())
                .secret_token(secret.clone())
                .allowed_updates([AllowedUpdate::Message, AllowedUpdate::CallbackQuery])
                .await
                .map_err(|err| Failure::Webhook {
                    reason: redact(&err.to_string(), &bot),
                })?;
            let options = webhooks::Options::new(listen, url.clone()).secret_token(secret);
            let (listener, _stop_flag, router) = webhooks::axum_no_setup(options);
            (Some((listener, router)), Some(listen))
        }
        None => (None, args.listen),
    };
    let mut server = None;
    let mut listener = None;
    if let Some(address) = listen {
        let mut router = ops::router(ctx.store.clone());
        if let Some((updates, webhook_router)) = webhook {
            router = router.merge(webhook_router);
            listener = Some(updates);
        }
        let socket = tokio::net::TcpListener::bind(address)
            .await
            .map_err(|err| Failure::Listen {
                address: address.to_string(),
                reason: err.to_string(),
            })?;
        tracing::info!(%address, "listening for /healthz, /readyz, /metrics");
        server = Some(tokio::spawn(
            axum::serve(socket, router)
                .with_graceful_shutdown(stopped(stop_rx.clone()))
                .into_future(),
        ));
    }
    let scheduler = tokio::spawn(keep::run(
        ctx.store.clone(),
        bot.clone(),
        ctx.config.clone(),
        stop_rx.clone(),
    ));
    match listener {
        Some(listener) => {
            tracing::info!("serving the bot by webhook");
            run_webhook(bot, app, stopped(stop_rx), listener).await;
        }
        None => {
            tracing::info!("serving the bot with long polling");
            run_polling(bot, app, stopped(stop_rx)).await;
        }
    }
    // The relay gives back what it has not sent; wait for it to finish.
    let _ = scheduler.await;
    if let Some(server) = server {
        let _ = server.await;
    }
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
