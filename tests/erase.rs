//! Erasure on request: after `inmaek contact erase`, the JSON export and
//! direct queries find nothing of the person but a pseudonymous stub in
//! the access log; shared interactions keep the others, the name blacked out.

mod common;

use chrono::Duration;
use common::{TestDb, at, ok};
use inmaek::domain::Lang;
use inmaek::domain::keys::{Category, InteractionKind, NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::store::interactions::{NewFollowUp, NewInteraction};
use inmaek::store::users::Invitation;
use inmaek::telegram::Keyboards;
use sea_orm::{ConnectionTrait, EntityTrait};

#[tokio::test]
async fn an_erased_person_leaves_only_a_pseudonym_in_the_access_log() {
    for db in TestDb::all() {
        let store = db.store_at(at("2026-11-30T10:00:00+09:00")).await;
        let add = |names: [&'static str; 2], phone: &'static str, email: &'static str| {
            let store = store.clone();
            async move {
                store
                    .add_contact(NewContact {
                        names: vec![
                            PersonName::parse(NameForm::Hanzi, names[0]).unwrap(),
                            PersonName::parse(NameForm::Latin, names[1]).unwrap(),
                        ],
                        categories: vec![Category::SeoulClub],
                        phone: Some(phone.into()),
                        email: Some(email.into()),
                        place: Some("harbin".into()),
                        ..Default::default()
                    })
                    .await
                    .unwrap()
                    .id
            }
        };
        let gone = add(
            ["马红", "Ma Hong"],
            "+86 451 8888 1234",
            "erase.me@example.cn",
        )
        .await;
        let stays = add(["胡斌", "Hu Bin"], "+86 451 2222 0000", "hu@example.cn").await;
        let log = |contacts: Vec<i32>, note: &str| NewInteraction {
            occurred_at: store.clock.now() - Duration::days(3),
            kind: InteractionKind::Meeting,
            contact_ids: contacts,
            officer_ids: Vec::new(),
            place: None,
            note: Some(note.into()),
            track: None,
            topics: Vec::new(),
            logged_by: None,
            follow_ups: vec![NewFollowUp {
                what: "Send Ma Hong the report".into(),
                due_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 20).unwrap(),
                promised_by_seoul: true,
            }],
        };
        store
            .log_interaction(log(vec![gone], "Ma Hong alone: private"))
            .await
            .unwrap();
        let shared = store
            .log_interaction(log(
                vec![stays, gone],
                "Hu Bin and Ma Hong (马红) discussed sewage",
            ))
            .await
            .unwrap();
        // A member account with consent, an invitation and a queued message.
        let member = store
            .invite_user(Invitation {
                role: Role::Member,
                name: "Ma Hong (member)".into(),
                lang: Lang::ZhCn,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: Some(gone),
                valid_for: Duration::days(7),
            })
            .await
            .unwrap();
        let member = store.redeem_code(&member.code, 4242).await.unwrap();
        store
            .grant_consent(member.id, "invitations", "bot", None)
            .await
            .unwrap();
        let mut event = inmaek::store::events::NewEvent {
            kind: inmaek::domain::keys::EventKind::Forum,
            titles: [None, None, Some("Forum".into())],
            descriptions: [None, None, None],
            starts_at: at("2026-12-10T14:00:00+09:00"),
            ends_at: None,
            time_zone: chrono_tz::Asia::Seoul,
            place: None,
            address: None,
            capacity: None,
            rsvp_deadline: None,
            organizer_user_id: None,
            track: None,
            topics: Vec::new(),
        };
        event.place = Some("harbin".into());
        let event = store.add_event(event).await.unwrap();
        let invitees = store
            .audience(event.id, &inmaek::store::invitations::Audience::default())
            .await
            .unwrap();
        let now = store.clock.now();
        store
            .invite(event.id, &invitees, {
                let event = event.clone();
                move |m, token| {
                    inmaek::events::invitation(
                        &event,
                        None,
                        m,
                        token,
                        now,
                        Lang::En,
                        chrono_tz::Asia::Seoul,
                    )
                }
            })
            .await
            .unwrap();
        ok(&db, "en", &["contact", "show", "马红"]);
        // Buttons out there: one about them, one about someone else.
        let officer = store
            .invite_user(inmaek::store::users::Invitation {
                role: inmaek::domain::keys::Role::Officer,
                name: "Button Officer".into(),
                lang: inmaek::domain::Lang::En,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: Duration::days(1),
            })
            .await
            .unwrap()
            .user
            .id;
        let buttons = store
            .seal_keyboard(
                officer,
                teloxide::types::InlineKeyboardMarkup::new([[
                    teloxide::types::InlineKeyboardButton::callback("a", format!("k:s:c{gone}")),
                    teloxide::types::InlineKeyboardButton::callback("b", format!("k:s:c{stays}")),
                ]]),
                inmaek::store::callbacks::Lifetime::Reminder,
            )
            .await
            .unwrap();
        let token = |i: usize| match &buttons.inline_keyboard[0][i].kind {
            teloxide::types::InlineKeyboardButtonKind::CallbackData(t) => t.clone(),
            _ => unreachable!(),
        };

        // Without --yes nothing happens.
        let asked = ok(&db, "en", &["contact", "erase", &gone.to_string()]);
        assert!(asked.contains("Run again with --yes"), "{asked}");
        assert!(ok(&db, "en", &["contact", "show", "马红"]).contains("Ma Hong"));
        let done = ok(&db, "en", &["contact", "erase", &gone.to_string(), "--yes"]);
        assert!(
            done.contains(
                "one interaction with them alone deleted, one shared interaction redacted"
            ),
            "{done}"
        );
        let pseudonym = done
            .split_whitespace()
            .find(|w| w.starts_with("erased-"))
            .unwrap()
            .trim_end_matches('.')
            .to_owned();

        // Nothing in the export but the shared meeting, blacked out.
        let dump = ok(&db, "en", &["export"]);
        for trace in ["马红", "Ma Hong", "8888", "erase.me", "4242", "private"] {
            assert!(!dump.contains(trace), "{trace} survived in the export");
        }
        assert!(
            dump.contains("Hu Bin and ▇▇▇ (▇▇▇) discussed sewage"),
            "shared note redacted"
        );
        // Nor in any table but the access log's pseudonym.
        let id = gone.to_string();
        for (table, column) in [
            ("contact", "id"),
            ("contact_name", "contact_id"),
            ("name_key", "contact_id"),
            ("contact_category", "contact_id"),
            ("interaction_contact", "contact_id"),
            ("follow_up", "contact_id"),
            ("invitation", "contact_id"),
            ("app_user", "contact_id"),
        ] {
            let rows = store
                .db_for_tests()
                .query_all_raw(sea_orm::Statement::from_string(
                    store.backend(),
                    format!("SELECT 1 FROM {table} WHERE {column} = {id}"),
                ))
                .await
                .unwrap();
            assert!(rows.is_empty(), "{table} still has the person");
        }
        let queued = store
            .db_for_tests()
            .query_all_raw(sea_orm::Statement::from_string(
                store.backend(),
                format!("SELECT 1 FROM outbox WHERE user_id = {}", member.id),
            ))
            .await
            .unwrap();
        assert!(queued.is_empty(), "queued messages gone");
        let consents = store
            .db_for_tests()
            .query_all_raw(sea_orm::Statement::from_string(
                store.backend(),
                format!("SELECT 1 FROM consent WHERE user_id = {}", member.id),
            ))
            .await
            .unwrap();
        assert!(consents.is_empty());
        // The button about them is gone with them; the other still works.
        assert_eq!(
            store.open_callback(officer, &token(0)).await.unwrap(),
            inmaek::store::callbacks::Opened::Unknown
        );
        assert_eq!(
            store.open_callback(officer, &token(1)).await.unwrap(),
            inmaek::store::callbacks::Opened::Data(format!("k:s:c{stays}"))
        );
        let shared_left = store.interactions_of(Some(stays), 10).await.unwrap();
        assert!(
            shared_left
                .iter()
                .any(|s| s.interaction.id == shared.id && s.contact_ids == vec![stays])
        );

        let log = store.access_log(None).await.unwrap();
        assert!(
            log.iter()
                .all(|row| !row.subjects.contains(&format!("[{id}]"))
                    && !row.scope.contains(&format!("contact:{id}")))
        );
        assert!(
            log.iter()
                .any(|row| row.action == "card" && row.subjects.contains(&pseudonym)),
            "{log:?}"
        );
        assert!(
            log.iter()
                .any(|row| row.action == "erase" && row.scope == format!("contact:{pseudonym}"))
        );
        let refused = common::refused(&db, "en", &["contact", "erase", &id, "--yes"]);
        assert!(refused.contains(&id), "{refused}");
    }
}

