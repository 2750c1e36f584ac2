//! The binary's long-running commands: `serve` stops within five seconds
//! of SIGTERM and answers in between; `demo` chats in the terminal.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::TestDb;
use inmaek::domain::keys::Role;
use inmaek::telegram_sim::{Failure, SimUser, TelegramSim};

#[tokio::test]
async fn serve_answers_through_the_bot_api_url_and_stops_within_five_seconds_of_sigterm() {
    let db = TestDb::sqlite();
    let sim = TelegramSim::start_with_clock(db.clock.clone())
        .await
        .unwrap();
    // An officer enrolled before the start, in Seoul, where the test's
    // clock says it is ten in the morning, with a relationship due: the
    // scheduler's first pass writes to them.
    let code = {
        let store = db.store_at(common::at(common::NOW)).await;
        let digest_reader = store
            .invite_user(inmaek::store::users::Invitation {
                role: Role::Officer,
                name: "Choi Minseo".into(),
                lang: inmaek::domain::Lang::En,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: chrono::Duration::days(1),
            })
            .await
            .unwrap();
        store.redeem_code(&digest_reader.code, 43).await.unwrap();
        let contact = store
            .add_contact(inmaek::store::contacts::NewContact {
                names: vec![
                    inmaek::domain::names::PersonName::parse(
                        inmaek::domain::keys::NameForm::Hangul,
                        "김영남",
                    )
                    .unwrap(),
                ],
                ..Default::default()
            })
            .await
            .unwrap();
        store
            .log_interaction(inmaek::store::interactions::NewInteraction {
                occurred_at: store.clock.now() - chrono::Duration::days(120),
                kind: inmaek::domain::keys::InteractionKind::Meeting,
                contact_ids: vec![contact.id],
                officer_ids: Vec::new(),
                place: None,
                note: None,
                track: None,
                topics: Vec::new(),
                logged_by: Some(digest_reader.user.id),
                follow_ups: Vec::new(),
            })
            .await
            .unwrap();
        store
            .invite_user(inmaek::store::users::Invitation {
                role: Role::Officer,
                name: "Park Jiwoo".into(),
                lang: inmaek::domain::Lang::En,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: chrono::Duration::days(1),
            })
            .await
            .unwrap()
            .code
    };
    // Long polling, with the operations endpoints on --listen.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = common::serve_command(&db, &sim.api_url())
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");

    let user = SimUser::new(42, "Park", Some("en"));
    let start = sim.call_count();
    sim.send_text(&user, &format!("/start {code}"));
    let reply = sim
        .wait_for_call_after(start, Duration::from_secs(20), |c| {
            c.name() == "sendmessage" && c.chat_id() == Some(42)
        })
        .await
        .expect("serve answers");
    assert_eq!(
        reply.text(),
        Some("Welcome, Park Jiwoo! You are enrolled as Liaison officer.")
    );

    // The scheduler inside serve sent the midday officer their digest.
    let digest = sim
        .wait_for_call_after(0, Duration::from_secs(20), |c| {
            c.name() == "sendmessage" && c.chat_id() == Some(43)
        })
        .await
        .expect("serve runs the scheduler");
    assert!(
        digest.text().unwrap_or_default().contains("김영남"),
        "{:?}",
        digest.text()
    );

    // The operations endpoints answer in polling mode too.
    let get = |path: &str| {
        let url = format!("http://127.0.0.1:{port}{path}");
        async move {
            let response = reqwest::get(url).await.expect("the endpoint answers");
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    assert_eq!(get("/healthz").await, (200, "ok\n".to_owned()));
    assert_eq!(get("/readyz").await, (200, "ready\n".to_owned()));
    // The digest's send is counted once its answer is back: allow a moment.
    let mut scrape = get("/metrics").await;
    for _ in 0..20 {
        if scrape.1.contains("inmaek_sends_total{outcome=\"ok\"} 1") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        scrape = get("/metrics").await;
    }
    let (status, metrics) = scrape;
    assert_eq!(status, 200);
    assert!(
        metrics.contains("inmaek_updates_total{kind=\"message\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("inmaek_sends_total{outcome=\"ok\"} 1"),
        "the digest: {metrics}"
    );

    common::terminate(&child);
    assert!(
        common::stopped_within(&mut child, Duration::from_secs(5)).await,
        "serve did not stop within 5 s"
    );
    let exit = child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
    let mut log = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut log).unwrap();
    assert!(
        !log.contains(common::TOKEN) && !log.contains("TEST-TOKEN"),
        "the token never reaches the log: {log}"
    );
    assert!(
        !log.contains("김영남") && !log.contains("Choi Minseo"),
        "names never reach the log: {log}"
    );
    assert!(
        !log.contains("Park Jiwoo"),
        "names never reach the log: {log}"
    );
}

#[tokio::test]
async fn serve_with_an_unreachable_bot_api_says_so_and_keeps_trying() {
    let db = TestDb::sqlite();
    // Nothing listens on port 9 of this machine. Health answers meanwhile.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = common::binary(&db, "http://127.0.0.1:9/")
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_secs(4)).await;
    assert!(
        child.try_wait().unwrap().is_none(),
        "serve waits for the Bot API instead of exiting"
    );
    let health = {
        use std::io::{Read, Write};
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .write_all(b"GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    };
    assert!(health.starts_with("HTTP/1.0 200"), "{health}");
    common::terminate(&child);
    assert!(common::stopped_within(&mut child, std::time::Duration::from_secs(5)).await);
    let output = child.wait_with_output().unwrap();
    let log = String::from_utf8_lossy(&output.stderr);
    assert!(!log.contains("panicked"), "{log}");
    assert_eq!(output.status.code(), Some(0), "{log}");
    // 1 s, then 2 s: at least two tries in four seconds, each one line.
    let tries = log
        .lines()
        .filter(|l| l.contains("the Bot API cannot be reached; trying again"))
        .count();
    assert!(tries >= 2, "{log}");
    assert!(!log.contains(common::TOKEN), "{log}");
}

#[test]
fn serve_with_a_malformed_token_or_a_taken_address_says_so_at_once() {
    let db = TestDb::sqlite();
    let output = common::binary(&db, "http://127.0.0.1:9/")
        .arg("serve")
        .env("TELOXIDE_TOKEN", "123:abc")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim(),
        "The environment variable TELOXIDE_TOKEN is missing or malformed."
    );
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let output = common::binary(&db, "http://127.0.0.1:9/")
        .args(["serve", "--listen", &address])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains(&address),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn serve_without_a_token_says_so() {
    let db = TestDb::sqlite();
    let output = Command::new(env!("CARGO_BIN_EXE_inmaek"))
        .arg("serve")
        .env("DATABASE_URL", &db.url)
        .env("INMAEK_NOW", db.now_env())
        .env("INMAEK_LANG", "en")
        .env_remove("TELOXIDE_TOKEN")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr).trim(),
        "The environment variable TELOXIDE_TOKEN is missing or malformed."
    );
}

/// Runs `inmaek demo` in `dir` (its database `demo.db` there) in English,
/// typing `input`; what it printed.
fn run_demo(dir: &std::path::Path, input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_inmaek"))
        .args(["demo", "--db", "demo.db"])
        .current_dir(dir)
        .env("INMAEK_LANG", "en")
        .env("INMAEK_NOW", common::NOW)
        .env_remove("DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_demo_chats_with_the_real_bot_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let run = |input: &str| run_demo(dir.path(), input);
    let out = run("/who 金永男\n/log\n박\n1\n2\n/quit\n");
    assert!(
        out.contains("Created") && out.contains("32 fictional contacts"),
        "{out}"
    );
    assert!(
        out.contains("#1 김영남 (Hangul) · 金永男 (Hanzi) · Jin Yongnan (Latin)"),
        "{out}"
    );
    assert!(
        out.contains("No one is named “박”. One of these, or someone new?"),
        "{out}"
    );
    assert!(
        out.contains("[1] 박지훈 / 朴志勋 / Park Jihoon")
            && out.contains("[2] 박춘화 / 朴春花 / Piao Chunhua"),
        "buttons are numbered: {out}"
    );
    assert!(
        out.contains("When did you meet Park Jihoon?"),
        "pressing 1 picked the first: {out}"
    );
    assert!(
        out.contains("What kind of contact was it?"),
        "pressing 2 answered yesterday: {out}"
    );
    // A second run keeps the data and the conversation goes on.
    let again = run("/who Piao\n/quit\n");
    assert!(
        !again.contains("fictional contacts"),
        "no second seeding: {again}"
    );
    assert!(again.contains("박춘화"), "{again}");
}

#[test]
fn the_demo_says_what_each_button_did_writes_the_brief_and_speaks_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let run = |input: &str| run_demo(dir.path(), input);
    // /due, then [2] is "1 ⏰ 1 week" on the first item; then a brief; then /lang → 한국어.
    let out = run("/due\n2\n/brief 하얼빈\n/lang\n1\n/quit\n");
    assert!(out.contains("[2] 1 ⏰ 1 week"), "{out}");
    assert!(
        out.contains("The buttons changed; their numbers now are:\n  │ [1] 2 ✍ Log"),
        "the new numbering is shown: {out}"
    );
    assert!(
        out.contains("  💬 ") && out.contains(": put off until "),
        "the toast is shown: {out}"
    );
    let brief = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("brief-harbin-")
        })
        .expect("the brief was written into the current folder");
    assert!(
        out.contains(&format!("📎 Wrote {}", brief.display())),
        "{out}"
    );
    let html = std::fs::read_to_string(&brief).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("哈尔滨"),
        "{html}"
    );
    assert!(out.contains("이제부터 한국어로 안내합니다."), "{out}");
    assert!(
        out.trim_end()
            .ends_with("종료합니다. 변경 내용은 데모 데이터베이스에 남아 있습니다."),
        "the goodbye in the chosen language: {out}"
    );
    // The next run greets in Korean; Hand over with no other officer says why.
    let again = run("/due\n4\n/quit\n");
    assert!(again.starts_with("인맥 데모"), "{again}");
    assert!(
        again.contains("  💬 인계할 다른 담당관이 없습니다."),
        "{again}"
    );
}

