//! `/log` guided and in one line, `/who`, `/add`, forwarding, redelivery,
//! hostile text and restarts — through the real dispatcher and the fake
//! Bot API, checking the replies and the rows stored.

mod common;

use chrono::{Duration, NaiveDate};
use common::{TestApp, TestDb, at, config};
use inmaek::domain::Lang;
use inmaek::domain::keys::{NameForm, Role, Track};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::store::entity::{contact, follow_up, interaction, interaction_topic};
use inmaek::telegram_sim::SimUser;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// 10:00 in Seoul on 28 November 2026.
const NOW: &str = "2026-11-28T10:00:00+09:00";

async fn add_kim(app: &TestApp) -> i32 {
    let names = vec![
        PersonName::parse(NameForm::Hangul, "김영남").unwrap(),
        PersonName::parse(NameForm::Hanzi, "金永男").unwrap(),
        PersonName::parse(NameForm::Latin, "Jin Yongnan").unwrap(),
    ];
    app.store
        .add_contact(NewContact {
            names,
            categories: vec![inmaek::domain::keys::Category::NextGenLeader],
            place: Some("yanji".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .id
}

async fn interactions(app: &TestApp) -> Vec<interaction::Model> {
    interaction::Entity::find()
        .all(app.store.db_for_tests())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_guided_log_in_korean_stores_the_interaction_and_resets_the_clock() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(11, "Park", Some("ko"));
        app.enrol(&officer, "Park Jiwoo", Role::Officer).await;
        let kim = add_kim(&app).await;

        let reply = app.send(&officer, "/log").await;
        assert!(
            reply.text().starts_with("누구를 만나셨나요?"),
            "{}",
            reply.text()
        );
        let reply = app.send(&officer, "Jin Yongnan").await;
        assert_eq!(reply.text(), "김영남 님을 언제 만나셨나요?");
        let reply = app.press(&officer, reply.button("다른 날짜")).await;
        assert!(
            reply.text().starts_with("날짜를 보내세요"),
            "{}",
            reply.text()
        );
        let reply = app.send(&officer, "11월 20일").await;
        assert_eq!(reply.text(), "어떤 교류였나요?");
        let reply = app.press(&officer, reply.button("면담")).await;
        let reply = app.press(&officer, reply.button("공공외교")).await;
        assert!(
            reply.text().starts_with("어떤 정책 분야"),
            "{}",
            reply.text()
        );
        let reply = app.press(&officer, reply.button("상수도")).await;
        assert!(
            reply
                .buttons()
                .1
                .iter()
                .any(|(label, _)| label == "✅ 상수도"),
            "the toggle shows: {:?}",
            reply.calls
        );
        let (message, _) = reply.button("환경");
        let reply = app
            .press(&officer, (message, "l:tp:environment".into()))
            .await;
        let reply = app
            .press(&officer, (reply.button("완료").0, "l:tp:done".into()))
            .await;
        assert_eq!(reply.text(), "메모를 보내거나 건너뛰세요.");
        let reply = app.send(&officer, "상수도 기술 연수 협의").await;
        let reply = app.press(&officer, reply.button("2주 후")).await;
        let reply = app.press(&officer, reply.button("메모와 같음")).await;
        assert!(
            reply.text().starts_with("<b>이 교류를 저장할까요?</b>"),
            "{}",
            reply.text()
        );
        assert!(
            reply.text().contains("날짜: 2026-11-20")
                && reply.text().contains("분야: 상수도, 환경"),
            "{}",
            reply.text()
        );
        let reply = app.press(&officer, reply.button("저장")).await;
        assert!(
            reply.text().starts_with(
                "✔ <b>저장했습니다.</b> 김영남 님과 다음 연락 예정일은 2027-01-04입니다."
            ),
            "{}",
            reply.text()
        );

        let stored = interactions(&app).await;
        assert_eq!(stored.len(), 1, "{}", db.backend);
        let record = &stored[0];
        assert_eq!(
            (record.kind.key(), record.track.map(|t| t.key())),
            ("meeting", Some("public"))
        );
        assert_eq!(record.note.as_deref(), Some("상수도 기술 연수 협의"));
        assert_eq!(record.occurred_at, at("2026-11-20T12:00:00+09:00"));
        let topics = interaction_topic::Entity::find()
            .count(app.store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(topics, 2);
        let follow = follow_up::Entity::find()
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            follow.due_on,
            NaiveDate::from_ymd_opt(2026, 12, 12).unwrap()
        );
        let after = contact::Entity::find_by_id(kim)
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(after.last_interaction_at, Some(record.occurred_at));
        assert_eq!(
            after.due_at,
            record.occurred_at + Duration::days(45),
            "due counts from the meeting"
        );
        assert!(
            after.owner_user_id.is_some(),
            "the officer who logged owns the contact now"
        );
        // The dialogue is over: stray text gets the hint.
        assert!(
            app.send(&officer, "고맙습니다")
                .await
                .text()
                .starts_with("면담을 기록하려면")
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn a_one_line_log_in_chinese_and_english_answers_in_that_language() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        add_kim(&app).await;
        let zh = SimUser::new(21, "Wang", Some("zh-hans"));
        app.enrol(&zh, "Wang Officer", Role::Officer).await;
        let reply = app
            .send(
                &zh,
                "/log 金永男：昨天 讨论供水合作 #供水 #经济外交 两周后跟进",
            )
            .await;
        assert!(
            reply
                .text()
                .starts_with("✔ <b>已保存。</b>下次与 金永男 联系的日期是"),
            "{}",
            reply.text()
        );
        assert!(
            reply.text().contains(
                "跟进：2026-12-12 — 跟进2026-11-27的会面：讨论供水合作（承诺方：首尔市）"
            ),
            "{}",
            reply.text()
        );

        let en = SimUser::new(22, "Kim", Some("en"));
        app.enrol(&en, "Kim Officer", Role::Officer).await;
        let reply = app
            .send(
                &en,
                "/log Jin Yongnan: 11/1 phone call about sewage #sewage #call",
            )
            .await;
        assert!(
            reply
                .text()
                .starts_with("✔ <b>Saved.</b> Next contact with Jin Yongnan is due 2027-01-11."),
            "{}",
            reply.text()
        );

        let stored = interactions(&app).await;
        assert_eq!(stored.len(), 2, "{}", db.backend);
        let chinese = stored
            .iter()
            .find(|i| i.track == Some(Track::Economic))
            .unwrap();
        assert_eq!(chinese.occurred_at, at("2026-11-27T12:00:00+09:00"));
        assert_eq!(chinese.note.as_deref(), Some("讨论供水合作"));
        let call = stored.iter().find(|i| i.kind == "call").unwrap();
        assert_eq!(
            call.occurred_at,
            at("2026-11-01T12:00:00+09:00"),
            "back-dated"
        );
        // The latest interaction (yesterday) sets the due date, not the older one.
        let kim = contact::Entity::find()
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            kim.due_at,
            at("2026-11-27T12:00:00+09:00") + Duration::days(45)
        );
        app.stop().await;
    }
}

#[tokio::test]
async fn a_back_dated_log_sets_the_due_date_from_when_it_happened() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(31, "Lee", Some("en"));
    app.enrol(&officer, "Lee Officer", Role::Officer).await;
    let kim = add_kim(&app).await;
    app.send(&officer, "/log 김영남: 2026-09-01 forum in Yanji")
        .await;
    let after = contact::Entity::find_by_id(kim)
        .one(app.store.db_for_tests())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        after.due_at,
        at("2026-09-01T12:00:00+09:00") + Duration::days(45)
    );
    let card = app.send(&officer, "/who jin").await;
    assert!(card.text().contains("OVERDUE"), "{}", card.text());
    app.stop().await;
}