#[tokio::test]
async fn a_member_gets_everything_stored_about_them_with_mydata() {
    for db in TestDb::all() {
        let app = common::TestApp::spawn(&db, at("2026-11-30T10:00:00+09:00")).await;
        let contact = app
            .store
            .add_contact(NewContact {
                names: vec![
                    PersonName::parse(NameForm::Hanzi, "王雪梅").unwrap(),
                    PersonName::parse(NameForm::Latin, "Wang Xuemei").unwrap(),
                ],
                categories: vec![Category::SeoulClub],
                email: Some("wang@example.cn".into()),
                notes: Some("Met at the Seoul Club dinner".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .id;
        // A meeting shared with someone else, whose note is about him;
        // and a call with her alone.
        let secret = app
            .store
            .add_contact(NewContact {
                names: vec![
                    PersonName::parse(NameForm::Latin, "Secret Official").unwrap(),
                    PersonName::parse(NameForm::Hanzi, "秘密官").unwrap(),
                ],
                phone: Some("010-9876-5432".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .id;
        for (contacts, note) in [
            (
                vec![contact, secret],
                "Secret Official said his wife is ill; his private phone 010-9876-5432",
            ),
            (vec![contact], "She asked about the spring forum"),
        ] {
            let shared = contacts.len() > 1;
            app.store
                .log_interaction(inmaek::store::interactions::NewInteraction {
                    occurred_at: at("2026-11-20T10:00:00+09:00"),
                    kind: inmaek::domain::keys::InteractionKind::Meeting,
                    contact_ids: contacts,
                    officer_ids: Vec::new(),
                    place: Some("harbin".into()),
                    note: Some(note.into()),
                    track: None,
                    topics: Vec::new(),
                    logged_by: None,
                    // Promised in the shared meeting, about the other man.
                    follow_ups: if shared {
                        vec![NewFollowUp {
                            what: "Send Secret Official's CV to 010-9876-5432".into(),
                            due_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap(),
                            promised_by_seoul: true,
                        }]
                    } else {
                        Vec::new()
                    },
                })
                .await
                .unwrap();
        }
        let member = inmaek::telegram_sim::SimUser::new(91, "Wang", Some("en"));
        let code = app.invite("Wang Xuemei", Role::Member, Some(contact)).await;
        let reply = app.send(&member, &format!("/start {code}")).await;
        app.press(&member, reply.button("Yes")).await;
        app.send(&member, "/lang en").await;
        let reply = app.send(&member, "/mydata").await;
        assert!(
            reply.text().contains("everything stored about you"),
            "{}",
            reply.text()
        );
        let documents: Vec<_> = reply
            .calls
            .iter()
            .filter(|c| c.name() == "senddocument")
            .collect();
        assert_eq!(documents.len(), 2);
        let json = documents[0]
            .params
            .pointer("/document/text")
            .and_then(|t| t.as_str())
            .unwrap();
        let data: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(data["contact"]["email"], "wang@example.cn");
        assert_eq!(data["consents"][0]["purpose"], "invitations");
        assert!(json.contains("Wang Xuemei") && json.contains("王雪梅"));
        assert!(!json.contains("code_hash") && !json.contains("\"token\""));
        let html = documents[1]
            .params
            .pointer("/document/text")
            .and_then(|t| t.as_str())
            .unwrap();
        assert!(html.contains("What is stored about Wang Xuemei"));
        assert!(html.contains("Met at the Seoul Club dinner"));
        // Her own data only: the shared meeting's date, kind and that
        // someone else was there — not the note, not who.
        let cli = ok(&db, "en", &["contact", "data", &contact.to_string()]);
        let cli_html = ok(
            &db,
            "en",
            &["contact", "data", "王雪梅", "--format", "html"],
        );
        for text in [json, html, cli.as_str(), cli_html.as_str()] {
            for secret in ["Secret Official", "秘密官", "wife", "010-9876-5432"] {
                assert!(!text.contains(secret), "{secret} leaked: {text}");
            }
            assert!(text.contains("She asked about the spring forum"), "{text}");
        }
        assert!(html.contains("with one other person"), "{html}");
        let shared = data["interactions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["others"] == 1)
            .expect("the shared meeting is listed");
        assert_eq!(shared["note"], serde_json::Value::Null);
        assert_eq!(shared["kind"], "meeting");
        let from_cli: serde_json::Value = serde_json::from_str(&cli).unwrap();
        assert_eq!(from_cli["interactions"], data["interactions"]);
        assert_eq!(from_cli["account"]["name"], "Wang Xuemei");
        // Not for officers (they have cards), and in the access log.
        let officer = inmaek::telegram_sim::SimUser::new(92, "Kim", Some("en"));
        app.enrol(&officer, "Kim Officer", Role::Officer).await;
        app.send(&officer, "/lang en").await;
        let reply = app.send(&officer, "/mydata").await;
        assert!(
            reply.text().contains("not available to your role"),
            "{}",
            reply.text()
        );
        let log = app.store.access_log(None).await.unwrap();
        assert!(
            log.iter()
                .any(|r| r.action == "mydata" && r.subjects == format!("[{contact}]"))
        );
    }
}

#[tokio::test]
async fn access_records_are_kept_two_years() {
    for db in TestDb::all() {
        let store = db.store_at(at("2024-01-10T10:00:00+09:00")).await;
        store
            .record_access(inmaek::store::audit::Actor::CLI, "card", "contact:1", &[1])
            .await
            .unwrap();
        // A permission change is kept three years, whatever the purge says.
        store
            .invite_user(inmaek::store::users::Invitation {
                role: Role::Officer,
                name: "Early Officer".into(),
                lang: inmaek::domain::Lang::En,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: chrono::Duration::days(7),
            })
            .await
            .unwrap();
        store.clock.set(at("2026-11-20T10:00:00+09:00"));
        store
            .record_access(inmaek::store::audit::Actor::CLI, "card", "contact:1", &[1])
            .await
            .unwrap();
        let refused = common::refused(&db, "en", &["audit", "--purge-before", "2025-06-01"]);
        assert!(refused.contains("before"), "{refused}");
        let done = ok(&db, "en", &["audit", "--purge-before", "2024-06-01"]);
        assert!(done.contains("Deleted one access record"), "{done}");
        let left = store.access_log(None).await.unwrap();
        let actions: Vec<&str> = left.iter().map(|r| r.action.as_str()).collect();
        assert_eq!(actions, ["user-invite", "card", "purge"], "{}", db.backend);
    }
}

/// Every text of every table, one line per row (PostgreSQL), or the bytes
/// of the database file and its log (SQLite), as text to search.
async fn everything_stored(db: &TestDb) -> String {
    if db.backend == "sqlite" {
        let path = db
            .url
            .trim_start_matches("sqlite://")
            .split('?')
            .next()
            .unwrap()
            .to_owned();
        let mut bytes = std::fs::read(&path).unwrap();
        if let Ok(wal) = std::fs::read(format!("{path}-wal")) {
            bytes.extend(wal);
        }
        return String::from_utf8_lossy(&bytes).into_owned();
    }
    let admin = inmaek::store::connect(&db.url).await.unwrap();
    let tables = admin
        .query_all_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT table_name::text AS name FROM information_schema.tables \
             WHERE table_schema = 'public'",
        ))
        .await
        .unwrap();
    let mut all = String::new();
    for table in tables {
        let name: String = table.try_get("", "name").unwrap();
        let rows = admin
            .query_all_raw(sea_orm::Statement::from_string(
                sea_orm::DbBackend::Postgres,
                format!("SELECT t::text AS row FROM \"{name}\" t"),
            ))
            .await
            .unwrap();
        for row in rows {
            all.push_str(&row.try_get::<String>("", "row").unwrap());
            all.push('\n');
        }
    }
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn erasure_leaves_no_byte_of_the_person_in_any_table_message_or_dialogue() {
    use inmaek::telegram_sim::{Failure, SimUser};
    for db in TestDb::all() {
        let app = common::TestApp::spawn(&db, at("2026-11-30T08:00:00+09:00")).await;
        let officer = SimUser::new(951, "Officer", Some("en"));
        app.enrol(&officer, "Officer Kim", Role::Officer).await;
        app.send(&officer, "/lang en").await;
        let officer_id = app.store.find_user("Officer Kim").await.unwrap().id;
        let add = |names: Vec<PersonName>, phone: Option<&str>, email: Option<&str>, notes| {
            app.store.add_contact(NewContact {
                names,
                categories: vec![Category::Official],
                place: Some("harbin".into()),
                phone: phone.map(Into::into),
                email: email.map(Into::into),
                notes,
                owner: Some("Officer Kim".into()),
                ..Default::default()
            })
        };
        let secret = add(
            vec![
                PersonName::parse(NameForm::Latin, "Secret Official").unwrap(),
                PersonName::parse(NameForm::Hanzi, "金永男").unwrap(),
                PersonName::parse(NameForm::Alias, "Boss Kim").unwrap(),
            ],
            Some("010-9876-5432"),
            Some("secret@example.cn"),
            Some("XYZ-PRIVATE-NOTE".into()),
        )
        .await
        .unwrap()
        .id;
        let member = add(
            vec![PersonName::parse(NameForm::Latin, "Member Person").unwrap()],
            None,
            None,
            Some("Knows 金永男 from university".into()),
        )
        .await
        .unwrap()
        .id;
        let other = add(
            vec![PersonName::parse(NameForm::Latin, "Other Person").unwrap()],
            None,
            None,
            None,
        )
        .await
        .unwrap()
        .id;
        // Free text about him in other records: an event, a colleague's title.
        common::ok(
            &db,
            "en",
            &[
                "event",
                "add",
                "--kind",
                "forum",
                "--title",
                "Dinner for 金永男",
                "--starts",
                "2026-12-20T18:00:00+09:00",
                "--place",
                "harbin",
                "--description-en",
                "Secret Official hosts; call 010-9876-5432",
            ],
        );
        common::ok(
            &db,
            "en",
            &[
                "contact",
                "add",
                "--latin",
                "Deputy Person",
                "--org",
                "Harbin Government",
                "--title",
                "Deputy to Boss Kim",
            ],
        );
        for contacts in [vec![member, secret], vec![other]] {
            app.store
                .log_interaction(NewInteraction {
                    occurred_at: at("2026-05-01T10:00:00+09:00"),
                    kind: InteractionKind::Meeting,
                    contact_ids: contacts,
                    officer_ids: Vec::new(),
                    place: None,
                    note: Some(
                        "Lunch. 김영남 said his wife is ill; his private phone \
                         010-9876-5432; write to SECRET@example.cn"
                            .into(),
                    ),
                    track: None,
                    topics: Vec::new(),
                    logged_by: Some(officer_id),
                    follow_ups: Vec::new(),
                })
                .await
                .unwrap();
        }
        // The 09:00 digest names him, and is sent.
        let bot = teloxide::Bot::new(common::TOKEN)
            .set_api_url(url::Url::parse(&app.sim.api_url()).unwrap());
        let config = common::config(&db.url);
        let tick = |now: &str| {
            app.store.clock.set(at(now));
            inmaek::keep::tick(&app.store, &bot, &config, None)
        };
        tick("2026-11-30T09:00:00+09:00").await.unwrap();
        let sent: Vec<String> = app
            .sim
            .calls()
            .iter()
            .filter(|c| c.name() == "sendmessage" && c.chat_id() == Some(951))
            .filter_map(|c| c.text().map(str::to_owned))
            .collect();
        assert!(
            sent.iter().any(|t| t.contains("Secret Official")),
            "{sent:?}"
        );
        // The next morning's digest waits: Telegram failed.
        app.sim.fail_next("sendMessage", Failure::ServerError);
        tick("2026-12-01T09:00:00+09:00").await.unwrap();
        // An unfinished /log that named him.
        app.send(&officer, "/log").await;
        app.send(&officer, "Secret Official").await;
        assert!(
            app.store.dialogue_state(951).await.unwrap().is_some(),
            "the dialogue is open"
        );

        db.clock.set(at("2026-12-01T09:01:00+09:00"));
        let run = common::inmaek(&db, "en", &["contact", "erase", "Secret Official", "--yes"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stdout
                .contains("one waiting message about them dropped")
                && run
                    .stdout
                    .contains("one open conversation that mentioned them cleared"),
            "{}",
            run.stdout
        );
        let stored = everything_stored(&db).await;
        for trace in [
            "Secret Official",
            "secretofficial",
            "金永男",
            "김영남",
            "jinyongnan",
            "Boss Kim",
            "98765432",
            "9876-5432",
            "secret@example.cn",
            "SECRET@example.cn",
            "XYZ-PRIVATE-NOTE",
        ] {
            assert!(
                !stored.contains(trace),
                "{trace} survives on {}",
                db.backend
            );
        }
        assert!(
            stored.contains("Lunch. ▇▇▇ said his wife is ill"),
            "the shared notes stay, blacked out ({})",
            db.backend
        );
        assert!(
            stored.contains("Knows ▇▇▇ from university"),
            "{}",
            db.backend
        );
        assert!(stored.contains("Dinner for ▇▇▇"), "{}", db.backend);
        assert!(stored.contains("Deputy to ▇▇▇"), "{}", db.backend);
        assert!(app.store.dialogue_state(951).await.unwrap().is_none());
        // The sent digest is still there, as sent, without him.
        let outbox = inmaek::store::entity::outbox::Entity::find()
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        let first = outbox
            .iter()
            .find(|m| m.kind == "digest" && m.dedupe_key.ends_with("2026-11-30"))
            .expect("the sent digest stays");
        assert_eq!(first.status, inmaek::store::outbox::OutboxStatus::Sent);
        assert!(first.text.contains("▇▇▇"), "{}", first.text);

        // The next pass writes the morning's digest again, without him,
        // and tells the officer the conversation was cleared.
        let before = app.sim.call_count();
        tick("2026-12-01T09:05:00+09:00").await.unwrap();
        let after: Vec<String> = app
            .sim
            .calls_since(before)
            .iter()
            .filter(|c| c.name() == "sendmessage" && c.chat_id() == Some(951))
            .filter_map(|c| c.text().map(str::to_owned))
            .collect();
        assert!(
            after
                .iter()
                .any(|t| t.contains("Other Person") && !t.contains("▇▇▇")),
            "{after:?}"
        );
        assert!(
            after
                .iter()
                .any(|t| t.contains("Your unfinished conversation was cleared")),
            "{after:?}"
        );
        assert!(!after.iter().any(|t| t.contains("Secret Official")));
        app.stop().await;
    }
}
