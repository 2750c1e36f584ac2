//! The sample office's institutions and network: the three joint
//! committees with members on both sides and a meeting each, an agreement
//! at every status, a project in every policy area, honours, a career with
//! a past post, organizations within one another, and ties that make the
//! people the demo officer never met reachable (`/path 위안훙`: three steps).
//! All invented.

use chrono::{Duration, NaiveDate};

use crate::domain::keys::{
    AgreementStatus, CommitteeRole, HonorKind, HonorStatus, OrganizationKind, PolicyArea,
    ProjectStage, Side, TieKind,
};
use crate::store::careers::{NewPosition, OrganizationFields};
use crate::store::institutions::{
    Member, NewAgreement, NewCommittee, NewMeeting, NewProject, NewSeat,
};
use crate::store::network::NewTie;
use crate::store::{Result, Store};

/// (English, Korean, Chinese, province, founded, members: (person number in
/// the sample, 1-based; role; side)).
type CommitteeSpec = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    (i32, u32, u32),
    &'static [(usize, CommitteeRole, Side)],
);

const COMMITTEES: &[CommitteeSpec] = &[
    (
        "Seoul–Jilin Joint Committee",
        "서울-지린성 공동위원회",
        "首尔—吉林省联合委员会",
        "jilin",
        (2012, 5, 8),
        &[
            (6, CommitteeRole::Chair, Side::Counterpart),
            (5, CommitteeRole::Member, Side::Counterpart),
            (29, CommitteeRole::ViceChair, Side::Seoul),
        ],
    ),
    (
        "Seoul–Liaoning Joint Committee",
        "서울-랴오닝성 공동위원회",
        "首尔—辽宁省联合委员会",
        "liaoning",
        (2014, 9, 23),
        &[
            (12, CommitteeRole::Chair, Side::Counterpart),
            (11, CommitteeRole::Member, Side::Counterpart),
            (13, CommitteeRole::Member, Side::Counterpart),
        ],
    ),
    (
        "Seoul–Heilongjiang Joint Committee",
        "서울-헤이룽장성 공동위원회",
        "首尔—黑龙江省联合委员会",
        "heilongjiang",
        (2016, 6, 14),
        &[
            (20, CommitteeRole::Chair, Side::Counterpart),
            (19, CommitteeRole::Member, Side::Counterpart),
            (22, CommitteeRole::Member, Side::Counterpart),
        ],
    ),
];

/// (place, steps as (status, days ago), signatory by sample number).
type AgreementSpec = (
    &'static str,
    &'static [(AgreementStatus, i64)],
    Option<usize>,
);

const AGREEMENTS: &[AgreementSpec] = &[
    (
        "changchun",
        &[
            (AgreementStatus::Exploring, 2400),
            (AgreementStatus::Friendship, 1800),
            (AgreementStatus::SisterCity, 400),
        ],
        Some(5),
    ),
    ("harbin", &[(AgreementStatus::Exploring, 200)], None),
    ("shenyang", &[(AgreementStatus::Friendship, 3000)], Some(11)),
    ("dalian", &[(AgreementStatus::Mou, 150)], Some(15)),
    (
        "yanji",
        &[
            (AgreementStatus::Friendship, 3600),
            (AgreementStatus::Renewed, 500),
        ],
        Some(1),
    ),
    (
        "dandong",
        &[
            (AgreementStatus::Friendship, 2800),
            (AgreementStatus::Suspended, 900),
        ],
        None,
    ),
];

/// (English, Korean, Chinese title, area, place, stage, counterpart organization).
const PROJECTS: &[(&str, &str, &str, PolicyArea, &str, ProjectStage, &str)] = &[
    (
        "Shenyang bus rapid transit advice",
        "선양 간선급행버스 자문",
        "沈阳快速公交咨询",
        PolicyArea::Transportation,
        "shenyang",
        ProjectStage::Running,
        "沈阳市人民政府",
    ),
    (
        "Changchun e-government platform",
        "창춘 전자정부 플랫폼",
        "长春电子政务平台",
        PolicyArea::EGovernment,
        "changchun",
        ProjectStage::Mou,
        "长春市人民政府",
    ),
    (
        "Harbin waterworks training",
        "하얼빈 상수도 기술 연수",
        "哈尔滨供水技术培训",
        PolicyArea::Waterworks,
        "harbin",
        ProjectStage::Pilot,
        "哈尔滨市人民政府",
    ),
    (
        "Dalian air-quality monitoring",
        "다롄 대기질 측정망",
        "大连空气质量监测",
        PolicyArea::Environment,
        "dalian",
        ProjectStage::Proposal,
        "大连市人民政府",
    ),
    (
        "Yanji old-town regeneration",
        "옌지 구도심 재생",
        "延吉老城区更新",
        PolicyArea::UrbanPlanningHousing,
        "yanji",
        ProjectStage::Idea,
        "延边大学",
    ),
    (
        "Mudanjiang sewage plant upgrade",
        "무단장 하수처리장 개선",
        "牡丹江污水处理厂改造",
        PolicyArea::Sewage,
        "mudanjiang",
        ProjectStage::Done,
        "牡丹江市人民政府",
    ),
];

