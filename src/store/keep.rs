//! Keep-in-touch queries and changes: an officer's due list, snoozes,
//! per-contact cadence, follow-ups to remind of, and hand-overs.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::cadence::refresh_due;
use super::contacts::{ContactFilter, ContactRow};
use super::entity::{app_user, contact, follow_up, outbox};
use super::records::{Contact, FollowUp, User};
use super::search::names_of;
use super::{Result, Store};
use crate::domain::Error;
use crate::domain::cadence::Cadence;
use crate::domain::keys::Role;
use crate::domain::names::PersonName;

/// An open follow-up and the names of the person it is about.
#[derive(Debug, Clone)]
pub struct FollowUpRow {
    pub follow_up: FollowUp,
    pub names: Vec<PersonName>,
}

/// A follow-up not promised in a logged meeting.
#[derive(Debug, Clone)]
pub struct NewFollowUpFor {
    pub contact_id: i32,
    pub owner_user_id: Option<i32>,
    pub due_on: NaiveDate,
    pub promised_by_seoul: bool,
    pub what: String,
}

/// What an officer should act on: their due relationships, the due ones
/// nobody owns, and their open follow-ups falling due.
#[derive(Debug, Clone, Default)]
pub struct DueList {
    pub owned: Vec<ContactRow>,
    pub unowned: Vec<ContactRow>,
    pub follow_ups: Vec<FollowUpRow>,
}

/// A birthday coming up: whose, on which (solar) day.
#[derive(Debug, Clone)]
pub struct Birthday {
    pub contact_id: i32,
    pub names: Vec<PersonName>,
    pub on: NaiveDate,
    pub lunar: bool,
}

/// The result of a hand-over.
#[derive(Debug, Clone)]
pub struct Handover {
    pub from: User,
    pub to: User,
    pub contacts: u64,
    pub follow_ups: u64,
}

/// The dedupe key of the reminder of a follow-up due on a date.
pub fn follow_up_key(follow_up_id: i32, due_on: NaiveDate) -> String {
    format!("followup:{follow_up_id}:{due_on}")
}

/// The dedupe key of an officer's digest for a local date.
pub fn digest_key(user_id: i32, date: NaiveDate) -> String {
    format!("digest:{user_id}:{date}")
}

impl Store {
    /// The due list of `user_id` now: owned due contacts (index range on
    /// owner and due date), optionally the unowned ones, and open
    /// follow-ups due on or before `follow_ups_until`.
    pub async fn due_list(
        &self,
        user_id: i32,
        follow_ups_until: NaiveDate,
        with_unowned: bool,
    ) -> Result<DueList> {
        let owned = self
            .list_contacts(&ContactFilter {
                owner_user_id: Some(user_id),
                due_only: true,
                ..Default::default()
            })
            .await?;
        let unowned = if with_unowned {
            self.list_contacts(&ContactFilter {
                unowned: true,
                due_only: true,
                ..Default::default()
            })
            .await?
        } else {
            Vec::new()
        };
        let follow_ups = follow_up::Entity::find()
            .filter(follow_up::Column::OwnerUserId.eq(user_id))
            .filter(follow_up::Column::DoneAt.is_null())
            .filter(follow_up::Column::DueOn.lte(follow_ups_until))
            .filter(follow_up::Column::ContactId.not_in_subquery(reminders_off()))
            .order_by_asc(follow_up::Column::DueOn)
            .order_by_asc(follow_up::Column::Id)
            .all(&self.db)
            .await?;
        let follow_ups = self.with_names(super::records::records(follow_ups)).await?;
        Ok(DueList {
            owned,
            unowned,
            follow_ups,
        })
    }

    async fn with_names(&self, follow_ups: Vec<FollowUp>) -> Result<Vec<FollowUpRow>> {
        let ids: Vec<i32> = follow_ups.iter().map(|f| f.contact_id).collect();
        let names = names_of(&self.db, &ids).await?;
        Ok(follow_ups
            .into_iter()
            .map(|follow_up| FollowUpRow {
                names: names
                    .get(&follow_up.contact_id)
                    .cloned()
                    .unwrap_or_default(),
                follow_up,
            })
            .collect())
    }

