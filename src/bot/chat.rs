//! What every handler works with: the enrolled user, their language and
//! time zone, the chat, the update being handled and the dialogue; and the
//! one way replies are sent (HTML, split under Telegram's 4,096 characters).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use teloxide::dispatching::dialogue::Dialogue;
use teloxide::payloads::SendMessageSetters;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, ParseMode};

use super::state::State;
use super::storage::DbStorage;
use crate::config::Config;
use crate::domain::dates::parse_time_zone;
use crate::domain::keys::Role;
use crate::domain::{Arg, Lang};
use crate::i18n;
use crate::store::Store;
use crate::store::callbacks::Lifetime;
use crate::store::records::User;
use crate::telegram::Keyboards;

pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;
pub type HandlerResult = Result<(), HandlerError>;

/// Telegram refuses messages longer than 4,096 characters; keep a margin.
pub const MESSAGE_LIMIT: usize = 4000;

/// What the dispatcher shares with every handler.
#[derive(Debug)]
pub struct BotApp {
    pub store: Store,
    pub config: Config,
    pub storage: Arc<DbStorage>,
    /// The command menus set per chat (`menu::ensure`).
    pub menus: super::menu::Menus,
}

/// What became of a write that claims the update (`Chat::claimed_write`).
#[derive(Debug)]
pub enum Written<T> {
    Done(T),
    /// An earlier delivery of the update did it.
    Earlier,
    /// Refused, and the user told why.
    Refused,
}

/// A conversation turn with an enrolled user in a private chat.
pub struct Chat<'a> {
    pub bot: &'a Bot,
    pub app: &'a BotApp,
    pub user: User,
    pub role: Role,
    pub lang: Lang,
    pub tz: Tz,
    pub chat_id: ChatId,
    pub update_id: i64,
    pub dialogue: Dialogue<State, DbStorage>,
    /// This handler has recorded the update as handled.
    claimed: AtomicBool,
}

impl std::fmt::Debug for Chat<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Ids only: names are personal data.
        f.debug_struct("Chat")
            .field("user", &self.user.id)
            .field("update", &self.update_id)
            .finish_non_exhaustive()
    }
}

impl<'a> Chat<'a> {
    pub fn new(bot: &'a Bot, app: &'a BotApp, user: User, chat_id: ChatId, update_id: i64) -> Self {
        let role = user.role;
        let lang = user.lang;
        let tz = parse_time_zone(&user.time_zone).unwrap_or(app.config.time_zone);
        let dialogue = Dialogue::new(app.storage.clone(), chat_id);
        Self {
            bot,
            app,
            user,
            role,
            lang,
            tz,
            chat_id,
            update_id,
            dialogue,
            claimed: AtomicBool::new(false),
        }
    }

    pub fn store(&self) -> &Store {
        &self.app.store
    }

