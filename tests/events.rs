//! Events end to end: created and exported from the command line, members'
//! consent in the bot, invitations in each member's language through the
//! outbox and the fake Bot API, answers with their refusals, the waitlist,
//! two hundred invitations within Telegram's limits, and `serve` killed in
//! the middle of a broadcast.

mod common;

use std::collections::HashMap;
use std::time::Duration as StdDuration;

use chrono::Duration;
use common::{Office, TOKEN, TestApp, TestDb, at, config, inmaek, ok, refused};
use inmaek::domain::Lang;
use inmaek::domain::keys::{Category, EventKind, InvitationStatus, NameForm, Role, Track};
use inmaek::domain::names::PersonName;
use inmaek::keep;
use inmaek::store::Store;
use inmaek::store::contacts::NewContact;
use inmaek::store::entity::{consent, invitation, outbox};
use inmaek::store::events::NewEvent;
use inmaek::store::invitations::Audience;
use inmaek::store::users::Invitation;
use inmaek::telegram_sim::{Failure, SimUser};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const NOW: &str = "2026-11-30T10:00:00+09:00";

async fn contact(store: &Store, hangul: &str, lang: Lang) -> i32 {
    store
        .add_contact(NewContact {
            names: vec![PersonName::parse(NameForm::Hangul, hangul).unwrap()],
            categories: vec![Category::SeoulClub],
            place: Some("harbin".into()),
            lang: Some(lang),
            ..Default::default()
        })
        .await
        .unwrap()
        .id
}

async fn member_code(store: &Store, name: &str, lang: Lang, contact_id: i32) -> String {
    store
        .invite_user(Invitation {
            role: Role::Member,
            name: name.into(),
            lang,
            time_zone: chrono_tz::Asia::Seoul,
            contact_id: Some(contact_id),
            valid_for: Duration::days(7),
        })
        .await
        .unwrap()
        .code
}

/// Invites the event's whole audience (every member with a contact in it),
/// as `event invite --yes` does; the invitation in each member's language.
async fn invite_audience(
    store: &Store,
    event: &inmaek::store::records::Event,
    tz: chrono_tz::Tz,
) -> inmaek::store::invitations::InviteReport {
    let invitees = store
        .audience(event.id, &Audience::default())
        .await
        .unwrap();
    let now = store.clock.now();
    store
        .invite(event.id, &invitees, {
            let event = event.clone();
            move |member, token| {
                inmaek::events::invitation(&event, None, member, token, now, Lang::Ko, tz)
            }
        })
        .await
        .unwrap()
}

fn forum(capacity: Option<i32>) -> NewEvent {
    NewEvent {
        kind: EventKind::Forum,
        titles: [
            Some("동북아 평화 국제포럼".into()),
            Some("东北亚和平国际论坛".into()),
            None,
        ],
        descriptions: [None, None, None],
        starts_at: at("2026-12-10T14:00:00+09:00"),
        ends_at: Some(at("2026-12-10T18:00:00+09:00")),
        time_zone: chrono_tz::Asia::Seoul,
        place: Some("harbin".into()),
        address: Some("香格里拉大酒店".into()),
        capacity,
        rsvp_deadline: Some(at("2026-12-08T18:00:00+09:00")),
        organizer_user_id: None,
        track: None,
        topics: Vec::new(),
    }
}

