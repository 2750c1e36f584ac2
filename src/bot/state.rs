//! Dialogue state per chat, stored as JSON through teloxide's `Storage`
//! (see `storage.rs`), so a conversation survives a restart of `serve`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Where a chat's conversation stands.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum State {
    #[default]
    Idle,
    /// `/log`, guided (or a one-line log waiting for the person to be picked).
    Log(LogDraft),
    /// `/add`, guided.
    Add(AddDraft),
    /// `/who` matched several people: which one?
    WhoPick { candidates: Vec<i32> },
    /// `/event`, guided.
    Event(EventDraft),
    /// `/invite EVENT`: choosing the audience.
    Invite(InviteDraft),
    /// `/path` matched several people: which one?
    PathPick { candidates: Vec<i32> },
    /// *Edit* on a card: which field, then its new value.
    Edit(EditDraft),
    /// A forwarded message to log: with whom?
    Forward {
        candidates: Vec<i32>,
        note: String,
        occurred_at: DateTime<Utc>,
    },
}

/// A contact being changed in a chat: the field asked for, if any.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EditDraft {
    pub contact_id: i32,
    pub field: Option<String>,
}

/// The steps of a guided `/log`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LogStep {
    #[default]
    Who,
    Pick,
    When,
    Date,
    Kind,
    Track,
    Topics,
    Note,
    FollowUp,
    FollowUpDate,
    FollowUpWhat,
    Confirm,
    /// A one-line log named a day still to come: make it a follow-up?
    Plan,
}

/// An interaction being logged in a chat. Keys are the domain's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogDraft {
    pub step: LogStep,
    /// The name typed when looking the person up.
    pub query: Option<String>,
    pub candidates: Vec<i32>,
    pub contact_id: Option<i32>,
    pub date: Option<NaiveDate>,
    pub kind: Option<String>,
    pub track: Option<String>,
    pub topics: Vec<String>,
    pub note: Option<String>,
    pub follow_up_due: Option<NaiveDate>,
    pub follow_up_what: Option<String>,
    /// Came from a one-line `/log`: save as soon as the person is known.
    pub quick: bool,
    /// A one-line log named this day, still to come: offered as a follow-up.
    #[serde(default)]
    pub planned: Option<NaiveDate>,
    /// Who promised the follow-up, when the line said (`#seoul`, `#they`).
    #[serde(default)]
    pub promised_by_seoul: Option<bool>,
}

/// The steps of a guided `/add`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AddStep {
    #[default]
    Names,
    Categories,
    Organization,
    Place,
    Lang,
    Confirm,
}

/// A contact being added in a chat.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AddDraft {
    pub step: AddStep,
    /// Name forms as (form key, value).
    pub names: Vec<(String, String)>,
    pub categories: Vec<String>,
    pub organization: Option<String>,
    pub title: Option<String>,
    pub place: Option<String>,
    pub lang: Option<String>,
}

/// The steps of a guided `/event`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventStep {
    #[default]
    Kind,
    Title,
    When,
    Place,
    Capacity,
    Deadline,
    Confirm,
}

/// An event being created in a chat.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EventDraft {
    pub step: EventStep,
    pub kind: Option<String>,
    pub title: Option<String>,
    pub starts_at: Option<DateTime<Utc>>,
    /// A place key.
    pub place: Option<String>,
    pub capacity: Option<i32>,
    pub deadline: Option<DateTime<Utc>>,
}

/// The steps of `/invite`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum InviteStep {
    #[default]
    Categories,
    Places,
    Confirm,
}

/// An audience being chosen for an event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InviteDraft {
    pub step: InviteStep,
    pub event_id: i32,
    pub categories: Vec<String>,
    /// Place keys.
    pub places: Vec<String>,
}
