//! What the benchmarks share: a fresh database and percentiles.
#![allow(dead_code, reason = "each bench uses a different part")]

use std::time::Duration;

use inmaek::clock::Clock;
use inmaek::store::Store;
use sea_orm::ConnectionTrait;

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

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
                Store::open(&url, Clock::System).await.unwrap(),
                Some(name.to_owned()),
            )
        }
        None => {
            let path = std::env::temp_dir().join(format!("{name}.db"));
            let _ = std::fs::remove_file(&path);
            let url = format!("sqlite://{}?mode=rwc", path.display());
            (Store::open(&url, Clock::System).await.unwrap(), None)
        }
    }
}
