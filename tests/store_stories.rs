//! Story tests through the store, for every entity, on SQLite and (with
//! `TEST_DATABASE_URL`) on a fresh PostgreSQL database each.

mod common;

use chrono::{Duration, NaiveDate};
use common::{TestDb, at};
use inmaek::domain::Error;
use inmaek::domain::cadence::Cadence;
use inmaek::domain::keys::*;
use inmaek::domain::names::PersonName;
use inmaek::domain::{Lang, cadence::Health};
use inmaek::store::contacts::{ContactFilter, NewContact};
use inmaek::store::entity::{contact, contact_name, interaction_contact};
use inmaek::store::institutions::{
    Member, NewAgreement, NewCommittee, NewMeeting, NewProject, NewSeat,
};
use inmaek::store::interactions::{NewFollowUp, NewInteraction};
use inmaek::store::users::Invitation;
use inmaek::store::{Store, StoreError};
use inmaek::telegram::Keyboards;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const NOW: &str = "2026-11-28T10:00:00+09:00";

fn names(hangul: &str, hanzi: &str, latin: &str) -> Vec<PersonName> {
    let mut names = Vec::new();
    for (form, value) in [
        (NameForm::Hangul, hangul),
        (NameForm::Hanzi, hanzi),
        (NameForm::Latin, latin),
    ] {
        if !value.is_empty() {
            names.push(PersonName::parse(form, value).unwrap());
        }
    }
    names
}

fn domain_err<T: std::fmt::Debug>(result: Result<T, StoreError>) -> Error {
    match result {
        Err(StoreError::Domain(err)) => err,
        other => panic!("expected a domain error, got {other:?}"),
    }
}

async fn officer(store: &Store, name: &str) -> i32 {
    store
        .invite_user(Invitation {
            role: Role::Officer,
            name: name.into(),
            lang: Lang::Ko,
            time_zone: chrono_tz::Asia::Seoul,
            contact_id: None,
            valid_for: Duration::days(7),
        })
        .await
        .unwrap()
        .user
        .id
}

