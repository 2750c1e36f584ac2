//! One renderer per keep-in-touch message: the daily digest, the `/due`
//! list and the follow-up reminder share item lines and item buttons.

use std::collections::HashMap;

use chrono::NaiveDate;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::domain::Lang;
use crate::domain::cadence::Health;
use crate::domain::contact::excerpt;
use crate::domain::names::{PersonName, display_name};
use crate::i18n;
use crate::store::contacts::ContactRow;
use crate::store::keep::{DueList, FollowUpRow};
use crate::store::records::{Place, User};
use crate::store::reference::place_name;

/// Relationships a digest shows with buttons; the rest are counted.
pub const DIGEST_CONTACTS: usize = 8;
/// Follow-ups a digest shows with buttons.
pub const DIGEST_FOLLOW_UPS: usize = 5;
/// Relationships per page of `/due`.
pub const DUE_PAGE: usize = 8;
/// How much of a follow-up's text a reminder quotes.
const WHAT_EXCERPT: usize = 300;

/// A rendered message: Telegram HTML and its buttons.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub text: String,
    pub keyboard: InlineKeyboardMarkup,
    /// The contacts it shows, for the access log.
    pub about: Vec<i32>,
}

impl Rendered {
    /// The outbox row that delivers this to `user` (none if the user has
    /// no Telegram account).
    pub fn to(
        self,
        user: &User,
        kind: &'static str,
        dedupe_key: String,
        not_before: chrono::DateTime<chrono::Utc>,
    ) -> Option<crate::store::outbox::NewMessage> {
        Some(crate::store::outbox::NewMessage {
            user_id: user.id,
            chat_id: user.telegram_user_id?,
            kind,
            dedupe_key,
            text: self.text,
            keyboard: serde_json::to_string(&self.keyboard).ok(),
            about: self.about,
            not_before,
        })
    }
}

/// The language to write to `user` in.
pub fn lang_of(user: &User, _default: Lang) -> Lang {
    user.lang
}

/// What a digest or `/due` line is about; its buttons carry it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Contact(i32),
    FollowUp(i32),
}

