//! The records the faces receive: plain data, one type per kind of record,
//! filled from the entity models (`entity/`) by the store. A face never
//! names an entity model and never sees sea-orm; a column renamed or split
//! in the database changes the conversion here, not the faces.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::entity::{self, ConsentPurpose, Delivery, EventStatus, OutboxStatus};
use crate::domain::Lang;
use crate::domain::keys::{
    AgreementStatus, CommitteeRole, DetailKind, EventKind, HonorKind, HonorStatus, InteractionKind,
    InvitationStatus, OrganizationKind, ProjectStage, Role, Side, TieKind, Track,
};

/// A record type with the fields of its entity model, and the conversion.
macro_rules! record {
    ($(#[$meta:meta])* $name:ident from $entity:ident {
        $($(#[$field_meta:meta])* $field:ident: $ty:ty,)+
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize)]
        pub struct $name {
            $($(#[$field_meta])* pub $field: $ty,)+
        }

        impl From<entity::$entity::Model> for $name {
            fn from(model: entity::$entity::Model) -> Self {
                Self { $($field: model.$field,)+ }
            }
        }
    };
}

record!(
    /// A person who uses Inmaek: officer, mayor's office, admin or member.
    User from app_user {
        id: i32,
        role: Role,
        name: String,
        contact_id: Option<i32>,
        telegram_user_id: Option<i64>,
        lang: Lang,
        time_zone: String,
        created_at: DateTime<Utc>,
        disabled_at: Option<DateTime<Utc>>,
        /// Telegram refused a message (the user blocked the bot); cleared
        /// when they write to the bot again.
        unreachable_at: Option<DateTime<Utc>>,
    }
);

record!(
    /// A province, city or district (reference data).
    Place from place {
        id: i32,
        key: String,
        kind: String,
        parent_id: Option<i32>,
        country: String,
        name_en: String,
        name_zh: String,
        name_ko: String,
        name_ko_hanja: String,
        strategic: bool,
    }
);

record!(
    /// A forum, Seoul Club gathering, academic exchange or delegation visit.
    Event from event {
        id: i32,
        kind: EventKind,
        title_ko: Option<String>,
        title_zh: Option<String>,
        title_en: Option<String>,
        description_ko: Option<String>,
        description_zh: Option<String>,
        description_en: Option<String>,
        starts_at: DateTime<Utc>,
        ends_at: Option<DateTime<Utc>>,
        /// The zone the event's times are shown in.
        time_zone: String,
        place_id: Option<i32>,
        address: Option<String>,
        capacity: Option<i32>,
        rsvp_deadline: Option<DateTime<Utc>>,
        organizer_user_id: Option<i32>,
        track: Option<Track>,
        /// `scheduled` or `cancelled`.
        status: EventStatus,
        /// Bumped by every change invitees are told about.
        revision: i32,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
    }
);

record!(
    /// Something promised in a meeting, with a due date.
    FollowUp from follow_up {
        id: i32,
        contact_id: i32,
        interaction_id: Option<i32>,
        owner_user_id: Option<i32>,
        what: String,
        due_on: NaiveDate,
        promised_by_seoul: bool,
        done_at: Option<DateTime<Utc>>,
        created_at: DateTime<Utc>,
        /// The cooperation project it belongs to, if any.
        project_id: Option<i32>,
    }
);

record!(
    /// A person Seoul keeps in touch with (the card adds names, categories …).
    Contact from contact {
        id: i32,
        place_id: Option<i32>,
        lang: Option<Lang>,
        time_zone: Option<String>,
        notes: Option<String>,
        email: Option<String>,
        phone: Option<String>,
        telegram: Option<String>,
        owner_user_id: Option<i32>,
        cadence_days: Option<i32>,
        last_interaction_at: Option<DateTime<Utc>>,
        due_at: DateTime<Utc>,
        created_at: DateTime<Utc>,
        updated_at: DateTime<Utc>,
        /// Not due before this instant (an officer pressed Snooze).
        snoozed_until: Option<DateTime<Utc>>,
        /// The member said no to reminders about them (consent per purpose):
        /// not in digests, `/due` or follow-up reminders.
        reminders_off: bool,
        birthday: Option<NaiveDate>,
        /// `birthday` is a Korean lunar date.
        birthday_lunar: bool,
    }
);

record!(
    /// A message the system starts, as queued for the relay.
    OutboxMessage from outbox {
        id: i32,
        user_id: Option<i32>,
        chat_id: i64,
        kind: String,
        dedupe_key: String,
        /// Telegram HTML, already in the recipient's language.
        text: String,
        /// The inline keyboard as Bot API JSON.
        keyboard: Option<String>,
        /// `pending`, `sent` or `dead`.
        status: OutboxStatus,
        not_before: DateTime<Utc>,
        /// A relay is sending it until then; after, another may.
        lease_until: Option<DateTime<Utc>>,
        attempts: i32,
        last_error: Option<String>,
        message_id: Option<i64>,
        created_at: DateTime<Utc>,
        sent_at: Option<DateTime<Utc>>,
    }
);

record!(
    /// A meeting, call, message, event, visit or letter/gift.
    Interaction from interaction {
        id: i32,
        occurred_at: DateTime<Utc>,
        logged_at: DateTime<Utc>,
        kind: InteractionKind,
        place_id: Option<i32>,
        note: Option<String>,
        track: Option<Track>,
        logged_by: Option<i32>,
    }
);

record!(
    /// A committee or platform (Seoul–Jilin, …).
    Committee from committee {
        id: i32,
        key: String,
        name_en: String,
        name_ko: String,
        name_zh: String,
        founded_on: Option<NaiveDate>,
    }
);

record!(
    /// A cooperation project in a place.
    Project from project {
        id: i32,
        title: String,
        title_ko: Option<String>,
        title_zh: Option<String>,
        place_id: Option<i32>,
        /// Seoul's responsible officer.
        officer_user_id: Option<i32>,
        stage: ProjectStage,
        started_on: Option<NaiveDate>,
        updated_at: DateTime<Utc>,
        note: Option<String>,
    }
);

record!(
    /// A title a contact held at an organization.
    Position from position {
        id: i32,
        contact_id: i32,
        organization_id: i32,
        title: Option<String>,
        started_on: Option<NaiveDate>,
        ended_on: Option<NaiveDate>,
    }
);

record!(
    /// A government, institute, university, company or association.
    Organization from organization {
        id: i32,
        name_ko: Option<String>,
        name_zh: Option<String>,
        name_en: Option<String>,
        kind: OrganizationKind,
        place_id: Option<i32>,
        created_at: DateTime<Utc>,
        /// The organization this one is part of.
        parent_id: Option<i32>,
    }
);

record!(
    /// A contact invited to an event, and their answer.
    Invitation from invitation {
        id: i32,
        event_id: i32,
        contact_id: i32,
        /// The member account the invitation was sent to.
        user_id: Option<i32>,
        /// invited, accepted, declined, tentative, waitlisted, attended, no_show.
        status: InvitationStatus,
        /// `queued`, or why the bot could not reach them: `no_account`,
        /// `no_consent`, `unreachable`.
        delivery: Delivery,
        /// The opaque RSVP token in the buttons, bound to `user_id`.
        #[serde(skip_serializing)]
        token: String,
        invited_at: DateTime<Utc>,
        responded_at: Option<DateTime<Utc>>,
        updated_at: DateTime<Utc>,
    }
);

record!(
    /// An honor or membership of a contact.
    Honor from honor {
        id: i32,
        contact_id: i32,
        kind: HonorKind,
        conferred_on: Option<NaiveDate>,
        status: HonorStatus,
        note: Option<String>,
    }
);

record!(
    /// A sister-city or friendship agreement between Seoul and a place.
    Agreement from agreement {
        id: i32,
        place_id: i32,
        status: AgreementStatus,
        started_on: Option<NaiveDate>,
        signed_on: Option<NaiveDate>,
        ended_on: Option<NaiveDate>,
        note: Option<String>,
        /// Where the signed text is kept.
        document: Option<String>,
    }
);

record!(
    /// One line of the access log: who read or changed what, when.
    AccessEntry from access_log {
        id: i32,
        at: DateTime<Utc>,
        user_id: Option<i32>,
        /// `cli` or `bot`.
        channel: String,
        action: String,
        scope: String,
        /// Contact ids as a JSON array.
        subjects: String,
    }
);

record!(
    /// A member's consent to a purpose.
    Consent from consent {
        id: i32,
        user_id: i32,
        /// `invitations`.
        purpose: ConsentPurpose,
        /// `bot` or `cli`.
        channel: String,
        wording_version: String,
        granted_at: DateTime<Utc>,
        withdrawn_at: Option<DateTime<Utc>>,
    }
);

record!(
    /// A member of a committee.
    CommitteeMember from committee_member {
        id: i32,
        committee_id: i32,
        contact_id: Option<i32>,
        user_id: Option<i32>,
        role: CommitteeRole,
        joined_on: Option<NaiveDate>,
        side: Side,
        left_on: Option<NaiveDate>,
    }
);

record!(
    /// A meeting of a committee.
    CommitteeMeeting from committee_meeting {
        id: i32,
        committee_id: i32,
        held_on: NaiveDate,
        place_id: Option<i32>,
        agenda: Option<String>,
        minutes: Option<String>,
        /// The interaction it was logged as (its attendees are that
        /// interaction's contacts).
        interaction_id: Option<i32>,
    }
);

record!(
    /// An e-mail address or phone number beyond a contact's first.
    ContactDetail from contact_detail {
        id: i32,
        contact_id: i32,
        kind: DetailKind,
        label: Option<String>,
        value: String,
    }
);

record!(
    /// A step in an agreement's history.
    AgreementStep from agreement_step {
        id: i32,
        agreement_id: i32,
        status: AgreementStatus,
        on_date: Option<NaiveDate>,
        recorded_at: DateTime<Utc>,
    }
);

record!(
    /// A step in a project's history.
    ProjectStep from project_step {
        id: i32,
        project_id: i32,
        stage: ProjectStage,
        on_date: Option<NaiveDate>,
        recorded_at: DateTime<Utc>,
    }
);

record!(
    /// A tie between two people someone recorded.
    Tie from relation {
        id: i32,
        from_contact_id: i32,
        to_contact_id: i32,
        kind: TieKind,
        note: Option<String>,
        recorded_by: Option<i32>,
        recorded_at: DateTime<Utc>,
    }
);

/// Models read from the database, as the records faces receive.
pub(crate) fn records<M, R: From<M>>(models: Vec<M>) -> Vec<R> {
    models.into_iter().map(R::from).collect()
}