#[tokio::test]
async fn the_fake_bot_api_answers_429_403_and_500_like_telegram() {
    use teloxide::prelude::*;
    use teloxide::{ApiError, RequestError};
    let sim = TelegramSim::start().await.unwrap();
    let bot = Bot::new(common::TOKEN).set_api_url(url::Url::parse(&sim.api_url()).unwrap());
    sim.fail_next("sendmessage", Failure::TooManyRequests { retry_after: 3 });
    sim.fail_next("sendmessage", Failure::Blocked);
    match bot.send_message(ChatId(5), "x").await {
        Err(RequestError::RetryAfter(seconds)) => assert_eq!(seconds.seconds(), 3),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        bot.send_message(ChatId(5), "x").await,
        Err(RequestError::Api(ApiError::BotBlocked))
    ));
    let sent = bot.send_message(ChatId(5), "hello").await.unwrap();
    assert_eq!(sent.text(), Some("hello"));
    assert_eq!(
        sim.calls()
            .iter()
            .filter(|c| c.name() == "sendmessage")
            .count(),
        3,
        "failures are recorded too"
    );
    sim.fail_next("getme", Failure::ServerError);
    assert!(bot.get_me().await.is_err());
    assert_eq!(bot.get_me().await.unwrap().username(), "inmaek_bot");
}

