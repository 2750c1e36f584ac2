//! Many people at once, on SQLite and PostgreSQL: nothing a person was told
//! is lost, everyone is answered, and a unit of work that fails takes
//! nothing else down with it.

mod common;

use std::time::Duration as StdDuration;

use chrono::Duration;
use common::{TestApp, TestDb, at, config};
use inmaek::domain::Lang;
use inmaek::domain::keys::{Category, EventKind, InvitationStatus, NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::keep;
use inmaek::store::Store;
use inmaek::store::contacts::NewContact;
use inmaek::store::entity::{interaction, invitation, meta};
use inmaek::store::events::NewEvent;
use inmaek::store::invitations::Audience;
use inmaek::store::users::Invitation;
use inmaek::telegram_sim::SimUser;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

async fn contact(store: &Store, hangul: &str) -> i32 {
    store
        .add_contact(NewContact {
            names: vec![PersonName::parse(NameForm::Hangul, hangul).unwrap()],
            categories: vec![Category::SeoulClub],
            place: Some("harbin".into()),
            lang: Some(Lang::Ko),
            ..Default::default()
        })
        .await
        .unwrap()
        .id
}

/// Waits until the fake Bot API has recorded `count` calls named `name`
/// after call number `start`; how many it saw.
async fn wait_for_calls(app: &TestApp, start: usize, name: &str, count: usize) -> usize {
    let started = std::time::Instant::now();
    loop {
        let seen = app
            .sim
            .calls()
            .into_iter()
            .skip(start)
            .filter(|c| c.name() == name)
            .count();
        if seen >= count || started.elapsed() > StdDuration::from_secs(90) {
            return seen;
        }
        tokio::time::sleep(StdDuration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_members_accept_a_twenty_seat_event_in_the_same_moment() {
    const MEMBERS: i64 = 100;
    const SEATS: i32 = 20;
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(common::NOW)).await;
        let (event, presses) = invited_members(&app, &db, MEMBERS, SEATS).await;
        let start = app.sim.call_count();
        for (user, message_id, token) in &presses {
            app.sim.press_button(user, *message_id, token);
        }
        let answered = wait_for_calls(&app, start, "answercallbackquery", presses.len()).await;
        assert_eq!(
            answered,
            presses.len(),
            "every press answered ({})",
            db.backend
        );

        let statuses: Vec<InvitationStatus> = invitation::Entity::find()
            .filter(invitation::Column::EventId.eq(event.id))
            .all(app.store.db_for_tests())
            .await
            .unwrap()
            .into_iter()
            .map(|i| i.status)
            .collect();
        let count = |status: &str| statuses.iter().filter(|s| **s == status).count();
        assert_eq!(count("accepted"), SEATS as usize, "{}", db.backend);
        assert_eq!(
            count("waitlisted"),
            (MEMBERS - i64::from(SEATS)) as usize,
            "{}",
            db.backend
        );
        // Each member was told where they stand, in Korean.
        let told = app
            .sim
            .calls()
            .into_iter()
            .skip(start)
            .filter(|c| c.name() == "answercallbackquery")
            .filter_map(|c| {
                c.params
                    .get("text")
                    .and_then(|t| t.as_str())
                    .map(str::to_owned)
            })
            .filter(|t| t.contains("참석") || t.contains("대기"))
            .count();
        assert_eq!(told, presses.len(), "{}", db.backend);
        app.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_officers_log_at_once_and_every_saved_reply_is_stored() {
    const OFFICERS: i64 = 200;
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(common::NOW)).await;
        let mut officers = Vec::new();
        for n in 0..OFFICERS {
            contact(&app.store, &common::names::name_of(n)).await;
            let code = app
                .invite(&format!("Officer {n}"), Role::Officer, None)
                .await;
            let user = SimUser::new(50_000 + n, "담당", Some("ko"));
            app.store.redeem_code(&code, user.id).await.unwrap();
            officers.push(user);
        }
        let start = app.sim.call_count();
        for (n, user) in officers.iter().enumerate() {
            app.sim.send_text(
                user,
                &format!(
                    "/log {}: 어제 수도 협력 회의",
                    common::names::name_of(n as i64)
                ),
            );
        }
        let replies = wait_for_calls(&app, start, "sendmessage", officers.len()).await;
        assert_eq!(replies, officers.len(), "{}", db.backend);
        let saved = app
            .sim
            .calls()
            .into_iter()
            .skip(start)
            .filter(|c| c.name() == "sendmessage")
            .filter(|c| c.text().is_some_and(|t| t.contains("✔")))
            .count();
        let sample: Vec<String> = app
            .sim
            .calls()
            .into_iter()
            .skip(start)
            .filter(|c| c.name() == "sendmessage")
            .filter_map(|c| c.text().map(str::to_owned))
            .take(2)
            .collect();
        assert_eq!(
            saved,
            officers.len(),
            "every reply says saved ({}): {sample:?}",
            db.backend
        );
        let stored = interaction::Entity::find()
            .count(app.store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(stored, OFFICERS as u64, "{}", db.backend);
        if let Some((batches, units)) = app.store.write_batches() {
            println!("sqlite: {units} units of work in {batches} transactions");
        }
        app.stop().await;
    }
}

/// Many units at once: the one that breaks a unique key fails alone, with
/// its own error; the others (on SQLite, in the same transactions) commit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_unit_that_breaks_a_constraint_fails_alone_while_the_rest_commit() {
    for db in TestDb::all() {
        let store = db.store_at(at(common::NOW)).await;
        let before = store.write_batches();
        let mut tasks = Vec::new();
        for n in 0..60 {
            let store = store.clone();
            // Number 30 takes a key that exists (written by migrations).
            let key = if n == 30 {
                "name_keys_version".to_owned()
            } else {
                format!("test_key_{n}")
            };
            tasks.push(tokio::spawn(async move {
                store
                    .write(move |txn| {
                        let key = key.clone();
                        Box::pin(async move {
                            meta::Entity::insert(meta::ActiveModel {
                                key: Set(key),
                                value: Set("x".to_owned()),
                            })
                            .exec_without_returning(txn)
                            .await?;
                            Ok(())
                        })
                    })
                    .await
            }));
        }
        let mut failed = Vec::new();
        for (n, task) in tasks.into_iter().enumerate() {
            if task.await.unwrap().is_err() {
                failed.push(n);
            }
        }
        assert_eq!(failed, vec![30], "{}", db.backend);
        let written = meta::Entity::find()
            .filter(meta::Column::Key.starts_with("test_key_"))
            .count(store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(written, 59, "{}", db.backend);
        if let (Some((b0, u0)), Some((b1, u1))) = (before, store.write_batches()) {
            let (batches, units) = (b1 - b0, u1 - u0);
            println!("sqlite: {units} units in {batches} transactions");
            assert!(batches < units, "units shared transactions");
        }
    }
}

/// A write that fails for good (here a trigger refuses every interaction)
/// is told to the officer in their language; nothing is stored and the
/// update is not marked handled (a webhook redelivery could still succeed);
/// trying again once the fault is gone saves it.
#[tokio::test]
async fn a_failed_write_is_told_and_the_update_can_be_delivered_again() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(common::NOW)).await;
        let officer = SimUser::new(61_000, "담당", Some("ko"));
        app.enrol(&officer, "Kim Officer", Role::Officer).await;
        contact(&app.store, &common::names::name_of(7)).await;
        let cure = refuse(&db, "INSERT", "interaction").await;
        let mut update = app.sim.text_update(
            &officer,
            &format!("/log {}: 어제 회의", common::names::name_of(7)),
        );
        update["update_id"] = serde_json::json!(9_100);
        let failed = app.push(update, true).await;
        assert_eq!(
            failed.text(),
            "문제가 생겨 아무것도 저장하지 못했습니다. 다시 시도해 주세요.",
            "{}",
            db.backend
        );
        let stored = || async {
            interaction::Entity::find()
                .count(app.store.db_for_tests())
                .await
                .unwrap()
        };
        assert_eq!(stored().await, 0);
        assert!(!app.store.is_update_handled(9_100).await.unwrap());

        cure.await;
        let again = app
            .send(
                &officer,
                &format!("/log {}: 어제 회의", common::names::name_of(7)),
            )
            .await;
        assert!(again.text().contains("저장했습니다"), "{}", again.text());
        assert_eq!(stored().await, 1, "{}", db.backend);
        app.stop().await;
    }
}

