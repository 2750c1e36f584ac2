//! Privacy promises, tried as an attacker or a departing officer would:
//! access that ends when a person leaves, output into a closed pipe,
//! files that leave the database, text that could run in a spreadsheet or
//! a terminal.

mod common;

use common::{TestApp, TestDb, at};
use inmaek::domain::keys::{Category, NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::store::entity::{access_log, contact};
use inmaek::telegram_sim::SimUser;
use sea_orm::EntityTrait;

const NOT_ENROLLED: &str = "works for enrolled users only";

async fn owner_of(app: &TestApp, id: i32) -> Option<i32> {
    contact::Entity::find_by_id(id)
        .one(app.store.db_for_tests())
        .await
        .unwrap()
        .unwrap()
        .owner_user_id
}

#[tokio::test]
async fn a_disabled_officer_loses_the_bot_the_buttons_and_the_command_line_at_once() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at("2026-11-30T10:00:00+09:00")).await;
        let leaving = SimUser::new(901, "Leaving", Some("en"));
        let staying = SimUser::new(902, "Staying", Some("en"));
        app.enrol(&leaving, "Leaving Officer", Role::Officer).await;
        app.enrol(&staying, "Staying Officer", Role::Officer).await;
        app.send(&leaving, "/lang en").await;
        let contact = app
            .store
            .add_contact(NewContact {
                names: vec![PersonName::parse(NameForm::Hanzi, "马红").unwrap()],
                categories: vec![Category::Official],
                owner: Some("Leaving Officer".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .id;
        let card = app.send(&leaving, "/who 马红").await;
        assert!(card.text().contains("马红"), "{}", card.text());
        let (message, buttons) = card.buttons();
        assert!(!buttons.is_empty(), "the card offers buttons");
        // An unfinished /log holds what the officer typed so far.
        app.send(&leaving, "/log").await;

        let run = common::inmaek(
            &db,
            "en",
            &[
                "user",
                "disable",
                "Leaving Officer",
                "--handover-to",
                "Staying Officer",
            ],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stdout
                .contains("Leaving Officer (#1) can no longer use Inmaek"),
            "{}",
            run.stdout
        );
        assert!(
            run.stdout
                .contains("One contact and no open follow-ups moved to Staying Officer")
                || run
                    .stdout
                    .contains("One contact and 0 open follow-ups moved to Staying Officer"),
            "{}",
            run.stdout
        );
        assert_eq!(owner_of(&app, contact).await, Some(2), "{}", db.backend);

        // The bot no longer knows the account: commands, and a button
        // sent before.
        let reply = app.send(&leaving, "/who 马红").await;
        assert!(reply.text().contains(NOT_ENROLLED), "{}", reply.text());
        assert!(!reply.text().contains("马红"), "{}", reply.text());
        let pressed = app.press(&leaving, (message, buttons[0].1.clone())).await;
        assert!(
            pressed.alert().is_some_and(|a| a.contains("enrolled")),
            "{:?} {}",
            pressed.alert(),
            pressed.text()
        );
        assert!(!pressed.text().contains("马红"), "{}", pressed.text());
        // Nor does the command line act as them.
        let run = common::inmaek(&db, "en", &["--as", "Leaving Officer", "contact", "list"]);
        assert_eq!(run.code, 1);
        assert_eq!(
            run.stderr.trim(),
            "Leaving Officer is disabled: their access has ended."
        );
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        // Twice is a clear refusal, not a second record.
        let run = common::inmaek(&db, "en", &["user", "disable", "Leaving Officer"]);
        assert_eq!(
            (run.code, run.stderr.trim()),
            (1, "Leaving Officer is disabled already.")
        );
        let users = common::ok(&db, "en", &["user", "list"]);
        assert!(
            users.contains("#1 Leaving Officer · Liaison officer · English · disabled"),
            "{users}"
        );
        // Recorded, under who did it, with the contacts that moved.
        let log = access_log::Entity::find()
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        let entry = log
            .iter()
            .find(|row| row.action == "user-disable")
            .expect("the disabling is in the access log");
        assert_eq!(entry.scope, "user:1:officer->user:2");
        assert_eq!(entry.subjects, format!("[{contact}]"));
        assert_eq!(entry.channel, "cli");

        // Access given back works at once; the contact stays handed over.
        common::ok(&db, "en", &["user", "enable", "Leaving Officer"]);
        let reply = app.send(&leaving, "/who 马红").await;
        assert!(reply.text().contains("马红"), "{}", reply.text());
        assert_eq!(owner_of(&app, contact).await, Some(2));

        // Nothing is queued any more for someone disabled, whatever queues it.
        common::ok(&db, "en", &["user", "disable", "Leaving Officer"]);
        let queued = app
            .store
            .enqueue_all(vec![inmaek::store::outbox::NewMessage {
                user_id: 1,
                chat_id: 901,
                kind: "followup",
                dedupe_key: "test:after-disable".into(),
                text: "a reminder".into(),
                keyboard: None,
                not_before: app.store.clock.now(),
                about: vec![contact],
            }])
            .await
            .unwrap();
        assert!(queued.is_empty(), "{queued:?}");
        common::ok(&db, "en", &["user", "enable", "Leaving Officer"]);

        // An officer who becomes the mayor's office logs no more — not even
        // in a conversation begun before — and their contacts become
        // unowned when nobody is named.
        app.send(&staying, "/lang en").await;
        app.send(&staying, "/log").await;
        let run = common::inmaek(
            &db,
            "en",
            &["user", "role", "Staying Officer", "mayor-office"],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stdout.contains("is now Mayor's office"),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains("have no owner now"), "{}", run.stdout);
        assert_eq!(owner_of(&app, contact).await, None);
        // The conversation was cleared with the role: the name typed next
        // is stray text, not a step of /log.
        let reply = app.send(&staying, "马红").await;
        assert!(!reply.text().contains("马红"), "{}", reply.text());
        let logged = inmaek::store::entity::interaction::Entity::find()
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        assert!(logged.is_empty(), "{}", db.backend);
        let reply = app.send(&staying, "/log").await;
        assert!(
            reply.text().contains("not available to your role"),
            "{}",
            reply.text()
        );
        let run = common::inmaek(&db, "en", &["user", "role", "Staying Officer", "member"]);
        assert_eq!(run.code, 1);
        assert!(
            run.stderr.contains("a member is a contact"),
            "{}",
            run.stderr
        );
        app.stop().await;
    }
}

#[test]
fn only_an_admin_records_an_interaction_for_another_officer() {
    let db = TestDb::sqlite();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let store = db.store_at(at("2026-11-30T10:00:00+09:00")).await;
        for (n, (name, role)) in [
            ("Officer Kim", Role::Officer),
            ("Officer Lee", Role::Officer),
            ("Admin Park", Role::Admin),
        ]
        .into_iter()
        .enumerate()
        {
            let invited = store
                .invite_user(inmaek::store::users::Invitation {
                    role,
                    name: name.into(),
                    lang: inmaek::domain::Lang::En,
                    time_zone: chrono_tz::Asia::Seoul,
                    contact_id: None,
                    valid_for: chrono::Duration::days(1),
                })
                .await
                .unwrap();
            store
                .redeem_code(&invited.code, 5000 + n as i64)
                .await
                .unwrap();
        }
        store
            .add_contact(NewContact {
                names: vec![PersonName::parse(NameForm::Hangul, "김영남").unwrap()],
                ..Default::default()
            })
            .await
            .unwrap();
    });
    let log = |by_as: &str, by: &str| {
        common::inmaek(
            &db,
            "en",
            &[
                "--as",
                by_as,
                "interaction",
                "add",
                "--contact",
                "김영남",
                "--kind",
                "call",
                "--by",
                by,
            ],
        )
    };
    let refused = log("Officer Kim", "Officer Lee");
    assert_eq!(refused.code, 1);
    assert_eq!(
        refused.stderr.trim(),
        "Only an admin may record an interaction for another officer (Officer Lee). Nothing was saved."
    );
    assert_eq!(log("Officer Kim", "Officer Kim").code, 0);
    assert_eq!(log("Admin Park", "Officer Lee").code, 0);
    // A disabled officer is nobody's recorder.
    common::ok(&db, "en", &["user", "disable", "Officer Lee"]);
    let refused = log("Admin Park", "Officer Lee");
    assert_eq!(refused.code, 1);
    assert!(refused.stderr.contains("is disabled"), "{}", refused.stderr);
    let listed = common::ok(&db, "en", &["interaction", "list"]);
    assert_eq!(listed.lines().count(), 2, "{listed}");
}

