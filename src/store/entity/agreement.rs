//! A sister-city or friendship agreement between Seoul and a place.

use crate::domain::keys::AgreementStatus;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "agreement")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub place_id: i32,
    pub status: AgreementStatus,
    pub started_on: Option<Date>,
    pub signed_on: Option<Date>,
    pub ended_on: Option<Date>,
    pub note: Option<String>,
    /// Where the signed text is kept (a file number, a URL).
    #[serde(default)]
    pub document: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
