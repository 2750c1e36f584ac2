//! What an officer types in one line is what is stored: dates in every
//! advertised form, impossible and future dates, a forgotten colon, and
//! follow-ups that read well — through the real dispatcher and the fake
//! Bot API, comparing each reply with the rows stored.

mod common;

use chrono::{Datelike, Duration, NaiveDate};
use chrono_tz::Asia::Seoul;
use common::{TestApp, TestDb, at};
use inmaek::domain::keys::{NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::store::entity::{contact, follow_up, interaction};
use inmaek::store::keep::NewFollowUpFor;
use inmaek::telegram_sim::SimUser;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use sea_orm::{EntityTrait, PaginatorTrait, QueryOrder};

/// 10:00 in Seoul on Wednesday 2 December 2026.
const NOW: &str = "2026-12-02T10:00:00+09:00";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

async fn add_kim(app: &TestApp) -> i32 {
    let names = vec![
        PersonName::parse(NameForm::Hangul, "김영남").unwrap(),
        PersonName::parse(NameForm::Hanzi, "金永男").unwrap(),
        PersonName::parse(NameForm::Latin, "Jin Yongnan").unwrap(),
    ];
    app.store
        .add_contact(NewContact {
            names,
            place: Some("yanji".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .id
}

async fn latest(app: &TestApp) -> Option<interaction::Model> {
    interaction::Entity::find()
        .order_by_desc(interaction::Column::Id)
        .one(app.store.db_for_tests())
        .await
        .unwrap()
}

async fn count(app: &TestApp) -> u64 {
    interaction::Entity::find()
        .count(app.store.db_for_tests())
        .await
        .unwrap()
}

/// The date the reply shows on its "When:" line.
fn shown_date(text: &str) -> String {
    text.lines()
        .find_map(|line| line.strip_prefix("When: "))
        .unwrap_or_else(|| panic!("no When: line in {text}"))
        .to_owned()
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const WEEKDAYS_KO: [&str; 7] = [
    "월요일",
    "화요일",
    "수요일",
    "목요일",
    "금요일",
    "토요일",
    "일요일",
];
const WEEKDAYS_ZH: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];

/// How many forms `written` knows.
const FORMS: usize = 15;

/// `date` written in form `form`, as `/help` and the README advertise —
/// or `None` when that form cannot name it from `today`.
fn written(date: NaiveDate, form: usize) -> Option<String> {
    let back = (today() - date).num_days();
    let (m, d) = (date.month(), date.day());
    let month = MONTHS[m as usize - 1];
    let weekday = date.weekday().num_days_from_monday() as usize;
    let monday = today() - Duration::days(today().weekday().num_days_from_monday().into());
    let last_week = date >= monday - Duration::days(7) && date < monday;
    // A month and day without a year is this year's: only this year's days.
    let within_year = date.year() == today().year();
    Some(match form {
        0 => date.to_string(),
        1 => format!("{back}일 전"),
        2 => format!("{back} days ago"),
        3 => format!("{back}天前"),
        4 if within_year => format!("{m}월 {d}일"),
        5 if within_year => format!("{month} {d}"),
        6 if within_year => format!("{d} {}", &month[..3]),
        7 if within_year => format!("{m}月{d}日"),
        8 if within_year => format!("{m}/{d}"),
        9 if last_week => format!("지난주 {}", WEEKDAYS_KO[weekday]),
        10 if last_week => format!("上周{}", WEEKDAYS_ZH[weekday]),
        11 if (1..=7).contains(&back) => format!("last {}", WEEKDAYS_EN[weekday]),
        12 => format!("{}년 {m}월 {d}일", date.year()),
        13 => format!("{month} {d}, {}", date.year()),
        14 if back == 1 => ["yesterday", "어제", "昨天"][d as usize % 3].to_owned(),
        _ => return None,
    })
}

#[tokio::test]
async fn every_advertised_date_form_stores_what_the_reply_shows() {
    // A property over dates and forms, with a fixed seed: for every form
    // the reply's date is the stored date is the date meant, and the date
    // words are gone from the note.
    let mut runner = TestRunner::deterministic();
    let cases = proptest::collection::vec((0i64..500, 0..FORMS), 40)
        .new_tree(&mut runner)
        .unwrap()
        .current();
    let mut all: Vec<(NaiveDate, String)> = cases
        .into_iter()
        .filter_map(|(back, form)| {
            let date = today() - Duration::days(back);
            written(date, form).map(|text| (date, text))
        })
        .collect();
    // And each form at least once.
    for form in 0..FORMS {
        let date = (1..10)
            .map(|back| today() - Duration::days(back))
            .find(|date| written(*date, form).is_some())
            .unwrap();
        all.push((date, written(date, form).unwrap()));
    }
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(11, "Lee", Some("en"));
        app.enrol(&officer, "Lee Officer", Role::Officer).await;
        add_kim(&app).await;
        for (date, text) in &all {
            let reply = app
                .send(&officer, &format!("/log 김영남: {text} 회의 #call"))
                .await;
            assert!(reply.text().contains("Saved."), "{text}: {}", reply.text());
            assert_eq!(shown_date(&reply.text()), date.to_string(), "{text}");
            let stored = latest(&app).await.unwrap();
            assert_eq!(
                stored.occurred_at.with_timezone(&Seoul).date_naive(),
                *date,
                "{text} on {}",
                db.backend
            );
            assert_eq!(stored.note.as_deref(), Some("회의"), "{text}");
        }
        app.stop().await;
    }
}

#[tokio::test]
async fn an_impossible_date_is_refused_and_a_future_one_offered_as_a_follow_up() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(12, "Park", Some("ko"));
        app.enrol(&officer, "Park Officer", Role::Officer).await;
        let kim = add_kim(&app).await;

        for line in [
            "/log 김영남: 2월 30일 회의",
            "/log Jin Yongnan: February 30 dinner",
        ] {
            let reply = app.send(&officer, line).await;
            assert!(
                reply.text().contains("존재하지 않는 날짜"),
                "{line}: {}",
                reply.text()
            );
        }
        assert_eq!(count(&app).await, 0, "nothing stored, not today either");

        // A month and day still ahead this year is a day to come, too.
        let reply = app.send(&officer, "/log 김영남: 12월 25일 송년회").await;
        assert!(
            reply
                .text()
                .contains("2026-12-25은(는) 아직 오지 않은 날입니다"),
            "{}",
            reply.text()
        );
        app.send(&officer, "/cancel").await;
        let reply = app.send(&officer, "/log Wang Wei: 2027-01-15 dinner").await;
        assert!(
            reply
                .text()
                .contains("“Wang Wei”에 해당하는 사람이 없습니다"),
            "{}",
            reply.text()
        );
        let reply = app
            .send(&officer, "/log Jin Yongnan: 2027-01-15 dinner #they")
            .await;
        assert!(
            reply
                .text()
                .contains("2027-01-15은(는) 아직 오지 않은 날입니다"),
            "{}",
            reply.text()
        );
        assert_eq!(
            count(&app).await,
            0,
            "a future date is never stored as today"
        );
        let reply = app
            .press(&officer, reply.button("후속 조치로 만들기"))
            .await;
        assert!(
            reply.text().contains("기한 2027-01-15") && reply.text().contains("dinner"),
            "{}",
            reply.text()
        );
        let follow = follow_up::Entity::find()
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (
                follow.contact_id,
                follow.due_on,
                follow.what.as_str(),
                follow.promised_by_seoul,
                follow.interaction_id
            ),
            (
                kim,
                NaiveDate::from_ymd_opt(2027, 1, 15).unwrap(),
                "dinner",
                false,
                None
            )
        );
        assert_eq!(count(&app).await, 0);

        // The guided dialogue refuses them in one sentence too.
        let reply = app.send(&officer, "/log 김영남").await;
        let reply = app.press(&officer, reply.button("다른 날짜")).await;
        assert!(
            reply.text().starts_with("날짜를 보내세요"),
            "{}",
            reply.text()
        );
        let reply = app.send(&officer, "2월 30일").await;
        assert!(
            reply.text().contains("존재하지 않는 날짜"),
            "{}",
            reply.text()
        );
        let reply = app.send(&officer, "내일").await;
        assert!(reply.text().contains("미래"), "{}", reply.text());
        let reply = app.send(&officer, "지난주 금요일").await;
        assert_eq!(reply.text(), "어떤 교류였나요?");
        app.stop().await;
    }
}

