//! Events, their audience, invitations and answers, and members' consent.
//! Invitations and the outbox rows that carry them commit together; an
//! answer and the waitlist promotion it causes (with its notice) too.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::ExprTrait;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::contacts::names_of;
use super::entity::{
    app_user, committee, committee_member, consent, contact, contact_category, event, event_topic,
    invitation, organization, place, position,
};
use super::outbox::{NewMessage, enqueue};
use super::{Result, Store, insert_rows, random_token, sorted_unique};
use crate::domain::keys::{Category, EventKind, InvitationStatus, PolicyArea, Role, Track};
use crate::domain::names::{PersonName, search_key};
use crate::domain::{Error, Lang};

/// The purpose members consent to for event invitations.
pub const INVITATIONS: &str = "invitations";
/// The purpose of keep-in-touch reminders about the member: their
/// relationship in officers' digests, `/due` and follow-up reminders.
pub const REMINDERS: &str = "reminders";
/// Every purpose a member is asked about, in the order asked.
pub const PURPOSES: [&str; 2] = [INVITATIONS, REMINDERS];
/// The version of the consent questions' wording (`bot-consent-*-question`);
/// change it when the wording changes, so each consent says what was asked.
pub const CONSENT_WORDING: &str = "2026-11-29";

pub const SCHEDULED: &str = "scheduled";
pub const CANCELLED: &str = "cancelled";

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

/// Who an invitation goes to: any of the categories, any of the places
/// (a province includes its cities), any of the organizations, any of the
/// committees, and the language — each given filter must hold.
#[derive(Debug, Clone, Default)]
pub struct Audience {
    pub categories: Vec<Category>,
    pub places: Vec<String>,
    pub organizations: Vec<String>,
    pub committees: Vec<String>,
    pub language: Option<Lang>,
}

/// Whether the bot can deliver an invitation to a contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// A member account that consented to invitations.
    Member(app_user::Model),
    NoAccount,
    NoConsent,
    Unreachable,
}

impl Reach {
    pub fn delivery(&self) -> &'static str {
        match self {
            Reach::Member(_) => "queued",
            Reach::NoAccount => "no_account",
            Reach::NoConsent => "no_consent",
            Reach::Unreachable => "unreachable",
        }
    }
}

/// A contact of the audience.
#[derive(Debug, Clone)]
pub struct Invitee {
    pub contact_id: i32,
    pub names: Vec<PersonName>,
    pub reach: Reach,
    /// Invited to this event before: skipped.
    pub already: bool,
}

/// What `invite` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InviteReport {
    pub queued: usize,
    pub unreachable: usize,
    pub already: usize,
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

/// A member's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Decline,
    Maybe,
}

impl Answer {
    pub fn code(self) -> &'static str {
        match self {
            Answer::Accept => "a",
            Answer::Decline => "d",
            Answer::Maybe => "m",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        match code {
            "a" => Some(Answer::Accept),
            "d" => Some(Answer::Decline),
            "m" => Some(Answer::Maybe),
            _ => None,
        }
    }
}

/// What an answer did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    pub event: event::Model,
    pub status: InvitationStatus,
    /// The same answer was recorded before: nothing changed.
    pub unchanged: bool,
}

/// A line of the attendee list.
#[derive(Debug, Clone)]
pub struct Attendee {
    pub invitation: invitation::Model,
    pub names: Vec<PersonName>,
    pub member: Option<app_user::Model>,
}

/// The title of an event in `lang`, or in the first language it has and
/// which (the message says it is a fallback).
pub fn event_title(event: &event::Model, lang: Lang) -> (String, Option<Lang>) {
    text_in([&event.title_ko, &event.title_zh, &event.title_en], lang)
        .map_or_else(|| (format!("#{}", event.id), None), |(t, l)| (t, l))
}

