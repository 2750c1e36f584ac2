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
    debug_assert!(ACTIONS.contains(&action), "unlisted action {action}");
    access_log::Entity::insert(access_log::ActiveModel {
        at: Set(at),
        user_id: Set(actor.user_id),
        channel: Set(actor.channel.to_owned()),
        action: Set(action.to_owned()),
        scope: Set(scope.to_owned()),
        subjects: Set(subjects),
        ..Default::default()
    })
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
        let now = self.clock.now();
        let (action, scope, subjects) = (action.to_owned(), scope.to_owned(), subjects.to_vec());
        self.write(move |txn| {
            let (action, scope, subjects) = (action.clone(), scope.clone(), subjects.clone());
            Box::pin(async move { record(txn, now, actor, &action, &scope, &subjects).await })
        })
        .await
    }

    /// Records that `actor` read every contact (an export).
    pub async fn record_access_all(&self, actor: Actor, action: &str, scope: &str) -> Result<()> {
        let now = self.clock.now();
        let (action, scope) = (action.to_owned(), scope.to_owned());
        self.write(move |txn| {
            let (action, scope) = (action.clone(), scope.clone());
            Box::pin(async move { append(txn, now, actor, &action, &scope, ALL.to_owned()).await })
        })
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
