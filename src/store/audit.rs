//! Appending to the access log. The application only ever inserts here.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entity::access_log;
use super::records::AccessEntry;
use super::{Result, Store};

/// Access records are kept at least this long (two years and a day for
/// a leap year).
pub const KEEP_DAYS: i64 = 731;

/// Records of a change of someone's access (PIPA: permission changes)
/// are kept at least three years (and a day for a leap year).
pub const KEEP_PERMISSION_DAYS: i64 = 1096;

/// The actions that grant, change or end someone's access.
pub const PERMISSION_ACTIONS: &[&str] = &[
    "user-invite",
    "enrol",
    "user-disable",
    "user-enable",
    "user-role",
    "web-link",
    "token-create",
    "token-revoke",
];

/// The subjects of a read of every contact.
pub const ALL: &str = "*";

/// Every action the access log records: reads, then changes. Each has
/// an `audit-action-*` message in every locale (a test checks).
pub const ACTIONS: &[&str] = &[
    "card",
    "brief",
    "export",
    "mydata",
    "access-request",
    "list",
    "search",
    "interactions",
    "attendees",
    "unreachable",
    "outbox",
    "audit",
    "users",
    "due",
    "office",
    "committee",
    "agreement",
    "project",
    "organizations",
    "positions",
    "honors",
    "relations",
    "path",
    "message",
    "erase",
    "purge",
    "contact-add",
    "interaction-add",
    "follow-up-done",
    "follow-up-moved",
    "follow-up-add",
    "follow-up-changed",
    "snooze",
    "cadence",
    "handover",
    "merge",
    "consent-given",
    "consent-declined",
    "consent-withdrawn",
    "event-add",
    "event-change",
    "event-cancel",
    "invite",
    "rsvp",
    "check-in",
    "user-invite",
    "enrol",
    "user-disable",
    "user-enable",
    "user-role",
    "restore",
    "outbox-retry",
    "contact-edit",
    "honor-add",
    "committee-add",
    "committee-change",
    "committee-member",
    "committee-meeting",
    "agreement-add",
    "agreement-status",
    "project-add",
    "project-stage",
    "org-add",
    "org-change",
    "org-merge",
    "position-add",
    "position-end",
    "relation-add",
    "relation-remove",
    "web-link",
    "web-sign-in",
    "web-sign-out",
    "token-create",
    "token-revoke",
];

pub use super::actor::Actor;

/// Records a change — `action` on `scope`, concerning `subjects` (contact
/// ids) — by whoever is acting, in the transaction of the change itself:
/// the one call every mutation of the store makes.
pub(crate) async fn changed(
    conn: &impl ConnectionTrait,
    at: chrono::DateTime<chrono::Utc>,
    action: &str,
    scope: &str,
    subjects: &[i32],
) -> Result<()> {
    record(conn, at, Actor::current(), action, scope, subjects).await
}

/// Records a change that concerns every contact (a restore).
pub(crate) async fn changed_all(
    conn: &impl ConnectionTrait,
    at: chrono::DateTime<chrono::Utc>,
    action: &str,
    scope: &str,
) -> Result<()> {
    append(conn, at, Actor::current(), action, scope, ALL.to_owned()).await
}

/// Appends one row, in the caller's transaction or connection.
pub(crate) async fn record(
    conn: &impl ConnectionTrait,
    at: chrono::DateTime<chrono::Utc>,
    actor: Actor,
    action: &str,
    scope: &str,
    subjects: &[i32],
) -> Result<()> {
    let subjects = serde_json::to_string(subjects).unwrap_or_else(|_| "[]".to_owned());
    append(conn, at, actor, action, scope, subjects).await
}

