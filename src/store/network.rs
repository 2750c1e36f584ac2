//! The network (인맥): ties people recorded between contacts, the ties
//! interactions imply (an officer met a person; contacts met together),
//! and the best chains of acquaintance from the office's officers to a
//! person — shortest first, then strongest.
//!
//! The search walks outward from the person, one level at a time, reading
//! each level's ties with a few indexed queries, and stops at the first
//! level where enough officers are found (a chain is at most
//! [`MAX_HOPS`] steps long). Nothing is held in memory between queries.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Statement,
};

use super::entity::{contact, relation};
use super::records::{Tie, User};
use super::search::names_of;
use super::{Result, Store, dedup_ids};
use crate::domain::Error;
use crate::domain::keys::{Role, TieKind};
use crate::domain::names::PersonName;

/// The longest chain: an officer and up to three people before the person.
pub const MAX_HOPS: usize = 4;
/// Ids per query of a level (SQLite and PostgreSQL both take far more).
const CHUNK: usize = 2000;
/// Paths followed from one person met by an officer.
const PATHS_PER_START: usize = 4;
/// Starts (an officer and a person they met) followed per level: the
/// strongest, so a level reached by thousands costs no more than this.
const STARTS_PER_LEVEL: usize = 64;
/// People of a level beyond this are not walked further (a level that
/// large has found its officers already, or the person is a public figure).
const LEVEL_CAP: usize = 50_000;
/// Interactions with more people than this (a forum, a reception) do not
/// make everyone in them acquainted.
const TOGETHER_MAX: usize = 12;

/// A tie to record.
#[derive(Debug, Clone)]
pub struct NewTie {
    pub from: i32,
    pub to: i32,
    pub kind: TieKind,
    pub note: Option<String>,
    pub recorded_by: Option<i32>,
}

/// How two people in a chain know each other.
#[derive(Debug, Clone, PartialEq)]
pub enum Via {
    /// An officer met the person (interactions they took part in).
    Met { times: i64, last: DateTime<Utc> },
    /// Someone recorded the tie; `forward`: as recorded, from the first
    /// of the step to the second (matters for `superior`, `introduced`).
    Tie { kind: TieKind, forward: bool },
    /// The two took part in the same interactions.
    MetTogether { times: i64, last: DateTime<Utc> },
}

/// One step of a chain: from an officer or a contact to a contact.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// `None`: the chain's officer.
    pub from: Option<i32>,
    pub to: i32,
    pub via: Via,
    pub weight: f64,
}

/// A way in: an officer and the steps to the person.
#[derive(Debug, Clone)]
pub struct Chain {
    pub officer: User,
    pub links: Vec<Link>,
    /// The weakest step's weight (a chain is as strong as that).
    pub strength: f64,
}

/// The chains found, with the names of everyone in them.
#[derive(Debug, Clone, Default)]
pub struct Paths {
    pub chains: Vec<Chain>,
    pub names: HashMap<i32, Vec<PersonName>>,
}

/// How much a tie of some kind counts, before recency.
fn kind_weight(kind: TieKind) -> f64 {
    match kind {
        TieKind::Family => 1.5,
        TieKind::Friend => 1.2,
        TieKind::Colleague | TieKind::Superior => 1.0,
        TieKind::Classmate => 0.9,
        TieKind::Introduced => 0.8,
    }
}

/// Contact behind a tie: more often and more recently is stronger (half
/// as strong for every year since the last time).
pub fn contact_weight(times: i64, last: DateTime<Utc>, now: DateTime<Utc>) -> f64 {
    #[allow(clippy::cast_precision_loss, reason = "counts and days are small")]
    let (times, years) = (times as f64, (now - last).num_days().max(0) as f64 / 365.0);
    (1.0 + times).ln() * 0.5f64.powf(years)
}

/// A comma-separated list of ids for `IN (…)` (integers only, so inlined).
fn id_list(ids: &[i32]) -> String {
    ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}

