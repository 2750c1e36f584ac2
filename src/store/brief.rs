//! What a relationship brief says, assembled from the store: for a place
//! (a city with its province, or a province with its cities) or for one
//! person. Ranking and health are computed for everyone concerned; the
//! detail (cards, histories) only for those the brief shows.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::activity::month_of;
use super::cadence::{categories_of, effective_cadence};
use super::contacts::ContactCard;
use super::entity::{
    activity, committee, committee_member, contact, event, follow_up, interaction,
    interaction_contact, interaction_topic, organization, position, topic_activity,
};
use super::institutions::{AgreementView, CommitteeView, ProjectView};
use super::interactions::InteractionSummary;
use super::records::{Committee, Event, FollowUp, Place};
use super::search::names_of;
use super::{Result, Store};
use crate::domain::cadence::{self, Health};
use crate::domain::keys::{Category, PolicyArea, Track};
use crate::domain::names::PersonName;

/// How many counterparts a place brief shows in full.
pub const COUNTERPARTS_SHOWN: usize = 25;
/// Interactions shown per counterpart.
const HISTORY_PER_COUNTERPART: u64 = 3;
/// Interactions shown for a person.
const HISTORY_FOR_PERSON: u64 = 12;
/// Chains of acquaintance a person brief shows.
const WAYS_IN: usize = 5;
/// The window of the track balance and the timeline, in months.
pub const WINDOW_MONTHS: u32 = 24;

/// A counterpart, as the brief shows them.
#[derive(Debug, Clone)]
pub struct Counterpart {
    pub card: ContactCard,
    /// Health on the brief's date.
    pub health: Health,
    /// Holds a current position in the place.
    pub posted_here: bool,
    pub committees: Vec<Committee>,
    pub score: i64,
}

/// A promise or request still open, about whom.
#[derive(Debug, Clone)]
pub struct OpenFollowUp {
    pub follow_up: FollowUp,
    pub names: Vec<PersonName>,
}

/// A place brief.
#[derive(Debug, Clone)]
pub struct PlaceBrief {
    pub place: Place,
    /// The place and the places the brief covers with it.
    pub region: Vec<Place>,
    pub date: NaiveDate,
    /// The day the brief is made (in its zone): a follow-up is late from it.
    pub made_on: NaiveDate,
    /// The zone `made_on` is a day of (health is counted in its days).
    pub tz: chrono_tz::Tz,
    pub as_of: DateTime<Utc>,
    /// How many contacts the place concerns (all ranked).
    pub contacts_total: usize,
    pub counterparts: Vec<Counterpart>,
    /// Due or overdue on the date, most overdue first (any rank).
    pub cold: Vec<(i32, Vec<PersonName>, Health)>,
    pub follow_ups: Vec<OpenFollowUp>,
    /// Agreements with the place and its cities, with their history.
    pub agreements: Vec<AgreementView>,
    /// Committees covering the place or its cities, with their seats.
    pub committees: Vec<CommitteeView>,
    /// Cooperation projects in the place and its cities.
    pub projects: Vec<ProjectView>,
    pub events: Vec<Event>,
    /// Interactions per track (None: no track) in the window.
    pub tracks: Vec<(Option<Track>, i64)>,
    /// Interactions per month (`YYYY-MM`, oldest first) in the window.
    pub timeline: Vec<(String, i64)>,
    /// Policy areas by how many counterparts are interested.
    pub shared_interests: Vec<(PolicyArea, usize)>,
    /// Topics of the last six months, most frequent first.
    pub recent_topics: Vec<(PolicyArea, i64)>,
}

/// A person brief.
#[derive(Debug, Clone)]
pub struct PersonBrief {
    pub card: ContactCard,
    pub health: Health,
    pub date: NaiveDate,
    /// The day the brief is made (in its zone): a follow-up is late from it.
    pub made_on: NaiveDate,
    /// The zone `made_on` is a day of (health is counted in its days).
    pub tz: chrono_tz::Tz,
    pub history: Vec<InteractionSummary>,
    /// Others met in the same interactions, with how often.
    pub met_with: Vec<(i32, Vec<PersonName>, usize)>,
    /// Officers who met them, with how often.
    pub officers: Vec<(String, usize)>,
    pub committees: Vec<Committee>,
    pub recent_topics: Vec<(PolicyArea, i64)>,
    /// The best chains of acquaintance from the office's officers.
    pub ways_in: super::network::Paths,
}

