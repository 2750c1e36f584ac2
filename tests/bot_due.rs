//! `/due` and the keep-in-touch buttons through the real dispatcher and
//! the fake Bot API: pages, snooze, done, hand-over, log now, forged and
//! foreign presses, and a press on the digest the scheduler sent.

mod common;

use chrono::Duration;
use common::{TOKEN, TestApp, TestDb, at, config};
use inmaek::domain::keys::{Category, InteractionKind, NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::keep;
use inmaek::store::contacts::NewContact;
use inmaek::store::entity::{contact, interaction, outbox};
use inmaek::store::interactions::NewInteraction;
use inmaek::telegram_sim::SimUser;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// 10:00 in Seoul on 30 November 2026.
const NOW: &str = "2026-11-30T10:00:00+09:00";

/// A bridge contact (60 days) in Yanji last met `days_ago`, by `owner`.
async fn due_contact(app: &TestApp, name: &str, owner: Option<i32>, days_ago: i64) -> i32 {
    let contact = app
        .store
        .add_contact(NewContact {
            names: vec![PersonName::parse(NameForm::Hangul, name).unwrap()],
            categories: vec![Category::Bridge],
            place: Some("yanji".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    app.store
        .log_interaction(NewInteraction {
            occurred_at: app.store.clock.now() - Duration::days(days_ago),
            kind: InteractionKind::Meeting,
            contact_ids: vec![contact.id],
            officer_ids: Vec::new(),
            place: None,
            note: None,
            track: None,
            topics: Vec::new(),
            logged_by: owner,
            follow_ups: Vec::new(),
        })
        .await
        .unwrap();
    contact.id
}

async fn user_id(app: &TestApp, telegram: i64) -> i32 {
    app.store
        .user_by_telegram(telegram)
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn stored(app: &TestApp, id: i32) -> contact::Model {
    contact::Entity::find_by_id(id)
        .one(app.store.db_for_tests())
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn due_is_paged_most_urgent_first_with_the_unowned_under_their_own_heading() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let kim = SimUser::new(21, "Kim", Some("ko"));
        app.enrol(&kim, "김담당", Role::Officer).await;
        let me = user_id(&app, 21).await;
        // Ten of mine, due since 1…10 days (the longest overdue first).
        let mut mine = Vec::new();
        for n in 1..=10 {
            mine.push(due_contact(&app, &format!("담당{n:02}"), Some(me), 60 + n).await);
        }
        due_contact(&app, "무담당가", None, 80).await;
        due_contact(&app, "무담당나", None, 70).await;
        due_contact(&app, "최근만남", Some(me), 5).await;

        let reply = app.send(&kim, "/due").await;
        let text = reply.text();
        assert!(text.contains("내 담당 10건"), "{text}");
        assert!(text.find("담당10").unwrap() < text.find("담당09").unwrap());
        assert!(text.contains("1. <b>담당10</b>"), "{text}");
        assert!(!text.contains("담당02"), "page 1 shows eight: {text}");
        assert!(!text.contains("최근만남"));
        let (_, buttons) = reply.buttons();
        assert!(
            buttons.iter().any(|(label, _)| label == "1/2"),
            "{buttons:?}"
        );

        let reply = app.press(&kim, reply.button("다음")).await;
        let text = reply.text();
        assert!(text.contains("9. <b>담당02</b>"), "{text}");
        assert!(text.contains("10. <b>담당01</b>"), "{text}");
        assert!(text.contains("담당자 없음</b> (2건)"), "{text}");
        assert!(text.find("무담당가").unwrap() < text.find("무담당나").unwrap());
        assert!(text.contains("11. <b>무담당가</b>"), "{text}");
        let (_, buttons) = reply.buttons();
        assert!(
            buttons.iter().any(|(label, _)| label == "2/2"),
            "{buttons:?}"
        );
        let reply = app.press(&kim, reply.button("이전")).await;
        assert!(reply.text().contains("1. <b>담당10</b>"));

        // The mayor's office reads briefs and cards; /due is an officer's.
        let reader = SimUser::new(22, "Reader", Some("ko"));
        app.enrol(&reader, "시장실", Role::MayorOffice).await;
        let reply = app.send(&reader, "/due").await;
        assert!(
            reply.text().contains("로는 쓸 수 없는 기능입니다"),
            "{}",
            reply.text()
        );
        let _ = mine;
    }
}

#[tokio::test]
async fn snooze_done_hand_over_and_log_now_act_on_the_item_pressed() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let kim = SimUser::new(21, "Kim", Some("ko"));
        app.enrol(&kim, "김담당", Role::Officer).await;
        let lee = SimUser::new(23, "Lee", Some("en"));
        app.enrol(&lee, "Lee Officer", Role::Officer).await;
        let me = user_id(&app, 21).await;
        let lee_id = user_id(&app, 23).await;
        let a = due_contact(&app, "가나다", Some(me), 90).await;
        let b = due_contact(&app, "라마바", Some(me), 80).await;
        let c = due_contact(&app, "사아자", Some(me), 70).await;
        let d = due_contact(&app, "차카타", Some(me), 65).await;

        let due = app.send(&kim, "/due").await;
        let (message, _) = due.buttons();

        // Snooze: a week off, the item's buttons gone from the list.
        let reply = app.press(&kim, (message, format!("k:s:c{a}"))).await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("가나다: 2026-12-07까지 미뤘습니다.")
        );
        let (_, left) = reply.buttons();
        assert!(
            !left
                .iter()
                .any(|(_, data)| data.ends_with(&format!(":c{a}"))),
            "{left:?}"
        );
        assert!(
            left.iter()
                .any(|(_, data)| data.ends_with(&format!(":c{b}")))
        );
        assert_eq!(
            stored(&app, a).await.due_at,
            at("2026-12-07T10:00:00+09:00")
        );

        // Done: recorded as a message today, the clock restarts.
        let reply = app.press(&kim, (message, format!("k:d:c{b}"))).await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("라마바: 오늘 연락한 것으로 기록했습니다.")
        );
        let logged = interaction::Entity::find()
            .filter(interaction::Column::Kind.eq("message"))
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(logged.len(), 1);
        assert_eq!(logged[0].logged_by, Some(me));
        assert_eq!(
            stored(&app, b).await.due_at,
            at("2027-01-29T10:00:00+09:00")
        );

        // Hand over: pick the officer, the contact is theirs, they are told.
        let pick = app.press(&kim, (message, format!("k:h:c{c}"))).await;
        assert!(
            pick.text().contains("사아자</b>: 누구에게 인계할까요?"),
            "{}",
            pick.text()
        );
        let reply = app.press(&kim, pick.button("Lee Officer")).await;
        assert!(
            reply.text().contains("Lee Officer에게 인계했습니다"),
            "{}",
            reply.text()
        );
        assert_eq!(stored(&app, c).await.owner_user_id, Some(lee_id));
        let notice = outbox::Entity::find()
            .filter(outbox::Column::Kind.eq("handover"))
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .expect("the new owner is told");
        assert_eq!(notice.chat_id, 23);
        assert!(
            notice
                .text
                .contains("김담당 handed <b>사아자</b> over to you"),
            "{}",
            notice.text
        );
        // The choice is gone from the message: pressing it again is refused.
        let again = app.press(&kim, pick.button("Lee Officer")).await;
        assert_eq!(
            again.alert().as_deref(),
            Some(
                "회원님께 보낸 버튼이 아니거나 올바르지 않은 버튼입니다. 아무것도 바뀌지 않았습니다."
            )
        );
        assert_eq!(
            outbox::Entity::find()
                .filter(outbox::Column::Kind.eq("handover"))
                .all(app.store.db_for_tests())
                .await
                .unwrap()
                .len(),
            1
        );

        // Log now: the guided /log for that person.
        let reply = app.press(&kim, (message, format!("k:l:c{d}"))).await;
        assert_eq!(reply.text(), "차카타 님을 언제 만나셨나요?");
        let reply = app.press(&kim, reply.button("오늘")).await;
        assert!(reply.text().contains("어떤 교류"), "{}", reply.text());
    }
}

