//! A message the system starts (digest, reminder, invitation), committed
//! with the change that caused it and sent by the relay.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: Option<i32>,
    pub chat_id: i64,
    pub kind: String,
    #[sea_orm(unique)]
    pub dedupe_key: String,
    /// Telegram HTML, already in the recipient's language.
    pub text: String,
    /// The inline keyboard as Bot API JSON.
    pub keyboard: Option<String>,
    /// `pending`, `sent` or `dead`.
    pub status: super::OutboxStatus,
    pub not_before: DateTimeUtc,
    /// A relay is sending it until then; after, another may.
    pub lease_until: Option<DateTimeUtc>,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub message_id: Option<i64>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