#[tokio::test]
async fn an_ambiguous_name_offers_buttons_and_a_forged_button_changes_nothing() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(41, "Choi", Some("en"));
    app.enrol(&officer, "Choi Officer", Role::Officer).await;
    add_kim(&app).await;
    let other = app
        .store
        .add_contact(NewContact {
            names: vec![
                PersonName::parse(NameForm::Hangul, "김영남").unwrap(),
                PersonName::parse(NameForm::Hanzi, "金英男").unwrap(),
            ],
            ..Default::default()
        })
        .await
        .unwrap();
    // A name that merely starts like theirs is not whom a log names…
    app.store
        .add_contact(NewContact {
            names: vec![PersonName::parse(NameForm::Hangul, "김영남수").unwrap()],
            ..Default::default()
        })
        .await
        .unwrap();
    let reply = app.send(&officer, "/log 김영남: dinner #peace").await;
    assert_eq!(reply.text(), "Several people match “김영남”. Who was it?");
    let (message, buttons) = reply.buttons();
    assert_eq!(buttons.len(), 3, "two people and cancel: {buttons:?}");
    assert!(!format!("{buttons:?}").contains("김영남수"), "{buttons:?}");

    let forged = app.press(&officer, (message, "l:p:999".into())).await;
    assert_eq!(
        forged.alert().as_deref(),
        Some("This button was not sent to you, or is not valid. Nothing was changed.")
    );
    assert!(interactions(&app).await.is_empty());

    let token = app
        .token_for(&officer, message, &format!("l:p:{}", other.id))
        .await;
    let reply = app.press(&officer, reply.button("金英男")).await;
    assert!(
        reply.text().starts_with("✔ <b>Saved.</b>"),
        "{}",
        reply.text()
    );
    let stored = interactions(&app).await;
    assert_eq!(stored.len(), 1);
    let with = inmaek::store::entity::interaction_contact::Entity::find()
        .one(app.store.db_for_tests())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(with.contact_id, other.id);
    // Pressing the same (now stale) button again records nothing more.
    let again = app.press(&officer, (message, token)).await;
    assert_eq!(
        again.alert().as_deref(),
        Some("This button is no longer active.")
    );
    assert_eq!(interactions(&app).await.len(), 1);
    // …but /who, a search, lists them too.
    let who = app.send(&officer, "/who 김영남").await;
    assert!(
        format!("{:?}", who.buttons().1).contains("김영남수"),
        "{}",
        who.text()
    );
    app.stop().await;
}

