//! A member of a committee: a contact or a user.

use crate::domain::keys::{CommitteeRole, Side};
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "committee_member")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub committee_id: i32,
    pub contact_id: Option<i32>,
    pub user_id: Option<i32>,
    pub role: CommitteeRole,
    pub joined_on: Option<Date>,
    #[serde(default = "counterpart")]
    pub side: Side,
    #[serde(default)]
    pub left_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

fn counterpart() -> Side {
    Side::Counterpart
}
