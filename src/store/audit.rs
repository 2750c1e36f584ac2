//! Appending to the access log. The application only ever inserts here.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entity::access_log;
use super::{Result, Store};

/// Access records are kept at least this long (two years and a day for
/// a leap year).
pub const KEEP_DAYS: i64 = 731;

/// The subjects of a read of every contact.
pub const ALL: &str = "*";

/// Who read or changed something, through which channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    /// None: the admin's command line.
    pub user_id: Option<i32>,
    pub channel: &'static str,
}

impl Actor {
    pub const CLI: Actor = Actor {
        user_id: None,
        channel: "cli",
    };

    pub fn bot(user_id: i32) -> Self {
        Actor {
            user_id: Some(user_id),
            channel: "bot",
        }
    }
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
    access_log::Entity::insert(access_log::ActiveModel {
        at: Set(at),
        user_id: Set(actor.user_id),
        channel: Set(actor.channel.to_owned()),
        action: Set(action.to_owned()),
        scope: Set(scope.to_owned()),
        subjects: Set(serde_json::to_string(subjects).unwrap_or_else(|_| "[]".to_owned())),
        ..Default::default()
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
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
        record(&self.db, self.clock.now(), actor, action, scope, subjects).await
    }

    /// Records that `actor` read every contact (an export).
    pub async fn record_access_all(&self, actor: Actor, action: &str, scope: &str) -> Result<()> {
        access_log::Entity::insert(access_log::ActiveModel {
            at: Set(self.clock.now()),
            user_id: Set(actor.user_id),
            channel: Set(actor.channel.to_owned()),
            action: Set(action.to_owned()),
            scope: Set(scope.to_owned()),
            subjects: Set(ALL.to_owned()),
            ..Default::default()
        })
        .exec_without_returning(&self.db)
        .await?;
        Ok(())
    }

    /// A contact's card, recorded in the access log as read by `actor`:
    /// the one way a card is read for a person to see.
    pub async fn read_card(
        &self,
        contact_id: i32,
        recent: u64,
        actor: Actor,
    ) -> Result<super::contacts::ContactCard> {
        let card = self.contact_card(contact_id, recent).await?;
        self.record_access(
            actor,
            "card",
            &format!("contact:{contact_id}"),
            &[contact_id],
        )
        .await?;
        Ok(card)
    }

    /// Everything recorded about a contact (including exports of all).
    pub async fn access_log_of_contact(&self, contact_id: i32) -> Result<Vec<access_log::Model>> {
        Ok(self
            .access_log(None)
            .await?
            .into_iter()
            .filter(|row| {
                row.subjects == ALL
                    || serde_json::from_str::<Vec<i32>>(&row.subjects)
                        .is_ok_and(|ids| ids.contains(&contact_id))
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
        let gone = access_log::Entity::delete_many()
            .filter(access_log::Column::At.lt(before))
            .exec(&self.db)
            .await?
            .rows_affected;
        record(
            &self.db,
            now,
            Actor::CLI,
            "purge",
            &format!("before:{}", before.date_naive()),
            &[],
        )
        .await?;
        Ok(gone)
    }

    /// The access log, oldest first, optionally of one user.
    pub async fn access_log(&self, user_id: Option<i32>) -> Result<Vec<access_log::Model>> {
        let mut query = access_log::Entity::find().order_by_asc(access_log::Column::Id);
        if let Some(user_id) = user_id {
            query = query.filter(access_log::Column::UserId.eq(user_id));
        }
        Ok(query.all(&self.db).await?)
    }
}
