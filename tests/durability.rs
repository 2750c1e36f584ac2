//! Nothing half-written: `inmaek import` of a large file killed with
//! SIGKILL at twenty different moments leaves the database either as it
//! was or with every row, and SQLite's integrity check passes each time.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{TestDb, at};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait};

const ROWS: usize = 3000;

/// Three syllables from sixty: a distinct name per row.
fn name(n: usize) -> String {
    let syllables: Vec<char> = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히"
        .chars()
        .collect();
    let k = syllables.len();
    [n % k, (n / k) % k, (n / k / k) % k]
        .iter()
        .map(|i| syllables[*i])
        .collect()
}

fn big_csv() -> String {
    let mut csv = String::from("name_hangul,categories,place,notes\n");
    for n in 0..ROWS {
        csv.push_str(&format!(
            "{},bridge,harbin,\"note {n}, with a comma\"\n",
            name(n + 1000)
        ));
    }
    csv
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_killed_at_any_moment_leaves_nothing_or_everything() {
    let db = TestDb::sqlite();
    let store = db.store_at(at("2026-11-30T10:00:00+09:00")).await;
    // Something stored before, which must survive every round.
    common::ok(
        &db,
        "en",
        &[
            "contact",
            "add",
            "--hangul",
            "김영남",
            "--category",
            "bridge",
        ],
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.csv");
    std::fs::write(&file, big_csv()).unwrap();

    // How long a whole import takes here, to spread the kills over it.
    let probe = TestDb::sqlite();
    let started = Instant::now();
    common::ok(
        &probe,
        "en",
        &["import", file.to_str().unwrap(), "--allow-duplicates"],
    );
    let full = started.elapsed();

    let mut outcomes = (0, 0);
    for round in 0..20u32 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_inmaek"))
            .args(["import", file.to_str().unwrap(), "--allow-duplicates"])
            .env("DATABASE_URL", &db.url)
            .env("INMAEK_NOW", db.now_env())
            .env("INMAEK_LANG", "en")
            .env_remove("RUST_LOG")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // From just after the start to just before the end.
        let at = full.mul_f64(f64::from(round) / 20.0 * 0.95) + Duration::from_millis(5);
        tokio::time::sleep(at).await;
        let _ = child.kill();
        let status = child.wait().unwrap();

        let count = inmaek::store::entity::contact::Entity::find()
            .count(store.db_for_tests())
            .await
            .unwrap();
        let integrity = store.scalar_text("PRAGMA integrity_check").await.unwrap();
        assert_eq!(integrity.as_deref(), Some("ok"), "round {round}");
        let everything = 1 + ROWS as u64;
        assert!(
            count == 1 || count == everything,
            "round {round} ({status:?}): {count} contacts — half an import"
        );
        if count == 1 {
            outcomes.0 += 1;
        } else {
            outcomes.1 += 1;
            // Complete: put the database back as it was for the next round.
            store
                .write(|txn| {
                    Box::pin(async move {
                        txn.execute_unprepared("DELETE FROM contact WHERE id > 1")
                            .await?;
                        Ok(())
                    })
                })
                .await
                .unwrap();
        }
    }
    eprintln!(
        "20 kills over a {full:?} import: {} left nothing, {} found it complete",
        outcomes.0, outcomes.1
    );
    assert!(outcomes.0 > 0, "some kills landed before the commit");
}
