//! The network and the card's *Edit* in the bot, through the dispatcher
//! against the fake Bot API, on SQLite and PostgreSQL.

mod common;

use common::{TestApp, TestDb, at};
use inmaek::domain::keys::{Category, InteractionKind, NameForm, Role, TieKind};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::store::interactions::NewInteraction;
use inmaek::store::network::NewTie;
use inmaek::telegram_sim::SimUser;

async fn person(app: &TestApp, hanzi: &str, latin: &str, owner: Option<&str>) -> i32 {
    app.store
        .add_contact(NewContact {
            names: vec![
                PersonName::parse(NameForm::Hanzi, hanzi).unwrap(),
                PersonName::parse(NameForm::Latin, latin).unwrap(),
            ],
            categories: vec![Category::Official],
            place: Some("harbin".into()),
            owner: owner.map(str::to_owned),
            ..Default::default()
        })
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn path_explains_the_way_in_and_the_owner_edits_the_card() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at("2026-11-30T10:00:00+09:00")).await;
        let park = SimUser::new(501, "Park", Some("ko"));
        app.enrol(&park, "박지우", Role::Officer).await;
        let lee = SimUser::new(502, "Lee", Some("en"));
        app.enrol(&lee, "Lee Minho", Role::Officer).await;
        app.send(&lee, "/lang en").await;
        let kim = person(&app, "金永男", "Jin Yongnan", Some("박지우")).await;
        let wang = person(&app, "王伟", "Wang Wei", Some("박지우")).await;
        let park_id = app.store.find_user("박지우").await.unwrap().id;
        app.store
            .log_interaction(NewInteraction {
                occurred_at: at("2026-11-10T15:00:00+09:00"),
                kind: InteractionKind::Meeting,
                contact_ids: vec![kim],
                officer_ids: Vec::new(),
                place: None,
                note: Some("만찬".into()),
                track: None,
                topics: Vec::new(),
                logged_by: Some(park_id),
                follow_ups: Vec::new(),
            })
            .await
            .unwrap();
        app.store
            .add_tie(NewTie {
                from: kim,
                to: wang,
                kind: TieKind::Classmate,
                note: None,
                recorded_by: Some(park_id),
            })
            .await
            .unwrap();

        // In Korean for Park, in English for Lee: the same chain.
        let reply = app.send(&park, "/path 王伟").await;
        assert!(
            reply
                .text()
                .contains("박지우이(가) 金永男을(를) 1번 만났습니다"),
            "{}: {}",
            db.backend,
            reply.text()
        );
        let reply = app.send(&lee, "/path Wang Wei").await;
        assert!(
            reply
                .text()
                .contains("박지우 met Jin Yongnan once, last on 2026-11-10 → Jin Yongnan and Wang Wei were classmates"),
            "{}",
            reply.text()
        );
        let reply = app.send(&lee, "/path").await;
        assert!(reply.text().contains("/path 张丽"), "{}", reply.text());

        // The owner sees Edit on the card; another officer does not.
        let card = app.send(&lee, "/who 王伟").await;
        assert!(
            !card.buttons().1.iter().any(|(l, _)| l.contains("Edit")),
            "{:?}",
            card.buttons()
        );
        let card = app.send(&park, "/who 王伟").await;
        let menu = app.press(&park, card.button("수정")).await;
        assert!(menu.text().contains("무엇을 바꿀까요"), "{}", menu.text());
        // A button of Park's card pressed by Lee is refused.
        let forged = app.press(&lee, card.button("수정")).await;
        assert!(forged.alert().is_some(), "{}", forged.text());

        let asked = app.press(&park, menu.button("생일")).await;
        assert!(asked.text().contains("음력"), "{}", asked.text());
        let saved = app.send(&park, "음력 1968-08-15").await;
        assert!(saved.text().contains("저장했습니다"), "{}", saved.text());
        let row = app.store.contact_card(wang, 0).await.unwrap().contact;
        assert_eq!(row.birthday.unwrap().to_string(), "1968-08-15");
        assert!(row.birthday_lunar);

        let asked = app.press(&park, saved.button("이름")).await;
        let _ = asked;
        let saved = app.send(&park, "왕웨이").await;
        assert!(saved.text().contains("왕웨이"), "{}", saved.text());
        let found = app.send(&lee, "/who 왕웨이").await;
        assert!(found.text().contains("Wang Wei"), "{}", found.text());

        let asked = app.press(&park, saved.button("분류")).await;
        let saved = app.press(&park, asked.button("+ 서울 명예시민")).await;
        assert!(saved.text().contains("명예시민"), "{}", saved.text());

        let asked = app.press(&park, saved.button("이메일")).await;
        let _ = asked;
        let refused = app.send(&park, "not-an-address").await;
        assert!(
            !refused.text().contains("저장했습니다"),
            "{}",
            refused.text()
        );
        let saved = app.send(&park, "직장:wang@hlj.gov.cn").await;
        assert!(saved.text().contains("저장했습니다"), "{}", saved.text());
        let done = app.press(&park, saved.button("완료")).await;
        assert!(done.text().contains("완료"), "{}", done.text());

        // Every change is in the access log, as Park's.
        let log = app.store.access_log_of_contact(wang).await.unwrap();
        assert!(
            log.iter()
                .filter(|e| e.action == "contact-edit" && e.user_id == Some(park_id))
                .count()
                >= 4,
            "{log:?}"
        );
    }
}