/// Makes the database refuse every `statement` (INSERT, UPDATE) on `table`,
/// as a fault no retry can cure; awaiting what it returns lifts the fault.
async fn refuse(
    db: &TestDb,
    statement: &str,
    table: &str,
) -> impl std::future::Future<Output = ()> + use<> {
    use sea_orm::ConnectionTrait;
    let admin = inmaek::store::connect(&db.url).await.unwrap();
    let (fault, cure) = if db.backend == "postgres" {
        (
            vec![
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$ LANGUAGE plpgsql".to_owned(),
                format!("CREATE TRIGGER refuse BEFORE {statement} ON {table} FOR EACH ROW EXECUTE FUNCTION refuse()"),
            ],
            format!("DROP TRIGGER refuse ON {table}"),
        )
    } else {
        (
            vec![format!(
                "CREATE TRIGGER refuse BEFORE {statement} ON {table} BEGIN SELECT RAISE(ABORT, 'injected'); END"
            )],
            "DROP TRIGGER refuse".to_owned(),
        )
    };
    for sql in fault {
        admin.execute_unprepared(&sql).await.unwrap();
    }
    async move {
        admin.execute_unprepared(&cure).await.unwrap();
    }
}

/// `count` members (Korean, consenting) invited to a new Harbin forum with
/// `seats` seats, the invitations relayed to their chats: each member with
/// the message and the token of its *Accept* button.
async fn invited_members(
    app: &TestApp,
    db: &TestDb,
    count: i64,
    seats: i32,
) -> (inmaek::store::records::Event, Vec<(SimUser, i64, String)>) {
    let mut members = Vec::new();
    for n in 0..count {
        let contact_id = contact(&app.store, &format!("회원{n:03}")).await;
        let invited = app
            .store
            .invite_user(Invitation {
                role: Role::Member,
                name: format!("member {n}"),
                lang: Lang::Ko,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: Some(contact_id),
                valid_for: Duration::days(7),
            })
            .await
            .unwrap();
        let user = SimUser::new(30_000 + n, "회원", Some("ko"));
        let row = app.store.redeem_code(&invited.code, user.id).await.unwrap();
        app.store
            .grant_consent(row.id, "invitations", "bot", None)
            .await
            .unwrap();
        members.push(user);
    }
    let event = app
        .store
        .add_event(NewEvent {
            kind: EventKind::Forum,
            titles: [Some("하얼빈 서울클럽 송년회".into()), None, None],
            descriptions: [None, None, None],
            starts_at: app.store.clock.now() + Duration::days(10),
            ends_at: None,
            time_zone: chrono_tz::Asia::Seoul,
            organizer_user_id: None,
            place: Some("harbin".into()),
            address: None,
            capacity: Some(seats),
            rsvp_deadline: None,
            track: None,
            topics: Vec::new(),
        })
        .await
        .unwrap();
    let invitees = app
        .store
        .audience(event.id, &Audience::default())
        .await
        .unwrap();
    let now = app.store.clock.now();
    let report = app
        .store
        .invite(event.id, &invitees, {
            let event = event.clone();
            move |member, token| {
                inmaek::events::invitation(
                    &event,
                    None,
                    member,
                    token,
                    now,
                    Lang::Ko,
                    chrono_tz::Asia::Seoul,
                )
            }
        })
        .await
        .unwrap();
    assert_eq!(report.queued, count as usize);
    let bot =
        teloxide::Bot::new(common::TOKEN).set_api_url(url::Url::parse(&app.sim.api_url()).unwrap());
    let relayed = keep::tick(&app.store, &bot, &config(&db.url), None)
        .await
        .unwrap();
    assert_eq!(relayed.relayed.sent, count as usize);
    let presses = members
        .iter()
        .map(|user| {
            let call = app
                .sim
                .calls()
                .into_iter()
                .find(|c| c.name() == "sendmessage" && c.chat_id() == Some(user.id))
                .expect("an invitation");
            let (_, token) = call
                .buttons()
                .into_iter()
                .flatten()
                .find(|(label, _)| label.contains("참석"))
                .expect("an Accept button");
            (user.clone(), call.message_id().unwrap(), token)
        })
        .collect();
    (event, presses)
}