#[tokio::test]
async fn events_are_created_listed_refused_and_exported_as_icalendar() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        drop(store);
        let added = ok(
            &db,
            "en",
            &[
                "event",
                "add",
                "--kind",
                "forum",
                "--title-ko",
                "동북아 평화 국제포럼",
                "--title",
                "International Forum on Peace in Northeast Asia",
                "--starts",
                "2027-12-10T14:00:00+09:00",
                "--ends",
                "2027-12-10T18:00:00+09:00",
                "--place",
                "하얼빈",
                "--address",
                "Shangri-La; 555 Youyi Road, Daoli",
                "--capacity",
                "120",
                "--deadline",
                "2027-12-08T18:00:00+09:00",
                "--track",
                "peace",
                "--topic",
                "environment",
            ],
        );
        let id = added.lines().last().unwrap().trim().to_owned();
        assert!(
            added.contains("Event created: International Forum on Peace in Northeast Asia — 2027-12-10 14:00 (Asia/Seoul)"),
            "{added}"
        );
        let listed = ok(&db, "ko", &["event", "list"]);
        assert!(
            listed.contains(&format!("#{id} 동북아 평화 국제포럼 · 포럼 · 2027-12-10 14:00 (Asia/Seoul) · 하얼빈 · 초대 없음")),
            "{listed}"
        );
        // Refusals: one sentence, nothing written.
        let bad_kind = refused(
            &db,
            "en",
            &[
                "event",
                "add",
                "--kind",
                "party",
                "--title",
                "x",
                "--starts",
                "2027-01-01T10:00:00+09:00",
            ],
        );
        assert!(
            bad_kind.contains("Unknown event kind “party”"),
            "{bad_kind}"
        );
        let backwards = refused(
            &db,
            "en",
            &[
                "event",
                "add",
                "--kind",
                "forum",
                "--title",
                "x",
                "--starts",
                "2027-01-01T10:00:00+09:00",
                "--ends",
                "2026-12-31T10:00:00+09:00",
            ],
        );
        assert!(backwards.contains("ends"), "{backwards}");
        let untitled = refused(
            &db,
            "en",
            &[
                "event",
                "add",
                "--kind",
                "forum",
                "--starts",
                "2027-01-01T10:00:00+09:00",
            ],
        );
        assert!(untitled.contains("title"), "{untitled}");
        let late = refused(
            &db,
            "en",
            &[
                "event",
                "add",
                "--kind",
                "forum",
                "--title",
                "x",
                "--starts",
                "2027-01-01T10:00:00+09:00",
                "--deadline",
                "2027-01-02T10:00:00+09:00",
            ],
        );
        assert!(late.contains("deadline"), "{late}");
        assert_eq!(
            ok(&db, "en", &["event", "list", "--all"]).lines().count(),
            1
        );

        // iCalendar, parsed back.
        let ics = ok(&db, "en", &["export", "--format", "ics"]);
        assert!(ics.contains("\r\n"));
        let calendar = calcard::icalendar::ICalendar::parse(&ics).expect("valid iCalendar");
        let events: Vec<_> = calendar
            .components
            .iter()
            .filter(|c| c.component_type == calcard::icalendar::ICalendarComponentType::VEvent)
            .collect();
        assert_eq!(events.len(), 1);
        let text_of = |property: calcard::icalendar::ICalendarProperty| {
            events[0]
                .entries
                .iter()
                .find(|e| e.name == property)
                .and_then(|e| e.values.first())
                .and_then(|v| v.as_text())
                .map(str::to_owned)
        };
        assert_eq!(
            text_of(calcard::icalendar::ICalendarProperty::Summary).as_deref(),
            Some("International Forum on Peace in Northeast Asia")
        );
        assert_eq!(
            text_of(calcard::icalendar::ICalendarProperty::Location).as_deref(),
            Some("Harbin, Shangri-La; 555 Youyi Road, Daoli")
        );
        assert!(ics.contains("DTSTART:20271210T050000Z"), "{ics}");
        assert!(ics.contains(&format!("UID:event-{id}@inmaek")));
    }
}