fn category_weight(category: Category) -> i64 {
    match category {
        Category::Official => 4,
        Category::NextGenLeader | Category::HonoraryCitizen => 2,
        Category::SeoulClub | Category::Bridge => 1,
        Category::Researcher => 1,
    }
}

impl PlaceBrief {
    /// The day health is counted as of: the visit's, or today if later.
    pub fn health_day(&self) -> NaiveDate {
        self.date.max(self.made_on)
    }
}

impl PersonBrief {
    /// The day health is counted as of: the visit's, or today if later.
    pub fn health_day(&self) -> NaiveDate {
        self.date.max(self.made_on)
    }
}

fn health_weight(health: Health) -> i64 {
    match health {
        Health::Overdue { .. } => 3,
        Health::Due { .. } => 2,
        Health::Ok { .. } => 0,
    }
}

impl Store {
    /// The places a brief on `place` covers: a city with its province, a
    /// province with its cities.
    pub async fn brief_region(&self, place: &Place) -> Result<Vec<Place>> {
        let all = self.places().await?;
        let mut region: Vec<Place> = all
            .iter()
            .filter(|p| {
                p.id == place.id || p.parent_id == Some(place.id) || Some(p.id) == place.parent_id
            })
            .cloned()
            .collect();
        region.sort_by_key(|p| (p.id != place.id, p.id));
        Ok(region)
    }