impl Item {
    /// `c12` or `f7`, as in callback data `k:s:c12`.
    pub fn code(self) -> String {
        match self {
            Item::Contact(id) => format!("c{id}"),
            Item::FollowUp(id) => format!("f{id}"),
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        let (kind, id) = code.split_at_checked(1)?;
        let id: i32 = id.parse().ok().filter(|id| *id > 0)?;
        match kind {
            "c" => Some(Item::Contact(id)),
            "f" => Some(Item::FollowUp(id)),
            _ => None,
        }
    }
}

/// The actions of an item's buttons.
pub const ACTIONS: [(&str, &str); 4] = [
    ("l", "due-btn-log"),
    ("s", "due-btn-snooze"),
    ("d", "due-btn-done"),
    ("h", "due-btn-handover"),
];

/// Callback data of an action on an item: `k:{action}:{item}`.
pub fn item_data(action: &str, item: Item) -> String {
    format!("k:{action}:{}", item.code())
}

/// The row of buttons under item `number`.
pub fn item_row(lang: Lang, number: usize, item: Item) -> Vec<InlineKeyboardButton> {
    ACTIONS
        .iter()
        .map(|(action, key)| {
            InlineKeyboardButton::callback(
                i18n::t_args(lang, key, &[("n", number.into())]),
                item_data(action, item),
            )
        })
        .collect()
}

/// The health of a relationship in words.
pub use crate::render::health_text;

/// Most urgent first: overdue before due, the longer the more urgent.
fn urgency(row: &ContactRow) -> (u8, i64, i32) {
    match row.health {
        Health::Overdue {
            days_since_baseline,
        } => (0, -days_since_baseline, row.id),
        Health::Due { days_since_due } => (1, -days_since_due, row.id),
        Health::Ok { due_in_days } => (2, due_in_days, row.id),
    }
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

fn name_of(names: &[PersonName], lang: Lang, id: i32) -> String {
    display_name(names, lang).map_or_else(|| format!("#{id}"), |n| n.value.clone())
}

use crate::render::html::escape as esc;

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

/// Lines for relationships `rows` numbered from `first`, with a city
/// heading whenever the city changes; and their button rows.
fn contact_lines(
    lang: Lang,
    rows: &[&ContactRow],
    first: usize,
    places: &HashMap<i32, Place>,
    lines: &mut Vec<String>,
    buttons: &mut Vec<Vec<InlineKeyboardButton>>,
) {
    let mut current: Option<Option<i32>> = None;
    for (offset, row) in rows.iter().enumerate() {
        if current != Some(row.place_id) {
            current = Some(row.place_id);
            lines.push(i18n::t_args(
                lang,
                "due-city",
                &[("city", esc(&city(lang, row.place_id, places)).into())],
            ));
        }
        let number = first + offset;
        lines.push(i18n::t_args(
            lang,
            "due-item",
            &[
                ("n", number.into()),
                ("name", esc(&name_of(&row.names, lang, row.id)).into()),
                ("health", health_text(lang, row.health).into()),
            ],
        ));
        buttons.push(item_row(lang, number, Item::Contact(row.id)));
    }
}

fn follow_up_line(lang: Lang, number: usize, row: &FollowUpRow, today: NaiveDate) -> String {
    let key = match (
        row.follow_up.due_on < today,
        row.follow_up.promised_by_seoul,
    ) {
        (true, true) => "due-follow-up-overdue-promised",
        (true, false) => "due-follow-up-overdue",
        (false, true) => "due-follow-up-promised",
        (false, false) => "due-follow-up",
    };
    i18n::t_args(
        lang,
        key,
        &[
            ("n", number.into()),
            ("date", row.follow_up.due_on.to_string().into()),
            (
                "name",
                esc(&name_of(&row.names, lang, row.follow_up.contact_id)).into(),
            ),
            (
                "what",
                esc(&excerpt(&row.follow_up.what, WHAT_EXCERPT)).into(),
            ),
            ("late", (today - row.follow_up.due_on).num_days().into()),
        ],
    )
}

/// An officer's morning digest for `today`, or `None` when there is
/// nothing to act on (no message is better than an empty one).
pub fn digest(
    lang: Lang,
    today: NaiveDate,
    list: &DueList,
    birthdays: &[crate::store::keep::Birthday],
    unowned_due: usize,
    places: &HashMap<i32, Place>,
) -> Option<Rendered> {
    if list.owned.is_empty() && list.follow_ups.is_empty() && birthdays.is_empty() {
        return None;
    }
    let mut lines = vec![i18n::t_args(
        lang,
        "due-digest-title",
        &[("date", today.to_string().into())],
    )];
    let mut buttons = Vec::new();
    let mut about: Vec<i32> = Vec::new();
    if !list.owned.is_empty() {
        lines.push(String::new());
        lines.push(i18n::t_args(
            lang,
            "due-digest-relationships",
            &[("count", list.owned.len().into())],
        ));
        let ordered = in_digest_order(&list.owned, places);
        let shown = &ordered[..ordered.len().min(DIGEST_CONTACTS)];
        contact_lines(lang, shown, 1, places, &mut lines, &mut buttons);
        about.extend(shown.iter().map(|row| row.id));
        if ordered.len() > shown.len() {
            lines.push(i18n::t_args(
                lang,
                "due-more",
                &[("count", (ordered.len() - shown.len()).into())],
            ));
        }
    }
    if !list.follow_ups.is_empty() {
        lines.push(String::new());
        lines.push(i18n::t_args(
            lang,
            "due-digest-follow-ups",
            &[("count", list.follow_ups.len().into())],
        ));
        let first = buttons.len() + 1;
        for (offset, row) in list.follow_ups.iter().take(DIGEST_FOLLOW_UPS).enumerate() {
            lines.push(follow_up_line(lang, first + offset, row, today));
            about.push(row.follow_up.contact_id);
            buttons.push(item_row(
                lang,
                first + offset,
                Item::FollowUp(row.follow_up.id),
            ));
        }
        if list.follow_ups.len() > DIGEST_FOLLOW_UPS {
            lines.push(i18n::t_args(
                lang,
                "due-more-follow-ups",
                &[("count", (list.follow_ups.len() - DIGEST_FOLLOW_UPS).into())],
            ));
        }
    }
    if !birthdays.is_empty() {
        lines.push(String::new());
        lines.push(i18n::t(lang, "due-digest-birthdays"));
        for birthday in birthdays {
            let days = (birthday.on - today).num_days();
            lines.push(i18n::t_args(
                lang,
                if birthday.lunar {
                    "due-digest-birthday-lunar"
                } else {
                    "due-digest-birthday"
                },
                &[
                    (
                        "name",
                        esc(&contact_name(lang, &birthday.names, birthday.contact_id)).into(),
                    ),
                    ("date", birthday.on.to_string().into()),
                    ("days", days.into()),
                ],
            ));
            about.push(birthday.contact_id);
        }
    }
    if unowned_due > 0 {
        lines.push(String::new());
        lines.push(i18n::t_args(
            lang,
            "due-digest-unowned",
            &[("count", unowned_due.into())],
        ));
    }
    lines.push(String::new());
    lines.push(i18n::t(lang, "due-digest-footer"));
    Some(Rendered {
        about,
        text: lines.join("\n"),
        keyboard: InlineKeyboardMarkup::new(buttons),
    })
}

/// One line of `/due`, in its section.
#[derive(Clone, Copy)]
enum Entry<'a> {
    Owned(&'a ContactRow),
    FollowUp(&'a FollowUpRow),
    Unowned(&'a ContactRow),
}

impl Entry<'_> {
    fn section(self) -> u8 {
        match self {
            Entry::Owned(_) => 0,
            Entry::FollowUp(_) => 1,
            Entry::Unowned(_) => 2,
        }
    }
}

fn entries<'a>(list: &'a DueList, places: &HashMap<i32, Place>) -> Vec<Entry<'a>> {
    in_digest_order(&list.owned, places)
        .into_iter()
        .map(Entry::Owned)
        .chain(list.follow_ups.iter().map(Entry::FollowUp))
        .chain(
            in_digest_order(&list.unowned, places)
                .into_iter()
                .map(Entry::Unowned),
        )
        .collect()
}

/// How many pages `/due` has.
pub fn due_pages(list: &DueList) -> usize {
    (list.owned.len() + list.follow_ups.len() + list.unowned.len())
        .div_ceil(DUE_PAGE)
        .max(1)
}

/// Page `page` (from 0) of `/due`, in the digest's order: the officer's
/// relationships, their follow-ups falling due, then the due relationships
/// nobody owns under their own heading.
pub fn due_page(
    lang: Lang,
    today: NaiveDate,
    list: &DueList,
    page: usize,
    places: &HashMap<i32, Place>,
) -> Rendered {
    let all = entries(list, places);
    if all.is_empty() {
        return Rendered {
            about: Vec::new(),
            text: i18n::t(lang, "due-none"),
            keyboard: InlineKeyboardMarkup::default(),
        };
    }
    let pages = due_pages(list);
    let page = page.min(pages - 1);
    let start = page * DUE_PAGE;
    let end = (start + DUE_PAGE).min(all.len());
    let mut lines = vec![i18n::t_args(
        lang,
        "due-title",
        &[("count", list.owned.len().into())],
    )];
    let mut buttons = Vec::new();
    let mut about: Vec<i32> = Vec::new();
    let mut at = start;
    while at < end {
        let section = all[at].section();
        let run_end = (at..end)
            .find(|&i| all[i].section() != section)
            .unwrap_or(end);
        match all[at] {
            Entry::Owned(_) => {}
            Entry::FollowUp(_) => {
                lines.push(String::new());
                lines.push(i18n::t_args(
                    lang,
                    "due-digest-follow-ups",
                    &[("count", list.follow_ups.len().into())],
                ));
            }
            Entry::Unowned(_) => {
                lines.push(String::new());
                lines.push(i18n::t_args(
                    lang,
                    "due-unowned-heading",
                    &[("count", list.unowned.len().into())],
                ));
            }
        }
        if section == 1 {
            for (offset, entry) in all[at..run_end].iter().enumerate() {
                if let Entry::FollowUp(row) = entry {
                    let number = at + offset + 1;
                    lines.push(follow_up_line(lang, number, row, today));
                    about.push(row.follow_up.contact_id);
                    buttons.push(item_row(lang, number, Item::FollowUp(row.follow_up.id)));
                }
            }
        } else {
            let rows: Vec<&ContactRow> = all[at..run_end]
                .iter()
                .filter_map(|entry| match entry {
                    Entry::Owned(row) | Entry::Unowned(row) => Some(*row),
                    Entry::FollowUp(_) => None,
                })
                .collect();
            contact_lines(lang, &rows, at + 1, places, &mut lines, &mut buttons);
            about.extend(rows.iter().map(|row| row.id));
        }
        at = run_end;
    }
    if pages > 1 {
        let mut nav = Vec::new();
        if page > 0 {
            nav.push(InlineKeyboardButton::callback(
                i18n::t(lang, "due-btn-previous"),
                format!("k:p:{}", page - 1),
            ));
        }
        nav.push(InlineKeyboardButton::callback(
            i18n::t_args(
                lang,
                "due-page",
                &[("page", (page + 1).into()), ("pages", pages.into())],
            ),
            format!("k:p:{page}"),
        ));
        if page + 1 < pages {
            nav.push(InlineKeyboardButton::callback(
                i18n::t(lang, "due-btn-next"),
                format!("k:p:{}", page + 1),
            ));
        }
        buttons.push(nav);
    }
    Rendered {
        about,
        text: lines.join("\n"),
        keyboard: InlineKeyboardMarkup::new(buttons),
    }
}

/// The reminder of a follow-up on its due date.
pub fn follow_up_reminder(lang: Lang, row: &FollowUpRow, today: NaiveDate) -> Rendered {
    let text = format!(
        "{}\n{}",
        i18n::t(lang, "due-follow-up-reminder"),
        follow_up_line(lang, 1, row, today)
    );
    Rendered {
        about: vec![row.follow_up.contact_id],
        text,
        keyboard: InlineKeyboardMarkup::new([item_row(lang, 1, Item::FollowUp(row.follow_up.id))]),
    }
}

/// Names for a user-facing label of a contact, used by confirmations.
pub fn contact_name(lang: Lang, names: &[PersonName], id: i32) -> String {
    name_of(names, lang, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_codes_round_trip_and_refuse_garbage() {
        assert_eq!(Item::parse("c12"), Some(Item::Contact(12)));
        assert_eq!(Item::parse("f7"), Some(Item::FollowUp(7)));
        for bad in ["", "c", "x1", "c-1", "c0", "c1x", "f99999999999"] {
            assert_eq!(Item::parse(bad), None, "{bad}");
        }
        assert_eq!(
            Item::parse(&Item::Contact(3).code()),
            Some(Item::Contact(3))
        );
    }
}