/// A database with `n` contacts (with notes long enough that a listing
/// outgrows the pipe's buffer), an event and an interaction.
fn crowded(db: &TestDb, n: usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.csv");
    let mut csv = String::from("name_latin,notes,categories,place\n");
    for i in 0..n {
        csv.push_str(&format!(
            "Person Number {i},\"{}\",official,harbin\n",
            "met at the forum; ".repeat(8)
        ));
    }
    std::fs::write(&path, csv).unwrap();
    common::ok(db, "en", &["import", path.to_str().unwrap()]);
    common::ok(
        db,
        "en",
        &[
            "interaction",
            "add",
            "--contact",
            "1",
            "--contact",
            "2",
            "--kind",
            "meeting",
            "--note",
            "a long talk",
        ],
    );
}

#[test]
fn every_listing_piped_into_a_reader_that_closes_early_ends_quietly() {
    use std::io::{BufRead, BufReader};
    let db = TestDb::sqlite();
    crowded(&db, 1500);
    let listings: &[&[&str]] = &[
        &["contact", "list"],
        &["contact", "search", "Person", "--limit", "1000"],
        &["interaction", "list", "--limit", "10000"],
        &["export"],
        &["export", "--format", "csv"],
        &["export", "--format", "vcard"],
        &["export", "--format", "ics"],
        &["user", "list"],
        &["cadence", "list"],
        &["event", "list", "--all"],
        &["outbox", "list"],
        &["audit", "--contact", "1"],
        &["brief", "--place", "heilongjiang"],
    ];
    for args in listings {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_inmaek"))
            .args(*args)
            .env("DATABASE_URL", &db.url)
            .env("INMAEK_NOW", db.now_env())
            .env("INMAEK_LANG", "en")
            .env_remove("RUST_LOG")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // `| head -1`: one line, then the reader goes away.
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    }
    // A full disk is a failure, not a quiet success.
    let full = std::process::Command::new(env!("CARGO_BIN_EXE_inmaek"))
        .args(["contact", "list"])
        .env("DATABASE_URL", &db.url)
        .env("INMAEK_NOW", db.now_env())
        .env("INMAEK_LANG", "en")
        .env_remove("RUST_LOG")
        .stdout(
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
        .output()
        .unwrap();
    assert_eq!(full.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&full.stderr).contains("stdout"),
        "{}",
        String::from_utf8_lossy(&full.stderr)
    );
    // A number out of range is a usage error, not a crash.
    let run = common::inmaek(
        &db,
        "en",
        &["interaction", "list", "--limit", "18446744073709551615"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("--limit"), "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn exports_briefs_and_the_database_are_the_owners_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mut db = TestDb::sqlite();
    let file = dir.path().join("fresh.db");
    db.url = format!("sqlite://{}?mode=rwc", file.display());
    crowded(&db, 3);
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&file), 0o600, "the database");
    // A link planted where the old export wrote its temporary file.
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "untouched").unwrap();
    let out = dir.path().join("contacts.csv");
    std::os::unix::fs::symlink(&victim, dir.path().join("contacts.csv.partial")).unwrap();
    for args in [
        vec!["export", "--format", "csv", "--out", out.to_str().unwrap()],
        vec![
            "export",
            "--out",
            dir.path().join("dump.json").to_str().unwrap(),
        ],
        vec![
            "brief",
            "--place",
            "harbin",
            "--out",
            dir.path().join("brief.html").to_str().unwrap(),
        ],
    ] {
        common::ok(&db, "en", &args);
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
    for name in ["contacts.csv", "dump.json", "brief.html"] {
        assert_eq!(mode(&dir.path().join(name)), 0o600, "{name}");
    }
    // Nothing half-written is left beside them.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".partial") && name != "contacts.csv.partial")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn formulas_leave_as_text_and_come_back_exactly() {
    let source = TestDb::sqlite();
    let target = TestDb::sqlite();
    common::ok(
        &source,
        "en",
        &[
            "contact",
            "add",
            "--latin",
            "Formula Person",
            "--org",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "--title",
            "@SUM(A1:A9)",
            "--phone",
            "+82 10 1234 5678",
            "--notes",
            "+cmd|' /C calc'!A0\n-2+3 and a second line",
        ],
    );
    let csv = common::ok(&source, "en", &["export", "--format", "csv"]);
    let row = csv.lines().nth(1).unwrap();
    for cell in [
        "'=HYPERLINK(",
        "'@SUM(A1:A9)",
        "'+82 10 1234 5678",
        "\"'+cmd|' /C calc'!A0",
    ] {
        assert!(csv.contains(cell), "{cell} in {row}");
    }
    for cell in csv::ReaderBuilder::new()
        .from_reader(csv.as_bytes())
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_owned).collect::<Vec<_>>())
    {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{cell:?} could run in a spreadsheet"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contacts.csv");
    std::fs::write(&path, &csv).unwrap();
    common::ok(&target, "en", &["import", path.to_str().unwrap()]);
    assert_eq!(
        common::ok(&target, "en", &["export", "--format", "csv"]),
        csv
    );
    let card = common::ok(&target, "en", &["contact", "show", "Formula Person"]);
    assert!(
        card.contains("=HYPERLINK(\"http://evil.example\""),
        "{card}"
    );
}

