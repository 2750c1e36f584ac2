//! A meeting, call, message, event, visit or letter/gift.

use crate::domain::keys::{InteractionKind, Track};
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "interaction")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub occurred_at: DateTimeUtc,
    pub logged_at: DateTimeUtc,
    pub kind: InteractionKind,
    pub place_id: Option<i32>,
    pub note: Option<String>,
    pub track: Option<Track>,
    pub logged_by: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
