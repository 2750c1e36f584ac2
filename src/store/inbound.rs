//! Inbound Telegram updates: each one has one effect, even when Telegram
//! (or the polling listener, which confirms before the handler ends)
//! delivers it again.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};

use super::entity::inbound_update;
use super::{Result, Store, StoreError};

/// Records `update_id` as handled. False when it already was. Run it in the
/// transaction of the update's effect, so both commit or neither does.
pub(crate) async fn claim(
    conn: &impl ConnectionTrait,
    update_id: i64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool> {
    let inserted = inbound_update::Entity::insert(inbound_update::ActiveModel {
        update_id: Set(update_id),
        received_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(inbound_update::Column::UpdateId)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(inserted == 1)
}

/// Claims inside a transaction when an update id is given; an update
/// already handled stops the operation.
pub(crate) async fn claim_for(
    conn: &impl ConnectionTrait,
    update_id: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    match update_id {
        Some(id) if !claim(conn, id, now).await? => Err(StoreError::AlreadyHandled),
        _ => Ok(()),
    }
}

impl Store {
    /// Claims an update whose handling writes nothing else.
    pub async fn claim_update(&self, update_id: i64) -> Result<bool> {
        let now = self.clock.now();
        self.write(move |txn| Box::pin(claim(txn, update_id, now)))
            .await
    }

    /// The highest update id handled so far.
    pub async fn last_update_id(&self) -> Result<Option<i64>> {
        use sea_orm::QueryOrder;
        Ok(inbound_update::Entity::find()
            .order_by_desc(inbound_update::Column::UpdateId)
            .one(&self.db)
            .await?
            .map(|row| row.update_id))
    }

    /// Whether an update was already handled (a cheap check before work).
    pub async fn is_update_handled(&self, update_id: i64) -> Result<bool> {
        Ok(inbound_update::Entity::find_by_id(update_id)
            .one(&self.db)
            .await?
            .is_some())
    }
}