    /// How many relationships nobody owns are due now (index range).
    /// Birthdays of `user_id`'s contacts from `today` to `days` later,
    /// soonest first: a lunar birthday on its solar day of the year.
    pub async fn birthdays_of(
        &self,
        user_id: i32,
        today: NaiveDate,
        days: i64,
    ) -> Result<Vec<Birthday>> {
        let rows = contact::Entity::find()
            .filter(contact::Column::OwnerUserId.eq(user_id))
            .filter(contact::Column::Birthday.is_not_null())
            .filter(contact::Column::RemindersOff.eq(false))
            .all(&self.db)
            .await?;
        let last = today + Duration::days(days);
        let mut soon: Vec<(i32, NaiveDate, bool)> = rows
            .iter()
            .filter_map(|c| {
                let next = crate::domain::birthday::next(c.birthday?, c.birthday_lunar, today)?;
                (next <= last).then_some((c.id, next, c.birthday_lunar))
            })
            .collect();
        soon.sort_by_key(|(id, on, _)| (*on, *id));
        let mut names = super::search::names_of(
            &self.db,
            &soon.iter().map(|(id, _, _)| *id).collect::<Vec<_>>(),
        )
        .await?;
        Ok(soon
            .into_iter()
            .map(|(contact_id, on, lunar)| Birthday {
                names: names.remove(&contact_id).unwrap_or_default(),
                contact_id,
                on,
                lunar,
            })
            .collect())
    }

    pub async fn unowned_due_count(&self) -> Result<usize> {
        use sea_orm::PaginatorTrait;
        let count = contact::Entity::find()
            .filter(contact::Column::OwnerUserId.is_null())
            .filter(contact::Column::DueAt.lte(self.clock.now()))
            .filter(contact::Column::RemindersOff.eq(false))
            .count(&self.db)
            .await?;
        Ok(usize::try_from(count).unwrap_or(usize::MAX))
    }

    /// Officers the scheduler writes to: enrolled, active and reachable.
    pub async fn reachable_officers(&self) -> Result<Vec<User>> {
        Ok(super::records::records(
            app_user::Entity::find()
                .filter(app_user::Column::Role.eq(Role::Officer.key()))
                .filter(app_user::Column::TelegramUserId.is_not_null())
                .filter(app_user::Column::DisabledAt.is_null())
                .filter(app_user::Column::UnreachableAt.is_null())
                .order_by_asc(app_user::Column::Id)
                .all(&self.db)
                .await?,
        ))
    }

    /// Open follow-ups due between two dates (inclusive), with their names.
    pub async fn open_follow_ups_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<FollowUpRow>> {
        let rows = follow_up::Entity::find()
            .filter(follow_up::Column::DoneAt.is_null())
            .filter(follow_up::Column::DueOn.gte(from))
            .filter(follow_up::Column::DueOn.lte(to))
            .filter(follow_up::Column::ContactId.not_in_subquery(reminders_off()))
            .order_by_asc(follow_up::Column::DueOn)
            .order_by_asc(follow_up::Column::Id)
            .all(&self.db)
            .await?;
        self.with_names(super::records::records(rows)).await
    }

    /// Which of `keys` were queued before.
    pub async fn queued_keys(&self, keys: Vec<String>) -> Result<HashSet<String>> {
        let mut found = HashSet::new();
        for chunk in keys.chunks(500) {
            let rows: Vec<String> = outbox::Entity::find()
                .select_only()
                .column(outbox::Column::DedupeKey)
                .filter(outbox::Column::DedupeKey.is_in(chunk.to_vec()))
                .into_tuple()
                .all(&self.db)
                .await?;
            found.extend(rows);
        }
        Ok(found)
    }

    /// Queues messages, each once by its dedupe key; the kinds of those
    /// that were new.
    pub async fn enqueue_all(
        &self,
        messages: Vec<super::outbox::NewMessage>,
    ) -> Result<Vec<&'static str>> {
        let now = self.clock.now();
        self.write(move |txn| {
            let messages = messages.clone();
            Box::pin(async move {
                let mut queued = Vec::new();
                for message in messages {
                    let kind = message.kind;
                    if super::outbox::enqueue(txn, message, now).await? {
                        queued.push(kind);
                    }
                }
                Ok(queued)
            })
        })
        .await
    }

    pub async fn follow_up(&self, follow_up_id: i32) -> Result<FollowUp> {
        follow_up_in(&self.db, follow_up_id).await
    }
}

/// One follow-up, read through `conn`.
async fn follow_up_in(conn: &impl sea_orm::ConnectionTrait, follow_up_id: i32) -> Result<FollowUp> {
    follow_up::Entity::find_by_id(follow_up_id)
        .one(conn)
        .await?
        .ok_or_else(|| {
            Error::Invalid {
                field: "follow_up",
                value: follow_up_id.to_string(),
            }
            .into()
        })
        .map(Into::into)
}

