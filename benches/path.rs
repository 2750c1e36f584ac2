//! Figures for the network issue, printed, never asserted: `path` (the
//! best five chains of acquaintance from the office's officers to a
//! person) over 100,000 contacts and 1,000,000 recorded ties, walking the
//! database level by level as `Store::paths_to` does, next to a
//! breadth-first search over the same ties held in memory (the baseline:
//! what the answer costs when nothing is read), in the same run.
//!
//!     cargo bench --bench path                 # SQLite (a temporary file)
//!     BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench path
//!
//! `BENCH_CONTACTS` (default 100000), `BENCH_TIES` (default 1000000),
//! `BENCH_QUERIES` (default 300). Every 10th contact was met by one of 20
//! officers; ties join random people (a deterministic generator).

mod common;

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use common::{Load, backend, env_number, fresh_store, load, percentile};
use inmaek::store::entity::{interaction_officer, relation};
use inmaek::store::insert_rows;
use sea_orm::ActiveValue::Set;

const OFFICERS: usize = 20;
const KINDS: [&str; 6] = [
    "introduced",
    "colleague",
    "superior",
    "family",
    "classmate",
    "friend",
];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }
}

#[tokio::main]
async fn main() {
    let contacts = env_number("BENCH_CONTACTS", 100_000);
    let ties = env_number("BENCH_TIES", 1_000_000);
    let queries = env_number("BENCH_QUERIES", 300);
    let (base, backend) = backend();
    let now = common::now();
    println!("path bench: {contacts} contacts, {ties} ties, {OFFICERS} officers, {backend}");
    let (store, _) = fresh_store(base.as_deref(), "inmaek_bench_path").await;

    let started = Instant::now();
    load(
        &store,
        &Load {
            contacts,
            interactions_per_contact: 1,
            officers: OFFICERS,
            places: store.places().await.unwrap().iter().map(|p| p.id).collect(),
            with_topics: false,
        },
        now,
    )
    .await;
    // Every 10th contact's interaction had an officer in it; random ties.
    let mut rng = Lcg(19);
    let mut pairs: Vec<(i32, i32, usize)> = Vec::with_capacity(ties);
    while pairs.len() < ties {
        let a = rng.next(contacts as u64) as i32 + 1;
        let b = rng.next(contacts as u64) as i32 + 1;
        if a != b {
            pairs.push((a, b, rng.next(6) as usize));
        }
    }
    let met: Vec<(i32, i32)> = (1..=contacts as i32)
        .filter(|id| id % 10 == 0)
        .map(|id| (id, (id / 10) % OFFICERS as i32 + 1))
        .collect();
    {
        let pairs = pairs.clone();
        let met = met.clone();
        store
            .write(move |txn| {
                let pairs = pairs.clone();
                let met = met.clone();
                Box::pin(async move {
                    insert_rows(
                        txn,
                        met.iter()
                            .map(|(contact, officer)| interaction_officer::ActiveModel {
                                // One interaction per contact, numbered as the contact.
                                interaction_id: Set(*contact),
                                user_id: Set(*officer),
                            })
                            .collect(),
                    )
                    .await?;
                    for chunk in pairs.chunks(50_000) {
                        insert_rows(
                            txn,
                            chunk
                                .iter()
                                .map(|(a, b, kind)| relation::ActiveModel {
                                    from_contact_id: Set(*a),
                                    to_contact_id: Set(*b),
                                    kind: Set(KINDS[*kind].parse().unwrap()),
                                    note: Set(None),
                                    recorded_by: Set(None),
                                    recorded_at: Set(now),
                                    ..Default::default()
                                })
                                .collect(),
                        )
                        .await?;
                    }
                    sea_orm::ConnectionTrait::execute_unprepared(txn, "ANALYZE").await?;
                    Ok(())
                })
            })
            .await
            .unwrap();
    }
    println!("  loaded in {:.1} s", started.elapsed().as_secs_f64());

    // The same people, held in memory: adjacency and who an officer met.
    let mut adjacency: HashMap<i32, Vec<i32>> = HashMap::new();
    for (a, b, _) in &pairs {
        adjacency.entry(*a).or_default().push(*b);
        adjacency.entry(*b).or_default().push(*a);
    }
    let officer_met: HashSet<i32> = met.iter().map(|(c, _)| *c).collect();

    let targets: Vec<i32> = (0..queries)
        .map(|_| rng.next(contacts as u64) as i32 + 1)
        .collect();
    let mut database = Vec::with_capacity(queries);
    let mut memory = Vec::with_capacity(queries);
    let (mut found_db, mut found_mem, mut hops_db, mut hops_mem) = (0, 0, 0, 0);
    for target in &targets {
        let started = Instant::now();
        let paths = store.paths_to(*target, None, 5).await.unwrap();
        database.push(started.elapsed());
        if let Some(chain) = paths.chains.first() {
            found_db += 1;
            hops_db += chain.links.len();
        }
        let started = Instant::now();
        let hops = bfs(&adjacency, &officer_met, *target, 3);
        memory.push(started.elapsed());
        if let Some(hops) = hops {
            found_mem += 1;
            hops_mem += hops + 1;
        }
    }
    database.sort();
    memory.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "  path over the database: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({found_db}/{queries} reached, {:.2} steps on average)",
        ms(percentile(&database, 0.5)),
        ms(percentile(&database, 0.99)),
        ms(*database.last().unwrap()),
        hops_db as f64 / found_db.max(1) as f64,
    );
    println!(
        "  breadth-first search in memory (baseline): p50 {:.3} ms, p99 {:.3} ms ({found_mem}/{queries} reached, {:.2} steps on average)",
        ms(percentile(&memory, 0.5)),
        ms(percentile(&memory, 0.99)),
        hops_mem as f64 / found_mem.max(1) as f64,
    );
    println!("  goal: p99 ≤ 50 ms over the database");
}

/// Levels from `target` until one holds someone an officer met: how many
/// ties away that is (0: the officer met the person), within `depth`.
fn bfs(
    adjacency: &HashMap<i32, Vec<i32>>,
    met: &HashSet<i32>,
    target: i32,
    depth: usize,
) -> Option<usize> {
    let mut seen: HashSet<i32> = HashSet::from([target]);
    let mut queue = VecDeque::from([(target, 0)]);
    while let Some((at, d)) = queue.pop_front() {
        if met.contains(&at) {
            return Some(d);
        }
        if d == depth {
            continue;
        }
        for next in adjacency.get(&at).into_iter().flatten() {
            if seen.insert(*next) {
                queue.push_back((*next, d + 1));
            }
        }
    }
    None
}