#[tokio::test]
async fn forged_or_foreign_presses_change_nothing_and_say_why() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let kim = SimUser::new(21, "Kim", Some("ko"));
        app.enrol(&kim, "김담당", Role::Officer).await;
        let me = user_id(&app, 21).await;
        let a = due_contact(&app, "가나다", Some(me), 90).await;
        let due = app.send(&kim, "/due").await;
        let (message, _) = due.buttons();
        let before = stored(&app, a).await;
        for forged in [
            "k:s:c99999",
            "k:s:zz",
            "k:q:c1",
            "k:t:c1:abc",
            "k:s:",
            "k:p:x",
        ] {
            let reply = app.press(&kim, (message, forged.to_owned())).await;
            assert_eq!(
                reply.alert().as_deref(),
                Some(
                    "회원님께 보낸 버튼이 아니거나 올바르지 않은 버튼입니다. 아무것도 바뀌지 않았습니다."
                ),
                "{forged}"
            );
        }
        // A mayor's-office reader pressing an officer's button.
        let reader = SimUser::new(24, "Reader", Some("ko"));
        app.enrol(&reader, "시장실", Role::MayorOffice).await;
        let reply = app.press(&reader, (message, format!("k:s:c{a}"))).await;
        assert_eq!(
            reply.alert().as_deref(),
            Some(
                "회원님께 보낸 버튼이 아니거나 올바르지 않은 버튼입니다. 아무것도 바뀌지 않았습니다."
            )
        );
        assert_eq!(stored(&app, a).await, before);

        // Kim's real button, its opaque token taken and pressed by another
        // account: refused. The token says nothing about what it does.
        let token = app.token_for(&kim, message, &format!("k:s:c{a}")).await;
        assert!(token.starts_with("t:") && token.len() <= 64, "{token}");
        assert!(!token.contains(&a.to_string()), "{token}");
        let start = app.sim.call_count();
        app.sim.press_button(&reader, message, &token);
        let answer = app
            .sim
            .wait_for_call_after(start, std::time::Duration::from_secs(10), |c| {
                c.name() == "answercallbackquery"
            })
            .await
            .expect("an answer");
        assert_eq!(
            answer.params["text"].as_str(),
            Some(
                "회원님께 보낸 버튼이 아니거나 올바르지 않은 버튼입니다. 아무것도 바뀌지 않았습니다."
            )
        );
        assert_eq!(stored(&app, a).await, before);

        // A day later the button has expired: Kim is told, nothing changes.
        app.store
            .clock
            .set(app.store.clock.now() + chrono::Duration::hours(25));
        let reply = app.press(&kim, (message, token.clone())).await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("더 이상 쓸 수 없는 버튼입니다.")
        );
        assert_eq!(stored(&app, a).await, before);
    }
}