impl Store {
    /// Puts a relationship off for `days`: not due before then, unless
    /// someone is in touch sooner. Returns the new due instant.
    pub async fn snooze_contact(&self, contact_id: i32, days: i64) -> Result<DateTime<Utc>> {
        let until = self.clock.now() + Duration::days(days);
        let store = self.clone();
        self.write(move |txn| {
            let store = store.clone();
            Box::pin(async move {
                let updated = contact::Entity::update_many()
                    .filter(contact::Column::Id.eq(contact_id))
                    .col_expr(contact::Column::SnoozedUntil, Expr::value(until))
                    .exec(txn)
                    .await?;
                if updated.rows_affected == 0 {
                    return Err(Error::ContactNotFound(contact_id.to_string()).into());
                }
                refresh_due(txn, &[contact_id]).await?;
                super::audit::changed(
                    txn,
                    store.clock.now(),
                    "snooze",
                    &format!("contact:{contact_id}"),
                    &[contact_id],
                )
                .await?;
                Ok(until)
            })
        })
        .await
    }

    /// Moves an open follow-up's due date; its reminder comes on the new date.
    pub async fn reschedule_follow_up(
        &self,
        follow_up_id: i32,
        due_on: NaiveDate,
    ) -> Result<FollowUp> {
        self.change_open_follow_up(
            follow_up_id,
            (follow_up::Column::DueOn, Expr::value(due_on)),
            "follow-up-moved",
        )
        .await
    }

    /// Records who promised an open follow-up: Seoul or the counterpart.
    pub async fn set_follow_up_promiser(
        &self,
        follow_up_id: i32,
        promised_by_seoul: bool,
    ) -> Result<FollowUp> {
        self.change_open_follow_up(
            follow_up_id,
            (
                follow_up::Column::PromisedBySeoul,
                Expr::value(promised_by_seoul),
            ),
            "follow-up-changed",
        )
        .await
    }

