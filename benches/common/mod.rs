//! What the benchmarks share: a fresh database and percentiles.
#![allow(dead_code, reason = "each bench uses a different part")]

use std::time::Duration;

use chrono::{DateTime, Utc};
use inmaek::clock::Clock;
use inmaek::domain::Lang;
use inmaek::store::Store;
use inmaek::store::entity::{
    app_user, contact, contact_category, contact_name, interaction, interaction_contact,
    interaction_topic,
};
use inmaek::store::insert_rows;
use sea_orm::ActiveValue::Set;
use sea_orm::ConnectionTrait;

const TRACKS: [&str; 4] = ["political", "public", "economic", "peace"];
const AREAS: [&str; 6] = [
    "transportation",
    "e_government",
    "waterworks",
    "environment",
    "urban_planning_housing",
    "sewage",
];

/// What `load` writes: officers, contacts spread over `places` (owned
/// round-robin, every 53rd unowned, met 0…199 days ago on a 60-day
/// cadence), each with its interactions 37 days apart.
#[derive(Debug, Clone)]
pub struct Load {
    pub contacts: usize,
    pub interactions_per_contact: i64,
    pub officers: usize,
    pub places: Vec<i32>,
    /// One policy area per interaction too.
    pub with_topics: bool,
}

// One generator of distinct names for the tests and the benches.
#[path = "../../tests/common/names.rs"]
mod names;
pub use names::name_of;

/// Removes an SQLite database with its WAL and shared-memory files (a
/// leftover WAL next to a new database is a disk I/O error).
pub fn remove_sqlite(path: &std::path::Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut file = path.as_os_str().to_owned();
        file.push(suffix);
        let _ = std::fs::remove_file(file);
    }
}

/// `BENCH_DATABASE_URL` (an admin URL of PostgreSQL) if set, and the name
/// of the backend the bench runs on.
pub fn backend() -> (Option<String>, &'static str) {
    match std::env::var("BENCH_DATABASE_URL").ok() {
        Some(url) => (Some(url), "PostgreSQL"),
        None => (None, "SQLite"),
    }
}

/// A count from the environment, else `default`.
pub fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// The instant every bench's clock stands at, and `serve`'s through
/// `INMAEK_NOW`: figures do not depend on the day or the hour they are taken.
pub const NOW: &str = "2026-12-01T10:00:00+09:00";

pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(NOW)
        .expect("a valid instant")
        .with_timezone(&Utc)
}

/// An empty store on the bench's clock (`NOW`).
pub async fn fresh_store(base: Option<&str>, name: &str) -> (Store, Option<String>) {
    match base {
        Some(admin) => {
            let db = sea_orm::Database::connect(admin)
                .await
                .expect("BENCH_DATABASE_URL");
            db.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await
                .unwrap();
            db.execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .unwrap();
            let url = format!("{}/{name}", admin.rsplit_once('/').unwrap().0);
            (
                Store::open(&url, Clock::fixed(now())).await.unwrap(),
                Some(name.to_owned()),
            )
        }
        None => {
            let path = std::env::temp_dir().join(format!("{name}.db"));
            remove_sqlite(&path);
            let url = format!("sqlite://{}?mode=rwc", path.display());
            (Store::open(&url, Clock::fixed(now())).await.unwrap(), None)
        }
    }
}
/// Bulk-loads a synthetic office into an empty store, then ANALYZE — one
/// unit of work.
pub async fn load(store: &Store, spec: &Load, now: DateTime<Utc>) {
    let spec = spec.clone();
    store
        .write(move |txn| {
            let spec = spec.clone();
            Box::pin(async move {
                load_in(txn, &spec, now).await;
                Ok(())
            })
        })
        .await
        .unwrap();
}

