//! Events: forums, Seoul Club gatherings, academic exchanges and delegation
//! visits — adding, finding, changing and cancelling them (with the notices
//! invitees are owed), and closing those that are over.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::ExprTrait;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::entity::{app_user, event, event_topic, invitation};
use super::outbox::{NewMessage, enqueue};
use super::records::{Event, User};
use super::{Result, Store, insert_rows, sorted_unique};
use crate::domain::keys::{EventKind, InvitationStatus, PolicyArea, Track};
use crate::domain::names::search_key;
use crate::domain::{Error, Lang};

use super::consent::consenting_in;
pub use super::entity::EventStatus;

/// An event to create, parsed at the edge.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub kind: EventKind,
    /// Titles in Korean, Chinese, English: at least one.
    pub titles: [Option<String>; 3],
    pub descriptions: [Option<String>; 3],
    pub starts_at: DateTime<Utc>,
    pub ends_at: Option<DateTime<Utc>>,
    pub time_zone: Tz,
    pub place: Option<String>,
    pub address: Option<String>,
    pub capacity: Option<i32>,
    pub rsvp_deadline: Option<DateTime<Utc>>,
    pub organizer_user_id: Option<i32>,
    pub track: Option<Track>,
    pub topics: Vec<PolicyArea>,
}

/// What changes about an event (none of it: only a cancellation).
#[derive(Debug, Clone, Default)]
pub struct EventChange {
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
    pub place: Option<String>,
    pub address: Option<String>,
    pub cancel: bool,
}

/// The title of an event in `lang`, or in the first language it has and
/// which (the message says it is a fallback).
pub fn event_title(event: &Event, lang: Lang) -> (String, Option<Lang>) {
    title_in(
        event.id,
        [&event.title_ko, &event.title_zh, &event.title_en],
        lang,
    )
}

/// [`event_title`] of an event as read inside a unit of work.
pub(crate) fn model_title(event: &event::Model, lang: Lang) -> (String, Option<Lang>) {
    title_in(
        event.id,
        [&event.title_ko, &event.title_zh, &event.title_en],
        lang,
    )
}

fn title_in(id: i32, titles: [&Option<String>; 3], lang: Lang) -> (String, Option<Lang>) {
    text_in(titles, lang).map_or_else(|| (format!("#{id}"), None), |(t, l)| (t, l))
}

/// The description in `lang`, or a fallback, if there is any.
pub fn event_description(event: &Event, lang: Lang) -> Option<(String, Option<Lang>)> {
    text_in(
        [
            &event.description_ko,
            &event.description_zh,
            &event.description_en,
        ],
        lang,
    )
}

fn text_in(texts: [&Option<String>; 3], lang: Lang) -> Option<(String, Option<Lang>)> {
    let order = [Lang::Ko, Lang::ZhCn, Lang::En];
    let wanted = order.iter().position(|l| *l == lang).unwrap_or(0);
    if let Some(text) = texts[wanted] {
        return Some((text.clone(), None));
    }
    // Fallback: English, then Korean, then Chinese.
    [2, 0, 1]
        .into_iter()
        .find_map(|i| texts[i].clone().map(|t| (t, Some(order[i]))))
}

impl Store {
    pub async fn add_event(&self, new: NewEvent) -> Result<Event> {
        self.add_event_once(new, None).await
    }

    /// Like `add_event`, recording the Telegram update that asked for it in
    /// the same transaction.
    pub async fn add_event_once(&self, new: NewEvent, update_id: Option<i64>) -> Result<Event> {
        if new.titles.iter().all(Option::is_none) {
            return Err(Error::Empty { field: "title" }.into());
        }
        if let Some(ends) = new.ends_at
            && ends < new.starts_at
        {
            return Err(Error::EndsBeforeStart {
                field: "ends",
                value: ends.to_rfc3339(),
            }
            .into());
        }
        if let Some(deadline) = new.rsvp_deadline
            && deadline > new.starts_at
        {
            return Err(Error::Invalid {
                field: "deadline",
                value: deadline.to_rfc3339(),
            }
            .into());
        }
        if let Some(capacity) = new.capacity
            && capacity < 1
        {
            return Err(Error::Invalid {
                field: "capacity",
                value: capacity.to_string(),
            }
            .into());
        }
        let place_id = match &new.place {
            Some(query) => Some(self.resolve_place(query).await?.id),
            None => None,
        };
        let now = self.clock.now();
        self.write(move |txn| {
            let new = new.clone();
            let [title_ko, title_zh, title_en] = new.titles.clone();
            let [description_ko, description_zh, description_en] = new.descriptions.clone();
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let event = event::Entity::insert(event::ActiveModel {
                    kind: Set(new.kind),
                    title_ko: Set(title_ko),
                    title_zh: Set(title_zh),
                    title_en: Set(title_en),
                    description_ko: Set(description_ko),
                    description_zh: Set(description_zh),
                    description_en: Set(description_en),
                    starts_at: Set(new.starts_at),
                    ends_at: Set(new.ends_at),
                    time_zone: Set(new.time_zone.name().to_owned()),
                    place_id: Set(place_id),
                    address: Set(new.address),
                    capacity: Set(new.capacity),
                    rsvp_deadline: Set(new.rsvp_deadline),
                    organizer_user_id: Set(new.organizer_user_id),
                    track: Set(new.track),
                    status: Set(EventStatus::Scheduled),
                    revision: Set(1),
                    created_at: Set(now),
                    updated_at: Set(now),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                insert_rows(
                    txn,
                    sorted_unique(&new.topics)
                        .iter()
                        .map(|area| event_topic::ActiveModel {
                            event_id: Set(event.id),
                            policy_area: Set(*area),
                        })
                        .collect(),
                )
                .await?;
                super::audit::changed(txn, now, "event-add", &format!("event:{}", event.id), &[])
                    .await?;
                Ok(event)
            })
        })
        .await
        .map(Into::into)
    }