/// The edges from `level` outward: (from, neighbour, how, weight). A
/// recorded tie and meetings together between the same two count once,
/// as the stronger.
async fn edges_of(
    conn: &impl ConnectionTrait,
    level: &[i32],
    now: DateTime<Utc>,
) -> Result<Vec<(i32, i32, Via, f64)>> {
    let mut best: HashMap<(i32, i32), (Via, f64)> = HashMap::new();
    let mut keep = |a: i32, b: i32, via: Via, weight: f64| {
        if a == b {
            return;
        }
        let slot = best.entry((a, b)).or_insert((via.clone(), weight));
        if weight > slot.1 {
            *slot = (via, weight);
        }
    };
    for chunk in level.chunks(CHUNK) {
        // Only the three columns a walk needs, both directions in one query.
        let sql = format!(
            "SELECT from_contact_id, to_contact_id, kind FROM relation \
             WHERE from_contact_id IN ({ids}) \
             UNION ALL SELECT from_contact_id, to_contact_id, kind FROM relation \
             WHERE to_contact_id IN ({ids})",
            ids = id_list(chunk)
        );
        let in_level: std::collections::HashSet<i32> = chunk.iter().copied().collect();
        for row in conn
            .query_all_raw(Statement::from_string(conn.get_database_backend(), sql))
            .await?
        {
            let from: i32 = row.try_get_by_index(0)?;
            let to: i32 = row.try_get_by_index(1)?;
            let kind: String = row.try_get_by_index(2)?;
            let Ok(kind) = TieKind::parse(&kind) else {
                continue;
            };
            if in_level.contains(&from) {
                keep(
                    from,
                    to,
                    Via::Tie {
                        kind,
                        forward: false,
                    },
                    kind_weight(kind),
                );
            }
            if in_level.contains(&to) {
                keep(
                    to,
                    from,
                    Via::Tie {
                        kind,
                        forward: true,
                    },
                    kind_weight(kind),
                );
            }
        }
        // Met together: in the same interaction, a small one.
        let sql = format!(
            "SELECT a.contact_id, b.contact_id, COUNT(*), MAX(a.occurred_at) \
             FROM interaction_contact a JOIN interaction_contact b \
             ON a.interaction_id = b.interaction_id AND b.contact_id <> a.contact_id \
             WHERE a.contact_id IN ({}) AND (SELECT COUNT(*) FROM interaction_contact c \
               WHERE c.interaction_id = a.interaction_id) <= {TOGETHER_MAX} \
             GROUP BY a.contact_id, b.contact_id",
            id_list(chunk)
        );
        for row in conn
            .query_all_raw(Statement::from_string(conn.get_database_backend(), sql))
            .await?
        {
            let a: i32 = row.try_get_by_index(0)?;
            let b: i32 = row.try_get_by_index(1)?;
            let times: i64 = row.try_get_by_index(2)?;
            let last: DateTime<Utc> = row.try_get_by_index(3)?;
            keep(
                a,
                b,
                Via::MetTogether { times, last },
                contact_weight(times, last, now),
            );
        }
    }
    // A recorded tie counts at least as much as having met.
    Ok(best
        .into_iter()
        .map(|((a, b), (via, weight))| (a, b, via, weight))
        .collect())
}

/// Which officers met which of `level`: (officer, contact, times, last).
async fn officers_meeting(
    conn: &impl ConnectionTrait,
    level: &[i32],
) -> Result<Vec<(i32, i32, i64, DateTime<Utc>)>> {
    let mut out = Vec::new();
    for chunk in level.chunks(CHUNK) {
        let sql = format!(
            "SELECT o.user_id, c.contact_id, COUNT(*), MAX(c.occurred_at) \
             FROM interaction_contact c JOIN interaction_officer o \
             ON o.interaction_id = c.interaction_id \
             WHERE c.contact_id IN ({}) GROUP BY o.user_id, c.contact_id",
            id_list(chunk)
        );
        for row in conn
            .query_all_raw(Statement::from_string(conn.get_database_backend(), sql))
            .await?
        {
            out.push((
                row.try_get_by_index(0)?,
                row.try_get_by_index(1)?,
                row.try_get_by_index(2)?,
                row.try_get_by_index(3)?,
            ));
        }
    }
    Ok(out)
}

