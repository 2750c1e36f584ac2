//! Contacts: adding, finding by any name, the card, the list, and the due
//! date kept in step with cadence and interactions.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::audit::Actor;
use super::bundle::Bundle;
use super::cadence::group_categories;
use super::cadence::{categories_of, effective_cadence};
use super::careers::positions_with;
use super::entity::{
    committee, committee_member, contact, contact_category, contact_detail, contact_interest,
    contact_name, follow_up, honor, interaction, interaction_contact, interaction_officer,
    interaction_topic, organization, position, relation,
};
use super::interactions::{InteractionSummary, Rows, summaries};
use super::network::ties_with;
use super::records::{Contact, FollowUp, Honor, Organization, Place, Position, Tie, User};
use super::search::{ContactMatch, group_names, name_row, names_of};
use super::{Result, Store, insert_rows, sorted_unique};
use crate::domain::cadence::{self, Cadence, Health};
use crate::domain::error::Candidate;
use crate::domain::keys::{Category, PolicyArea};
use crate::domain::names::{PersonName, display_name};
use crate::domain::{Error, Lang};

/// A contact to add, parsed at the edge; places, organizations and the
/// owner are still names, resolved by the store.
#[derive(Debug, Clone, Default)]
pub struct NewContact {
    pub names: Vec<PersonName>,
    pub categories: Vec<Category>,
    pub interests: Vec<PolicyArea>,
    pub organization: Option<String>,
    pub title: Option<String>,
    pub place: Option<String>,
    pub lang: Option<Lang>,
    pub time_zone: Option<Tz>,
    pub telegram: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub cadence: Option<Cadence>,
    pub owner: Option<String>,
    pub notes: Option<String>,
    /// (day, lunar calendar).
    pub birthday: Option<(chrono::NaiveDate, bool)>,
    /// Honorary citizenship or Seoul Club membership, with its day.
    pub honors: Vec<(crate::domain::keys::HonorKind, Option<chrono::NaiveDate>)>,
}

/// A contact ready to insert: place and owner resolved to ids.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub new: NewContact,
    pub place_id: Option<i32>,
    pub owner_user_id: Option<i32>,
}

/// Resolves places, owners and organizations by name once per import.
#[derive(Debug, Default, Clone)]
pub struct Resolver {
    places: HashMap<String, i32>,
    owners: HashMap<String, i32>,
    organizations: Option<HashMap<String, i32>>,
}

impl Resolver {
    /// Checks a new contact and resolves its place and owner.
    pub async fn prepare(&mut self, store: &Store, new: NewContact) -> Result<Prepared> {
        if new.names.is_empty() {
            return Err(Error::NoName.into());
        }
        let place_id = match &new.place {
            Some(query) => Some(match self.places.get(query) {
                Some(id) => *id,
                None => {
                    let id = store.resolve_place(query).await?.id;
                    self.places.insert(query.clone(), id);
                    id
                }
            }),
            None => None,
        };
        let owner_user_id = match &new.owner {
            Some(owner) => Some(match self.owners.get(owner) {
                Some(id) => *id,
                None => {
                    let id = store.find_officer(owner).await?.id;
                    self.owners.insert(owner.clone(), id);
                    id
                }
            }),
            None => None,
        };
        Ok(Prepared {
            new,
            place_id,
            owner_user_id,
        })
    }

    /// The id of the organization called `name` in any of its languages,
    /// created if new.
    async fn organization(
        &mut self,
        store: &Store,
        conn: &impl ConnectionTrait,
        name: &str,
    ) -> Result<i32> {
        let key = crate::domain::names::search_key(name);
        if self.organizations.is_none() {
            let mut known = HashMap::new();
            for org in organization::Entity::find().all(conn).await? {
                for org_name in [&org.name_ko, &org.name_zh, &org.name_en]
                    .into_iter()
                    .flatten()
                {
                    known.insert(crate::domain::names::search_key(org_name), org.id);
                }
            }
            self.organizations = Some(known);
        }
        let known = self.organizations.get_or_insert_with(HashMap::new);
        if let Some(id) = known.get(&key) {
            return Ok(*id);
        }
        let org = store.create_organization(conn, name).await?;
        known.insert(key, org.id);
        Ok(org.id)
    }
}