#[tokio::test]
async fn a_redelivered_update_stores_one_row_and_answers_once() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(51, "Han", Some("en"));
        app.enrol(&officer, "Han Officer", Role::Officer).await;
        add_kim(&app).await;
        let mut update = app
            .sim
            .text_update(&officer, "/log Jin Yongnan: met at the forum");
        update["update_id"] = serde_json::json!(9_000);
        let first = app.push(update.clone(), true).await;
        assert!(first.text().contains("Saved"));
        let second = app.push(update, false).await;
        assert!(
            second.calls.is_empty(),
            "a redelivery is silent: {:?}",
            second.calls
        );
        assert_eq!(interactions(&app).await.len(), 1, "{}", db.backend);
        app.stop().await;
    }
}

#[tokio::test]
async fn a_five_thousand_character_note_and_a_hostile_name_are_stored_intact_and_shown_safely() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(61, "Yoon", Some("en"));
    app.enrol(&officer, "Yoon Officer", Role::Officer).await;

    let hostile = "<Lee> & *_[Bold]_ <script>";
    let reply = app.send(&officer, "/add").await;
    assert!(reply.text().contains("separated by"));
    let reply = app.send(&officer, hostile).await;
    let reply = app.press(&officer, reply.button("Done")).await;
    let reply = app.press(&officer, reply.button("Skip")).await;
    let reply = app.press(&officer, reply.button("Skip")).await;
    let reply = app.press(&officer, reply.button("Skip")).await;
    assert!(
        reply
            .text()
            .contains("&lt;Lee&gt; &amp; *_[Bold]_ &lt;script&gt; (Latin)"),
        "{}",
        reply.text()
    );
    app.press(&officer, reply.button("Save")).await;
    let stored = inmaek::store::entity::contact_name::Entity::find()
        .one(app.store.db_for_tests())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.value, hostile);

    let note: String = "상수도 협력 <논의> & 후속 "
        .repeat(300)
        .chars()
        .take(5_000)
        .collect();
    let reply = app.send(&officer, "/log").await;
    assert!(!reply.text().is_empty());
    // Only the start of the name typed: offered, not taken.
    let reply = app.send(&officer, "<Lee>").await;
    assert!(
        reply.text().starts_with("No one is named “&lt;Lee&gt;”"),
        "{}",
        reply.text()
    );
    let reply = app.press(&officer, reply.button("<Lee>")).await;
    assert!(
        reply.text().starts_with("When did you meet &lt;Lee&gt;"),
        "{}",
        reply.text()
    );
    let reply = app.press(&officer, reply.button("Today")).await;
    let reply = app.press(&officer, reply.button("Meeting")).await;
    let reply = app.press(&officer, reply.button("Skip")).await;
    app.press(&officer, reply.button("Done")).await;
    let reply = app.send(&officer, &note).await;
    let reply = app.press(&officer, reply.button("None")).await;
    for message in reply.sent() {
        assert!(
            message.text().unwrap().chars().count() <= 4096,
            "every message fits Telegram's limit"
        );
    }
    assert!(reply.sent().len() >= 2, "the long confirmation is split");
    let reply = app.press(&officer, reply.button("Save")).await;
    assert!(reply.text().contains("Saved"));
    let record = interactions(&app).await.pop().unwrap();
    assert_eq!(record.note.as_deref(), Some(note.as_str()), "stored intact");
    let card = app.send(&officer, "/who <Lee>").await;
    assert!(
        card.text()
            .contains("&lt;Lee&gt; &amp; *_[Bold]_ &lt;script&gt;")
            && !card.text().contains("<Lee>"),
        "{}",
        card.text()
    );
    app.stop().await;
}

