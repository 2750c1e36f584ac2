//! Enrolment, languages and the boundaries of the bot: strangers, group
//! chats, roles — through the real dispatcher and the fake Bot API.

mod common;

use common::{TestApp, TestDb, at};
use inmaek::domain::keys::Role;
use inmaek::telegram_sim::SimUser;

const NOW: &str = "2026-11-28T10:00:00+09:00";

#[tokio::test]
async fn a_code_enrols_the_first_account_in_its_telegram_language_and_only_once() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let code = app.invite("Wang Fang", Role::Officer, None).await;
        let wang = SimUser::new(501, "Fang", Some("zh-hans"));
        let reply = app.send(&wang, &format!("/start {code}")).await;
        assert!(
            reply
                .text()
                .contains("Wang Fang，欢迎！您已注册为交流联络官。"),
            "{}",
            reply.text()
        );
        assert!(
            reply.text().contains("/log — 分步记录"),
            "help follows, in Chinese: {}",
            reply.text()
        );
        let user = app.store.user_by_telegram(501).await.unwrap().unwrap();
        assert_eq!(
            (user.name.as_str(), user.lang.tag()),
            ("Wang Fang", "zh-CN"),
            "{}",
            db.backend
        );

        // The same code from another account: refused, in that account's language.
        let thief = SimUser::new(502, "Mallory", Some("en"));
        let reply = app.send(&thief, &format!("/start {code}")).await;
        assert_eq!(reply.text(), "This enrolment code has already been used.");
        assert!(app.store.user_by_telegram(502).await.unwrap().is_none());
        // The owner again: already enrolled.
        let reply = app.send(&wang, &format!("/start {code}")).await;
        assert!(
            reply.text().contains("您已注册为 Wang Fang"),
            "{}",
            reply.text()
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn an_expired_or_unknown_code_is_refused() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let code = app.invite("Lee Minho", Role::Officer, None).await;
    app.store.clock.set(at(NOW) + chrono::Duration::days(8));
    let lee = SimUser::new(601, "Minho", Some("ko"));
    assert_eq!(
        app.send(&lee, &format!("/start {code}")).await.text(),
        "만료된 등록 코드입니다. 관리자에게 새 코드를 요청하세요."
    );
    assert_eq!(
        app.send(&lee, "/start AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
            .await
            .text(),
        "유효하지 않은 등록 코드입니다."
    );
    assert!(app.store.user_by_telegram(601).await.unwrap().is_none());
    app.stop().await;
}

#[tokio::test]
async fn a_stranger_gets_the_enrolment_hint_and_no_personal_data() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(700, "Park", Some("ko"));
    app.enrol(&officer, "Park Jiwoo", Role::Officer).await;
    app.send(&officer, "/log 김영남: 첫 만남").await;
    app.press(
        &officer,
        app.send(&officer, "/log 김영남: 첫 만남")
            .await
            .button("새 연락처"),
    )
    .await;

    let stranger = SimUser::new(701, "Eve", Some("en"));
    for text in ["/who 김영남", "hello", "/log 김영남: x", "/start"] {
        let reply = app.send(&stranger, text).await;
        assert!(
            reply
                .text()
                .starts_with("Inmaek is the relationship register"),
            "{text}: {}",
            reply.text()
        );
        assert!(!reply.text().contains("김영남"), "{text}");
    }
    // A button pressed by a stranger (forged under an old message) does nothing.
    let reply = app.press(&stranger, (1, "l:save".into())).await;
    assert_eq!(
        reply.alert().as_deref(),
        Some("Only enrolled users can use Inmaek.")
    );
    app.stop().await;
}

#[tokio::test]
async fn group_chats_get_a_pointer_to_a_private_chat_and_no_card() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(800, "Kim", Some("en"));
    app.enrol(&officer, "Kim Officer", Role::Officer).await;
    app.send(&officer, "/add").await;
    let reply = app.send(&officer, "김영남 / 金永男 / Jin Yongnan").await;
    let reply = app.press(&officer, reply.button("Done")).await;
    let reply = app.press(&officer, reply.button("Skip")).await;
    let reply = app.press(&officer, reply.button("Skip")).await;
    let reply = app.press(&officer, reply.button("Skip")).await;
    app.press(&officer, reply.button("Save")).await;

    let reply = app.in_group(&officer, "/who 김영남").await;
    assert_eq!(
        reply.text(),
        "For privacy I only work in a private chat. Write to me directly: @inmaek_bot"
    );
    assert!(!reply.text().contains("金永男"));
    app.stop().await;
}

