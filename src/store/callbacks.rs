//! Opaque, user-bound, expiring callback data. Every inline keyboard the bot
//! sends goes through [`Store::seal_keyboard`]: each button's meaning is kept
//! here under a random token and the button carries only the token. A press
//! is honoured only from the user the button was sent to, before it expires
//! ([`Store::open_callback`]).

use std::collections::HashMap;

use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};
use teloxide::types::{InlineKeyboardButtonKind, InlineKeyboardMarkup};

use super::entity::callback_token;
use super::{Result, Store, insert_rows, random_token};

/// What the token of a pressed button turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The button's meaning, for the user who pressed it.
    Data(String),
    /// It was sent to this user but is too old.
    Expired,
    /// Never issued, or issued to someone else.
    Unknown,
}

/// How long a button works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// A reply in a conversation: a day.
    Reply,
    /// A digest or reminder: a week (tomorrow's digest brings new ones).
    Reminder,
    /// An invitation: until well after any RSVP deadline (the invitation's
    /// own token also checks the deadline).
    Invitation,
}

impl Lifetime {
    pub fn duration(self) -> chrono::Duration {
        match self {
            Lifetime::Reply => chrono::Duration::days(1),
            Lifetime::Reminder => chrono::Duration::days(7),
            Lifetime::Invitation => chrono::Duration::days(180),
        }
    }
}

/// The prefix of a sealed button's data: 16 random bytes in base32 follow
/// (26 characters), well inside Telegram's 64 bytes.
const PREFIX: &str = "t:";

fn hash(token: &str) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(token.as_bytes()))
}

impl Store {
    /// Replaces the data of every callback button of `keyboard` by a fresh
    /// token bound to `user_id`, valid for `lifetime`.
    pub async fn seal_keyboard(
        &self,
        user_id: i32,
        mut keyboard: InlineKeyboardMarkup,
        lifetime: Lifetime,
    ) -> Result<InlineKeyboardMarkup> {
        let expires_at = self.clock.now() + lifetime.duration();
        let mut rows = Vec::new();
        for button in keyboard.inline_keyboard.iter_mut().flatten() {
            if let InlineKeyboardButtonKind::CallbackData(data) = &mut button.kind {
                let token = format!("{PREFIX}{}", random_token::<16>());
                rows.push(callback_token::ActiveModel {
                    token_hash: Set(hash(&token)),
                    user_id: Set(user_id),
                    data: Set(std::mem::replace(data, token)),
                    expires_at: Set(expires_at),
                });
            }
        }
        self.write(move |txn| Box::pin(insert_rows(txn, rows.clone())))
            .await?;
        Ok(keyboard)
    }

    /// The meaning of a pressed button's `token` for `user_id`.
    pub async fn open_callback(&self, user_id: i32, token: &str) -> Result<Opened> {
        if !token.starts_with(PREFIX) || token.len() > 64 {
            return Ok(Opened::Unknown);
        }
        let row = callback_token::Entity::find_by_id(hash(token))
            .filter(callback_token::Column::UserId.eq(user_id))
            .one(&self.db)
            .await?;
        Ok(match row {
            None => Opened::Unknown,
            Some(row) if row.expires_at <= self.clock.now() => Opened::Expired,
            Some(row) => Opened::Data(row.data),
        })
    }

    /// `keyboard` (as on a message this user pressed) with each of the user's
    /// live tokens replaced by its meaning again: what the message offers.
    /// Other buttons keep their token, which means nothing.
    pub async fn open_keyboard(
        &self,
        user_id: i32,
        mut keyboard: InlineKeyboardMarkup,
    ) -> Result<InlineKeyboardMarkup> {
        let hashes: Vec<String> = keyboard
            .inline_keyboard
            .iter()
            .flatten()
            .filter_map(|button| match &button.kind {
                InlineKeyboardButtonKind::CallbackData(token) => Some(hash(token)),
                _ => None,
            })
            .collect();
        if hashes.is_empty() {
            return Ok(keyboard);
        }
        let now = self.clock.now();
        let meanings: HashMap<String, String> = callback_token::Entity::find()
            .filter(callback_token::Column::TokenHash.is_in(hashes))
            .filter(callback_token::Column::UserId.eq(user_id))
            .filter(callback_token::Column::ExpiresAt.gt(now))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| (row.token_hash, row.data))
            .collect();
        for button in keyboard.inline_keyboard.iter_mut().flatten() {
            if let InlineKeyboardButtonKind::CallbackData(token) = &mut button.kind
                && let Some(data) = meanings.get(&hash(token))
            {
                *token = data.clone();
            }
        }
        Ok(keyboard)
    }

    /// Forgets tokens that expired more than a week ago (until then a press
    /// is told "expired" rather than "unknown"). How many went.
    pub async fn purge_callbacks(&self) -> Result<u64> {
        let before = self.clock.now() - chrono::Duration::days(7);
        self.write(move |txn| {
            Box::pin(async move {
                Ok(callback_token::Entity::delete_many()
                    .filter(callback_token::Column::ExpiresAt.lt(before))
                    .exec(txn)
                    .await?
                    .rows_affected)
            })
        })
        .await
    }
}