/// The description in `lang`, or a fallback, if there is any.
pub fn event_description(event: &event::Model, lang: Lang) -> Option<(String, Option<Lang>)> {
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
    pub async fn add_event(&self, new: NewEvent) -> Result<event::Model> {
        self.add_event_once(new, None).await
    }

    /// Like `add_event`, recording the Telegram update that asked for it in
    /// the same transaction.
    pub async fn add_event_once(
        &self,
        new: NewEvent,
        update_id: Option<i64>,
    ) -> Result<event::Model> {
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
                    kind: Set(new.kind.key().to_owned()),
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
                    track: Set(new.track.map(|t| t.key().to_owned())),
                    status: Set(SCHEDULED.to_owned()),
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
                            policy_area: Set(area.key().to_owned()),
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
    }

    /// An event by id or by any unambiguous part of a title.
    pub async fn resolve_event(&self, query: &str) -> Result<event::Model> {
        let query = query.trim().trim_start_matches('#');
        if let Ok(id) = query.parse::<i32>()
            && let Some(event) = event::Entity::find_by_id(id).one(&self.db).await?
        {
            return Ok(event);
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
            1 => Ok(matches.into_iter().next().unwrap_or_else(|| unreachable!())),
            0 => Err(Error::EventNotFound(query.to_owned()).into()),
            _ => Err(Error::AmbiguousEvent {
                query: query.to_owned(),
                candidates: matches
                    .iter()
                    .map(|e| format!("#{} {}", e.id, event_title(e, Lang::En).0))
                    .collect::<Vec<_>>()
                    .join("; "),
            }
            .into()),
        }
    }

    /// Events not over at `from`, soonest first.
    pub async fn upcoming_events(&self, from: DateTime<Utc>) -> Result<Vec<event::Model>> {
        Ok(event::Entity::find()
            .filter(
                event::Column::EndsAt.gte(from).or(event::Column::EndsAt
                    .is_null()
                    .and(event::Column::StartsAt.gte(from))),
            )
            .order_by_asc(event::Column::StartsAt)
            .all(&self.db)
            .await?)
    }

    pub async fn all_events(&self) -> Result<Vec<event::Model>> {
        Ok(event::Entity::find()
            .order_by_asc(event::Column::StartsAt)
            .all(&self.db)
            .await?)
    }

    pub async fn event_topics(&self, event_id: i32) -> Result<Vec<PolicyArea>> {
        let rows = event_topic::Entity::find()
            .filter(event_topic::Column::EventId.eq(event_id))
            .all(&self.db)
            .await?;
        Ok(rows
            .iter()
            .filter_map(|r| PolicyArea::parse(&r.policy_area).ok())
            .collect())
    }

    /// Invitations per status for each event.
    pub async fn invitation_counts(
        &self,
        event_ids: &[i32],
    ) -> Result<HashMap<i32, HashMap<String, i64>>> {
        let rows: Vec<(i32, String, i64)> = invitation::Entity::find()
            .select_only()
            .column(invitation::Column::EventId)
            .column(invitation::Column::Status)
            .column_as(invitation::Column::Id.count(), "count")
            .filter(invitation::Column::EventId.is_in(event_ids.to_vec()))
            .group_by(invitation::Column::EventId)
            .group_by(invitation::Column::Status)
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut counts: HashMap<i32, HashMap<String, i64>> = HashMap::new();
        for (event_id, status, count) in rows {
            counts.entry(event_id).or_default().insert(status, count);
        }
        Ok(counts)
    }

    /// The contacts `audience` selects for `event`, and whether the bot can
    /// reach each; nothing is written.
    pub async fn audience(&self, event_id: i32, audience: &Audience) -> Result<Vec<Invitee>> {
        let mut ids: Option<HashSet<i32>> = None;
        let mut narrow = |found: Vec<i32>| {
            let found: HashSet<i32> = found.into_iter().collect();
            ids = Some(match ids.take() {
                Some(current) => current.intersection(&found).copied().collect(),
                None => found,
            });
        };
        if !audience.categories.is_empty() {
            narrow(
                contact_category::Entity::find()
                    .select_only()
                    .column(contact_category::Column::ContactId)
                    .filter(
                        contact_category::Column::Category
                            .is_in(audience.categories.iter().map(|c| c.key())),
                    )
                    .into_tuple()
                    .all(&self.db)
                    .await?,
            );
        }
        if !audience.places.is_empty() {
            let mut place_ids = Vec::new();
            for query in &audience.places {
                place_ids.push(self.resolve_place(query).await?.id);
            }
            // A province includes its cities.
            let children: Vec<i32> = place::Entity::find()
                .select_only()
                .column(place::Column::Id)
                .filter(place::Column::ParentId.is_in(place_ids.clone()))
                .into_tuple()
                .all(&self.db)
                .await?;
            place_ids.extend(children);
            narrow(
                contact::Entity::find()
                    .select_only()
                    .column(contact::Column::Id)
                    .filter(contact::Column::PlaceId.is_in(place_ids))
                    .into_tuple()
                    .all(&self.db)
                    .await?,
            );
        }
        if !audience.organizations.is_empty() {
            let wanted: Vec<String> = audience
                .organizations
                .iter()
                .map(|o| search_key(o))
                .collect();
            let org_ids: Vec<i32> = organization::Entity::find()
                .all(&self.db)
                .await?
                .into_iter()
                .filter(|o| {
                    [&o.name_ko, &o.name_zh, &o.name_en]
                        .into_iter()
                        .flatten()
                        .any(|n| wanted.contains(&search_key(n)))
                })
                .map(|o| o.id)
                .collect();
            if org_ids.is_empty() {
                return Err(Error::Invalid {
                    field: "organization",
                    value: audience.organizations.join(", "),
                }
                .into());
            }
            narrow(
                position::Entity::find()
                    .select_only()
                    .column(position::Column::ContactId)
                    .filter(position::Column::OrganizationId.is_in(org_ids))
                    .filter(position::Column::EndedOn.is_null())
                    .into_tuple()
                    .all(&self.db)
                    .await?,
            );
        }
        if !audience.committees.is_empty() {
            let wanted: Vec<String> = audience.committees.iter().map(|c| search_key(c)).collect();
            let committee_ids: Vec<i32> = committee::Entity::find()
                .all(&self.db)
                .await?
                .into_iter()
                .filter(|c| {
                    [&c.key, &c.name_ko, &c.name_zh, &c.name_en]
                        .into_iter()
                        .any(|n| wanted.contains(&search_key(n)))
                })
                .map(|c| c.id)
                .collect();
            if committee_ids.is_empty() {
                return Err(Error::Invalid {
                    field: "committee",
                    value: audience.committees.join(", "),
                }
                .into());
            }
            let members: Vec<Option<i32>> = committee_member::Entity::find()
                .select_only()
                .column(committee_member::Column::ContactId)
                .filter(committee_member::Column::CommitteeId.is_in(committee_ids))
                .into_tuple()
                .all(&self.db)
                .await?;
            narrow(members.into_iter().flatten().collect());
        }
        if let Some(lang) = audience.language {
            narrow(
                contact::Entity::find()
                    .select_only()
                    .column(contact::Column::Id)
                    .filter(contact::Column::Lang.eq(lang.tag()))
                    .into_tuple()
                    .all(&self.db)
                    .await?,
            );
        }
        let mut contact_ids: Vec<i32> = match ids {
            Some(ids) => ids.into_iter().collect(),
            None => {
                contact::Entity::find()
                    .select_only()
                    .column(contact::Column::Id)
                    .into_tuple()
                    .all(&self.db)
                    .await?
            }
        };
        contact_ids.sort_unstable();
        let mut names = HashMap::new();
        let mut members: HashMap<i32, app_user::Model> = HashMap::new();
        let mut already: HashSet<i32> = HashSet::new();
        for chunk in contact_ids.chunks(500) {
            names.extend(names_of(&self.db, chunk).await?);
            for user in app_user::Entity::find()
                .filter(app_user::Column::Role.eq(Role::Member.key()))
                .filter(app_user::Column::ContactId.is_in(chunk.to_vec()))
                .filter(app_user::Column::DisabledAt.is_null())
                .all(&self.db)
                .await?
            {
                if let Some(contact_id) = user.contact_id {
                    members.insert(contact_id, user);
                }
            }
            let invited: Vec<i32> = invitation::Entity::find()
                .select_only()
                .column(invitation::Column::ContactId)
                .filter(invitation::Column::EventId.eq(event_id))
                .filter(invitation::Column::ContactId.is_in(chunk.to_vec()))
                .into_tuple()
                .all(&self.db)
                .await?;
            already.extend(invited);
        }
        let member_ids: Vec<i32> = members.values().map(|u| u.id).collect();
        let consenting = self.consenting(&member_ids).await?;
        Ok(contact_ids
            .into_iter()
            .map(|contact_id| {
                let reach = match members.remove(&contact_id) {
                    None => Reach::NoAccount,
                    Some(user) if user.telegram_user_id.is_none() => Reach::NoAccount,
                    Some(user) if !consenting.contains(&user.id) => Reach::NoConsent,
                    Some(user) if user.unreachable_at.is_some() => Reach::Unreachable,
                    Some(user) => Reach::Member(user),
                };
                Invitee {
                    contact_id,
                    names: names.remove(&contact_id).unwrap_or_default(),
                    reach,
                    already: already.contains(&contact_id),
                }
            })
            .collect())
    }

    /// Records an invitation for each invitee not invited before and, for
    /// those the bot can reach, queues the message `render` writes (given
    /// the member and the RSVP token) — all in one transaction.
    pub async fn invite(
        &self,
        event_id: i32,
        invitees: &[Invitee],
        render: impl Fn(&app_user::Model, &str) -> Option<NewMessage> + Send + Sync + 'static,
    ) -> Result<InviteReport> {
        let now = self.clock.now();
        let invitees = std::sync::Arc::new(invitees.to_vec());
        let render = std::sync::Arc::new(render);
        self.write(move |txn| {
            let (invitees, render) = (invitees.clone(), render.clone());
            Box::pin(async move {
                let mut report = InviteReport::default();
                let mut invited = Vec::new();
                for invitee in invitees.iter() {
                    if invitee.already {
                        report.already += 1;
                        continue;
                    }
                    let token = random_token::<16>();
                    let user_id = match &invitee.reach {
                        Reach::Member(user) => Some(user.id),
                        _ => None,
                    };
                    let inserted = invitation::Entity::insert(invitation::ActiveModel {
                        event_id: Set(event_id),
                        contact_id: Set(invitee.contact_id),
                        user_id: Set(user_id),
                        status: Set(InvitationStatus::Invited.key().to_owned()),
                        delivery: Set(invitee.reach.delivery().to_owned()),
                        token: Set(token.clone()),
                        invited_at: Set(now),
                        responded_at: Set(None),
                        updated_at: Set(now),
                        ..Default::default()
                    })
                    .on_conflict(
                        sea_orm::sea_query::OnConflict::columns([
                            invitation::Column::EventId,
                            invitation::Column::ContactId,
                        ])
                        .do_nothing()
                        .to_owned(),
                    )
                    .exec_without_returning(txn)
                    .await?;
                    if inserted == 0 {
                        report.already += 1;
                        continue;
                    }
                    match &invitee.reach {
                        Reach::Member(user) => {
                            if let Some(message) = render(user, &token) {
                                enqueue(txn, message, now).await?;
                            }
                            report.queued += 1;
                        }
                        _ => report.unreachable += 1,
                    }
                    invited.push(invitee.contact_id);
                }
                super::audit::changed(txn, now, "invite", &format!("event:{event_id}"), &invited)
                    .await?;
                Ok(report)
            })
        })
        .await
    }

    /// Records a member's answer to the invitation whose token they
    /// pressed. Refused: an unknown token, another account's invitation, a
    /// cancelled event, a passed deadline. When a seat frees up, the first
    /// on the waitlist gets it and `promoted` writes their notice, queued in
    /// the same transaction.
    pub async fn answer(
        &self,
        token: &str,
        telegram_user_id: i64,
        answer: Answer,
        update_id: Option<i64>,
        promoted: impl Fn(&event::Model, &app_user::Model) -> Option<NewMessage> + Send + Sync + 'static,
    ) -> Result<Answered> {
        let now = self.clock.now();
        let store = self.clone();
        let token = token.to_owned();
        let promoted = std::sync::Arc::new(promoted);
        self.write(move |txn| {
            let (store, token, promoted) = (store.clone(), token.clone(), promoted.clone());
            Box::pin(async move {
                let Some(invitation) = invitation::Entity::find()
                    .filter(invitation::Column::Token.eq(token.as_str()))
                    .one(txn)
                    .await?
                else {
                    return Err(Error::RsvpUnknown.into());
                };
                let user = app_user::Entity::find()
                    .filter(app_user::Column::TelegramUserId.eq(telegram_user_id))
                    .one(txn)
                    .await?;
                if user.is_none() || invitation.user_id != user.as_ref().map(|u| u.id) {
                    return Err(Error::RsvpNotYours.into());
                }
                let mut lookup = event::Entity::find_by_id(invitation.event_id);
                if store.backend() == DbBackend::Postgres {
                    // One answer at a time per event: seats are counted below.
                    lookup = lookup.lock_exclusive();
                }
                let event = lookup
                    .one(txn)
                    .await?
                    .ok_or_else(|| Error::EventNotFound(invitation.event_id.to_string()))?;
                if event.status == CANCELLED {
                    return Err(Error::EventCancelled.into());
                }
                if let Some(deadline) = event.rsvp_deadline
                    && now > deadline
                {
                    return Err(Error::RsvpClosed {
                        deadline: deadline.to_rfc3339(),
                    }
                    .into());
                }
                if now >= event.starts_at {
                    return Err(Error::RsvpClosed {
                        deadline: event.starts_at.to_rfc3339(),
                    }
                    .into());
                }
                super::inbound::claim_for(txn, update_id, now).await?;
                let old = InvitationStatus::parse(&invitation.status)?;
                let accepted = |conn| accepted_count(conn, event.id);
                let new = match answer {
                    Answer::Accept => match old {
                        InvitationStatus::Accepted | InvitationStatus::Waitlisted => old,
                        _ => match event.capacity {
                            Some(capacity) if accepted(txn).await? >= i64::from(capacity) => {
                                InvitationStatus::Waitlisted
                            }
                            _ => InvitationStatus::Accepted,
                        },
                    },
                    Answer::Decline => InvitationStatus::Declined,
                    Answer::Maybe => InvitationStatus::Tentative,
                };
                if new == old {
                    return Ok(Answered {
                        event,
                        status: old,
                        unchanged: true,
                    });
                }
                set_status(txn, invitation.id, new, Some(now), now).await?;
                if old == InvitationStatus::Accepted
                    && let Some(capacity) = event.capacity
                    && accepted(txn).await? < i64::from(capacity)
                    && let Some(next) = invitation::Entity::find()
                        .filter(invitation::Column::EventId.eq(event.id))
                        .filter(invitation::Column::Status.eq(InvitationStatus::Waitlisted.key()))
                        .order_by_asc(invitation::Column::RespondedAt)
                        .order_by_asc(invitation::Column::Id)
                        .one(txn)
                        .await?
                {
                    set_status(txn, next.id, InvitationStatus::Accepted, None, now).await?;
                    if let Some(user_id) = next.user_id
                        && let Some(member) = app_user::Entity::find_by_id(user_id).one(txn).await?
                        && let Some(message) = promoted(&event, &member)
                    {
                        enqueue(txn, message, now).await?;
                    }
                }
                super::audit::changed(
                    txn,
                    now,
                    "rsvp",
                    &format!("invitation:{}:{}", invitation.id, new.key()),
                    &[invitation.contact_id],
                )
                .await?;
                Ok(Answered {
                    event,
                    status: new,
                    unchanged: false,
                })
            })
        })
        .await
    }

    /// Everyone invited to an event, with their names and account.
    pub async fn attendees(&self, event_id: i32) -> Result<Vec<Attendee>> {
        let rows = invitation::Entity::find()
            .filter(invitation::Column::EventId.eq(event_id))
            .order_by_asc(invitation::Column::Id)
            .all(&self.db)
            .await?;
        let contact_ids: Vec<i32> = rows.iter().map(|r| r.contact_id).collect();
        let user_ids: Vec<i32> = rows.iter().filter_map(|r| r.user_id).collect();
        let mut names = HashMap::new();
        for chunk in contact_ids.chunks(500) {
            names.extend(names_of(&self.db, chunk).await?);
        }
        let users = self.users_by_id(&user_ids).await?;
        Ok(rows
            .into_iter()
            .map(|invitation| Attendee {
                names: names.remove(&invitation.contact_id).unwrap_or_default(),
                member: invitation.user_id.and_then(|id| users.get(&id).cloned()),
                invitation,
            })
            .collect())
    }

    /// Members (of `user_ids`) with a standing consent to invitations.
    pub async fn consenting(&self, user_ids: &[i32]) -> Result<HashSet<i32>> {
        consenting_in(&self.db, user_ids).await
    }

    /// Records a member's consent to `purpose` (once: a standing consent
    /// is kept as it was given). True if it is new.
    pub async fn grant_consent(
        &self,
        user_id: i32,
        purpose: &str,
        channel: &str,
        update_id: Option<i64>,
    ) -> Result<bool> {
        let purpose = known_purpose(purpose)?;
        let channel = channel.to_owned();
        let now = self.clock.now();
        self.write(move |txn| {
            let channel = channel.clone();
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let standing = consent::Entity::find()
                    .filter(consent::Column::UserId.eq(user_id))
                    .filter(consent::Column::Purpose.eq(purpose))
                    .filter(consent::Column::WithdrawnAt.is_null())
                    .one(txn)
                    .await?
                    .is_some();
                if !standing {
                    consent::Entity::insert(consent::ActiveModel {
                        user_id: Set(user_id),
                        purpose: Set(purpose.to_owned()),
                        channel: Set(channel.to_owned()),
                        wording_version: Set(CONSENT_WORDING.to_owned()),
                        granted_at: Set(now),
                        withdrawn_at: Set(None),
                        ..Default::default()
                    })
                    .exec_without_returning(txn)
                    .await?;
                }
                let contact = member_contact(txn, user_id).await?;
                if purpose == REMINDERS {
                    set_reminders_off(txn, contact, false).await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "consent-given",
                    &format!("user:{user_id}:{purpose}"),
                    &contact.into_iter().collect::<Vec<_>>(),
                )
                .await?;
                Ok(!standing)
            })
        })
        .await
    }

    /// A member said no to `purpose` when asked: nothing to withdraw, but
    /// for reminders their relationship leaves the digests at once.
    pub async fn decline_consent(
        &self,
        user_id: i32,
        purpose: &str,
        update_id: Option<i64>,
    ) -> Result<()> {
        let purpose = known_purpose(purpose)?;
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let contact = member_contact(txn, user_id).await?;
                if purpose == REMINDERS {
                    set_reminders_off(txn, contact, true).await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "consent-declined",
                    &format!("user:{user_id}:{purpose}"),
                    &contact.into_iter().collect::<Vec<_>>(),
                )
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// Withdraws a user's standing consent to `purpose` (every purpose if
    /// none), with what hangs on it: invitations still waiting to be sent
    /// are dropped; reminders about them stop. True if there was one.
    pub async fn withdraw_consent(
        &self,
        user_id: i32,
        purpose: Option<&str>,
        update_id: Option<i64>,
    ) -> Result<bool> {
        let purposes: Vec<&str> = match purpose {
            Some(purpose) => vec![known_purpose(purpose)?],
            None => PURPOSES.to_vec(),
        };
        let now = self.clock.now();
        self.write(move |txn| {
            let purposes = purposes.clone();
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let withdrawn = consent::Entity::update_many()
                    .filter(consent::Column::UserId.eq(user_id))
                    .filter(consent::Column::Purpose.is_in(purposes.clone()))
                    .filter(consent::Column::WithdrawnAt.is_null())
                    .col_expr(consent::Column::WithdrawnAt, Expr::value(now))
                    .exec(txn)
                    .await?
                    .rows_affected;
                if purposes.contains(&INVITATIONS) {
                    super::entity::outbox::Entity::delete_many()
                        .filter(super::entity::outbox::Column::UserId.eq(user_id))
                        .filter(super::entity::outbox::Column::Status.eq(super::outbox::PENDING))
                        .filter(super::entity::outbox::Column::Kind.is_in(["invitation", "event"]))
                        .exec(txn)
                        .await?;
                }
                let contact = member_contact(txn, user_id).await?;
                if purposes.contains(&REMINDERS) {
                    set_reminders_off(txn, contact, true).await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "consent-withdrawn",
                    &format!("user:{user_id}:{}", purposes.join(",")),
                    &contact.into_iter().collect::<Vec<_>>(),
                )
                .await?;
                Ok(withdrawn > 0)
            })
        })
        .await
    }

    /// Marks an invitee as attended and logs the attendance as an `event`
    /// interaction (the event's start, place, track and topics, by
    /// `officer_id`) — which restarts their keep-in-touch clock — in one
    /// transaction. False when they were checked in already.
    pub async fn check_in(
        &self,
        invitation_id: i32,
        officer_id: i32,
        update_id: Option<i64>,
    ) -> Result<(invitation::Model, bool)> {
        let now = self.clock.now();
        let store = self.clone();
        self.write(move |txn| {
            let store = store.clone();
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let invitation = invitation::Entity::find_by_id(invitation_id)
                    .one(txn)
                    .await?
                    .ok_or(Error::Invalid {
                        field: "invitation",
                        value: invitation_id.to_string(),
                    })?;
                if invitation.status == InvitationStatus::Attended.key() {
                    return Ok((invitation, false));
                }
                let event = event::Entity::find_by_id(invitation.event_id)
                    .one(txn)
                    .await?
                    .ok_or_else(|| Error::EventNotFound(invitation.event_id.to_string()))?;
                let topics = event_topic::Entity::find()
                    .filter(event_topic::Column::EventId.eq(event.id))
                    .all(txn)
                    .await?
                    .iter()
                    .filter_map(|t| PolicyArea::parse(&t.policy_area).ok())
                    .collect();
                store
                    .record_interaction(
                        txn,
                        &super::interactions::NewInteraction {
                            occurred_at: Ord::min(event.starts_at, now),
                            kind: crate::domain::keys::InteractionKind::Event,
                            contact_ids: vec![invitation.contact_id],
                            officer_ids: Vec::new(),
                            place: None,
                            note: Some(event_title(&event, Lang::Ko).0),
                            track: event.track.as_deref().and_then(|t| Track::parse(t).ok()),
                            topics,
                            logged_by: Some(officer_id),
                            follow_ups: Vec::new(),
                        },
                        event.place_id,
                        now,
                    )
                    .await?;
                set_status(txn, invitation.id, InvitationStatus::Attended, None, now).await?;
                super::audit::changed(
                    txn,
                    now,
                    "check-in",
                    &format!("invitation:{}", invitation.id),
                    &[invitation.contact_id],
                )
                .await?;
                let invitation = invitation::Entity::find_by_id(invitation_id)
                    .one(txn)
                    .await?
                    .unwrap_or(invitation);
                Ok((invitation, true))
            })
        })
        .await
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
            .filter(event::Column::Status.eq(SCHEDULED))
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
    ) -> Result<Vec<event::Model>> {
        Ok(event::Entity::find()
            .filter(event::Column::StartsAt.gt(from))
            .filter(event::Column::StartsAt.lte(to))
            .filter(event::Column::Status.eq(SCHEDULED))
            .all(&self.db)
            .await?)
    }

    /// The members who accepted an event, with their invitations; only
    /// those with a standing consent and reachable.
    pub async fn accepted_members(
        &self,
        event_id: i32,
    ) -> Result<Vec<(invitation::Model, app_user::Model)>> {
        let rows = invitation::Entity::find()
            .filter(invitation::Column::EventId.eq(event_id))
            .filter(invitation::Column::Status.eq(InvitationStatus::Accepted.key()))
            .all(&self.db)
            .await?;
        let user_ids: Vec<i32> = rows.iter().filter_map(|r| r.user_id).collect();
        let users = self.users_by_id(&user_ids).await?;
        let consenting = self.consenting(&user_ids).await?;
        Ok(rows
            .into_iter()
            .filter_map(|row| {
                let user = users.get(&row.user_id?)?.clone();
                (consenting.contains(&user.id) && user.unreachable_at.is_none())
                    .then_some((row, user))
            })
            .collect())
    }

    /// Changes an event's time, place or address, or cancels it; tells
    /// everyone who accepted with the message `notice` writes, queued in the
    /// same transaction. Returns the event as it is now.
    pub async fn change_event(
        &self,
        event_id: i32,
        change: EventChange,
        notice: impl Fn(&event::Model, &app_user::Model) -> Option<NewMessage> + Send + Sync + 'static,
    ) -> Result<event::Model> {
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
                if current.status == CANCELLED {
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
                    update = update.col_expr(event::Column::Status, Expr::value(CANCELLED));
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
                for user in app_user::Entity::find()
                    .filter(app_user::Column::Id.is_in(user_ids))
                    .all(txn)
                    .await?
                {
                    if consenting.contains(&user.id)
                        && let Some(message) = notice(&event, &user)
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
                        .filter(super::entity::outbox::Column::Status.eq(super::outbox::PENDING))
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
    }

    /// The member account linked to a contact, if any.
    pub async fn member_of(&self, contact_id: i32) -> Result<Option<app_user::Model>> {
        Ok(app_user::Entity::find()
            .filter(app_user::Column::Role.eq(Role::Member.key()))
            .filter(app_user::Column::ContactId.eq(contact_id))
            .one(&self.db)
            .await?)
    }
}

async fn accepted_count(conn: &impl ConnectionTrait, event_id: i32) -> Result<i64> {
    use sea_orm::PaginatorTrait;
    let count = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event_id))
        .filter(invitation::Column::Status.eq(InvitationStatus::Accepted.key()))
        .count(conn)
        .await?;
    Ok(i64::try_from(count).unwrap_or(i64::MAX))
}

