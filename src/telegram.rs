//! What the faces that talk to Telegram share (the bot, the scheduler's
//! relay): keyboards sealed through the store's callback tokens, and bot
//! tokens kept out of log lines. The store knows nothing of Telegram's
//! types; this is where they meet it.

use std::future::Future;

use teloxide::Bot;
use teloxide::types::{InlineKeyboardButtonKind, InlineKeyboardMarkup};

use crate::store::callbacks::Lifetime;
use crate::store::{Result, Store};

/// Removes the bot token from a message (request errors carry the URL).
pub fn redact(text: &str, bot: &Bot) -> String {
    let token = bot.token();
    if token.is_empty() {
        text.to_owned()
    } else {
        text.replace(token, "<token>")
    }
}

/// Inline keyboards and the store's callback tokens.
pub trait Keyboards {
    /// `keyboard` with the data of every callback button replaced by a
    /// fresh token bound to `user_id`, valid for `lifetime`.
    fn seal_keyboard(
        &self,
        user_id: i32,
        keyboard: InlineKeyboardMarkup,
        lifetime: Lifetime,
    ) -> impl Future<Output = Result<InlineKeyboardMarkup>> + Send;

    /// `keyboard` (as on a message this user pressed) with each of the
    /// user's live tokens replaced by its meaning again: what the message
    /// offers. Other buttons keep their token, which means nothing.
    fn open_keyboard(
        &self,
        user_id: i32,
        keyboard: InlineKeyboardMarkup,
    ) -> impl Future<Output = Result<InlineKeyboardMarkup>> + Send;
}

fn callback_data(keyboard: &mut InlineKeyboardMarkup) -> impl Iterator<Item = &mut String> {
    keyboard
        .inline_keyboard
        .iter_mut()
        .flatten()
        .filter_map(|button| match &mut button.kind {
            InlineKeyboardButtonKind::CallbackData(data) => Some(data),
            _ => None,
        })
}

impl Keyboards for Store {
    async fn seal_keyboard(
        &self,
        user_id: i32,
        mut keyboard: InlineKeyboardMarkup,
        lifetime: Lifetime,
    ) -> Result<InlineKeyboardMarkup> {
        let data: Vec<String> = callback_data(&mut keyboard).map(|d| d.clone()).collect();
        let tokens = self.seal_callbacks(user_id, data, lifetime).await?;
        for (slot, token) in callback_data(&mut keyboard).zip(tokens) {
            *slot = token;
        }
        Ok(keyboard)
    }

    async fn open_keyboard(
        &self,
        user_id: i32,
        mut keyboard: InlineKeyboardMarkup,
    ) -> Result<InlineKeyboardMarkup> {
        let tokens: Vec<String> = callback_data(&mut keyboard).map(|d| d.clone()).collect();
        let meanings = self.callback_meanings(user_id, &tokens).await?;
        for slot in callback_data(&mut keyboard) {
            if let Some(data) = meanings.get(slot.as_str()) {
                *slot = data.clone();
            }
        }
        Ok(keyboard)
    }
}
