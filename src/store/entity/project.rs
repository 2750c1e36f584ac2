//! A cooperation project Seoul proposes or wins in a place.

use crate::domain::keys::{PolicyArea, ProjectStage};
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "project")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub title: String,
    pub place_id: Option<i32>,
    pub organization_id: Option<i32>,
    pub policy_area: Option<PolicyArea>,
    pub stage: ProjectStage,
    pub started_on: Option<Date>,
    pub updated_at: DateTimeUtc,
    pub note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
