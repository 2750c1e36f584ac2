//! The whole bot under load, next to the framework's own limit: simulated
//! officers send one-line `/log` messages (Korean, Chinese, English) through
//! the fake Bot API to the real dispatcher; the same harness drives a
//! minimal teloxide echo bot in the same run. Then the resident memory of
//! `inmaek serve` over 100,000 contacts.
//!
//!     cargo bench --bench bot_load
//!     BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench bot_load
//!
//! Figures: throughput of a burst (every officer sending at once) and
//! update-to-reply latency p50/p99 at a steady 100 updates a second.

mod common;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{Load, backend, env_number, fresh_store, load, name_of, percentile};
use inmaek::bot::storage::DbStorage;
use inmaek::bot::{BotApp, run_polling};
use inmaek::config::Config;
use inmaek::telegram_sim::{SimUser, TelegramSim};
use teloxide::dispatching::dialogue::GetChatId as _;
use teloxide::prelude::*;

const OFFICERS: usize = 200;
const BURST_PER_OFFICER: usize = 10;
const RATE: f64 = 100.0;
const STEADY_SECONDS: f64 = 10.0;

/// What one run measured.
struct Run {
    updates: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Run {
    fn per_second(&self) -> f64 {
        self.updates as f64 / self.elapsed.as_secs_f64()
    }

    fn p(&self, p: f64) -> f64 {
        percentile(&self.latencies, p).as_secs_f64() * 1000.0
    }
}

/// Pushes `messages` (user index, text) — all at once, or at `rate` a
/// second — and waits for a reply to each; latency is from the push to the
/// fake API receiving the first `sendMessage` to that chat after it.
async fn drive(
    sim: &TelegramSim,
    users: &[SimUser],
    messages: &[(usize, String)],
    rate: Option<f64>,
) -> Run {
    let mut cursor = sim.call_count();
    let started = Instant::now();
    let mut pushed: HashMap<i64, Vec<Instant>> = HashMap::new();
    for (n, (user, text)) in messages.iter().enumerate() {
        if let Some(rate) = rate {
            let due = started + Duration::from_secs_f64(n as f64 / rate);
            tokio::time::sleep_until(due.into()).await;
        }
        let at = Instant::now();
        sim.send_text(&users[*user], text);
        pushed.entry(users[*user].id).or_default().push(at);
    }
    // The replies (chat, when), read as they come: copying the whole call
    // log on every poll would cost the harness more than the bot.
    let mut got: Vec<(i64, Instant)> = Vec::new();
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    loop {
        let new = sim.calls_since(cursor);
        cursor += new.len();
        for call in new.iter().filter(|c| c.name() == "sendmessage") {
            if let Some(chat) = call.chat_id() {
                got.push((chat, call.at));
                *per_chat.entry(chat).or_default() += 1;
            }
        }
        if pushed
            .iter()
            .all(|(chat, at)| per_chat.get(chat).copied().unwrap_or(0) >= at.len())
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "replies missing"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let elapsed = got
        .iter()
        .map(|(_, at)| at.duration_since(started))
        .max()
        .unwrap_or_default();
    let mut latencies = Vec::new();
    for (chat, pushes) in &pushed {
        let mut answers = got.iter().filter(|(c, _)| c == chat).map(|(_, at)| *at);
        for push in pushes {
            if let Some(reply) = answers.by_ref().find(|at| *at >= *push) {
                latencies.push(reply.duration_since(*push));
            }
        }
    }
    latencies.sort();
    Run {
        updates: messages.len(),
        elapsed,
        latencies,
    }
}

/// `n` messages spread over the officers, a different one each time.
fn log_lines(n: usize, contacts: usize) -> Vec<(usize, String)> {
    (0..n)
        .map(|i| {
            let officer = i % OFFICERS;
            let contact = 1 + (i * 7919) % contacts;
            let name = name_of(contact as i64);
            let text = match officer % 3 {
                0 => format!("/log {name}: 상수도 협력 만찬 {i} #waterworks"),
                1 => format!("/log {name}: 晚宴会谈 {i} #waterworks"),
                _ => format!("/log {name}: dinner on waterworks {i} #waterworks"),
            };
            (officer, text)
        })
        .collect()
}

/// The officers and `contacts` contacts (three interactions each), with
/// their search keys.
async fn load_office(store: &inmaek::store::Store, contacts: usize) {
    load(
        store,
        &Load {
            contacts,
            interactions_per_contact: 3,
            officers: OFFICERS,
            places: store.places().await.unwrap().iter().map(|p| p.id).collect(),
            with_topics: false,
        },
        store.clock.now(),
    )
    .await;
    store.rebuild_name_keys().await.unwrap();
}

fn officers() -> Vec<SimUser> {
    // The ids `load` gives the officers' Telegram accounts.
    (1..=OFFICERS as i64)
        .map(|id| SimUser::new(900_000 + id, "Officer", None))
        .collect()
}

fn bot_on(sim: &TelegramSim) -> Bot {
    Bot::new("123456:LOAD-BENCH").set_api_url(url::Url::parse(&sim.api_url()).unwrap())
}

async fn wait_polling(sim: &TelegramSim) {
    // A long poll is recorded only when it brings updates; before it,
    // inmaek asks getMe and teloxide's polling deleteWebhook (the plain
    // echo bot asks nothing else, so waiting for getMe alone failed).
    sim.wait_for_call_after(0, Duration::from_secs(10), |c| {
        matches!(c.name().as_str(), "getupdates" | "getme" | "deletewebhook")
    })
    .await
    .expect("the bot polls");
}

async fn measure(sim: &TelegramSim, contacts: usize) -> (Run, Run) {
    let users = officers();
    // Warm up: every officer once.
    drive(sim, &users, &log_lines(OFFICERS, contacts), None).await;
    let burst = drive(
        sim,
        &users,
        &log_lines(OFFICERS * BURST_PER_OFFICER, contacts),
        None,
    )
    .await;
    let steady = drive(
        sim,
        &users,
        &log_lines((RATE * STEADY_SECONDS) as usize, contacts),
        Some(RATE),
    )
    .await;
    (burst, steady)
}

fn report(name: &str, (burst, steady): &(Run, Run)) {
    println!(
        "  {name:<22} burst {:>5} updates: {:>7.0} updates/s (p50 {:>7.1} ms, p99 {:>7.1} ms) | steady {RATE:.0}/s: p50 {:>6.1} ms, p99 {:>6.1} ms",
        burst.updates,
        burst.per_second(),
        burst.p(0.5),
        burst.p(0.99),
        steady.p(0.5),
        steady.p(0.99),
    );
}

fn resident_kib(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

#[tokio::main]
async fn main() {
    let (base, backend) = backend();
    let contacts = env_number("BENCH_LOAD_CONTACTS", 2_000);
    println!(
        "bot load bench: {OFFICERS} officers, {contacts} contacts, {backend}; one-line /log in ko/zh/en"
    );

    // The echo bot: teloxide with one endpoint, on its own fake API.
    let echo_sim = TelegramSim::start().await.unwrap();
    let echo_bot = bot_on(&echo_sim);
    let echo = tokio::spawn(async move {
        let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
            bot.send_message(msg.chat.id, msg.text().unwrap_or("-").to_owned())
                .await?;
            Ok::<(), teloxide::RequestError>(())
        });
        Dispatcher::builder(echo_bot, handler)
            .distribution_function(|update: &Update| update.chat_id())
            .build()
            .dispatch()
            .await;
    });
    wait_polling(&echo_sim).await;
    let echo_run = measure(&echo_sim, contacts).await;
    echo.abort();

    // Inmaek: the real dispatcher and store.
    let (store, _) = fresh_store(base.as_deref(), "inmaek_bench_load").await;
    load_office(&store, contacts).await;
    let sim = TelegramSim::start_with_clock(store.clock.clone())
        .await
        .unwrap();
    let bot = bot_on(&sim);
    let app = Arc::new(BotApp {
        store: store.clone(),
        config: Config::for_database(""),
        storage: DbStorage::new(store.clone()),
        menus: Default::default(),
    });
    let inmaek = tokio::spawn(run_polling(bot, app, std::future::pending()));
    wait_polling(&sim).await;
    let inmaek_run = measure(&sim, contacts).await;
    inmaek.abort();

    report("teloxide echo bot", &echo_run);
    report(&format!("inmaek ({backend})"), &inmaek_run);
    println!(
        "  inmaek / echo throughput: {:.2}× (goal ≥ 0.25×); steady p99 {:.1} ms (goal ≤ 20 ms)",
        inmaek_run.0.per_second() / echo_run.0.per_second(),
        inmaek_run.1.p(0.99),
    );
    if let Some((batches, units)) = store.write_batches() {
        println!(
            "  SQLite writer: {units} units of work in {batches} transactions ({:.1} per transaction)",
            units as f64 / batches.max(1) as f64
        );
    }
    // Every /log named one person and was saved (a "which one?" would be
    // a cheaper answer and flatter the figures).
    let replies: Vec<String> = sim
        .calls()
        .into_iter()
        .filter(|c| c.name() == "sendmessage")
        .filter_map(|c| c.text().map(str::to_owned))
        .collect();
    let unsaved: Vec<&String> = replies.iter().filter(|t| !t.contains("✔")).collect();
    assert!(
        unsaved.is_empty(),
        "{} of {} replies were not a saved log, e.g. {:?}",
        unsaved.len(),
        replies.len(),
        unsaved.first()
    );

    // BENCH_MEMORY_CONTACTS=0 leaves the memory part out.
    if base.is_none() && env_number("BENCH_MEMORY_CONTACTS", 100_000) > 0 {
        memory().await;
    }
}

/// `inmaek serve` (this build) over 100,000 contacts: resident memory after
/// start-up and after answering officers.
async fn memory() {
    let contacts = env_number("BENCH_MEMORY_CONTACTS", 100_000);
    let path = std::env::temp_dir().join("inmaek_bench_memory.db");
    common::remove_sqlite(&path);
    let url = format!("sqlite://{}?mode=rwc", path.display());
    let store = inmaek::store::Store::open(&url, inmaek::clock::Clock::fixed(common::now()))
        .await
        .unwrap();
    load_office(&store, contacts).await;
    drop(store);
    let sim = TelegramSim::start_with_clock(inmaek::clock::Clock::fixed(common::now()))
        .await
        .unwrap();
    // BENCH_SERVE_WRAPPER=heaptrack (say) runs serve under a profiler.
    let wrapper = std::env::var("BENCH_SERVE_WRAPPER").ok();
    let words: Vec<&str> = wrapper.iter().flat_map(|w| w.split_whitespace()).collect();
    let mut command = match words.split_first() {
        Some((program, args)) => {
            let mut command = std::process::Command::new(program);
            command.args(args).arg(env!("CARGO_BIN_EXE_inmaek"));
            command
        }
        None => std::process::Command::new(env!("CARGO_BIN_EXE_inmaek")),
    };
    let mut child = command
        .arg("serve")
        .env("DATABASE_URL", &url)
        .env("INMAEK_NOW", common::NOW)
        .env("TELOXIDE_TOKEN", "123456:LOAD-BENCH")
        .env("TELOXIDE_API_URL", sim.api_url())
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("serve starts");
    wait_polling(&sim).await;
    let idle = resident_kib(child.id());
    let users = officers();
    drive(&sim, &users, &log_lines(2_000, contacts), None).await;
    let who: Vec<(usize, String)> = (0..1_000)
        .map(|i| {
            (
                i % OFFICERS,
                format!("/who {}", name_of(1 + ((i * 104_729) % contacts) as i64)),
            )
        })
        .collect();
    drive(&sim, &users, &who, None).await;
    let busy = resident_kib(child.id());
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let _ = child.wait();
    println!(
        "  inmaek serve over {contacts} contacts (SQLite): resident {:.1} MB after start, {:.1} MB after 2,000 /log and 1,000 /who (peak {:.1} MB; goal ≤ 64 MB)",
        idle.0 as f64 / 1024.0,
        busy.0 as f64 / 1024.0,
        busy.1 as f64 / 1024.0,
    );
}