async fn append(
    conn: &impl ConnectionTrait,
    at: chrono::DateTime<chrono::Utc>,
    actor: Actor,
    action: &str,
    scope: &str,
    subjects: String,
) -> Result<()> {
    row(at, actor, action, scope, subjects)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Records a change by whoever is acting, with the unit's other deferred
/// writes (see [`Later`](super::writer::Later)).
pub(crate) fn changed_later(
    later: &mut super::writer::Later,
    at: chrono::DateTime<chrono::Utc>,
    action: &str,
    scope: &str,
    subjects: &[i32],
) {
    let subjects = serde_json::to_string(subjects).unwrap_or_else(|_| "[]".to_owned());
    later.add(&row(at, Actor::current(), action, scope, subjects));
}

fn row(
    at: chrono::DateTime<chrono::Utc>,
    actor: Actor,
    action: &str,
    scope: &str,
    subjects: String,
) -> sea_orm::Insert<access_log::ActiveModel> {
    access_log::Entity::insert(model(at, actor, action, scope, subjects))
}

fn model(
    at: chrono::DateTime<chrono::Utc>,
    actor: Actor,
    action: &str,
    scope: &str,
    subjects: String,
) -> access_log::ActiveModel {
    debug_assert!(ACTIONS.contains(&action), "unlisted action {action}");
    access_log::ActiveModel {
        at: Set(at),
        user_id: Set(actor.user_id),
        channel: Set(actor.channel.to_owned()),
        action: Set(action.to_owned()),
        scope: Set(scope.to_owned()),
        subjects: Set(subjects),
        ..Default::default()
    }
}

/// A reader waiting for its access-log row to be written.
type Waiter = (
    access_log::ActiveModel,
    tokio::sync::oneshot::Sender<Result<(), String>>,
);

/// Reads recorded together: each reader hands its row over and waits; one
/// task writes every row waiting in one insert, in one quiet unit of work
/// (group commit, as the writer does for changes), and answers them all
/// once that is durable. No task lives longer than the rows it writes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Appender {
    waiting: std::sync::Arc<std::sync::Mutex<Waiting>>,
}

#[derive(Default)]
struct Waiting {
    rows: Vec<Waiter>,
    /// A task is writing; it takes the rows that arrive meanwhile.
    writing: bool,
}

impl std::fmt::Debug for Waiting {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Waiting")
            .field("rows", &self.rows.len())
            .field("writing", &self.writing)
            .finish()
    }
}

/// At most this many rows in one insert.
const MAX_ROWS: usize = 500;

impl Appender {
    fn lock(&self) -> std::sync::MutexGuard<'_, Waiting> {
        self.waiting.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Store {
    /// Appends `rows` to the access log with other readers' rows, and
    /// returns once they are written.
    async fn append_reads(&self, rows: Vec<access_log::ActiveModel>) -> Result<()> {
        let mut answers = Vec::with_capacity(rows.len());
        let start = {
            let mut waiting = self.log.lock();
            for row in rows {
                let (tx, rx) = tokio::sync::oneshot::channel();
                waiting.rows.push((row, tx));
                answers.push(rx);
            }
            !std::mem::replace(&mut waiting.writing, true)
        };
        if start {
            // A task of its own: a reader that goes away (a closed
            // connection drops its request) leaves the others' rows written.
            tokio::spawn(self.clone().write_waiting_reads());
        }
        for answer in answers {
            match answer.await {
                Ok(Ok(())) => {}
                Ok(Err(why)) => return Err(sea_orm::DbErr::Custom(why).into()),
                Err(_) => {
                    return Err(sea_orm::DbErr::Custom(
                        "the access log stopped before writing".to_owned(),
                    )
                    .into());
                }
            }
        }
        Ok(())
    }

    /// Writes the waiting rows, batch after batch, until none wait.
    async fn write_waiting_reads(self) {
        loop {
            let batch: Vec<Waiter> = {
                let mut waiting = self.log.lock();
                if waiting.rows.is_empty() {
                    waiting.writing = false;
                    return;
                }
                let take = waiting.rows.len().min(MAX_ROWS);
                waiting.rows.drain(..take).collect()
            };
            let rows: Vec<access_log::ActiveModel> = batch.iter().map(|(r, _)| r.clone()).collect();
            let written = self
                .write_quiet(move |txn| {
                    let rows = rows.clone();
                    Box::pin(async move {
                        access_log::Entity::insert_many(rows)
                            .exec_without_returning(txn)
                            .await?;
                        Ok(())
                    })
                })
                .await
                .map_err(|err| err.to_string());
            for (_, answer) in batch {
                let _ = answer.send(written.clone());
            }
        }
    }
}

impl Store {
    /// Records that `actor` did `action` on `subjects` (contact ids).
    pub async fn record_access(
        &self,
        actor: Actor,
        action: &str,
        scope: &str,
        subjects: &[i32],
    ) -> Result<()> {
        let subjects = serde_json::to_string(subjects).unwrap_or_else(|_| "[]".to_owned());
        self.append_reads(vec![model(
            self.clock.now(),
            actor,
            action,
            scope,
            subjects,
        )])
        .await
    }