    /// The user's words: language, zone and today, for the renderers.
    pub fn words(&self) -> crate::render::Words {
        crate::render::Words::new(self.lang, self.tz, self.store().clock.now())
    }

    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    pub fn t_args(&self, key: &str, args: &[(&'static str, Arg)]) -> String {
        i18n::t_args(self.lang, key, args)
    }

    pub fn label(&self, kind: &str, key: impl std::fmt::Display) -> String {
        i18n::label(self.lang, kind, key)
    }

    /// Today in the user's time zone.
    pub fn today(&self) -> NaiveDate {
        self.store()
            .clock
            .now()
            .with_timezone(&self.tz)
            .date_naive()
    }

    pub fn date(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.tz).format("%Y-%m-%d").to_string()
    }

    /// Records in the access log that this user read `subjects` (contact
    /// ids) with `action`, its filter as `scope`.
    pub async fn read(
        &self,
        action: &str,
        scope: &str,
        subjects: &[i32],
    ) -> Result<(), HandlerError> {
        self.store()
            .record_access(
                crate::store::audit::Actor::bot(self.user.id),
                action,
                scope,
                subjects,
            )
            .await?;
        Ok(())
    }

    /// Records this update as handled; false if an earlier delivery did.
    /// Claiming twice in one handler is fine.
    pub async fn claim(&self) -> Result<bool, HandlerError> {
        if self.claimed.load(Ordering::SeqCst) {
            return Ok(true);
        }
        let claimed = self.store().claim_update(self.update_id).await?;
        self.claimed.store(claimed, Ordering::SeqCst);
        Ok(claimed)
    }

    /// The update id for a store operation that claims it in its own
    /// transaction; `None` once this handler has claimed it.
    pub fn unclaimed_update(&self) -> Option<i64> {
        (!self.claimed.load(Ordering::SeqCst)).then_some(self.update_id)
    }

    /// A store operation claimed the update in its transaction.
    pub fn mark_claimed(&self) {
        self.claimed.store(true, Ordering::SeqCst);
    }

    /// What became of a write that claims the update in its transaction
    /// (a `*_once` store call given `unclaimed_update()`): done, done by an
    /// earlier delivery, or refused — the refusal said here, once.
    pub async fn claimed_write<T>(
        &self,
        result: Result<T, crate::store::StoreError>,
    ) -> Result<Written<T>, HandlerError> {
        match result {
            Ok(value) => {
                self.mark_claimed();
                Ok(Written::Done(value))
            }
            Err(crate::store::StoreError::AlreadyHandled) => Ok(Written::Earlier),
            Err(crate::store::StoreError::Domain(err)) => {
                self.say_once(refusal(self, &err)).await?;
                Ok(Written::Refused)
            }
            Err(err) => Err(err.into()),
        }
    }

    pub async fn state(&self) -> State {
        self.dialogue.get().await.ok().flatten().unwrap_or_default()
    }

    pub async fn set_state(&self, state: State) -> HandlerResult {
        self.dialogue.update(state).await?;
        Ok(())
    }

    pub async fn reset_state(&self) -> HandlerResult {
        // A read, not a write, when there is nothing to leave (a one-line
        // `/log`): writes are what the database serialises.
        if self.dialogue.get().await?.is_some() {
            self.dialogue.exit().await?;
        }
        Ok(())
    }

    /// Sends HTML (user values already escaped), split under the limit.
    pub async fn say(&self, html: String) -> HandlerResult {
        send_html(self.bot, self.chat_id, html, None).await
    }

    pub async fn say_with(&self, html: String, keyboard: InlineKeyboardMarkup) -> HandlerResult {
        let keyboard = self.seal(keyboard).await?;
        send_html(self.bot, self.chat_id, html, Some(keyboard)).await
    }

    /// `keyboard` with opaque tokens bound to this user in place of the
    /// buttons' meanings: every keyboard the bot sends goes through here.
    pub async fn seal(
        &self,
        keyboard: InlineKeyboardMarkup,
    ) -> Result<InlineKeyboardMarkup, HandlerError> {
        Ok(self
            .store()
            .seal_keyboard(self.user.id, keyboard, Lifetime::Reply)
            .await?)
    }

    /// Sends a reply once per update (nothing if an earlier delivery did).
    pub async fn say_once(&self, html: String) -> HandlerResult {
        if self.claim().await? {
            self.say(html).await?;
        }
        Ok(())
    }

    /// The localized cancel button.
    pub fn cancel_button(&self) -> InlineKeyboardButton {
        InlineKeyboardButton::callback(self.t("bot-btn-cancel"), "x")
    }
}

/// Sends `html` in as many messages as it takes; the keyboard goes with the last.
pub async fn send_html(
    bot: &Bot,
    chat_id: ChatId,
    html: String,
    keyboard: Option<InlineKeyboardMarkup>,
) -> HandlerResult {
    let chunks = split_message(&html, MESSAGE_LIMIT);
    let last = chunks.len().saturating_sub(1);
    for (index, chunk) in chunks.into_iter().enumerate() {
        let request = bot.send_message(chat_id, chunk).parse_mode(ParseMode::Html);
        match (&keyboard, index == last) {
            (Some(keyboard), true) => request.reply_markup(keyboard.clone()).await?,
            _ => request.await?,
        };
    }
    Ok(())
}

/// Splits text at line breaks (or, for an overlong line, at a space or any
/// character outside an HTML tag or entity) into pieces of at most `limit`
/// characters.
pub fn split_message(text: &str, limit: usize) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut current = String::new();
    let mut current_len = 0;
    for line in text.split_inclusive('\n') {
        let line_len = line.chars().count();
        if current_len + line_len <= limit {
            current.push_str(line);
            current_len += line_len;
            continue;
        }
        if !current.is_empty() {
            chunks.push(std::mem::take(&mut current));
        }
        if line_len <= limit {
            current.push_str(line);
            current_len = line_len;
            continue;
        }
        let mut piece = String::new();
        let mut piece_len = 0;
        let mut inside = false;
        let mut last_break: Option<usize> = None;
        for c in line.chars() {
            piece.push(c);
            piece_len += 1;
            match c {
                '<' | '&' => inside = true,
                '>' | ';' => inside = false,
                ' ' if !inside => last_break = Some(piece.len()),
                _ => {}
            }
            if piece_len >= limit && !inside {
                let cut = last_break
                    .filter(|at| *at > piece.len() / 2)
                    .unwrap_or(piece.len());
                let rest = piece.split_off(cut);
                chunks.push(std::mem::take(&mut piece));
                piece = rest;
                piece_len = piece.chars().count();
                last_break = None;
            }
        }
        current = piece;
        current_len = piece_len;
    }
    if !current.is_empty() || chunks.is_empty() {
        chunks.push(current);
    }
    chunks
}