impl Store {
    /// Records a tie between two people; the same tie twice is refused.
    pub async fn add_tie(&self, new: NewTie) -> Result<Tie> {
        if new.from == new.to {
            return Err(Error::WithItself { kind: "relation" }.into());
        }
        let now = self.clock.now();
        self.write(move |txn| {
            let new = new.clone();
            Box::pin(async move {
                let found = contact::Entity::find()
                    .filter(contact::Column::Id.is_in([new.from, new.to]))
                    .all(txn)
                    .await?;
                for id in [new.from, new.to] {
                    if !found.iter().any(|c| c.id == id) {
                        return Err(Error::ContactNotFound(id.to_string()).into());
                    }
                }
                let directed = matches!(new.kind, TieKind::Superior | TieKind::Introduced);
                let same = relation::Entity::find()
                    .filter(relation::Column::Kind.eq(new.kind.key()))
                    .filter(relation::Column::FromContactId.is_in([new.from, new.to]))
                    .filter(relation::Column::ToContactId.is_in([new.from, new.to]))
                    .all(txn)
                    .await?
                    .into_iter()
                    .find(|r| !directed || r.from_contact_id == new.from);
                if let Some(same) = same {
                    return Err(Error::Exists {
                        kind: "relation",
                        id: same.id,
                    }
                    .into());
                }
                let row = relation::Entity::insert(relation::ActiveModel {
                    from_contact_id: Set(new.from),
                    to_contact_id: Set(new.to),
                    kind: Set(new.kind),
                    note: Set(new.note.clone()),
                    recorded_by: Set(new.recorded_by),
                    recorded_at: Set(now),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                super::audit::changed(
                    txn,
                    now,
                    "relation-add",
                    &format!("relation:{}", row.id),
                    &[new.from, new.to],
                )
                .await?;
                Ok(Tie::from(row))
            })
        })
        .await
    }

    /// One recorded tie by its number.
    pub async fn tie(&self, id: i32) -> Result<Tie> {
        relation::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(Into::into)
            .ok_or_else(|| {
                Error::NotFound {
                    kind: "relation",
                    query: id.to_string(),
                }
                .into()
            })
    }

    /// Removes a recorded tie.
    pub async fn remove_tie(&self, id: i32) -> Result<Tie> {
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let Some(row) = relation::Entity::find_by_id(id).one(txn).await? else {
                    return Err(Error::NotFound {
                        kind: "relation",
                        query: id.to_string(),
                    }
                    .into());
                };
                relation::Entity::delete_by_id(id).exec(txn).await?;
                super::audit::changed(
                    txn,
                    now,
                    "relation-remove",
                    &format!("relation:{id}"),
                    &[row.from_contact_id, row.to_contact_id],
                )
                .await?;
                Ok(Tie::from(row))
            })
        })
        .await
    }

    /// Every recorded tie, by id (the ties file).
    pub async fn all_ties(&self) -> Result<Vec<Tie>> {
        Ok(super::records::records(
            relation::Entity::find()
                .order_by_asc(relation::Column::Id)
                .all(&self.db)
                .await?,
        ))
    }

    /// Records many ties at once, all or nothing (an import); a tie
    /// recorded already (or twice in the file) is skipped. (added, skipped).
    pub async fn import_ties(&self, rows: Vec<NewTie>) -> Result<(usize, usize)> {
        let now = self.clock.now();
        self.write(move |txn| {
            let rows = rows.clone();
            Box::pin(async move {
                let existing = relation::Entity::find().all(txn).await?;
                let key = |kind: TieKind, from: i32, to: i32| {
                    if matches!(kind, TieKind::Superior | TieKind::Introduced) {
                        (kind, from, to)
                    } else {
                        (kind, from.min(to), from.max(to))
                    }
                };
                let mut seen: std::collections::HashSet<(TieKind, i32, i32)> = existing
                    .iter()
                    .map(|r| key(r.kind, r.from_contact_id, r.to_contact_id))
                    .collect();
                let mut fresh = Vec::new();
                let mut skipped = 0;
                for row in rows {
                    if row.from == row.to || !seen.insert(key(row.kind, row.from, row.to)) {
                        skipped += 1;
                        continue;
                    }
                    fresh.push(row);
                }
                let subjects: Vec<i32> = fresh.iter().flat_map(|r| [r.from, r.to]).collect();
                let added = fresh.len();
                super::insert_rows(
                    txn,
                    fresh
                        .into_iter()
                        .map(|r| relation::ActiveModel {
                            from_contact_id: Set(r.from),
                            to_contact_id: Set(r.to),
                            kind: Set(r.kind),
                            note: Set(r.note),
                            recorded_by: Set(r.recorded_by),
                            recorded_at: Set(now),
                            ..Default::default()
                        })
                        .collect(),
                )
                .await?;
                super::audit::changed(txn, now, "relation-add", "import", &dedup_ids(subjects))
                    .await?;
                Ok((added, skipped))
            })
        })
        .await
    }

    /// The ties recorded with a contact, oldest first, with the other's names.
    pub async fn ties_of(&self, contact_id: i32) -> Result<Vec<(Tie, Vec<PersonName>)>> {
        let rows = relation::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(relation::Column::FromContactId.eq(contact_id))
                    .add(relation::Column::ToContactId.eq(contact_id)),
            )
            .all(&self.db)
            .await?;
        let others: Vec<i32> = rows.iter().map(|r| other_of(r, contact_id)).collect();
        let names = names_of(&self.db, &dedup_ids(others)).await?;
        Ok(ties_with(contact_id, rows, &names))
    }

    /// The best `limit` chains from the office's officers (or `from`) to
    /// `to`: shortest first, then strongest.
    pub async fn paths_to(&self, to: i32, from: Option<i32>, limit: usize) -> Result<Paths> {
        if contact::Entity::find_by_id(to)
            .one(&self.db)
            .await?
            .is_none()
        {
            return Err(Error::ContactNotFound(to.to_string()).into());
        }
        let now = self.clock.now();
        let officers: HashMap<i32, User> = self
            .users()
            .await?
            .into_iter()
            .filter(|u| u.disabled_at.is_none())
            .filter(|u| match from {
                Some(id) => u.id == id,
                None => u.role == Role::Officer,
            })
            .map(|u| (u.id, u))
            .collect();
        // Toward the person: each contact's next steps on a shortest way.
        let mut depth: HashMap<i32, usize> = HashMap::from([(to, 0)]);
        let mut next_steps: HashMap<i32, Vec<(i32, Via, f64)>> = HashMap::new();
        let mut level = vec![to];
        let mut chains: Vec<Chain> = Vec::new();
        for hops in 1..=MAX_HOPS {
            // The strongest starts of this level: an officer and whom they met.
            let mut starts: Vec<(&User, i32, i64, DateTime<Utc>, f64)> =
                officers_meeting(&self.db, &level)
                    .await?
                    .into_iter()
                    .filter_map(|(officer, met, times, last)| {
                        let user = officers.get(&officer)?;
                        Some((user, met, times, last, contact_weight(times, last, now)))
                    })
                    .collect();
            starts.sort_by(|a, b| b.4.total_cmp(&a.4).then(a.1.cmp(&b.1)));
            starts.truncate(STARTS_PER_LEVEL.max(limit));
            for (user, met, times, last, weight) in starts {
                let first = Link {
                    from: None,
                    to: met,
                    via: Via::Met { times, last },
                    weight,
                };
                for rest in ways_from(met, &next_steps, PATHS_PER_START) {
                    let mut links = vec![first.clone()];
                    links.extend(rest);
                    let strength = links.iter().map(|l| l.weight).fold(f64::INFINITY, f64::min);
                    chains.push(Chain {
                        officer: user.clone(),
                        links,
                        strength,
                    });
                }
            }
            if chains.len() >= limit
                || hops == MAX_HOPS
                || level.is_empty()
                || level.len() > LEVEL_CAP
            {
                break;
            }
            let mut next = Vec::new();
            for (a, b, via, weight) in edges_of(&self.db, &level, now).await? {
                match depth.get(&b) {
                    None => {
                        depth.insert(b, hops);
                        next.push(b);
                        next_steps.entry(b).or_default().push((a, via, weight));
                    }
                    Some(d) if *d == hops => {
                        next_steps.entry(b).or_default().push((a, via, weight));
                    }
                    Some(_) => {}
                }
            }
            level = next;
        }
        chains.sort_by(|a, b| {
            a.links
                .len()
                .cmp(&b.links.len())
                .then(b.strength.total_cmp(&a.strength))
                .then(
                    b.links
                        .iter()
                        .map(|l| l.weight)
                        .sum::<f64>()
                        .total_cmp(&a.links.iter().map(|l| l.weight).sum::<f64>()),
                )
                .then(a.officer.id.cmp(&b.officer.id))
        });
        chains.truncate(limit);
        let people: Vec<i32> = chains
            .iter()
            .flat_map(|c| {
                c.links
                    .iter()
                    .flat_map(|l| l.from.into_iter().chain([l.to]))
            })
            .collect();
        let names = names_of(&self.db, &dedup_ids(people)).await?;
        Ok(Paths { chains, names })
    }
}