/// (from, to, kind, note): people by their sample number (1-based).
const TIES: &[(usize, usize, TieKind, &str)] = &[
    (
        5,
        6,
        TieKind::Introduced,
        "Introduced at the 2024 trade fair",
    ),
    (6, 3, TieKind::Introduced, "Hunchun border-trade zone"),
    (1, 9, TieKind::Classmate, "Jilin University"),
    (
        11,
        12,
        TieKind::Colleague,
        "Both at the Liaoning foreign affairs office, 2018–2022",
    ),
    (
        12,
        30,
        TieKind::Classmate,
        "Beijing Foreign Studies University",
    ),
    (14, 15, TieKind::Friend, ""),
    (
        16,
        15,
        TieKind::Classmate,
        "Dalian University of Technology",
    ),
    (17, 18, TieKind::Introduced, ""),
    (
        22,
        21,
        TieKind::Colleague,
        "Joint research on the Songhua river",
    ),
    (19, 24, TieKind::Superior, ""),
    (28, 27, TieKind::Colleague, "The Seoul Institute"),
    (2, 1, TieKind::Family, "Cousins"),
];

fn day(today: NaiveDate, days_ago: i64) -> NaiveDate {
    today - Duration::days(days_ago)
}

/// Adds the institutions and ties to the seeded sample (`ids`: the sample's
/// contacts in order).
pub async fn seed(store: &Store, officer_id: i32, ids: &[i32], today: NaiveDate) -> Result<()> {
    let person = |n: usize| ids[n - 1];
    for (index, (en, ko, zh, province, (y, m, d), members)) in COMMITTEES.iter().enumerate() {
        let place = store.resolve_place(province).await?;
        let committee = store
            .add_committee(NewCommittee {
                key: None,
                name_en: (*en).to_owned(),
                name_ko: (*ko).to_owned(),
                name_zh: (*zh).to_owned(),
                founded_on: NaiveDate::from_ymd_opt(*y, *m, *d),
                place_ids: vec![place.id],
            })
            .await?;
        for (n, role, side) in *members {
            store
                .add_committee_member(NewSeat {
                    committee_id: committee.id,
                    member: Member::Contact(person(*n)),
                    role: *role,
                    side: Some(*side),
                    joined_on: NaiveDate::from_ymd_opt(*y, *m, *d),
                    left_on: None,
                })
                .await?;
        }
        store
            .add_committee_member(NewSeat {
                committee_id: committee.id,
                member: Member::User(officer_id),
                role: CommitteeRole::Secretary,
                side: Some(Side::Seoul),
                joined_on: None,
                left_on: None,
            })
            .await?;
        let held = u32::try_from(index).unwrap_or(0);
        store
            .add_committee_meeting(NewMeeting {
                committee_id: committee.id,
                held_on: day(today, 40 + 55 * i64::from(held)),
                place_id: Some(place.id),
                agenda: Some(
                    [
                        "Youth exchange 2027; waterworks training",
                        "Smart-city cooperation; Seoul Club gathering in Shenyang",
                        "Winter tourism; sewage plant results",
                    ][index % 3]
                        .to_owned(),
                ),
                minutes: Some("Both sides agreed to meet again next year in Seoul.".to_owned()),
                attendee_ids: members.iter().map(|(n, _, _)| person(*n)).collect(),
                tz: chrono_tz::Asia::Seoul,
            })
            .await?;
    }
    for (place, steps, signatory) in AGREEMENTS {
        let place = store.resolve_place(place).await?;
        let Some(((first, first_ago), later)) = steps.split_first().map(|(f, r)| (*f, r)) else {
            continue;
        };
        let agreement = store
            .add_agreement(NewAgreement {
                place_id: place.id,
                status: first,
                on: Some(day(today, first_ago)),
                signatory_ids: signatory.map(person).into_iter().collect(),
                document: Some(format!("IR-{}-{:03}", place.key, place.id)),
                note: None,
            })
            .await?;
        for (status, ago) in later {
            store
                .set_agreement_status(agreement.id, *status, Some(day(today, *ago)))
                .await?;
        }
    }
    let officer = store.find_user(&officer_id.to_string()).await?;
    for (index, (en, ko, zh, area, place, stage, org)) in PROJECTS.iter().enumerate() {
        let place = store.resolve_place(place).await?;
        let org = store.organization_named(org).await?;
        let started = day(today, 300 + 40 * i64::try_from(index).unwrap_or(0));
        let project = store
            .add_project(NewProject {
                title: (*en).to_owned(),
                title_ko: Some((*ko).to_owned()),
                title_zh: Some((*zh).to_owned()),
                areas: vec![*area],
                place_id: Some(place.id),
                organization_ids: vec![org.id],
                officer_user_id: Some(officer.id),
                stage: ProjectStage::Idea,
                on: Some(started),
                note: None,
            })
            .await?;
        // The stages it went through, to where it stands.
        let path: Vec<ProjectStage> = ProjectStage::ALL
            .iter()
            .copied()
            .skip(1)
            .take_while(|s| *s <= *stage)
            .filter(|s| *s != ProjectStage::Stopped)
            .collect();
        let steps = i64::try_from(path.len()).unwrap_or(1).max(1);
        for (n, step) in path.iter().enumerate() {
            let n = i64::try_from(n).unwrap_or(0) + 1;
            store
                .set_project_stage(
                    project.id,
                    *step,
                    Some(started + Duration::days(250 * n / steps)),
                )
                .await?;
        }
    }
    // Honours: the sample's honorary citizens and Seoul Club members.
    for (n, kind, ago) in [
        (4, HonorKind::HonoraryCitizen, 2100),
        (14, HonorKind::HonoraryCitizen, 1500),
        (24, HonorKind::HonoraryCitizen, 700),
        (32, HonorKind::HonoraryCitizen, 3000),
        (2, HonorKind::SeoulClub, 1200),
        (10, HonorKind::SeoulClub, 800),
        (14, HonorKind::SeoulClub, 1400),
        (23, HonorKind::SeoulClub, 600),
        (26, HonorKind::SeoulClub, 300),
    ] {
        store
            .add_honor(
                person(n),
                kind,
                Some(day(today, ago)),
                HonorStatus::Active,
                None,
            )
            .await?;
    }
    store
        .add_honor(
            person(31),
            HonorKind::Award,
            Some(day(today, 400)),
            HonorStatus::Active,
            Some("Seoul Peace Culture Award".to_owned()),
        )
        .await?;
    // Organizations within one another: each province's government and
    // its foreign affairs office.
    for (government, office, province) in [
        ("吉林省人民政府", "吉林省人民政府外事办公室", "jilin"),
        ("辽宁省人民政府", "辽宁省人民政府外事办公室", "liaoning"),
        (
            "黑龙江省人民政府",
            "黑龙江省人民政府外事办公室",
            "heilongjiang",
        ),
    ] {
        let place = store.resolve_place(province).await?;
        // The government is new here, though its office's name contains it.
        let parent = match store.resolve_organization(government).await {
            Ok(org) => org,
            Err(_) => {
                store
                    .add_organization(OrganizationFields::default().with_name(government))
                    .await?
            }
        };
        let parent = store
            .change_organization(
                parent.id,
                OrganizationFields {
                    kind: Some(OrganizationKind::Government),
                    place_id: Some(place.id),
                    ..OrganizationFields::default()
                },
            )
            .await?;
        let child = store.organization_named(office).await?;
        store
            .change_organization(
                child.id,
                OrganizationFields {
                    kind: Some(OrganizationKind::Government),
                    place_id: Some(place.id),
                    parent_id: Some(parent.id),
                    ..OrganizationFields::default()
                },
            )
            .await?;
    }
    // A career: 周涛 came to Shenyang from the Liaoning foreign affairs office.
    let office = store.organization_named("辽宁省人民政府外事办公室").await?;
    store
        .add_position(NewPosition {
            contact_id: person(11),
            organization_id: office.id,
            title: Some("处长".to_owned()),
            from: Some(day(today, 3000)),
            to: Some(day(today, 1400)),
            end_current: false,
            today,
        })
        .await?;
    for (from, to, kind, note) in TIES {
        store
            .add_tie(NewTie {
                from: person(*from),
                to: person(*to),
                kind: *kind,
                note: (!note.is_empty()).then(|| (*note).to_owned()),
                recorded_by: Some(officer_id),
            })
            .await?;
    }
    Ok(())
}
