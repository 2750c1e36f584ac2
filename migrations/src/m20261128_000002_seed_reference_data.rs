//! Reference data: the places of DOMAIN.md (with both Korean readings and
//! their parent province) and the default keep-in-touch cadence per contact
//! category. Data, not code: later migrations add more places the same way.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// key, kind, parent key, country, English, Chinese, Korean transliteration,
/// Korean Hanja reading, strategic target city (the report's three).
type PlaceRow = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    bool,
);

const PLACES: &[PlaceRow] = &[
    (
        "jilin",
        "province",
        None,
        "CN",
        "Jilin",
        "吉林省",
        "지린성",
        "길림성",
        false,
    ),
    (
        "liaoning",
        "province",
        None,
        "CN",
        "Liaoning",
        "辽宁省",
        "랴오닝성",
        "요녕성",
        false,
    ),
    (
        "heilongjiang",
        "province",
        None,
        "CN",
        "Heilongjiang",
        "黑龙江省",
        "헤이룽장성",
        "흑룡강성",
        false,
    ),
    (
        "changchun",
        "city",
        Some("jilin"),
        "CN",
        "Changchun",
        "长春",
        "창춘",
        "장춘",
        true,
    ),
    (
        "harbin",
        "city",
        Some("heilongjiang"),
        "CN",
        "Harbin",
        "哈尔滨",
        "하얼빈",
        "합이빈",
        true,
    ),
    (
        "shenyang",
        "city",
        Some("liaoning"),
        "CN",
        "Shenyang",
        "沈阳",
        "선양",
        "심양",
        true,
    ),
    (
        "dalian",
        "city",
        Some("liaoning"),
        "CN",
        "Dalian",
        "大连",
        "다롄",
        "대련",
        false,
    ),
    (
        "dandong",
        "city",
        Some("liaoning"),
        "CN",
        "Dandong",
        "丹东",
        "단둥",
        "단동",
        false,
    ),
    (
        "jilin_city",
        "city",
        Some("jilin"),
        "CN",
        "Jilin City",
        "吉林市",
        "지린시",
        "길림시",
        false,
    ),
    (
        "yanji",
        "city",
        Some("jilin"),
        "CN",
        "Yanji",
        "延吉",
        "옌지",
        "연길",
        false,
    ),
    (
        "hunchun",
        "city",
        Some("jilin"),
        "CN",
        "Hunchun",
        "珲春",
        "훈춘",
        "혼춘",
        false,
    ),
    (
        "mudanjiang",
        "city",
        Some("heilongjiang"),
        "CN",
        "Mudanjiang",
        "牡丹江",
        "무단장",
        "목단강",
        false,
    ),
    (
        "seoul", "city", None, "KR", "Seoul", "首尔", "서울", "서울", false,
    ),
    (
        "beijing",
        "city",
        None,
        "CN",
        "Beijing",
        "北京",
        "베이징",
        "북경",
        false,
    ),
    (
        "pyongyang",
        "city",
        None,
        "KP",
        "Pyongyang",
        "平壤",
        "평양",
        "평양",
        false,
    ),
];

/// The default cadence in days per contact category: next-generation
/// leaders are the report's first priority, researchers the least urgent.
const CADENCES: &[(&str, i32)] = &[
    ("next_gen_leader", 45),
    ("bridge", 60),
    ("official", 60),
    ("honorary_citizen", 90),
    ("seoul_club", 90),
    ("researcher", 120),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (key, kind, parent, country, en, zh, ko, hanja, strategic) in PLACES {
            // Parents come first in PLACES, so they are found here.
            let parent_id: Option<i32> = match parent {
                Some(parent) => {
                    let select = Query::select()
                        .column("id")
                        .from("place")
                        .and_where(Expr::col("key").eq(*parent))
                        .to_owned();
                    let row = db.query_one(&select).await?;
                    Some(
                        row.ok_or_else(|| DbErr::Custom(format!("parent place {parent} missing")))?
                            .try_get("", "id")?,
                    )
                }
                None => None,
            };
            let insert = Query::insert()
                .into_table("place")
                .columns([
                    "key",
                    "kind",
                    "parent_id",
                    "country",
                    "name_en",
                    "name_zh",
                    "name_ko",
                    "name_ko_hanja",
                    "strategic",
                ])
                .values_panic([
                    (*key).into(),
                    (*kind).into(),
                    parent_id.into(),
                    (*country).into(),
                    (*en).into(),
                    (*zh).into(),
                    (*ko).into(),
                    (*hanja).into(),
                    (*strategic).into(),
                ])
                .to_owned();
            db.execute(&insert).await?;
        }
        for (category, days) in CADENCES {
            let insert = Query::insert()
                .into_table("category_cadence")
                .columns(["category", "days"])
                .values_panic([(*category).into(), (*days).into()])
                .to_owned();
            db.execute(&insert).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute(&Query::delete().from_table("category_cadence").to_owned())
            .await?;
        // Children before parents.
        db.execute(
            &Query::delete()
                .from_table("place")
                .and_where(Expr::col("parent_id").is_not_null())
                .to_owned(),
        )
        .await?;
        db.execute(&Query::delete().from_table("place").to_owned())
            .await?;
        Ok(())
    }
}