#[tokio::test]
async fn members_consent_are_invited_in_their_language_and_answer_once() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let zh = contact(&app.store, "왕쉐메이", Lang::ZhCn).await;
        let en = contact(&app.store, "리밍", Lang::En).await;
        let ko = contact(&app.store, "박동의안함", Lang::Ko).await;
        let _nobody = contact(&app.store, "계정없음", Lang::Ko).await;

        // Enrolment asks for consent, in the member's language.
        let wang = SimUser::new(31, "Wang", Some("zh-hans"));
        let code = member_code(&app.store, "Wang Xuemei", Lang::ZhCn, zh).await;
        let reply = app.send(&wang, &format!("/start {code}")).await;
        assert!(
            reply.text().contains("您愿意在此聊天中接收"),
            "{}",
            reply.text()
        );
        let reply = app.press(&wang, reply.button("愿意接收")).await;
        assert!(reply.text().contains("谢谢"), "{}", reply.text());
        // Then the second purpose: reminders about them to the officers.
        assert!(reply.text().contains("还有一个问题"), "{}", reply.text());
        let consents = consent::Entity::find()
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(consents.len(), 1);
        assert_eq!(consents[0].wording_version, "2026-11-29");
        assert_eq!(consents[0].channel, "bot");
        assert_eq!(consents[0].purpose, "invitations");
        let reply = app.press(&wang, reply.button("愿意接收")).await;
        assert!(reply.text().contains("联络官将收到"), "{}", reply.text());
        let consents = consent::Entity::find()
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(
            consents
                .iter()
                .map(|c| c.purpose.to_string())
                .collect::<Vec<_>>(),
            ["invitations", "reminders"]
        );

        let li = SimUser::new(32, "Li", Some("en"));
        let code = member_code(&app.store, "Li Ming", Lang::En, en).await;
        let reply = app.send(&li, &format!("/start {code}")).await;
        app.press(&li, reply.button("Yes, please")).await;

        let park = SimUser::new(33, "Park", Some("ko"));
        let code = member_code(&app.store, "박동의안함", Lang::Ko, ko).await;
        let reply = app.send(&park, &format!("/start {code}")).await;
        let reply = app.press(&park, reply.button("아니요")).await;
        assert!(
            reply.text().contains("초대장을 보내지 않겠습니다"),
            "{}",
            reply.text()
        );
        // No to reminders too: Park's relationship leaves the due lists,
        // Wang's (who said yes) stays.
        let reply = app.press(&park, reply.button("아니요")).await;
        assert!(
            reply.text().contains("알림을 보내지 않겠습니다"),
            "{}",
            reply.text()
        );
        let later = app.store.clock.now();
        app.store.clock.set(later + chrono::Duration::days(800));
        let due: Vec<i32> = app
            .store
            .list_contacts(&inmaek::store::contacts::ContactFilter {
                due_only: true,
                ..Default::default()
            })
            .await
            .unwrap()
            .iter()
            .map(|row| row.id)
            .collect();
        assert!(due.contains(&zh) && !due.contains(&ko), "{due:?}");
        app.store.clock.set(later);

        let event = app.store.add_event(forum(Some(1))).await.unwrap();
        let id = event.id.to_string();

        // The preview writes nothing; --yes queues two.
        let preview = ok(
            &db,
            "en",
            &["event", "invite", &id, "--category", "seoul_club"],
        );
        assert!(
            preview.contains("4 contacts to invite — 2 members the bot can reach; cannot be reached: 1 without an account, 1 without consent, 0 unreachable"),
            "{preview}"
        );
        assert!(
            invitation::Entity::find()
                .all(app.store.db_for_tests())
                .await
                .unwrap()
                .is_empty()
        );
        let done = ok(
            &db,
            "en",
            &["event", "invite", &id, "--category", "seoul_club", "--yes"],
        );
        assert!(
            done.contains("2 invitations queued. 2 contacts cannot be reached"),
            "{done}"
        );
        let again = ok(
            &db,
            "en",
            &["event", "invite", &id, "--category", "seoul_club", "--yes"],
        );
        assert!(
            again.contains("0 invitations queued") && again.contains("4 invited already"),
            "{again}"
        );

        let bot =
            teloxide::Bot::new(TOKEN).set_api_url(url::Url::parse(&app.sim.api_url()).unwrap());
        let report = keep::tick(&app.store, &bot, &config(&db.url), None)
            .await
            .unwrap();
        assert_eq!(report.relayed.sent, 2, "{}", db.backend);
        let invitation_to = |chat: i64| {
            app.sim
                .calls()
                .into_iter()
                .filter(|c| c.name() == "sendmessage" && c.chat_id() == Some(chat))
                .filter(|c| c.text().is_some_and(|t| t.contains("📨")))
                .collect::<Vec<_>>()
        };
        let to_wang = invitation_to(31);
        assert_eq!(to_wang.len(), 1);
        let text = to_wang[0].text().unwrap();
        assert!(
            text.contains("东北亚和平国际论坛")
                && text.contains("论坛 · 2026-12-10 14:00 (Asia/Seoul)"),
            "{text}"
        );
        assert!(
            text.contains("哈尔滨") && text.contains("回复截止"),
            "{text}"
        );
        let to_li = invitation_to(32);
        let text = to_li[0].text().unwrap();
        assert!(text.contains("동북아 평화 국제포럼"), "{text}");
        assert!(
            text.contains("There is no English text for this event; it is shown in 한국어"),
            "{text}"
        );
        assert!(invitation_to(33).is_empty(), "no consent, no invitation");

        // Accept, and accept again: one answer.
        let message = to_wang[0].message_id().unwrap();
        let buttons: Vec<(String, String)> = to_wang[0].buttons().into_iter().flatten().collect();
        let accept = buttons
            .iter()
            .find(|(l, _)| l.contains("接受"))
            .unwrap()
            .1
            .clone();
        // The button carries an opaque token; behind it, the RSVP token.
        assert!(accept.len() <= 64 && accept.starts_with("t:"), "{accept}");
        let meaning = common::opened(&app.store, to_wang[0].clone()).await;
        assert!(
            meaning
                .buttons()
                .into_iter()
                .flatten()
                .any(|(_, data)| data.starts_with("r:") && data.ends_with(":a")),
            "{meaning:?}"
        );
        let reply = app.press(&wang, (message, accept.clone())).await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("已登记接受：东北亚和平国际论坛")
        );
        let reply = app.press(&wang, (message, accept.clone())).await;
        assert_eq!(reply.alert().as_deref(), Some("已登记为“接受”。"));

        // Another account pressing Wang's button; a forged token.
        let reply = app.press(&li, (message, accept.clone())).await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("This button was not sent to you, or is not valid. Nothing was changed.")
        );
        let reply = app
            .press(&li, (message, "r:AAAAAAAAAAAAAAAAAAAAAAAAAA:a".into()))
            .await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("This button was not sent to you, or is not valid. Nothing was changed.")
        );

        // Full: Li is waitlisted, then gets Wang's seat when Wang declines.
        let li_message = to_li[0].message_id().unwrap();
        let li_buttons: Vec<(String, String)> = to_li[0].buttons().into_iter().flatten().collect();
        let li_accept = li_buttons
            .iter()
            .find(|(l, _)| l.contains("Accept"))
            .unwrap()
            .1
            .clone();
        let reply = app.press(&li, (li_message, li_accept)).await;
        assert!(
            reply.alert().unwrap().contains("waitlist"),
            "{:?}",
            reply.alert()
        );
        let decline = buttons
            .iter()
            .find(|(l, _)| l.contains("谢绝"))
            .unwrap()
            .1
            .clone();
        app.press(&wang, (message, decline)).await;
        let statuses: HashMap<i32, InvitationStatus> = invitation::Entity::find()
            .all(app.store.db_for_tests())
            .await
            .unwrap()
            .into_iter()
            .map(|i| (i.contact_id, i.status))
            .collect();
        assert_eq!(statuses[&zh], "declined");
        assert_eq!(statuses[&en], "accepted");
        keep::tick(&app.store, &bot, &config(&db.url), None)
            .await
            .unwrap();
        assert!(
            app.sim.calls().iter().any(|c| c.chat_id() == Some(32)
                && c.text().is_some_and(|t| t.contains("A seat is free"))),
            "the promoted member is told"
        );
        let reply = app.send(&li, "/events").await;
        assert!(
            reply.text().contains("your answer: accepted"),
            "{}",
            reply.text()
        );

        // After the deadline nothing changes.
        app.store.clock.set(at("2026-12-09T10:00:00+09:00"));
        let reply = app.press(&wang, (message, accept)).await;
        assert!(
            reply.alert().unwrap().contains("回复截止时间"),
            "{:?}",
            reply.alert()
        );
        assert_eq!(
            invitation::Entity::find()
                .filter(invitation::Column::ContactId.eq(zh))
                .one(app.store.db_for_tests())
                .await
                .unwrap()
                .unwrap()
                .status,
            "declined"
        );

        // The officer's lists.
        let attendees = ok(&db, "en", &["event", "attendees", &id, "--format", "csv"]);
        assert!(
            attendees.starts_with(
                "\u{feff}contact_id,name,names,status,delivery,responded_at,member_user_id\r\n"
            ),
            "{attendees}"
        );
        assert!(
            attendees.contains(&format!("{en},리밍,리밍,accepted,queued,")),
            "{attendees}"
        );
        let unreachable = ok(&db, "en", &["event", "unreachable", &id, "--format", "csv"]);
        assert!(
            unreachable.contains(&format!("{ko},박동의안함,박동의안함,no_consent")),
            "{unreachable}"
        );
        assert!(
            unreachable.contains("계정없음,계정없음,no_account"),
            "{unreachable}"
        );
        assert_eq!(unreachable.lines().count(), 3, "{unreachable}");

        // /stop withdraws at once; the admin can revoke too.
        let reply = app.send(&wang, "/stop").await;
        assert!(reply.text().contains("已停止所有邀请"), "{}", reply.text());
        assert!(
            app.store
                .consenting(&[app.store.user_by_telegram(31).await.unwrap().unwrap().id])
                .await
                .unwrap()
                .is_empty()
        );
        let revoked = ok(
            &db,
            "en",
            &["member", "revoke", "Li Ming", "--purpose", "invitations"],
        );
        assert!(
            revoked.contains("Li Ming: event invitations withdrawn"),
            "{revoked}"
        );
        let again = ok(&db, "en", &["member", "revoke", "Li Ming"]);
        assert!(
            again.contains("Li Ming: there is no consent to withdraw"),
            "{again}"
        );
        // Each consent given and withdrawn is in the member's history.
        let history = ok(&db, "en", &["audit", "--contact", &en.to_string()]);
        assert!(history.contains("consent given · user:"), "{history}");
        assert!(
            history.contains("the admin command line (cli) · consent withdrawn"),
            "{history}"
        );
        let not_member = inmaek(&db, "en", &["member", "revoke", "계정없음"]);
        assert_eq!(not_member.code, 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_invitations_go_out_within_telegrams_limits() {
    for db in TestDb::all() {
        let office = Office::open(&db, NOW).await;
        let langs = [Lang::Ko, Lang::ZhCn, Lang::En];
        for n in 0..200 {
            let lang = langs[n % 3];
            let contact_id = contact(&office.store, &format!("회원{n:03}"), lang).await;
            let code = member_code(&office.store, &format!("member {n}"), lang, contact_id).await;
            let user = office
                .store
                .redeem_code(&code, 10_000 + n as i64)
                .await
                .unwrap();
            office
                .store
                .grant_consent(user.id, "invitations", "bot", None)
                .await
                .unwrap();
        }
        let mut event = forum(None);
        event.titles[2] = Some("Peace Forum".into());
        let event = office.store.add_event(event).await.unwrap();
        let report = invite_audience(&office.store, &event, chrono_tz::Asia::Seoul).await;
        assert_eq!(report.queued, 200);

        // One 429 and one 403 on the way.
        office
            .sim
            .fail_next("sendMessage", Failure::TooManyRequests { retry_after: 2 });
        let started = std::time::Instant::now();
        let first = keep::relay::relay(&office.store, &office.bot, &office.config, None)
            .await
            .unwrap();
        assert_eq!(first.sent, 199, "{}", db.backend);
        assert_eq!(first.rate_limited, 1);
        assert!(
            started.elapsed() >= StdDuration::from_millis(199 * 33),
            "paced"
        );
        office.store.clock.set(at(NOW) + Duration::seconds(3));
        office.sim.fail_next("sendMessage", Failure::Blocked);
        let second = keep::relay::relay(&office.store, &office.bot, &office.config, None)
            .await
            .unwrap();
        assert_eq!(second.dead, 1, "the 429 retried; a 403 this time");

        let sends: Vec<_> = office
            .sim
            .calls()
            .into_iter()
            .filter(|c| c.name() == "sendmessage")
            .collect();
        // ≤ 30 a second overall, in every window of a second.
        for (i, call) in sends.iter().enumerate() {
            let in_window = sends[i..]
                .iter()
                .take_while(|c| c.at.duration_since(call.at) < StdDuration::from_secs(1))
                .count();
            assert!(in_window <= 30, "{in_window} messages within a second");
        }
        // Each member once, in their language.
        let mut per_chat: HashMap<i64, usize> = HashMap::new();
        for call in sends.iter().filter(|c| c.message_id().is_some()) {
            *per_chat.entry(call.chat_id().unwrap()).or_default() += 1;
        }
        assert_eq!(per_chat.len(), 199);
        assert!(per_chat.values().all(|n| *n == 1));
        let texts: Vec<&str> = sends.iter().filter_map(|c| c.text()).collect();
        assert!(
            texts
                .iter()
                .any(|t| t.contains("초대장") && t.contains("동북아 평화 국제포럼"))
        );
        assert!(
            texts
                .iter()
                .any(|t| t.contains("邀请函") && t.contains("东北亚和平国际论坛"))
        );
        assert!(
            texts
                .iter()
                .any(|t| t.contains("Invitation") && t.contains("Peace Forum"))
        );
        let dead = outbox::Entity::find()
            .filter(outbox::Column::Status.eq("dead"))
            .all(office.store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(dead.len(), 1);
        let blocked = office
            .store
            .users_by_id(&[dead[0].user_id.unwrap()])
            .await
            .unwrap();
        assert!(blocked.values().all(|u| u.unreachable_at.is_some()));
    }
}

/// Three consenting members in three languages, invited to a forum.
async fn invited_members(app: &TestApp) -> (i32, Vec<(SimUser, i32)>) {
    let mut members = Vec::new();
    for (n, (name, lang, tag)) in [
        ("한가람", Lang::Ko, "ko"),
        ("王雪梅", Lang::ZhCn, "zh-hans"),
        ("Li Ming", Lang::En, "en"),
    ]
    .into_iter()
    .enumerate()
    {
        let contact_id = contact(&app.store, &format!("회원{n}"), lang).await;
        let code = member_code(&app.store, name, lang, contact_id).await;
        let user = SimUser::new(40 + n as i64, name, Some(tag));
        let user_row = app.store.redeem_code(&code, user.id).await.unwrap();
        app.store
            .grant_consent(user_row.id, "invitations", "bot", None)
            .await
            .unwrap();
        members.push((user, contact_id));
    }
    let mut event = forum(None);
    event.track = Some(inmaek::domain::keys::Track::Peace);
    event.topics = vec![inmaek::domain::keys::PolicyArea::Environment];
    let event = app.store.add_event(event).await.unwrap();
    invite_audience(&app.store, &event, chrono_tz::Asia::Seoul).await;
    (event.id, members)
}

async fn answer_all(app: &TestApp, members: &[(SimUser, i32)], label: &[&str]) {
    for ((user, _), label) in members.iter().zip(label) {
        let call = app
            .sim
            .calls()
            .into_iter()
            .find(|c| c.chat_id() == Some(user.id) && c.text().is_some_and(|t| t.contains("📨")))
            .expect("an invitation");
        let data = call
            .buttons()
            .into_iter()
            .flatten()
            .find(|(l, _)| l.contains(label))
            .unwrap()
            .1;
        app.press(user, (call.message_id().unwrap(), data)).await;
    }
}

#[tokio::test]
async fn accepted_members_are_reminded_told_of_changes_and_checked_in() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(21, "Kim", Some("en"));
        app.enrol(&officer, "Kim Officer", Role::Officer).await;
        app.send(&officer, "/lang en").await;
        let (event_id, members) = invited_members(&app).await;
        let bot =
            teloxide::Bot::new(TOKEN).set_api_url(url::Url::parse(&app.sim.api_url()).unwrap());
        let cfg = config(&db.url);
        keep::tick(&app.store, &bot, &cfg, None).await.unwrap();
        // Korean and Chinese members accept; the English one declines.
        answer_all(&app, &members, &["참석", "接受", "Decline"]).await;

        // The officer's /events counts them.
        let reply = app.send(&officer, "/events").await;
        assert!(
            reply.text().contains("accepted 2 · declined 1"),
            "{}",
            reply.text()
        );

        // Moved by an hour: those who accepted are told, in their language.
        let changed = ok(
            &db,
            "en",
            &[
                "event",
                "change",
                &event_id.to_string(),
                "--starts",
                "2026-12-10T15:00:00+09:00",
            ],
        );
        assert!(changed.contains("The 2 who accepted are told"), "{changed}");
        keep::tick(&app.store, &bot, &cfg, None).await.unwrap();
        let texts = |chat: i64| -> Vec<String> {
            app.sim
                .calls()
                .iter()
                .filter(|c| c.name() == "sendmessage" && c.chat_id() == Some(chat))
                .filter_map(|c| c.text().map(str::to_owned))
                .collect()
        };
        assert!(
            texts(40)
                .iter()
                .any(|t| t.contains("행사 일정이 바뀌었습니다") && t.contains("2026-12-10 15:00")),
            "{:?}",
            texts(40)
        );
        assert!(
            texts(41).iter().any(|t| t.contains("活动安排有变")),
            "{:?}",
            texts(41)
        );
        assert!(
            !texts(42).iter().any(|t| t.contains("changed")),
            "declined: not told"
        );

        // A day before, a reminder; the night before waits for 08:00.
        app.store.clock.set(at("2026-12-09T22:00:00+09:00"));
        let report = keep::tick(&app.store, &bot, &cfg, None).await.unwrap();
        assert_eq!(report.scheduled.event_reminders, 2, "{}", db.backend);
        assert_eq!(report.relayed.deferred, 2, "quiet hours");
        app.store.clock.set(at("2026-12-10T08:00:00+09:00"));
        keep::tick(&app.store, &bot, &cfg, None).await.unwrap();
        assert!(
            texts(40).iter().any(|t| t.contains("내일 행사 안내")),
            "{:?}",
            texts(40)
        );
        assert_eq!(
            texts(41).iter().filter(|t| t.contains("活动提醒")).count(),
            1
        );
        keep::tick(&app.store, &bot, &cfg, None).await.unwrap();
        assert_eq!(
            texts(41).iter().filter(|t| t.contains("活动提醒")).count(),
            1,
            "once"
        );

        // Found in a trial: a check-in a week ahead logged a meeting that
        // had not happened. The day before, the door is not open yet.
        app.store.clock.set(at("2026-12-09T10:00:00+09:00"));
        let early = app.send(&officer, &format!("/checkin {event_id}")).await;
        let refused = app.press(&officer, early.button("회원0")).await;
        assert_eq!(
            refused.alert().as_deref(),
            Some("Check-in opens 12 hours before the event starts; nothing was recorded.")
        );
        // On the day: the officer checks the Korean member in.
        app.store.clock.set(at("2026-12-10T15:10:00+09:00"));
        let list = app.send(&officer, &format!("/checkin {event_id}")).await;
        assert!(
            list.text().contains("check-in — 2 people"),
            "{}",
            list.text()
        );
        let reply = app.press(&officer, list.button("회원0")).await;
        assert_eq!(
            reply.alert().as_deref(),
            Some("회원0: checked in and logged as an interaction.")
        );
        let (_, buttons) = reply.buttons();
        assert!(
            buttons.iter().any(|(l, _)| l.starts_with("✅ 회원0")),
            "{buttons:?}"
        );
        let again = app.press(&officer, list.button("회원0")).await;
        assert_eq!(again.alert().as_deref(), Some("회원0: checked in already."));
        let logged = inmaek::store::entity::interaction::Entity::find()
            .filter(inmaek::store::entity::interaction::Column::Kind.eq("event"))
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(logged.len(), 1, "one interaction for one check-in");
        assert_eq!(logged[0].track, Some(Track::Peace));
        assert_eq!(logged[0].occurred_at, at("2026-12-10T15:00:00+09:00"));
        let contact = inmaek::store::entity::contact::Entity::find_by_id(members[0].1)
            .one(app.store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            contact.last_interaction_at,
            Some(at("2026-12-10T15:00:00+09:00"))
        );

        // After the event, the Chinese member who accepted and did not come is a no-show.
        app.store.clock.set(at("2026-12-10T19:00:00+09:00"));
        let report = keep::tick(&app.store, &bot, &cfg, None).await.unwrap();
        assert_eq!(report.scheduled.no_shows, 1);
        let statuses: HashMap<i32, InvitationStatus> = invitation::Entity::find()
            .all(app.store.db_for_tests())
            .await
            .unwrap()
            .into_iter()
            .map(|i| (i.contact_id, i.status))
            .collect();
        assert_eq!(statuses[&members[0].1], "attended");
        assert_eq!(statuses[&members[1].1], "no_show");
        assert_eq!(statuses[&members[2].1], "declined");

        // Cancelling tells those who accepted; members' buttons stop working.
        let other = app.store.add_event(forum(None)).await.unwrap();
        let cancelled = ok(&db, "en", &["event", "cancel", &other.id.to_string()]);
        assert!(cancelled.contains("Cancelled"), "{cancelled}");
        let again = inmaek(&db, "en", &["event", "cancel", &other.id.to_string()]);
        assert_eq!(again.code, 1);
        assert!(again.stderr.contains("cancelled"), "{}", again.stderr);
    }
}