/// Officers enrolled in English, each with a contact of their own to log.
async fn officers_with_contacts(store: &Store, count: i64, first_chat: i64) -> Vec<SimUser> {
    let mut officers = Vec::new();
    for n in 0..count {
        contact(store, &common::names::name_of(n)).await;
        let invited = store
            .invite_user(Invitation {
                role: Role::Officer,
                name: format!("Officer {n}"),
                lang: Lang::En,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: Duration::days(7),
            })
            .await
            .unwrap();
        let user = SimUser::new(first_chat + n, "Officer", Some("en"));
        store.redeem_code(&invited.code, user.id).await.unwrap();
        officers.push(user);
    }
    officers
}

/// `inmaek serve` on the test's database and clock, against a fake Bot API
/// of its own, once it has started talking to it.
async fn serve_on(db: &TestDb) -> (inmaek::telegram_sim::TelegramSim, std::process::Child) {
    let sim = inmaek::telegram_sim::TelegramSim::start_with_clock(db.clock.clone())
        .await
        .unwrap();
    let serve = common::serve_command(db, &sim.api_url()).spawn().unwrap();
    assert!(
        sim.wait_for_call_after(0, StdDuration::from_secs(20), |c| c.name() == "getme")
            .await
            .is_some(),
        "serve starts"
    );
    (sim, serve)
}