async fn set_status(
    conn: &impl ConnectionTrait,
    invitation_id: i32,
    status: InvitationStatus,
    responded_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut update = invitation::Entity::update_many()
        .filter(invitation::Column::Id.eq(invitation_id))
        .col_expr(invitation::Column::Status, Expr::value(status.key()))
        .col_expr(invitation::Column::UpdatedAt, Expr::value(now));
    if let Some(at) = responded_at {
        update = update.col_expr(invitation::Column::RespondedAt, Expr::value(at));
    }
    update.exec(conn).await?;
    Ok(())
}

/// `purpose` if it is one members are asked about.
fn known_purpose(purpose: &str) -> Result<&'static str> {
    PURPOSES
        .into_iter()
        .find(|known| *known == purpose)
        .ok_or_else(|| {
            Error::Invalid {
                field: "purpose",
                value: purpose.to_owned(),
            }
            .into()
        })
}

/// The contact a member account stands for.
async fn member_contact(conn: &impl ConnectionTrait, user_id: i32) -> Result<Option<i32>> {
    Ok(app_user::Entity::find_by_id(user_id)
        .one(conn)
        .await?
        .and_then(|user| user.contact_id))
}

/// Takes a member's relationship out of (or back into) keep-in-touch
/// reminders.
async fn set_reminders_off(
    conn: &impl ConnectionTrait,
    contact_id: Option<i32>,
    off: bool,
) -> Result<()> {
    if let Some(contact_id) = contact_id {
        contact::Entity::update_many()
            .filter(contact::Column::Id.eq(contact_id))
            .col_expr(contact::Column::RemindersOff, Expr::value(off))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Which of `user_ids` consented to invitations and did not withdraw, read
/// through `conn` (a unit's transaction sees its own changes).
async fn consenting_in(conn: &impl ConnectionTrait, user_ids: &[i32]) -> Result<HashSet<i32>> {
    let mut found = HashSet::new();
    for chunk in user_ids.chunks(500) {
        let rows: Vec<i32> = consent::Entity::find()
            .select_only()
            .column(consent::Column::UserId)
            .filter(consent::Column::UserId.is_in(chunk.to_vec()))
            .filter(consent::Column::Purpose.eq(INVITATIONS))
            .filter(consent::Column::WithdrawnAt.is_null())
            .into_tuple()
            .all(conn)
            .await?;
        found.extend(rows);
    }
    Ok(found)
}
