//! Figures for the web-console issue, printed, never asserted: the contact
//! card and the search (`/contacts/results?q=`) at 100,000 contacts under
//! 20 concurrent clients with a signed-in session, next to the same server
//! answering `/healthz` (the baseline: what the HTTP stack costs when
//! nothing is read), in the same run. Goal: p99 ≤ 50 ms and throughput ≥
//! 0.3× the baseline's.
//!
//!     cargo bench --bench web                  # SQLite (a temporary file)
//!     BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench web
//!
//! `BENCH_CONTACTS` (default 100000), `BENCH_CLIENTS` (default 20),
//! `BENCH_SECONDS` per phase (default 10).

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::{Load, backend, env_number, fresh_store, load, name_of, percentile};

/// What a client asks for next.
type Ask = Arc<dyn Fn(&mut Lcg) -> String + Send + Sync>;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

/// One phase: `clients` clients asking `path(n)` as fast as they are
/// answered for `seconds`; every latency, and the requests per second.
async fn phase(
    base: &str,
    cookie: &str,
    clients: usize,
    seconds: u64,
    path: Ask,
) -> (Vec<Duration>, f64, usize) {
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for client in 0..clients {
        let (base, cookie, stop, path) = (
            base.to_owned(),
            cookie.to_owned(),
            stop.clone(),
            path.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let http = reqwest::Client::new();
            let mut rng = Lcg(client as u64 + 7);
            let mut latencies = Vec::new();
            let mut failures = 0;
            while !stop.load(Ordering::Relaxed) {
                let url = format!("{base}{}", path(&mut rng));
                let asked = Instant::now();
                match http.get(&url).header("cookie", &cookie).send().await {
                    Ok(response) if response.status() == 200 => {
                        let _ = response.bytes().await;
                        latencies.push(asked.elapsed());
                    }
                    _ => failures += 1,
                }
            }
            (latencies, failures)
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut all = Vec::new();
    let mut failures = 0;
    for task in tasks {
        let (latencies, failed) = task.await.unwrap();
        all.extend(latencies);
        failures += failed;
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    let rate = all.len() as f64 / elapsed;
    (all, rate, failures)
}

#[tokio::main]
async fn main() {
    let contacts = env_number("BENCH_CONTACTS", 100_000);
    let clients = env_number("BENCH_CLIENTS", 20);
    let seconds = env_number("BENCH_SECONDS", 10) as u64;
    let (base_url, backend) = backend();
    let now = common::now();
    println!("web bench: {contacts} contacts, {clients} clients, {seconds} s a phase, {backend}");
    let (store, _) = fresh_store(base_url.as_deref(), "inmaek_bench_web").await;
    let started = Instant::now();
    load(
        &store,
        &Load {
            contacts,
            interactions_per_contact: 2,
            officers: 20,
            places: store.places().await.unwrap().iter().map(|p| p.id).collect(),
            with_topics: true,
        },
        now,
    )
    .await;
    store.rebuild_name_keys().await.unwrap();
    println!("  loaded in {:.1} s", started.elapsed().as_secs_f64());

    // The server, as `serve --listen` runs it, and officer 1 signed in.
    let token = store.create_sign_in_link(1).await.unwrap();
    let session = store.sign_in(&token).await.unwrap();
    let cookie = format!("inmaek_session={}", session.cookie);
    let config = inmaek::config::Config::for_database("sqlite://unused");
    let router = inmaek::ops::router(store.clone()).merge(inmaek::web::router(
        inmaek::web::WebApp::new(store.clone(), config),
    ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });

    let total = contacts as u64;
    let phases: Vec<(&str, Ask)> = vec![
        ("/healthz (baseline)", Arc::new(|_| "/healthz".to_owned())),
        (
            "card /contacts/ID",
            Arc::new(move |rng| format!("/contacts/{}", rng.next(total) + 1)),
        ),
        (
            "search /contacts/results?q=",
            Arc::new(move |rng| {
                let name = name_of((rng.next(total) + 1) as i64);
                format!(
                    "/contacts/results?q={}",
                    url::form_urlencoded::byte_serialize(name.as_bytes()).collect::<String>()
                )
            }),
        ),
    ];
    let mut baseline = None;
    println!(
        "  {:<30} {:>9} {:>9} {:>9} {:>9} {:>8}",
        "phase", "req/s", "p50 ms", "p99 ms", "× base", "failed"
    );
    for (name, path) in phases {
        let (latencies, rate, failed) = phase(&base, &cookie, clients, seconds, path).await;
        let base_rate = *baseline.get_or_insert(rate);
        println!(
            "  {:<30} {:>9.0} {:>9.2} {:>9.2} {:>9.2} {:>8}",
            name,
            rate,
            percentile(&latencies, 0.50).as_secs_f64() * 1000.0,
            percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
            rate / base_rate,
            failed
        );
    }
    println!("  goal: card and search p99 ≤ 50 ms, throughput ≥ 0.30 × /healthz");
}
