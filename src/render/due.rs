//! A due item — a relationship falling due or a follow-up — for every
//! face: the bot's morning digest, `/due` and the follow-up reminder
//! (`keep::render`, Telegram HTML) and the console's due page. The order
//! (most urgent first, grouped by province and city) is decided here once.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::Lang;
use crate::domain::contact::excerpt;
use crate::domain::names::{PersonName, display_name};
use crate::i18n;
use crate::store::contacts::ContactRow;
use crate::store::keep::{DueList, FollowUpRow};
use crate::store::records::Place;
use crate::store::reference::place_name;

use super::{Words, health_text};

/// How much of a follow-up's text an item quotes.
pub const WHAT_EXCERPT: usize = 300;

/// Where an item stands in a due list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueSection {
    /// The officer's own relationships.
    Mine,
    /// Follow-ups falling due.
    FollowUps,
    /// Due relationships nobody owns.
    Unowned,
}

/// One due item in words (unescaped; each face escapes for its medium).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    pub section: DueSection,
    pub contact_id: i32,
    /// The follow-up's id; `None` for a relationship.
    pub follow_up: Option<i32>,
    /// The contact's name in the reader's language.
    pub name: String,
    /// A relationship's place, and its city as a heading
    /// (`Liaoning › Shenyang`, or "no place").
    pub place_id: Option<i32>,
    pub city: String,
    /// A relationship's health in words, or the follow-up's text (cut).
    pub detail: String,
    /// A follow-up's due date, how many days late it is (0 or less: not
    /// late), and whether Seoul promised it.
    pub due_on: Option<NaiveDate>,
    pub late_days: i64,
    pub promised: bool,
}

impl DueItem {
    /// A relationship falling due.
    pub fn contact(
        words: &Words,
        section: DueSection,
        row: &ContactRow,
        places: &HashMap<i32, Place>,
    ) -> Self {
        let lang = words.lang;
        Self {
            section,
            contact_id: row.id,
            follow_up: None,
            name: contact_name(lang, &row.names, row.id),
            place_id: row.place_id,
            city: city(lang, row.place_id, places),
            detail: health_text(words, row.health),
            due_on: None,
            late_days: 0,
            promised: false,
        }
    }

    /// A follow-up falling due (or late) as of `today`.
    pub fn follow_up(lang: Lang, row: &FollowUpRow, today: NaiveDate) -> Self {
        let f = &row.follow_up;
        Self {
            section: DueSection::FollowUps,
            contact_id: f.contact_id,
            follow_up: Some(f.id),
            name: contact_name(lang, &row.names, f.contact_id),
            place_id: None,
            city: String::new(),
            detail: excerpt(&f.what, WHAT_EXCERPT),
            due_on: Some(f.due_on),
            late_days: (today - f.due_on).num_days(),
            promised: f.promised_by_seoul,
        }
    }
}

/// Every item of `list`, in `/due`'s order: the officer's relationships,
/// their follow-ups falling due, then the due relationships nobody owns.
pub fn due_items(words: &Words, list: &DueList, places: &HashMap<i32, Place>) -> Vec<DueItem> {
    let (lang, today) = (words.lang, words.today);
    let contacts = |rows, section| {
        in_digest_order(rows, places)
            .into_iter()
            .map(move |row| DueItem::contact(words, section, row, places))
    };
    contacts(&list.owned, DueSection::Mine)
        .chain(
            list.follow_ups
                .iter()
                .map(|row| DueItem::follow_up(lang, row, today)),
        )
        .chain(contacts(&list.unowned, DueSection::Unowned))
        .collect()
}

/// A contact's name in `lang`, or its number.
pub fn contact_name(lang: Lang, names: &[PersonName], id: i32) -> String {
    display_name(names, lang).map_or_else(|| format!("#{id}"), |n| n.value.clone())
}

/// Most urgent first: overdue before due, the longer the more urgent.
fn urgency(row: &ContactRow) -> (u8, i64, i32) {
    let (rank, at) = row.health.urgency();
    (rank, at, row.id)
}

/// The province a place lies in (itself when it is one); `None` without a place.
fn province_of(place_id: Option<i32>, places: &HashMap<i32, Place>) -> Option<i32> {
    let mut id = place_id?;
    // Reference places nest a few levels at most; the bound guards a cycle.
    for _ in 0..8 {
        match places.get(&id).and_then(|p| p.parent_id) {
            Some(parent) => id = parent,
            None => break,
        }
    }
    Some(id)
}

/// Rows most urgent first, grouped by province and, inside it, by city: a
/// province's group comes where its most urgent relationship would, and so
/// does each city's inside it; contacts without a place come last.
pub fn in_digest_order<'a>(
    rows: &'a [ContactRow],
    places: &HashMap<i32, Place>,
) -> Vec<&'a ContactRow> {
    let mut sorted: Vec<&ContactRow> = rows.iter().collect();
    sorted.sort_by_key(|row| urgency(row));
    type Cities<'r> = Vec<(Option<i32>, Vec<&'r ContactRow>)>;
    let mut groups: Vec<(Option<i32>, Cities<'a>)> = Vec::new();
    for row in sorted {
        let province = province_of(row.place_id, places);
        let index = match groups.iter().position(|(p, _)| *p == province) {
            Some(index) => index,
            None => {
                groups.push((province, Vec::new()));
                groups.len() - 1
            }
        };
        let cities = &mut groups[index].1;
        match cities.iter_mut().find(|(place, _)| *place == row.place_id) {
            Some((_, members)) => members.push(row),
            None => cities.push((row.place_id, vec![row])),
        }
    }
    groups.sort_by_key(|(province, _)| province.is_none());
    groups
        .into_iter()
        .flat_map(|(_, cities)| cities.into_iter().flat_map(|(_, members)| members))
        .collect()
}

/// A place as a heading: the city with its province (`Liaoning › Shenyang`),
/// or the province alone.
fn city(lang: Lang, place_id: Option<i32>, places: &HashMap<i32, Place>) -> String {
    let Some(place) = place_id.and_then(|id| places.get(&id)) else {
        return i18n::t(lang, "due-no-place");
    };
    match province_of(Some(place.id), places)
        .filter(|id| *id != place.id)
        .and_then(|id| places.get(&id))
    {
        Some(province) => format!(
            "{} › {}",
            place_name(province, lang),
            place_name(place, lang)
        ),
        None => place_name(place, lang).to_owned(),
    }
}