#[tokio::test]
async fn the_scheduler_digest_buttons_work_in_the_chat() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at("2026-11-30T08:00:00+09:00")).await;
        let kim = SimUser::new(21, "Kim", Some("ko"));
        app.enrol(&kim, "김담당", Role::Officer).await;
        let me = user_id(&app, 21).await;
        let a = due_contact(&app, "가나다", Some(me), 90).await;
        app.store.clock.set(at("2026-11-30T09:00:00+09:00"));
        let bot =
            teloxide::Bot::new(TOKEN).set_api_url(url::Url::parse(&app.sim.api_url()).unwrap());
        let report = keep::tick(&app.store, &bot, &config(&db.url), None)
            .await
            .unwrap();
        assert_eq!(report.relayed.sent, 1, "{}", db.backend);
        let digest = app
            .sim
            .calls()
            .into_iter()
            .rev()
            .find(|c| c.name() == "sendmessage" && c.chat_id() == Some(21))
            .unwrap();
        let message = digest.message_id().unwrap();
        let reply = app.press(&kim, (message, format!("k:s:c{a}"))).await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("가나다: 2026-12-07까지 미뤘습니다.")
        );
        // Nothing is due now: the next morning has no digest.
        app.store.clock.set(at("2026-12-01T09:00:00+09:00"));
        let report = keep::tick(&app.store, &bot, &config(&db.url), None)
            .await
            .unwrap();
        assert_eq!(report.scheduled.digests, 0);
    }
}

#[tokio::test]
async fn an_officer_sets_a_contacts_own_cadence_from_the_card() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let kim = SimUser::new(21, "Kim", Some("en"));
        app.enrol(&kim, "김담당", Role::Officer).await;
        app.send(&kim, "/lang en").await;
        let me = user_id(&app, 21).await;
        // Met 20 days ago; bridge: due in 40 days.
        let a = due_contact(&app, "가나다", Some(me), 20).await;
        let card = app.send(&kim, "/who 가나다").await;
        let pick = app.press(&kim, card.button("Cadence")).await;
        assert!(
            pick.text().contains("in touch every 60 days now"),
            "{}",
            pick.text()
        );
        let reply = app.press(&kim, pick.button("30 days")).await;
        assert_eq!(
            reply.text(),
            "<b>가나다</b>: every 30 days from now on. Next contact due 2026-12-10."
        );
        let stored_now = stored(&app, a).await;
        assert_eq!(stored_now.cadence_days, Some(30));
        assert_eq!(stored_now.due_at, at("2026-12-10T10:00:00+09:00"));

        let pick = app.press(&kim, card.button("Cadence")).await;
        assert!(pick.text().contains("every 30 days now"), "{}", pick.text());
        let reply = app.press(&kim, pick.button("Category default")).await;
        assert!(
            reply
                .text()
                .contains("back to the category default (60 days)"),
            "{}",
            reply.text()
        );
        assert_eq!(stored(&app, a).await.cadence_days, None);

        // A forged cadence changes nothing.
        let reply = app
            .press(&kim, (pick.buttons().0, format!("k:v:c{a}:9999")))
            .await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("This button was not sent to you, or is not valid. Nothing was changed.")
        );
    }
}

