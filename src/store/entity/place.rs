//! A place (reference data, seeded by a migration).

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "place")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub key: String,
    pub kind: String,
    pub parent_id: Option<i32>,
    pub country: String,
    pub name_en: String,
    pub name_zh: String,
    pub name_ko: String,
    pub name_ko_hanja: String,
    pub strategic: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
