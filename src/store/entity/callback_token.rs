//! The meaning of an inline button, behind the opaque token it carries.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "callback_token")]
pub struct Model {
    /// SHA-256 of the token, hex: the token itself is only in Telegram.
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    /// The user the button was sent to: only they can press it.
    pub user_id: i32,
    pub data: String,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
