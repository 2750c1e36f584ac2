//! Deny by default, one table: every bot command and every kind of button
//! against every role (and a stranger), through the dispatcher. "Allowed"
//! means the bot did the thing or asked the next question; "denied" means
//! it said the role may not, or (for a stranger) only pointed to enrolment.

mod common;

use common::{TestApp, TestDb, at};
use inmaek::domain::keys::{Category, NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::telegram_sim::SimUser;
use sea_orm::EntityTrait;

const NOT_ALLOWED: &str = "This is not available to your role";
const NOT_ENROLLED: &str = "works for enrolled users only";
const BUTTON_REFUSED: &str = "This button is no longer active.";

/// (command, officer, mayor's office, admin, member)
const COMMANDS: &[(&str, bool, bool, bool, bool)] = &[
    ("/log", true, false, false, false),
    ("/who 马红", true, true, true, false),
    ("/path 马红", true, true, true, false),
    ("/add", true, false, false, false),
    ("/due", true, false, false, false),
    ("/brief harbin", true, true, true, false),
    ("/event", true, false, false, false),
    ("/invite 1", true, false, false, false),
    ("/checkin 1", true, false, false, false),
    ("/mydata", false, false, false, true),
    ("/stop", false, false, false, true),
];

/// Commands every enrolled user may use, whatever the role.
const EVERYONE: &[&str] = &["/help", "/lang", "/cancel", "/events"];

/// Buttons of each kind, pressed by someone whose dialogue did not offer them.
const BUTTONS: &[&str] = &[
    "k:s:c1",
    "k:l:c1",
    "k:h:c1",
    "k:p:1",
    "ci:1",
    "e:k:forum",
    "i:c:done",
    "l:d:today",
    "a:save",
    "w:1",
    "pa:1",
    "ed:1",
    "ed:f:lang",
    "f:1",
    "r:AAAAAAAAAAAAAAAAAAAAAAAAAA:a",
    "cs:y",
];

#[tokio::test]
async fn every_command_and_button_against_every_role() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at("2026-11-30T10:00:00+09:00")).await;
        let contact = app
            .store
            .add_contact(NewContact {
                names: vec![PersonName::parse(NameForm::Hanzi, "马红").unwrap()],
                categories: vec![Category::Official],
                place: Some("harbin".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .id;
        let mut users = Vec::new();
        for (n, role) in [Role::Officer, Role::MayorOffice, Role::Admin, Role::Member]
            .into_iter()
            .enumerate()
        {
            let user = SimUser::new(800 + n as i64, "User", Some("en"));
            let code = app
                .invite(
                    &format!("user {n}"),
                    role,
                    (role == Role::Member).then_some(contact),
                )
                .await;
            app.send(&user, &format!("/start {code}")).await;
            app.send(&user, "/lang en").await;
            users.push((role, user));
        }
        let stranger = SimUser::new(899, "Stranger", Some("en"));

        for (command, officer, mayor, admin, member) in COMMANDS {
            for ((role, user), expected) in users.iter().zip([officer, mayor, admin, member]) {
                let reply = app.send(user, command).await;
                let denied = reply.text().contains(NOT_ALLOWED);
                assert_eq!(
                    !denied,
                    *expected,
                    "{command} as {role:?} on {}: {}",
                    db.backend,
                    reply.text()
                );
                app.send(user, "/cancel").await;
            }
            let reply = app.send(&stranger, command).await;
            assert!(
                reply.text().contains(NOT_ENROLLED),
                "{command} as a stranger"
            );
        }
        for command in EVERYONE {
            for (role, user) in &users {
                let reply = app.send(user, command).await;
                assert!(!reply.text().contains(NOT_ALLOWED), "{command} as {role:?}");
            }
            let reply = app.send(&stranger, command).await;
            assert!(
                reply.text().contains(NOT_ENROLLED),
                "{command} as a stranger"
            );
        }
        // Buttons the message pressed never carried (made up, or from another
        // message or dialogue): refused, whatever the role.
        let message = app.send(&users[0].1, "/help").await.sent()[0]
            .message_id()
            .unwrap();
        for data in BUTTONS {
            for (role, user) in &users {
                let reply = app.press(user, (message, data.to_string())).await;
                let refused = reply.alert().is_some_and(|a| {
                    a == BUTTON_REFUSED || a.contains("not valid") || a.contains("someone else")
                });
                assert!(
                    refused,
                    "{data} as {role:?}: {:?} {}",
                    reply.alert(),
                    reply.text()
                );
            }
            let reply = app.press(&stranger, (message, data.to_string())).await;
            assert!(
                reply.alert().is_some_and(|a| a.contains("enrolled")),
                "{data} as a stranger"
            );
        }
    }
}

#[tokio::test]
async fn a_forwarded_message_never_confers_the_senders_identity() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at("2026-11-30T10:00:00+09:00")).await;
        let officer = SimUser::new(61, "Officer", Some("en"));
        app.enrol(&officer, "Real Officer", Role::Officer).await;
        app.store
            .add_contact(NewContact {
                names: vec![PersonName::parse(NameForm::Hangul, "김영남").unwrap()],
                ..Default::default()
            })
            .await
            .unwrap();
        let stranger = SimUser::new(62, "Stranger", Some("en"));
        // The stranger forwards the officer's own messages: a command, a
        // log line. The bot answers the stranger as a stranger.
        for text in ["/who 김영남", "/log 김영남: dinner", "/due"] {
            let start = app.sim.call_count();
            app.sim
                .forward_text(&stranger, Some(&officer), "Officer", text);
            let reply = app
                .sim
                .wait_for_call_after(start, std::time::Duration::from_secs(10), |c| {
                    c.name() == "sendmessage" && c.chat_id() == Some(62)
                })
                .await
                .expect("an answer");
            let answer = reply.text().unwrap_or_default();
            assert!(answer.contains(NOT_ENROLLED), "{text}: {answer}");
            assert!(!answer.contains("김영남"), "{answer}");
        }
        let logged = inmaek::store::entity::interaction::Entity::find()
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        assert!(logged.is_empty(), "{}", db.backend);
        assert!(app.store.user_by_telegram(62).await.unwrap().is_none());
        app.stop().await;
    }
}