    /// An event by id or by any unambiguous part of a title.
    pub async fn resolve_event(&self, query: &str) -> Result<Event> {
        let query = query.trim().trim_start_matches('#');
        if let Ok(id) = query.parse::<i32>()
            && let Some(event) = event::Entity::find_by_id(id).one(&self.db).await?
        {
            return Ok(event.into());
        }
        let key = search_key(query);
        let matches: Vec<event::Model> = event::Entity::find()
            .order_by_asc(event::Column::StartsAt)
            .all(&self.db)
            .await?
            .into_iter()
            .filter(|e| {
                !key.is_empty()
                    && [&e.title_ko, &e.title_zh, &e.title_en]
                        .into_iter()
                        .flatten()
                        .any(|t| search_key(t).contains(&key))
            })
            .collect();
        match matches.len() {
            1 => Ok((matches.into_iter().next().unwrap_or_else(|| unreachable!())).into()),
            0 => Err(Error::EventNotFound(query.to_owned()).into()),
            _ => Err(Error::AmbiguousEvent {
                query: query.to_owned(),
                candidates: matches
                    .iter()
                    .map(|e| crate::domain::error::Candidate {
                        id: e.id,
                        label: model_title(e, Lang::En).0,
                    })
                    .collect(),
            }
            .into()),
        }
    }

    /// Events not over at `from`, soonest first.
    pub async fn upcoming_events(&self, from: DateTime<Utc>) -> Result<Vec<Event>> {
        Ok(super::records::records(
            event::Entity::find()
                .filter(
                    event::Column::EndsAt.gte(from).or(event::Column::EndsAt
                        .is_null()
                        .and(event::Column::StartsAt.gte(from))),
                )
                .order_by_asc(event::Column::StartsAt)
                .all(&self.db)
                .await?,
        ))
    }

    pub async fn all_events(&self) -> Result<Vec<Event>> {
        Ok(super::records::records(
            event::Entity::find()
                .order_by_asc(event::Column::StartsAt)
                .all(&self.db)
                .await?,
        ))
    }

    pub async fn event_topics(&self, event_id: i32) -> Result<Vec<PolicyArea>> {
        let rows = event_topic::Entity::find()
            .filter(event_topic::Column::EventId.eq(event_id))
            .all(&self.db)
            .await?;
        Ok(rows.iter().map(|r| r.policy_area).collect())
    }

    /// After an event is over, those who accepted and were not checked in
    /// become no-shows. How many changed.
    pub async fn close_past_events(&self) -> Result<u64> {
        let now = self.clock.now();
        let over: Vec<i32> = event::Entity::find()
            .select_only()
            .column(event::Column::Id)
            .filter(
                event::Column::EndsAt.lt(now).or(event::Column::EndsAt
                    .is_null()
                    .and(event::Column::StartsAt.lt(now - chrono::Duration::hours(12)))),
            )
            .filter(event::Column::Status.eq(EventStatus::Scheduled))
            .into_tuple()
            .all(&self.db)
            .await?;
        if over.is_empty() {
            return Ok(0);
        }
        self.write(move |txn| {
            let over = over.clone();
            Box::pin(async move {
                let mut changed = 0;
                for chunk in over.chunks(500) {
                    changed += invitation::Entity::update_many()
                        .filter(invitation::Column::EventId.is_in(chunk.to_vec()))
                        .filter(invitation::Column::Status.eq(InvitationStatus::Accepted.key()))
                        .col_expr(
                            invitation::Column::Status,
                            Expr::value(InvitationStatus::NoShow.key()),
                        )
                        .col_expr(invitation::Column::UpdatedAt, Expr::value(now))
                        .exec(txn)
                        .await?
                        .rows_affected;
                }
                Ok(changed)
            })
        })
        .await
    }

