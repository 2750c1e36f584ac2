//! No dead ends: a date at the end of `/brief`, buttons when a name
//! matches several people, a Hangul typo answered with near names, a word
//! where a number belongs, `/invite` with nobody reachable, event times in
//! the format the message names, and no database created by mistake.

mod common;

use chrono::{Datelike, Duration};
use common::{TestApp, TestDb, at};
use inmaek::domain::keys::{Category, NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::store::entity::event;
use inmaek::telegram_sim::SimUser;
use sea_orm::EntityTrait;

const NOW: &str = "2026-12-02T10:00:00+09:00";

async fn person(app: &TestApp, names: &[(NameForm, &str)], category: Category, place: &str) -> i32 {
    app.store
        .add_contact(NewContact {
            names: names
                .iter()
                .map(|(form, name)| PersonName::parse(*form, name).unwrap())
                .collect(),
            categories: vec![category],
            place: Some(place.into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn the_bot_reads_a_trailing_date_offers_buttons_and_suggests_near_names() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(61, "Park", Some("ko"));
        app.enrol(&officer, "Park Officer", Role::Officer).await;
        let kim = person(
            &app,
            &[(NameForm::Hangul, "김영남"), (NameForm::Hanzi, "金永男")],
            Category::Bridge,
            "yanji",
        )
        .await;
        person(
            &app,
            &[(NameForm::Latin, "Li Ming")],
            Category::Official,
            "harbin",
        )
        .await;
        person(
            &app,
            &[(NameForm::Latin, "Li Wei")],
            Category::Official,
            "harbin",
        )
        .await;

        // A date at the end, in any advertised form: the day of the visit,
        // a week and a day after the test's clock.
        let today = at(NOW).with_timezone(&chrono_tz::Asia::Seoul).date_naive();
        let visit = today + Duration::days(8);
        let (m, d) = (visit.month(), visit.day());
        let month = [
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
        ][m as usize - 1];
        let monday = today - Duration::days(today.weekday().num_days_from_monday().into());
        let next_friday = monday + Duration::days(7 + 4);
        let tomorrow = today + Duration::days(1);
        for (line, day) in [
            (format!("/brief 하얼빈 {m}월 {d}일"), visit),
            (format!("/brief 哈尔滨 {m}月{d}日"), visit),
            (format!("/brief Harbin {month} {d}"), visit),
            (format!("/brief 하얼빈 {visit}"), visit),
            ("/brief 하얼빈 다음 주 금요일".to_owned(), next_friday),
            ("/brief 김영남 내일".to_owned(), tomorrow),
        ] {
            let line = line.as_str();
            let reply = app.send(&officer, line).await;
            let document = reply
                .calls
                .iter()
                .find(|c| c.name() == "senddocument")
                .unwrap_or_else(|| panic!("{line}: the brief is sent: {}", reply.text()));
            let file = document
                .params
                .pointer("/document/filename")
                .unwrap()
                .as_str()
                .unwrap();
            assert!(file.ends_with(&format!("-{day}.html")), "{line}: {file}");
        }
        let reply = app.send(&officer, "/brief 하얼빈 2월 30일").await;
        assert!(
            reply.text().contains("존재하지 않는 날짜"),
            "{}",
            reply.text()
        );

        // Several matches: buttons, the date kept.
        let reply = app.send(&officer, &format!("/brief Li {m}월 {d}일")).await;
        assert!(
            reply.text().contains("“Li”에 해당하는 사람이 여럿입니다"),
            "{}",
            reply.text()
        );
        let reply = app.press(&officer, reply.button("Li Wei")).await;
        assert!(reply.text().contains("Li Wei"), "{}", reply.text());
        let document = reply
            .calls
            .iter()
            .find(|c| c.name() == "senddocument")
            .unwrap();
        let file = document
            .params
            .pointer("/document/filename")
            .unwrap()
            .as_str()
            .unwrap();
        assert!(file.ends_with(&format!("-{visit}.html")), "{file}");

        // One jamo off: a suggestion with a button, not "no one matches".
        let reply = app.send(&officer, "/who 김영난").await;
        assert!(
            reply
                .text()
                .contains("“김영난”이라는 이름은 없습니다. 혹시 이분인가요?"),
            "{}",
            reply.text()
        );
        let reply = app.press(&officer, reply.button("김영남")).await;
        assert!(reply.text().contains("金永男"), "{}", reply.text());
        let _ = kim;
        app.stop().await;
    }
}

#[tokio::test]
async fn a_word_for_a_number_and_an_unreachable_audience_are_explained() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(62, "Lee", Some("en"));
        app.enrol(&officer, "Lee Officer", Role::Officer).await;
        // The event dialogue: a capacity in words says what it expects.
        let reply = app.send(&officer, "/event").await;
        let reply = app.press(&officer, reply.button("Forum")).await;
        assert!(!reply.text().is_empty());
        app.send(&officer, "Northeast Asia forum").await;
        app.send(&officer, "2026-12-20 10:00").await;
        let reply = app.send(&officer, "Harbin").await;
        assert!(!reply.text().is_empty());
        let reply = app.send(&officer, "forty").await;
        assert_eq!(
            reply.text(),
            "capacity: “forty” is not a number; write a whole number of at least 1, in digits (for example 40)."
        );
        app.send(&officer, "/cancel").await;

        // Nobody the bot can reach: why, with counts, and what to do.
        person(
            &app,
            &[(NameForm::Latin, "Han Shunzi")],
            Category::SeoulClub,
            "harbin",
        )
        .await;
        person(
            &app,
            &[(NameForm::Latin, "Song Ming")],
            Category::SeoulClub,
            "harbin",
        )
        .await;
        let event = app
            .store
            .add_event(common::forum(
                "Club dinner",
                at(NOW) + Duration::days(10),
                "harbin",
            ))
            .await
            .unwrap();
        let _ = event.id;
        let mut lunch = common::forum("Club lunch", at(NOW) + Duration::days(12), "harbin");
        lunch.capacity = Some(20);
        app.store.add_event(lunch).await.unwrap();
        // A title matching two events: buttons, for /invite and /checkin.
        let reply = app.send(&officer, "/checkin Club").await;
        assert!(
            reply.text().contains("Several events match “Club”"),
            "{}",
            reply.text()
        );
        reply.button("Club lunch");
        let reply = app.send(&officer, "/invite Club").await;
        assert!(
            reply.text().contains("Several events match “Club”"),
            "{}",
            reply.text()
        );
        let reply = app.press(&officer, reply.button("Club dinner")).await;
        assert!(reply.text().contains("Club dinner"), "{}", reply.text());
        let reply = app.press(&officer, reply.button("Seoul Club")).await;
        let reply = app.press(&officer, reply.button("Done")).await;
        let reply = app.press(&officer, reply.button("Done")).await;
        assert!(
            reply.text().contains("2 contacts to invite — 0 members the bot can reach, 2 it cannot: 2 not enrolled in the bot, 0 without consent to invitations, 0 who blocked the bot."),
            "{}",
            reply.text()
        );
        assert!(
            reply
                .text()
                .contains("Nobody in this audience can be invited through the bot")
                && reply.text().contains("inmaek event unreachable"),
            "{}",
            reply.text()
        );
        app.stop().await;
    }
}

#[test]
fn event_times_capacity_and_a_missing_database_on_the_command_line() {
    let db = TestDb::sqlite();
    // The local form the message names is accepted, in the event's zone.
    let out = common::ok(
        &db,
        "en",
        &[
            "event",
            "add",
            "--kind",
            "forum",
            "--title",
            "Forum",
            "--starts",
            "2026-12-20 10:00",
            "--place",
            "harbin",
        ],
    );
    let id: i32 = out.lines().last().unwrap().trim().parse().unwrap();
    let stored = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = db.store_at(at(NOW)).await;
        event::Entity::find_by_id(id)
            .one(store.db_for_tests())
            .await
            .unwrap()
            .unwrap()
    });
    assert_eq!(stored.starts_at, at("2026-12-20T10:00:00+09:00"));
    let err = common::refused(
        &db,
        "en",
        &[
            "event",
            "add",
            "--kind",
            "forum",
            "--title",
            "Forum",
            "--starts",
            "20 Dec 10am",
            "--place",
            "harbin",
        ],
    );
    assert!(
        err.contains("expected “YYYY-MM-DD HH:MM” in the event's time zone, or RFC 3339"),
        "{err}"
    );
    let err = common::refused(
        &db,
        "en",
        &[
            "event",
            "add",
            "--kind",
            "forum",
            "--title",
            "Forum",
            "--starts",
            "2026-12-20 10:00",
            "--place",
            "harbin",
            "--capacity",
            "forty",
        ],
    );
    assert!(
        err.starts_with("capacity: “forty” is not a number"),
        "{err}"
    );
    // A name one jamo off is never taken as meant, not even to erase.
    common::ok(&db, "en", &["contact", "add", "--hangul", "김영수"]);
    let err = common::refused(&db, "en", &["contact", "erase", "김영주", "--yes"]);
    assert!(
        err.starts_with("No contact is named “김영주”; the nearest names are: #1 김영수."),
        "{err}"
    );
    assert!(common::ok(&db, "en", &["contact", "show", "김영수"]).contains("김영수"));
    // Nor the start of a name: "Zhang Min" is not Zhang Ming.
    common::ok(&db, "en", &["contact", "add", "--latin", "Zhang Ming"]);
    let err = common::refused(&db, "en", &["contact", "erase", "Zhang Min", "--yes"]);
    assert!(err.starts_with("No contact is named “Zhang Min”"), "{err}");
    assert!(common::ok(&db, "en", &["contact", "show", "Zhang Ming"]).contains("Zhang Ming"));
    // `brief --date` takes YYYY-MM-DD, and says only that.
    let err = common::refused(
        &db,
        "en",
        &["brief", "--place", "harbin", "--date", "12/10"],
    );
    assert!(
        err.ends_with("is not a valid date (expected YYYY-MM-DD)."),
        "{err}"
    );

    // Where there is no database, a command says where it looked and
    // creates nothing; migrate creates it and says so.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("missing.db");
    let mut elsewhere = TestDb::sqlite();
    elsewhere.url = format!("sqlite://{}?mode=rwc", file.display());
    let err = common::refused(&elsewhere, "en", &["contact", "list"]);
    assert_eq!(
        err,
        format!(
            "There is no database at {} (DATABASE_URL). Create it with “inmaek migrate” (or “inmaek import FILE”, “inmaek user invite …”), or point DATABASE_URL at the existing one.",
            file.display()
        )
    );
    assert!(!file.exists(), "nothing created");
    let run = common::inmaek(&elsewhere, "ko", &["migrate"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "데이터베이스 {}을(를) 만들었습니다.",
            file.display()
        )),
        "{}",
        run.stderr
    );
    assert!(file.exists());
    common::ok(&elsewhere, "en", &["contact", "list"]);
    // Found in a trial: a URL without `?mode=rwc` (`sqlite:///path`) said
    // it created the database, then failed to open it.
    let plain = dir.path().join("plain.db");
    let mut bare = TestDb::sqlite();
    bare.url = format!("sqlite://{}", plain.display());
    let run = common::inmaek(&bare, "en", &["migrate"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("Created the database"),
        "{}",
        run.stderr
    );
    common::ok(&bare, "en", &["contact", "list"]);
}
