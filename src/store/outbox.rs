//! The outbox: every message the system starts is a row, committed with
//! the change that caused it; the relay (`crate::keep::relay`) claims rows
//! with a lease, sends them and records the outcome here.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, Statement,
};

use super::entity::{app_user, outbox};
use super::records::OutboxMessage;
use super::{Result, Store};
use crate::domain::Error;
use crate::domain::schedule::{MAX_ATTEMPTS, backoff};

pub use super::entity::OutboxStatus;

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub user_id: i32,
    pub chat_id: i64,
    /// `digest`, `followup`, …
    pub kind: &'static str,
    /// Unique over all messages ever queued: a second row with the same
    /// key is silently not written.
    pub dedupe_key: String,
    pub text: String,
    /// Bot API JSON of the inline keyboard.
    pub keyboard: Option<String>,
    pub not_before: DateTime<Utc>,
    /// The contacts it shows: its recipient reads them (the access log).
    pub about: Vec<i32>,
}

/// Queues `message` in the caller's transaction; false if a message with
/// its dedupe key was queued before.
pub(crate) async fn enqueue(
    conn: &impl ConnectionTrait,
    message: NewMessage,
    now: DateTime<Utc>,
) -> Result<bool> {
    // Nothing goes to someone whose access has ended.
    let disabled = app_user::Entity::find_by_id(message.user_id)
        .one(conn)
        .await?
        .is_some_and(|user| user.disabled_at.is_some());
    if disabled {
        return Ok(false);
    }
    if message.kind == "digest" {
        // A newer digest replaces one still waiting (say, held overnight by
        // quiet hours): nobody needs yesterday's list an hour before today's.
        outbox::Entity::delete_many()
            .filter(outbox::Column::UserId.eq(message.user_id))
            .filter(outbox::Column::Kind.eq("digest"))
            .filter(outbox::Column::Status.eq(OutboxStatus::Pending))
            .filter(outbox::Column::LeaseUntil.is_null())
            .filter(outbox::Column::DedupeKey.ne(message.dedupe_key.clone()))
            .exec(conn)
            .await?;
    }
    let (recipient, kind, key, about) = (
        message.user_id,
        message.kind,
        message.dedupe_key.clone(),
        message.about,
    );
    let inserted = outbox::Entity::insert(outbox::ActiveModel {
        user_id: Set(Some(message.user_id)),
        chat_id: Set(message.chat_id),
        kind: Set(message.kind.to_owned()),
        dedupe_key: Set(message.dedupe_key),
        text: Set(message.text),
        keyboard: Set(message.keyboard),
        status: Set(OutboxStatus::Pending),
        not_before: Set(message.not_before),
        lease_until: Set(None),
        attempts: Set(0),
        last_error: Set(None),
        message_id: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::column(outbox::Column::DedupeKey)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    if inserted > 0 && !about.is_empty() {
        super::audit::record(
            conn,
            now,
            super::audit::Actor::bot(recipient),
            "message",
            &format!("{kind} {key}"),
            &about,
        )
        .await?;
    }
    Ok(inserted > 0)
}

/// What became of one attempt to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent {
        message_id: i64,
    },
    /// 429: wait this long; not counted as a failure.
    RetryAfter(Duration),
    /// 403 and the like: the recipient cannot be reached; no retry.
    Unreachable(String),
    /// Anything else: retried with backoff, dead after `MAX_ATTEMPTS`.
    Failed(String),
    /// Quiet hours in the recipient's time zone: wait until then.
    Deferred(DateTime<Utc>),
}

