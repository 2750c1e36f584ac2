//! Appending to the access log. The application only ever inserts here.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entity::access_log;
use super::{Result, Store};

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

    /// The access log, oldest first, optionally of one user.
    pub async fn access_log(&self, user_id: Option<i32>) -> Result<Vec<access_log::Model>> {
        let mut query = access_log::Entity::find().order_by_asc(access_log::Column::Id);
        if let Some(user_id) = user_id {
            query = query.filter(access_log::Column::UserId.eq(user_id));
        }
        Ok(query.all(&self.db).await?)
    }
}
