//! A contact's card, in the reader's language, for every face: the bot
//! lays it out as Telegram HTML, the command line as indented text, the web
//! console as sections with headings.

use super::{Words, health_text};
use crate::domain::contact::excerpt;
use crate::domain::keys::{
    Category, CommitteeRole, DetailKind, HonorKind, HonorStatus, InteractionKind, NameForm,
    PolicyArea, TieKind, Track,
};
use crate::domain::names::PersonName;
use crate::domain::names::display_name;
use crate::store::contacts::ContactCard;
use crate::store::interactions::InteractionSummary;
use crate::store::records::Tie;
use crate::store::reference::{organization_name, place_name, place_with_other_names};

/// How many interactions a card lists.
pub const CARD_INTERACTIONS: u64 = 5;

/// Where a line of the card belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Categories, place, owner, interests, language, birthday, cadence.
    Facts,
    Positions,
    /// E-mails, phones, Telegram.
    Reach,
    Committees,
    Honors,
    FollowUps,
    Interactions,
    Ties,
    Notes,
}

impl Section {
    /// The Fluent key of the section's heading (the web console's).
    pub fn heading_key(self) -> &'static str {
        match self {
            Section::Facts => "card-section-facts",
            Section::Positions => "card-section-positions",
            Section::Reach => "card-section-reach",
            Section::Committees => "card-section-committees",
            Section::Honors => "card-section-honors",
            Section::FollowUps => "card-section-follow-ups",
            Section::Interactions => "card-section-interactions",
            Section::Ties => "card-section-ties",
            Section::Notes => "card-section-notes",
        }
    }
}

/// One line of the card: localized, not escaped.
#[derive(Debug, Clone)]
pub struct CardLine {
    pub section: Section,
    pub text: String,
    /// A line of a list under a heading line ("Open follow-ups (2):").
    pub item: bool,
    /// The contact this line is about, where that is someone else (a tie).
    pub contact: Option<i32>,
}

/// A name and the label of its form ("김영남", "Hangul").
#[derive(Debug, Clone)]
pub struct NameView {
    pub value: String,
    pub form: String,
}

/// The card in words.
#[derive(Debug, Clone)]
pub struct CardView {
    pub id: i32,
    pub names: Vec<NameView>,
    pub lines: Vec<CardLine>,
}

impl CardView {
    /// The card of `card` with its `ties` (from `Store::ties_of`).
    pub fn new(words: &Words, card: &ContactCard, ties: &[(Tie, Vec<PersonName>)]) -> Self {
        let mut view = Self {
            id: card.contact.id,
            names: card
                .names
                .iter()
                .map(|n| NameView {
                    value: n.value.clone(),
                    form: words.label(NameForm::KIND, n.form.key()),
                })
                .collect(),
            lines: Vec::new(),
        };
        view.facts(words, card);
        view.rest(words, card, ties);
        view
    }