async fn kim_yongnam(store: &Store, owner: Option<&str>) -> inmaek::store::records::Contact {
    store
        .add_contact(NewContact {
            names: names("김영남", "金永男", "Jin Yongnan"),
            categories: vec![Category::Bridge, Category::NextGenLeader],
            interests: vec![PolicyArea::Waterworks],
            organization: Some("延边大学".into()),
            title: Some("教授".into()),
            place: Some("연길".into()),
            lang: Some(Lang::ZhCn),
            owner: owner.map(str::to_owned),
            ..Default::default()
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn places_are_seeded_with_both_korean_readings_and_their_province() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let places = store.places().await.unwrap();
        assert_eq!(places.len(), 15, "{}", db.backend);
        let harbin = places.iter().find(|p| p.key == "harbin").unwrap();
        assert_eq!(
            (
                harbin.name_zh.as_str(),
                harbin.name_ko.as_str(),
                harbin.name_ko_hanja.as_str()
            ),
            ("哈尔滨", "하얼빈", "합이빈")
        );
        let heilongjiang = places.iter().find(|p| p.key == "heilongjiang").unwrap();
        assert_eq!(harbin.parent_id, Some(heilongjiang.id));
        assert!(harbin.strategic);
        for query in ["요녕", "랴오닝성", "辽宁", "Liaoning"] {
            assert_eq!(
                store.resolve_place(query).await.unwrap().key,
                "liaoning",
                "{query} on {}",
                db.backend
            );
        }
        assert_eq!(store.resolve_place("吉林").await.unwrap().key, "jilin");
        assert_eq!(
            store.resolve_place("길림시").await.unwrap().key,
            "jilin_city"
        );
        assert_eq!(
            domain_err(store.resolve_place("Atlantis").await),
            Error::UnknownPlace("Atlantis".into())
        );
    }
}

#[tokio::test]
async fn sqlite_connections_use_wal_full_sync_foreign_keys_and_a_busy_timeout() {
    let db = TestDb::sqlite();
    let store = db.store_at(at(NOW)).await;
    assert_eq!(
        store
            .scalar_text("PRAGMA journal_mode")
            .await
            .unwrap()
            .as_deref(),
        Some("wal")
    );
    assert_eq!(
        store
            .scalar_text("PRAGMA synchronous")
            .await
            .unwrap()
            .as_deref(),
        Some("2")
    );
    assert_eq!(
        store
            .scalar_text("PRAGMA foreign_keys")
            .await
            .unwrap()
            .as_deref(),
        Some("1")
    );
    let timeout: i64 = store
        .scalar_text("PRAGMA busy_timeout")
        .await
        .unwrap()
        .unwrap()
        .parse()
        .unwrap();
    assert!(timeout >= 5000, "busy_timeout {timeout}");
}

#[tokio::test]
async fn a_contact_keeps_every_name_form_and_is_found_by_any_of_them() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        officer(&store, "Park Jiwoo").await;
        let kim = kim_yongnam(&store, Some("park jiwoo")).await;
        for query in [
            "김영남",
            "金永男",
            "jin yongnan",
            "JIN Yong-nan",
            &kim.id.to_string(),
        ] {
            assert_eq!(
                store.resolve_contact(query).await.unwrap().id,
                kim.id,
                "{query} on {}",
                db.backend
            );
        }
        let rows = contact_name::Entity::find()
            .filter(contact_name::Column::ContactId.eq(kim.id))
            .all(store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(rows.len(), 3);
        assert!(
            rows.iter()
                .find(|r| r.form == "hangul")
                .unwrap()
                .family_name_first
        );
        assert_eq!(
            rows.iter().find(|r| r.form == "latin").unwrap().search_key,
            "jinyongnan"
        );

        let card = store.contact_card(kim.id, 5).await.unwrap();
        assert_eq!(
            card.categories,
            vec![Category::NextGenLeader, Category::Bridge]
        );
        assert_eq!(card.place.unwrap().key, "yanji");
        assert_eq!(card.owner.unwrap().name, "Park Jiwoo");
        assert_eq!(card.positions[0].1.name_zh.as_deref(), Some("延边大学"));
        assert_eq!(card.positions[0].0.title.as_deref(), Some("教授"));
        // The most demanding category (next-generation leader, 45 days) sets the cadence.
        assert_eq!(card.cadence.days(), 45);
        assert_eq!(
            card.health,
            Health::Ok {
                due_at: at(NOW) + Duration::days(45)
            }
        );
        assert_eq!(kim.due_at, at(NOW) + Duration::days(45));
    }
}

#[tokio::test]
async fn the_name_as_written_ranks_first_however_many_share_its_romanization() {
    let db = TestDb::sqlite();
    let store = db.store_at(at(NOW)).await;
    // 140 people written only in Latin letters as Korean speakers spell
    // 김영남, then the one written in Hangul.
    for _ in 0..140 {
        store
            .add_contact(NewContact {
                names: names("", "", "Kim Yeongnam"),
                ..Default::default()
            })
            .await
            .unwrap();
    }
    let hangul = store
        .add_contact(NewContact {
            names: names("김영남", "", ""),
            ..Default::default()
        })
        .await
        .unwrap();
    let found = store.find_contacts("김영남", 8).await.unwrap();
    assert_eq!(found.len(), 8);
    assert_eq!(found[0].id, hangul.id, "{found:?}");
    assert_eq!(found[0].rank, inmaek::store::search::MatchRank::Written);
    assert!(found[1..].iter().all(|m| m.exact), "{found:?}");
}