/// Everything the card of a contact shows.
#[derive(Debug, Clone)]
pub struct ContactCard {
    pub contact: Contact,
    pub names: Vec<PersonName>,
    pub categories: Vec<Category>,
    pub interests: Vec<PolicyArea>,
    pub place: Option<Place>,
    pub owner: Option<User>,
    pub cadence: Cadence,
    pub health: Health,
    pub positions: Vec<(Position, Organization)>,
    pub honors: Vec<Honor>,
    /// E-mails and phones beyond the first of each, with their labels.
    pub details: Vec<super::records::ContactDetail>,
    /// Committee seats held now (left ones are not listed), with the role.
    pub seats: Vec<(
        super::records::Committee,
        crate::domain::keys::CommitteeRole,
    )>,
    pub open_follow_ups: Vec<FollowUp>,
    pub recent: Vec<InteractionSummary>,
    /// The names of the other people met in `recent`, by contact id.
    pub met_with: HashMap<i32, Vec<PersonName>>,
}

/// What a card is read from, in one statement.
#[derive(serde::Deserialize)]
struct CardRows {
    contact: Vec<contact::Model>,
    names: Vec<contact_name::Model>,
    categories: Vec<contact_category::Model>,
    interests: Vec<contact_interest::Model>,
    positions: Vec<position::Model>,
    organizations: Vec<organization::Model>,
    honors: Vec<honor::Model>,
    follow_ups: Vec<follow_up::Model>,
    interactions: Vec<interaction::Model>,
    interaction_contacts: Vec<interaction_contact::Model>,
    interaction_officers: Vec<interaction_officer::Model>,
    interaction_topics: Vec<interaction_topic::Model>,
    seats: Vec<committee_member::Model>,
    committees: Vec<committee::Model>,
    details: Vec<contact_detail::Model>,
    /// Only when the ties are asked for.
    #[serde(default)]
    relations: Vec<relation::Model>,
    #[serde(default)]
    tie_names: Vec<contact_name::Model>,
    /// The names of the others met in the latest interactions.
    met_names: Vec<contact_name::Model>,
    /// `None` in a database without the mark's row.
    mark: Option<i64>,
}

/// One line of the contact list.
#[derive(Debug, Clone)]
pub struct ContactRow {
    pub id: i32,
    pub names: Vec<PersonName>,
    pub categories: Vec<Category>,
    pub place_id: Option<i32>,
    pub owner_user_id: Option<i32>,
    pub due_at: DateTime<Utc>,
    pub health: Health,
}

impl ContactRow {
    pub fn label(&self, lang: Lang) -> String {
        display_name(&self.names, lang)
            .map(|n| n.value.clone())
            .unwrap_or_else(|| format!("#{}", self.id))
    }
}

/// Filters of the contact list.
#[derive(Debug, Clone, Default)]
pub struct ContactFilter {
    pub category: Option<Category>,
    pub place_id: Option<i32>,
    pub owner_user_id: Option<i32>,
    /// Only contacts nobody owns.
    pub unowned: bool,
    /// Only contacts due or overdue now, most urgent first.
    pub due_only: bool,
}

impl Store {
    /// Adds a contact with its names, categories, interests, position and
    /// owner, all in one transaction.
    pub async fn add_contact(&self, new: NewContact) -> Result<Contact> {
        self.add_contact_once(new, None).await
    }