/// A whole session at TRACE level: the log never holds the bot token, a
/// name, a phone number or a note — whatever the crates underneath log.
#[tokio::test]
async fn a_trace_level_session_logs_no_token_and_no_personal_data() {
    let db = TestDb::sqlite();
    let sim = TelegramSim::start_with_clock(db.clock.clone())
        .await
        .unwrap();
    let code = {
        let store = db.store_at(common::at(common::NOW)).await;
        store
            .add_contact(inmaek::store::contacts::NewContact {
                names: vec![
                    inmaek::domain::names::PersonName::parse(
                        inmaek::domain::keys::NameForm::Hanzi,
                        "马红",
                    )
                    .unwrap(),
                    inmaek::domain::names::PersonName::parse(
                        inmaek::domain::keys::NameForm::Latin,
                        "Ma Hong",
                    )
                    .unwrap(),
                ],
                phone: Some("+86 451 8888 1234".into()),
                email: Some("mahong@example.cn".into()),
                ..Default::default()
            })
            .await
            .unwrap();
        store
            .invite_user(inmaek::store::users::Invitation {
                role: Role::Officer,
                name: "Park Jiwoo".into(),
                lang: inmaek::domain::Lang::En,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: chrono::Duration::days(1),
            })
            .await
            .unwrap()
            .code
    };
    let mut child = common::serve_command(&db, &sim.api_url())
        .env("RUST_LOG", "trace")
        .stderr(Stdio::piped())
        .spawn()
        .expect("serve starts");
    // Drain the log as it comes, so a chatty TRACE never blocks the pipe.
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut log = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut log).ok();
        log
    });
    let user = SimUser::new(42, "Park", Some("en"));
    for text in [
        format!("/start {code}"),
        "/who 马红".to_owned(),
        "/log Ma Hong: yesterday secret waterworks talk with +86 451 8888 1234 #waterworks"
            .to_owned(),
    ] {
        let start = sim.call_count();
        sim.send_text(&user, &text);
        sim.wait_for_call_after(start, Duration::from_secs(20), |c| {
            c.name() == "sendmessage" && c.chat_id() == Some(42)
        })
        .await
        .expect("serve answers");
    }
    common::terminate(&child);
    assert!(
        common::stopped_within(&mut child, Duration::from_secs(5)).await,
        "stops within 5 s"
    );
    let log = reader.join().unwrap();
    assert!(log.len() > 1000, "TRACE logs plenty: {} bytes", log.len());
    for secret in [
        common::TOKEN,
        "马红",
        "Ma Hong",
        // The phone's digits (a bare "8888" can be a timing in a TRACE line).
        "8888 1234",
        "88881234",
        "mahong@example.cn",
        "Park Jiwoo",
        "secret waterworks",
        &code,
    ] {
        if let Some(at) = log.find(secret) {
            let from = log.floor_char_boundary(at.saturating_sub(300));
            let to = log.ceil_char_boundary((at + 100).min(log.len()));
            panic!("{secret:?} reached the TRACE log: …{}…", &log[from..to]);
        }
    }
}

