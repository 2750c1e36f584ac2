//! A menu per user: `setMyCommands` for each enrolled chat with exactly
//! the commands their role may use, in their language — set on enrolment,
//! after `/lang`, after a role change, and removed when the account is
//! disabled. Every command in a menu works; every other one is refused.

mod common;

use common::{TestApp, TestDb, at};
use inmaek::bot::menu::{all_commands, commands_for};
use inmaek::domain::keys::Role;
use inmaek::telegram_sim::{Call, SimUser};

const NOW: &str = "2026-12-02T10:00:00+09:00";

/// The commands and descriptions of the last menu set for `chat`.
fn menu_of(app: &TestApp, chat: i64) -> Option<Vec<(String, String)>> {
    let calls: Vec<Call> = app.sim.calls();
    calls
        .iter()
        .rev()
        .find(|c| {
            matches!(c.name().as_str(), "setmycommands" | "deletemycommands")
                && c.params.pointer("/scope/chat_id").and_then(|v| v.as_i64()) == Some(chat)
        })
        .filter(|c| c.name() == "setmycommands")
        .map(|c| {
            c.params["commands"]
                .as_array()
                .unwrap()
                .iter()
                .map(|cmd| {
                    (
                        cmd["command"].as_str().unwrap().to_owned(),
                        cmd["description"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
}

fn names(menu: &[(String, String)]) -> Vec<&str> {
    menu.iter().map(|(name, _)| name.as_str()).collect()
}

#[tokio::test]
async fn each_role_gets_its_commands_in_its_language_and_only_those_work() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let people = [
            (
                SimUser::new(51, "Kim", Some("ko")),
                "Kim Officer",
                Role::Officer,
                "면담·통화·메시지",
            ),
            (
                SimUser::new(52, "Wang", Some("zh-hans")),
                "Wang Mayor",
                Role::MayorOffice,
                "简报",
            ),
            (
                SimUser::new(53, "Lee", Some("en")),
                "Lee Admin",
                Role::Admin,
                "A relationship brief",
            ),
        ];
        for (user, name, role, described) in &people {
            app.enrol(user, name, *role).await;
            let menu = menu_of(&app, user.id).expect("a menu for the chat");
            assert_eq!(
                names(&menu),
                commands_for(*role),
                "{role:?} on {}",
                db.backend
            );
            assert!(
                menu.iter().any(|(_, d)| d.contains(described)),
                "{role:?}: in their language: {menu:?}"
            );
            for command in all_commands() {
                let reply = app.send(user, &format!("/{command}")).await;
                let refused = reply.text().contains("not available to your role")
                    || reply.text().contains("쓸 수 없는 기능입니다")
                    || reply.text().contains("不能使用此功能");
                assert_eq!(
                    refused,
                    !commands_for(*role).contains(&command),
                    "{role:?} /{command}: {}",
                    reply.text()
                );
                app.send(user, "/cancel").await;
            }
        }
        let (kim, ..) = &people[0];
        // /lang: the menu follows at once.
        let reply = app.send(kim, "/lang en").await;
        assert!(reply.text().contains("English"), "{}", reply.text());
        let menu = menu_of(&app, kim.id).unwrap();
        assert_eq!(
            menu[0],
            (
                "log".to_owned(),
                "Log a meeting, call or message".to_owned()
            )
        );
        // A role changed on the command line: the next message brings the new menu.
        common::ok(&db, "en", &["user", "role", "Kim Officer", "mayor-office"]);
        app.send(kim, "/help").await;
        assert_eq!(
            names(&menu_of(&app, kim.id).unwrap()),
            commands_for(Role::MayorOffice)
        );
        // Disabled: the chat's own menu is removed.
        common::ok(&db, "en", &["user", "disable", "Kim Officer"]);
        app.send(kim, "/help").await;
        assert_eq!(menu_of(&app, kim.id), None, "removed");
        app.stop().await;
    }
}
