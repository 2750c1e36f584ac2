//! Contacts as flat records for the CSV and vCard exports.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::entity::{
    app_user, contact, contact_category, contact_interest, contact_name, organization, place,
    position,
};
use super::{Result, Store};
use crate::domain::keys::{Category, HonorKind, HonorStatus, PolicyArea};
use crate::domain::names::PersonName;

/// One contact with what the CSV columns and vCard properties carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRecord {
    pub id: i32,
    pub names: Vec<PersonName>,
    pub categories: Vec<Category>,
    pub interests: Vec<PolicyArea>,
    pub organization: Option<String>,
    pub title: Option<String>,
    pub place_key: Option<String>,
    pub lang: Option<String>,
    pub telegram: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub cadence_days: Option<i32>,
    pub owner: Option<String>,
    pub notes: Option<String>,
    pub birthday: Option<chrono::NaiveDate>,
    pub birthday_lunar: bool,
    /// The earliest active honorary citizenship, and Seoul Club membership.
    pub honorary_citizen_on: Option<chrono::NaiveDate>,
    pub seoul_club_since: Option<chrono::NaiveDate>,
}

/// The day a contact's active honour of `kind` was conferred (the
/// earliest, if several); `None` without one — or with one of no known day,
/// which a CSV cannot tell apart.
fn honored(
    honors: &[super::entity::honor::Model],
    contact_id: i32,
    kind: HonorKind,
) -> Option<chrono::NaiveDate> {
    honors
        .iter()
        .filter(|h| h.contact_id == contact_id && h.kind == kind)
        .filter_map(|h| h.conferred_on)
        .min()
}

impl Store {
    /// Every contact as a record, by id (the current position: the first
    /// one without an end date).
    pub async fn contact_records(&self) -> Result<Vec<ContactRecord>> {
        let db = &self.db;
        let mut names: HashMap<i32, Vec<PersonName>> = HashMap::new();
        for row in contact_name::Entity::find()
            .order_by_asc(contact_name::Column::Id)
            .all(db)
            .await?
        {
            names.entry(row.contact_id).or_default().push(PersonName {
                form: row.form,
                value: row.value,
                family_name_first: row.family_name_first,
            });
        }
        let mut categories: HashMap<i32, Vec<Category>> = HashMap::new();
        for row in contact_category::Entity::find().all(db).await? {
            let category = row.category;
            categories.entry(row.contact_id).or_default().push(category);
        }
        let mut interests: HashMap<i32, Vec<PolicyArea>> = HashMap::new();
        for row in contact_interest::Entity::find().all(db).await? {
            interests
                .entry(row.contact_id)
                .or_default()
                .push(row.policy_area);
        }
        let organizations: HashMap<i32, organization::Model> = organization::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        let mut positions: HashMap<i32, position::Model> = HashMap::new();
        for row in position::Entity::find()
            .order_by_asc(position::Column::Id)
            .all(db)
            .await?
        {
            if row.ended_on.is_none() {
                positions.entry(row.contact_id).or_insert(row);
            }
        }
        let places: HashMap<i32, String> = place::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|p| (p.id, p.key))
            .collect();
        let users: HashMap<i32, String> = app_user::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect();
        let contacts = contact::Entity::find()
            .order_by_asc(contact::Column::Id)
            .all(db)
            .await?;
        let honors = super::entity::honor::Entity::find()
            .filter(super::entity::honor::Column::Status.eq(HonorStatus::Active.key()))
            .all(db)
            .await?;
        Ok(contacts
            .into_iter()
            .map(|c| {
                let mut contact_categories = categories.remove(&c.id).unwrap_or_default();
                contact_categories.sort();
                let mut contact_interests = interests.remove(&c.id).unwrap_or_default();
                contact_interests.sort();
                let position = positions.get(&c.id);
                let org = position.and_then(|p| organizations.get(&p.organization_id));
                ContactRecord {
                    id: c.id,
                    names: names.remove(&c.id).unwrap_or_default(),
                    categories: contact_categories,
                    interests: contact_interests,
                    organization: org.map(|o| {
                        o.name_ko
                            .clone()
                            .or(o.name_zh.clone())
                            .or(o.name_en.clone())
                            .unwrap_or_default()
                    }),
                    title: position.and_then(|p| p.title.clone()),
                    place_key: c.place_id.and_then(|id| places.get(&id).cloned()),
                    lang: c.lang.map(|lang| lang.tag().to_owned()),
                    telegram: c.telegram,
                    email: c.email,
                    phone: c.phone,
                    cadence_days: c.cadence_days,
                    owner: c.owner_user_id.and_then(|id| users.get(&id).cloned()),
                    notes: c.notes,
                    birthday: c.birthday,
                    birthday_lunar: c.birthday_lunar,
                    honorary_citizen_on: honored(&honors, c.id, HonorKind::HonoraryCitizen),
                    seoul_club_since: honored(&honors, c.id, HonorKind::SeoulClub),
                }
            })
            .collect())
    }
}

/// A record with every field and the characters that break naive
/// formats (commas, semicolons, backslashes, new lines), for round trips.
#[cfg(test)]
pub(crate) fn odd_record() -> ContactRecord {
    ContactRecord {
        id: 7,
        names: vec![
            PersonName::parse(crate::domain::keys::NameForm::Hangul, "김영남").unwrap(),
            PersonName::parse(crate::domain::keys::NameForm::Latin, "Jin Yongnan").unwrap(),
            PersonName::parse(crate::domain::keys::NameForm::Alias, "Kim, Jr.").unwrap(),
            PersonName::parse(crate::domain::keys::NameForm::Alias, "A;B").unwrap(),
            PersonName::parse(crate::domain::keys::NameForm::Alias, "back\\slash").unwrap(),
        ],
        categories: vec![Category::Bridge, Category::Official],
        interests: vec![PolicyArea::Waterworks, PolicyArea::Sewage],
        organization: Some("延边大学, 外事处".into()),
        title: Some("교수; 처장".into()),
        place_key: Some("yanji".into()),
        lang: Some("zh-CN".into()),
        telegram: None,
        email: Some("kim@example.org".into()),
        phone: Some("+86 433 000 0001".into()),
        cadence_days: Some(45),
        owner: Some("Demo Officer".into()),
        notes: Some("line one\nline two; with = and , commas".into()),
        birthday: chrono::NaiveDate::from_ymd_opt(1968, 8, 15),
        birthday_lunar: true,
        honorary_citizen_on: chrono::NaiveDate::from_ymd_opt(2019, 10, 1),
        seoul_club_since: chrono::NaiveDate::from_ymd_opt(2021, 3, 2),
    }
}

/// Asserts that `contact`, read back from an export of `odd_record()`,
/// carries every field of it (the owner as a name, the place as its key).
#[cfg(test)]
pub(crate) fn assert_round_trip(contact: &super::contacts::NewContact, text: &str) {
    let record = odd_record();
    let names: Vec<&str> = contact.names.iter().map(|n| n.value.as_str()).collect();
    assert_eq!(
        names,
        ["김영남", "Jin Yongnan", "Kim, Jr.", "A;B", "back\\slash"],
        "{text}"
    );
    assert_eq!(contact.interests, record.interests);
    assert_eq!(contact.categories, record.categories);
    assert_eq!(contact.organization, record.organization);
    assert_eq!(contact.title, record.title);
    assert_eq!(contact.notes, record.notes);
    assert_eq!(contact.owner, record.owner);
    assert_eq!(contact.place, record.place_key);
    assert_eq!(
        contact.cadence.map(|c| i32::from(c.days())),
        record.cadence_days
    );
}