/// The ways from `start` to the person along `next_steps`, strongest
/// steps first, at most `cap`.
fn ways_from(
    start: i32,
    next_steps: &HashMap<i32, Vec<(i32, Via, f64)>>,
    cap: usize,
) -> Vec<Vec<Link>> {
    let mut out = Vec::new();
    let mut stack: Vec<(i32, Vec<Link>)> = vec![(start, Vec::new())];
    while let Some((at, links)) = stack.pop() {
        if out.len() >= cap {
            break;
        }
        let Some(steps) = next_steps.get(&at) else {
            out.push(links);
            continue;
        };
        let mut steps: Vec<&(i32, Via, f64)> = steps.iter().collect();
        // Popped last-in first: push the weakest first.
        steps.sort_by(|a, b| a.2.total_cmp(&b.2));
        for (toward, via, weight) in steps {
            let mut more = links.clone();
            more.push(Link {
                from: Some(at),
                to: *toward,
                via: via.clone(),
                weight: *weight,
            });
            stack.push((*toward, more));
        }
    }
    out
}

/// The other contact of a tie recorded with `contact_id`.
fn other_of(row: &relation::Model, contact_id: i32) -> i32 {
    if row.from_contact_id == contact_id {
        row.to_contact_id
    } else {
        row.from_contact_id
    }
}

/// The ties recorded with a contact, oldest first, with the other's names.
pub(crate) fn ties_with(
    contact_id: i32,
    mut rows: Vec<relation::Model>,
    names: &HashMap<i32, Vec<PersonName>>,
) -> Vec<(Tie, Vec<PersonName>)> {
    rows.sort_by_key(|row| row.id);
    rows.into_iter()
        .map(|row| {
            let other = other_of(&row, contact_id);
            (row.into(), names.get(&other).cloned().unwrap_or_default())
        })
        .collect()
}