#[test]
fn control_characters_are_refused_at_input_and_never_printed_raw() {
    let db = TestDb::sqlite();
    let run = common::inmaek(
        &db,
        "en",
        &[
            "contact",
            "add",
            "--hangul",
            "김영남",
            "--notes",
            "friendly \u{1b}]0;owned\u{7} person",
        ],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr.trim(),
        "notes contains a control character (U+001B); only a note may hold line breaks and tabs."
    );
    let run = common::inmaek(
        &db,
        "en",
        &[
            "contact",
            "add",
            "--hangul",
            "김영남",
            "--title",
            "one\ntwo",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("title contains a control character (U+000A)"),
        "{}",
        run.stderr
    );
    // A note keeps its tabs and lines.
    common::ok(
        &db,
        "en",
        &[
            "contact",
            "add",
            "--hangul",
            "김영남",
            "--notes",
            "first\tline\r\nsecond",
        ],
    );
    // A value that reached the database around Inmaek is shown, not run.
    common::around_inmaek(
        &db,
        "UPDATE contact SET notes = 'evil' || char(27) || ']0;owned' || char(7)",
    );
    let card = common::ok(&db, "en", &["contact", "show", "김영남"]);
    assert!(
        !card.contains('\u{1b}') && !card.contains('\u{7}'),
        "{card:?}"
    );
    assert!(card.contains("evil␛]0;owned␇"), "{card}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_read_of_personal_data_is_in_the_access_log() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at("2026-11-30T10:00:00+09:00")).await;
        let officer = SimUser::new(931, "Officer", Some("en"));
        app.enrol(&officer, "Reading Officer", Role::Officer).await;
        app.send(&officer, "/lang en").await;
        // Met long ago: both are due.
        app.store.clock.set(at("2025-06-01T10:00:00+09:00"));
        let mut ids = Vec::new();
        for name in ["马红", "马明"] {
            ids.push(
                app.store
                    .add_contact(NewContact {
                        names: vec![PersonName::parse(NameForm::Hanzi, name).unwrap()],
                        categories: vec![Category::Official],
                        place: Some("harbin".into()),
                        owner: Some("Reading Officer".into()),
                        ..Default::default()
                    })
                    .await
                    .unwrap()
                    .id,
            );
        }
        app.store.clock.set(at("2026-11-30T10:00:00+09:00"));
        common::ok(
            &db,
            "en",
            &[
                "interaction",
                "add",
                "--contact",
                "马红",
                "--kind",
                "call",
                "--note",
                "hello",
                "--at",
                "2026-01-05",
            ],
        );
        let event = common::ok(
            &db,
            "en",
            &[
                "event",
                "add",
                "--kind",
                "forum",
                "--title",
                "Forum",
                "--starts",
                "2026-12-20T10:00:00+09:00",
                "--place",
                "harbin",
            ],
        );
        let event = event.lines().last().unwrap().trim().to_owned();
        for args in [
            vec!["contact", "list", "--category", "official", "--due"],
            vec!["contact", "search", "马"],
            vec!["interaction", "list", "--contact", "马红"],
            vec!["event", "attendees", event.as_str()],
            vec!["event", "unreachable", event.as_str()],
            vec!["outbox", "list", "--dead"],
            vec!["audit", "--contact", "马红"],
            vec!["user", "list"],
        ] {
            common::ok(&db, "en", &args);
        }
        app.send(&officer, "/due").await;
        // The morning digest is a read by the officer it goes to.
        let bot = teloxide::Bot::new(common::TOKEN)
            .set_api_url(url::Url::parse(&app.sim.api_url()).unwrap());
        let report = inmaek::keep::tick(&app.store, &bot, &common::config(&db.url), None)
            .await
            .unwrap();
        assert_eq!(report.scheduled.digests, 1, "{}", db.backend);
        let log = access_log::Entity::find()
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        let entry = |action: &str| {
            log.iter()
                .find(|row| row.action == action)
                .unwrap_or_else(|| panic!("no {action} in the access log ({})", db.backend))
        };
        let sorted = |subjects: &str| {
            let mut ids: Vec<i32> = serde_json::from_str(subjects).unwrap();
            ids.sort_unstable();
            ids
        };
        let first = format!("[{}]", ids[0]);
        let list = entry("list");
        assert_eq!(
            (list.scope.as_str(), list.channel.as_str()),
            ("category:official due", "cli")
        );
        assert_eq!(sorted(&list.subjects), ids);
        let search = entry("search");
        assert_eq!(search.scope, "query:马");
        assert_eq!(sorted(&search.subjects), ids);
        let interactions = entry("interactions");
        assert_eq!(interactions.scope, format!("contact:{} limit:20", ids[0]));
        assert_eq!(interactions.subjects, first);
        assert_eq!(entry("attendees").scope, format!("event:{event}"));
        assert_eq!(entry("unreachable").scope, format!("event:{event}"));
        assert_eq!(entry("outbox").scope, "dead limit:50");
        let audit = entry("audit");
        assert_eq!(
            (audit.scope.clone(), audit.subjects.clone()),
            (format!("contact:{}", ids[0]), first.clone())
        );
        entry("users");
        let due = entry("due");
        assert_eq!(
            (due.channel.as_str(), due.scope.as_str()),
            ("bot", "page:1")
        );
        assert_eq!(sorted(&due.subjects), ids, "{}", db.backend);
        let digest = entry("message");
        assert!(
            digest.scope.starts_with("digest digest:"),
            "{}",
            digest.scope
        );
        assert_eq!(
            (digest.channel.as_str(), digest.user_id),
            ("bot", due.user_id)
        );
        assert_eq!(sorted(&digest.subjects), ids);
        // The access log of a contact shows the bulk reads that showed them.
        let history = common::ok(&db, "en", &["audit", "--contact", "马明"]);
        for action in [
            "listed contacts",
            "searched",
            "listed relationships due (/due)",
        ] {
            assert!(history.contains(action), "{action}: {history}");
        }
        app.stop().await;
    }
}

#[test]
fn a_restore_checks_every_field_and_keeps_the_trail_across_backends() {
    let source = TestDb::sqlite();
    common::ok(
        &source,
        "en",
        &[
            "contact",
            "add",
            "--hangul",
            "김영남",
            "--email",
            "kim@example.kr",
            "--tz",
            "Asia/Seoul",
            "--cadence-days",
            "30",
            "--notes",
            "friendly",
        ],
    );
    common::ok(
        &source,
        "en",
        &[
            "interaction",
            "add",
            "--contact",
            "김영남",
            "--kind",
            "call",
        ],
    );
    common::ok(&source, "en", &["contact", "show", "김영남"]);
    let dump: serde_json::Value =
        serde_json::from_str(&common::ok(&source, "en", &["export"])).unwrap();
    let dir = tempfile::tempdir().unwrap();
    type Spoil = fn(&mut serde_json::Value);
    let bad: Vec<(&str, Spoil, &str)> = vec![
        (
            "$.contacts[0].email",
            |d| d["contacts"][0]["email"] = "not an email <script>".into(),
            "“not an email <script>” is not valid",
        ),
        (
            "$.contacts[0].notes",
            |d| d["contacts"][0]["notes"] = "x".repeat(2_000_000).into(),
            "longer than 10000 characters",
        ),
        (
            "$.contacts[0].cadence_days",
            |d| d["contacts"][0]["cadence_days"] = (-5).into(),
            "“-5” is not valid",
        ),
        (
            "$.contacts[0].time_zone",
            |d| d["contacts"][0]["time_zone"] = "Mars/Olympus".into(),
            "Mars/Olympus",
        ),
        (
            "$.contact_names[0].value",
            |d| d["contact_names"][0]["value"] = "Evil\r\nTEL:+1-555-EVIL".into(),
            "control character (U+000D)",
        ),
        (
            "$.interactions[0].occurred_at",
            |d| d["interactions"][0]["occurred_at"] = "0001-01-01T00:00:00Z".into(),
            "outside the years 1900 to 2100",
        ),
    ];
    for (path, spoil, reason) in bad {
        let mut spoiled = dump.clone();
        spoil(&mut spoiled);
        let file = dir.path().join("spoiled.json");
        std::fs::write(&file, spoiled.to_string()).unwrap();
        let target = TestDb::sqlite();
        let run = common::inmaek(&target, "en", &["import", file.to_str().unwrap()]);
        assert_eq!(run.code, 1, "{path}: {}", run.stderr);
        assert!(
            run.stderr
                .contains(&format!("The dump is refused at {path}:")),
            "{path}: {}",
            run.stderr
        );
        assert!(run.stderr.contains(reason), "{path}: {}", run.stderr);
        assert!(
            run.stderr.trim_end().ends_with("Nothing was imported."),
            "{}",
            run.stderr
        );
        assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
        assert!(
            common::ok(&target, "en", &["contact", "list"]).contains("No contacts match."),
            "nothing partial"
        );
    }
    // A field the dump format does not have: refused, nothing imported.
    let mut extra = dump.clone();
    extra["secret_table"] = serde_json::json!([{"id": 1}]);
    let file = dir.path().join("extra.json");
    std::fs::write(&file, extra.to_string()).unwrap();
    let target = TestDb::sqlite();
    let run = common::inmaek(&target, "en", &["import", file.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("secret_table"), "{}", run.stderr);
    // The documented move to another database keeps the access log.
    let file = dir.path().join("dump.json");
    std::fs::write(&file, dump.to_string()).unwrap();
    for target in TestDb::all() {
        common::ok(&target, "en", &["import", file.to_str().unwrap()]);
        let history = common::ok(&target, "en", &["audit", "--contact", "김영남"]);
        for action in ["added a contact", "read a card", "restored a dump"] {
            assert!(
                history.contains(action),
                "{action} on {}: {history}",
                target.backend
            );
        }
    }
}

#[test]
fn input_that_looks_wrong_is_refused_not_guessed() {
    let db = TestDb::sqlite();
    common::ok(&db, "en", &["contact", "add", "--hangul", "김영남"]);
    for (args, expected) in [
        (
            vec![
                "interaction",
                "add",
                "--contact",
                "김영남",
                "--kind",
                "call",
                "--at",
                "0001-01-01",
            ],
            "at: 0001-01-01 lies outside the years 1900 to 2100; check the year.",
        ),
        (
            vec![
                "interaction",
                "add",
                "--contact",
                "김영남",
                "--kind",
                "call",
                "--follow-up",
                "send the report",
                "--follow-up-due",
                "9999-12-31",
            ],
            "follow_up_due: 9999-12-31 lies outside the years 1900 to 2100; check the year.",
        ),
    ] {
        let run = common::inmaek(&db, "en", &args);
        assert_eq!((run.code, run.stderr.trim()), (1, expected));
    }
    // A name with a line break, a date with a sign: refused, not mended.
    let run = common::inmaek(&db, "en", &["contact", "add", "--latin", "Line\nBreak"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("control character (U+000A)"),
        "{}",
        run.stderr
    );
    let run = common::inmaek(
        &db,
        "en",
        &[
            "interaction",
            "add",
            "--contact",
            "김영남",
            "--kind",
            "call",
            "--at",
            "+002026-01-01",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    // Something that is not a file is not read.
    for path in ["/dev/zero", "/tmp"] {
        let run = common::inmaek(&db, "en", &["import", path, "--format", "csv"]);
        assert_eq!(run.code, 1, "{path}");
        assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
    }
    let dir = tempfile::tempdir().unwrap();
    let not_a_card = dir.path().join("contacts.vcf");
    std::fs::write(&not_a_card, "just some text\nnothing here\n").unwrap();
    let run = common::inmaek(&db, "en", &["import", not_a_card.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("holds no vCard"), "{}", run.stderr);
    let semicolons = dir.path().join("semicolons.csv");
    std::fs::write(&semicolons, "name_latin;email\nKim;k@example.kr\n").unwrap();
    let run = common::inmaek(&db, "en", &["import", semicolons.to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("separated by “;”"), "{}", run.stderr);
    let unknown = dir.path().join("unknown.csv");
    std::fs::write(
        &unknown,
        "name_latin,nickname,email\nKim,Kimmy,k@example.kr\n",
    )
    .unwrap();
    let run = common::inmaek(&db, "en", &["import", unknown.to_str().unwrap()]);
    assert!(
        run.stderr.contains("unknown column “nickname”"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("name_latin,nickname"),
        "{}",
        run.stderr
    );
}

#[test]
fn after_an_erasure_the_others_keep_their_history_and_the_pseudonym_finds_it() {
    for db in TestDb::all() {
        for name in ["김영남", "王雪梅"] {
            common::ok(&db, "en", &["contact", "add", "--hangul", name]);
        }
        common::ok(
            &db,
            "en",
            &[
                "interaction",
                "add",
                "--contact",
                "김영남",
                "--contact",
                "王雪梅",
                "--kind",
                "meeting",
            ],
        );
        common::ok(&db, "en", &["contact", "show", "김영남"]);
        let erased = common::ok(&db, "en", &["contact", "erase", "김영남", "--yes"]);
        let pseudonym = erased
            .split_whitespace()
            .find(|w| w.starts_with("erased-"))
            .unwrap()
            .trim_end_matches('.')
            .to_owned();
        let theirs = common::ok(&db, "en", &["audit", "--contact", "王雪梅"]);
        assert!(
            theirs.contains("logged an interaction"),
            "{}: {theirs}",
            db.backend
        );
        let gone = common::ok(&db, "en", &["audit", "--contact", &pseudonym]);
        assert!(gone.contains("read a card"), "{gone}");
        assert!(gone.contains("erase"), "{gone}");
        assert!(!gone.contains("김영남"), "{gone}");
    }
}

#[test]
fn inviting_again_never_changes_a_role_or_wakes_a_disabled_user() {
    let db = TestDb::sqlite();
    let invite = |role: &str, name: &str| {
        common::inmaek(
            &db,
            "en",
            &["user", "invite", "--role", role, "--name", name],
        )
    };
    assert_eq!(invite("officer", "Park Jiwoo").code, 0);
    // The same role again: a new code.
    assert_eq!(invite("officer", "Park Jiwoo").code, 0);
    let run = invite("admin", "Park Jiwoo");
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("was invited as Liaison officer"),
        "{}",
        run.stderr
    );
    common::ok(&db, "en", &["user", "disable", "Park Jiwoo"]);
    let run = invite("officer", "Park Jiwoo");
    assert_eq!(
        (run.code, run.stderr.trim()),
        (1, "Park Jiwoo is disabled: their access has ended.")
    );
    let users = common::ok(&db, "en", &["user", "list"]);
    assert!(
        users.contains("Park Jiwoo · Liaison officer · English · disabled"),
        "{users}"
    );
    // What was done to a user shows in their history.
    let history = common::ok(&db, "en", &["audit", "--user", "Park Jiwoo"]);
    assert!(history.contains("issued an enrolment code"), "{history}");
    assert!(history.contains("ended a user's access"), "{history}");
}
