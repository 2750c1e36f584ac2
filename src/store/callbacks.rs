//! Opaque, user-bound, expiring callback data. Every inline keyboard the bot
//! sends is sealed ([`Store::seal_callbacks`], through
//! `telegram::Keyboards`): each button's meaning is kept here under a random
//! token and the button carries only the token. A press is honoured only
//! from the user the button was sent to, before it expires
//! ([`Store::open_callback`]). This file knows nothing of Telegram's types.

use std::collections::HashMap;

use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

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
    /// Keeps each meaning of `data` under a fresh token bound to `user_id`,
    /// valid for `lifetime`; the tokens, in the same order, go on the buttons.
    pub async fn seal_callbacks(
        &self,
        user_id: i32,
        data: Vec<String>,
        lifetime: Lifetime,
    ) -> Result<Vec<String>> {
        if data.is_empty() {
            return Ok(Vec::new());
        }
        let expires_at = self.clock.now() + lifetime.duration();
        let tokens: Vec<String> = data
            .iter()
            .map(|_| format!("{PREFIX}{}", random_token::<16>()))
            .collect();
        let rows: Vec<callback_token::ActiveModel> = tokens
            .iter()
            .zip(data)
            .map(|(token, data)| callback_token::ActiveModel {
                token_hash: Set(hash(token)),
                user_id: Set(user_id),
                data: Set(data),
                expires_at: Set(expires_at),
            })
            .collect();
        self.write(move |txn| Box::pin(insert_rows(txn, rows.clone())))
            .await?;
        Ok(tokens)
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

    /// The meaning, for `user_id`, of each of `tokens` that is theirs and
    /// live (as on a message they pressed: what the message offers).
    pub async fn callback_meanings(
        &self,
        user_id: i32,
        tokens: &[String],
    ) -> Result<HashMap<String, String>> {
        let by_hash: HashMap<String, &String> =
            tokens.iter().map(|token| (hash(token), token)).collect();
        if by_hash.is_empty() {
            return Ok(HashMap::new());
        }
        let now = self.clock.now();
        Ok(callback_token::Entity::find()
            .filter(callback_token::Column::TokenHash.is_in(by_hash.keys().cloned()))
            .filter(callback_token::Column::UserId.eq(user_id))
            .filter(callback_token::Column::ExpiresAt.gt(now))
            .all(&self.db)
            .await?
            .into_iter()
            .filter_map(|row| {
                by_hash
                    .get(&row.token_hash)
                    .map(|token| ((*token).clone(), row.data))
            })
            .collect())
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