    /// Sets one column of an open follow-up and records the change as
    /// `action`; a follow-up done (or unknown) is refused.
    async fn change_open_follow_up(
        &self,
        follow_up_id: i32,
        (column, value): (follow_up::Column, sea_orm::sea_query::SimpleExpr),
        action: &'static str,
    ) -> Result<FollowUp> {
        let store = self.clone();
        self.write(move |txn| {
            let store = store.clone();
            let value = value.clone();
            Box::pin(async move {
                let updated = follow_up::Entity::update_many()
                    .filter(follow_up::Column::Id.eq(follow_up_id))
                    .filter(follow_up::Column::DoneAt.is_null())
                    .col_expr(column, value)
                    .exec(txn)
                    .await?;
                let Some(changed) = follow_up::Entity::find_by_id(follow_up_id)
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
                    store.clock.now(),
                    action,
                    &format!("follow-up:{follow_up_id}"),
                    &[changed.contact_id],
                )
                .await?;
                Ok(changed)
            })
        })
        .await
        .map(Into::into)
    }

    /// Records a follow-up of its own (a meeting still to come, made a
    /// follow-up), claiming the Telegram update in the same transaction.
    pub async fn add_follow_up_once(
        &self,
        new: NewFollowUpFor,
        update_id: Option<i64>,
    ) -> Result<FollowUp> {
        crate::domain::dates::check_year(
            "due",
            &new.due_on.to_string(),
            chrono::Datelike::year(&new.due_on),
        )?;
        let what = crate::domain::contact::parse_text("follow_up", &new.what, 500)?
            .ok_or(Error::Empty { field: "follow_up" })?;
        let now = self.clock.now();
        self.write(move |txn| {
            let what = what.clone();
            let new = new.clone();
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                if contact::Entity::find_by_id(new.contact_id)
                    .one(txn)
                    .await?
                    .is_none()
                {
                    return Err(Error::ContactNotFound(new.contact_id.to_string()).into());
                }
                let added = follow_up::Entity::insert(follow_up::ActiveModel {
                    contact_id: sea_orm::ActiveValue::Set(new.contact_id),
                    interaction_id: sea_orm::ActiveValue::Set(None),
                    owner_user_id: sea_orm::ActiveValue::Set(new.owner_user_id),
                    what: sea_orm::ActiveValue::Set(what),
                    due_on: sea_orm::ActiveValue::Set(new.due_on),
                    promised_by_seoul: sea_orm::ActiveValue::Set(new.promised_by_seoul),
                    done_at: sea_orm::ActiveValue::Set(None),
                    created_at: sea_orm::ActiveValue::Set(now),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                super::audit::changed(
                    txn,
                    now,
                    "follow-up-add",
                    &format!("follow-up:{}", added.id),
                    &[new.contact_id],
                )
                .await?;
                Ok(added)
            })
        })
        .await
        .map(Into::into)
    }

    /// Sets (or with `None` clears) a contact's own cadence.
    pub async fn set_contact_cadence(
        &self,
        contact_id: i32,
        cadence: Option<Cadence>,
    ) -> Result<Contact> {
        let store = self.clone();
        self.write(move |txn| {
            let store = store.clone();
            Box::pin(async move {
                let updated = contact::Entity::update_many()
                    .filter(contact::Column::Id.eq(contact_id))
                    .col_expr(
                        contact::Column::CadenceDays,
                        Expr::value(cadence.map(|c| i32::from(c.days()))),
                    )
                    .col_expr(contact::Column::UpdatedAt, Expr::value(store.clock.now()))
                    .exec(txn)
                    .await?;
                if updated.rows_affected == 0 {
                    return Err(Error::ContactNotFound(contact_id.to_string()).into());
                }
                refresh_due(txn, &[contact_id]).await?;
                super::audit::changed(
                    txn,
                    store.clock.now(),
                    "cadence",
                    &format!("contact:{contact_id}"),
                    &[contact_id],
                )
                .await?;
                let contact = contact::Entity::find_by_id(contact_id)
                    .one(txn)
                    .await?
                    .ok_or_else(|| Error::ContactNotFound(contact_id.to_string()))?;
                Ok(contact)
            })
        })
        .await
        .map(Into::into)
    }

    /// Hands `from`'s contacts (all, or one) and their open follow-ups over
    /// to `to`, officers named or numbered. Reminders not yet sent to
    /// `from` about them are withdrawn; the next pass writes them to `to`.
    pub async fn handover(
        &self,
        from: &str,
        to: &str,
        contact_id: Option<i32>,
    ) -> Result<Handover> {
        let from = self.find_user(from).await?;
        let to = self.find_officer(to).await?;
        self.handover_between(from, to, contact_id).await
    }

    /// A hand-over between two known users.
    pub async fn handover_between(
        &self,
        from: User,
        to: User,
        contact_id: Option<i32>,
    ) -> Result<Handover> {
        if from.id == to.id {
            return Err(Error::HandoverToSelf.into());
        }
        let now = self.clock.now();
        self.write(move |txn| {
            let to = to.clone();
            let from = from.clone();
            Box::pin(async move {
                let mut contacts =
                    contact::Entity::find().filter(contact::Column::OwnerUserId.eq(from.id));
                if let Some(id) = contact_id {
                    contacts = contacts.filter(contact::Column::Id.eq(id));
                }
                let contact_ids: Vec<i32> = contacts.all(txn).await?.iter().map(|c| c.id).collect();
                if let Some(id) = contact_id
                    && contact_ids.is_empty()
                {
                    return Err(match contact::Entity::find_by_id(id).one(txn).await? {
                        None => Error::ContactNotFound(id.to_string()),
                        Some(_) => Error::NotTheOwner {
                            contact: id.to_string(),
                            user: from.name.clone(),
                        },
                    }
                    .into());
                }
                let mut moved_contacts = 0;
                let mut moved_follow_ups = 0;
                for chunk in contact_ids.chunks(500) {
                    moved_contacts += contact::Entity::update_many()
                        .filter(contact::Column::Id.is_in(chunk.to_vec()))
                        .col_expr(contact::Column::OwnerUserId, Expr::value(to.id))
                        .col_expr(contact::Column::UpdatedAt, Expr::value(now))
                        .exec(txn)
                        .await?
                        .rows_affected;
                    let follow_ups = follow_up::Entity::find()
                        .filter(follow_up::Column::ContactId.is_in(chunk.to_vec()))
                        .filter(follow_up::Column::OwnerUserId.eq(from.id))
                        .filter(follow_up::Column::DoneAt.is_null())
                        .all(txn)
                        .await?;
                    if follow_ups.is_empty() {
                        continue;
                    }
                    moved_follow_ups += follow_up::Entity::update_many()
                        .filter(follow_up::Column::Id.is_in(follow_ups.iter().map(|f| f.id)))
                        .col_expr(follow_up::Column::OwnerUserId, Expr::value(to.id))
                        .exec(txn)
                        .await?
                        .rows_affected;
                    outbox::Entity::delete_many()
                        .filter(outbox::Column::Status.eq(super::entity::OutboxStatus::Pending))
                        .filter(outbox::Column::UserId.eq(from.id))
                        .filter(
                            outbox::Column::DedupeKey
                                .is_in(follow_ups.iter().map(|f| follow_up_key(f.id, f.due_on))),
                        )
                        .exec(txn)
                        .await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "handover",
                    &format!("user:{}->user:{}", from.id, to.id),
                    &contact_ids,
                )
                .await?;
                Ok(Handover {
                    from,
                    to,
                    contacts: moved_contacts,
                    follow_ups: moved_follow_ups,
                })
            })
        })
        .await
    }

    /// Gives one contact to officer `to_user_id`: a hand-over from its
    /// owner, or a first owner if it had none. Returns the previous owner.
    pub async fn hand_contact_over(
        &self,
        contact_id: i32,
        to_user_id: i32,
    ) -> Result<Option<User>> {
        let to = self.find_officer(&to_user_id.to_string()).await?;
        let contact = contact::Entity::find_by_id(contact_id)
            .one(&self.db)
            .await?
            .ok_or_else(|| Error::ContactNotFound(contact_id.to_string()))?;
        match contact.owner_user_id {
            Some(owner) if owner == to.id => Err(Error::HandoverToSelf.into()),
            Some(owner) => {
                let from = self.find_user(&owner.to_string()).await?;
                let done = self.handover_between(from, to, Some(contact_id)).await?;
                Ok(Some(done.from))
            }
            None => {
                let store = self.clone();
                self.write(move |txn| {
                    let store = store.clone();
                    Box::pin(async move {
                        contact::Entity::update_many()
                            .filter(contact::Column::Id.eq(contact_id))
                            .filter(contact::Column::OwnerUserId.is_null())
                            .col_expr(contact::Column::OwnerUserId, Expr::value(to.id))
                            .col_expr(contact::Column::UpdatedAt, Expr::value(store.clock.now()))
                            .exec(txn)
                            .await?;
                        super::audit::changed(
                            txn,
                            store.clock.now(),
                            "handover",
                            &format!("->user:{}", to.id),
                            &[contact_id],
                        )
                        .await?;
                        Ok(None)
                    })
                })
                .await
            }
        }
    }

    /// Gives one open follow-up to officer `to_user_id`; its reminder, if
    /// not sent yet, goes to them instead.
    pub async fn hand_follow_up_over(
        &self,
        follow_up_id: i32,
        to_user_id: i32,
    ) -> Result<FollowUp> {
        let to = self.find_officer(&to_user_id.to_string()).await?;
        let follow = self.follow_up(follow_up_id).await?;
        if follow.owner_user_id == Some(to.id) {
            return Err(Error::HandoverToSelf.into());
        }
        let store = self.clone();
        self.write(move |txn| {
            let store = store.clone();
            Box::pin(async move {
                follow_up::Entity::update_many()
                    .filter(follow_up::Column::Id.eq(follow_up_id))
                    .col_expr(follow_up::Column::OwnerUserId, Expr::value(to.id))
                    .exec(txn)
                    .await?;
                outbox::Entity::delete_many()
                    .filter(outbox::Column::Status.eq(super::entity::OutboxStatus::Pending))
                    .filter(outbox::Column::DedupeKey.eq(follow_up_key(follow.id, follow.due_on)))
                    .exec(txn)
                    .await?;
                super::audit::changed(
                    txn,
                    store.clock.now(),
                    "handover",
                    &format!("follow-up:{follow_up_id}->user:{}", to.id),
                    &[follow.contact_id],
                )
                .await?;
                follow_up_in(txn, follow_up_id).await
            })
        })
        .await
    }

    /// Other officers a contact can be handed to, by name.
    pub async fn officers_except(&self, user_id: i32) -> Result<Vec<User>> {
        let mut officers: Vec<_> = app_user::Entity::find()
            .filter(app_user::Column::Role.eq(Role::Officer.key()))
            .filter(app_user::Column::DisabledAt.is_null())
            .filter(app_user::Column::Id.ne(user_id))
            .all(&self.db)
            .await?;
        officers.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(super::records::records(officers))
    }

    /// Users by id.
    pub async fn users_by_id(&self, ids: &[i32]) -> Result<HashMap<i32, User>> {
        Ok(app_user::Entity::find()
            .filter(app_user::Column::Id.is_in(ids.to_vec()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.into()))
            .collect())
    }
}

/// The contacts nobody is reminded about (a member said no).
fn reminders_off() -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(contact::Column::Id)
        .from(contact::Entity)
        .and_where(contact::Column::RemindersOff.eq(true))
        .to_owned()
}
