//! sea-orm entities, one module per table (see `migrations/` for the DDL).
//! Models serialize as they are for the JSON dump.

/// A place (reference data, seeded by a migration).
pub mod place {
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
}

/// A person who uses Inmaek: officer, mayor's office, admin or member.
pub mod app_user {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "app_user")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub role: String,
        pub name: String,
        pub contact_id: Option<i32>,
        pub telegram_user_id: Option<i64>,
        pub lang: String,
        pub time_zone: String,
        pub created_at: DateTimeUtc,
        pub disabled_at: Option<DateTimeUtc>,
        /// Telegram refused a message (the user blocked the bot); cleared
        /// when they write to the bot again.
        #[serde(default)]
        pub unreachable_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A government, institute, university, company or association.
pub mod organization {
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
        pub kind: String,
        pub place_id: Option<i32>,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A person Seoul keeps in touch with.
pub mod contact {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "contact")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub place_id: Option<i32>,
        pub lang: Option<String>,
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
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// One category of a contact.
pub mod contact_category {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "contact_category")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub contact_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub category: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// One policy-area interest of a contact.
pub mod contact_interest {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "contact_interest")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub contact_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub policy_area: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// One written form of a contact's name.
pub mod contact_name {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "contact_name")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub contact_id: i32,
        pub form: String,
        pub value: String,
        pub family_name_first: bool,
        pub search_key: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A title a contact held at an organization, over time.
pub mod position {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "position")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub contact_id: i32,
        pub organization_id: i32,
        pub title: Option<String>,
        pub started_on: Option<Date>,
        pub ended_on: Option<Date>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A one-time enrolment code, stored hashed.
pub mod enrolment_code {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "enrolment_code")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub user_id: i32,
        pub code_hash: String,
        pub created_at: DateTimeUtc,
        pub expires_at: DateTimeUtc,
        pub used_at: Option<DateTimeUtc>,
        pub used_by_telegram_id: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A meeting, call, message, event, visit or letter/gift.
pub mod interaction {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "interaction")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub occurred_at: DateTimeUtc,
        pub logged_at: DateTimeUtc,
        pub kind: String,
        pub place_id: Option<i32>,
        pub note: Option<String>,
        pub track: Option<String>,
        pub logged_by: Option<i32>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A contact who took part in an interaction.
pub mod interaction_contact {
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
}

/// An officer who took part in an interaction.
pub mod interaction_officer {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "interaction_officer")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub interaction_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A policy area discussed in an interaction.
pub mod interaction_topic {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "interaction_topic")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub interaction_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub policy_area: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Something promised in a meeting, with a due date.
pub mod follow_up {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "follow_up")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub contact_id: i32,
        pub interaction_id: Option<i32>,
        pub owner_user_id: Option<i32>,
        pub what: String,
        pub due_on: Date,
        pub promised_by_seoul: bool,
        pub done_at: Option<DateTimeUtc>,
        pub created_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// An honor or membership: honorary citizenship, Seoul Club.
pub mod honor {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "honor")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub contact_id: i32,
        pub kind: String,
        pub conferred_on: Option<Date>,
        pub status: String,
        pub note: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A committee or platform (Seoul–Jilin, …).
pub mod committee {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "committee")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub key: String,
        pub name_en: String,
        pub name_ko: String,
        pub name_zh: String,
        pub founded_on: Option<Date>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A place a committee covers.
pub mod committee_place {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "committee_place")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub committee_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub place_id: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A member of a committee: a contact or a user.
pub mod committee_member {
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
        pub role: Option<String>,
        pub joined_on: Option<Date>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A meeting of a committee.
pub mod committee_meeting {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "committee_meeting")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub committee_id: i32,
        pub held_on: Date,
        pub place_id: Option<i32>,
        pub note: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A sister-city or friendship agreement between Seoul and a place.
pub mod agreement {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "agreement")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub place_id: i32,
        pub status: String,
        pub started_on: Option<Date>,
        pub signed_on: Option<Date>,
        pub ended_on: Option<Date>,
        pub note: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A cooperation project Seoul proposes or wins in a place.
pub mod project {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "project")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub title: String,
        pub place_id: Option<i32>,
        pub organization_id: Option<i32>,
        pub policy_area: Option<String>,
        pub stage: String,
        pub started_on: Option<Date>,
        pub updated_at: DateTimeUtc,
        pub note: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The default keep-in-touch cadence of a contact category.
pub mod category_cadence {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "category_cadence")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub category: String,
        pub days: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// An inbound Telegram update already handled (one effect per update).
pub mod inbound_update {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "inbound_update")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub update_id: i64,
        pub received_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A chat's dialogue state, as JSON.
pub mod dialogue {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "dialogue")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub chat_id: i64,
        pub state: String,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A search key of a contact's name (derived; see `domain::namekeys`).
pub mod name_key {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "name_key")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub contact_id: i32,
        pub name_id: i32,
        pub kind: String,
        pub key: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Settings the application keeps about its own data (versions of derived data).
pub mod meta {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "meta")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        pub value: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A message the system starts (digest, reminder, invitation), committed
/// with the change that caused it and sent by the relay.
pub mod outbox {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "outbox")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub user_id: Option<i32>,
        pub chat_id: i64,
        pub kind: String,
        #[sea_orm(unique)]
        pub dedupe_key: String,
        /// Telegram HTML, already in the recipient's language.
        pub text: String,
        /// The inline keyboard as Bot API JSON.
        pub keyboard: Option<String>,
        /// `pending`, `sent` or `dead`.
        pub status: String,
        pub not_before: DateTimeUtc,
        /// A relay is sending it until then; after, another may.
        pub lease_until: Option<DateTimeUtc>,
        pub attempts: i32,
        pub last_error: Option<String>,
        pub message_id: Option<i64>,
        pub created_at: DateTimeUtc,
        pub sent_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A forum, Seoul Club gathering, academic exchange or delegation visit.
pub mod event {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "event")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub kind: String,
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
        pub track: Option<String>,
        /// `scheduled` or `cancelled`.
        pub status: String,
        /// Bumped by every change invitees are told about.
        pub revision: i32,
        pub created_at: DateTimeUtc,
        pub updated_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A policy area an event is about (its attendance is logged with it).
pub mod event_topic {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "event_topic")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub policy_area: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A contact invited to an event, and their answer.
pub mod invitation {
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
        pub status: String,
        /// `queued`, or why the bot could not reach them: `no_account`,
        /// `no_consent`, `unreachable`.
        pub delivery: String,
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
}

/// A member's consent to a purpose, with when, how and which wording.
pub mod consent {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "consent")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub user_id: i32,
        /// `invitations`.
        pub purpose: String,
        /// `bot` or `cli`.
        pub channel: String,
        pub wording_version: String,
        pub granted_at: DateTimeUtc,
        pub withdrawn_at: Option<DateTimeUtc>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// One read of personal data or one change: who, when, what, which subjects.
pub mod access_log {
    use sea_orm::entity::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, Serialize, Deserialize)]
    #[sea_orm(table_name = "access_log")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub at: DateTimeUtc,
        pub user_id: Option<i32>,
        /// `cli` or `bot`.
        pub channel: String,
        pub action: String,
        pub scope: String,
        /// Contact ids as a JSON array.
        pub subjects: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Interactions per place, month and track (derived; see `store::activity`).
pub mod activity {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub place_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub month: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub track: String,
        pub interactions: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Interactions per place, month and policy area (derived).
pub mod topic_activity {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "topic_activity")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub place_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub month: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub policy_area: String,
        pub interactions: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The meaning of an inline button, behind the opaque token it carries.
pub mod callback_token {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "callback_token")]
    pub struct Model {
        /// SHA-256 of the token, hex: the token itself is only in Telegram.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        /// The user the button was sent to: only they can press it.
        pub user_id: i32,
        pub data: String,
        pub expires_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
