//! Typed domain errors. Each one renders as a single localized sentence
//! naming the field and the value (see `Error::message`).

use super::{Arg, Message};

/// A contact offered as one of several candidates for an ambiguous name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub id: i32,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("unknown {kind} {value:?}")]
    UnknownKey {
        kind: &'static str,
        value: String,
        expected: Vec<&'static str>,
    },
    #[error("unknown place {0:?}")]
    UnknownPlace(String),
    #[error("unknown time zone {0:?}")]
    UnknownTimeZone(String),
    #[error("{field}: invalid date {value:?}")]
    InvalidDate { field: &'static str, value: String },
    /// No SQLite file where `DATABASE_URL` points (and the command does not create one).
    #[error("no database at {path}")]
    NoDatabase { path: String },
    /// A count typed as a word or below its least (`capacity forty`).
    #[error("{field}: {value:?} is not a whole number of at least {least}")]
    NotACount {
        field: &'static str,
        value: String,
        least: i64,
    },
    /// Not a date and time in any form accepted where a date alone, a local
    /// date and time or RFC 3339 are (`--at`, dialogue answers).
    #[error("{field}: {value:?} is not a valid date or time")]
    InvalidDateTime { field: &'static str, value: String },
    /// Not RFC 3339, where only that is accepted (`--now`, `INMAEK_NOW`).
    #[error("{field}: {value:?} is not an RFC 3339 instant")]
    InvalidInstant { field: &'static str, value: String },
    /// Not a local date and time (`YYYY-MM-DD HH:MM`) nor RFC 3339 (event times).
    #[error("{field}: {value:?} is not a date and time")]
    InvalidLocalTime { field: &'static str, value: String },
    #[error("{field}: {value:?} is outside the years 1900 to 2100")]
    YearOutOfRange { field: &'static str, value: String },
    #[error("{field}: {value:?} is in the future")]
    InFuture { field: &'static str, value: String },
    #[error("{field}: {value:?} is past")]
    InPast { field: &'static str, value: String },
    #[error("{field}: {value:?} is before the start")]
    EndsBeforeStart { field: &'static str, value: String },
    #[error("{field} is empty")]
    Empty { field: &'static str },
    #[error("{field} is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
    #[error("{field}: invalid value {value:?}")]
    Invalid { field: &'static str, value: String },
    #[error("{field}: control character {code}")]
    ControlCharacter { field: &'static str, code: String },
    #[error("a contact needs at least one name")]
    NoName,
    #[error("no contact matches {0:?}")]
    ContactNotFound(String),
    #[error("{query:?} matches several contacts")]
    AmbiguousContact {
        query: String,
        candidates: Vec<Candidate>,
    },
    /// No one has the name; these are one letter (or jamo) away from it.
    #[error("no contact is named {query:?}; near names exist")]
    OnlyNearNames {
        query: String,
        candidates: Vec<Candidate>,
    },
    #[error("someone with this name exists already")]
    PossibleDuplicate { candidates: Vec<Candidate> },
    #[error("a contact cannot be merged into itself")]
    MergeSame,
    #[error("no user named {0:?}")]
    UserNotFound(String),
    #[error("{path}: {count} invalid rows")]
    InvalidRows { path: String, count: usize },
    #[error("user {name:?} is a {role}, not an officer")]
    NotAnOfficer { name: String, role: &'static str },
    #[error("a user named {0:?} is already enrolled")]
    UserNameTaken(String),
    #[error("a member must be linked to a contact")]
    MemberNeedsContact,
    #[error("only a member is linked to a contact")]
    ContactOnlyForMember,
    #[error("unknown enrolment code")]
    CodeUnknown,
    #[error("enrolment code already used")]
    CodeUsed,
    #[error("enrolment code expired")]
    CodeExpired,
    #[error("this Telegram account is already enrolled")]
    TelegramAlreadyEnrolled,
    #[error("unsupported dump format {0:?}")]
    DumpFormat(String),
    #[error("{}[{}].{} = {:?}: unknown {}", .0.table, .0.index, .0.field, .0.value, .0.kind)]
    DumpUnknownKey(Box<UnknownDumpKey>),
    #[error("{table}[{index}].{field} = {value}: not in the dump")]
    DumpMissingReference {
        table: &'static str,
        index: usize,
        field: &'static str,
        value: i64,
    },
    /// A value of a dump the command line would refuse, by its JSON path.
    #[error("{path}: {reason}")]
    DumpInvalid { path: String, reason: Box<Error> },
    #[error("{table}[{index}].id = {id} appears twice")]
    DumpDuplicateId {
        table: &'static str,
        index: usize,
        id: i64,
    },
    #[error("{table}[{index}]: place {key:?} conflicts with place {existing:?} of this database")]
    DumpPlaceConflict {
        table: &'static str,
        index: usize,
        key: String,
        existing: String,
    },
    #[error("the database already holds {0} records")]
    DumpIntoNonEmpty(i64),
    #[error("no queued message {0}")]
    OutboxNotFound(String),
    #[error("message {id} is {status}, not a dead letter")]
    OutboxNotDead { id: String, status: String },
    #[error("contact {contact} is not owned by {user}")]
    NotTheOwner { contact: String, user: String },
    #[error("a hand-over needs two different officers")]
    HandoverToSelf,
    #[error("no event {0:?}")]
    EventNotFound(String),
    #[error("{query:?} matches several events")]
    AmbiguousEvent {
        query: String,
        candidates: Vec<Candidate>,
    },
    #[error("this invitation button is not valid")]
    RsvpUnknown,
    #[error("this invitation is someone else's")]
    RsvpNotYours,
    #[error("answers closed at {deadline}")]
    RsvpClosed { deadline: String },
    #[error("the event was cancelled")]
    EventCancelled,
    #[error("{name} is not a member")]
    NotAMember { name: String },
    /// The user acting (`--as`) may not run this command in their role.
    #[error("{user} ({role}) may not run this command")]
    NotAllowed { user: String, role: String },
    /// `user disable` of someone disabled already.
    #[error("{name} is disabled already")]
    UserAlreadyDisabled { name: String },
    /// `user enable` of someone who is not disabled.
    #[error("{name} is not disabled")]
    UserNotDisabled { name: String },
    /// A disabled user named where an active one is needed (`--as`,
    /// `--handover-to`, `--by`).
    #[error("{name} is disabled")]
    UserDisabled { name: String },
    /// An admin tried to disable or demote their own account.
    #[error("an admin cannot disable or demote their own account")]
    NotYourself,
    /// A check-in more than 12 hours before the event starts.
    #[error("check-in has not opened yet")]
    CheckInNotYet,
    /// Disabling or demoting the only active admin.
    #[error("{name} is the last active admin")]
    LastAdmin { name: String },
    /// `--as` a user who never enrolled.
    #[error("{name} has not enrolled")]
    UserNotEnrolled { name: String },
    /// `user role` to the role the user has.
    #[error("{name} is {role} already")]
    RoleUnchanged { name: String, role: &'static str },
    /// `user role` from or to `member`: a member is a contact.
    #[error("{name}: a member's role cannot change")]
    RoleMemberChange { name: String },
    /// `export --format F --out FILE` whose extension says another format.
    #[error("--format {format} contradicts {path}")]
    FormatContradicts { format: String, path: String },
    /// `user invite` of someone invited before, in another role.
    #[error("{name} was invited as {role}")]
    ReinviteOtherRole { name: String, role: &'static str },
    /// `interaction add --by` another officer, by someone not an admin.
    #[error("only an admin records for another officer")]
    RecordForOther { by: String },
    /// No committee, project, agreement, organization, position or tie
    /// (`kind`) answers to `query`.
    #[error("no {kind} {query}")]
    NotFound { kind: &'static str, query: String },
    /// A sign-in link unknown, used already, expired, or of a disabled user
    /// (which one is not said).
    #[error("sign-in link not valid")]
    SignInLinkInvalid,
    /// An API token id that does not exist, or revoked already.
    #[error("no active API token {0}")]
    ApiTokenNotFound(i32),
    /// `token revoke` with something that is not a token's number.
    #[error("not an API token number: {0}")]
    ApiTokenNumber(String),
    /// Several records of `kind` answer to `query`.
    #[error("ambiguous {kind} {query}")]
    Ambiguous {
        kind: &'static str,
        query: String,
        candidates: Vec<Candidate>,
    },
    /// No record of `kind` has that whole name; these have it as a part.
    #[error("only partial {kind} {query}")]
    OnlyPartial {
        kind: &'static str,
        query: String,
        candidates: Vec<Candidate>,
    },
    /// The change asked for is what is stored already.
    #[error("{kind} already {value}")]
    Unchanged { kind: &'static str, value: String },
    /// A tie of a person with themselves, or an organization within itself.
    #[error("{kind} with itself")]
    WithItself { kind: &'static str },
    /// A day of a history (a step, a founding, an honour) still to come.
    #[error("{field} {value} still to come")]
    StillToCome { field: &'static str, value: String },
    /// A step dated before the latest step of the history.
    #[error("{field} {value} before {latest}")]
    BeforeLatest {
        field: &'static str,
        value: String,
        latest: String,
    },
    /// A value to remove that the contact does not have.
    #[error("{kind} {value} not on the card")]
    NotOnCard { kind: &'static str, value: String },
    /// Only who recorded it (or an admin) may remove it.
    #[error("not your {kind}")]
    NotYourRecord { kind: &'static str },
    /// The same record is there already (its number).
    #[error("{kind} exists {id}")]
    Exists { kind: &'static str, id: i32 },
}

/// A word of a dump outside its column's vocabulary, and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownDumpKey {
    pub table: &'static str,
    pub index: usize,
    pub field: &'static str,
    pub value: String,
    /// What the vocabulary names (a `kind-…` label).
    pub kind: &'static str,
    pub expected: Vec<String>,
}

/// Candidates as a message shows them: `#3 김영남; #7 김영남`.
fn candidate_list(candidates: &[Candidate]) -> String {
    candidates
        .iter()
        .map(|c| format!("#{} {}", c.id, c.label))
        .collect::<Vec<_>>()
        .join("; ")
}

impl Error {
    /// The sentence to show a person, as a Fluent key and arguments.
    pub fn message(&self) -> Message {
        match self {
            Error::UnknownKey {
                kind,
                value,
                expected,
            } => Message::new("error-unknown-key")
                .arg("kind", Arg::Label(format!("kind-{kind}")))
                .arg("value", value)
                .arg("expected", expected.join(", ")),
            Error::UnknownPlace(value) => Message::new("error-unknown-place").arg("value", value),
            Error::UnknownTimeZone(value) => {
                Message::new("error-unknown-time-zone").arg("value", value)
            }
            Error::InvalidDate { field, value } => Message::new("error-invalid-date")
                .arg("field", *field)
                .arg("value", value),
            Error::NoDatabase { path } => Message::new("error-no-database").arg("path", path),
            Error::NotACount {
                field,
                value,
                least,
            } => Message::new("error-not-a-count")
                .arg("field", *field)
                .arg("value", value)
                .arg("least", *least),
            Error::InvalidDateTime { field, value } => Message::new("error-invalid-date-time")
                .arg("field", *field)
                .arg("value", value),
            Error::InvalidInstant { field, value } => Message::new("error-invalid-instant")
                .arg("field", *field)
                .arg("value", value),
            Error::InvalidLocalTime { field, value } => Message::new("error-invalid-local-time")
                .arg("field", *field)
                .arg("value", value),
            Error::InPast { field, value } => Message::new("error-in-past")
                .arg("field", *field)
                .arg("value", value),
            Error::InFuture { field, value } => Message::new("error-in-future")
                .arg("field", *field)
                .arg("value", value),
            Error::EndsBeforeStart { field, value } => Message::new("error-ends-before-start")
                .arg("field", *field)
                .arg("value", value),
            Error::Empty { field } => Message::new("error-empty").arg("field", *field),
            Error::TooLong { field, max } => Message::new("error-too-long")
                .arg("field", *field)
                .arg("max", *max),
            Error::Invalid { field, value } => Message::new("error-invalid")
                .arg("field", *field)
                .arg("value", value),
            Error::YearOutOfRange { field, value } => Message::new("error-year-out-of-range")
                .arg("field", *field)
                .arg("value", value),
            Error::ControlCharacter { field, code } => Message::new("error-control-character")
                .arg("field", *field)
                .arg("code", code.as_str()),
            Error::NoName => Message::new("error-no-name"),
            Error::ContactNotFound(query) => {
                Message::new("error-contact-not-found").arg("query", query)
            }
            Error::AmbiguousContact { query, candidates } => {
                Message::new("error-ambiguous-contact")
                    .arg("query", query)
                    .arg("candidates", candidate_list(candidates))
            }
            Error::OnlyNearNames { query, candidates } => Message::new("error-only-near-names")
                .arg("query", query)
                .arg("candidates", candidate_list(candidates)),
            Error::PossibleDuplicate { candidates } => Message::new("error-possible-duplicate")
                .arg("candidates", candidate_list(candidates)),
            Error::MergeSame => Message::new("error-merge-same"),
            Error::UserNotFound(name) => Message::new("error-user-not-found").arg("name", name),
            Error::InvalidRows { path, count } => Message::new("error-import-invalid-rows")
                .arg("path", path)
                .arg("count", *count),
            Error::NotAnOfficer { name, role } => Message::new("error-not-an-officer")
                .arg("name", name)
                .arg("role", Arg::Label(format!("role-{role}"))),
            Error::UserNameTaken(name) => Message::new("error-user-name-taken").arg("name", name),
            Error::MemberNeedsContact => Message::new("error-member-needs-contact"),
            Error::ContactOnlyForMember => Message::new("error-contact-only-for-member"),
            Error::CodeUnknown => Message::new("error-code-unknown"),
            Error::CodeUsed => Message::new("error-code-used"),
            Error::CodeExpired => Message::new("error-code-expired"),
            Error::TelegramAlreadyEnrolled => Message::new("error-telegram-already-enrolled"),
            Error::DumpFormat(found) => Message::new("error-dump-format").arg("found", found),
            Error::DumpUnknownKey(key) => Message::new("error-dump-unknown-key")
                .arg("table", key.table)
                .arg("index", key.index)
                .arg("field", key.field)
                .arg("value", &key.value)
                .arg("kind", Arg::Label(format!("kind-{}", key.kind)))
                .arg("expected", key.expected.join(", ")),
            Error::DumpInvalid { path, reason } => Message::new("error-dump-invalid")
                .arg("path", path.as_str())
                .arg("reason", Arg::Rendered(Box::new(reason.message()))),
            Error::DumpMissingReference {
                table,
                index,
                field,
                value,
            } => Message::new("error-dump-missing-reference")
                .arg("table", *table)
                .arg("index", *index)
                .arg("field", *field)
                .arg("value", *value),
            Error::DumpDuplicateId { table, index, id } => Message::new("error-dump-duplicate-id")
                .arg("table", *table)
                .arg("index", *index)
                .arg("id", *id),
            Error::DumpPlaceConflict {
                table,
                index,
                key,
                existing,
            } => Message::new("error-dump-place-conflict")
                .arg("table", *table)
                .arg("index", *index)
                .arg("key", key)
                .arg("existing", existing),
            Error::DumpIntoNonEmpty(count) => {
                Message::new("error-dump-into-non-empty").arg("count", *count)
            }
            Error::OutboxNotFound(id) => Message::new("error-outbox-not-found").arg("id", id),
            Error::OutboxNotDead { id, status } => Message::new("error-outbox-not-dead")
                .arg("id", id)
                .arg("status", Arg::Label(format!("outbox-status-{status}"))),
            Error::NotTheOwner { contact, user } => Message::new("error-not-the-owner")
                .arg("contact", contact)
                .arg("user", user),
            Error::HandoverToSelf => Message::new("error-handover-to-self"),
            Error::EventNotFound(query) => {
                Message::new("error-event-not-found").arg("query", query)
            }
            Error::AmbiguousEvent { query, candidates } => Message::new("error-ambiguous-event")
                .arg("query", query)
                .arg("candidates", candidate_list(candidates)),
            Error::RsvpUnknown => Message::new("error-rsvp-unknown"),
            Error::RsvpNotYours => Message::new("error-rsvp-not-yours"),
            Error::RsvpClosed { deadline } => {
                Message::new("error-rsvp-closed").arg("deadline", deadline)
            }
            Error::EventCancelled => Message::new("error-event-cancelled"),
            Error::NotAMember { name } => Message::new("error-not-a-member").arg("name", name),
            Error::NotAllowed { user, role } => {
                Message::new("error-not-allowed").arg("user", user).arg(
                    "role",
                    Arg::Label(format!("{}-{role}", super::keys::Role::KIND)),
                )
            }
            Error::UserAlreadyDisabled { name } => {
                Message::new("error-user-already-disabled").arg("name", name)
            }
            Error::UserNotDisabled { name } => {
                Message::new("error-user-not-disabled").arg("name", name)
            }
            Error::UserDisabled { name } => Message::new("error-user-disabled").arg("name", name),
            Error::NotYourself => Message::new("error-not-yourself"),
            Error::CheckInNotYet => Message::new("error-check-in-not-yet"),
            Error::LastAdmin { name } => Message::new("error-last-admin").arg("name", name),
            Error::UserNotEnrolled { name } => {
                Message::new("error-user-not-enrolled").arg("name", name)
            }
            Error::RoleUnchanged { name, role } => {
                Message::new("error-role-unchanged").arg("name", name).arg(
                    "role",
                    Arg::Label(format!("{}-{role}", super::keys::Role::KIND)),
                )
            }
            Error::RoleMemberChange { name } => {
                Message::new("error-role-member-change").arg("name", name)
            }
            Error::FormatContradicts { format, path } => Message::new("error-format-contradicts")
                .arg("format", format.as_str())
                .arg("path", path.as_str()),
            Error::ReinviteOtherRole { name, role } => Message::new("error-reinvite-other-role")
                .arg("name", name)
                .arg(
                    "role",
                    Arg::Label(format!("{}-{role}", super::keys::Role::KIND)),
                ),
            Error::RecordForOther { by } => Message::new("error-record-for-other").arg("by", by),
            Error::SignInLinkInvalid => Message::new("error-sign-in-link-invalid"),
            Error::ApiTokenNotFound(id) => Message::new("error-api-token-not-found").arg("id", *id),
            Error::ApiTokenNumber(value) => {
                Message::new("error-api-token-number").arg("value", value)
            }
            Error::NotFound { kind, query } => Message::new("error-not-found")
                .arg("kind", Arg::Label(format!("kind-{kind}")))
                .arg("query", query),
            Error::Ambiguous {
                kind,
                query,
                candidates,
            } => Message::new("error-ambiguous")
                .arg("kind", Arg::Label(format!("kind-{kind}")))
                .arg("query", query)
                .arg("candidates", candidate_list(candidates)),
            Error::OnlyPartial {
                kind,
                query,
                candidates,
            } => Message::new("error-only-partial")
                .arg("kind", Arg::Label(format!("kind-{kind}")))
                .arg("query", query)
                .arg("candidates", candidate_list(candidates)),
            Error::Unchanged { kind, value } => Message::new("error-unchanged")
                .arg("kind", Arg::Label(format!("kind-{kind}")))
                .arg("value", Arg::Label(format!("{kind}-{value}"))),
            Error::WithItself { kind } => {
                Message::new("error-with-itself").arg("kind", Arg::Label(format!("kind-{kind}")))
            }
            Error::StillToCome { field, value } => Message::new("error-still-to-come")
                .arg("field", *field)
                .arg("value", value),
            Error::BeforeLatest {
                field,
                value,
                latest,
            } => Message::new("error-before-latest")
                .arg("field", *field)
                .arg("value", value)
                .arg("latest", latest),
            Error::NotOnCard { kind, value } => Message::new("error-not-on-card")
                .arg("kind", Arg::Label(format!("kind-{kind}")))
                .arg("value", value),
            Error::NotYourRecord { kind } => Message::new("error-not-your-record")
                .arg("kind", Arg::Label(format!("kind-{kind}"))),
            Error::Exists { kind, id } => Message::new("error-exists")
                .arg("kind", Arg::Label(format!("kind-{kind}")))
                .arg("id", *id),
        }
    }
}
