//! A forum, Seoul Club gathering, academic exchange or delegation visit.

use crate::domain::keys::{EventKind, Track};
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub kind: EventKind,
    pub title_ko: Option<String>,
    pub title_zh: Option<String>,
    pub title_en: Option<String>,
    pub description_ko: Option<String>,
    pub description_zh: Option<String>,
    pub description_en: Option<String>,
    pub starts_at: DateTimeUtc,
    pub ends_at: Option<DateTimeUtc>,
    /// The zone the event's times are shown in.
    pub time_zone: String,
    pub place_id: Option<i32>,
    pub address: Option<String>,
    pub capacity: Option<i32>,
    pub rsvp_deadline: Option<DateTimeUtc>,
    pub organizer_user_id: Option<i32>,
    pub track: Option<Track>,
    /// `scheduled` or `cancelled`.
    pub status: super::EventStatus,
    /// Bumped by every change invitees are told about.
    pub revision: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