async fn load_in(txn: &sea_orm::DatabaseTransaction, spec: &Load, now: DateTime<Utc>) {
    insert_rows(
        txn,
        (1..=spec.officers as i32)
            .map(|id| app_user::ActiveModel {
                id: Set(id),
                role: Set("officer".parse().unwrap()),
                name: Set(format!("officer {id}")),
                contact_id: Set(None),
                telegram_user_id: Set(Some(900_000 + i64::from(id))),
                lang: Set(Lang::ALL[id as usize % 3]),
                time_zone: Set("Asia/Seoul".into()),
                created_at: Set(now),
                disabled_at: Set(None),
                unreachable_at: Set(None),
            })
            .collect(),
    )
    .await
    .unwrap();
    let places = &spec.places;
    let officers = spec.officers;
    for chunk in (1..=spec.contacts as i64)
        .collect::<Vec<_>>()
        .chunks(10_000)
    {
        let mut rows = Vec::new();
        let mut names = Vec::new();
        let mut categories = Vec::new();
        let mut interactions = Vec::new();
        let mut links = Vec::new();
        let mut topics = Vec::new();
        for &id in chunk {
            // The last contact 0…199 days ago; a 60-day cadence (bridge).
            let last = now
                - chrono::Duration::days(((id * 2_654_435_761) >> 7) % 200)
                - chrono::Duration::hours(id % 24);
            // Every 53rd contact has no owner.
            let owner = (id % 53 != 0).then(|| (id % officers as i64) as i32 + 1);
            rows.push(contact::ActiveModel {
                id: Set(id as i32),
                place_id: Set(Some(places[id as usize % places.len()])),
                lang: Set(None),
                time_zone: Set(None),
                notes: Set(None),
                email: Set(None),
                phone: Set(None),
                telegram: Set(None),
                owner_user_id: Set(owner),
                cadence_days: Set(None),
                last_interaction_at: Set(Some(last)),
                due_at: Set(last + chrono::Duration::days(60)),
                created_at: Set(now - chrono::Duration::days(800)),
                updated_at: Set(now),
                snoozed_until: Set(None),
                reminders_off: Set(false),
                birthday: Set(None),
                birthday_lunar: Set(false),
            });
            names.push(contact_name::ActiveModel {
                contact_id: Set(id as i32),
                form: Set("hangul".parse().unwrap()),
                value: Set(name_of(id)),
                family_name_first: Set(true),
                search_key: Set(inmaek::domain::names::search_key(&name_of(id))),
                ..Default::default()
            });
            categories.push(contact_category::ActiveModel {
                contact_id: Set(id as i32),
                category: Set("bridge".parse().unwrap()),
            });
            for n in 0..spec.interactions_per_contact {
                let interaction_id = (id - 1) * spec.interactions_per_contact + n + 1;
                let at = last - chrono::Duration::days(n * 37);
                interactions.push(interaction::ActiveModel {
                    id: Set(interaction_id as i32),
                    occurred_at: Set(at),
                    logged_at: Set(at),
                    kind: Set("meeting".parse().unwrap()),
                    place_id: Set(None),
                    note: Set(None),
                    track: Set(Some(TRACKS[(interaction_id % 4) as usize].parse().unwrap())),
                    logged_by: Set(owner),
                });
                if spec.with_topics {
                    topics.push(interaction_topic::ActiveModel {
                        interaction_id: Set(interaction_id as i32),
                        policy_area: Set(AREAS[(interaction_id % 6) as usize].parse().unwrap()),
                    });
                }
                links.push(interaction_contact::ActiveModel {
                    interaction_id: Set(interaction_id as i32),
                    contact_id: Set(id as i32),
                    occurred_at: Set(at),
                });
            }
        }
        insert_rows(txn, rows).await.unwrap();
        insert_rows(txn, names).await.unwrap();
        insert_rows(txn, categories).await.unwrap();
        insert_rows(txn, interactions).await.unwrap();
        insert_rows(txn, links).await.unwrap();
        insert_rows(txn, topics).await.unwrap();
    }
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        for sql in [
            "SELECT setval('app_user_id_seq', (SELECT MAX(id) FROM app_user))",
            "SELECT setval('contact_id_seq', (SELECT MAX(id) FROM contact))",
            "SELECT setval('interaction_id_seq', (SELECT MAX(id) FROM interaction))",
            "ANALYZE",
        ] {
            txn.execute_unprepared(sql).await.unwrap();
        }
    } else {
        txn.execute_unprepared("ANALYZE").await.unwrap();
    }
}
