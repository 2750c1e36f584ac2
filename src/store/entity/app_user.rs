//! A person who uses Inmaek: officer, mayor's office, admin or member.

use crate::domain::Lang;
use crate::domain::keys::Role;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "app_user")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub role: Role,
    pub name: String,
    pub contact_id: Option<i32>,
    pub telegram_user_id: Option<i64>,
    pub lang: Lang,
    pub time_zone: String,
    pub created_at: DateTimeUtc,
    pub disabled_at: Option<DateTimeUtc>,
    /// Telegram refused a message (the user blocked the bot); cleared
    /// when they write to the bot again.
    #[serde(default)]
    pub unreachable_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
