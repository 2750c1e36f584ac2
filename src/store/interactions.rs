//! Interactions and follow-ups. Logging an interaction resets the
//! keep-in-touch clock of every contact in it, in the same transaction.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::cadence::{categories_and_cadences, due_at_of};
use super::entity::{
    app_user, contact, follow_up, interaction, interaction_contact, interaction_officer,
    interaction_topic, place,
};
use super::records::{FollowUp, Interaction, Place, User};
use super::writer::Later;
use super::{Result, Store, dedup_ids, sorted_unique};
use crate::domain::Error;
use crate::domain::cadence::latest_interaction;
use crate::domain::keys::{InteractionKind, PolicyArea, Track};

/// A follow-up promised in a meeting.
#[derive(Debug, Clone)]
pub struct NewFollowUp {
    pub what: String,
    pub due_on: NaiveDate,
    /// Seoul promised it (briefs make these stand out); else the counterpart did.
    pub promised_by_seoul: bool,
}

/// An interaction to record, parsed at the edge.
#[derive(Debug, Clone)]
pub struct NewInteraction {
    pub occurred_at: DateTime<Utc>,
    pub kind: InteractionKind,
    pub contact_ids: Vec<i32>,
    /// Officers who took part, besides the one logging it.
    pub officer_ids: Vec<i32>,
    pub place: Option<String>,
    pub note: Option<String>,
    pub track: Option<Track>,
    pub topics: Vec<PolicyArea>,
    pub logged_by: Option<i32>,
    /// Follow-ups, owned by the logging officer, about the first contact.
    pub follow_ups: Vec<NewFollowUp>,
}

/// An interaction with who took part and what was discussed.
#[derive(Debug, Clone)]
pub struct InteractionSummary {
    pub interaction: Interaction,
    pub contact_ids: Vec<i32>,
    pub officers: Vec<User>,
    pub topics: Vec<PolicyArea>,
    pub place: Option<Place>,
}

/// An interaction written, and when each of its contacts is due now.
#[derive(Debug, Clone)]
pub struct Logged {
    pub interaction: Interaction,
    pub due_at: Vec<(i32, DateTime<Utc>)>,
}

impl Logged {
    pub fn due_of(&self, contact_id: i32) -> Option<DateTime<Utc>> {
        self.due_at
            .iter()
            .find(|(id, _)| *id == contact_id)
            .map(|(_, at)| *at)
    }
}

impl Store {
    /// Records an interaction, its participants, topics and follow-ups, and
    /// moves each contact's latest interaction and due date — all or nothing.
    /// A contact without an owner becomes the logging officer's.
    pub async fn log_interaction(&self, new: NewInteraction) -> Result<Interaction> {
        Ok(self.log_interaction_once(new, None).await?.interaction)
    }

