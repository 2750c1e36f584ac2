//! Invitations and answers: who an event's audience is and whether the bot
//! can reach them, inviting, RSVPs with seats and a waitlist, check-in (an
//! attendance logged as an interaction) and the attendee list.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::entity::{
    app_user, committee, committee_member, contact, contact_category, event, event_topic,
    invitation, organization, position,
};
use super::outbox::{NewMessage, enqueue};
use super::records::{Event, Invitation, User};
use super::search::names_of;
use super::{Result, Store, random_token};
use crate::domain::keys::{Category, InvitationStatus, Role};
use crate::domain::names::{PersonName, search_key};
use crate::domain::{Error, Lang};

pub use super::entity::Delivery;
use super::events::{EventStatus, model_title};

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
    Member(User),
    NoAccount,
    NoConsent,
    Unreachable,
}

impl Reach {
    pub fn delivery(&self) -> Delivery {
        match self {
            Reach::Member(_) => Delivery::Queued,
            Reach::NoAccount => Delivery::NoAccount,
            Reach::NoConsent => Delivery::NoConsent,
            Reach::Unreachable => Delivery::Unreachable,
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
    pub event: Event,
    pub status: InvitationStatus,
    /// The same answer was recorded before: nothing changed.
    pub unchanged: bool,
}

/// A line of the attendee list.
#[derive(Debug, Clone)]
pub struct Attendee {
    pub invitation: Invitation,
    pub names: Vec<PersonName>,
    pub member: Option<User>,
}

pub(super) async fn accepted_count(conn: &impl ConnectionTrait, event_id: i32) -> Result<i64> {
    use sea_orm::PaginatorTrait;
    let count = invitation::Entity::find()
        .filter(invitation::Column::EventId.eq(event_id))
        .filter(invitation::Column::Status.eq(InvitationStatus::Accepted.key()))
        .count(conn)
        .await?;
    Ok(i64::try_from(count).unwrap_or(i64::MAX))
}

pub(super) async fn set_status(
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

/// How long before an event starts its check-in opens.
pub const CHECK_IN_OPENS: chrono::Duration = chrono::Duration::hours(12);

impl Store {
    /// A member's invitations (sent to their account) to events that have
    /// not started by `from`, soonest first, each with its event.
    pub async fn member_invitations(
        &self,
        user_id: i32,
        contact_id: i32,
        from: DateTime<Utc>,
    ) -> Result<Vec<(Invitation, Event)>> {
        let invitations = invitation::Entity::find()
            .filter(invitation::Column::ContactId.eq(contact_id))
            .filter(invitation::Column::UserId.eq(user_id))
            .all(&self.db)
            .await?;
        let mut events: HashMap<i32, event::Model> = event::Entity::find()
            .filter(event::Column::Id.is_in(invitations.iter().map(|i| i.event_id)))
            .filter(event::Column::StartsAt.gte(from))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|e| (e.id, e))
            .collect();
        let mut paired: Vec<(Invitation, Event)> = invitations
            .into_iter()
            .filter_map(|i| {
                let event = events.remove(&i.event_id)?;
                Some((i.into(), event.into()))
            })
            .collect();
        paired.sort_by_key(|(i, e)| (e.starts_at, i.event_id));
        Ok(paired)
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
            let place_ids = self.places_within(&place_ids).await?;
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
                    Some(user) => Reach::Member(user.into()),
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
        render: impl Fn(&User, &str) -> Option<NewMessage> + Send + Sync + 'static,
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
                        status: Set(InvitationStatus::Invited),
                        delivery: Set(invitee.reach.delivery()),
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
        promoted: impl Fn(&Event, &User) -> Option<NewMessage> + Send + Sync + 'static,
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
                if event.status == EventStatus::Cancelled {
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
                let old = invitation.status;
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
                        event: event.into(),
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
                        && let Some(message) = promoted(&event.clone().into(), &member.into())
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
                    event: event.into(),
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
                invitation: invitation.into(),
            })
            .collect())
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
    ) -> Result<(Invitation, bool)> {
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
                if invitation.status == InvitationStatus::Attended {
                    return Ok((invitation.into(), false));
                }
                let event = event::Entity::find_by_id(invitation.event_id)
                    .one(txn)
                    .await?
                    .ok_or_else(|| Error::EventNotFound(invitation.event_id.to_string()))?;
                // At the door, not a week ahead: an attendance logged before
                // the event would be a meeting that never happened.
                if now < event.starts_at - CHECK_IN_OPENS {
                    return Err(Error::CheckInNotYet.into());
                }
                let topics = event_topic::Entity::find()
                    .filter(event_topic::Column::EventId.eq(event.id))
                    .all(txn)
                    .await?
                    .iter()
                    .map(|t| t.policy_area)
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
                            note: Some(model_title(&event, Lang::Ko).0),
                            track: event.track,
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
                Ok((invitation.into(), true))
            })
        })
        .await
    }

    /// The members who accepted an event, with their invitations; only
    /// those with a standing consent and reachable.
    pub async fn accepted_members(&self, event_id: i32) -> Result<Vec<(Invitation, User)>> {
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
                    .then_some((row.into(), user))
            })
            .collect())
    }

    /// The member account linked to a contact, if any.
    pub async fn member_of(&self, contact_id: i32) -> Result<Option<User>> {
        Ok((app_user::Entity::find()
            .filter(app_user::Column::Role.eq(Role::Member.key()))
            .filter(app_user::Column::ContactId.eq(contact_id))
            .one(&self.db)
            .await?)
            .map(Into::into))
    }
}
