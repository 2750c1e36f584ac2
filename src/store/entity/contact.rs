//! A person Seoul keeps in touch with.

use crate::domain::Lang;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "contact")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub place_id: Option<i32>,
    pub lang: Option<Lang>,
    pub time_zone: Option<String>,
    pub notes: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub telegram: Option<String>,
    pub owner_user_id: Option<i32>,
    pub cadence_days: Option<i32>,
    pub last_interaction_at: Option<DateTimeUtc>,
    pub due_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// Not due before this instant (an officer pressed Snooze).
    #[serde(default)]
    pub snoozed_until: Option<DateTimeUtc>,
    /// The member said no to reminders about them (consent per purpose):
    /// not in digests, `/due` or follow-up reminders.
    #[serde(default)]
    pub reminders_off: bool,
    #[serde(default)]
    pub birthday: Option<Date>,
    /// `birthday` is a date of the Korean lunar calendar (month and day
    /// recur on a different solar date each year).
    #[serde(default)]
    pub birthday_lunar: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
