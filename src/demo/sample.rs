//! Fictional sample data for `inmaek demo`: 32 people across every
//! category and the three provinces, names in several scripts, their
//! organizations and a year of interactions — some relationships in touch,
//! some due, some overdue. Every person here is invented.

use chrono::Duration;

use crate::domain::Lang;
use crate::domain::keys::{Category, InteractionKind, NameForm, PolicyArea, Track};
use crate::domain::names::PersonName;
use crate::store::contacts::NewContact;
use crate::store::interactions::{NewFollowUp, NewInteraction};
use crate::store::{Result, Store};

/// hangul, hanzi, latin, categories, place, organization, title, language.
type Person = (
    &'static str,
    &'static str,
    &'static str,
    &'static [Category],
    &'static str,
    &'static str,
    &'static str,
    Lang,
);

use Category::*;
const PEOPLE: &[Person] = &[
    (
        "김영남",
        "金永男",
        "Jin Yongnan",
        &[Bridge, NextGenLeader],
        "yanji",
        "延边大学",
        "副教授",
        Lang::ZhCn,
    ),
    (
        "박춘화",
        "朴春花",
        "Piao Chunhua",
        &[Bridge, SeoulClub],
        "yanji",
        "延边朝鲜族自治州商会",
        "会长",
        Lang::Ko,
    ),
    (
        "리광호",
        "李光浩",
        "Li Guanghao",
        &[Bridge],
        "hunchun",
        "珲春市政府",
        "副市长",
        Lang::ZhCn,
    ),
    (
        "최미란",
        "崔美兰",
        "Cui Meilan",
        &[Bridge, HonoraryCitizen],
        "changchun",
        "吉林省朝鲜族企业家协会",
        "秘书长",
        Lang::Ko,
    ),
    (
        "왕웨이",
        "王伟",
        "Wang Wei",
        &[Official, NextGenLeader],
        "changchun",
        "长春市人民政府",
        "副市长",
        Lang::ZhCn,
    ),
    (
        "류양",
        "刘洋",
        "Liu Yang",
        &[Official],
        "jilin",
        "吉林省人民政府外事办公室",
        "处长",
        Lang::ZhCn,
    ),
    (
        "장민",
        "张敏",
        "Zhang Min",
        &[Official],
        "jilin_city",
        "吉林市人民政府",
        "外事办主任",
        Lang::ZhCn,
    ),
    (
        "천징",
        "陈静",
        "Chen Jing",
        &[Researcher],
        "changchun",
        "吉林省社会科学院",
        "研究员",
        Lang::ZhCn,
    ),
    (
        "자오레이",
        "赵磊",
        "Zhao Lei",
        &[Researcher, NextGenLeader],
        "changchun",
        "吉林大学",
        "教授",
        Lang::En,
    ),
    (
        "쑨리",
        "孙丽",
        "Sun Li",
        &[SeoulClub],
        "changchun",
        "一汽集团",
        "国际合作部部长",
        Lang::ZhCn,
    ),
    (
        "저우타오",
        "周涛",
        "Zhou Tao",
        &[Official, NextGenLeader],
        "shenyang",
        "沈阳市人民政府",
        "市长助理",
        Lang::ZhCn,
    ),
    (
        "우팡",
        "吴芳",
        "Wu Fang",
        &[Official],
        "liaoning",
        "辽宁省人民政府外事办公室",
        "副主任",
        Lang::ZhCn,
    ),
    (
        "정하이",
        "郑海",
        "Zheng Hai",
        &[Researcher],
        "shenyang",
        "辽宁社会科学院",
        "东北亚研究所所长",
        Lang::ZhCn,
    ),
    (
        "황샤오훙",
        "黄晓红",
        "Huang Xiaohong",
        &[HonoraryCitizen, SeoulClub],
        "dalian",
        "大连港集团",
        "副总经理",
        Lang::En,
    ),
    (
        "허젠궈",
        "何建国",
        "He Jianguo",
        &[Official],
        "dalian",
        "大连市人民政府",
        "副秘书长",
        Lang::ZhCn,
    ),
    (
        "린칭",
        "林青",
        "Lin Qing",
        &[NextGenLeader],
        "dalian",
        "大连理工大学",
        "副教授",
        Lang::En,
    ),
    (
        "김철수",
        "金哲洙",
        "Jin Zhezhu",
        &[Bridge],
        "dandong",
        "丹东市朝鲜族联合会",
        "会长",
        Lang::Ko,
    ),
    (
        "궈펑",
        "郭鹏",
        "Guo Peng",
        &[Official],
        "dandong",
        "丹东市人民政府",
        "外事办主任",
        Lang::ZhCn,
    ),
    (
        "마훙",
        "马红",
        "Ma Hong",
        &[Official, NextGenLeader],
        "harbin",
        "哈尔滨市人民政府",
        "副市长",
        Lang::ZhCn,
    ),
    (
        "후빈",
        "胡斌",
        "Hu Bin",
        &[Official],
        "heilongjiang",
        "黑龙江省人民政府外事办公室",
        "处长",
        Lang::ZhCn,
    ),
    (
        "가오쉐",
        "高雪",
        "Gao Xue",
        &[Researcher],
        "harbin",
        "黑龙江省社会科学院",
        "研究员",
        Lang::ZhCn,
    ),
    (
        "량천",
        "梁晨",
        "Liang Chen",
        &[Researcher, NextGenLeader],
        "harbin",
        "哈尔滨工业大学",
        "教授",
        Lang::En,
    ),
    (
        "한순자",
        "韩顺子",
        "Han Shunzi",
        &[Bridge, SeoulClub],
        "harbin",
        "黑龙江朝鲜民族出版社",
        "总编辑",
        Lang::Ko,
    ),
    (
        "쑹밍",
        "宋明",
        "Song Ming",
        &[HonoraryCitizen],
        "harbin",
        "哈尔滨冰雪大世界",
        "董事长",
        Lang::ZhCn,
    ),
    (
        "탕징",
        "唐静",
        "Tang Jing",
        &[Official],
        "mudanjiang",
        "牡丹江市人民政府",
        "副市长",
        Lang::ZhCn,
    ),
    (
        "펑위",
        "冯宇",
        "Feng Yu",
        &[SeoulClub, NextGenLeader],
        "mudanjiang",
        "牡丹江医学院",
        "院长助理",
        Lang::En,
    ),
    (
        "이서연",
        "",
        "Lee Seoyeon",
        &[Researcher],
        "seoul",
        "서울연구원",
        "연구위원",
        Lang::Ko,
    ),
    (
        "박지훈",
        "朴志勋",
        "Park Jihoon",
        &[Researcher],
        "seoul",
        "서울연구원",
        "선임연구위원",
        Lang::Ko,
    ),
    (
        "정민수",
        "",
        "Jung Minsu",
        &[Official],
        "seoul",
        "서울시 국제협력과",
        "주무관",
        Lang::Ko,
    ),
    (
        "위안훙",
        "袁红",
        "Yuan Hong",
        &[Official],
        "beijing",
        "北京市人民政府外事办公室",
        "处长",
        Lang::ZhCn,
    ),
    (
        "차이창",
        "蔡强",
        "Cai Qiang",
        &[Researcher, Bridge],
        "yanji",
        "延边大学朝鲜半岛研究院",
        "研究员",
        Lang::Ko,
    ),
    (
        "샤오훙메이",
        "肖红梅",
        "Xiao Hongmei",
        &[HonoraryCitizen],
        "shenyang",
        "沈阳音乐学院",
        "教授",
        Lang::ZhCn,
    ),
];

