//! A contact invited to an event, and their answer.

use crate::domain::keys::InvitationStatus;
use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
#[sea_orm(table_name = "invitation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub contact_id: i32,
    /// The member account the invitation was sent to.
    pub user_id: Option<i32>,
    /// invited, accepted, declined, tentative, waitlisted, attended, no_show.
    pub status: InvitationStatus,
    /// `queued`, or why the bot could not reach them: `no_account`,
    /// `no_consent`, `unreachable`.
    pub delivery: super::Delivery,
    /// The opaque RSVP token in the buttons, bound to `user_id`.
    #[serde(skip_serializing, default)]
    pub token: String,
    pub invited_at: DateTimeUtc,
    pub responded_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
