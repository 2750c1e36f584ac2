//! Figures for the keep-in-touch issue, printed, never asserted: the due
//! list of an officer over 100,000 contacts and 1,000,000 interactions (an
//! index range on the denormalized due date) next to a naive GROUP BY over
//! the interactions in the same run, and one full scheduler tick for 200
//! officers (the pass that writes 200 digests, and the relay that sends
//! them through teloxide to the in-process fake Bot API at ≤ 30/s).
//!
//!     cargo bench --bench keep_in_touch                 # SQLite (a temporary file)
//!     BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench keep_in_touch
//!
//! `BENCH_CONTACTS` (default 100000), `BENCH_OFFICERS` (default 200).

mod common;

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use common::{Load, backend, env_number, fresh_store, load, percentile};
use inmaek::config::Config;
use inmaek::keep;
use inmaek::store::contacts::ContactFilter;
use inmaek::telegram_sim::TelegramSim;
use sea_orm::{ConnectionTrait, Statement};

const INTERACTIONS_PER_CONTACT: i64 = 10;

#[tokio::main]
async fn main() {
    let contacts = env_number("BENCH_CONTACTS", 100_000);
    let officers = env_number("BENCH_OFFICERS", 200);
    let (base, backend) = backend();
    let now: DateTime<Utc> = common::now();
    println!(
        "keep-in-touch bench: {contacts} contacts, {} interactions, {officers} officers, {backend}",
        contacts as i64 * INTERACTIONS_PER_CONTACT
    );
    let (store, _) = fresh_store(base.as_deref(), "inmaek_bench_keep").await;

    let started = Instant::now();
    load(
        &store,
        &Load {
            contacts,
            interactions_per_contact: INTERACTIONS_PER_CONTACT,
            officers,
            places: store.places().await.unwrap().iter().map(|p| p.id).collect(),
            with_topics: false,
        },
        now,
    )
    .await;
    println!("  loaded in {:.1} s", started.elapsed().as_secs_f64());

    // The due query itself: one officer's due contacts, most urgent first.
    let backend_kind = store.backend();
    let placeholder = |n: usize| match backend_kind {
        sea_orm::DbBackend::Postgres => format!("${n}"),
        _ => "?".to_owned(),
    };
    let indexed = format!(
        "SELECT id FROM contact WHERE owner_user_id = {} AND due_at <= {} ORDER BY due_at",
        placeholder(1),
        placeholder(2)
    );
    let naive = format!(
        "SELECT c.id FROM contact c JOIN interaction_contact ic ON ic.contact_id = c.id \
         WHERE c.owner_user_id = {} GROUP BY c.id HAVING MAX(ic.occurred_at) <= {}",
        placeholder(1),
        placeholder(2)
    );
    let cutoff = now - chrono::Duration::days(60);
    let mut due_rows = 0;
    let time_query = |sql: String, bound: DateTime<Utc>, rounds: usize| {
        let store = &store;
        async move {
            let mut samples = Vec::new();
            let mut rows = 0;
            for round in 0..rounds {
                let officer = (round % officers) as i32 + 1;
                let started = Instant::now();
                rows = store
                    .db_for_tests()
                    .query_all_raw(Statement::from_sql_and_values(
                        backend_kind,
                        &sql,
                        [officer.into(), bound.into()],
                    ))
                    .await
                    .unwrap()
                    .len();
                samples.push(started.elapsed());
            }
            samples.sort();
            (samples, rows)
        }
    };
    let (samples, rows) = time_query(indexed, now, 400).await;
    due_rows += rows;
    println!(
        "  due query (index on owner, due_at): p50 {:.2} ms, p99 {:.2} ms ({} rows)",
        ms(percentile(&samples, 0.5)),
        ms(percentile(&samples, 0.99)),
        due_rows
    );
    let (samples, rows) = time_query(naive, cutoff, 20).await;
    println!(
        "  naive GROUP BY over interactions:   p50 {:.2} ms, p99 {:.2} ms ({rows} rows)",
        ms(percentile(&samples, 0.5)),
        ms(percentile(&samples, 0.99)),
    );

    // Office-wide: every due contact, indexed versus recomputed.
    for (label, sql, bound) in [
        (
            "office-wide due (index on due_at):  ",
            format!("SELECT id FROM contact WHERE due_at <= {}", placeholder(1)),
            now,
        ),
        (
            "office-wide naive GROUP BY:         ",
            format!(
                "SELECT contact_id FROM interaction_contact GROUP BY contact_id \
                 HAVING MAX(occurred_at) <= {}",
                placeholder(1)
            ),
            cutoff,
        ),
    ] {
        let mut samples = Vec::new();
        let mut rows = 0;
        for _ in 0..10 {
            let started = Instant::now();
            rows = store
                .db_for_tests()
                .query_all_raw(Statement::from_sql_and_values(
                    backend_kind,
                    &sql,
                    [bound.into()],
                ))
                .await
                .unwrap()
                .len();
            samples.push(started.elapsed());
        }
        samples.sort();
        println!(
            "  {label} p50 {:.2} ms, p99 {:.2} ms ({rows} rows)",
            ms(percentile(&samples, 0.5)),
            ms(percentile(&samples, 0.99)),
        );
    }

    // The due list as /due and the digest read it (names, categories, health).
    let mut samples = Vec::new();
    for round in 0..200 {
        let officer = (round % officers) as i32 + 1;
        let started = Instant::now();
        let rows = store
            .list_contacts(&ContactFilter {
                owner_user_id: Some(officer),
                due_only: true,
                ..Default::default()
            })
            .await
            .unwrap();
        samples.push(started.elapsed());
        assert!(!rows.is_empty());
    }
    samples.sort();
    println!(
        "  due list with names and health:     p50 {:.2} ms, p99 {:.2} ms",
        ms(percentile(&samples, 0.5)),
        ms(percentile(&samples, 0.99)),
    );

    // One full tick for every officer: the pass, then the relay.
    let sim = TelegramSim::start_with_clock(store.clock.clone())
        .await
        .unwrap();
    let bot =
        teloxide::Bot::new("123456:BENCH").set_api_url(url::Url::parse(&sim.api_url()).unwrap());
    let config = Config::for_database("");
    let started = Instant::now();
    let scheduled = keep::schedule(&store, &config).await.unwrap();
    let pass = started.elapsed();
    let started = Instant::now();
    let relayed = keep::relay::relay(&store, &bot, &config, None)
        .await
        .unwrap();
    let relay = started.elapsed();
    println!(
        "  tick, scheduler pass: {} digests queued in {:.0} ms ({:.1} ms per officer)",
        scheduled.digests,
        ms(pass),
        ms(pass) / officers as f64
    );
    println!(
        "  tick, relay: {} sent in {:.1} s ({:.1} messages/s; the limit is 30/s)",
        relayed.sent,
        relay.as_secs_f64(),
        relayed.sent as f64 / relay.as_secs_f64()
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