#[tokio::test]
async fn a_name_shared_by_two_contacts_is_ambiguous_and_lists_both() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let a = store
            .add_contact(NewContact {
                names: names("김영남", "", ""),
                ..Default::default()
            })
            .await
            .unwrap();
        let b = store
            .add_contact(NewContact {
                names: names("김영남", "金英男", ""),
                ..Default::default()
            })
            .await
            .unwrap();
        match domain_err(store.resolve_contact("김영남").await) {
            Error::AmbiguousContact { candidates, .. } => {
                assert_eq!(
                    candidates.iter().map(|c| c.id).collect::<Vec<_>>(),
                    vec![a.id, b.id]
                );
                assert!(candidates[1].label.contains("金英男"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(store.resolve_contact("金英男").await.unwrap().id, b.id);
    }
}

#[tokio::test]
async fn an_unknown_owner_or_place_writes_nothing() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let missing_owner = store
            .add_contact(NewContact {
                names: names("이서연", "", ""),
                owner: Some("Nobody".into()),
                ..Default::default()
            })
            .await;
        assert_eq!(
            domain_err(missing_owner),
            Error::UserNotFound("Nobody".into())
        );
        let missing_place = store
            .add_contact(NewContact {
                names: names("이서연", "", ""),
                place: Some("Gotham".into()),
                ..Default::default()
            })
            .await;
        assert_eq!(
            domain_err(missing_place),
            Error::UnknownPlace("Gotham".into())
        );
        assert_eq!(
            contact::Entity::find()
                .count(store.db_for_tests())
                .await
                .unwrap(),
            0,
            "{}",
            db.backend
        );
        assert_eq!(
            contact_name::Entity::find()
                .count(store.db_for_tests())
                .await
                .unwrap(),
            0
        );
    }
}

