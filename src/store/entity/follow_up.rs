//! Something promised in a meeting, with a due date.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "follow_up")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub contact_id: i32,
    pub interaction_id: Option<i32>,
    pub owner_user_id: Option<i32>,
    pub what: String,
    pub due_on: Date,
    pub promised_by_seoul: bool,
    pub done_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    /// The cooperation project it belongs to, if any.
    #[serde(default)]
    pub project_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
