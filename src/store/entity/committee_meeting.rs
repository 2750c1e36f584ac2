//! A meeting of a committee.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "committee_meeting")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub committee_id: i32,
    pub held_on: Date,
    pub place_id: Option<i32>,
    #[serde(default)]
    pub agenda: Option<String>,
    #[serde(default)]
    pub minutes: Option<String>,
    /// The interaction it was logged as, with its attendees.
    #[serde(default)]
    pub interaction_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