impl Store {
    /// Claims up to `limit` pending messages due now that no live relay
    /// holds, for `lease`. Two relays never claim the same row: PostgreSQL
    /// skips rows another transaction has locked; SQLite has one writer.
    pub async fn claim_outbox(&self, limit: u64, lease: Duration) -> Result<Vec<OutboxMessage>> {
        let now = self.clock.now();
        let lease = now + lease;
        let backend = self.backend();
        let sql = match backend {
            DbBackend::Postgres => {
                "UPDATE outbox SET lease_until = $1 WHERE id IN (\
                 SELECT id FROM outbox WHERE status = $2 AND not_before <= $3 \
                 AND (lease_until IS NULL OR lease_until <= $3) \
                 ORDER BY not_before, id LIMIT $4 FOR UPDATE SKIP LOCKED) RETURNING *"
            }
            _ => {
                "UPDATE outbox SET lease_until = $1 WHERE id IN (\
                 SELECT id FROM outbox WHERE status = $2 AND not_before <= $3 \
                 AND (lease_until IS NULL OR lease_until <= $3) \
                 ORDER BY not_before, id LIMIT $4) RETURNING *"
            }
        };
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut rows = self
            .write(move |txn| {
                Box::pin(async move {
                    Ok(outbox::Entity::find()
                        .from_raw_sql(Statement::from_sql_and_values(
                            backend,
                            sql,
                            [
                                lease.into(),
                                OutboxStatus::Pending.into(),
                                now.into(),
                                limit.into(),
                            ],
                        ))
                        .all(txn)
                        .await?)
                })
            })
            .await?;
        rows.sort_by_key(|row| (row.not_before, row.id));
        Ok(super::records::records(rows))
    }