    /// Scheduled events starting in `(from, to]`.
    pub async fn events_starting_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Event>> {
        Ok(super::records::records(
            event::Entity::find()
                .filter(event::Column::StartsAt.gt(from))
                .filter(event::Column::StartsAt.lte(to))
                .filter(event::Column::Status.eq(EventStatus::Scheduled))
                .all(&self.db)
                .await?,
        ))
    }

    /// Changes an event's time, place or address, or cancels it; tells
    /// everyone who accepted with the message `notice` writes, queued in the
    /// same transaction. Returns the event as it is now.
    pub async fn change_event(
        &self,
        event_id: i32,
        change: EventChange,
        notice: impl Fn(&Event, &User) -> Option<NewMessage> + Send + Sync + 'static,
    ) -> Result<Event> {
        let now = self.clock.now();
        let place_id = match &change.place {
            Some(query) => Some(self.resolve_place(query).await?.id),
            None => None,
        };
        let notice = std::sync::Arc::new(notice);
        self.write(move |txn| {
            let (notice, change) = (notice.clone(), change.clone());
            Box::pin(async move {
                let current = event::Entity::find_by_id(event_id)
                    .one(txn)
                    .await?
                    .ok_or_else(|| Error::EventNotFound(event_id.to_string()))?;
                if current.status == EventStatus::Cancelled {
                    return Err(Error::EventCancelled.into());
                }
                let starts_at = change.starts_at.unwrap_or(current.starts_at);
                let ends_at = change.ends_at.or(current.ends_at);
                if let Some(ends) = ends_at
                    && ends < starts_at
                {
                    return Err(Error::EndsBeforeStart {
                        field: "ends",
                        value: ends.to_rfc3339(),
                    }
                    .into());
                }
                let mut update = event::Entity::update_many()
                    .filter(event::Column::Id.eq(event_id))
                    .col_expr(event::Column::StartsAt, Expr::value(starts_at))
                    .col_expr(event::Column::EndsAt, Expr::value(ends_at))
                    .col_expr(event::Column::Revision, Expr::value(current.revision + 1))
                    .col_expr(event::Column::UpdatedAt, Expr::value(now));
                if let Some(place_id) = place_id {
                    update = update.col_expr(event::Column::PlaceId, Expr::value(place_id));
                }
                if let Some(address) = &change.address {
                    update = update.col_expr(event::Column::Address, Expr::value(address.clone()));
                }
                if change.cancel {
                    update =
                        update.col_expr(event::Column::Status, Expr::value(EventStatus::Cancelled));
                }
                update.exec(txn).await?;
                let event = event::Entity::find_by_id(event_id)
                    .one(txn)
                    .await?
                    .ok_or_else(|| Error::EventNotFound(event_id.to_string()))?;
                let accepted = invitation::Entity::find()
                    .filter(invitation::Column::EventId.eq(event_id))
                    .filter(invitation::Column::Status.is_in([
                        InvitationStatus::Accepted.key(),
                        InvitationStatus::Waitlisted.key(),
                        InvitationStatus::Tentative.key(),
                    ]))
                    .all(txn)
                    .await?;
                let user_ids: Vec<i32> = accepted.iter().filter_map(|i| i.user_id).collect();
                let consenting = consenting_in(txn, &user_ids).await?;
                let changed: Event = event.clone().into();
                for user in app_user::Entity::find()
                    .filter(app_user::Column::Id.is_in(user_ids))
                    .all(txn)
                    .await?
                {
                    if consenting.contains(&user.id)
                        && let Some(message) = notice(&changed, &user.into())
                    {
                        enqueue(txn, message, now).await?;
                    }
                }
                if change.cancel {
                    // Invitations not sent yet are not sent at all.
                    super::entity::outbox::Entity::delete_many()
                        .filter(
                            super::entity::outbox::Column::DedupeKey
                                .like(format!("invite:{event_id}:%")),
                        )
                        .filter(
                            super::entity::outbox::Column::Status
                                .eq(super::entity::OutboxStatus::Pending),
                        )
                        .exec(txn)
                        .await?;
                }
                let action = if change.cancel {
                    "event-cancel"
                } else {
                    "event-change"
                };
                super::audit::changed(txn, now, action, &format!("event:{event_id}"), &[]).await?;
                Ok(event)
            })
        })
        .await
        .map(Into::into)
    }
}