#[tokio::test]
async fn logging_an_interaction_resets_the_clock_from_when_it_happened() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let park = officer(&store, "Park Jiwoo").await;
        let lee = officer(&store, "Lee Minho").await;
        let kim = kim_yongnam(&store, None).await;
        let met = at("2026-11-01T15:00:00+09:00");
        let logged = store
            .log_interaction(NewInteraction {
                occurred_at: met,
                kind: InteractionKind::Meeting,
                contact_ids: vec![kim.id],
                officer_ids: vec![lee],
                place: Some("harbin".into()),
                note: Some("상수도 협력 논의".into()),
                track: Some(Track::Public),
                topics: vec![PolicyArea::Waterworks, PolicyArea::Sewage],
                logged_by: Some(park),
                follow_ups: vec![NewFollowUp {
                    what: "상수도 보고서 송부".into(),
                    due_on: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
                    promised_by_seoul: true,
                }],
            })
            .await
            .unwrap();
        assert_eq!(logged.logged_at, at(NOW));
        let after = contact::Entity::find_by_id(kim.id)
            .one(store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(after.last_interaction_at, Some(met));
        assert_eq!(
            after.due_at,
            met + Duration::days(45),
            "due counts from the meeting, not from logging"
        );
        assert_eq!(
            after.owner_user_id,
            Some(park),
            "the first officer to log becomes the owner"
        );

        // A back-dated, older interaction leaves the latest one in place.
        store
            .log_interaction(NewInteraction {
                occurred_at: at("2026-06-01T10:00:00+09:00"),
                kind: InteractionKind::Call,
                contact_ids: vec![kim.id],
                officer_ids: vec![],
                place: None,
                note: None,
                track: None,
                topics: vec![],
                logged_by: Some(lee),
                follow_ups: vec![],
            })
            .await
            .unwrap();
        let after = contact::Entity::find_by_id(kim.id)
            .one(store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(after.last_interaction_at, Some(met));
        assert_eq!(
            after.owner_user_id,
            Some(park),
            "ownership does not move to the second officer"
        );

        let card = store.contact_card(kim.id, 5).await.unwrap();
        assert_eq!(card.recent.len(), 2);
        assert_eq!(card.recent[0].interaction.id, logged.id, "newest first");
        assert_eq!(
            card.recent[0].topics,
            vec![PolicyArea::Waterworks, PolicyArea::Sewage]
        );
        let mut officers: Vec<&str> = card.recent[0]
            .officers
            .iter()
            .map(|u| u.name.as_str())
            .collect();
        officers.sort();
        assert_eq!(officers, vec!["Lee Minho", "Park Jiwoo"]);
        assert_eq!(card.recent[0].place.as_ref().unwrap().key, "harbin");
        assert_eq!(card.open_follow_ups.len(), 1);
        assert!(card.open_follow_ups[0].promised_by_seoul);
        let index_rows = interaction_contact::Entity::find()
            .filter(interaction_contact::Column::ContactId.eq(kim.id))
            .count(store.db_for_tests())
            .await
            .unwrap();
        assert_eq!(index_rows, 2);

        store
            .complete_follow_up(card.open_follow_ups[0].id)
            .await
            .unwrap();
        assert!(
            store
                .contact_card(kim.id, 5)
                .await
                .unwrap()
                .open_follow_ups
                .is_empty()
        );
        assert!(
            store
                .open_follow_ups_until(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap())
                .await
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test]
async fn an_interaction_with_an_unknown_contact_writes_nothing() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let kim = kim_yongnam(&store, None).await;
        let result = store
            .log_interaction(NewInteraction {
                occurred_at: at("2026-11-01T10:00:00Z"),
                kind: InteractionKind::Meeting,
                contact_ids: vec![kim.id, 999],
                officer_ids: vec![],
                place: None,
                note: None,
                track: None,
                topics: vec![],
                logged_by: None,
                follow_ups: vec![],
            })
            .await;
        assert_eq!(domain_err(result), Error::ContactNotFound("999".into()));
        let after = contact::Entity::find_by_id(kim.id)
            .one(store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(after.last_interaction_at, None, "{}", db.backend);
        assert!(store.interactions_of(None, 10).await.unwrap().is_empty());
    }
}

#[tokio::test]
async fn due_contacts_come_most_urgent_first_and_cadence_changes_move_them() {
    for db in TestDb::all() {
        let store = db.store_at(at("2026-01-01T00:00:00Z")).await;
        let leader = store
            .add_contact(NewContact {
                names: names("박지훈", "", ""),
                categories: vec![Category::NextGenLeader],
                ..Default::default()
            })
            .await
            .unwrap();
        let researcher = store
            .add_contact(NewContact {
                names: names("최수진", "", ""),
                categories: vec![Category::Researcher],
                ..Default::default()
            })
            .await
            .unwrap();
        let own = store
            .add_contact(NewContact {
                names: names("정하늘", "", ""),
                cadence: Cadence::from_days(10),
                ..Default::default()
            })
            .await
            .unwrap();
        // 50 days later: the 10-day contact is overdue, the leader (45) due, the researcher (120) not.
        store.clock.set(at("2026-02-20T00:00:00Z"));
        let due = store
            .list_contacts(&ContactFilter {
                due_only: true,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(
            due.iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![own.id, leader.id],
            "{}",
            db.backend
        );
        assert!(matches!(due[0].health, Health::Overdue { .. }));
        assert!(matches!(due[1].health, Health::Due { .. }));

        store
            .set_category_cadence(Category::Researcher, Cadence::from_days(30).unwrap())
            .await
            .unwrap();
        let due = store
            .list_contacts(&ContactFilter {
                due_only: true,
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(
            due.iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![own.id, researcher.id, leader.id]
        );
        let researchers = store
            .list_contacts(&ContactFilter {
                category: Some(Category::Researcher),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(researchers.len(), 1);
        let cadences = store.category_cadences().await.unwrap();
        assert!(cadences.contains(&(Category::Researcher, Cadence::from_days(30).unwrap())));
    }
}

#[tokio::test]
async fn an_enrolment_code_works_once_for_one_account_before_it_expires() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let invite = |name: &str, days: i64| Invitation {
            role: Role::Officer,
            name: name.into(),
            lang: Lang::En,
            time_zone: chrono_tz::Asia::Seoul,
            contact_id: None,
            valid_for: Duration::days(days),
        };
        let invited = store.invite_user(invite("Park Jiwoo", 7)).await.unwrap();
        assert!(invited.code.len() >= 26, "at least 128 bits");
        assert_eq!(invited.expires_at, at(NOW) + Duration::days(7));
        let stored = inmaek::store::entity::enrolment_code::Entity::find()
            .all(store.db_for_tests())
            .await
            .unwrap();
        assert!(
            stored
                .iter()
                .all(|c| c.code_hash != invited.code && !c.code_hash.contains(&invited.code))
        );

        assert_eq!(
            domain_err(store.redeem_code("NOT-A-CODE", 42).await),
            Error::CodeUnknown
        );
        let user = store
            .redeem_code(&invited.code.to_lowercase(), 42)
            .await
            .unwrap();
        assert_eq!(user.telegram_user_id, Some(42));
        assert_eq!(
            domain_err(store.redeem_code(&invited.code, 42).await),
            Error::CodeUsed
        );
        assert_eq!(
            domain_err(store.redeem_code(&invited.code, 43).await),
            Error::CodeUsed
        );
        assert_eq!(
            domain_err(store.invite_user(invite("park jiwoo", 7)).await),
            Error::UserNameTaken("park jiwoo".into())
        );

        let late = store.invite_user(invite("Lee Minho", 1)).await.unwrap();
        store.clock.set(at(NOW) + Duration::days(2));
        assert_eq!(
            domain_err(store.redeem_code(&late.code, 44).await),
            Error::CodeExpired
        );
        // Re-inviting before enrolment voids the old code and issues a new one.
        let again = store.invite_user(invite("Lee Minho", 7)).await.unwrap();
        assert_eq!(again.user.id, late.user.id);
        assert_eq!(
            domain_err(store.redeem_code(&again.code, 42).await),
            Error::TelegramAlreadyEnrolled
        );
        assert_eq!(
            store.redeem_code(&again.code, 44).await.unwrap().id,
            late.user.id
        );

        let member = Invitation {
            role: Role::Member,
            ..invite("Member", 7)
        };
        assert_eq!(
            domain_err(store.invite_user(member).await),
            Error::MemberNeedsContact
        );
    }
}

#[tokio::test]
async fn a_member_is_linked_to_their_contact() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let kim = kim_yongnam(&store, None).await;
        let invited = store
            .invite_user(Invitation {
                role: Role::Member,
                name: "Jin Yongnan".into(),
                lang: Lang::ZhCn,
                time_zone: chrono_tz::Asia::Shanghai,
                contact_id: Some(kim.id),
                valid_for: Duration::days(7),
            })
            .await
            .unwrap();
        assert_eq!(invited.user.contact_id, Some(kim.id));
        assert_eq!(invited.user.role, "member");
        assert_eq!(invited.user.time_zone, "Asia/Shanghai");
    }
}

#[tokio::test]
async fn honors_committees_agreements_and_projects_are_recorded_per_place() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let park = officer(&store, "Park Jiwoo").await;
        let kim = kim_yongnam(&store, None).await;
        let jilin = store.resolve_place("jilin").await.unwrap();
        let changchun = store.resolve_place("长春").await.unwrap();
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);

        let honor = store
            .add_honor(
                kim.id,
                HonorKind::HonoraryCitizen,
                date(2025, 10, 1),
                HonorStatus::Active,
                None,
            )
            .await
            .unwrap();
        assert_eq!(
            store.contact_card(kim.id, 1).await.unwrap().honors,
            vec![honor]
        );
        assert_eq!(
            domain_err(
                store
                    .add_honor(999, HonorKind::SeoulClub, None, HonorStatus::Active, None)
                    .await
            ),
            Error::ContactNotFound("999".into())
        );

        let committee = store
            .add_committee(NewCommittee {
                key: Some("seoul_jilin".into()),
                name_en: "Seoul–Jilin Committee".into(),
                name_ko: "서울-지린성 위원회".into(),
                name_zh: "首尔—吉林省委员会".into(),
                founded_on: date(2026, 3, 1),
                place_ids: vec![jilin.id],
            })
            .await
            .unwrap();
        store
            .add_committee_member(NewSeat {
                committee_id: committee.id,
                member: Member::Contact(kim.id),
                role: CommitteeRole::Member,
                side: None,
                joined_on: date(2026, 3, 1),
                left_on: None,
            })
            .await
            .unwrap();
        store
            .add_committee_member(NewSeat {
                committee_id: committee.id,
                member: Member::User(park),
                role: CommitteeRole::Secretary,
                side: None,
                joined_on: None,
                left_on: None,
            })
            .await
            .unwrap();
        store
            .add_committee_meeting(NewMeeting {
                committee_id: committee.id,
                held_on: date(2026, 9, 10).unwrap(),
                place_id: Some(changchun.id),
                agenda: None,
                minutes: None,
                attendee_ids: vec![kim.id],
                tz: chrono_tz::Asia::Seoul,
            })
            .await
            .unwrap();
        let committees = store.committees_of_places(&[jilin.id]).await.unwrap();
        assert_eq!(committees.len(), 1);
        assert_eq!(committees[0].seats.len(), 2);
        // The meeting was logged as an interaction with its attendee.
        assert_eq!(committees[0].meetings[0].attendees.len(), 1);
        assert!(
            store
                .contact_card(kim.id, 1)
                .await
                .unwrap()
                .contact
                .last_interaction_at
                .is_some()
        );
        assert_eq!(committees[0].seats[1].member.contact_id, Some(kim.id));
        assert_eq!(committees[0].seats[0].member.user_id, Some(park));
        assert_eq!(committees[0].seats[0].member.side, Side::Seoul);

        store
            .add_agreement(NewAgreement {
                place_id: changchun.id,
                status: AgreementStatus::Friendship,
                on: date(2025, 6, 1),
                signatory_ids: vec![kim.id],
                document: None,
                note: None,
            })
            .await
            .unwrap();
        let agreements = store.agreements_of_place(changchun.id).await.unwrap();
        assert_eq!(agreements[0].status, "friendship");

        let project = store
            .add_project(NewProject {
                title: "长春 smart water meters".into(),
                title_ko: None,
                title_zh: None,
                areas: vec![PolicyArea::Waterworks],
                place_id: Some(changchun.id),
                organization_ids: Vec::new(),
                officer_user_id: None,
                stage: ProjectStage::Proposal,
                on: date(2026, 5, 1),
                note: None,
            })
            .await
            .unwrap();
        store
            .set_project_stage(project.id, ProjectStage::Mou, date(2026, 9, 1))
            .await
            .unwrap();
        assert_eq!(
            store.projects_of_place(changchun.id).await.unwrap()[0].stage,
            "mou",
            "{}",
            db.backend
        );
    }
}