    /// Records several reads of one request together, each of the
    /// `subjects` it names (an action with none is left out).
    pub async fn record_reads(
        &self,
        actor: Actor,
        scope: &str,
        reads: &[(&str, &[i32])],
    ) -> Result<()> {
        let now = self.clock.now();
        let rows: Vec<_> = reads
            .iter()
            .filter(|(_, subjects)| !subjects.is_empty())
            .map(|(action, subjects)| {
                let subjects = serde_json::to_string(subjects).unwrap_or_else(|_| "[]".to_owned());
                model(now, actor, action, scope, subjects)
            })
            .collect();
        if rows.is_empty() {
            return Ok(());
        }
        self.append_reads(rows).await
    }

    /// Records that `actor` read every contact (an export).
    pub async fn record_access_all(&self, actor: Actor, action: &str, scope: &str) -> Result<()> {
        self.append_reads(vec![model(
            self.clock.now(),
            actor,
            action,
            scope,
            ALL.to_owned(),
        )])
        .await
    }

    /// Everything recorded about a contact (including exports of all).
    pub async fn access_log_of_contact(&self, contact_id: i32) -> Result<Vec<AccessEntry>> {
        Ok(self
            .access_log(None)
            .await?
            .into_iter()
            .filter(|row| {
                // Subjects are ids, and pseudonyms of people erased since.
                row.subjects == ALL
                    || serde_json::from_str::<Vec<serde_json::Value>>(&row.subjects).is_ok_and(
                        |ids| {
                            ids.iter()
                                .any(|v| v.as_i64() == Some(i64::from(contact_id)))
                        },
                    )
            })
            .collect())
    }

    /// Everything recorded about a person erased since, by the pseudonym
    /// the erasure gave them (`erased-…`).
    pub async fn access_log_of_pseudonym(&self, pseudonym: &str) -> Result<Vec<AccessEntry>> {
        let scope = format!("contact:{pseudonym}");
        Ok(self
            .access_log(None)
            .await?
            .into_iter()
            .filter(|row| {
                row.scope.split_whitespace().any(|part| part == scope)
                    || serde_json::from_str::<Vec<serde_json::Value>>(&row.subjects)
                        .is_ok_and(|ids| ids.iter().any(|v| v.as_str() == Some(pseudonym)))
            })
            .collect())
    }

    /// Everything a user did, and every change made to their access
    /// (`user:ID` in the scope: invited, enrolled, disabled, role changed).
    pub async fn access_log_of_user(&self, user_id: i32) -> Result<Vec<AccessEntry>> {
        let mine = format!("user:{user_id}:");
        let handed = format!("->user:{user_id}");
        Ok(self
            .access_log(None)
            .await?
            .into_iter()
            .filter(|row| {
                row.user_id == Some(user_id)
                    || row.scope.starts_with(&mine)
                    || row.scope.contains(&handed)
            })
            .collect())
    }

    /// Deletes access records older than `before`, which must be at least
    /// two years ago (Korea's safety standards keep them that long). How
    /// many went.
    pub async fn purge_access_log(&self, before: chrono::DateTime<chrono::Utc>) -> Result<u64> {
        let now = self.clock.now();
        let limit = now - chrono::Duration::days(KEEP_DAYS);
        if before > limit {
            return Err(crate::domain::Error::Invalid {
                field: "before",
                value: before.to_rfc3339(),
            }
            .into());
        }
        self.write(move |txn| {
            Box::pin(async move {
                // Permission changes stay three years whatever `before` says.
                let permissions_before =
                    before.min(now - chrono::Duration::days(KEEP_PERMISSION_DAYS));
                let gone = access_log::Entity::delete_many()
                    .filter(access_log::Column::At.lt(before))
                    .filter(
                        sea_orm::Condition::any()
                            .add(
                                access_log::Column::Action
                                    .is_not_in(PERMISSION_ACTIONS.iter().copied()),
                            )
                            .add(access_log::Column::At.lt(permissions_before)),
                    )
                    .exec(txn)
                    .await?
                    .rows_affected;
                record(
                    txn,
                    now,
                    Actor::current(),
                    "purge",
                    &format!("before:{}", before.date_naive()),
                    &[],
                )
                .await?;
                Ok(gone)
            })
        })
        .await
    }

    /// The access log, oldest first, optionally of one user.
    pub async fn access_log(&self, user_id: Option<i32>) -> Result<Vec<AccessEntry>> {
        let mut query = access_log::Entity::find().order_by_asc(access_log::Column::Id);
        if let Some(user_id) = user_id {
            query = query.filter(access_log::Column::UserId.eq(user_id));
        }
        Ok(super::records::records(query.all(&self.db).await?))
    }
}
