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
    // Telegram's tokens are the bot's id, a colon and 35 characters.
    let well_formed = token.split_once(':').is_some_and(|(id, secret)| {
        !id.is_empty()
            && id.chars().all(|c| c.is_ascii_digit())
            && secret.len() >= 30
            && secret
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    });
    if !well_formed {
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
        menus: Default::default(),
    });
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        stop_tx.send_replace(true);
    });
    let stopped = |mut rx: watch::Receiver<bool>| async move {
        let _ = rx.wait_for(|stop| *stop).await;
    };
    // The operations endpoints (and the webhook) share one listener, bound
    // first: an address in use is said at once, not once Telegram answers.
    let listen = match &args.webhook_url {
        Some(_) => Some(args.listen.unwrap_or(DEFAULT_LISTEN)),
        None => args.listen,
    };
    let socket = match listen {
        Some(address) => Some((
            address,
            tokio::net::TcpListener::bind(address)
                .await
                .map_err(|err| Failure::Listen {
                    address: address.to_string(),
                    reason: super::os_reason(&err),
                })?,
        )),
        None => None,
    };
    let web = crate::web::WebApp::new(ctx.store.clone(), ctx.config.clone());
    let serve_on = |socket: tokio::net::TcpListener, router: axum::Router, address| {
        tracing::info!(%address, "listening for the console, /api/v1, /healthz, /readyz, /metrics");
        let router = router.merge(crate::web::router(web.clone()));
        tokio::spawn(
            axum::serve(
                socket,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(stopped(stop_rx.clone()))
            .into_future(),
        )
    };
    let mut server = None;
    let mut socket = socket;
    // With long polling, /healthz answers while the Bot API is awaited.
    if args.webhook_url.is_none()
        && let Some((address, listener)) = socket.take()
    {
        server = Some(serve_on(listener, ops::router(ctx.store.clone()), address));
    }
    if !crate::bot::wait_for_api(&bot, stop_rx.clone()).await {
        if let Some(server) = server {
            let _ = server.await;
        }
        tracing::info!("stopped");
        return Ok(());
    }
    let mut listener = None;
    if let (Some(url), Some((address, socket))) = (&args.webhook_url, socket.take()) {
        let secret = ops::webhook_secret(bot.token());
        bot.set_webhook(url.clone())
            .secret_token(secret.clone())
            .allowed_updates([AllowedUpdate::Message, AllowedUpdate::CallbackQuery])
            .await
            .map_err(|err| Failure::Webhook {
                reason: redact(&err.to_string(), &bot),
            })?;
        let options = webhooks::Options::new(address, url.clone()).secret_token(secret);
        let (updates, _stop_flag, webhook_router) = webhooks::axum_no_setup(options);
        listener = Some(updates);
        server = Some(serve_on(
            socket,
            ops::router(ctx.store.clone()).merge(webhook_router),
            address,
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