    /// Like `log_interaction`, recording the Telegram update that asked for
    /// it in the same transaction: a redelivered update logs nothing.
    pub async fn log_interaction_once(
        &self,
        new: NewInteraction,
        update_id: Option<i64>,
    ) -> Result<Logged> {
        if new.contact_ids.is_empty() {
            return Err(Error::Empty { field: "contact" }.into());
        }
        for follow in &new.follow_ups {
            crate::domain::dates::check_year(
                "follow_up",
                &follow.due_on.to_string(),
                chrono::Datelike::year(&follow.due_on),
            )?;
        }
        let now = self.clock.now();
        let place_id = match &new.place {
            Some(query) => Some(self.resolve_place(query).await?.id),
            None => None,
        };
        let store = self.clone();
        self.write(move |txn| {
            let store = store.clone();
            let new = new.clone();
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let record = store.record_interaction(txn, &new, place_id, now).await?;
                Ok(record)
            })
        })
        .await
    }

    /// Writes an interaction, its participants, topics and follow-ups and
    /// moves the contacts' clocks, in the caller's transaction.
    pub(crate) async fn record_interaction(
        &self,
        txn: &impl sea_orm::ConnectionTrait,
        new: &NewInteraction,
        place_id: Option<i32>,
        now: DateTime<Utc>,
    ) -> Result<Logged> {
        let contact_ids = dedup_ids(new.contact_ids.clone());
        let Some(first_contact) = new.contact_ids.first().copied() else {
            return Err(Error::Empty { field: "contact" }.into());
        };
        let contacts = contact::Entity::find()
            .filter(contact::Column::Id.is_in(contact_ids.clone()))
            .all(txn)
            .await?;
        if let Some(missing) = contact_ids
            .iter()
            .find(|id| !contacts.iter().any(|c| c.id == **id))
        {
            return Err(Error::ContactNotFound(missing.to_string()).into());
        }
        let record = interaction::Entity::insert(interaction::ActiveModel {
            occurred_at: Set(new.occurred_at),
            logged_at: Set(now),
            kind: Set(new.kind),
            place_id: Set(place_id),
            note: Set(new.note.clone()),
            track: Set(new.track),
            logged_by: Set(new.logged_by),
            ..Default::default()
        })
        .exec_with_returning(txn)
        .await?;
        // What nobody reads back goes out together at the end.
        let mut later = Later::new(txn.get_database_backend());
        later.add_rows(
            contact_ids
                .iter()
                .map(|id| interaction_contact::ActiveModel {
                    interaction_id: Set(record.id),
                    contact_id: Set(*id),
                    occurred_at: Set(new.occurred_at),
                })
                .collect(),
        );
        let officers = dedup_ids(
            new.officer_ids
                .iter()
                .copied()
                .chain(new.logged_by)
                .collect(),
        );
        later.add_rows(
            officers
                .iter()
                .map(|id| interaction_officer::ActiveModel {
                    interaction_id: Set(record.id),
                    user_id: Set(*id),
                })
                .collect(),
        );
        later.add_rows(
            sorted_unique(&new.topics)
                .iter()
                .map(|area| interaction_topic::ActiveModel {
                    interaction_id: Set(record.id),
                    policy_area: Set(*area),
                })
                .collect(),
        );
        let (categories, defaults) = categories_and_cadences(txn, &contact_ids).await?;
        let mut due = Vec::with_capacity(contacts.len());
        for contact in &contacts {
            let latest = latest_interaction(contact.last_interaction_at, new.occurred_at);
            // Being in touch ends a snooze and moves the due date, in one write.
            let touched = contact::Model {
                last_interaction_at: Some(latest),
                snoozed_until: None,
                ..contact.clone()
            };
            let due_at = due_at_of(&touched, categories.get(&contact.id), &defaults);
            due.push((contact.id, due_at));
            let mut update = contact::Entity::update_many()
                .col_expr(
                    contact::Column::LastInteractionAt,
                    sea_orm::sea_query::Expr::value(latest),
                )
                .col_expr(
                    contact::Column::UpdatedAt,
                    sea_orm::sea_query::Expr::value(now),
                )
                .col_expr(
                    contact::Column::SnoozedUntil,
                    sea_orm::sea_query::Expr::value(None::<DateTime<Utc>>),
                )
                .col_expr(
                    contact::Column::DueAt,
                    sea_orm::sea_query::Expr::value(due_at),
                );
            if contact.owner_user_id.is_none()
                && let Some(officer) = new.logged_by
            {
                update = update.col_expr(
                    contact::Column::OwnerUserId,
                    sea_orm::sea_query::Expr::value(officer),
                );
            }
            later.add(&update.filter(contact::Column::Id.eq(contact.id)));
        }
        super::audit::changed_later(
            &mut later,
            now,
            "interaction-add",
            &format!("interaction:{}", record.id),
            &contact_ids,
        );
        super::activity::count_interaction_later(
            &mut later,
            contacts.iter().filter_map(|c| c.place_id),
            place_id,
            new.occurred_at,
            new.track,
            &sorted_unique(&new.topics),
        );
        later.add_rows(
            new.follow_ups
                .iter()
                .map(|follow| follow_up::ActiveModel {
                    contact_id: Set(first_contact),
                    interaction_id: Set(Some(record.id)),
                    owner_user_id: Set(new.logged_by),
                    what: Set(follow.what.clone()),
                    due_on: Set(follow.due_on),
                    promised_by_seoul: Set(follow.promised_by_seoul),
                    done_at: Set(None),
                    created_at: Set(now),
                    ..Default::default()
                })
                .collect(),
        );
        later.flush(txn).await?;
        Ok(Logged {
            interaction: record.into(),
            due_at: due,
        })
    }

    /// The latest interactions, newest first: of one contact, or of everyone.
    pub async fn interactions_of(
        &self,
        contact_id: Option<i32>,
        limit: u64,
    ) -> Result<Vec<InteractionSummary>> {
        // Places and users as kept since the last change.
        let mark = self.change_mark().await?;
        let records = match contact_id {
            Some(contact_id) => {
                // The contact's latest, in one statement.
                let latest = sea_orm::sea_query::Query::select()
                    .column(interaction_contact::Column::InteractionId)
                    .from(interaction_contact::Entity)
                    .and_where(interaction_contact::Column::ContactId.eq(contact_id))
                    .order_by(
                        interaction_contact::Column::OccurredAt,
                        sea_orm::Order::Desc,
                    )
                    .order_by(
                        interaction_contact::Column::InteractionId,
                        sea_orm::Order::Desc,
                    )
                    .limit(limit)
                    .to_owned();
                interaction::Entity::find()
                    .filter(interaction::Column::Id.in_subquery(latest))
                    .all(&self.db)
                    .await?
            }
            None => {
                interaction::Entity::find()
                    .order_by_desc(interaction::Column::OccurredAt)
                    .order_by_desc(interaction::Column::Id)
                    .limit(limit)
                    .all(&self.db)
                    .await?
            }
        };
        self.summarize(mark, records).await
    }

    async fn summarize(
        &self,
        mark: i64,
        records: Vec<interaction::Model>,
    ) -> Result<Vec<InteractionSummary>> {
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i32> = records.iter().map(|r| r.id).collect();
        let contacts = interaction_contact::Entity::find()
            .filter(interaction_contact::Column::InteractionId.is_in(ids.clone()))
            .all(&self.db)
            .await?;
        let officers = interaction_officer::Entity::find()
            .filter(interaction_officer::Column::InteractionId.is_in(ids.clone()))
            .all(&self.db)
            .await?;
        let topics = interaction_topic::Entity::find()
            .filter(interaction_topic::Column::InteractionId.is_in(ids))
            .all(&self.db)
            .await?;
        Ok(summaries(
            records,
            Rows {
                contacts,
                officers,
                topics,
            },
            &*self.kept_users(mark).await?,
            &*self.kept_places(mark).await?,
        ))
    }

    /// Marks a follow-up done.
    pub async fn complete_follow_up(&self, follow_up_id: i32) -> Result<()> {
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let updated = follow_up::Entity::update_many()
                    .col_expr(
                        follow_up::Column::DoneAt,
                        sea_orm::sea_query::Expr::value(now),
                    )
                    .filter(follow_up::Column::Id.eq(follow_up_id))
                    .filter(follow_up::Column::DoneAt.is_null())
                    .exec(txn)
                    .await?;
                let Some(done) = follow_up::Entity::find_by_id(follow_up_id)
                    .one(txn)
                    .await?
                    .filter(|_| updated.rows_affected > 0)
                else {
                    return Err(Error::Invalid {
                        field: "follow_up",
                        value: follow_up_id.to_string(),
                    }
                    .into());
                };
                super::audit::changed(
                    txn,
                    now,
                    "follow-up-done",
                    &format!("follow-up:{follow_up_id}"),
                    &[done.contact_id],
                )
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// The follow-ups promised in one interaction, in the order recorded.
    pub async fn follow_ups_of_interaction(&self, interaction_id: i32) -> Result<Vec<FollowUp>> {
        Ok(super::records::records(
            follow_up::Entity::find()
                .filter(follow_up::Column::InteractionId.eq(interaction_id))
                .order_by_asc(follow_up::Column::Id)
                .all(&self.db)
                .await?,
        ))
    }

    /// Open follow-ups falling due on or before `until`, soonest first.
    pub async fn open_follow_ups_until(&self, until: NaiveDate) -> Result<Vec<FollowUp>> {
        Ok(super::records::records(
            follow_up::Entity::find()
                .filter(follow_up::Column::DoneAt.is_null())
                .filter(follow_up::Column::DueOn.lte(until))
                .order_by_asc(follow_up::Column::DueOn)
                .all(&self.db)
                .await?,
        ))
    }
}