    /// Like `add_contact`, recording the Telegram update that asked for it
    /// in the same transaction: a redelivered update adds nothing.
    pub async fn add_contact_once(
        &self,
        new: NewContact,
        update_id: Option<i64>,
    ) -> Result<Contact> {
        let now = self.clock.now();
        let mut resolver = Resolver::default();
        let prepared = resolver.prepare(self, new).await?;
        let store = self.clone();
        self.write(move |txn| {
            let (store, prepared, mut resolver) =
                (store.clone(), prepared.clone(), resolver.clone());
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let mut contacts = store
                    .insert_contacts(txn, vec![prepared], &mut resolver)
                    .await?;
                contacts.pop().ok_or_else(|| Error::NoName.into())
            })
        })
        .await
    }

    /// Imports prepared contacts in one unit of work: all or nothing.
    /// `progress` hears how many are in after each batch.
    pub async fn import_contacts(
        &self,
        prepared: Vec<Prepared>,
        resolver: Resolver,
        progress: impl Fn(usize) + Send + Sync + 'static,
    ) -> Result<usize> {
        let total = prepared.len();
        let store = self.clone();
        let prepared = std::sync::Arc::new(prepared);
        let progress = std::sync::Arc::new(progress);
        self.write(move |txn| {
            // A run again starts from what the resolver knew before: the
            // organizations it created in a rolled-back attempt are gone.
            let (store, prepared, mut resolver, progress) = (
                store.clone(),
                prepared.clone(),
                resolver.clone(),
                progress.clone(),
            );
            Box::pin(async move {
                super::prefer_index_scans(txn).await?;
                let mut done = 0;
                for batch in prepared.chunks(2_000) {
                    done += store
                        .insert_contacts(txn, batch.to_vec(), &mut resolver)
                        .await?
                        .len();
                    progress(done);
                }
                Ok(total)
            })
        })
        .await?;
        self.analyze_after_bulk_load().await?;
        Ok(total)
    }

    /// Inserts prepared contacts with their names, keys, categories,
    /// interests and positions, in the caller's transaction, a few hundred
    /// rows per statement. Returns them in order, with their due dates.
    pub(crate) async fn insert_contacts(
        &self,
        txn: &impl ConnectionTrait,
        prepared: Vec<Prepared>,
        resolver: &mut Resolver,
    ) -> Result<Vec<Contact>> {
        const BATCH: usize = 400;
        let now = self.clock.now();
        let defaults = super::cadence::category_cadences_in(txn).await?;
        let mut inserted = Vec::with_capacity(prepared.len());
        for batch in prepared.chunks(BATCH) {
            let rows: Vec<contact::ActiveModel> = batch
                .iter()
                .map(|p| contact::ActiveModel {
                    place_id: Set(p.place_id),
                    lang: Set(p.new.lang),
                    time_zone: Set(p.new.time_zone.map(|tz| tz.name().to_owned())),
                    notes: Set(p.new.notes.clone()),
                    email: Set(p.new.email.clone()),
                    phone: Set(p.new.phone.clone()),
                    telegram: Set(p.new.telegram.clone()),
                    owner_user_id: Set(p.owner_user_id),
                    cadence_days: Set(p.new.cadence.map(|c| c.days().into())),
                    last_interaction_at: Set(None),
                    // Never met: due one cadence after being recorded.
                    due_at: Set(cadence::due_at(
                        now,
                        cadence::effective_cadence(
                            p.new.cadence,
                            defaults
                                .iter()
                                .copied()
                                .filter(|(c, _)| p.new.categories.contains(c)),
                        ),
                    )),
                    created_at: Set(now),
                    updated_at: Set(now),
                    birthday: Set(p.new.birthday.map(|(day, _)| day)),
                    birthday_lunar: Set(p.new.birthday.is_some_and(|(_, lunar)| lunar)),
                    ..Default::default()
                })
                .collect();
            let contacts = contact::Entity::insert_many(rows)
                .exec_with_returning(txn)
                .await?;
            let mut names = Vec::new();
            let mut categories = Vec::new();
            let mut interests = Vec::new();
            let mut positions = Vec::new();
            let mut honors = Vec::new();
            for (contact, p) in contacts.iter().zip(batch) {
                honors.extend(p.new.honors.iter().map(|(kind, on)| {
                    super::entity::honor::ActiveModel {
                        contact_id: Set(contact.id),
                        kind: Set(*kind),
                        conferred_on: Set(*on),
                        status: Set(crate::domain::keys::HonorStatus::Active),
                        note: Set(None),
                        ..Default::default()
                    }
                }));
                names.extend(p.new.names.iter().map(|name| name_row(contact.id, name)));
                categories.extend(sorted_unique(&p.new.categories).iter().map(|category| {
                    contact_category::ActiveModel {
                        contact_id: Set(contact.id),
                        category: Set(*category),
                    }
                }));
                interests.extend(sorted_unique(&p.new.interests).iter().map(|area| {
                    contact_interest::ActiveModel {
                        contact_id: Set(contact.id),
                        policy_area: Set(*area),
                    }
                }));
                if let Some(org_name) = &p.new.organization {
                    let organization_id = resolver.organization(self, txn, org_name).await?;
                    positions.push(position::ActiveModel {
                        contact_id: Set(contact.id),
                        organization_id: Set(organization_id),
                        title: Set(p.new.title.clone()),
                        started_on: Set(None),
                        ended_on: Set(None),
                        ..Default::default()
                    });
                }
            }
            // The names' ids, for their search keys, without reading them back.
            let names = contact_name::Entity::insert_many(names)
                .exec_with_returning(txn)
                .await?;
            let keyed: Vec<(i32, i32, String)> = names
                .into_iter()
                .map(|n| (n.id, n.contact_id, n.value))
                .collect();
            insert_rows(txn, super::search::key_rows(&keyed)).await?;
            insert_rows(txn, categories).await?;
            insert_rows(txn, interests).await?;
            insert_rows(txn, positions).await?;
            insert_rows(txn, honors).await?;
            let ids: Vec<i32> = contacts.iter().map(|c| c.id).collect();
            super::audit::changed(txn, now, "contact-add", "contacts", &ids).await?;
            inserted.extend(contacts);
        }
        Ok(super::records::records(inserted))
    }

    /// When a contact falls due (one row, for a reply after logging).
    pub async fn contact_due_at(&self, contact_id: i32) -> Result<DateTime<Utc>> {
        Ok(contact::Entity::find_by_id(contact_id)
            .one(&self.db)
            .await?
            .ok_or_else(|| Error::ContactNotFound(contact_id.to_string()))?
            .due_at)
    }

    /// Finds a contact by numeric id or by any of its names in any script:
    /// the one exact match, else the one name starting with the query.
    /// Several matches are an error listing them.
    pub async fn resolve_contact(&self, query: &str) -> Result<Contact> {
        let trimmed = query.trim().trim_start_matches('#');
        let not_found = || Error::ContactNotFound(query.trim().to_owned());
        if let Ok(id) = trimmed.parse::<i32>() {
            return contact::Entity::find_by_id(id)
                .one(&self.db)
                .await?
                .ok_or_else(|| not_found().into())
                .map(Into::into);
        }
        let matches = self.find_contacts_named(query, 20).await?;
        let best: Vec<&ContactMatch> = match matches.first().map(|m| m.rank) {
            Some(rank) => matches.iter().filter(|m| m.rank == rank).collect(),
            None => return Err(not_found().into()),
        };
        let candidates = |matches: &[&ContactMatch]| -> Vec<Candidate> {
            matches
                .iter()
                .map(|m| Candidate {
                    id: m.id,
                    label: m.all_names(),
                })
                .collect()
        };
        // Only a whole name is taken as meant: a name one letter or jamo
        // off (김영주 for 김영수) or the start of one (`Zhang Min` for Zhang
        // Ming) must not erase, export or brief someone else.
        if best
            .first()
            .is_some_and(|m| m.rank > super::search::MatchRank::Exact)
        {
            return Err(Error::OnlyNearNames {
                query: query.trim().to_owned(),
                candidates: candidates(&best),
            }
            .into());
        }
        match best.as_slice() {
            [one] => contact::Entity::find_by_id(one.id)
                .one(&self.db)
                .await?
                .ok_or_else(|| not_found().into())
                .map(Into::into),
            several => Err(Error::AmbiguousContact {
                query: query.trim().to_owned(),
                candidates: candidates(several),
            }
            .into()),
        }
    }

    /// Contacts whose Telegram account is this user id.
    pub async fn find_contacts_by_telegram(
        &self,
        telegram_user_id: i64,
    ) -> Result<Vec<ContactMatch>> {
        let ids: Vec<i32> = contact::Entity::find()
            .select_only()
            .column(contact::Column::Id)
            .filter(contact::Column::Telegram.eq(telegram_user_id.to_string()))
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut names = names_of(&self.db, &ids).await?;
        Ok(ids
            .into_iter()
            .map(|id| ContactMatch {
                id,
                names: names.remove(&id).unwrap_or_default(),
                exact: true,
                rank: super::search::MatchRank::Exact,
            })
            .collect())
    }

    /// A contact's card, recorded in the access log as read by `actor`:
    /// the one way a card is read for a person to see.
    pub async fn read_card(
        &self,
        contact_id: i32,
        recent: u64,
        actor: Actor,
    ) -> Result<ContactCard> {
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

    /// A contact's card as `read_card` reads it for `actor`, with its ties;
    /// the people tied to them are recorded as read too (`relations`).
    pub async fn read_card_with_ties(
        &self,
        contact_id: i32,
        recent: u64,
        actor: super::audit::Actor,
    ) -> Result<(ContactCard, Vec<(Tie, Vec<PersonName>)>)> {
        let (card, ties) = self.card(contact_id, recent, true).await?;
        let others: Vec<i32> = ties
            .iter()
            .map(|(t, _)| t.from_contact_id + t.to_contact_id - contact_id)
            .collect();
        self.record_reads(
            actor,
            &format!("contact:{contact_id}"),
            &[("card", &[contact_id]), ("relations", &others)],
        )
        .await?;
        Ok((card, ties))
    }

    /// A contact's card with its `recent_limit` latest interactions, not
    /// recorded as read (for edits and briefs, which record their own).
    pub async fn contact_card(&self, contact_id: i32, recent_limit: u64) -> Result<ContactCard> {
        Ok(self.card(contact_id, recent_limit, false).await?.0)
    }

    /// A contact's card with its `recent` latest interactions, and its
    /// ties when `with_ties` (else none): one statement (see `bundle`).
    pub(crate) async fn card(
        &self,
        contact_id: i32,
        recent: u64,
        with_ties: bool,
    ) -> Result<(
        ContactCard,
        Vec<(crate::store::records::Tie, Vec<PersonName>)>,
    )> {
        let now = self.clock.now();
        // $1: the contact. The limit is written out: SQLite prepares a
        // statement again whenever a value bound to its LIMIT changes, and
        // callers ask for a few fixed numbers.
        let of_contact = "contact_id = $1";
        let recent = recent.min(i64::MAX.unsigned_abs());
        let latest_ids = format!(
            "SELECT interaction_id FROM interaction_contact WHERE contact_id = $1 \
             ORDER BY occurred_at DESC, interaction_id DESC LIMIT {recent}"
        );
        let latest = format!("interaction_id IN ({latest_ids})");
        let mut bundle = Bundle::new(self.backend())
            .rows::<contact::Entity>("contact", "id = $1")
            .rows::<contact_name::Entity>("names", of_contact)
            .rows::<contact_category::Entity>("categories", of_contact)
            .rows::<contact_interest::Entity>("interests", of_contact)
            .rows::<position::Entity>("positions", of_contact)
            .rows::<organization::Entity>(
                "organizations",
                "id IN (SELECT organization_id FROM \"position\" WHERE contact_id = $1)",
            )
            .rows::<honor::Entity>("honors", of_contact)
            .rows::<follow_up::Entity>("follow_ups", "contact_id = $1 AND done_at IS NULL")
            .rows::<interaction::Entity>("interactions", &format!("id IN ({latest_ids})"))
            .rows::<interaction_contact::Entity>("interaction_contacts", &latest)
            .rows::<interaction_officer::Entity>("interaction_officers", &latest)
            .rows::<interaction_topic::Entity>("interaction_topics", &latest)
            .rows::<contact_name::Entity>(
                "met_names",
                &format!(
                    "contact_id <> $1 AND contact_id IN \
                     (SELECT contact_id FROM interaction_contact WHERE {latest})"
                ),
            )
            .rows::<committee_member::Entity>("seats", of_contact)
            .rows::<committee::Entity>(
                "committees",
                "id IN (SELECT committee_id FROM committee_member WHERE contact_id = $1)",
            )
            .rows::<contact_detail::Entity>("details", of_contact)
            .change_mark("mark");
        if with_ties {
            bundle = bundle
                .rows::<relation::Entity>("relations", "from_contact_id = $1 OR to_contact_id = $1")
                .rows::<contact_name::Entity>(
                    "tie_names",
                    "contact_id IN (SELECT to_contact_id FROM relation WHERE from_contact_id = $1 \
                     UNION SELECT from_contact_id FROM relation WHERE to_contact_id = $1)",
                );
        }
        let rows: CardRows = bundle.read(&self.db, vec![contact_id.into()]).await?;
        let Some(contact) = rows.contact.into_iter().next() else {
            return Err(Error::ContactNotFound(contact_id.to_string()).into());
        };
        let names = group_names(rows.names)
            .remove(&contact_id)
            .unwrap_or_default();
        let categories = group_categories(rows.categories)
            .remove(&contact_id)
            .unwrap_or_default();
        let mut interests: Vec<PolicyArea> =
            rows.interests.iter().map(|row| row.policy_area).collect();
        interests.sort();
        // Places, users and cadences as kept at the rows' change mark.
        let mark = rows.mark.unwrap_or(super::cache::UNKNOWN);
        let places = self.kept_places(mark).await?;
        let users = self.kept_users(mark).await?;
        let place = contact.place_id.and_then(|id| places.get(&id).cloned());
        let owner = contact.owner_user_id.and_then(|id| users.get(&id).cloned());
        let defaults = self.kept_cadences(mark).await?;
        let cadence = effective_cadence(&contact, Some(&categories), &defaults);
        let health = cadence::health(
            cadence::baseline(contact.last_interaction_at, contact.created_at),
            cadence,
            now,
        );
        let mut honors = rows.honors;
        honors.sort_by_key(|row| row.id);
        let mut open_follow_ups = rows.follow_ups;
        open_follow_ups.sort_by_key(|row| (row.due_on, row.id));
        let recent = summaries(
            rows.interactions,
            Rows {
                contacts: rows.interaction_contacts,
                officers: rows.interaction_officers,
                topics: rows.interaction_topics,
            },
            &users,
            &places,
        );
        let today = now.date_naive();
        let committees: HashMap<i32, committee::Model> =
            rows.committees.into_iter().map(|c| (c.id, c)).collect();
        let mut seat_rows = rows.seats;
        seat_rows.sort_by_key(|row| row.id);
        let seats = seat_rows
            .into_iter()
            .filter(|s| s.left_on.is_none_or(|day| day > today))
            .filter_map(|s| {
                committees
                    .get(&s.committee_id)
                    .map(|c| (c.clone().into(), s.role))
            })
            .collect();
        let mut details = rows.details;
        details.sort_by_key(|row| row.id);
        let ties = ties_with(contact_id, rows.relations, &group_names(rows.tie_names));
        let card = ContactCard {
            details: super::records::records(details),
            seats,
            contact: contact.into(),
            names,
            categories,
            interests,
            place: place.map(Into::into),
            owner: owner.map(Into::into),
            cadence,
            health,
            positions: positions_with(rows.positions, rows.organizations),
            honors: super::records::records(honors),
            open_follow_ups: super::records::records(open_follow_ups),
            recent,
            met_with: group_names(rows.met_names),
        };
        Ok((card, ties))
    }

    /// Contacts matching `filter`: by id, or most urgent first when `due_only`.
    pub async fn list_contacts(&self, filter: &ContactFilter) -> Result<Vec<ContactRow>> {
        let now = self.clock.now();
        let mut query = contact::Entity::find();
        if let Some(place_id) = filter.place_id {
            // A province includes its cities.
            let within = self.places_within(&[place_id]).await?;
            query = query.filter(contact::Column::PlaceId.is_in(within));
        }
        if let Some(owner) = filter.owner_user_id {
            query = query.filter(contact::Column::OwnerUserId.eq(owner));
        }
        if filter.unowned {
            query = query.filter(contact::Column::OwnerUserId.is_null());
        }
        if let Some(category) = filter.category {
            let ids: Vec<i32> = contact_category::Entity::find()
                .select_only()
                .column(contact_category::Column::ContactId)
                .filter(contact_category::Column::Category.eq(category.key()))
                .into_tuple()
                .all(&self.db)
                .await?;
            query = query.filter(contact::Column::Id.is_in(ids));
        }
        query = if filter.due_only {
            query
                .filter(contact::Column::DueAt.lte(now))
                .filter(contact::Column::RemindersOff.eq(false))
                .order_by_asc(contact::Column::DueAt)
        } else {
            query.order_by_asc(contact::Column::Id)
        };
        let contacts = query.all(&self.db).await?;
        let ids: Vec<i32> = contacts.iter().map(|c| c.id).collect();
        let mut names = names_of(&self.db, &ids).await?;
        let mut categories = categories_of(&self.db, &ids).await?;
        let defaults = self.category_cadences().await?;
        Ok(contacts
            .into_iter()
            .map(|contact| {
                let contact_categories = categories.remove(&contact.id).unwrap_or_default();
                let cadence = effective_cadence(&contact, Some(&contact_categories), &defaults);
                let health = cadence::health(
                    cadence::baseline(contact.last_interaction_at, contact.created_at),
                    cadence,
                    now,
                );
                ContactRow {
                    id: contact.id,
                    names: names.remove(&contact.id).unwrap_or_default(),
                    categories: contact_categories,
                    place_id: contact.place_id,
                    owner_user_id: contact.owner_user_id,
                    due_at: contact.due_at,
                    health,
                }
            })
            .collect())
    }

    /// The label of one contact in `lang`, or `None` if there is no such contact.
    pub async fn contact_label(&self, contact_id: i32, lang: Lang) -> Result<Option<String>> {
        if contact::Entity::find_by_id(contact_id)
            .one(&self.db)
            .await?
            .is_none()
        {
            return Ok(None);
        }
        Ok(self
            .contact_labels(&[contact_id], lang)
            .await?
            .remove(&contact_id))
    }

    /// Labels for a set of contacts in `lang` (their own-script name first).
    pub async fn contact_labels(
        &self,
        contact_ids: &[i32],
        lang: Lang,
    ) -> Result<HashMap<i32, String>> {
        let names = names_of(&self.db, contact_ids).await?;
        Ok(contact_ids
            .iter()
            .map(|id| {
                let label = names
                    .get(id)
                    .and_then(|names| display_name(names, lang))
                    .map(|n| n.value.clone())
                    .unwrap_or_else(|| format!("#{id}"));
                (*id, label)
            })
            .collect())
    }
}
