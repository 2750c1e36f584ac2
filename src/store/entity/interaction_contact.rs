//! A contact who took part in an interaction.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "interaction_contact")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub interaction_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub contact_id: i32,
    pub occurred_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
