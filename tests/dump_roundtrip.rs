//! The JSON dump: complete, re-importable, all or nothing.

mod common;

use chrono::{Duration, NaiveDate};
use common::{TestDb, at};
use inmaek::domain::Error;
use inmaek::domain::Lang;
use inmaek::domain::keys::*;
use inmaek::domain::names::PersonName;
use inmaek::exchange::json::{parse_dump, write_dump};
use inmaek::store::careers::{NewPosition, OrganizationFields};
use inmaek::store::contacts::NewContact;
use inmaek::store::dump::Dump;
use inmaek::store::edit::{ContactEdit, Detail};
use inmaek::store::institutions::{
    Member, NewAgreement, NewCommittee, NewMeeting, NewProject, NewSeat,
};
use inmaek::store::interactions::{NewFollowUp, NewInteraction};
use inmaek::store::network::NewTie;
use inmaek::store::users::Invitation;
use inmaek::store::{Store, StoreError};

const NOW: &str = "2026-11-28T10:00:00+09:00";

/// A small office: two officers, a member, contacts with every kind of
/// record attached, and a changed category cadence.
async fn populate(store: &Store) {
    let invite = |role, name: &str, contact_id| Invitation {
        role,
        name: name.into(),
        lang: Lang::Ko,
        time_zone: chrono_tz::Asia::Seoul,
        contact_id,
        valid_for: Duration::days(7),
    };
    let park = store
        .invite_user(invite(Role::Officer, "Park Jiwoo", None))
        .await
        .unwrap()
        .user
        .id;
    let lee = store
        .invite_user(invite(Role::Officer, "Lee Minho", None))
        .await
        .unwrap()
        .user
        .id;
    let kim = store
        .add_contact(NewContact {
            names: vec![
                PersonName::parse(NameForm::Hangul, "김영남").unwrap(),
                PersonName::parse(NameForm::Hanzi, "金永男").unwrap(),
                PersonName::parse(NameForm::Latin, "Jin Yongnan").unwrap(),
                PersonName::parse(NameForm::Former, "김용남").unwrap(),
            ],
            categories: vec![Category::Bridge, Category::SeoulClub],
            interests: vec![PolicyArea::Environment],
            organization: Some("延边大学".into()),
            title: Some("教授".into()),
            place: Some("yanji".into()),
            lang: Some(Lang::ZhCn),
            email: Some("jin@example.cn".into()),
            phone: Some("+86 433 000 0000".into()),
            telegram: Some("@jin_yongnan".into()),
            owner: Some("Park Jiwoo".into()),
            notes: Some("연변 조선족 사회의 가교".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .id;
    let wang = store
        .add_contact(NewContact {
            names: vec![PersonName::parse(NameForm::Hanzi, "王伟").unwrap()],
            categories: vec![Category::Official],
            organization: Some("Harbin Municipal Government".into()),
            place: Some("하얼빈".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .id;
    store
        .invite_user(invite(Role::Member, "Jin Yongnan", Some(kim)))
        .await
        .unwrap();
    // Reads through every channel, the console's and the API's included
    // (a trial's dump with them was refused).
    for actor in [
        inmaek::store::audit::Actor::web(park),
        inmaek::store::audit::Actor::api(park),
        inmaek::store::audit::Actor::bot(park),
    ] {
        store
            .record_access(actor, "card", &format!("contact:{kim}"), &[kim])
            .await
            .unwrap();
    }
    store
        .log_interaction(NewInteraction {
            occurred_at: at("2026-10-15T14:00:00+09:00"),
            kind: InteractionKind::Visit,
            contact_ids: vec![kim, wang],
            officer_ids: vec![lee],
            place: Some("harbin".into()),
            note: Some("Harbin water forum".into()),
            track: Some(Track::Economic),
            topics: vec![PolicyArea::Waterworks],
            logged_by: Some(park),
            follow_ups: vec![NewFollowUp {
                what: "Send the waterworks report".into(),
                due_on: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                promised_by_seoul: true,
            }],
        })
        .await
        .unwrap();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
    store
        .add_honor(
            kim,
            HonorKind::SeoulClub,
            d(2024, 4, 1),
            HonorStatus::Active,
            Some("gold".into()),
        )
        .await
        .unwrap();
    let harbin = store.resolve_place("harbin").await.unwrap().id;
    let heilongjiang = store.resolve_place("heilongjiang").await.unwrap().id;
    let committee = store
        .add_committee(NewCommittee {
            key: Some("seoul_heilongjiang".into()),
            name_en: "Seoul–Heilongjiang Committee".into(),
            name_ko: "서울-헤이룽장성 위원회".into(),
            name_zh: "首尔—黑龙江省委员会".into(),
            founded_on: d(2026, 1, 1),
            place_ids: vec![heilongjiang],
        })
        .await
        .unwrap();
    for (member, role) in [
        (Member::Contact(wang), CommitteeRole::Chair),
        (Member::User(park), CommitteeRole::Secretary),
    ] {
        store
            .add_committee_member(NewSeat {
                committee_id: committee.id,
                member,
                role,
                side: None,
                joined_on: d(2026, 1, 1),
                left_on: None,
            })
            .await
            .unwrap();
    }
    store
        .add_committee_meeting(NewMeeting {
            committee_id: committee.id,
            held_on: d(2026, 6, 1).unwrap(),
            place_id: Some(harbin),
            agenda: Some("first".into()),
            minutes: Some("agreed on a youth exchange".into()),
            attendee_ids: vec![wang],
            tz: chrono_tz::Asia::Seoul,
        })
        .await
        .unwrap();
    let agreement = store
        .add_agreement(NewAgreement {
            place_id: harbin,
            status: AgreementStatus::Exploring,
            on: d(2026, 2, 1),
            signatory_ids: vec![wang],
            document: Some("IR-2026-014".into()),
            note: None,
        })
        .await
        .unwrap();
    store
        .set_agreement_status(agreement.id, AgreementStatus::Friendship, d(2026, 5, 1))
        .await
        .unwrap();
    // Organizations within one another, a career, and a project with them.
    let province = store
        .add_organization(OrganizationFields {
            kind: Some(OrganizationKind::Government),
            place_id: Some(heilongjiang),
            ..OrganizationFields::default().with_name("黑龙江省人民政府")
        })
        .await
        .unwrap();
    let office = store
        .add_organization(OrganizationFields {
            kind: Some(OrganizationKind::Government),
            parent_id: Some(province.id),
            ..OrganizationFields::default().with_name("黑龙江省外事办公室")
        })
        .await
        .unwrap();
    store
        .add_position(NewPosition {
            contact_id: wang,
            organization_id: office.id,
            title: Some("处长".into()),
            from: d(2020, 3, 1),
            to: None,
            end_current: true,
            today: d(2026, 11, 28).unwrap(),
        })
        .await
        .unwrap();
    let project = store
        .add_project(NewProject {
            title: "Harbin sewage".into(),
            title_ko: Some("하얼빈 하수".into()),
            title_zh: Some("哈尔滨污水".into()),
            areas: vec![PolicyArea::Sewage, PolicyArea::Environment],
            place_id: Some(harbin),
            organization_ids: vec![office.id],
            officer_user_id: Some(park),
            stage: ProjectStage::Idea,
            on: None,
            note: None,
        })
        .await
        .unwrap();
    store
        .set_project_stage(project.id, ProjectStage::Proposal, d(2026, 7, 1))
        .await
        .unwrap();
    store
        .add_project_follow_up(
            project.id,
            wang,
            Some(park),
            "Send the plant's drawings".into(),
            d(2026, 12, 15).unwrap(),
            true,
        )
        .await
        .unwrap();
    store
        .edit_contact(
            wang,
            ContactEdit {
                add_emails: vec![
                    Detail {
                        label: None,
                        value: "wang@example.cn".into(),
                    },
                    Detail {
                        label: Some("work".into()),
                        value: "wang.wei@hlj.gov.cn".into(),
                    },
                ],
                add_phones: vec![Detail {
                    label: Some("mobile".into()),
                    value: "+86 138 0000 0000".into(),
                }],
                birthday: Some((d(1968, 8, 15).unwrap(), true)),
                ..ContactEdit::default()
            },
        )
        .await
        .unwrap();
    store
        .add_tie(NewTie {
            from: wang,
            to: kim,
            kind: TieKind::Classmate,
            note: Some("Jilin University, 1990".into()),
            recorded_by: Some(park),
        })
        .await
        .unwrap();
    store
        .set_category_cadence(
            Category::Official,
            inmaek::domain::cadence::Cadence::from_days(30).unwrap(),
        )
        .await
        .unwrap();
    // A member who consented, invited to a forum on the environment.
    let member = store
        .invite_user(invite(Role::Member, "Jin Yongnan", Some(kim)))
        .await
        .unwrap();
    let member = store.redeem_code(&member.code, 777).await.unwrap();
    store
        .grant_consent(member.id, "invitations", "bot", None)
        .await
        .unwrap();
    let event = store
        .add_event(inmaek::store::events::NewEvent {
            kind: inmaek::domain::keys::EventKind::Forum,
            titles: [
                Some("동북아 평화 국제포럼".into()),
                None,
                Some("Peace Forum".into()),
            ],
            descriptions: [None, None, Some("Panels; lunch".into())],
            starts_at: at("2026-12-10T14:00:00+09:00"),
            ends_at: None,
            time_zone: chrono_tz::Asia::Seoul,
            place: Some("harbin".into()),
            address: None,
            capacity: Some(100),
            rsvp_deadline: None,
            organizer_user_id: Some(park),
            track: Some(Track::Peace),
            topics: vec![PolicyArea::Environment],
        })
        .await
        .unwrap();
    let invitees = store
        .audience(event.id, &inmaek::store::invitations::Audience::default())
        .await
        .unwrap();
    store
        .invite(event.id, &invitees, |_, _| None)
        .await
        .unwrap();
}

/// A dump without its time and RSVP tokens (credentials: not dumped).
fn without_time(mut dump: Dump) -> Dump {
    dump.exported_at = None;
    for invitation in &mut dump.invitations {
        invitation.token.clear();
    }
    dump
}

#[tokio::test]
async fn a_dump_restored_into_an_empty_database_reproduces_it() {
    for (source, target) in TestDb::all().into_iter().zip(TestDb::all()) {
        let store = source.store_at(at(NOW)).await;
        populate(&store).await;
        let dump = store.export_dump().await.unwrap();
        for (table, rows) in dump.counts() {
            assert!(rows > 0, "the fixture fills {table}");
        }
        let text = write_dump(&dump);
        assert!(!text.contains("code_hash"), "secrets are not exported");
        assert!(!text.contains("\"token\""), "RSVP tokens are not exported");

        let restored = target.store_at(at(NOW)).await;
        restored
            .import_dump(parse_dump(&text).unwrap())
            .await
            .unwrap();
        let mut again = restored.export_dump().await.unwrap();
        // The access log came along; the restore itself is its last entry.
        let restore = again.access_log.pop().unwrap();
        assert_eq!(
            (restore.action.as_str(), restore.scope.as_str()),
            ("restore", "dump")
        );
        assert_eq!(
            without_time(again),
            without_time(dump),
            "{}",
            source.backend
        );

        // New records after a restore get fresh ids, not the restored ones.
        let next = restored
            .add_contact(NewContact {
                names: vec![PersonName::parse(NameForm::Hangul, "새사람").unwrap()],
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(next.id > 2, "{}", target.backend);
    }
}

#[tokio::test]
async fn a_dump_with_a_missing_reference_is_refused_and_nothing_is_written() {
    for (source, target) in TestDb::all().into_iter().zip(TestDb::all()) {
        let store = source.store_at(at(NOW)).await;
        populate(&store).await;
        let mut dump = store.export_dump().await.unwrap();
        dump.contacts[1].owner_user_id = Some(77);
        let restored = target.store_at(at(NOW)).await;
        match restored.import_dump(dump).await {
            Err(StoreError::Domain(Error::DumpMissingReference {
                table,
                index,
                field,
                value,
            })) => {
                assert_eq!(
                    (table, index, field, value),
                    ("contacts", 1, "owner_user_id", 77)
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            restored.count_user_records().await.unwrap(),
            0,
            "{}",
            target.backend
        );
    }
}

#[tokio::test]
async fn a_dump_is_not_restored_over_existing_records() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        populate(&store).await;
        let dump = store.export_dump().await.unwrap();
        let before = store.count_user_records().await.unwrap();
        match store.import_dump(dump).await {
            Err(StoreError::Domain(Error::DumpIntoNonEmpty(count))) => {
                assert_eq!(count as u64, before)
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(store.count_user_records().await.unwrap(), before);
    }
}

#[tokio::test]
async fn an_unknown_category_in_a_dump_is_refused_where_it_stands() {
    let source = TestDb::sqlite();
    let store = source.store_at(at(NOW)).await;
    populate(&store).await;
    let text = write_dump(&store.export_dump().await.unwrap());
    let at_categories = text.find("\"contact_categories\"").unwrap();
    let first = at_categories + text[at_categories..].find("\"category\": \"").unwrap();
    let line = text[..first].lines().count() + 1;
    let value_start = first + "\"category\": \"".len();
    let value_end = value_start + text[value_start..].find('"').unwrap();
    let broken = format!("{}vip{}", &text[..value_start], &text[value_end..]);
    let err = parse_dump(&broken).unwrap_err();
    assert_eq!(err.line, line, "{err:?}");
    assert!(err.reason.contains("vip"), "{err:?}");
    assert!(
        matches!(
            &err.refused,
            Some(Error::DumpUnknownKey(key))
                if key.table == "contact_categories"
                    && key.index == 0
                    && key.field == "category"
                    && key.value == "vip"
        ),
        "{err:?}"
    );
}

/// A dump written before institutions and the network (version 1) is
/// brought up to date as the migration brings a database: nothing lost.
#[tokio::test]
async fn a_first_version_dump_is_upgraded_on_restore() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/dump_v1.json"
        ))
        .unwrap();
        let dump = parse_dump(&text).unwrap();
        assert_eq!(dump.version, inmaek::store::dump::DUMP_VERSION);
        store.import_dump(dump).await.unwrap();
        let view = store.committee_view(1).await.unwrap();
        let roles: Vec<(CommitteeRole, Side)> = view
            .seats
            .iter()
            .map(|s| (s.member.role, s.member.side))
            .collect();
        assert!(
            roles.contains(&(CommitteeRole::Member, Side::Counterpart)),
            "{roles:?}"
        );
        assert!(
            roles.contains(&(CommitteeRole::Member, Side::Seoul)),
            "{roles:?}"
        );
        assert_eq!(
            view.meetings[0].meeting.agenda.as_deref(),
            Some("Youth exchange")
        );
        let project = store.project_view(1).await.unwrap();
        assert_eq!(project.areas, [PolicyArea::Waterworks], "{}", db.backend);
        assert_eq!(project.organizations.len(), 1);
        assert_eq!(project.project.stage, ProjectStage::Running);
        assert_eq!(project.steps.len(), 1);
        let agreements = store.agreement_views(&[]).await.unwrap();
        assert_eq!(agreements[0].steps[0].status, AgreementStatus::Friendship);
        assert_eq!(
            agreements[0].steps[0].on_date,
            NaiveDate::from_ymd_opt(2021, 6, 15)
        );
    }
}

/// A doctored dump with a tie of a person to themselves, or organizations
/// parents of each other, is refused like the command line refuses them.
#[tokio::test]
async fn a_dump_with_a_self_tie_or_a_loop_of_parents_is_refused() {
    let db = TestDb::sqlite();
    let store = db.store_at(at(NOW)).await;
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/dump_v1.json"
    ))
    .unwrap();
    let mut dump = parse_dump(&text).unwrap();
    let mut looped = dump.clone();
    let mut org = looped.organizations[0].clone();
    org.parent_id = Some(org.id);
    looped.organizations[0] = org;
    let err = store.check_dump(&looped).await.unwrap_err();
    assert!(
        format!("{err:?}").contains("organizations[0].parent_id"),
        "{err:?}"
    );
    dump.relations.push(inmaek::store::entity::relation::Model {
        id: 1,
        from_contact_id: 1,
        to_contact_id: 1,
        kind: TieKind::Friend,
        note: None,
        recorded_by: None,
        recorded_at: at(NOW),
    });
    let err = store.check_dump(&dump).await.unwrap_err();
    assert!(
        format!("{err:?}").contains("relations[0].to_contact_id"),
        "{err:?}"
    );
}
