//! Reference data: places, organizations, and the default cadence per category.

use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, QueryOrder};

use super::entity::{organization, place};
use super::records::{Organization, Place};
use super::{Result, Store};
use crate::domain::keys::OrganizationKind;
use crate::domain::names::search_key;
use crate::domain::{Error, Lang};

/// The name of a place for a reader of `lang`.
pub fn place_name(place: &Place, lang: Lang) -> &str {
    match lang {
        Lang::Ko => &place.name_ko,
        Lang::ZhCn => &place.name_zh,
        Lang::En => &place.name_en,
    }
}

/// A place's name for a reader of `lang`, followed by its other names:
/// "Harbin (哈尔滨 / 하얼빈 / 합이빈)".
pub fn place_with_other_names(place: &Place, lang: Lang) -> String {
    let shown = place_name(place, lang);
    let mut others: Vec<&str> = Vec::new();
    for name in [
        &place.name_zh,
        &place.name_ko,
        &place.name_ko_hanja,
        &place.name_en,
    ] {
        if name != shown && !others.contains(&name.as_str()) {
            others.push(name);
        }
    }
    format!("{shown} ({})", others.join(" / "))
}

/// The name of an organization for a reader of `lang`, falling back on the others.
pub fn organization_name(org: &Organization, lang: Lang) -> &str {
    let order = match lang {
        Lang::Ko => [&org.name_ko, &org.name_zh, &org.name_en],
        Lang::ZhCn => [&org.name_zh, &org.name_ko, &org.name_en],
        Lang::En => [&org.name_en, &org.name_ko, &org.name_zh],
    };
    order
        .into_iter()
        .flatten()
        .next()
        .map_or("", String::as_str)
}

/// How well `query` names `place`: 0 for its key or a full name, 1 for a
/// name without its administrative suffix (吉林 for 吉林省, 지린 for 지린성).
fn place_match_rank(place: &Place, query: &str) -> Option<u8> {
    let names = [
        &place.name_en,
        &place.name_zh,
        &place.name_ko,
        &place.name_ko_hanja,
    ];
    if search_key(&place.key) == query || names.iter().any(|name| search_key(name) == query) {
        return Some(0);
    }
    let query = strip_suffix(query);
    names
        .iter()
        .any(|name| strip_suffix(&search_key(name)) == query)
        .then_some(1)
}

/// A folded place name without its administrative suffix.
fn strip_suffix(key: &str) -> &str {
    ["省", "市", "성", "시", "province", "city"]
        .iter()
        .find_map(|suffix| key.strip_suffix(suffix))
        .unwrap_or(key)
}

impl Store {
    pub async fn places(&self) -> Result<Vec<Place>> {
        Ok(super::records::records(
            place::Entity::find()
                .order_by_asc(place::Column::Id)
                .all(&self.db)
                .await?,
        ))
    }

    /// Every place by id (for labels in lists and messages).
    pub async fn places_by_id(&self) -> Result<std::collections::HashMap<i32, Place>> {
        Ok(self
            .places()
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect())
    }

    /// The places `place_ids` cover: themselves and every place within
    /// them (a province's cities and their districts), sorted.
    pub async fn places_within(&self, place_ids: &[i32]) -> Result<Vec<i32>> {
        let all = self.places().await?;
        let mut within: Vec<i32> = place_ids.to_vec();
        // Breadth first, level by level; reference places nest a few levels.
        let mut frontier = within.clone();
        while !frontier.is_empty() {
            frontier = all
                .iter()
                .filter(|p| p.parent_id.is_some_and(|parent| frontier.contains(&parent)))
                .map(|p| p.id)
                .filter(|id| !within.contains(id))
                .collect();
            within.extend(&frontier);
        }
        Ok(super::sorted_unique(&within))
    }

    /// Finds a place by its key or any of its names in any script
    /// (Liaoning, 辽宁省, 랴오닝성, 요녕성, 辽宁 …). Where a short name fits a
    /// province and a city (吉林), the province wins.
    pub async fn resolve_place(&self, query: &str) -> Result<Place> {
        let key = search_key(query);
        let mut matches: Vec<(u8, bool, Place)> = self
            .places()
            .await?
            .into_iter()
            .filter_map(|place| {
                place_match_rank(&place, &key).map(|rank| (rank, place.kind != "province", place))
            })
            .collect();
        matches.sort_by_key(|(rank, not_province, place)| (*rank, *not_province, place.id));
        matches
            .into_iter()
            .next()
            .map(|(_, _, place)| place)
            .ok_or_else(|| Error::UnknownPlace(query.trim().to_owned()).into())
    }

    /// Creates an organization, its name filed under the script it is
    /// written in (callers look it up first: see `contacts::Resolver`).
    pub(crate) async fn create_organization(
        &self,
        conn: &impl ConnectionTrait,
        name: &str,
    ) -> Result<Organization> {
        let name = name.trim().to_owned();
        let has_hangul = name.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
        let has_han = name.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
        let (name_ko, name_zh, name_en) = match (has_hangul, has_han) {
            (true, _) => (Some(name), None, None),
            (false, true) => (None, Some(name), None),
            (false, false) => (None, None, Some(name)),
        };
        let org = organization::ActiveModel {
            name_ko: Set(name_ko),
            name_zh: Set(name_zh),
            name_en: Set(name_en),
            kind: Set(OrganizationKind::Other),
            place_id: Set(None),
            created_at: Set(self.clock.now()),
            ..Default::default()
        };
        Ok((organization::Entity::insert(org)
            .exec_with_returning(conn)
            .await?)
            .into())
    }
}

/// Sets one `meta` value (a version of derived data), in the caller's
/// transaction.
pub(crate) async fn set_meta(
    conn: &impl sea_orm::ConnectionTrait,
    key: &str,
    value: &str,
) -> Result<()> {
    use sea_orm::sea_query::OnConflict;
    use sea_orm::{ActiveValue::Set, EntityTrait};
    super::entity::meta::Entity::insert(super::entity::meta::ActiveModel {
        key: Set(key.to_owned()),
        value: Set(value.to_owned()),
    })
    .on_conflict(
        OnConflict::column(super::entity::meta::Column::Key)
            .update_column(super::entity::meta::Column::Value)
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn liaoning() -> Place {
        crate::store::entity::place::Model {
            id: 2,
            key: "liaoning".into(),
            kind: "province".into(),
            parent_id: None,
            country: "CN".into(),
            name_en: "Liaoning".into(),
            name_zh: "辽宁省".into(),
            name_ko: "랴오닝성".into(),
            name_ko_hanja: "요녕성".into(),
            strategic: false,
        }
        .into()
    }

    #[test]
    fn a_province_is_found_by_every_script_with_or_without_its_suffix() {
        let place = liaoning();
        for query in [
            "liaoning",
            "LIAONING",
            "辽宁省",
            "辽宁",
            "랴오닝성",
            "랴오닝",
            "요녕성",
            "요녕",
            "Liaoning Province",
        ] {
            assert!(
                place_match_rank(&place, &search_key(query)).is_some(),
                "{query}"
            );
        }
        assert_eq!(place_match_rank(&place, &search_key("jilin")), None);
    }
}
