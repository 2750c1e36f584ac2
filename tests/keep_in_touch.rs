//! Keep-in-touch end to end with the clock injected: the scheduler pass
//! writes digests and follow-up reminders to the outbox, the relay sends
//! them through teloxide to the fake Bot API, and every rule a user would
//! notice — 09:00 local, quiet hours, once a day, 429, 403, dead letters,
//! hand-over, two ticks at once, a crash before sending — is checked by
//! what reached the chat.

mod common;

use std::process::Stdio;
use std::time::Duration as StdDuration;

use chrono::{Duration, NaiveDate};
use common::{Office, TestDb, at, binary, run, run_failing};
use inmaek::domain::Lang;
use inmaek::domain::keys::InteractionKind;
use inmaek::keep;
use inmaek::store::contacts::ContactFilter;
use inmaek::store::entity::app_user;
use inmaek::store::interactions::{NewFollowUp, NewInteraction};
use inmaek::telegram_sim::Failure;
use sea_orm::EntityTrait;

fn position(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_digest_a_day_at_nine_local_time_most_urgent_first_grouped_by_city() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2026-11-30T08:00:00+09:00").await;
        let kim = office
            .officer("김담당", 5001, Lang::Ko, chrono_tz::Asia::Seoul)
            .await;
        let lee = office
            .officer("Lee", 5002, Lang::En, chrono_tz::Asia::Shanghai)
            .await;
        let overdue = office.contact("박연길", "연길", Some(kim), 200).await;
        let due_harbin = office.contact("최하얼빈", "하얼빈", Some(kim), 70).await;
        let due_yanji = office.contact("정연길", "연길", Some(kim), 62).await;
        let fresh = office.contact("한최근", "연길", Some(kim), 10).await;
        let _unowned = office.contact("무담당", "선양", None, 90).await;
        let _lees = office.contact("왕선양", "선양", Some(lee), 65).await;
        let _ = (overdue, due_harbin, due_yanji, fresh);

        // Before 09:00 in Seoul: nothing.
        let report = office.tick("2026-11-30T08:59:00+09:00").await;
        assert_eq!(report.scheduled.digests, 0, "{}", db.backend);
        assert!(office.delivered(5001).is_empty());

        // 09:00 in Seoul is 08:00 in Shanghai: Kim's digest only.
        office.tick("2026-11-30T09:00:00+09:00").await;
        let digests = office.delivered(5001);
        assert_eq!(digests.len(), 1, "{}", db.backend);
        assert!(office.delivered(5002).is_empty());
        let text = digests[0].text().unwrap().to_owned();
        assert!(text.contains("2026-11-30 오늘의 관계 관리"), "{text}");
        assert!(text.contains("연락할 때가 된 관계 3건"), "{text}");
        // The overdue one first, its city (Yanji) with it, then Harbin.
        assert!(position(&text, "박연길") < position(&text, "정연길"));
        assert!(position(&text, "정연길") < position(&text, "최하얼빈"));
        assert!(position(&text, "연길</b>") < position(&text, "하얼빈</b>"));
        assert!(text.contains("연락 지연"), "{text}");
        assert!(!text.contains("한최근"), "not due yet: {text}");
        assert!(
            !text.contains("무담당"),
            "unowned ones are counted, not listed"
        );
        assert!(text.contains("담당자가 없는 관계 1건"), "{text}");
        let buttons: Vec<String> = common::opened(&office.store, digests[0].clone())
            .await
            .buttons()
            .into_iter()
            .flatten()
            .map(|b| b.1)
            .collect();
        assert!(buttons.contains(&format!("k:s:c{overdue}")), "{buttons:?}");
        assert!(
            buttons.contains(&format!("k:h:c{due_harbin}")),
            "{buttons:?}"
        );

        // 09:00 in Shanghai: Lee's, in English.
        office.tick("2026-11-30T10:00:00+09:00").await;
        let lees = office.delivered(5002);
        assert_eq!(lees.len(), 1);
        assert!(
            lees[0]
                .text()
                .unwrap()
                .contains("One relationship is due for contact"),
            "{:?}",
            lees[0].text()
        );

        // A hundred more passes that day (and the night): nothing more.
        let mut instant = at("2026-11-30T10:00:00+09:00");
        for _ in 0..100 {
            instant += Duration::minutes(8);
            office.store.clock.set(instant);
            keep::tick(&office.store, &office.bot, &office.config, None)
                .await
                .unwrap();
        }
        assert_eq!(office.delivered(5001).len(), 1, "{}", db.backend);
        assert_eq!(office.delivered(5002).len(), 1);

        // The next morning, the next digest.
        office.tick("2026-12-01T09:00:00+09:00").await;
        assert_eq!(office.delivered(5001).len(), 2);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_ups_are_reminded_once_on_their_date_and_listed_ahead_in_the_digest() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2026-11-30T11:00:00+09:00").await;
        let kim = office
            .officer("김담당", 5001, Lang::Ko, chrono_tz::Asia::Seoul)
            .await;
        let contact = office.contact("박연길", "연길", Some(kim), 1).await;
        office
            .store
            .log_interaction(NewInteraction {
                occurred_at: office.store.clock.now(),
                kind: InteractionKind::Call,
                contact_ids: vec![contact],
                officer_ids: Vec::new(),
                place: None,
                note: Some("상수도 연수 일정".into()),
                track: None,
                topics: Vec::new(),
                logged_by: Some(kim),
                follow_ups: vec![NewFollowUp {
                    what: "연수 초청장 발송".into(),
                    due_on: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
                    promised_by_seoul: true,
                }],
            })
            .await
            .unwrap();

        // Two days ahead: in the digest, no reminder of its own.
        let report = office.tick("2026-12-01T09:05:00+09:00").await;
        assert_eq!(report.scheduled.follow_ups, 0);
        let digest = office.delivered(5001);
        assert_eq!(digest.len(), 1, "{}", db.backend);
        let text = digest[0].text().unwrap();
        assert!(text.contains("다가오는 후속 조치 1건"), "{text}");
        assert!(text.contains("연수 초청장 발송"), "{text}");
        assert!(text.contains("서울시 약속"), "{text}");

        // The due date, before nine: nothing; from nine: the reminder.
        office.tick("2026-12-03T08:30:00+09:00").await;
        assert_eq!(office.delivered(5001).len(), 1);
        let report = office.tick("2026-12-03T09:00:00+09:00").await;
        assert_eq!(report.scheduled.follow_ups, 1, "{}", db.backend);
        let texts: Vec<String> = office
            .delivered(5001)
            .iter()
            .map(|c| c.text().unwrap().to_owned())
            .collect();
        assert!(
            texts
                .iter()
                .any(|t| t.contains("오늘까지인 후속 조치") && t.contains("박연길")),
            "{texts:?}"
        );
        let before = office.delivered(5001).len();
        for minute in 1..30 {
            office
                .tick(&format!(
                    "2026-12-03T{:02}:{:02}:00+09:00",
                    9 + minute / 6,
                    minute % 6 * 10
                ))
                .await;
        }
        assert_eq!(
            office.delivered(5001).len(),
            before,
            "one reminder per follow-up and date"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn due_counts_from_the_meeting_and_snooze_and_logging_move_it() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2026-11-30T11:00:00+09:00").await;
        let kim = office
            .officer("김담당", 5001, Lang::Ko, chrono_tz::Asia::Seoul)
            .await;
        // Met 70 days ago, logged today: due since 10 days (bridge: 60).
        let contact = office.contact("박연길", "연길", Some(kim), 70).await;
        let due_ids = |rows: Vec<inmaek::store::contacts::ContactRow>| {
            rows.into_iter().map(|r| r.id).collect::<Vec<_>>()
        };
        let filter = ContactFilter {
            owner_user_id: Some(kim),
            due_only: true,
            ..Default::default()
        };
        assert_eq!(
            due_ids(office.store.list_contacts(&filter).await.unwrap()),
            vec![contact]
        );

        // Snoozed for a week: not due for seven days, due again after.
        let until = office.store.snooze_contact(contact, 7).await.unwrap();
        assert_eq!(until, at("2026-12-07T11:00:00+09:00"));
        assert!(
            office
                .store
                .list_contacts(&filter)
                .await
                .unwrap()
                .is_empty()
        );
        office.at("2026-12-07T11:00:01+09:00");
        assert_eq!(
            due_ids(office.store.list_contacts(&filter).await.unwrap()),
            vec![contact]
        );

        // Snoozed again, then a real meeting: the clock restarts from it
        // (and the snooze is over).
        office.store.snooze_contact(contact, 7).await.unwrap();
        office
            .store
            .log_interaction(NewInteraction {
                occurred_at: at("2026-12-06T15:00:00+09:00"),
                kind: InteractionKind::Meeting,
                contact_ids: vec![contact],
                officer_ids: Vec::new(),
                place: None,
                note: None,
                track: None,
                topics: Vec::new(),
                logged_by: Some(kim),
                follow_ups: Vec::new(),
            })
            .await
            .unwrap();
        let stored = inmaek::store::entity::contact::Entity::find_by_id(contact)
            .one(office.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.snoozed_until, None);
        assert_eq!(stored.due_at, at("2027-02-04T15:00:00+09:00"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quiet_hours_hold_a_message_until_eight_and_a_429_is_waited_out() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2026-11-30T08:00:00+09:00").await;
        let kim = office
            .officer("김담당", 5001, Lang::Ko, chrono_tz::Asia::Seoul)
            .await;
        office.contact("박연길", "연길", Some(kim), 70).await;

        // 429 at 20:59:50: Telegram asks for 30 s, which falls in quiet hours.
        office
            .sim
            .fail_next("sendMessage", Failure::TooManyRequests { retry_after: 30 });
        let report = office.tick("2026-11-30T20:59:50+09:00").await;
        assert_eq!(report.relayed.rate_limited, 1, "{}", db.backend);
        assert!(office.delivered(5001).is_empty());
        let report = office.tick("2026-11-30T21:00:30+09:00").await;
        assert_eq!(report.relayed.deferred, 1);
        office.tick("2026-12-01T07:59:00+09:00").await;
        assert!(office.delivered(5001).is_empty(), "quiet until 08:00");
        office.tick("2026-12-01T08:00:00+09:00").await;
        assert_eq!(office.delivered(5001).len(), 1, "{}", db.backend);

        // A 429 in the day: not before retry_after, then once.
        office
            .sim
            .fail_next("sendMessage", Failure::TooManyRequests { retry_after: 30 });
        office.tick("2026-12-01T09:00:00+09:00").await;
        assert_eq!(office.delivered(5001).len(), 1);
        office.tick("2026-12-01T09:00:20+09:00").await;
        assert_eq!(office.delivered(5001).len(), 1, "retry_after not over");
        office.tick("2026-12-01T09:00:31+09:00").await;
        assert_eq!(office.delivered(5001).len(), 2);
        office.tick("2026-12-01T09:05:00+09:00").await;
        assert_eq!(office.delivered(5001).len(), 2);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocked_bot_stops_retrying_and_dead_letters_are_listed_and_replayed() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2026-11-30T08:00:00+09:00").await;
        let blocked = office
            .officer("차단", 5001, Lang::Ko, chrono_tz::Asia::Seoul)
            .await;
        let flaky = office
            .officer("Flaky", 5002, Lang::En, chrono_tz::Asia::Seoul)
            .await;
        office.contact("박연길", "연길", Some(blocked), 70).await;
        office.contact("정선양", "선양", Some(flaky), 70).await;

        // 403 for the first; for the second, five failures that are not
        // the recipient's doing (400 here: teloxide itself waits 10 s
        // after a 5xx, which would only slow the test down).
        office.sim.fail_next("sendMessage", Failure::Blocked);
        for _ in 0..5 {
            office.sim.fail_next("sendMessage", Failure::BadRequest);
        }
        let report = office.tick("2026-11-30T09:00:00+09:00").await;
        assert_eq!(report.relayed.dead, 1, "{}", db.backend);
        assert_eq!(report.relayed.retrying, 1);
        let user = app_user::Entity::find_by_id(blocked)
            .one(office.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert!(
            user.unreachable_at.is_some(),
            "403 marks the user unreachable"
        );

        // Backoff: 30 s, 60 s, 120 s, 240 s; the fifth failure is the last.
        let mut instant = at("2026-11-30T09:00:00+09:00");
        for wait in [31, 61, 125, 245] {
            instant += Duration::seconds(wait);
            office.store.clock.set(instant);
            keep::tick(&office.store, &office.bot, &office.config, None)
                .await
                .unwrap();
        }
        let attempts = |chat: i64| {
            office
                .sim
                .calls()
                .iter()
                .filter(|c| c.name() == "sendmessage" && c.chat_id() == Some(chat))
                .count()
        };
        assert_eq!(attempts(5001), 1, "no retry after a 403");
        assert_eq!(attempts(5002), 5, "{}", db.backend);
        let dead = office.store.outbox_list(true, 10).await.unwrap();
        assert_eq!(dead.len(), 2);
        assert!(dead.iter().all(|m| m.status == "dead"));

        // Later ticks (and the next day) do not try the blocked user again.
        office.tick("2026-12-01T09:00:00+09:00").await;
        assert_eq!(attempts(5001), 1);

        // The admin lists the dead letters and replays one: it is sent once.
        let flaky_letter = dead.iter().find(|m| m.chat_id == 5002).unwrap().id;
        let listed = run(&db, &office, &["outbox", "list", "--dead"], None);
        assert!(
            listed.contains(&format!("#{flaky_letter} dead")),
            "{listed}"
        );
        assert!(listed.contains("Flaky"), "{listed}");
        let retried = run(
            &db,
            &office,
            &["outbox", "retry", &flaky_letter.to_string()],
            None,
        );
        assert!(retried.contains("queued again"), "{retried}");
        let before = office.delivered(5002).len();
        run(
            &db,
            &office,
            &["reminders", "tick", "--now", "2026-12-01T09:30:00+09:00"],
            None,
        );
        assert_eq!(office.delivered(5002).len(), before + 1);
        let refused = run_failing(
            &db,
            &office,
            &["outbox", "retry", &flaky_letter.to_string()],
        );
        assert!(refused.contains("not a dead letter"), "{refused}");
        let refused = run_failing(&db, &office, &["outbox", "retry", "99999"]);
        assert!(refused.contains("no message 99999"), "{refused}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_ticks_at_once_send_every_digest_once() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2026-11-30T08:00:00+09:00").await;
        let mut chats = Vec::new();
        for n in 0..12 {
            let chat = 6000 + n;
            let officer = office
                .officer(
                    &format!("officer{n}"),
                    chat,
                    Lang::En,
                    chrono_tz::Asia::Seoul,
                )
                .await;
            office
                .contact(&format!("연락처{n}"), "연길", Some(officer), 70)
                .await;
            chats.push(chat);
        }
        // The test's clock and the passes' --now agree.
        office.at("2026-11-30T09:00:00+09:00");
        let spawn = || {
            binary(&db, &office.sim.api_url())
                .args(["reminders", "tick", "--now", "2026-11-30T09:00:00+09:00"])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (first, second) = (spawn(), spawn());
        for child in [first, second] {
            let output = tokio::task::spawn_blocking(move || child.wait_with_output())
                .await
                .unwrap()
                .unwrap();
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        for chat in chats {
            assert_eq!(
                office.delivered(chat).len(),
                1,
                "chat {chat} on {}",
                db.backend
            );
        }
        assert_eq!(office.outbox().await.len(), 12);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tick_killed_before_sending_sends_after_a_restart_once() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2026-11-30T08:00:00+09:00").await;
        let kim = office
            .officer("김담당", 5001, Lang::Ko, chrono_tz::Asia::Seoul)
            .await;
        office.contact("박연길", "연길", Some(kim), 70).await;

        // A Bot API that accepts connections and never answers.
        let hole = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let hole_url = format!("http://{}/", hole.local_addr().unwrap());
        office.at("2026-11-30T09:00:00+09:00");
        let mut child = binary(&db, &hole_url)
            .args(["reminders", "tick", "--now", "2026-11-30T09:00:00+09:00"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the relay has claimed the digest and is sending it.
        let mut claimed = false;
        for _ in 0..200 {
            let rows = office.outbox().await;
            if rows.iter().any(|r| r.lease_until.is_some()) {
                claimed = true;
                break;
            }
            tokio::time::sleep(StdDuration::from_millis(50)).await;
        }
        assert!(
            claimed,
            "the digest was committed and claimed on {}",
            db.backend
        );
        child.kill().unwrap();
        child.wait().unwrap();
        drop(hole);
        let rows = office.outbox().await;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].status, "pending");

        // Restarted after the lease: sent, once.
        office.at("2026-11-30T09:05:00+09:00");
        run(
            &db,
            &office,
            &["reminders", "tick", "--now", "2026-11-30T09:05:00+09:00"],
            None,
        );
        assert_eq!(office.delivered(5001).len(), 1, "{}", db.backend);
        office.at("2026-11-30T09:10:00+09:00");
        run(
            &db,
            &office,
            &["reminders", "tick", "--now", "2026-11-30T09:10:00+09:00"],
            None,
        );
        assert_eq!(office.delivered(5001).len(), 1);
        assert_eq!(office.outbox().await[0].status, "sent");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hand_over_moves_contacts_follow_ups_and_their_reminders() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2026-11-30T08:00:00+09:00").await;
        let kim = office
            .officer("김담당", 5001, Lang::Ko, chrono_tz::Asia::Seoul)
            .await;
        let lee = office
            .officer("Lee", 5002, Lang::En, chrono_tz::Asia::Seoul)
            .await;
        let contact = office.contact("박연길", "연길", Some(kim), 70).await;
        let other = office.contact("정선양", "선양", Some(kim), 70).await;
        office
            .store
            .log_interaction(NewInteraction {
                occurred_at: at("2026-11-20T10:00:00+09:00"),
                kind: InteractionKind::Call,
                contact_ids: vec![contact],
                officer_ids: Vec::new(),
                place: None,
                note: None,
                track: None,
                topics: Vec::new(),
                logged_by: Some(kim),
                follow_ups: vec![NewFollowUp {
                    what: "자료 보내기".into(),
                    due_on: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(),
                    promised_by_seoul: true,
                }],
            })
            .await
            .unwrap();
        // The follow-up was due before the interaction that moved the clock:
        // make the contact due again for the digest.
        office
            .store
            .set_contact_cadence(
                contact,
                Some(inmaek::domain::cadence::Cadence::from_days(5).unwrap()),
            )
            .await
            .unwrap();

        // Refusals first: same officer, a contact Kim does not own.
        let same = run_failing(
            &db,
            &office,
            &["contact", "handover", "--from", "김담당", "--to", "김담당"],
        );
        assert!(same.contains("two different officers"), "{same}");
        let not_owned = run_failing(
            &db,
            &office,
            &[
                "contact",
                "handover",
                "--from",
                "Lee",
                "--to",
                "김담당",
                "--contact",
                &contact.to_string(),
            ],
        );
        assert!(not_owned.contains("is not owned by Lee"), "{not_owned}");

        // One contact, then everything.
        let one = run(
            &db,
            &office,
            &[
                "contact",
                "handover",
                "--from",
                "김담당",
                "--to",
                "Lee",
                "--contact",
                &contact.to_string(),
            ],
            None,
        );
        assert!(one.contains("one contact and one open follow-up"), "{one}");
        let filter = |owner| ContactFilter {
            owner_user_id: Some(owner),
            ..Default::default()
        };
        let owned = |rows: Vec<inmaek::store::contacts::ContactRow>| {
            rows.into_iter().map(|r| r.id).collect::<Vec<_>>()
        };
        assert_eq!(
            owned(office.store.list_contacts(&filter(lee)).await.unwrap()),
            vec![contact]
        );
        assert_eq!(
            owned(office.store.list_contacts(&filter(kim)).await.unwrap()),
            vec![other]
        );

        // Lee's digest has the contact and the follow-up; Kim's has neither.
        office.tick("2026-11-30T09:00:00+09:00").await;
        let lees: Vec<String> = office
            .delivered(5002)
            .iter()
            .map(|c| c.text().unwrap().to_owned())
            .collect();
        assert!(
            lees.iter()
                .any(|t| t.contains("박연길") && t.contains("자료 보내기")),
            "{lees:?}"
        );
        let kims: Vec<String> = office
            .delivered(5001)
            .iter()
            .map(|c| c.text().unwrap().to_owned())
            .collect();
        assert!(kims.iter().all(|t| !t.contains("박연길")), "{kims:?}");
        assert!(kims.iter().any(|t| t.contains("정선양")), "{kims:?}");

        let all = run(
            &db,
            &office,
            &["contact", "handover", "--from", "김담당", "--to", "Lee"],
            None,
        );
        assert!(all.contains("one contact and 0 open follow-ups"), "{all}");
        assert!(
            office
                .store
                .list_contacts(&filter(kim))
                .await
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_contacts_own_cadence_is_set_and_cleared_from_the_command_line() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2026-11-30T08:00:00+09:00").await;
        let kim = office
            .officer("김담당", 5001, Lang::Ko, chrono_tz::Asia::Seoul)
            .await;
        let contact = office.contact("박연길", "연길", Some(kim), 20).await;
        let set = run(
            &db,
            &office,
            &[
                "cadence",
                "set",
                "--contact",
                &contact.to_string(),
                "--days",
                "14",
            ],
            None,
        );
        // Met 2026-11-10: due 14 days later.
        assert!(
            set.contains("own cadence every 14 days. Next contact due 2026-11-24"),
            "{set}"
        );
        let cleared = run(
            &db,
            &office,
            &["cadence", "set", "--contact", "박연길", "--default"],
            None,
        );
        assert!(cleared.contains("Next contact due 2027-01-09"), "{cleared}");
        let refused = run_failing(
            &db,
            &office,
            &["cadence", "set", "--contact", "박연길", "--days", "0"],
        );
        assert!(refused.contains("cadence_days"), "{refused}");
    }
}

/// Birthdays of an officer's contacts in the week ahead are in the
/// morning digest, a lunar one on this year's solar day.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_digest_names_this_weeks_birthdays_a_lunar_one_on_its_solar_day() {
    for db in TestDb::all() {
        let office = Office::open(&db, "2027-02-02T08:00:00+09:00").await;
        let kim = office
            .officer("김담당", 5101, Lang::Ko, chrono_tz::Asia::Seoul)
            .await;
        // Met a day ago: not due, so only the birthdays bring a digest.
        let solar = office.contact("박생일", "연길", Some(kim), 1).await;
        let lunar = office.contact("최설날", "연길", Some(kim), 1).await;
        let later = office.contact("정나중", "연길", Some(kim), 1).await;
        for (id, day, is_lunar) in [
            (solar, "1970-02-05", false),
            // Lunar 1/1: Seollal, 2027-02-07.
            (lunar, "1960-01-01", true),
            (later, "1970-03-20", false),
        ] {
            office
                .store
                .edit_contact(
                    id,
                    inmaek::store::edit::ContactEdit {
                        birthday: Some((day.parse().unwrap(), is_lunar)),
                        ..Default::default()
                    },
                )
                .await
                .unwrap();
        }
        office.tick("2027-02-02T09:00:00+09:00").await;
        let digests = office.delivered(5101);
        assert_eq!(digests.len(), 1, "{}", db.backend);
        let text = digests[0].text().unwrap().to_owned();
        assert!(text.contains("이번 주 생일"), "{text}");
        assert!(text.contains("박생일 — 2027-02-05 (3일 후)"), "{text}");
        assert!(
            text.contains("최설날 — 2027-02-07, 음력 생일 (5일 후)"),
            "{text}"
        );
        assert!(!text.contains("정나중"), "{text}");
    }
}