#[tokio::test]
async fn button_tokens_are_opaque_bound_to_their_user_and_expire() {
    use inmaek::store::callbacks::{Lifetime, Opened};
    use teloxide::types::{InlineKeyboardButton, InlineKeyboardButtonKind, InlineKeyboardMarkup};
    for db in TestDb::all() {
        let store = db.store_at(at("2026-11-28T10:00:00+09:00")).await;
        let mut users = Vec::new();
        for (name, telegram) in [("Kim", 7001), ("Lee", 7002)] {
            let invited = store
                .invite_user(Invitation {
                    role: Role::Officer,
                    name: name.into(),
                    lang: Lang::Ko,
                    time_zone: chrono_tz::Asia::Seoul,
                    contact_id: None,
                    valid_for: Duration::days(1),
                })
                .await
                .unwrap();
            store.redeem_code(&invited.code, telegram).await.unwrap();
            users.push(invited.user.id);
        }
        let (kim, lee) = (users[0], users[1]);
        let keyboard = InlineKeyboardMarkup::new([[
            InlineKeyboardButton::callback("Snooze", "k:s:c42"),
            InlineKeyboardButton::url("Site", "https://example.org".parse().unwrap()),
        ]]);
        let sealed = store
            .seal_keyboard(kim, keyboard.clone(), Lifetime::Reply)
            .await
            .unwrap();
        let InlineKeyboardButtonKind::CallbackData(token) = &sealed.inline_keyboard[0][0].kind
        else {
            panic!("a callback button")
        };
        assert!(token.starts_with("t:") && token.len() <= 64);
        // Random base32 may hold "42" by chance; the data itself must not show.
        assert!(
            !token.contains("c42") && !token[2..].contains(':'),
            "opaque: {token}"
        );
        assert_eq!(sealed.inline_keyboard[0][1], keyboard.inline_keyboard[0][1]);

        assert_eq!(
            store.open_callback(kim, token).await.unwrap(),
            Opened::Data("k:s:c42".into())
        );
        assert_eq!(
            store.open_callback(lee, token).await.unwrap(),
            Opened::Unknown
        );
        assert_eq!(
            store.open_callback(kim, "k:s:c42").await.unwrap(),
            Opened::Unknown
        );
        assert_eq!(
            store.open_keyboard(kim, sealed.clone()).await.unwrap(),
            keyboard
        );
        assert_eq!(
            store.open_keyboard(lee, sealed.clone()).await.unwrap(),
            sealed
        );

        // A day later it has expired; a week after that it is forgotten.
        store.clock.set(at("2026-11-29T10:00:01+09:00"));
        assert_eq!(
            store.open_callback(kim, token).await.unwrap(),
            Opened::Expired
        );
        assert_eq!(store.purge_callbacks().await.unwrap(), 0);
        store.clock.set(at("2026-12-06T10:00:01+09:00"));
        assert_eq!(store.purge_callbacks().await.unwrap(), 1, "{}", db.backend);
        assert_eq!(
            store.open_callback(kim, token).await.unwrap(),
            Opened::Unknown
        );
    }
}