    /// Records the outcome of sending a claimed message.
    pub async fn record_outcome(&self, message: &OutboxMessage, outcome: &Outcome) -> Result<()> {
        let now = self.clock.now();
        let mut unreachable = None;
        let update = outbox::Entity::update_many()
            .filter(outbox::Column::Id.eq(message.id))
            .col_expr(
                outbox::Column::LeaseUntil,
                Expr::value(None::<DateTime<Utc>>),
            );
        let update = match outcome {
            Outcome::Sent { message_id } => update
                .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Sent))
                .col_expr(outbox::Column::SentAt, Expr::value(now))
                .col_expr(outbox::Column::MessageId, Expr::value(*message_id))
                .col_expr(outbox::Column::Attempts, Expr::value(message.attempts + 1)),
            Outcome::RetryAfter(wait) => update
                .col_expr(outbox::Column::NotBefore, Expr::value(now + *wait))
                .col_expr(
                    outbox::Column::LastError,
                    Expr::value(format!("429 retry after {} s", wait.num_seconds())),
                ),
            Outcome::Deferred(until) => {
                update.col_expr(outbox::Column::NotBefore, Expr::value(*until))
            }
            Outcome::Unreachable(error) => {
                if let Some(user_id) = message.user_id {
                    unreachable = Some(user_id);
                }
                update
                    .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Dead))
                    .col_expr(outbox::Column::LastError, Expr::value(error.clone()))
                    .col_expr(outbox::Column::Attempts, Expr::value(message.attempts + 1))
            }
            Outcome::Failed(error) => {
                let attempts = message.attempts + 1;
                let update = update
                    .col_expr(outbox::Column::Attempts, Expr::value(attempts))
                    .col_expr(outbox::Column::LastError, Expr::value(error.clone()));
                if attempts >= MAX_ATTEMPTS {
                    update.col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Dead))
                } else {
                    update.col_expr(
                        outbox::Column::NotBefore,
                        Expr::value(now + backoff(attempts, message.id)),
                    )
                }
            }
        };
        self.write(move |txn| {
            let update = update.clone();
            Box::pin(async move {
                if let Some(user_id) = unreachable {
                    mark_unreachable(txn, user_id, now).await?;
                }
                update.exec(txn).await?;
                Ok(())
            })
        })
        .await
    }

    /// Gives back a claimed message unsent (the relay is stopping).
    pub async fn release_outbox(&self, message_id: i32) -> Result<()> {
        self.write(move |txn| {
            Box::pin(async move {
                outbox::Entity::update_many()
                    .filter(outbox::Column::Id.eq(message_id))
                    .col_expr(
                        outbox::Column::LeaseUntil,
                        Expr::value(None::<DateTime<Utc>>),
                    )
                    .exec(txn)
                    .await?;
                Ok(())
            })
        })
        .await
    }

    /// The user blocked the bot (or deleted their account): no more
    /// messages are attempted until they write to it again.
    pub async fn mark_unreachable(&self, user_id: i32) -> Result<()> {
        let now = self.clock.now();
        self.write(move |txn| Box::pin(mark_unreachable(txn, user_id, now)))
            .await
    }

    /// The user wrote to the bot: it can reach them again.
    pub async fn mark_reachable(&self, user_id: i32) -> Result<()> {
        self.write(move |txn| Box::pin(mark_reachable(txn, user_id)))
            .await
    }

    /// How many messages the outbox holds, by status.
    pub async fn outbox_depth(&self) -> Result<Vec<(OutboxStatus, u64)>> {
        use sea_orm::QuerySelect;
        let rows: Vec<(OutboxStatus, i64)> = outbox::Entity::find()
            .select_only()
            .column(outbox::Column::Status)
            .column_as(outbox::Column::Id.count(), "n")
            .group_by(outbox::Column::Status)
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut depth: Vec<(OutboxStatus, u64)> = [
            OutboxStatus::Pending,
            OutboxStatus::Sent,
            OutboxStatus::Dead,
        ]
        .iter()
        .map(|status| (*status, 0))
        .collect();
        for (status, n) in rows {
            let n = u64::try_from(n).unwrap_or_default();
            match depth.iter_mut().find(|(s, _)| *s == status) {
                Some(entry) => entry.1 = n,
                None => depth.push((status, n)),
            }
        }
        Ok(depth)
    }

    /// The queue, newest first: everything, or only dead letters.
    pub async fn outbox_list(&self, dead_only: bool, limit: u64) -> Result<Vec<OutboxMessage>> {
        let mut query = outbox::Entity::find();
        if dead_only {
            query = query.filter(outbox::Column::Status.eq(OutboxStatus::Dead));
        }
        Ok(super::records::records(
            sea_orm::QuerySelect::limit(query.order_by_desc(outbox::Column::Id), limit)
                .all(&self.db)
                .await?,
        ))
    }

    /// Puts a dead letter back in the queue, to be sent at the next relay.
    pub async fn outbox_retry(&self, id: i32) -> Result<OutboxMessage> {
        let now = self.clock.now();
        let row = outbox::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .ok_or_else(|| Error::OutboxNotFound(id.to_string()))?;
        if row.status != OutboxStatus::Dead {
            return Err(Error::OutboxNotDead {
                id: id.to_string(),
                status: row.status.to_string(),
            }
            .into());
        }
        let (user_id, kind) = (row.user_id, row.kind.clone());
        if let Some(user_id) = user_id
            && let Some(user) = app_user::Entity::find_by_id(user_id).one(&self.db).await?
            && user.disabled_at.is_some()
        {
            return Err(Error::UserDisabled { name: user.name }.into());
        }
        self.write(move |txn| {
            let kind = kind.clone();
            Box::pin(async move {
                if let Some(user_id) = user_id {
                    mark_reachable(txn, user_id).await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "outbox-retry",
                    &format!("outbox:{id}:{kind}"),
                    &[],
                )
                .await?;
                outbox::Entity::update_many()
                    .filter(outbox::Column::Id.eq(id))
                    .filter(outbox::Column::Status.eq(OutboxStatus::Dead))
                    .col_expr(outbox::Column::Status, Expr::value(OutboxStatus::Pending))
                    .col_expr(outbox::Column::Attempts, Expr::value(0))
                    .col_expr(outbox::Column::NotBefore, Expr::value(now))
                    .col_expr(
                        outbox::Column::LeaseUntil,
                        Expr::value(None::<DateTime<Utc>>),
                    )
                    .exec(txn)
                    .await?;
                Ok(())
            })
        })
        .await?;
        Ok((outbox::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .unwrap_or(row))
        .into())
    }
}

async fn mark_unreachable(
    conn: &impl sea_orm::ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    app_user::Entity::update_many()
        .filter(app_user::Column::Id.eq(user_id))
        .filter(app_user::Column::UnreachableAt.is_null())
        .col_expr(app_user::Column::UnreachableAt, Expr::value(now))
        .exec(conn)
        .await?;
    Ok(())
}

async fn mark_reachable(conn: &impl sea_orm::ConnectionTrait, user_id: i32) -> Result<()> {
    app_user::Entity::update_many()
        .filter(app_user::Column::Id.eq(user_id))
        .filter(app_user::Column::UnreachableAt.is_not_null())
        .col_expr(
            app_user::Column::UnreachableAt,
            Expr::value(None::<DateTime<Utc>>),
        )
        .exec(conn)
        .await?;
    Ok(())
}
