//! A contact's card in the chat (HTML), in the reader's language.

use super::chat::{Chat, esc};
use crate::domain::cadence::Health;
use crate::domain::contact::excerpt;
use crate::domain::keys::{
    Category, HonorKind, HonorStatus, InteractionKind, NameForm, PolicyArea, Track,
};
use crate::store::contacts::ContactCard;
use crate::store::reference::{organization_name, place_with_other_names};

/// How many interactions the card lists.
pub const CARD_INTERACTIONS: u64 = 3;

pub fn render_card(chat: &Chat<'_>, card: &ContactCard, owner_name: Option<&str>) -> String {
    let mut lines = Vec::new();
    let names: Vec<String> = card
        .names
        .iter()
        .map(|n| {
            format!(
                "{} <i>({})</i>",
                esc(&n.value),
                chat.label(NameForm::KIND, n.form.key())
            )
        })
        .collect();
    lines.push(format!("<b>#{}</b> {}", card.contact.id, names.join(" · ")));
    let none = chat.t("bot-none");
    if !card.categories.is_empty() {
        let categories: Vec<String> = card
            .categories
            .iter()
            .map(|c| chat.label(Category::KIND, c.key()))
            .collect();
        lines.push(chat.t_args(
            "bot-card-categories",
            &[("value", crate::i18n::list(chat.lang, &categories).into())],
        ));
    }
    for (position, org) in card.positions.iter().filter(|(p, _)| p.ended_on.is_none()) {
        let organization = esc(organization_name(org, chat.lang));
        let title = esc(position.title.as_deref().unwrap_or_default());
        lines.push(if title.is_empty() {
            chat.t_args(
                "bot-card-organization",
                &[("organization", organization.into())],
            )
        } else {
            chat.t_args(
                "bot-card-position",
                &[
                    ("organization", organization.into()),
                    ("title", title.into()),
                ],
            )
        });
    }
    if let Some(place) = &card.place {
        lines.push(chat.t_args(
            "bot-card-place",
            &[("value", place_with_other_names(place, chat.lang).into())],
        ));
    }
    lines.push(chat.t_args(
        "bot-card-owner",
        &[("value", esc(owner_name.unwrap_or(&none)).into())],
    ));
    // How to reach them: every e-mail and phone, labelled.
    let mut reach: Vec<String> = [card.contact.email.clone(), card.contact.phone.clone()]
        .into_iter()
        .flatten()
        .map(|v| esc(&v))
        .collect();
    reach.extend(card.details.iter().map(|d| match &d.label {
        Some(label) => format!("{} ({})", esc(&d.value), esc(label)),
        None => esc(&d.value),
    }));
    if !reach.is_empty() {
        lines.push(chat.t_args("bot-card-reach", &[("value", reach.join(" · ").into())]));
    }
    if let Some(birthday) = card.contact.birthday {
        let next =
            crate::domain::birthday::next(birthday, card.contact.birthday_lunar, chat.today())
                .map(|d| d.to_string())
                .unwrap_or_default();
        lines.push(chat.t_args(
            if card.contact.birthday_lunar {
                "bot-card-birthday-lunar"
            } else {
                "bot-card-birthday"
            },
            &[("date", birthday.to_string().into()), ("next", next.into())],
        ));
    }
    if let Some(lang) = card.contact.lang {
        lines.push(chat.t_args("bot-card-lang", &[("value", lang.name())]));
    }
    for (committee, role) in &card.seats {
        lines.push(
            chat.t_args(
                "bot-card-seat",
                &[
                    (
                        "committee",
                        esc(crate::store::institutions::committee_name(
                            committee, chat.lang,
                        ))
                        .into(),
                    ),
                    (
                        "role",
                        chat.label(crate::domain::keys::CommitteeRole::KIND, *role)
                            .into(),
                    ),
                ],
            ),
        );
    }
    for honor in &card.honors {
        let kind = chat.label(HonorKind::KIND, honor.kind);
        let status = chat.label(HonorStatus::KIND, honor.status);
        let date = honor
            .conferred_on
            .map(|d| d.to_string())
            .unwrap_or_default();
        lines.push(chat.t_args(
            "bot-card-honor",
            &[
                ("kind", kind.into()),
                ("date", date.into()),
                ("status", status.into()),
            ],
        ));
    }
    if !card.interests.is_empty() {
        let interests: Vec<String> = card
            .interests
            .iter()
            .map(|a| chat.label(PolicyArea::KIND, a.key()))
            .collect();
        lines.push(chat.t_args(
            "bot-card-interests",
            &[("value", crate::i18n::list(chat.lang, &interests).into())],
        ));
    }
    let health = match card.health {
        Health::Ok { .. } => chat.t("bot-health-ok"),
        Health::Due { .. } => chat.t("bot-health-due"),
        Health::Overdue { .. } => chat.t("bot-health-overdue"),
    };
    lines.push(chat.t_args(
        "bot-card-health",
        &[
            ("health", health.into()),
            ("due", chat.date(card.contact.due_at).into()),
            ("days", i64::from(card.cadence.days()).into()),
        ],
    ));
    if card.recent.is_empty() {
        lines.push(chat.t("bot-card-no-interactions"));
    } else {
        lines.push(chat.t("bot-card-recent"));
        for summary in &card.recent {
            let record = &summary.interaction;
            let kind = chat.label(InteractionKind::KIND, record.kind);
            let track = record
                .track
                .map(|t| format!(" · {}", chat.label(Track::KIND, t.key())))
                .unwrap_or_default();
            let note = record
                .note
                .as_deref()
                .map(|n| format!(" — {}", esc(&excerpt(n, 120))))
                .unwrap_or_default();
            lines.push(format!(
                "• {} {kind}{track}{note}",
                chat.date(record.occurred_at)
            ));
        }
    }
    lines.join("\n")
}