const NOTES: &[&str] = &[
    "Discussed the waterworks training programme for next spring.",
    "상수도 기술 연수 일정 협의",
    "讨论首尔—吉林青年交流项目",
    "Shared the Seoul e-government report; interest in the smart-city platform.",
    "하수도 정비 사업 제안서 설명",
    "交流城市交通管理经验",
    "Invited to the Northeast Asia peace forum in Seoul.",
    "서울클럽 모임 참석 감사 인사",
    "讨论环境合作与雾霾治理",
    "Follow-up on the sister-city exploration with Changchun.",
];

/// A small deterministic generator, so every demo database is the same.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below.max(1)
    }
}

/// Fills an empty database with the sample office. Returns the number of contacts.
pub async fn seed(store: &Store, officer: &str) -> Result<usize> {
    let officer_id = store.find_user(officer).await?.id;
    let mut ids = Vec::with_capacity(PEOPLE.len());
    let now = store.clock.now();
    // The demo officer's day (they are enrolled in Seoul), not UTC's.
    let today = now.with_timezone(&chrono_tz::Asia::Seoul).date_naive();
    let mut rng = Lcg(2026);
    for (index, (hangul, hanzi, latin, categories, place, org, title, lang)) in
        PEOPLE.iter().enumerate()
    {
        let mut names = Vec::new();
        for (form, value) in [
            (NameForm::Hangul, hangul),
            (NameForm::Hanzi, hanzi),
            (NameForm::Latin, latin),
        ] {
            if !value.is_empty() {
                names.push(PersonName::parse(form, value)?);
            }
        }
        let interests = [
            PolicyArea::ALL[index % 6],
            PolicyArea::ALL[(index * 5 + 2) % 6],
        ];
        let contact = store
            .add_contact(NewContact {
                names,
                categories: categories.to_vec(),
                interests: interests.to_vec(),
                organization: Some((*org).to_owned()),
                title: Some((*title).to_owned()),
                place: Some((*place).to_owned()),
                lang: Some(*lang),
                owner: (index % 3 != 2).then(|| officer.to_owned()),
                ..Default::default()
            })
            .await?;
        ids.push(contact.id);
        // The officer met the people they keep; the others were met by
        // colleagues no longer here (reachable through ties: see `path`).
        let met_by = (index % 3 != 2).then_some(officer_id);
        // A year of contact: some people every few weeks, some not for months.
        let meetings = 1 + rng.next(5);
        let last_gap = match index % 4 {
            0 => 5 + rng.next(20),    // in touch
            1 => 50 + rng.next(40),   // around due
            2 => 120 + rng.next(150), // overdue
            _ => 20 + rng.next(60),
        };
        for meeting in 0..meetings {
            // The latest meeting `last_gap` days ago, earlier ones spread over the year.
            let days_ago = last_gap + (365u64.saturating_sub(last_gap)) * meeting / meetings;
            let kind = InteractionKind::ALL[rng.next(6) as usize];
            let track = Track::ALL[rng.next(4) as usize];
            let occurred = today - Duration::days(i64::try_from(days_ago).unwrap_or(0));
            let follow_ups = if meeting == 0 && index % 5 == 0 {
                vec![NewFollowUp {
                    what: NOTES[(index + 3) % NOTES.len()].to_owned(),
                    due_on: today + Duration::days(i64::try_from(rng.next(20)).unwrap_or(0) - 5),
                    promised_by_seoul: true,
                }]
            } else {
                Vec::new()
            };
            store
                .log_interaction(NewInteraction {
                    occurred_at: occurred
                        .and_hms_opt(2 + rng.next(7) as u32, 0, 0)
                        .unwrap_or_default()
                        .and_utc()
                        .min(now),
                    kind,
                    contact_ids: vec![contact.id],
                    officer_ids: Vec::new(),
                    place: Some((*place).to_owned()),
                    note: Some(NOTES[rng.next(NOTES.len() as u64) as usize].to_owned()),
                    track: Some(track),
                    topics: vec![interests[meeting as usize % 2]],
                    logged_by: met_by,
                    follow_ups,
                })
                .await?;
        }
    }
    super::institutions::seed(store, officer_id, &ids, today).await?;
    Ok(PEOPLE.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_covers_every_category_and_the_three_provinces() {
        assert!(PEOPLE.len() >= 30);
        for category in Category::ALL {
            assert!(PEOPLE.iter().any(|p| p.3.contains(category)), "{category}");
        }
        let provinces = [
            ["jilin", "changchun", "jilin_city", "yanji", "hunchun"].as_slice(),
            ["liaoning", "shenyang", "dalian", "dandong"].as_slice(),
            ["heilongjiang", "harbin", "mudanjiang"].as_slice(),
        ];
        for places in provinces {
            assert!(PEOPLE.iter().filter(|p| places.contains(&p.4)).count() >= 5);
        }
    }
}
