//! A cooperation project Seoul proposes or wins in a place.

use crate::domain::keys::ProjectStage;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "project")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// The title every project has (in English, or as first given).
    pub title: String,
    #[serde(default)]
    pub title_ko: Option<String>,
    #[serde(default)]
    pub title_zh: Option<String>,
    pub place_id: Option<i32>,
    /// Seoul's responsible officer.
    #[serde(default)]
    pub officer_user_id: Option<i32>,
    /// The latest step of its history (`project_step`).
    pub stage: ProjectStage,
    pub started_on: Option<Date>,
    pub updated_at: DateTimeUtc,
    pub note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