/// The chats that were told their `/log` was saved.
fn saved_chats(sim: &inmaek::telegram_sim::TelegramSim) -> std::collections::HashSet<i64> {
    sim.calls()
        .into_iter()
        .filter(|c| c.name() == "sendmessage" && c.message_id().is_some())
        .filter(|c| c.text().is_some_and(|t| t.contains("Saved.")))
        .filter_map(|c| c.chat_id())
        .collect()
}

async fn wait_until(limit: StdDuration, mut done: impl FnMut() -> bool) -> bool {
    let started = std::time::Instant::now();
    while !done() {
        if started.elapsed() > limit {
            return false;
        }
        tokio::time::sleep(StdDuration::from_millis(50)).await;
    }
    true
}

/// `inmaek import` of 5,000 contacts in a second process while `serve`
/// answers officers' `/log`s: both finish, nothing is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_of_five_thousand_contacts_runs_while_serve_logs() {
    const OFFICERS: i64 = 40;
    const IMPORTED: i64 = 5_000;
    for db in TestDb::all() {
        let store = db.store_at(at(common::NOW)).await;
        let officers = officers_with_contacts(&store, OFFICERS, 70_000).await;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("contacts.csv");
        let mut csv = String::from("name_hangul,categories,place\n");
        for n in 0..IMPORTED {
            csv.push_str(&format!(
                "{},official,harbin\n",
                common::names::name_of(10_000 + n)
            ));
        }
        std::fs::write(&file, csv).unwrap();

        let (sim, mut serve) = serve_on(&db).await;
        let import = common::binary(&db, &sim.api_url())
            .args(["import", file.to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        for (n, officer) in officers.iter().enumerate() {
            sim.send_text(
                officer,
                &format!(
                    "/log {}: met at the trade fair",
                    common::names::name_of(n as i64)
                ),
            );
            tokio::time::sleep(StdDuration::from_millis(20)).await;
        }
        let imported = import.wait_with_output().unwrap();
        assert!(
            imported.status.success(),
            "{}: {}",
            db.backend,
            String::from_utf8_lossy(&imported.stderr)
        );
        assert!(
            wait_until(StdDuration::from_secs(60), || saved_chats(&sim).len()
                == officers.len())
            .await,
            "{} of {} /log saved ({})",
            saved_chats(&sim).len(),
            officers.len(),
            db.backend
        );
        common::terminate(&serve);
        assert!(common::stopped_within(&mut serve, StdDuration::from_secs(5)).await);
        let contacts = inmaek::store::entity::contact::Entity::find()
            .count(store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(contacts, (OFFICERS + IMPORTED) as u64, "{}", db.backend);
        let logged = interaction::Entity::find()
            .count(store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(logged, OFFICERS as u64, "{}", db.backend);
    }
}

/// `serve` killed with SIGKILL in the middle of a burst of `/log`s: every
/// one whose reply said "saved" is in the database after a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_killed_during_a_log_burst_keeps_every_log_it_said_was_saved() {
    const OFFICERS: i64 = 300;
    for db in TestDb::all() {
        let store = db.store_at(at(common::NOW)).await;
        let officers = officers_with_contacts(&store, OFFICERS, 80_000).await;
        let (sim, mut serve) = serve_on(&db).await;
        for (n, officer) in officers.iter().enumerate() {
            sim.send_text(
                officer,
                &format!(
                    "/log {}: dinner with the delegation",
                    common::names::name_of(n as i64)
                ),
            );
        }
        assert!(
            wait_until(StdDuration::from_secs(60), || saved_chats(&sim).len() >= 20).await,
            "serve saves"
        );
        serve.kill().unwrap();
        serve.wait().unwrap();
        let told_saved = saved_chats(&sim);
        assert!(
            told_saved.len() < officers.len(),
            "killed mid-burst ({})",
            db.backend
        );

        // Restarted on the same database: it opens, and every log it said
        // was saved is there.
        let mut again = common::serve_command(&db, &sim.api_url()).spawn().unwrap();
        tokio::time::sleep(StdDuration::from_millis(500)).await;
        common::terminate(&again);
        assert!(common::stopped_within(&mut again, StdDuration::from_secs(5)).await);
        let reopened = db.store_at(at(common::NOW)).await;
        let users = reopened.users().await.unwrap();
        let logged_by: std::collections::HashSet<i32> = interaction::Entity::find()
            .all(reopened.db_for_tests())
            .await
            .unwrap()
            .into_iter()
            .filter_map(|i| i.logged_by)
            .collect();
        for chat in &told_saved {
            let user = users
                .iter()
                .find(|u| u.telegram_user_id == Some(*chat))
                .unwrap();
            assert!(
                logged_by.contains(&user.id),
                "officer {chat} was told saved but nothing is stored ({})",
                db.backend
            );
        }
        println!(
            "{}: {} told saved before the kill, {} stored",
            db.backend,
            told_saved.len(),
            logged_by.len()
        );
    }
}

/// A unit that panics is that unit's failure: its caller gets an error,
/// nothing of it is stored, and the store goes on writing.
#[tokio::test]
async fn a_unit_that_panics_fails_alone_and_the_store_goes_on() {
    for db in TestDb::all() {
        let store = db.store_at(at(common::NOW)).await;
        let panicked = store
            .write(|txn| {
                Box::pin(async move {
                    meta::Entity::insert(meta::ActiveModel {
                        key: Set("half_written".to_owned()),
                        value: Set("x".to_owned()),
                    })
                    .exec_without_returning(txn)
                    .await?;
                    if txn.get_database_backend() != sea_orm::DbBackend::MySql {
                        panic!("a bug in a unit");
                    }
                    Ok(())
                })
            })
            .await;
        assert!(panicked.is_err(), "{}", db.backend);
        contact(&store, &common::names::name_of(3)).await;
        let half = meta::Entity::find_by_id("half_written".to_owned())
            .one(store.db_for_tests())
            .await
            .unwrap();
        assert!(half.is_none(), "{}", db.backend);
    }
}

/// A button press whose write fails for good (a trigger refuses every
/// change to an invitation) is still answered — the spinner stops with
/// "nothing was saved" in the member's language — the invitation is as it
/// was, the update is not marked handled, and a press once the fault is
/// gone takes the seat.
#[tokio::test]
async fn a_failed_button_press_is_answered_and_can_be_pressed_again() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(common::NOW)).await;
        let (event, presses) = invited_members(&app, &db, 1, 5).await;
        let (member, message_id, accept) = presses[0].clone();
        let cure = refuse(&db, "UPDATE", "invitation").await;
        let status = || async {
            invitation::Entity::find()
                .filter(invitation::Column::EventId.eq(event.id))
                .one(app.store.db_for_tests())
                .await
                .unwrap()
                .unwrap()
                .status
        };

        let start = app.sim.call_count();
        let update_id = app.sim.press_button(&member, message_id, &accept);
        wait_for_calls(&app, start, "answercallbackquery", 1).await;
        // Answered once: Telegram refuses a second answer to the same press,
        // so an early empty answer would hide the failure from the member.
        tokio::time::sleep(StdDuration::from_millis(500)).await;
        let answers = app
            .sim
            .calls()
            .into_iter()
            .skip(start)
            .filter(|c| c.name() == "answercallbackquery")
            .count();
        assert_eq!(answers, 1, "{}", db.backend);
        let answer = app
            .sim
            .calls()
            .into_iter()
            .skip(start)
            .find(|c| c.name() == "answercallbackquery")
            .unwrap();
        assert_eq!(
            answer.params.get("text").and_then(|t| t.as_str()),
            Some("문제가 생겨 아무것도 저장하지 못했습니다. 다시 시도해 주세요."),
            "{}",
            db.backend
        );
        assert_eq!(status().await, InvitationStatus::Invited, "{}", db.backend);
        assert!(!app.store.is_update_handled(update_id).await.unwrap());

        cure.await;
        let start = app.sim.call_count();
        app.sim.press_button(&member, message_id, &accept);
        wait_for_calls(&app, start, "answercallbackquery", 1).await;
        assert_eq!(status().await, InvitationStatus::Accepted, "{}", db.backend);
        app.stop().await;
    }
}

