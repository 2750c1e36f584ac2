//! One renderer per keep-in-touch message: the daily digest, the `/due`
//! list and the follow-up reminder share item lines and item buttons.

use std::collections::HashMap;

use chrono::NaiveDate;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::domain::Lang;
use crate::i18n;
use crate::render::Words;
use crate::render::due::{DueItem, DueSection, contact_name, due_items, in_digest_order};
use crate::render::html::escape as esc;
use crate::store::keep::{DueList, FollowUpRow};
use crate::store::records::{Place, User};

/// Relationships a digest shows with buttons; the rest are counted.
pub const DIGEST_CONTACTS: usize = 8;
/// Follow-ups a digest shows with buttons.
pub const DIGEST_FOLLOW_UPS: usize = 5;
/// Relationships per page of `/due`.
pub const DUE_PAGE: usize = 8;

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

/// Lines for relationship items numbered from `first`, with a city
/// heading whenever the city changes; and their button rows.
fn contact_lines(
    lang: Lang,
    items: &[DueItem],
    first: usize,
    lines: &mut Vec<String>,
    buttons: &mut Vec<Vec<InlineKeyboardButton>>,
) {
    let mut current: Option<Option<i32>> = None;
    for (offset, item) in items.iter().enumerate() {
        if current != Some(item.place_id) {
            current = Some(item.place_id);
            lines.push(i18n::t_args(
                lang,
                "due-city",
                &[("city", esc(&item.city).into())],
            ));
        }
        let number = first + offset;
        lines.push(i18n::t_args(
            lang,
            "due-item",
            &[
                ("n", number.into()),
                ("name", esc(&item.name).into()),
                ("health", esc(&item.detail).into()),
            ],
        ));
        buttons.push(item_row(lang, number, Item::Contact(item.contact_id)));
    }
}

fn follow_up_line(lang: Lang, number: usize, item: &DueItem) -> String {
    let key = match (item.late_days > 0, item.promised) {
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
            (
                "date",
                item.due_on
                    .map(|d| d.to_string())
                    .unwrap_or_default()
                    .into(),
            ),
            ("name", esc(&item.name).into()),
            ("what", esc(&item.detail).into()),
            ("late", item.late_days.into()),
        ],
    )
}

/// A follow-up's button row (its id).
fn follow_up_row(lang: Lang, number: usize, item: &DueItem) -> Vec<InlineKeyboardButton> {
    item_row(
        lang,
        number,
        Item::FollowUp(item.follow_up.unwrap_or_default()),
    )
}

/// An officer's morning digest for `today`, or `None` when there is
/// nothing to act on (no message is better than an empty one).
pub fn digest(
    words: &Words,
    list: &DueList,
    birthdays: &[crate::store::keep::Birthday],
    unowned_due: usize,
    places: &HashMap<i32, Place>,
) -> Option<Rendered> {
    let (lang, today) = (words.lang, words.today);
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
        let shown: Vec<DueItem> = ordered[..ordered.len().min(DIGEST_CONTACTS)]
            .iter()
            .map(|row| DueItem::contact(words, DueSection::Mine, row, places))
            .collect();
        contact_lines(lang, &shown, 1, &mut lines, &mut buttons);
        about.extend(shown.iter().map(|item| item.contact_id));
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
            let item = DueItem::follow_up(lang, row, today);
            lines.push(follow_up_line(lang, first + offset, &item));
            about.push(item.contact_id);
            buttons.push(follow_up_row(lang, first + offset, &item));
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
    words: &Words,
    list: &DueList,
    page: usize,
    places: &HashMap<i32, Place>,
) -> Rendered {
    let lang = words.lang;
    let all = due_items(words, list, places);
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
        let section = all[at].section;
        let run_end = (at..end)
            .find(|&i| all[i].section != section)
            .unwrap_or(end);
        let heading = match section {
            DueSection::Mine => None,
            DueSection::FollowUps => Some(("due-digest-follow-ups", list.follow_ups.len())),
            DueSection::Unowned => Some(("due-unowned-heading", list.unowned.len())),
        };
        if let Some((key, count)) = heading {
            lines.push(String::new());
            lines.push(i18n::t_args(lang, key, &[("count", count.into())]));
        }
        let run = &all[at..run_end];
        if section == DueSection::FollowUps {
            for (offset, item) in run.iter().enumerate() {
                let number = at + offset + 1;
                lines.push(follow_up_line(lang, number, item));
                buttons.push(follow_up_row(lang, number, item));
            }
        } else {
            contact_lines(lang, run, at + 1, &mut lines, &mut buttons);
        }
        about.extend(run.iter().map(|item| item.contact_id));
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
    let item = DueItem::follow_up(lang, row, today);
    let text = format!(
        "{}\n{}",
        i18n::t(lang, "due-follow-up-reminder"),
        follow_up_line(lang, 1, &item)
    );
    Rendered {
        about: vec![item.contact_id],
        text,
        keyboard: InlineKeyboardMarkup::new([follow_up_row(lang, 1, &item)]),
    }
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
