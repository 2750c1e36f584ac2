//! The relay: claims due outbox rows, sends them within Telegram's limits
//! (≤ 30 messages/s overall, ≤ 1/s per chat), and records each outcome.
//! A row is claimed with a lease; a relay that dies mid-send leaves it to
//! be claimed again when the lease ends, so a message is sent at least
//! once and, except for the one in flight at a crash, exactly once.

use std::collections::HashMap;
use std::time::Duration as StdDuration;

use chrono::Duration;
use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardMarkup, ParseMode};
use tokio::sync::watch;
use tokio::time::Instant;

use crate::config::Config;
use crate::domain::dates::parse_time_zone;
use crate::domain::schedule::quiet_until;
use crate::ops::{METRICS, SendOutcome};
use crate::store::callbacks::Lifetime;
use crate::store::outbox::Outcome;
use crate::store::records::OutboxMessage;
use crate::store::{Result, Store};
use crate::telegram::{Keyboards, redact};

/// How many rows one claim takes.
const BATCH: u64 = 50;
/// At most 30 messages a second overall…
const GLOBAL_GAP: StdDuration = StdDuration::from_millis(34);
/// …and one a second per chat.
const CHAT_GAP: StdDuration = StdDuration::from_secs(1);
/// A pass stops claiming after this many batches; the next pass goes on.
const MAX_BATCHES: usize = 100;

/// What one relay pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RelayReport {
    pub sent: usize,
    /// 429: waiting for Telegram's `retry_after`.
    pub rate_limited: usize,
    /// Failed, to be retried with backoff.
    pub retrying: usize,
    /// Failed for good: dead letters (including unreachable recipients).
    pub dead: usize,
    /// Held back by quiet hours.
    pub deferred: usize,
}

/// Spaces sends out: a global gap and a per-chat gap.
#[derive(Debug, Default)]
struct Pacer {
    last: Option<Instant>,
    per_chat: HashMap<i64, Instant>,
}

impl Pacer {
    async fn wait(&mut self, chat_id: i64) {
        let now = Instant::now();
        let mut ready = now;
        if let Some(last) = self.last {
            ready = ready.max(last + GLOBAL_GAP);
        }
        if let Some(last) = self.per_chat.get(&chat_id) {
            ready = ready.max(*last + CHAT_GAP);
        }
        if ready > now {
            tokio::time::sleep_until(ready).await;
        }
        let sent = Instant::now();
        self.last = Some(sent);
        self.per_chat.insert(chat_id, sent);
    }
}

/// Sends what is due in the outbox until nothing claimable is left (or
/// `stop` turns true: what was claimed and not sent is given back).
pub async fn relay(
    store: &Store,
    bot: &Bot,
    config: &Config,
    stop: Option<&watch::Receiver<bool>>,
) -> Result<RelayReport> {
    let default_tz = config.time_zone;
    let lease = chrono::Duration::from_std(config.outbox_lease).unwrap_or(Duration::minutes(2));
    let mut report = RelayReport::default();
    let mut pacer = Pacer::default();
    let stopping = || stop.is_some_and(|s| *s.borrow());
    for _ in 0..MAX_BATCHES {
        let batch = store.claim_outbox(BATCH, lease).await?;
        if batch.is_empty() {
            break;
        }
        let user_ids: Vec<i32> = batch.iter().filter_map(|m| m.user_id).collect();
        let users = store.users_by_id(&user_ids).await?;
        let mut rows = batch.into_iter();
        while let Some(message) = rows.next() {
            if stopping() {
                store.release_outbox(message.id).await?;
                for rest in rows.by_ref() {
                    store.release_outbox(rest.id).await?;
                }
                return Ok(report);
            }
            let user = message.user_id.and_then(|id| users.get(&id));
            let tz = user
                .and_then(|u| parse_time_zone(&u.time_zone).ok())
                .unwrap_or(default_tz);
            let outcome = if user.is_some_and(|u| u.unreachable_at.is_some()) {
                Outcome::Unreachable("recipient unreachable".to_owned())
            } else if let Some(until) = quiet_until(store.clock.now(), tz) {
                Outcome::Deferred(until)
            } else {
                pacer.wait(message.chat_id).await;
                send(bot, store, &message).await
            };
            match &outcome {
                Outcome::Sent { .. } => report.sent += 1,
                Outcome::RetryAfter(_) => report.rate_limited += 1,
                Outcome::Deferred(_) => report.deferred += 1,
                Outcome::Unreachable(_) => report.dead += 1,
                Outcome::Failed(_) => {
                    if message.attempts + 1 >= crate::domain::schedule::MAX_ATTEMPTS {
                        report.dead += 1;
                    } else {
                        report.retrying += 1;
                    }
                }
            }
            if !matches!(outcome, Outcome::Sent { .. } | Outcome::Deferred(_)) {
                tracing::warn!(outbox = message.id, kind = %message.kind, ?outcome, "message not sent");
            }
            store.record_outcome(&message, &outcome).await?;
        }
    }
    Ok(report)
}

/// One attempt to send a queued message.
async fn send(bot: &Bot, store: &Store, message: &OutboxMessage) -> Outcome {
    let mut request = bot
        .send_message(ChatId(message.chat_id), message.text.clone())
        .parse_mode(ParseMode::Html);
    if let Some(keyboard) = message
        .keyboard
        .as_deref()
        .and_then(|json| serde_json::from_str::<InlineKeyboardMarkup>(json).ok())
        .filter(|k| !k.inline_keyboard.is_empty())
    {
        // Buttons go out sealed: opaque tokens bound to the recipient.
        let Some(user_id) = message.user_id else {
            return Outcome::Failed("buttons without a recipient".to_owned());
        };
        let lifetime = match message.kind.as_str() {
            "digest" | "followup" | "handover" => Lifetime::Reminder,
            _ => Lifetime::Invitation,
        };
        match store.seal_keyboard(user_id, keyboard, lifetime).await {
            Ok(sealed) => request = request.reply_markup(sealed),
            Err(err) => return Outcome::Failed(format!("sealing the buttons: {err}")),
        }
    }
    let outcome = match request.await {
        Ok(sent) => Outcome::Sent {
            message_id: i64::from(sent.id.0),
        },
        Err(err) => outcome_of(&err, bot),
    };
    METRICS.send(match &outcome {
        Outcome::Sent { .. } => SendOutcome::Ok,
        Outcome::RetryAfter(_) => SendOutcome::TooManyRequests,
        Outcome::Unreachable(_) => SendOutcome::Forbidden,
        Outcome::Failed(_) | Outcome::Deferred(_) => SendOutcome::Other,
    });
    outcome
}

fn outcome_of(err: &RequestError, bot: &Bot) -> Outcome {
    let text = redact(&err.to_string(), bot);
    match err {
        RequestError::RetryAfter(wait) => {
            Outcome::RetryAfter(wait.chrono_duration().max(Duration::seconds(1)))
        }
        RequestError::Api(
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::ChatNotFound
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots,
        ) => Outcome::Unreachable(text),
        _ => Outcome::Failed(text),
    }
}