#[test]
fn the_demo_office_has_its_institutions_and_ways_in_worth_finding() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_demo(dir.path(), "/path 위안훙\n/who 류양\n/quit\n");
    // Never met by the demo officer: three steps, each explained.
    assert!(
        out.contains("1. Demo Officer met Zhou Tao")
            && out.contains(
                "Zhou Tao and Wu Fang are colleagues → Wu Fang and Yuan Hong were classmates"
            ),
        "{out}"
    );
    assert!(
        out.contains("Committee: Seoul–Jilin Joint Committee (Chair)"),
        "{out}"
    );
    // The demo database, through the command line.
    let cli = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_inmaek"))
            .args(args)
            .current_dir(dir.path())
            .env("DATABASE_URL", "sqlite://demo.db")
            .env("INMAEK_LANG", "en")
            .env("INMAEK_NOW", common::NOW)
            .output()
            .unwrap();
        assert!(output.status.success(), "{args:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let committees = cli(&["committee", "list"]);
    for name in ["Seoul–Jilin", "Seoul–Liaoning", "Seoul–Heilongjiang"] {
        assert!(committees.contains(name), "{committees}");
    }
    assert_eq!(
        committees.matches("last meeting 20").count(),
        3,
        "{committees}"
    );
    let agreements = cli(&["agreement", "list"]);
    for status in [
        "Exploring",
        "Friendship city",
        "Sister city",
        "MOU",
        "Renewed",
        "Suspended",
    ] {
        assert!(agreements.contains(status), "{status}: {agreements}");
    }
    // Found in a trial: an agreement without signatories left an empty
    // item and a double space in its line.
    assert!(
        !agreements.contains("·  ") && !agreements.contains("· ·"),
        "{agreements}"
    );
    let projects = cli(&["project", "list"]);
    for area in [
        "Transportation",
        "E-government",
        "Waterworks",
        "Environment",
        "Sewage",
    ] {
        assert!(projects.contains(area), "{area}: {projects}");
    }
}