/// The writes a unit sends together as one script (values written into the
/// SQL) store exactly what bound values store: the same text for instants
/// and dates on SQLite, hostile text intact, on both backends.
#[tokio::test]
async fn writes_sent_as_one_script_store_what_bound_writes_store() {
    use inmaek::store::entity::{contact as contact_entity, follow_up, interaction};
    let hostile = [
        "O'Brien's \"quote\"; DROP TABLE contact; --",
        "back\\slash \\' and \\\\n",
        "line\nbreak\r\ncarriage",
        "名字 이름 ' ` $1 ? :name",
        "\u{1b}]0;title\u{7} and 🎉",
    ];
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let kim = store
            .add_contact(NewContact {
                names: names("김영남", "", ""),
                ..Default::default()
            })
            .await
            .unwrap();
        let due = NaiveDate::from_ymd_opt(2027, 2, 28).unwrap();
        let logged = store
            .log_interaction(NewInteraction {
                occurred_at: at("2026-11-27T15:30:00+09:00"),
                kind: InteractionKind::Meeting,
                contact_ids: vec![kim.id],
                officer_ids: Vec::new(),
                place: Some("harbin".into()),
                note: None,
                track: Some(Track::Public),
                topics: vec![PolicyArea::Environment],
                logged_by: None,
                follow_ups: hostile
                    .iter()
                    .map(|what| NewFollowUp {
                        what: (*what).to_owned(),
                        due_on: due,
                        promised_by_seoul: true,
                    })
                    .collect(),
            })
            .await
            .unwrap();
        let follow_ups = follow_up::Entity::find()
            .all(store.db_for_tests())
            .await
            .unwrap();
        let mut stored: Vec<String> = follow_ups.iter().map(|f| f.what.clone()).collect();
        let mut expected: Vec<String> = hostile.iter().map(|h| (*h).to_owned()).collect();
        stored.sort();
        expected.sort();
        assert_eq!(stored, expected, "{}", db.backend);
        assert!(
            follow_ups
                .iter()
                .all(|f| f.due_on == due && f.promised_by_seoul)
        );
        let contact = contact_entity::Entity::find_by_id(kim.id)
            .one(store.db_for_tests())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            contact.last_interaction_at,
            Some(at("2026-11-27T15:30:00+09:00"))
        );
        assert_eq!(contact.updated_at, at(NOW));
        if db.backend == "sqlite" {
            // The contact's instants were written out in the script, the
            // interaction's bound: the same text either way.
            let same = |sql: &str| {
                let store = store.clone();
                let sql = sql.to_owned();
                async move { store.scalar_text(&sql).await.unwrap() }
            };
            let bound = same(&format!(
                "SELECT logged_at FROM interaction WHERE id = {}",
                logged.id
            ))
            .await;
            let scripted = same(&format!(
                "SELECT updated_at FROM contact WHERE id = {}",
                kim.id
            ))
            .await;
            assert_eq!(bound, scripted);
            let bound_day = same("SELECT created_at FROM contact").await;
            let scripted_day = same("SELECT created_at FROM follow_up LIMIT 1").await;
            assert_eq!(bound_day, scripted_day);
            assert_eq!(
                same("SELECT typeof(promised_by_seoul) FROM follow_up LIMIT 1").await,
                same("SELECT typeof(reminders_off) FROM contact").await
            );
        }
        assert!(
            interaction::Entity::find_by_id(logged.id)
                .one(store.db_for_tests())
                .await
                .unwrap()
                .is_some()
        );
    }
}