/// The rows around some interactions: who met, which officers, the topics.
pub(crate) struct Rows {
    pub(crate) contacts: Vec<interaction_contact::Model>,
    pub(crate) officers: Vec<interaction_officer::Model>,
    pub(crate) topics: Vec<interaction_topic::Model>,
}

/// Interactions with their people, officers, topics and place, newest
/// first (the people by id, the topics in their order).
pub(crate) fn summaries(
    mut records: Vec<interaction::Model>,
    rows: Rows,
    users: &HashMap<i32, app_user::Model>,
    places: &HashMap<i32, place::Model>,
) -> Vec<InteractionSummary> {
    records.sort_by(|a, b| b.occurred_at.cmp(&a.occurred_at).then(b.id.cmp(&a.id)));
    let mut contacts = by_interaction(rows.contacts, |r| (r.interaction_id, r.contact_id));
    let mut officers = by_interaction(rows.officers, |r| (r.interaction_id, r.user_id));
    let mut topics = by_interaction(rows.topics, |r| (r.interaction_id, r.policy_area));
    records
        .into_iter()
        .map(|interaction| {
            let officers = officers.remove(&interaction.id).unwrap_or_default();
            InteractionSummary {
                contact_ids: contacts.remove(&interaction.id).unwrap_or_default(),
                officers: officers
                    .iter()
                    .filter_map(|id| users.get(id).cloned().map(Into::into))
                    .collect(),
                topics: topics.remove(&interaction.id).unwrap_or_default(),
                place: interaction
                    .place_id
                    .and_then(|id| places.get(&id).cloned())
                    .map(Into::into),
                interaction: interaction.into(),
            }
        })
        .collect()
}

/// Rows about interactions as `(interaction, value)`: the values of each
/// interaction, sorted.
fn by_interaction<R, T: Ord>(rows: Vec<R>, pair: impl Fn(R) -> (i32, T)) -> HashMap<i32, Vec<T>> {
    let mut map: HashMap<i32, Vec<T>> = HashMap::new();
    for (interaction, value) in rows.into_iter().map(pair) {
        map.entry(interaction).or_default().push(value);
    }
    for values in map.values_mut() {
        values.sort();
    }
    map
}
