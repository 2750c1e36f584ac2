//! Shared test harness: a fresh database per test on SQLite and, when
//! `TEST_DATABASE_URL` is set, on PostgreSQL too (created and dropped here).
#![allow(
    dead_code,
    reason = "each test binary uses a different part of the harness"
)]

pub mod names;

use std::sync::atomic::{AtomicU32, Ordering};

use chrono::{DateTime, Utc};
use inmaek::clock::Clock;
use inmaek::store::Store;

/// The instant every test's clock starts at unless the test sets its own.
/// Tests never read the real clock: their dates are written relative to
/// this one (or to the instant they set), so the calendar cannot pass them.
pub const NOW: &str = "2026-11-30T10:00:00+09:00";

/// One fresh, empty database; dropped with the value.
pub struct TestDb {
    pub url: String,
    pub backend: &'static str,
    /// The test's one clock: stores opened with `store_at` read it, and
    /// every `inmaek` process the test starts gets it as `INMAEK_NOW`.
    pub clock: Clock,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    pub fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("a temporary directory");
        // The database exists (an empty file is an empty SQLite database):
        // commands other than migrate, import and user invite refuse to
        // create one where DATABASE_URL points.
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options
            .open(dir.path().join("inmaek.db"))
            .expect("an empty database file, the owner's alone");
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("inmaek.db").display()
        );
        Self {
            url,
            backend: "sqlite",
            clock: Clock::fixed(at(NOW)),
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
            clock: Clock::fixed(at(NOW)),
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

    /// Moves the test's clock to `now` and opens a store on it.
    pub async fn store_at(&self, now: DateTime<Utc>) -> Store {
        self.clock.set(now);
        Store::open(&self.url, self.clock.clone())
            .await
            .expect("the store opens and migrates")
    }

    /// The test's clock as `INMAEK_NOW` gives it to a subprocess.
    pub fn now_env(&self) -> String {
        self.clock.now().to_rfc3339()
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

// ---------------------------------------------------------------------------
// The bot, end to end: the real dispatcher against the fake Bot API.

use std::sync::Arc;
use std::time::Duration;

use inmaek::bot::storage::DbStorage;
use inmaek::bot::{BotApp, run_polling};
use inmaek::config::Config;
use inmaek::domain::Lang;
use inmaek::domain::keys::Role;
use inmaek::store::users::Invitation;
use inmaek::telegram::Keyboards;
use inmaek::telegram_sim::{Call, SimUser, TelegramSim};

/// `call` with its buttons' opaque tokens replaced by what they mean (for
/// the private chat's user), so tests can read them.
pub async fn opened(store: &Store, mut call: Call) -> Call {
    let (Some(chat), Some(markup)) = (call.chat_id(), call.markup()) else {
        return call;
    };
    let Ok(sealed) = serde_json::from_value::<teloxide::types::InlineKeyboardMarkup>(markup) else {
        return call;
    };
    let Some(account) = store.user_by_telegram(chat).await.unwrap() else {
        return call;
    };
    let meanings = store.open_keyboard(account.id, sealed).await.unwrap();
    call.params["reply_markup"] = serde_json::to_value(meanings).unwrap();
    call
}

pub const TOKEN: &str = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz";

/// The bot running against a fresh database and the fake Bot API.
pub struct TestApp {
    pub store: Store,
    pub sim: TelegramSim,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

/// What the bot did in answer to one update.
#[derive(Debug, Clone)]
pub struct Reply {
    pub update_id: i64,
    pub calls: Vec<Call>,
}

impl Reply {
    /// The texts the bot sent, joined.
    pub fn text(&self) -> String {
        self.calls
            .iter()
            .filter(|c| matches!(c.name().as_str(), "sendmessage" | "editmessagetext"))
            .filter_map(|c| c.text())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn sent(&self) -> Vec<&Call> {
        self.calls
            .iter()
            .filter(|c| c.name() == "sendmessage")
            .collect()
    }

    /// The message carrying buttons (sent, or whose buttons were replaced), and its buttons flattened.
    pub fn buttons(&self) -> (i64, Vec<(String, String)>) {
        self.calls
            .iter()
            .rev()
            .find(|c| {
                matches!(
                    c.name().as_str(),
                    "sendmessage" | "editmessagereplymarkup" | "editmessagetext"
                ) && !c.buttons().is_empty()
            })
            .map(|c| {
                (
                    c.message_id().unwrap_or_default(),
                    c.buttons().into_iter().flatten().collect(),
                )
            })
            .unwrap_or_default()
    }

    /// The callback data of the button whose label contains `label`.
    pub fn button(&self, label: &str) -> (i64, String) {
        let (message_id, buttons) = self.buttons();
        let data = buttons
            .iter()
            .find(|(l, _)| l.contains(label))
            .map(|(_, d)| d.clone())
            .unwrap_or_else(|| panic!("no button {label:?} in {buttons:?}; text: {}", self.text()));
        (message_id, data)
    }

    /// The alert text of the callback answer, if any.
    pub fn alert(&self) -> Option<String> {
        self.calls
            .iter()
            .find(|c| c.name() == "answercallbackquery")
            .and_then(|c| {
                c.params
                    .get("text")
                    .and_then(|t| t.as_str())
                    .map(str::to_owned)
            })
    }
}

fn is_reply(call: &Call) -> bool {
    matches!(
        call.name().as_str(),
        "sendmessage"
            | "editmessagetext"
            | "editmessagereplymarkup"
            | "answercallbackquery"
            | "senddocument"
    )
}

pub fn config(url: &str) -> Config {
    Config::for_database(url)
}

impl TestApp {
    pub async fn spawn(db: &TestDb, now: DateTime<Utc>) -> Self {
        let store = db.store_at(now).await;
        Self::spawn_with(store, config(&db.url)).await
    }

    pub async fn spawn_with(store: Store, config: Config) -> Self {
        let sim = TelegramSim::start_with_clock(store.clock.clone())
            .await
            .expect("the fake Bot API starts");
        if let Some(last) = store.last_update_id().await.expect("inbound updates") {
            sim.start_update_ids_at(last + 1);
        }
        let bot = teloxide::Bot::new(TOKEN).set_api_url(url::Url::parse(&sim.api_url()).unwrap());
        let app = Arc::new(BotApp {
            store: store.clone(),
            config,
            storage: DbStorage::new(store.clone()),
            menus: Default::default(),
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(run_polling(bot, app, async move {
            let _ = stopped.await;
        }));
        let app = Self {
            store,
            sim,
            stop: Some(stop),
            task: Some(task),
        };
        // Ready when the dispatcher polls for updates.
        app.sim
            .wait_for_call_after(0, Duration::from_secs(10), |c| {
                c.name() == "getupdates" || c.name() == "getme"
            })
            .await;
        app
    }

    /// Stops the dispatcher (as SIGTERM would) and waits for it.
    pub async fn stop(mut self) -> Store {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            tokio::time::timeout(Duration::from_secs(5), task)
                .await
                .expect("the bot stops within 5 s")
                .ok();
        }
        self.store.clone()
    }

    async fn settle(&self, start: usize, update_id: i64, expect_reply: bool) -> Reply {
        let wait = if expect_reply {
            Duration::from_secs(10)
        } else {
            Duration::from_millis(800)
        };
        let mut seen = match self.sim.wait_for_call_after(start, wait, is_reply).await {
            Some(_) => self.sim.call_count(),
            None => start,
        };
        // Then until the bot has been quiet for a moment.
        while self
            .sim
            .wait_for_call_after(seen, Duration::from_millis(250), is_reply)
            .await
            .is_some()
        {
            seen = self.sim.call_count();
        }
        let mut calls = Vec::new();
        for call in self.sim.calls().into_iter().skip(start).filter(is_reply) {
            calls.push(opened(&self.store, call).await);
        }
        Reply { update_id, calls }
    }

    /// A private message from `user`; waits for the bot's answer.
    pub async fn send(&self, user: &SimUser, text: &str) -> Reply {
        let start = self.sim.call_count();
        let id = self.sim.send_text(user, text);
        self.settle(start, id, true).await
    }

    /// Pushes a raw update (e.g. a redelivery); `expect_reply` false waits briefly for silence.
    pub async fn push(&self, update: serde_json::Value, expect_reply: bool) -> Reply {
        let start = self.sim.call_count();
        let id = self.sim.push_update(update);
        self.settle(start, id, expect_reply).await
    }

    /// `user` presses the button meaning `data` on `message_id` (the bot
    /// sends opaque tokens: the token of that button is sent). Data no
    /// button on the message means is sent as it is — a forged press.
    pub async fn press(&self, user: &SimUser, (message_id, data): (i64, String)) -> Reply {
        let token = self.token_for(user, message_id, &data).await;
        let start = self.sim.call_count();
        let id = self.sim.press_button(user, message_id, &token);
        self.settle(start, id, true).await
    }

    /// The token the bot put on the button of `message_id` that means
    /// `data` for `user`, or `data` itself when no button means it.
    pub async fn token_for(&self, user: &SimUser, message_id: i64, data: &str) -> String {
        let Some(markup) = self.sim.keyboard_of(user.id, message_id) else {
            return data.to_owned();
        };
        let Ok(sealed) = serde_json::from_value::<teloxide::types::InlineKeyboardMarkup>(markup)
        else {
            return data.to_owned();
        };
        let Some(account) = self.store.user_by_telegram(user.id).await.unwrap() else {
            return data.to_owned();
        };
        let opened = self
            .store
            .open_keyboard(account.id, sealed.clone())
            .await
            .unwrap();
        let callback = |button: &teloxide::types::InlineKeyboardButton| match &button.kind {
            teloxide::types::InlineKeyboardButtonKind::CallbackData(d) => Some(d.clone()),
            _ => None,
        };
        sealed
            .inline_keyboard
            .iter()
            .flatten()
            .zip(opened.inline_keyboard.iter().flatten())
            .find(|(_, meaning)| callback(meaning).as_deref() == Some(data))
            .and_then(|(token, _)| callback(token))
            .unwrap_or_else(|| data.to_owned())
    }

    pub async fn forward(&self, user: &SimUser, name: &str, text: &str) -> Reply {
        let start = self.sim.call_count();
        let id = self.sim.forward_text(user, None, name, text);
        self.settle(start, id, true).await
    }

    pub async fn in_group(&self, user: &SimUser, text: &str) -> Reply {
        let start = self.sim.call_count();
        let id = self.sim.send_group_text(user, -100_500, text);
        self.settle(start, id, true).await
    }

    /// Invites `name` with `role` and enrols `user` with the code through the bot.
    pub async fn enrol(&self, user: &SimUser, name: &str, role: Role) -> Reply {
        let code = self.invite(name, role, None).await;
        let reply = self.send(user, &format!("/start {code}")).await;
        assert!(
            self.store
                .user_by_telegram(user.id)
                .await
                .unwrap()
                .is_some(),
            "enrolment failed: {}",
            reply.text()
        );
        reply
    }

    pub async fn invite(&self, name: &str, role: Role, contact_id: Option<i32>) -> String {
        self.store
            .invite_user(Invitation {
                role,
                name: name.to_owned(),
                lang: Lang::Ko,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id,
                valid_for: chrono::Duration::days(7),
            })
            .await
            .expect("invitation")
            .code
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

// ---------------------------------------------------------------------------
// The binary, as an admin runs it.

/// What one run of `inmaek` printed and returned.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `inmaek ARGS` on `db` with output in `lang`.
pub fn inmaek(db: &TestDb, lang: &str, args: &[&str]) -> Run {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_inmaek"))
        .args(args)
        .env("DATABASE_URL", &db.url)
        .env("INMAEK_NOW", db.now_env())
        .env("INMAEK_LANG", lang)
        .env("INMAEK_TZ", "Asia/Seoul")
        .env_remove("RUST_LOG")
        .output()
        .expect("the binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

/// A run that succeeds; its standard output.
pub fn ok(db: &TestDb, lang: &str, args: &[&str]) -> String {
    let run = inmaek(db, lang, args);
    assert_eq!(
        run.code, 0,
        "{args:?} failed on {}: {}",
        db.backend, run.stderr
    );
    run.stdout
}

/// A refusal: exit 1 and one sentence on stderr, which is returned.
pub fn refused(db: &TestDb, lang: &str, args: &[&str]) -> String {
    let run = inmaek(db, lang, args);
    assert_eq!(
        run.code, 1,
        "{args:?} should fail on {}; stdout: {}",
        db.backend, run.stdout
    );
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one sentence, got {:?}", run.stderr);
    assert!(!run.stderr.contains("panicked"));
    lines[0].to_owned()
}

// ---------------------------------------------------------------------------
// The scheduler and relay with the clock injected, and the binary pointed at
// the fake Bot API.

use inmaek::domain::keys::{Category, InteractionKind, NameForm};
use inmaek::domain::names::PersonName;
use inmaek::keep;
use inmaek::store::contacts::NewContact;
use inmaek::store::entity::outbox;
use inmaek::store::interactions::NewInteraction;
use std::process::Command as ProcessCommand;

/// An office: a store on a fixed clock, the fake Bot API and a bot for it.
pub struct Office {
    pub store: Store,
    pub sim: TelegramSim,
    pub bot: teloxide::Bot,
    pub config: inmaek::config::Config,
}

impl Office {
    pub async fn open(db: &TestDb, now: &str) -> Self {
        let store = db.store_at(at(now)).await;
        let sim = TelegramSim::start_with_clock(store.clock.clone())
            .await
            .expect("fake Bot API");
        let bot = teloxide::Bot::new(TOKEN).set_api_url(url::Url::parse(&sim.api_url()).unwrap());
        Self {
            store,
            sim,
            bot,
            config: config(&db.url),
        }
    }

    pub fn at(&self, now: &str) {
        self.store.clock.set(at(now));
    }

    pub async fn tick(&self, now: &str) -> keep::TickReport {
        self.at(now);
        keep::tick(&self.store, &self.bot, &self.config, None)
            .await
            .expect("a scheduler pass")
    }

    /// Messages delivered to `chat` (sendMessage calls that succeeded).
    pub fn delivered(&self, chat: i64) -> Vec<Call> {
        self.sim
            .calls()
            .into_iter()
            .filter(|c| c.name() == "sendmessage" && c.chat_id() == Some(chat))
            .filter(|c| c.message_id().is_some())
            .collect()
    }

    pub async fn officer(&self, name: &str, telegram: i64, lang: Lang, tz: chrono_tz::Tz) -> i32 {
        let invited = self
            .store
            .invite_user(Invitation {
                role: Role::Officer,
                name: name.into(),
                lang,
                time_zone: tz,
                contact_id: None,
                valid_for: chrono::Duration::days(7),
            })
            .await
            .unwrap();
        self.store
            .redeem_code(&invited.code, telegram)
            .await
            .unwrap();
        invited.user.id
    }

    /// A bridge-category contact (60-day cadence) in `place`, last met
    /// `days_ago` by `owner` (who becomes the owner) or by nobody.
    pub async fn contact(
        &self,
        hangul: &str,
        place: &str,
        owner: Option<i32>,
        days_ago: i64,
    ) -> i32 {
        let contact = self
            .store
            .add_contact(NewContact {
                names: vec![PersonName::parse(NameForm::Hangul, hangul).unwrap()],
                categories: vec![Category::Bridge],
                place: Some(place.into()),
                ..Default::default()
            })
            .await
            .unwrap();
        self.store
            .log_interaction(NewInteraction {
                occurred_at: self.store.clock.now() - chrono::Duration::days(days_ago),
                kind: InteractionKind::Meeting,
                contact_ids: vec![contact.id],
                officer_ids: Vec::new(),
                place: None,
                note: None,
                track: None,
                topics: Vec::new(),
                logged_by: owner,
                follow_ups: Vec::new(),
            })
            .await
            .unwrap();
        contact.id
    }

    pub async fn outbox(&self) -> Vec<outbox::Model> {
        <outbox::Entity as sea_orm::EntityTrait>::find()
            .all(self.store.db_for_tests())
            .await
            .unwrap()
    }
}

/// Runs `sql` on `db` around Inmaek, as someone with the database's
/// password might (rows Inmaek would never write itself).
pub fn around_inmaek(db: &TestDb, sql: &str) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        use sea_orm::ConnectionTrait;
        let admin = inmaek::store::connect(&db.url).await.unwrap();
        admin.execute_unprepared(sql).await.unwrap();
    });
}

/// The `inmaek` binary on `db`, pointed at `api_url`, on the test's clock.
pub fn binary(db: &TestDb, api_url: &str) -> ProcessCommand {
    let mut command = ProcessCommand::new(env!("CARGO_BIN_EXE_inmaek"));
    command
        .env("DATABASE_URL", &db.url)
        .env("INMAEK_NOW", db.now_env())
        .env("INMAEK_LANG", "en")
        .env("INMAEK_TZ", "Asia/Seoul")
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api_url)
        .env_remove("RUST_LOG");
    command
}

/// `inmaek serve` on `db` against the fake Bot API at `api_url`, on the
/// test's clock; quiet unless the caller asks for its log.
pub fn serve_command(db: &TestDb, api_url: &str) -> ProcessCommand {
    let mut command = binary(db, api_url);
    command
        .arg("serve")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    command
}

/// Waits up to `limit` for `child` to exit; whether it did.
pub async fn stopped_within(child: &mut std::process::Child, limit: Duration) -> bool {
    let started = std::time::Instant::now();
    while child.try_wait().expect("the child's status").is_none() {
        if started.elapsed() > limit {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    true
}

/// Sends SIGTERM to `child`, as an operator stopping `serve` would.
pub fn terminate(child: &std::process::Child) {
    ProcessCommand::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
}

/// Runs the binary against the office's fake Bot API (or `api_url`); stdout.
pub fn run(db: &TestDb, office: &Office, args: &[&str], api_url: Option<&str>) -> String {
    let output = binary(db, api_url.unwrap_or(&office.sim.api_url()))
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

pub fn run_failing(db: &TestDb, office: &Office, args: &[&str]) -> String {
    let output = binary(db, &office.sim.api_url())
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{args:?} should fail");
    String::from_utf8(output.stderr).unwrap()
}

/// A forum in English at `place`, starting at `starts`, for tests that
/// need an event and nothing particular about it.
pub fn forum(title: &str, starts: DateTime<Utc>, place: &str) -> inmaek::store::events::NewEvent {
    inmaek::store::events::NewEvent {
        kind: inmaek::domain::keys::EventKind::Forum,
        titles: [None, None, Some(title.to_owned())],
        descriptions: [None, None, None],
        starts_at: starts,
        ends_at: None,
        time_zone: chrono_tz::Asia::Seoul,
        place: Some(place.to_owned()),
        address: None,
        capacity: None,
        rsvp_deadline: None,
        organizer_user_id: None,
        track: None,
        topics: Vec::new(),
    }
}

/// A port nobody listens on (for a server the test starts).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// An invitation for `name` as `role` (English, Seoul time, valid a day),
/// tied to the contact `contact_id` when given.
pub fn invitation(
    name: &str,
    role: inmaek::domain::keys::Role,
    contact_id: Option<i32>,
) -> inmaek::store::users::Invitation {
    inmaek::store::users::Invitation {
        role,
        name: name.into(),
        lang: inmaek::domain::Lang::En,
        time_zone: chrono_tz::Asia::Seoul,
        contact_id,
        valid_for: chrono::Duration::days(1),
    }
}

/// 김영남 (金永男, Jin Yongnan), associate professor at Yanbian University
/// in Yanji, a bridge kept by `owner`: the contact the console's stories
/// look for. Its id.
pub async fn add_kim(store: &Store, owner: &str) -> i32 {
    use inmaek::domain::keys::{Category, NameForm};
    use inmaek::domain::names::PersonName;
    store
        .add_contact(inmaek::store::contacts::NewContact {
            names: vec![
                PersonName::parse(NameForm::Hangul, "김영남").unwrap(),
                PersonName::parse(NameForm::Hanzi, "金永男").unwrap(),
                PersonName::parse(NameForm::Latin, "Jin Yongnan").unwrap(),
            ],
            categories: vec![Category::Bridge],
            organization: Some("延边大学".into()),
            title: Some("副教授".into()),
            place: Some("Yanji".into()),
            owner: Some(owner.into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .id
}