#[tokio::test]
async fn an_update_is_read_with_its_sender_in_one_query() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        assert_eq!(
            store.update_and_sender(501, 9001).await.unwrap(),
            (false, None)
        );
        let invited = store
            .invite_user(Invitation {
                role: Role::Officer,
                name: "Park Jiwoo".into(),
                lang: Lang::ZhCn,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: Duration::days(7),
            })
            .await
            .unwrap();
        let park = store.redeem_code(&invited.code, 9001).await.unwrap();
        let (handled, sender) = store.update_and_sender(501, 9001).await.unwrap();
        assert!(!handled);
        assert_eq!(sender.as_ref(), Some(&park));
        assert_eq!(sender, store.user_by_telegram(9001).await.unwrap());
        assert_eq!(sender.unwrap().lang, Lang::ZhCn);
        assert!(store.claim_update(501).await.unwrap());
        let (handled, sender) = store.update_and_sender(501, 9001).await.unwrap();
        assert!(handled);
        assert_eq!(sender.map(|u| u.id), Some(park.id));
        assert_eq!(
            store.update_and_sender(501, 9002).await.unwrap(),
            (true, None)
        );
        assert_eq!(
            store.update_and_sender(502, 9002).await.unwrap(),
            (false, None)
        );
    }
}

/// The card is read in one statement, its rows as JSON: flags and times
/// must come back as they are stored, however they were written — a fix
/// made by hand in SQL writes a time without its offset, and SQLite keeps
/// a flag as 0 or 1.
#[tokio::test]
async fn a_card_reads_flags_and_times_as_stored_however_they_were_written() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let kim = store
            .add_contact(NewContact {
                names: names("김영남", "金永男", "Kim Yongnam"),
                ..Default::default()
            })
            .await
            .unwrap();
        let admin = inmaek::store::connect(&db.url).await.unwrap();
        let (yes, time) = match db.backend {
            "sqlite" => ("1", "'2026-11-01 09:30:00'"),
            _ => ("TRUE", "'2026-11-01 09:30:00+00'"),
        };
        sea_orm::ConnectionTrait::execute_unprepared(
            &admin,
            &format!(
                "UPDATE contact SET reminders_off = {yes}, birthday_lunar = {yes}, \
                 birthday = '1968-03-01', last_interaction_at = {time} WHERE id = {}",
                kim.id
            ),
        )
        .await
        .unwrap();
        let card = store.contact_card(kim.id, 5).await.unwrap();
        assert!(card.contact.reminders_off, "{}", db.backend);
        assert!(card.contact.birthday_lunar, "{}", db.backend);
        assert_eq!(card.contact.birthday, NaiveDate::from_ymd_opt(1968, 3, 1));
        assert_eq!(
            card.contact.last_interaction_at,
            Some(at("2026-11-01T09:30:00Z")),
            "{}",
            db.backend
        );
        assert_eq!(card.contact.created_at, kim.created_at);
        // Hangul and Hanzi names are family name first; the Latin one is not.
        let firsts: Vec<bool> = card.names.iter().map(|n| n.family_name_first).collect();
        assert_eq!(firsts, vec![true, true, false], "{}", db.backend);
        assert!(matches!(
            store.contact_card(kim.id + 1000, 5).await,
            Err(StoreError::Domain(Error::ContactNotFound(_)))
        ));
    }
}