#[tokio::test]
async fn who_finds_a_person_through_another_scripts_name() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(71, "Seo", Some("zh-hans"));
    app.enrol(&officer, "Seo Officer", Role::Officer).await;
    add_kim(&app).await;
    for query in ["Jin Yongnan", "김영남", "jin yong-nan", "金永"] {
        let card = app.send(&officer, &format!("/who {query}")).await;
        assert!(
            card.text().contains("金永男 <i>(汉字)</i>"),
            "{query}: {}",
            card.text()
        );
        assert!(
            card.text().contains("类别：新一代领导人"),
            "{}",
            card.text()
        );
        assert!(card.text().contains("地区：延吉"), "{}", card.text());
        assert!(card.text().contains("最近交流：从未"), "{}", card.text());
    }
    assert_eq!(
        app.send(&officer, "/who").await.text(),
        "请发送 /who 和姓名，例如 <i>/who 金永男</i>。"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_forwarded_message_is_logged_as_a_message_from_that_person() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(81, "Ahn", Some("en"));
    app.enrol(&officer, "Ahn Officer", Role::Officer).await;
    let kim = add_kim(&app).await;
    let reply = app
        .forward(
            &officer,
            "Jin Yongnan",
            "Thank you for the waterworks report!",
        )
        .await;
    assert!(
        reply
            .text()
            .starts_with("Log this message from Jin Yongnan"),
        "{}",
        reply.text()
    );
    let reply = app.press(&officer, reply.button("Jin Yongnan")).await;
    assert!(
        reply
            .text()
            .starts_with("✔ Logged the message from Jin Yongnan."),
        "{}",
        reply.text()
    );
    let record = interactions(&app).await.pop().unwrap();
    assert_eq!(record.kind, "message");
    assert_eq!(
        record.note.as_deref(),
        Some("Thank you for the waterworks report!")
    );
    let after = contact::Entity::find_by_id(kim)
        .one(app.store.db_for_tests())
        .await
        .unwrap()
        .unwrap();
    assert!(after.last_interaction_at.is_some());
    let unknown = app.forward(&officer, "Nobody Known", "hi").await;
    assert!(
        unknown
            .text()
            .starts_with("No contact matches “Nobody Known”"),
        "{}",
        unknown.text()
    );
    app.stop().await;
}

#[tokio::test]
async fn add_creates_a_contact_with_every_answer() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(91, "Bae", Some("ko"));
    app.enrol(&officer, "Bae Officer", Role::Officer).await;
    app.send(&officer, "/add").await;
    let reply = app.send(&officer, "왕웨이 / 王伟 / Wang Wei").await;
    let reply = app.press(&officer, reply.button("공무원")).await;
    app.press(&officer, reply.button("완료")).await;
    let reply = app.send(&officer, "长春市人民政府, 副市长").await;
    assert!(reply.text().contains("도시나 성"), "{}", reply.text());
    let reply = app.send(&officer, "창춘").await;
    let reply = app.press(&officer, reply.button("中文")).await;
    assert!(
        reply
            .text()
            .contains("이름: 왕웨이 (한글) · 王伟 (한자) · Wang Wei (로마자)"),
        "{}",
        reply.text()
    );
    assert!(
        reply.text().contains("기관: 长春市人民政府 — 副市长"),
        "{}",
        reply.text()
    );
    let reply = app.press(&officer, reply.button("저장")).await;
    assert!(
        reply.text().starts_with("✔ 왕웨이(#1)을(를) 추가했습니다."),
        "{}",
        reply.text()
    );
    let card = app.store.contact_card(1, 1).await.unwrap();
    assert_eq!(card.place.unwrap().key, "changchun");
    assert_eq!(card.contact.lang, Some(Lang::ZhCn));
    assert_eq!(card.owner.unwrap().name, "Bae Officer");
    assert_eq!(card.positions[0].0.title.as_deref(), Some("副市长"));
    app.stop().await;
}