    /// The names on one line: `김영남 (Hangul) · 金永男 (Hanzi)`.
    pub fn names_line(&self) -> String {
        self.names
            .iter()
            .map(|n| format!("{} ({})", n.value, n.form))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    /// The card as plain text for a terminal: a title line, then every line
    /// indented (list items twice).
    pub fn text(&self, words: &Words) -> Vec<String> {
        let mut out = vec![words.t_args(
            "card-title",
            &[("id", self.id.into()), ("names", self.names_line().into())],
        )];
        out.extend(self.lines.iter().map(|line| {
            let indent = if line.item { "    " } else { "  " };
            format!("{indent}{}", line.text)
        }));
        out
    }

    /// The card as Telegram HTML: the title in bold, list items bulleted.
    pub fn chat_html(&self) -> String {
        use super::html::escape;
        let names: Vec<String> = self
            .names
            .iter()
            .map(|n| format!("{} <i>({})</i>", escape(&n.value), escape(&n.form)))
            .collect();
        let mut out = vec![format!("<b>#{}</b> {}", self.id, names.join(" · "))];
        out.extend(self.lines.iter().map(|line| {
            if line.item {
                format!("• {}", escape(&line.text))
            } else {
                escape(&line.text)
            }
        }));
        out.join("\n")
    }

    fn push(&mut self, section: Section, text: String) {
        self.lines.push(CardLine {
            section,
            text,
            item: false,
            contact: None,
        });
    }

    fn item(&mut self, section: Section, text: String) {
        self.lines.push(CardLine {
            section,
            text,
            item: true,
            contact: None,
        });
    }

    fn facts(&mut self, words: &Words, card: &ContactCard) {
        let none = words.t("card-none");
        let or_none = |values: Vec<String>| {
            if values.is_empty() {
                none.clone()
            } else {
                words.list(&values)
            }
        };
        let categories = card
            .categories
            .iter()
            .map(|c| words.label(Category::KIND, c.key()))
            .collect();
        self.push(
            Section::Facts,
            words.t_args("card-categories", &[("value", or_none(categories).into())]),
        );
        let place = card
            .place
            .as_ref()
            .map(|p| place_with_other_names(p, words.lang))
            .unwrap_or_else(|| none.clone());
        self.push(
            Section::Facts,
            words.t_args("card-place", &[("value", place.into())]),
        );
        for (position, org) in &card.positions {
            let title = position.title.clone().unwrap_or_default();
            let key = match (position.ended_on.is_some(), title.is_empty()) {
                (false, false) => "card-position-current",
                (true, false) => "card-position-past",
                (false, true) => "card-position-current-organization",
                (true, true) => "card-position-past-organization",
            };
            self.push(
                Section::Positions,
                words.t_args(
                    key,
                    &[
                        ("organization", organization_name(org, words.lang).into()),
                        ("title", title.into()),
                    ],
                ),
            );
        }
        let owner = card
            .owner
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_else(|| none.clone());
        self.push(
            Section::Facts,
            words.t_args("card-owner", &[("value", owner.into())]),
        );
        let interests = card
            .interests
            .iter()
            .map(|a| words.label(PolicyArea::KIND, a.key()))
            .collect();
        self.push(
            Section::Facts,
            words.t_args("card-interests", &[("value", or_none(interests).into())]),
        );
        if let Some(lang) = card.contact.lang {
            self.push(
                Section::Facts,
                words.t_args("card-lang", &[("value", lang.name())]),
            );
        }
        for (key, value) in [
            ("card-email", card.contact.email.clone()),
            ("card-phone", card.contact.phone.clone()),
            ("card-telegram", card.contact.telegram.clone()),
        ] {
            if let Some(value) = value {
                self.push(
                    Section::Reach,
                    words.t_args(key, &[("value", value.into())]),
                );
            }
        }
        for detail in &card.details {
            let key = match detail.kind {
                DetailKind::Email => "card-email",
                DetailKind::Phone => "card-phone",
            };
            let value = match &detail.label {
                Some(label) => format!("{} ({label})", detail.value),
                None => detail.value.clone(),
            };
            self.push(
                Section::Reach,
                words.t_args(key, &[("value", value.into())]),
            );
        }
        if let Some(birthday) = card.contact.birthday {
            let next =
                crate::domain::birthday::next(birthday, card.contact.birthday_lunar, words.today)
                    .map(|d| d.to_string())
                    .unwrap_or_default();
            let key = if card.contact.birthday_lunar {
                "card-birthday-lunar"
            } else {
                "card-birthday"
            };
            self.push(
                Section::Facts,
                words.t_args(
                    key,
                    &[("date", birthday.to_string().into()), ("next", next.into())],
                ),
            );
        }
        let cadence_key = if card.contact.cadence_days.is_some() {
            "card-cadence-own"
        } else if card.categories.is_empty() {
            "card-cadence-office"
        } else {
            "card-cadence-default"
        };
        self.push(
            Section::Facts,
            words.t_args(
                cadence_key,
                &[
                    ("days", i64::from(card.cadence.days()).into()),
                    ("health", health_text(words, card.health).into()),
                ],
            ),
        );
        let last = card
            .contact
            .last_interaction_at
            .map(|at| words.date(at))
            .unwrap_or_else(|| words.t("card-never"));
        self.push(
            Section::Facts,
            words.t_args("card-last-interaction", &[("value", last.into())]),
        );
    }

    fn rest(&mut self, words: &Words, card: &ContactCard, ties: &[(Tie, Vec<PersonName>)]) {
        for (committee, role) in &card.seats {
            self.push(
                Section::Committees,
                words.t_args(
                    "card-seat",
                    &[
                        (
                            "committee",
                            crate::store::institutions::committee_name(committee, words.lang)
                                .into(),
                        ),
                        ("role", words.label(CommitteeRole::KIND, *role).into()),
                    ],
                ),
            );
        }
        for honor in &card.honors {
            let date = honor
                .conferred_on
                .map(|d| d.to_string())
                .unwrap_or_default();
            let mut args: Vec<(&'static str, crate::domain::Arg)> = vec![
                ("kind", words.label(HonorKind::KIND, honor.kind).into()),
                ("date", date.into()),
                (
                    "status",
                    words.label(HonorStatus::KIND, honor.status).into(),
                ),
            ];
            let note = honor.note.as_deref().map(str::trim).unwrap_or_default();
            let key = if note.is_empty() {
                "card-honor"
            } else {
                args.push(("note", note.to_owned().into()));
                "card-honor-noted"
            };
            self.push(Section::Honors, words.t_args(key, &args));
        }
        if !card.open_follow_ups.is_empty() {
            self.push(
                Section::FollowUps,
                words.t_args(
                    "card-follow-ups",
                    &[("count", card.open_follow_ups.len().into())],
                ),
            );
            for follow in &card.open_follow_ups {
                let key = if follow.promised_by_seoul {
                    "card-follow-up-ours"
                } else {
                    "card-follow-up-theirs"
                };
                self.item(
                    Section::FollowUps,
                    words.t_args(
                        key,
                        &[
                            ("date", follow.due_on.to_string().into()),
                            ("what", follow.what.clone().into()),
                        ],
                    ),
                );
            }
        }
        if !card.recent.is_empty() {
            self.push(
                Section::Interactions,
                words.t_args("card-recent", &[("count", card.recent.len().into())]),
            );
            for summary in &card.recent {
                // The others met at the same time, by the names they go by.
                let others: Vec<String> = summary
                    .contact_ids
                    .iter()
                    .filter(|id| **id != card.contact.id)
                    .filter_map(|id| card.met_with.get(id))
                    .filter_map(|names| display_name(names, words.lang))
                    .map(|name| name.value.clone())
                    .collect();
                let others = words.list(&others);
                self.item(
                    Section::Interactions,
                    interaction_line(words, summary, Some(&others)),
                );
            }
        }
        for (tie, names) in ties {
            let other = tie.from_contact_id + tie.to_contact_id - card.contact.id;
            let name = display_name(names, words.lang)
                .map(|n| n.value.clone())
                .unwrap_or_default();
            // A tie with a direction says which way it points from this card.
            let ours = tie.from_contact_id == card.contact.id;
            let directed = match (tie.kind, ours) {
                (TieKind::Superior, true) => Some("card-tie-superior-of"),
                (TieKind::Superior, false) => Some("card-tie-reports-to"),
                (TieKind::Introduced, true) => Some("card-tie-introduced"),
                (TieKind::Introduced, false) => Some("card-tie-introduced-by"),
                _ => None,
            };
            let text = match directed {
                Some(key) => words.t_args(key, &[("name", name.into())]),
                None => words.t_args(
                    "card-tie",
                    &[
                        ("kind", words.label(TieKind::KIND, tie.kind).into()),
                        ("name", name.into()),
                    ],
                ),
            };
            self.lines.push(CardLine {
                section: Section::Ties,
                text,
                item: false,
                contact: Some(other),
            });
        }
        if let Some(notes) = &card.contact.notes {
            self.push(
                Section::Notes,
                words.t_args("card-notes", &[("value", notes.clone().into())]),
            );
        }
    }
}

/// One interaction on one line: `#12 2026-11-20 14:00 Meeting · Economy ·
/// Shenyang · 김영남 · Park Jiwoo · Trade · the note's beginning`.
pub fn interaction_line(
    words: &Words,
    summary: &InteractionSummary,
    contacts: Option<&str>,
) -> String {
    let record = &summary.interaction;
    let kind = words.label(InteractionKind::KIND, record.kind);
    let track = record
        .track
        .map(|t| words.label(Track::KIND, t.key()))
        .unwrap_or_else(|| words.t("track-none"));
    let topics: Vec<String> = summary
        .topics
        .iter()
        .map(|a| words.label(PolicyArea::KIND, a.key()))
        .collect();
    let place = summary
        .place
        .as_ref()
        .map(|p| place_name(p, words.lang).to_owned())
        .unwrap_or_default();
    let officers: Vec<&str> = summary.officers.iter().map(|u| u.name.as_str()).collect();
    let head = words.t_args(
        "interaction-row",
        &[
            ("id", record.id.into()),
            ("date", words.datetime(record.occurred_at).into()),
            ("kind", kind.into()),
        ],
    );
    let note = excerpt(record.note.as_deref().unwrap_or_default(), 80);
    [
        head,
        track,
        place,
        contacts.unwrap_or_default().to_owned(),
        words.list(&officers),
        words.list(&topics),
        note,
    ]
    .into_iter()
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}
