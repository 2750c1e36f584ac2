//! Figures for the briefs issue, printed, never asserted: assembling and
//! rendering the brief on a place with 2,000 contacts and 200,000
//! interactions (goal ≤ 100 ms), and a person brief.
//!
//!     cargo bench --bench brief                 # SQLite (a temporary file)
//!     BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench brief

mod common;

use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use common::{Load, backend, fresh_store, load, percentile};
use inmaek::domain::Lang;

#[tokio::main]
async fn main() {
    let (base, backend) = backend();
    let now: DateTime<Utc> = common::now();
    let (store, _) = fresh_store(base.as_deref(), "inmaek_bench_brief").await;
    let harbin = store.resolve_place("harbin").await.unwrap();
    println!("brief bench: 2000 contacts in Harbin, 200000 interactions (with topics), {backend}");
    let started = Instant::now();
    load(
        &store,
        &Load {
            contacts: 2000,
            interactions_per_contact: 100,
            officers: 20,
            places: vec![harbin.id],
            with_topics: true,
        },
        now,
    )
    .await;
    store.rebuild_activity().await.unwrap();
    println!(
        "  loaded (and activity counted) in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let date = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    let tz = chrono_tz::Asia::Seoul;
    let mut assemble = Vec::new();
    let mut render = Vec::new();
    let mut size = 0;
    for round in 0..21 {
        let started = Instant::now();
        let brief = store.place_brief(&harbin, date, tz).await.unwrap();
        let assembled = started.elapsed();
        let started = Instant::now();
        let html = inmaek::brief::place_html(Lang::ALL[round % 3], &brief, tz, now);
        let rendered = started.elapsed();
        size = html.len();
        if round > 0 {
            assemble.push(assembled);
            render.push(rendered);
        }
    }
    let total: Vec<Duration> = assemble.iter().zip(&render).map(|(a, r)| *a + *r).collect();
    let mut total = total;
    total.sort();
    assemble.sort();
    render.sort();
    println!(
        "  place brief: assemble p50 {:.1} ms, render p50 {:.2} ms, total p50 {:.1} ms / p99 {:.1} ms ({} KB of HTML)",
        ms(percentile(&assemble, 0.5)),
        ms(percentile(&render, 0.5)),
        ms(percentile(&total, 0.5)),
        ms(percentile(&total, 0.99)),
        size / 1024
    );
    let mut person = Vec::new();
    for id in 1..=20 {
        let started = Instant::now();
        let brief = store.person_brief(id, date, tz).await.unwrap();
        let _ = inmaek::brief::person_html(Lang::Ko, &brief, tz, now);
        person.push(started.elapsed());
    }
    person.sort();
    println!(
        "  person brief (100 interactions each): p50 {:.1} ms, p99 {:.1} ms",
        ms(percentile(&person, 0.5)),
        ms(percentile(&person, 0.99))
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