#[tokio::test]
async fn a_forgotten_colon_splits_at_the_longest_known_name_or_asks() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(13, "Lee", Some("en"));
        app.enrol(&officer, "Lee Officer", Role::Officer).await;
        let kim = add_kim(&app).await;
        let contacts = || async {
            contact::Entity::find()
                .count(app.store.db_for_tests())
                .await
                .unwrap()
        };

        let reply = app.send(&officer, "/log 김영남 어제 회의").await;
        assert!(reply.text().contains("Saved."), "{}", reply.text());
        assert_eq!(shown_date(&reply.text()), "2026-12-01");
        let stored = latest(&app).await.unwrap();
        assert_eq!(stored.note.as_deref(), Some("회의"));

        let reply = app
            .send(&officer, "/log Jin Yongnan 3 days ago dinner in Yanji")
            .await;
        assert!(reply.text().contains("Saved."), "{}", reply.text());
        assert_eq!(shown_date(&reply.text()), "2026-11-29");
        assert_eq!(
            latest(&app).await.unwrap().note.as_deref(),
            Some("dinner in Yanji")
        );

        // Nobody known at the start: asked, never created from the line.
        let reply = app.send(&officer, "/log 박영수 어제 회의").await;
        assert!(
            reply
                .text()
                .contains("No one I know is named at the start of “박영수 어제 회의”")
                && reply.text().contains("/log 박영수"),
            "{}",
            reply.text()
        );
        assert!(reply.buttons().1.is_empty(), "{:?}", reply.buttons());
        assert_eq!(contacts().await, 1);

        // One jamo off: the near name is offered, the rest is the note.
        let reply = app.send(&officer, "/log 김영난 지난주 금요일 만찬").await;
        assert!(
            reply
                .text()
                .contains("No one is named “김영난 지난주 금요일 만찬”"),
            "{}",
            reply.text()
        );
        let reply = app.press(&officer, reply.button("김영남")).await;
        assert!(reply.text().contains("Saved."), "{}", reply.text());
        assert_eq!(shown_date(&reply.text()), "2026-11-27");
        let stored = latest(&app).await.unwrap();
        assert_eq!(stored.note.as_deref(), Some("만찬"));
        assert_eq!(contacts().await, 1);
        let _ = kim;

        // The start of a name is offered, with a new contact, never taken.
        let before = count(&app).await;
        let reply = app.send(&officer, "/log Jin: 어제 회의").await;
        assert!(
            reply
                .text()
                .contains("No one is named “Jin”. One of these, or someone new?"),
            "{}",
            reply.text()
        );
        reply.button("Jin Yongnan");
        reply.button("New contact “Jin”");
        assert_eq!(count(&app).await, before);
        app.send(&officer, "/cancel").await;
        // A colon inside the note ends no name: the known name does.
        let reply = app.send(&officer, "/log Jin Yongnan dinner at 7:30").await;
        assert!(reply.text().contains("Saved."), "{}", reply.text());
        assert_eq!(
            latest(&app).await.unwrap().note.as_deref(),
            Some("dinner at 7:30")
        );
        // A near name with a colon is offered, never taken as meant.
        let before = count(&app).await;
        let reply = app.send(&officer, "/log 김영난: 어제 회의").await;
        assert!(!reply.text().contains("Saved."), "{}", reply.text());
        reply.button("김영남");
        assert_eq!(count(&app).await, before);
        app.send(&officer, "/cancel").await;
        // A fraction is no date; a follow-up beyond the years is refused.
        let reply = app.send(&officer, "/log 김영남: 10/40 seats filled").await;
        assert_eq!(shown_date(&reply.text()), "2026-12-02");
        assert_eq!(
            latest(&app).await.unwrap().note.as_deref(),
            Some("10/40 seats filled")
        );
        let before = count(&app).await;
        let reply = app
            .send(&officer, "/log 김영남: met follow up in 999999 days")
            .await;
        assert!(reply.text().contains("1900"), "{}", reply.text());
        let reply = app
            .send(
                &officer,
                "/log 김영남: met follow up in 3000000000000000000 weeks",
            )
            .await;
        assert!(reply.text().contains("1900"), "{}", reply.text());
        assert_eq!(count(&app).await, before);

        // A whole line that reads as a name still offers to create it.
        let reply = app.send(&officer, "/log Wang Wei").await;
        assert!(
            reply.text().contains("No one matches “Wang Wei”"),
            "{}",
            reply.text()
        );
        reply.button("Wang Wei");
        app.stop().await;
    }
}

