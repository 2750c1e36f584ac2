//! Activity counts for briefs: interactions per place, month and track,
//! and per place, month and policy area. Each interaction counts once for
//! every place it concerns (where it was held, where its contacts live).
//! Kept in the transaction that logs an interaction; derived data, so it
//! is rebuilt from the interactions when its definition changes
//! (`meta.activity_version`) and after a restore.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use sea_orm::ExprTrait;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbBackend, EntityTrait};

use super::entity::{activity, meta, topic_activity};
use super::writer::Later;
use super::{Result, Store};
use crate::domain::keys::{PolicyArea, Track};

pub const ACTIVITY_VERSION: &str = "1";

/// `YYYY-MM` of an instant, in UTC.
pub fn month_of(at: DateTime<Utc>) -> String {
    at.format("%Y-%m").to_string()
}

/// Counts one new interaction with the unit's other deferred writes: one
/// multi-row upsert per table.
pub(crate) fn count_interaction_later(
    later: &mut Later,
    contact_places: impl IntoIterator<Item = i32>,
    place_id: Option<i32>,
    occurred_at: DateTime<Utc>,
    track: Option<Track>,
    topics: &[PolicyArea],
) {
    let mut places: BTreeSet<i32> = contact_places.into_iter().collect();
    places.extend(place_id);
    if places.is_empty() {
        return;
    }
    let month = month_of(occurred_at);
    let track = track.map(|t| t.key()).unwrap_or_default().to_owned();
    later.add(
        &activity::Entity::insert_many(places.iter().map(|place| activity::ActiveModel {
            place_id: Set(*place),
            month: Set(month.clone()),
            track: Set(track.clone()),
            interactions: Set(1),
        }))
        .on_conflict(
            OnConflict::columns([
                activity::Column::PlaceId,
                activity::Column::Month,
                activity::Column::Track,
            ])
            .value(
                activity::Column::Interactions,
                Expr::col((activity::Entity, activity::Column::Interactions)).add(1),
            )
            .to_owned(),
        ),
    );
    if topics.is_empty() {
        return;
    }
    let rows = places.iter().flat_map(|place| {
        topics.iter().map(|topic| topic_activity::ActiveModel {
            place_id: Set(*place),
            month: Set(month.clone()),
            policy_area: Set(*topic),
            interactions: Set(1),
        })
    });
    later.add(
        &topic_activity::Entity::insert_many(rows.collect::<Vec<_>>()).on_conflict(
            OnConflict::columns([
                topic_activity::Column::PlaceId,
                topic_activity::Column::Month,
                topic_activity::Column::PolicyArea,
            ])
            .value(
                topic_activity::Column::Interactions,
                Expr::col((topic_activity::Entity, topic_activity::Column::Interactions)).add(1),
            )
            .to_owned(),
        ),
    );
}

impl Store {
    /// Rebuilds the counts when their definition changed (or never were).
    pub(crate) async fn ensure_activity(&self) -> Result<()> {
        let current = meta::Entity::find_by_id("activity_version")
            .one(&self.db)
            .await?
            .map(|m| m.value);
        if current.as_deref() == Some(ACTIVITY_VERSION) {
            return Ok(());
        }
        self.rebuild_activity().await
    }

    /// Counts every interaction again, in one transaction.
    pub async fn rebuild_activity(&self) -> Result<()> {
        self.write(move |txn| Box::pin(rebuild_activity_in(txn)))
            .await
    }
}

/// Counts every interaction again, in the caller's transaction.
pub(crate) async fn rebuild_activity_in(txn: &impl ConnectionTrait) -> Result<()> {
    let month = match txn.get_database_backend() {
        DbBackend::Postgres => "to_char(i.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM')",
        _ => "substr(i.occurred_at, 1, 7)",
    };
    // Each (interaction, place) once: where it was held, where its contacts live.
    let pairs = "SELECT c.place_id AS place_id, i.id AS id FROM interaction i \
         JOIN interaction_contact ic ON ic.interaction_id = i.id \
         JOIN contact c ON c.id = ic.contact_id WHERE c.place_id IS NOT NULL \
         UNION SELECT i.place_id, i.id FROM interaction i WHERE i.place_id IS NOT NULL";
    activity::Entity::delete_many().exec(txn).await?;
    topic_activity::Entity::delete_many().exec(txn).await?;
    txn.execute_unprepared(&format!(
        "INSERT INTO activity (place_id, month, track, interactions) \
         SELECT p.place_id, {month}, COALESCE(i.track, ''), COUNT(*) \
         FROM ({pairs}) p JOIN interaction i ON i.id = p.id \
         GROUP BY p.place_id, {month}, COALESCE(i.track, '')"
    ))
    .await?;
    txn.execute_unprepared(&format!(
        "INSERT INTO topic_activity (place_id, month, policy_area, interactions) \
         SELECT p.place_id, {month}, t.policy_area, COUNT(*) \
         FROM ({pairs}) p JOIN interaction i ON i.id = p.id \
         JOIN interaction_topic t ON t.interaction_id = i.id \
         GROUP BY p.place_id, {month}, t.policy_area"
    ))
    .await?;
    super::reference::set_meta(txn, "activity_version", ACTIVITY_VERSION).await
}