    /// Assembles the brief on `place` for a visit on `date` (health as of
    /// that day's start in `tz`, or now if later).
    pub async fn place_brief(
        &self,
        place: &Place,
        date: NaiveDate,
        tz: chrono_tz::Tz,
    ) -> Result<PlaceBrief> {
        let now = self.clock.now();
        let as_of =
            crate::domain::schedule::local_instant(tz, date, chrono::NaiveTime::MIN).max(now);
        let region = self.brief_region(place).await?;
        let region_ids: Vec<i32> = region.iter().map(|p| p.id).collect();

        // Everyone the place concerns: living or posted there.
        let org_ids: Vec<i32> = organization::Entity::find()
            .select_only()
            .column(organization::Column::Id)
            .filter(organization::Column::PlaceId.is_in(region_ids.clone()))
            .into_tuple()
            .all(&self.db)
            .await?;
        let posted: HashSet<i32> = position::Entity::find()
            .select_only()
            .column(position::Column::ContactId)
            .filter(position::Column::OrganizationId.is_in(org_ids))
            .filter(position::Column::EndedOn.is_null())
            .into_tuple::<i32>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();
        let mut contacts = contact::Entity::find()
            .filter(contact::Column::PlaceId.is_in(region_ids.clone()))
            .all(&self.db)
            .await?;
        let known: HashSet<i32> = contacts.iter().map(|c| c.id).collect();
        let extra: Vec<i32> = posted
            .iter()
            .copied()
            .filter(|id| !known.contains(id))
            .collect();
        for chunk in extra.chunks(500) {
            contacts.extend(
                contact::Entity::find()
                    .filter(contact::Column::Id.is_in(chunk.to_vec()))
                    .all(&self.db)
                    .await?,
            );
        }
        let ids: Vec<i32> = contacts.iter().map(|c| c.id).collect();
        // Someone living here with a current position at an organization
        // whose place nobody recorded is taken to be posted here too.
        let mut posted = posted;
        for chunk in ids.chunks(500) {
            let current = position::Entity::find()
                .filter(position::Column::ContactId.is_in(chunk.to_vec()))
                .filter(position::Column::EndedOn.is_null())
                .all(&self.db)
                .await?;
            let unplaced: HashSet<i32> = organization::Entity::find()
                .select_only()
                .column(organization::Column::Id)
                .filter(
                    organization::Column::Id.is_in(
                        current
                            .iter()
                            .map(|p| p.organization_id)
                            .collect::<Vec<_>>(),
                    ),
                )
                .filter(organization::Column::PlaceId.is_null())
                .into_tuple::<i32>()
                .all(&self.db)
                .await?
                .into_iter()
                .collect();
            posted.extend(
                current
                    .iter()
                    .filter(|p| unplaced.contains(&p.organization_id))
                    .map(|p| p.contact_id),
            );
        }
        let mut categories = HashMap::new();
        for chunk in ids.chunks(500) {
            categories.extend(categories_of(&self.db, chunk).await?);
        }
        let defaults = self.category_cadences().await?;
        let recent_cutoff = as_of - Duration::days(180);
        let mut ranked: Vec<(i64, Option<DateTime<Utc>>, i32, Health)> = contacts
            .iter()
            .map(|c| {
                let cats = categories.get(&c.id);
                let cadence = effective_cadence(c, cats, &defaults);
                let health = cadence::health(
                    cadence::baseline(c.last_interaction_at, c.created_at),
                    cadence,
                    as_of,
                );
                let score = i64::from(posted.contains(&c.id)) * 4
                    + cats
                        .map(|cs| cs.iter().map(|c| category_weight(*c)).max().unwrap_or(0))
                        .unwrap_or(0)
                    + health_weight(health)
                    + i64::from(c.last_interaction_at.is_some_and(|at| at >= recent_cutoff)) * 2;
                (score, c.last_interaction_at, c.id, health)
            })
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));

        let shown: Vec<i32> = ranked
            .iter()
            .take(COUNTERPARTS_SHOWN)
            .map(|r| r.2)
            .collect();
        let seats = committee_member::Entity::find()
            .filter(committee_member::Column::ContactId.is_in(shown.clone()))
            .all(&self.db)
            .await?;
        let committees_by_id: HashMap<i32, committee::Model> = committee::Entity::find()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        // The cards are independent reads: run them side by side on the pool.
        let cards = futures_util::future::try_join_all(
            shown
                .iter()
                .map(|id| self.contact_card(*id, HISTORY_PER_COUNTERPART)),
        )
        .await?;
        let mut counterparts = Vec::new();
        for ((score, _, id, health), card) in ranked.iter().take(COUNTERPARTS_SHOWN).zip(cards) {
            let committees = seats
                .iter()
                .filter(|s| s.contact_id == Some(*id))
                .filter_map(|s| {
                    committees_by_id
                        .get(&s.committee_id)
                        .cloned()
                        .map(Into::into)
                })
                .collect();
            counterparts.push(Counterpart {
                card,
                health: *health,
                posted_here: posted.contains(id),
                committees,
                score: *score,
            });
        }

        let mut cold: Vec<(i32, Health)> = ranked
            .iter()
            .filter(|r| !matches!(r.3, Health::Ok { .. }))
            .map(|r| (r.2, r.3))
            .collect();
        cold.sort_by_key(|(id, health)| (health.urgency(), *id));
        let cold_ids: Vec<i32> = cold.iter().map(|c| c.0).collect();
        let mut names = HashMap::new();
        for chunk in cold_ids.chunks(500) {
            names.extend(names_of(&self.db, chunk).await?);
        }
        let cold = cold
            .into_iter()
            .map(|(id, health)| (id, names.remove(&id).unwrap_or_default(), health))
            .collect();

        let mut follow_ups = Vec::new();
        for chunk in ids.chunks(500) {
            follow_ups.extend(
                follow_up::Entity::find()
                    .filter(follow_up::Column::ContactId.is_in(chunk.to_vec()))
                    .filter(follow_up::Column::DoneAt.is_null())
                    .all(&self.db)
                    .await?,
            );
        }
        follow_ups.sort_by_key(|f| (!f.promised_by_seoul, f.due_on, f.id));
        let follow_up_contacts: Vec<i32> = follow_ups.iter().map(|f| f.contact_id).collect();
        let mut follow_up_names = HashMap::new();
        for chunk in follow_up_contacts.chunks(500) {
            follow_up_names.extend(names_of(&self.db, chunk).await?);
        }
        let follow_ups = follow_ups
            .into_iter()
            .map(|follow_up| OpenFollowUp {
                names: follow_up_names
                    .get(&follow_up.contact_id)
                    .cloned()
                    .unwrap_or_default(),
                follow_up: follow_up.into(),
            })
            .collect();

        let agreements = self.agreement_views(&region_ids).await?;
        let projects = self.project_views(&region_ids).await?;
        let events = event::Entity::find()
            .filter(event::Column::PlaceId.is_in(region_ids.clone()))
            .filter(event::Column::StartsAt.gte(as_of - Duration::days(1)))
            .order_by_asc(event::Column::StartsAt)
            .all(&self.db)
            .await?;
        let committees = self.committees_of_places(&region_ids).await?;

        let (tracks, timeline, recent_topics) = self.region_activity(&region_ids, as_of).await?;
        let mut interest_counts: HashMap<PolicyArea, usize> = HashMap::new();
        for counterpart in &counterparts {
            for area in &counterpart.card.interests {
                *interest_counts.entry(*area).or_default() += 1;
            }
        }
        let mut shared_interests: Vec<(PolicyArea, usize)> = interest_counts.into_iter().collect();
        shared_interests.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));

        Ok(PlaceBrief {
            made_on: now.with_timezone(&tz).date_naive(),
            tz,
            place: place.clone(),
            region,
            date,
            as_of,
            contacts_total: contacts.len(),
            counterparts,
            cold,
            follow_ups,
            agreements,
            committees,
            projects,
            events: super::records::records(events),
            tracks,
            timeline,
            shared_interests,
            recent_topics,
        })
    }

    /// Interactions with the region's contacts or held there, in the
    /// window before `as_of`: per track, per month, and recent topics —
    /// read from the activity counts (an interaction concerning two places
    /// of the region counts for each).
    #[allow(
        clippy::type_complexity,
        reason = "three small aggregates read together"
    )]
    async fn region_activity(
        &self,
        region_ids: &[i32],
        as_of: DateTime<Utc>,
    ) -> Result<(
        Vec<(Option<Track>, i64)>,
        Vec<(String, i64)>,
        Vec<(PolicyArea, i64)>,
    )> {
        // Every month of the window, empty ones included, oldest first.
        let mut timeline = Vec::new();
        let mut cursor = as_of
            .date_naive()
            .with_day0(0)
            .unwrap_or(as_of.date_naive());
        for _ in 0..WINDOW_MONTHS {
            timeline.push((cursor.format("%Y-%m").to_string(), 0_i64));
            cursor = (cursor - Duration::days(1)).with_day0(0).unwrap_or(cursor);
        }
        timeline.reverse();
        let first = timeline.first().map(|m| m.0.clone()).unwrap_or_default();
        let last = month_of(as_of);
        let rows = activity::Entity::find()
            .filter(activity::Column::PlaceId.is_in(region_ids.to_vec()))
            .filter(activity::Column::Month.gte(first))
            .filter(activity::Column::Month.lte(last.clone()))
            .all(&self.db)
            .await?;
        let mut tracks: HashMap<Option<Track>, i64> = HashMap::new();
        for row in &rows {
            *tracks.entry(Track::parse(&row.track).ok()).or_default() +=
                i64::from(row.interactions);
            if let Some(slot) = timeline.iter_mut().find(|(m, _)| *m == row.month) {
                slot.1 += i64::from(row.interactions);
            }
        }
        let mut tracks: Vec<(Option<Track>, i64)> = Track::ALL
            .iter()
            .map(|t| (Some(*t), tracks.get(&Some(*t)).copied().unwrap_or(0)))
            .chain(tracks.get(&None).map(|n| (None, *n)))
            .collect();
        tracks.retain(|(t, n)| t.is_some() || *n > 0);

        let recent_first = month_of(as_of - Duration::days(183));
        let mut topics: HashMap<PolicyArea, i64> = HashMap::new();
        for row in topic_activity::Entity::find()
            .filter(topic_activity::Column::PlaceId.is_in(region_ids.to_vec()))
            .filter(topic_activity::Column::Month.gte(recent_first))
            .filter(topic_activity::Column::Month.lte(last))
            .all(&self.db)
            .await?
        {
            let area = row.policy_area;
            *topics.entry(area).or_default() += i64::from(row.interactions);
        }
        let mut topics: Vec<(PolicyArea, i64)> = topics.into_iter().collect();
        topics.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok((tracks, timeline, topics))
    }

    /// Assembles the brief on one person.
    pub async fn person_brief(
        &self,
        contact_id: i32,
        date: NaiveDate,
        tz: chrono_tz::Tz,
    ) -> Result<PersonBrief> {
        let now = self.clock.now();
        let as_of =
            crate::domain::schedule::local_instant(tz, date, chrono::NaiveTime::MIN).max(now);
        let card = self.contact_card(contact_id, 0).await?;
        let health = cadence::health(
            cadence::baseline(card.contact.last_interaction_at, card.contact.created_at),
            card.cadence,
            as_of,
        );
        let history = self
            .interactions_of(Some(contact_id), HISTORY_FOR_PERSON)
            .await?;
        let interaction_ids: Vec<i32> = interaction_contact::Entity::find()
            .select_only()
            .column(interaction_contact::Column::InteractionId)
            .filter(interaction_contact::Column::ContactId.eq(contact_id))
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut met: HashMap<i32, usize> = HashMap::new();
        let mut officers: HashMap<String, usize> = HashMap::new();
        let mut topics: HashMap<PolicyArea, i64> = HashMap::new();
        let recent_from = as_of - Duration::days(365);
        for chunk in interaction_ids.chunks(500) {
            for other in interaction_contact::Entity::find()
                .filter(interaction_contact::Column::InteractionId.is_in(chunk.to_vec()))
                .filter(interaction_contact::Column::ContactId.ne(contact_id))
                .all(&self.db)
                .await?
            {
                *met.entry(other.contact_id).or_default() += 1;
            }
            let recent: Vec<i32> = interaction::Entity::find()
                .select_only()
                .column(interaction::Column::Id)
                .filter(interaction::Column::Id.is_in(chunk.to_vec()))
                .filter(interaction::Column::OccurredAt.gte(recent_from))
                .into_tuple()
                .all(&self.db)
                .await?;
            for topic in interaction_topic::Entity::find()
                .filter(interaction_topic::Column::InteractionId.is_in(recent))
                .all(&self.db)
                .await?
            {
                let area = topic.policy_area;
                *topics.entry(area).or_default() += 1;
            }
        }
        for summary in self.interactions_of(Some(contact_id), 1000).await? {
            for officer in summary.officers {
                *officers.entry(officer.name).or_default() += 1;
            }
        }
        let met_ids: Vec<i32> = met.keys().copied().collect();
        let mut names = names_of(&self.db, &met_ids).await?;
        let mut met_with: Vec<(i32, Vec<PersonName>, usize)> = met
            .into_iter()
            .map(|(id, n)| (id, names.remove(&id).unwrap_or_default(), n))
            .collect();
        met_with.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        let mut officers: Vec<(String, usize)> = officers.into_iter().collect();
        officers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut recent_topics: Vec<(PolicyArea, i64)> = topics.into_iter().collect();
        recent_topics.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let committee_ids: Vec<i32> = committee_member::Entity::find()
            .select_only()
            .column(committee_member::Column::CommitteeId)
            .filter(committee_member::Column::ContactId.eq(contact_id))
            .into_tuple()
            .all(&self.db)
            .await?;
        let committees = committee::Entity::find()
            .filter(committee::Column::Id.is_in(committee_ids))
            .all(&self.db)
            .await?;
        let ways_in = self.paths_to(contact_id, None, WAYS_IN).await?;
        Ok(PersonBrief {
            ways_in,
            made_on: now.with_timezone(&tz).date_naive(),
            tz,
            card,
            health,
            date,
            history,
            met_with,
            officers,
            committees: super::records::records(committees),
            recent_topics,
        })
    }
}