#[tokio::test]
async fn one_line_follow_ups_read_well_say_who_promised_and_late_ones_say_how_late() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(14, "Lee", Some("en"));
        app.enrol(&officer, "Lee Officer", Role::Officer).await;
        let kim = add_kim(&app).await;

        let reply = app
            .send(
                &officer,
                "/log Jin Yongnan: 11/20 phone call about sewage follow up in 1 week #they",
            )
            .await;
        assert!(
            reply.text().contains(
                "Follow-up: 2026-12-09 — Follow up on the meeting of 2026-11-20: phone call about sewage (promised by the counterpart)"
            ),
            "{}",
            reply.text()
        );
        let follow = follow_up::Entity::find()
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            follow.what,
            "Follow up on the meeting of 2026-11-20: phone call about sewage"
        );
        assert!(!follow.promised_by_seoul);
        let reply = app.press(&officer, reply.button("Seoul promised it")).await;
        assert!(
            reply
                .alert()
                .unwrap_or_default()
                .contains("promised by Seoul"),
            "{:?}",
            reply.calls
        );
        let follow = follow_up::Entity::find_by_id(follow.id)
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert!(follow.promised_by_seoul);
        // The button now offers the other side.
        reply.button("counterpart promised it");
        // "1 week" moves a follow-up not yet due a week past its date.
        let reply = app.send(&officer, "/due").await;
        let reply = app.press(&officer, reply.button("⏰")).await;
        assert!(
            reply.alert().unwrap_or_default().contains("2026-12-16"),
            "{:?}",
            reply.calls
        );
        let follow = follow_up::Entity::find_by_id(follow.id)
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            follow.due_on,
            NaiveDate::from_ymd_opt(2026, 12, 16).unwrap()
        );

        // A promise due five days ago: /due and the brief say how late.
        let lee = app.store.user_by_telegram(14).await.unwrap().unwrap().id;
        app.store
            .add_follow_up_once(
                NewFollowUpFor {
                    contact_id: kim,
                    owner_user_id: Some(lee),
                    due_on: today() - Duration::days(5),
                    promised_by_seoul: true,
                    what: "send the sewage study".into(),
                },
                None,
            )
            .await
            .unwrap();
        let reply = app.send(&officer, "/due").await;
        assert!(
            reply
                .text()
                .contains("send the sewage study <i>(promised by Seoul, 5 days late)</i>"),
            "{}",
            reply.text()
        );
        let brief = common::ok(&db, "en", &["brief", "--contact", "김영남"]);
        assert!(brief.contains("due 2026-11-27 · 5 days late"), "{}", brief);
        let brief = common::ok(&db, "ko", &["brief", "--contact", "김영남"]);
        assert!(brief.contains("기한 2026-11-27 · 5일 지남"), "{brief}");
        app.stop().await;
    }
}