/// Two hundred card reads at once, by ten people: each is answered after
/// its rows are in the access log (written together, not one by one), and
/// none is lost — the card and the ties read, attributed to each reader.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_card_reads_at_once_each_leave_their_access_log_rows() {
    use inmaek::store::audit::Actor;
    for db in TestDb::all() {
        let store = db.store_at(at(common::NOW)).await;
        let kim = contact(&store, &common::names::name_of(1)).await;
        let lee = contact(&store, &common::names::name_of(2)).await;
        store
            .add_tie(inmaek::store::network::NewTie {
                from: kim,
                to: lee,
                kind: inmaek::domain::keys::TieKind::Classmate,
                note: None,
                recorded_by: None,
            })
            .await
            .unwrap();
        let before = store.access_log(None).await.unwrap().len();
        let reads: Vec<_> = (0..200)
            .map(|n| {
                let store = store.clone();
                tokio::spawn(async move {
                    store
                        .read_card_with_ties(kim, 5, Actor::web(n % 10 + 1))
                        .await
                        .map(|(card, ties)| (card.contact.id, ties.len()))
                })
            })
            .collect();
        for read in reads {
            assert_eq!(read.await.unwrap().unwrap(), (kim, 1), "{}", db.backend);
        }
        let log = store.access_log(None).await.unwrap();
        let new = &log[before..];
        assert_eq!(new.len(), 400, "{}", db.backend);
        for action in ["card", "relations"] {
            assert_eq!(
                new.iter().filter(|row| row.action == action).count(),
                200,
                "{}: {action}",
                db.backend
            );
        }
        for reader in 1..=10 {
            assert_eq!(
                new.iter().filter(|row| row.user_id == Some(reader)).count(),
                40,
                "{}",
                db.backend
            );
        }
    }
}
