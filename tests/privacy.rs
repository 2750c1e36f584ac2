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
            users.contains("#1 Leaving Officer · Liaison officer · en · disabled"),
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

        // An officer who becomes the mayor's office logs no more, and
        // their contacts become unowned when nobody is named.
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
