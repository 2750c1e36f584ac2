//! The default keep-in-touch cadence of a contact category.

use crate::domain::keys::Category;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "category_cadence")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub category: Category,
    pub days: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
