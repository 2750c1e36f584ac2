//! A government, institute, university, company or association.

use crate::domain::keys::OrganizationKind;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "organization")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name_ko: Option<String>,
    pub name_zh: Option<String>,
    pub name_en: Option<String>,
    pub kind: OrganizationKind,
    pub place_id: Option<i32>,
    pub created_at: DateTimeUtc,
    /// The organization this one is part of (a foreign affairs office of
    /// its provincial government).
    #[serde(default)]
    pub parent_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
