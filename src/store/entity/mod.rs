//! sea-orm entities, one module per table (see `migrations/` for the DDL).
//! Models serialize as they are for the JSON dump.
//!
//! Columns that hold one word of a closed vocabulary are typed: the
//! domain's own vocabularies (`Role`, `Category`, `Lang` …) are stored by
//! their stable key through the value-type impls below (the domain knows
//! nothing of sea-orm, so they are written here rather than derived there),
//! and the store's own (`OutboxStatus`, `EventStatus`, `ConsentPurpose`) are
//! `DeriveActiveEnum` types beside their tables. A value the database holds
//! that is not in the vocabulary fails the read with a typed error rather
//! than being parsed, or silently skipped, by each reader.

pub mod access_log;
pub mod activity;
pub mod agreement;
pub mod agreement_signatory;
pub mod agreement_step;
pub mod api_token;
pub mod app_user;
pub mod callback_token;
pub mod category_cadence;
pub mod committee;
pub mod committee_meeting;
pub mod committee_member;
pub mod committee_place;
pub mod consent;
pub mod contact;
pub mod contact_category;
pub mod contact_detail;
pub mod contact_interest;
pub mod contact_name;
pub mod dialogue;
pub mod enrolment_code;
pub mod event;
pub mod event_topic;
pub mod follow_up;
pub mod honor;
pub mod inbound_update;
pub mod interaction;
pub mod interaction_contact;
pub mod interaction_officer;
pub mod interaction_topic;
pub mod invitation;
pub mod meta;
pub mod name_key;
pub mod organization;
pub mod outbox;
pub mod place;
pub mod position;
pub mod project;
pub mod project_area;
pub mod project_organization;
pub mod project_step;
pub mod relation;
pub mod topic_activity;
pub mod web_session;
pub mod web_sign_in;

/// Teaches sea-orm to store a domain vocabulary by its key (what
/// `DeriveValueType` derives for a string enum).
macro_rules! vocabulary_column {
    ($($ty:ty),+ $(,)?) => {$(
        impl From<$ty> for sea_orm::Value {
            fn from(source: $ty) -> Self {
                source.to_string().into()
            }
        }

        impl sea_orm::TryGetable for $ty {
            fn try_get_by<I: sea_orm::ColIdx>(
                res: &sea_orm::QueryResult,
                idx: I,
            ) -> Result<Self, sea_orm::TryGetError> {
                let key = String::try_get_by(res, idx)?;
                <$ty>::parse(&key).map_err(|err| {
                    sea_orm::TryGetError::DbErr(sea_orm::DbErr::TryIntoErr {
                        from: "String",
                        into: stringify!($ty),
                        source: std::sync::Arc::new(err),
                    })
                })
            }
        }

        impl sea_orm::sea_query::ValueType for $ty {
            fn try_from(value: sea_orm::Value) -> Result<Self, sea_orm::sea_query::ValueTypeErr> {
                let key = <String as sea_orm::sea_query::ValueType>::try_from(value)?;
                <$ty>::parse(&key).map_err(|_| sea_orm::sea_query::ValueTypeErr)
            }

            fn type_name() -> String {
                stringify!($ty).to_owned()
            }

            fn array_type() -> sea_orm::sea_query::ArrayType {
                sea_orm::sea_query::ArrayType::String
            }

            fn column_type() -> sea_orm::sea_query::ColumnType {
                sea_orm::sea_query::ColumnType::String(sea_orm::sea_query::StringLen::None)
            }
        }

        impl sea_orm::sea_query::Nullable for $ty {
            fn null() -> sea_orm::Value {
                sea_orm::Value::String(None)
            }
        }

        impl sea_orm::TryFromU64 for $ty {
            fn try_from_u64(_: u64) -> Result<Self, sea_orm::DbErr> {
                Err(sea_orm::DbErr::ConvertFromU64(stringify!($ty)))
            }
        }

        impl sea_orm::IntoActiveValue<$ty> for $ty {
            fn into_active_value(self) -> sea_orm::ActiveValue<$ty> {
                sea_orm::ActiveValue::Set(self)
            }
        }
    )+};
}

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Lang;
use crate::domain::keys::{
    AgreementStatus, Category, CommitteeRole, DetailKind, EventKind, HonorKind, HonorStatus,
    InteractionKind, InvitationStatus, NameForm, OrganizationKind, PolicyArea, ProjectStage, Role,
    Side, TieKind, Track,
};

vocabulary_column!(
    AgreementStatus,
    Category,
    CommitteeRole,
    DetailKind,
    Side,
    TieKind,
    EventKind,
    HonorKind,
    HonorStatus,
    InteractionKind,
    InvitationStatus,
    Lang,
    NameForm,
    OrganizationKind,
    PolicyArea,
    ProjectStage,
    Role,
    Track,
);

/// Where a message of the outbox stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum OutboxStatus {
    /// Waiting for the relay (or for its `not_before`).
    #[sea_orm(string_value = "pending")]
    Pending,
    #[sea_orm(string_value = "sent")]
    Sent,
    /// Given up on: Telegram refused it for good, or every attempt failed.
    #[sea_orm(string_value = "dead")]
    Dead,
}

/// Whether an event is still on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    #[sea_orm(string_value = "scheduled")]
    Scheduled,
    #[sea_orm(string_value = "cancelled")]
    Cancelled,
}

/// How an invitation reached (or could not reach) its member.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// In the outbox for the member's chat.
    #[sea_orm(string_value = "queued")]
    Queued,
    /// The contact has no member account.
    #[sea_orm(string_value = "no_account")]
    NoAccount,
    /// The member has not consented to invitations.
    #[sea_orm(string_value = "no_consent")]
    NoConsent,
    /// The member blocked the bot, or has no chat with it.
    #[sea_orm(string_value = "unreachable")]
    Unreachable,
}

/// What a member consents to (one consent per purpose).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, Serialize, Deserialize,
)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[serde(rename_all = "snake_case")]
pub enum ConsentPurpose {
    /// Event invitations through the bot.
    #[sea_orm(string_value = "invitations")]
    Invitations,
    /// Officers' keep-in-touch reminders about the member.
    #[sea_orm(string_value = "reminders")]
    Reminders,
}

macro_rules! store_vocabulary_keys {
    ($($ty:ident $kind:literal),+) => {$(
        impl $ty {
            /// What the vocabulary names, for messages (`kind-…` labels).
            pub const KIND: &'static str = $kind;

            /// The value stored as `key`, if it is one.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::try_from_value(&key.to_owned()).ok()
            }

            /// Every value, in declaration order.
            pub fn all() -> Vec<Self> {
                <Self as sea_orm::Iterable>::iter().collect()
            }
        }

        /// Compares with a stored word, as in `row.status == "pending"`.
        impl PartialEq<&str> for $ty {
            fn eq(&self, other: &&str) -> bool {
                self.to_value() == *other
            }
        }

        impl std::fmt::Display for $ty {
            /// The word stored in the database (and in message ids).
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.to_value())
            }
        }
    )+};
}

store_vocabulary_keys!(
    OutboxStatus "outbox-status",
    EventStatus "event-status",
    Delivery "delivery",
    ConsentPurpose "consent-purpose"
);