#[tokio::test]
async fn due_lists_follow_ups_between_the_officers_relationships_and_the_unowned() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let kim = SimUser::new(21, "Kim", Some("ko"));
        app.enrol(&kim, "김담당", Role::Officer).await;
        let me = user_id(&app, 21).await;
        let a = due_contact(&app, "가나다", Some(me), 90).await;
        due_contact(&app, "무담당", None, 90).await;
        app.store
            .log_interaction(NewInteraction {
                occurred_at: app.store.clock.now() - Duration::days(100),
                kind: InteractionKind::Call,
                contact_ids: vec![a],
                officer_ids: Vec::new(),
                place: None,
                note: None,
                track: None,
                topics: Vec::new(),
                logged_by: Some(me),
                follow_ups: vec![inmaek::store::interactions::NewFollowUp {
                    what: "초청장 보내기".into(),
                    due_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
                    promised_by_seoul: true,
                }],
            })
            .await
            .unwrap();
        let reply = app.send(&kim, "/due").await;
        let text = reply.text();
        let mine = text.find("1. <b>가나다</b>").expect(&text);
        let follow = text
            .find("2. ⚠ 2026-11-28 · <b>가나다</b> — 초청장 보내기")
            .expect(&text);
        let unowned = text.find("3. <b>무담당</b>").expect(&text);
        assert!(mine < follow && follow < unowned, "{text}");
        // Done on the follow-up closes it.
        let (message, buttons) = reply.buttons();
        let done = buttons
            .iter()
            .find(|(label, data)| label.starts_with("2 ") && data.starts_with("k:d:f"))
            .unwrap()
            .1
            .clone();
        let reply = app.press(&kim, (message, done)).await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("가나다 후속 조치를 완료했습니다.")
        );
        let reply = app.send(&kim, "/due").await;
        assert!(!reply.text().contains("초청장"), "{}", reply.text());
    }
}

#[tokio::test]
async fn a_follow_up_is_snoozed_and_handed_over_from_its_buttons() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let kim = SimUser::new(21, "Kim", Some("ko"));
        app.enrol(&kim, "김담당", Role::Officer).await;
        let lee = SimUser::new(23, "Lee", Some("en"));
        app.enrol(&lee, "Lee Officer", Role::Officer).await;
        let me = user_id(&app, 21).await;
        let lee_id = user_id(&app, 23).await;
        let a = due_contact(&app, "가나다", Some(me), 10).await;
        app.store
            .log_interaction(NewInteraction {
                occurred_at: app.store.clock.now() - Duration::days(1),
                kind: InteractionKind::Call,
                contact_ids: vec![a],
                officer_ids: Vec::new(),
                place: None,
                note: None,
                track: None,
                topics: Vec::new(),
                logged_by: Some(me),
                follow_ups: vec![inmaek::store::interactions::NewFollowUp {
                    what: "자료 보내기".into(),
                    due_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
                    promised_by_seoul: true,
                }],
            })
            .await
            .unwrap();
        let follow = inmaek::store::entity::follow_up::Entity::find()
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();

        let due = app.send(&kim, "/due").await;
        assert!(due.text().contains("자료 보내기"), "{}", due.text());
        let (message, _) = due.buttons();
        let reply = app
            .press(&kim, (message, format!("k:s:f{}", follow.id)))
            .await;
        assert_eq!(
            reply.alert().as_deref(),
            // Not yet due (2026-12-02): a week past its date.
            Some("가나다 후속 조치를 2026-12-09로 미뤘습니다.")
        );
        let moved = app.store.follow_up(follow.id).await.unwrap();
        assert_eq!(moved.due_on.to_string(), "2026-12-09");
        // Beyond /due's horizon now; due again on its first date for the hand-over.
        app.store
            .reschedule_follow_up(
                follow.id,
                chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            )
            .await
            .unwrap();

        let due = app.send(&kim, "/due").await;
        let (message, _) = due.buttons();
        let pick = app
            .press(&kim, (message, format!("k:h:f{}", follow.id)))
            .await;
        let reply = app.press(&kim, pick.button("Lee Officer")).await;
        assert!(
            reply.text().contains("Lee Officer에게 인계했습니다"),
            "{}",
            reply.text()
        );
        assert_eq!(
            app.store.follow_up(follow.id).await.unwrap().owner_user_id,
            Some(lee_id)
        );
        // Lee's /due lists it now; Kim's does not.
        assert!(!app.send(&kim, "/due").await.text().contains("자료 보내기"));
        app.send(&lee, "/lang en").await;
        assert!(app.send(&lee, "/due").await.text().contains("자료 보내기"));
    }
}
