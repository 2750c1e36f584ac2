//! The Telegram bot: a teloxide 0.17 dispatcher whose `schema()` sends
//! messages and button presses to the router; dialogue state in the
//! database; every reply rendered through Fluent in the user's language.

mod add;
mod brief;
mod card;
pub mod chat;
mod checkin;
mod due;
mod edit;
mod event;
mod log;
pub mod menu;
pub mod mydata;
mod path;
mod press;
mod router;
mod rsvp;
pub mod state;
pub mod storage;
mod web;
mod who;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use teloxide::dispatching::{UpdateHandler, dialogue::GetChatId as _};
use teloxide::prelude::*;
use teloxide::types::BotCommand;
use teloxide::update_listeners::{Polling, UpdateListener};

pub use chat::BotApp;
use chat::HandlerError;

use crate::domain::Lang;
use crate::i18n;

/// How long a `getUpdates` long poll waits: short enough that a stop
/// request is honoured well within five seconds.
const POLL_TIMEOUT: Duration = Duration::from_secs(3);

/// The handler tree: messages and callback queries, each to its router.
pub fn schema() -> UpdateHandler<HandlerError> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(router::on_message))
        .branch(Update::filter_callback_query().endpoint(router::on_callback))
}

/// The menu of chats without their own (people not enrolled yet): help,
/// which tells them how to enrol. Enrolled chats get their role's menu
/// (`menu::ensure`). Telegram takes two-letter codes only: Chinese is
/// registered as `zh`.
pub async fn register_commands(
    bot: &Bot,
    default_lang: Lang,
) -> Result<(), teloxide::RequestError> {
    let commands = |lang: Lang| vec![BotCommand::new("help", i18n::t(lang, "cmd-help"))];
    for (lang, code) in [(Lang::Ko, "ko"), (Lang::ZhCn, "zh"), (Lang::En, "en")] {
        bot.set_my_commands(commands(lang))
            .language_code(code)
            .await?;
    }
    bot.set_my_commands(commands(default_lang)).await?;
    Ok(())
}

/// Runs the bot with long polling until `stop` resolves, then stops
/// (finishing the updates in hand) and returns.
pub async fn run_polling(
    bot: Bot,
    app: Arc<BotApp>,
    stop: impl Future<Output = ()> + Send + 'static,
) {
    let listener = Polling::builder(bot.clone())
        .timeout(POLL_TIMEOUT)
        .delete_webhook()
        .await
        .build();
    let listener_bot = bot.clone();
    let listener_errors = Arc::new(move |err: teloxide::RequestError| {
        let text = redact(&err.to_string(), &listener_bot);
        async move { tracing::warn!(error = %text, "polling failed") }
    });
    run_with(bot, app, stop, listener, listener_errors).await;
}

/// Runs the bot on updates from a webhook listener until `stop` resolves.
pub async fn run_webhook<L>(
    bot: Bot,
    app: Arc<BotApp>,
    stop: impl Future<Output = ()> + Send + 'static,
    listener: L,
) where
    L: UpdateListener<Err = std::convert::Infallible> + Send,
{
    let no_errors = Arc::new(|never: std::convert::Infallible| async move { match never {} });
    run_with(bot, app, stop, listener, no_errors).await;
}

async fn run_with<L, Eh, Fut>(
    bot: Bot,
    app: Arc<BotApp>,
    stop: impl Future<Output = ()> + Send + 'static,
    listener: L,
    listener_errors: Arc<Eh>,
) where
    L: UpdateListener + Send,
    L::Err: std::fmt::Debug + Send + 'static,
    Eh: Fn(L::Err) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    if let Err(err) = register_commands(&bot, app.config.lang).await {
        tracing::warn!(error = %redact(&err.to_string(), &bot), "could not register the bot's commands");
    }
    let error_bot = bot.clone();
    let error_handler = Arc::new(move |err: HandlerError| {
        let text = redact(&err.to_string(), &error_bot);
        async move { tracing::error!(error = %text, "handler failed") }
    });
    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![app])
        .error_handler(error_handler)
        // One chat's updates in order (its dialogue); chats in parallel, in
        // a bounded number of lanes: teloxide keeps a worker per key, each
        // holding a queue block of about 60 KB, and with one per chat 200
        // officers kept 12 MB (measured with heaptrack).
        .distribution_function(|update: &Update| {
            update.chat_id().map(|chat| chat.0.rem_euclid(LANES))
        })
        .build();
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        stop.await;
        // The dispatcher may still be starting: retry until it takes the request.
        loop {
            match token.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    });
    // `dispatch_with_listener` panics when `getMe` fails; `serve` waited
    // for the API, and should it go away in between, this says so.
    if let Err(err) = dispatcher
        .try_dispatch_with_listener(listener, listener_errors)
        .await
    {
        tracing::error!(error = %redact(&err.to_string(), &bot), "the Bot API did not answer getMe; the bot stopped");
    }
}

/// Waits until the Bot API answers, asking again after 1 s, 2 s, 4 s …
/// up to a minute, with one log line per failed try. False when `stop`
/// came first.
pub async fn wait_for_api(bot: &Bot, mut stop: tokio::sync::watch::Receiver<bool>) -> bool {
    let mut delay = Duration::from_secs(1);
    loop {
        let answer = tokio::select! {
            answer = bot.get_me() => answer,
            _ = stop.wait_for(|stop| *stop) => return false,
        };
        match answer {
            Ok(_) => return true,
            Err(err) => tracing::warn!(
                error = %redact(&err.to_string(), bot),
                retry_in_seconds = delay.as_secs(),
                "the Bot API cannot be reached; trying again"
            ),
        }
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = stop.wait_for(|stop| *stop) => return false,
        }
        delay = (delay * 2).min(Duration::from_secs(60));
    }
}

/// How many chats' updates are handled at once: far more than the
/// database pool serves, so a slow command delays few others.
const LANES: i64 = 32;

pub use crate::telegram::redact;