#[tokio::test]
async fn commands_are_registered_in_korean_chinese_and_english() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let calls = app
        .sim
        .wait_for_call_after(0, std::time::Duration::from_secs(5), |c| {
            c.name() == "setmycommands"
        })
        .await;
    assert!(calls.is_some());
    let registered: Vec<(Option<String>, String)> = app
        .sim
        .calls()
        .iter()
        .filter(|c| c.name() == "setmycommands")
        .map(|c| {
            let code = c
                .params
                .get("language_code")
                .and_then(|v| v.as_str())
                .map(str::to_owned);
            let help = c.params["commands"]
                .as_array()
                .unwrap()
                .iter()
                .find(|cmd| cmd["command"] == "help")
                .unwrap()["description"]
                .as_str()
                .unwrap()
                .to_owned();
            (code, help)
        })
        .collect();
    // Before enrolment a chat's menu is /help (which says how to enrol);
    // each enrolled chat gets its role's menu (tests/bot_menu.rs).
    assert!(
        registered.contains(&(Some("ko".into()), "사용 안내".into())),
        "{registered:?}"
    );
    assert!(
        registered.contains(&(Some("zh".into()), "使用说明".into())),
        "{registered:?}"
    );
    assert!(
        registered.contains(&(Some("en".into()), "What I can do for you".into())),
        "{registered:?}"
    );
    assert!(
        registered.contains(&(None, "사용 안내".into())),
        "the default menu is in INMAEK_LANG"
    );
    app.stop().await;
}

#[tokio::test]
async fn lang_switches_the_language_with_buttons_or_an_argument() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let user = SimUser::new(900, "Jo", Some("ko"));
    app.enrol(&user, "Jo Officer", Role::Officer).await;
    let reply = app.send(&user, "/lang").await;
    assert_eq!(reply.text(), "언어를 고르세요:");
    let reply = app.press(&user, reply.button("English")).await;
    assert_eq!(reply.text(), "I will speak English from now on.");
    assert_eq!(
        app.send(&user, "/frobnicate").await.text(),
        "I don't know /frobnicate. /help lists what you can do."
    );
    assert_eq!(
        app.send(&user, "/lang zh").await.text(),
        "从现在起我将使用中文。"
    );
    assert!(
        app.send(&user, "/lang fr")
            .await
            .text()
            .contains("未知的语言“fr”")
    );
    assert_eq!(
        app.store.user_by_telegram(900).await.unwrap().unwrap().lang,
        "zh-CN"
    );
    app.stop().await;
}

#[tokio::test]
async fn members_and_the_mayors_office_cannot_log_and_members_see_no_cards() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let mayor = SimUser::new(1001, "Mayor", Some("en"));
    app.enrol(&mayor, "Mayor's Office", Role::MayorOffice).await;
    let reply = app.send(&mayor, "/log 김영남: x").await;
    assert!(
        reply
            .text()
            .starts_with("This is not available to your role (Mayor's office)"),
        "{}",
        reply.text()
    );
    assert_eq!(
        app.send(&mayor, "/who Nobody").await.text(),
        "No one matches “Nobody”."
    );

    let contact = app
        .store
        .add_contact(inmaek::store::contacts::NewContact {
            names: vec![
                inmaek::domain::names::PersonName::parse(
                    inmaek::domain::keys::NameForm::Latin,
                    "Jin Yongnan",
                )
                .unwrap(),
            ],
            ..Default::default()
        })
        .await
        .unwrap();
    let code = app
        .invite("Jin Yongnan", Role::Member, Some(contact.id))
        .await;
    let member = SimUser::new(1002, "Jin", Some("en"));
    app.send(&member, &format!("/start {code}")).await;
    let reply = app.send(&member, "/who Jin").await;
    assert!(
        reply
            .text()
            .starts_with("This is not available to your role (Member)"),
        "{}",
        reply.text()
    );
    app.stop().await;
}
