//! The office-wide view: relationships going cold, counted by province,
//! category and owner; interactions by track and by policy area, month by
//! month. Counted in the database; only the counts come back.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use super::entity::{contact, contact_category, interaction, interaction_topic};
use super::{Result, Store};
use crate::domain::keys::{Category, PolicyArea, Track};

/// Due now, and of those due for more than [`LONG_COLD_DAYS`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cold {
    pub due: i64,
    pub long_cold: i64,
}

/// A contact due: id, place, owner, due date.
type DueRow = (i32, Option<i32>, Option<i32>, DateTime<Utc>);

/// Relationships due this long are counted as gone cold.
pub const LONG_COLD_DAYS: i64 = 30;

/// How many months of activity the view shows.
pub const MONTHS: u32 = 12;

#[derive(Debug, Clone, Default)]
pub struct OfficeView {
    /// By the contact's place (a city or a province; `None`: no place).
    pub by_place: BTreeMap<Option<i32>, Cold>,
    pub by_category: BTreeMap<Category, Cold>,
    /// By owning officer (`None`: nobody's).
    pub by_owner: BTreeMap<Option<i32>, Cold>,
    /// `YYYY-MM` (office time) → track (`None`: no track) → interactions.
    pub by_track: BTreeMap<String, BTreeMap<Option<Track>, i64>>,
    /// `YYYY-MM` → policy area → interactions.
    pub by_area: BTreeMap<String, BTreeMap<PolicyArea, i64>>,
}

impl Store {
    /// The office-wide view at `now`, months in zone `tz`.
    pub async fn office_view(&self, now: DateTime<Utc>, tz: Tz) -> Result<OfficeView> {
        let mut view = OfficeView::default();
        let long = now - Duration::days(LONG_COLD_DAYS);
        let due: Vec<DueRow> = contact::Entity::find()
            .select_only()
            .column(contact::Column::Id)
            .column(contact::Column::PlaceId)
            .column(contact::Column::OwnerUserId)
            .column(contact::Column::DueAt)
            .filter(contact::Column::DueAt.lte(now))
            .into_tuple()
            .all(&self.db)
            .await?;
        let add = |cold: &mut Cold, due_at: DateTime<Utc>| {
            cold.due += 1;
            if due_at <= long {
                cold.long_cold += 1;
            }
        };
        let mut due_at_of = std::collections::HashMap::with_capacity(due.len());
        for (id, place, owner, due_at) in &due {
            add(view.by_place.entry(*place).or_default(), *due_at);
            add(view.by_owner.entry(*owner).or_default(), *due_at);
            due_at_of.insert(*id, *due_at);
        }
        if !due_at_of.is_empty() {
            let categories: Vec<(i32, Category)> = contact_category::Entity::find()
                .select_only()
                .column(contact_category::Column::ContactId)
                .column(contact_category::Column::Category)
                .filter(
                    contact_category::Column::ContactId.in_subquery(
                        Query::select()
                            .column(contact::Column::Id)
                            .from(contact::Entity)
                            .and_where(contact::Column::DueAt.lte(now))
                            .to_owned(),
                    ),
                )
                .into_tuple()
                .all(&self.db)
                .await?;
            for (id, category) in categories {
                if let Some(due_at) = due_at_of.get(&id) {
                    add(view.by_category.entry(category).or_default(), *due_at);
                }
            }
        }
        let since = now - Duration::days(i64::from(MONTHS) * 31);
        let month = |at: DateTime<Utc>| at.with_timezone(&tz).format("%Y-%m").to_string();
        let interactions: Vec<(i32, DateTime<Utc>, Option<Track>)> = interaction::Entity::find()
            .select_only()
            .column(interaction::Column::Id)
            .column(interaction::Column::OccurredAt)
            .column(interaction::Column::Track)
            .filter(interaction::Column::OccurredAt.gte(since))
            .filter(interaction::Column::OccurredAt.lte(now))
            .into_tuple()
            .all(&self.db)
            .await?;
        let first = month(now - Duration::days(i64::from(MONTHS - 1) * 30 + 15));
        let mut month_of = std::collections::HashMap::with_capacity(interactions.len());
        for (id, at, track) in interactions {
            let m = month(at);
            if m < first {
                continue;
            }
            *view
                .by_track
                .entry(m.clone())
                .or_default()
                .entry(track)
                .or_default() += 1;
            month_of.insert(id, m);
        }
        if !month_of.is_empty() {
            let topics: Vec<(i32, PolicyArea)> = interaction_topic::Entity::find()
                .select_only()
                .column(interaction_topic::Column::InteractionId)
                .column(interaction_topic::Column::PolicyArea)
                .filter(
                    interaction_topic::Column::InteractionId.in_subquery(
                        Query::select()
                            .column(interaction::Column::Id)
                            .from(interaction::Entity)
                            .and_where(interaction::Column::OccurredAt.gte(since))
                            .to_owned(),
                    ),
                )
                .into_tuple()
                .all(&self.db)
                .await?;
            for (id, area) in topics {
                if let Some(m) = month_of.get(&id) {
                    *view
                        .by_area
                        .entry(m.clone())
                        .or_default()
                        .entry(area)
                        .or_default() += 1;
                }
            }
        }
        Ok(view)
    }
}