#[tokio::test]
async fn an_officer_creates_an_event_and_invites_an_audience_in_the_bot() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(21, "Kim", Some("ko"));
        app.enrol(&officer, "김담당", Role::Officer).await;
        // Two Seoul Club members in Harbin who consented, one researcher.
        for (n, category) in [
            (0, Category::SeoulClub),
            (1, Category::SeoulClub),
            (2, Category::Researcher),
        ] {
            let contact_id = app
                .store
                .add_contact(NewContact {
                    names: vec![PersonName::parse(NameForm::Hangul, &format!("회원{n}")).unwrap()],
                    categories: vec![category],
                    place: Some(if n == 2 { "shenyang" } else { "harbin" }.into()),
                    ..Default::default()
                })
                .await
                .unwrap()
                .id;
            let code = member_code(&app.store, &format!("회원{n}"), Lang::Ko, contact_id).await;
            let user = app.store.redeem_code(&code, 50 + n).await.unwrap();
            app.store
                .grant_consent(user.id, "invitations", "bot", None)
                .await
                .unwrap();
        }

        let reply = app.send(&officer, "/event").await;
        let reply = app.press(&officer, reply.button("서울클럽 모임")).await;
        assert!(reply.text().contains("행사 제목"), "{}", reply.text());
        let reply = app.send(&officer, "하얼빈 서울클럽 송년회").await;
        assert!(reply.text().contains("언제 시작하나요"), "{}", reply.text());
        let reply = app.send(&officer, "2026-11-01 18:00").await;
        assert!(reply.text().contains("이미 지난 시점"), "{}", reply.text());
        let reply = app.send(&officer, "2026-12-18 18:30").await;
        let reply = app.press(&officer, reply.button("하얼빈")).await;
        assert!(reply.text().contains("정원은 몇 명"), "{}", reply.text());
        let reply = app.send(&officer, "열두명").await;
        assert!(reply.text().contains("capacity"), "{}", reply.text());
        let reply = app.send(&officer, "40").await;
        assert!(
            reply.text().contains("회신 기한은 언제"),
            "{}",
            reply.text()
        );
        let reply = app.send(&officer, "2026-12-15").await;
        assert!(
            reply.text().contains("시작: 2026-12-18 18:30 (Asia/Seoul)"),
            "{}",
            reply.text()
        );
        assert!(
            reply
                .text()
                .contains("회신 기한: 2026-12-15 23:59 (Asia/Seoul)"),
            "{}",
            reply.text()
        );
        let reply = app.press(&officer, reply.button("저장")).await;
        assert!(
            reply
                .text()
                .contains("<b>하얼빈 서울클럽 송년회</b>을(를) 만들었습니다"),
            "{}",
            reply.text()
        );
        let event = app.store.resolve_event("송년회").await.unwrap();
        assert_eq!(event.capacity, Some(40));
        assert_eq!(
            event.organizer_user_id,
            Some(app.store.user_by_telegram(21).await.unwrap().unwrap().id)
        );

        // The audience: Seoul Club in Heilongjiang (Harbin is in it).
        let reply = app.send(&officer, &format!("/invite {}", event.id)).await;
        let reply = app.press(&officer, reply.button("서울클럽")).await;
        let reply = app.press(&officer, reply.button("완료")).await;
        let reply = app.press(&officer, reply.button("헤이룽장")).await;
        let reply = app.press(&officer, reply.button("완료")).await;
        assert!(
            reply
                .text()
                .contains("새로 초대할 연락처 2명 — 봇으로 보낼 수 있는 회원 2명"),
            "{}",
            reply.text()
        );
        assert!(
            invitation::Entity::find()
                .all(app.store.db_for_tests())
                .await
                .unwrap()
                .is_empty(),
            "nothing before the confirm"
        );
        let reply = app.press(&officer, reply.button("초대장 2건 보내기")).await;
        assert!(
            reply.text().contains("초대장 2건을 보냅니다"),
            "{}",
            reply.text()
        );
        let queued = outbox::Entity::find()
            .filter(outbox::Column::Kind.eq("invitation"))
            .all(app.store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(queued.len(), 2);
        assert!(
            queued
                .iter()
                .all(|m| m.text.contains("하얼빈 서울클럽 송년회"))
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_killed_during_a_broadcast_sends_every_invitation_once_after_a_restart() {
    const MEMBERS: i64 = 90;
    const FIRST_CHAT: i64 = 20_000;
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let sim = inmaek::telegram_sim::TelegramSim::start_with_clock(store.clock.clone())
            .await
            .unwrap();
        // Ten in the morning in Seoul: outside the members' quiet hours.
        let zone = chrono_tz::Asia::Seoul;
        for n in 0..MEMBERS {
            let contact_id = contact(&store, &format!("방송{n:03}"), Lang::En).await;
            let invited = store
                .invite_user(Invitation {
                    role: Role::Member,
                    name: format!("member {n}"),
                    lang: Lang::En,
                    time_zone: zone,
                    contact_id: Some(contact_id),
                    valid_for: Duration::days(7),
                })
                .await
                .unwrap();
            let user = store
                .redeem_code(&invited.code, FIRST_CHAT + n)
                .await
                .unwrap();
            store
                .grant_consent(user.id, "invitations", "bot", None)
                .await
                .unwrap();
        }
        let mut new = forum(None);
        new.starts_at = store.clock.now() + Duration::days(30);
        new.ends_at = None;
        new.rsvp_deadline = None;
        let event = store.add_event(new).await.unwrap();
        let report = invite_audience(&store, &event, zone).await;
        assert_eq!(report.queued, MEMBERS as usize);

        // Each start reads the test's clock as it stands then.
        let serve = || {
            common::serve_command(&db, &sim.api_url())
                .env("INMAEK_OUTBOX_LEASE_SECS", "3")
                .env("INMAEK_SCHEDULER_INTERVAL_SECS", "1")
                .spawn()
                .expect("serve starts")
        };
        let invitations_sent = || {
            sim.calls()
                .into_iter()
                .filter(|c| c.name() == "sendmessage")
                .filter(|c| c.chat_id().is_some_and(|id| id >= FIRST_CHAT))
                .filter_map(|c| c.chat_id())
                .collect::<Vec<i64>>()
        };
        let wait_for = |count: usize, timeout: StdDuration| {
            let started = std::time::Instant::now();
            async move {
                while invitations_sent().len() < count {
                    assert!(
                        started.elapsed() < timeout,
                        "{} of {count} sent",
                        invitations_sent().len()
                    );
                    tokio::time::sleep(StdDuration::from_millis(20)).await;
                }
            }
        };

        // Killed without warning a third of the way through.
        let mut first = serve();
        wait_for(30, StdDuration::from_secs(30)).await;
        first.kill().unwrap();
        first.wait().unwrap();
        let before_restart = invitations_sent().len();
        assert!(before_restart < MEMBERS as usize, "killed mid-broadcast");
        // The restart comes after the dead process's lease (3 s) ran out.
        store.clock.set(store.clock.now() + Duration::seconds(4));

        // After a restart every member gets theirs; at most the one that
        // was in flight when the process died goes out twice.
        let mut second = serve();
        let started = std::time::Instant::now();
        loop {
            let sent = invitations_sent();
            let chats: std::collections::HashSet<i64> = sent.iter().copied().collect();
            if chats.len() == MEMBERS as usize {
                break;
            }
            assert!(
                started.elapsed() < StdDuration::from_secs(60),
                "{} of {MEMBERS} members reached ({})",
                chats.len(),
                db.backend
            );
            tokio::time::sleep(StdDuration::from_millis(50)).await;
        }
        // Let a last pass run: nothing more may go out.
        tokio::time::sleep(StdDuration::from_secs(4)).await;
        common::terminate(&second);
        second.wait().unwrap();
        let sent = invitations_sent();
        let mut per_chat: HashMap<i64, usize> = HashMap::new();
        for chat in &sent {
            *per_chat.entry(*chat).or_default() += 1;
        }
        let twice: Vec<_> = per_chat.iter().filter(|(_, n)| **n > 1).collect();
        assert!(twice.len() <= 1, "{twice:?} ({})", db.backend);
        assert!(per_chat.values().all(|n| *n <= 2), "{per_chat:?}");
        let pending = outbox::Entity::find()
            .filter(outbox::Column::Status.ne("sent"))
            .all(store.db_for_tests())
            .await
            .unwrap();
        assert!(pending.is_empty(), "{pending:?}");
        println!(
            "{}: {before_restart} sent before the kill, {} after, {} twice",
            db.backend,
            sent.len() - before_restart,
            twice.len()
        );
    }
}
