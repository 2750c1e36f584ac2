//! Shared test harness: a fresh database per test on SQLite and, when
//! `TEST_DATABASE_URL` is set, on PostgreSQL too (created and dropped here).
#![allow(
    dead_code,
    reason = "each test binary uses a different part of the harness"
)]

use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, Utc};
use inmaek::clock::Clock;
use inmaek::store::Store;

/// One fresh, empty database; dropped with the value.
pub struct TestDb {
    pub url: String,
    pub backend: &'static str,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    pub fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("inmaek.db").display()
        );
        Self {
            url,
            backend: "sqlite",
            _dir: Some(dir),
            pg: None,
        }
    }

    /// A new database on the server of `TEST_DATABASE_URL`.
    pub fn postgres(admin_url: &str) -> Self {
        let name = format!(
            "inmaek_test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            rand_suffix()
        );
        run_admin(admin_url, &format!("CREATE DATABASE {name}"));
        let base = admin_url
            .rsplit_once('/')
            .map(|(base, _)| base)
            .unwrap_or(admin_url);
        let url = format!("{base}/{name}");
        Self {
            url,
            backend: "postgres",
            _dir: None,
            pg: Some((admin_url.to_owned(), name)),
        }
    }

    /// Every backend this run covers: SQLite always, PostgreSQL when configured.
    pub fn all() -> Vec<Self> {
        let mut dbs = vec![Self::sqlite()];
        if let Ok(admin) = std::env::var("TEST_DATABASE_URL")
            && !admin.trim().is_empty()
        {
            dbs.push(Self::postgres(admin.trim()));
        }
        dbs
    }

    pub async fn store_at(&self, now: DateTime<Utc>) -> Store {
        Store::open(&self.url, Clock::fixed(now))
            .await
            .expect("the store opens and migrates")
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = &self.pg {
            run_admin(
                admin,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            );
        }
    }
}

fn rand_suffix() -> u32 {
    use std::hash::{BuildHasher, RandomState};
    (RandomState::new().hash_one(std::time::SystemTime::now()) % 1_000_000) as u32
}

/// Runs one statement on the admin database, on a thread of its own so it
/// works from `Drop` and from inside a runtime.
fn run_admin(admin_url: &str, sql: &str) {
    let admin_url = admin_url.to_owned();
    let sql = sql.to_owned();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async {
            use sea_orm::ConnectionTrait;
            let db = sea_orm::Database::connect(&admin_url)
                .await
                .expect("TEST_DATABASE_URL answers");
            db.execute_unprepared(&sql).await.expect("admin statement");
            db.close().await.ok();
        });
    })
    .join()
    .expect("admin thread");
}

pub fn at(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .expect("a valid instant")
        .with_timezone(&Utc)
}