#[tokio::test]
async fn cancel_leaves_any_dialogue_and_unknown_input_gets_a_hint() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(95, "Go", Some("en"));
    app.enrol(&officer, "Go Officer", Role::Officer).await;
    add_kim(&app).await;
    let reply = app.send(&officer, "/log Jin Yongnan").await;
    assert_eq!(reply.text(), "When did you meet Jin Yongnan?");
    assert_eq!(
        app.send(&officer, "what?").await.text(),
        "Please answer with the buttons above, or send /cancel."
    );
    assert_eq!(
        app.send(&officer, "/cancel").await.text(),
        "Cancelled. Nothing was saved."
    );
    assert_eq!(
        app.send(&officer, "/cancel").await.text(),
        "There is nothing to cancel."
    );
    let stale = app.press(&officer, reply.button("Today")).await;
    assert_eq!(
        stale.alert().as_deref(),
        Some("This button is no longer active.")
    );
    let reply = app.send(&officer, "/log Jin Yongnan").await;
    let reply = app.press(&officer, reply.button("Cancel")).await;
    assert!(reply.text().contains("Cancelled."));
    assert!(interactions(&app).await.is_empty());
    app.stop().await;
}

#[tokio::test]
async fn a_dialogue_survives_a_restart_of_the_bot() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(99, "Nam", Some("en"));
        app.enrol(&officer, "Nam Officer", Role::Officer).await;
        add_kim(&app).await;
        let reply = app.send(&officer, "/log 김영남").await;
        let (message, data) = reply.button("Yesterday");
        // What the client holds is the button's token.
        let data = app.token_for(&officer, message, &data).await;
        let store = app.stop().await;

        let app = TestApp::spawn_with(store, config(&db.url)).await;
        let reply = app.press(&officer, (message, data)).await;
        assert_eq!(
            reply.text(),
            "What kind of contact was it?",
            "{}",
            db.backend
        );
        let reply = app.press(&officer, reply.button("Visit")).await;
        let reply = app.press(&officer, reply.button("Skip")).await;
        let reply = app.press(&officer, reply.button("Done")).await;
        let reply = app.press(&officer, reply.button("Skip")).await;
        let reply = app.press(&officer, reply.button("None")).await;
        app.press(&officer, reply.button("Save")).await;
        let stored = interactions(&app).await;
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].kind, "visit");
        assert_eq!(stored[0].occurred_at, at("2026-11-27T12:00:00+09:00"));
        app.stop().await;
    }
}

#[tokio::test]
async fn creating_a_contact_from_log_continues_the_log() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(97, "Kang", Some("en"));
    app.enrol(&officer, "Kang Officer", Role::Officer).await;
    let reply = app
        .send(&officer, "/log 赵磊: met at Jilin University #public")
        .await;
    assert_eq!(
        reply.text(),
        "No one matches “赵磊”. Send another name, or create the contact:"
    );
    let reply = app.press(&officer, reply.button("New contact")).await;
    assert!(
        reply.text().contains("Created contact #1 赵磊."),
        "{}",
        reply.text()
    );
    assert!(
        reply.text().contains("✔ <b>Saved.</b>"),
        "a one-line log saves at once: {}",
        reply.text()
    );
    let names = inmaek::store::entity::contact_name::Entity::find()
        .filter(inmaek::store::entity::contact_name::Column::Form.eq("hanzi"))
        .count(app.store.db_for_tests())
        .await
        .unwrap();
    assert_eq!(names, 1);
    assert_eq!(interactions(&app).await.len(), 1);
    app.stop().await;
}

#[tokio::test]
async fn add_warns_when_the_person_is_recorded_under_another_script() {
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(93, "Moon", Some("en"));
    app.enrol(&officer, "Moon Officer", Role::Officer).await;
    add_kim(&app).await;
    app.send(&officer, "/add").await;
    let reply = app.send(&officer, "金永男").await;
    assert!(
        reply.text().contains(
            "⚠ Already recorded with one of these names:\n#1 김영남 / 金永男 / Jin Yongnan"
        ),
        "{}",
        reply.text()
    );
    assert!(
        reply.text().contains("Categories? Tap to select"),
        "the dialogue goes on: {}",
        reply.text()
    );
    app.stop().await;
}

#[tokio::test]
async fn a_line_longer_than_any_name_is_answered_not_dropped() {
    // Found in a review: the search limit made the store refuse a long
    // one-line `/log` and `/who`, and the officer got no answer at all.
    let db = TestDb::sqlite();
    let app = TestApp::spawn(&db, at(NOW)).await;
    let officer = SimUser::new(62, "Seo", Some("en"));
    app.enrol(&officer, "Seo Officer", Role::Officer).await;
    let long = "met the vice mayor about the water project ".repeat(8);
    assert!(long.chars().count() > inmaek::store::search::MAX_QUERY);
    let reply = app.send(&officer, &format!("/log {long}")).await;
    assert!(!reply.text().is_empty(), "/log");
    let reply = app.send(&officer, "/cancel").await;
    assert!(!reply.text().is_empty());
    let reply = app.send(&officer, &format!("/who {long}")).await;
    assert!(!reply.text().is_empty(), "/who");
}