/// A multi-select keyboard: `(key, label)` items two per row, ✅ on the
/// selected ones, each pressing `{prefix}{key}`; then Done and Cancel.
pub fn toggle_keyboard(
    chat: &Chat<'_>,
    items: &[(&str, String)],
    selected: &[String],
    prefix: &str,
) -> Vec<Vec<InlineKeyboardButton>> {
    let mut rows: Vec<_> = items
        .chunks(2)
        .map(|pair| {
            row(pair.iter().map(|(key, label)| {
                let mark = if selected.iter().any(|s| s == key) {
                    "✅ "
                } else {
                    ""
                };
                (format!("{mark}{label}"), format!("{prefix}{key}"))
            }))
        })
        .collect();
    rows.push(row([(chat.t("bot-btn-done"), format!("{prefix}done"))]));
    rows.push(vec![chat.cancel_button()]);
    rows
}

/// Adds `key` to the selection, or takes it out if it was there.
pub fn toggle(selected: &mut Vec<String>, key: &str) {
    match selected.iter().position(|s| s == key) {
        Some(at) => {
            selected.remove(at);
        }
        None => selected.push(key.to_owned()),
    }
}

/// One row of callback buttons.
pub fn row(buttons: impl IntoIterator<Item = (String, String)>) -> Vec<InlineKeyboardButton> {
    buttons
        .into_iter()
        .map(|(label, data)| InlineKeyboardButton::callback(label, data))
        .collect()
}

/// A refusal from the domain, shown to the user in their language.
pub fn refusal(chat: &Chat<'_>, err: &crate::domain::Error) -> String {
    esc(&i18n::render(chat.lang, &err.message()))
}

/// Escapes user-supplied text for Telegram's HTML parse mode.
pub use crate::render::html::escape as esc;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_split_under_the_limit_without_cutting_entities() {
        let text = format!("head\n{}\ntail", "a&amp;b ".repeat(1000));
        let chunks = split_message(&text, 4000);
        assert!(chunks.len() >= 2);
        for chunk in &chunks {
            assert!(
                chunk.chars().count() <= 4000 + 8,
                "{}",
                chunk.chars().count()
            );
            assert!(!chunk.ends_with("&am") && !chunk.starts_with("p;"));
        }
        assert_eq!(chunks.concat(), text);
    }

    #[test]
    fn short_text_is_one_message() {
        assert_eq!(split_message("안녕", 4000), vec!["안녕".to_owned()]);
    }
}
