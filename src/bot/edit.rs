//! *Edit* on a contact's card (its owner, or an admin): a field at a time,
//! guided like `/add` — names added or removed, categories, organization
//! and title, place, language, e-mail, phone, birthday (solar or lunar).
//! Each change is saved at once (`Store::edit_contact`: one unit of work,
//! name keys rebuilt, access log) and the card shown again.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::chat::{Chat, HandlerResult, esc, row};
use super::press::{CallbackError, Handled, Pressed, refusal};
use super::state::{EditDraft, State};
use crate::domain::access::{Action, allowed};
use crate::domain::contact::{parse_email, parse_phone, parse_text};
use crate::domain::keys::{Category, Role};
use crate::domain::names::{PersonName, guess_form};
use crate::domain::{Error, Lang};
use crate::store::StoreError;
use crate::store::edit::{ContactEdit, Detail};

/// The fields offered, in menu order (button data and message suffix).
const FIELDS: [&str; 9] = [
    "name-add",
    "name-remove",
    "category",
    "org",
    "place",
    "lang",
    "email",
    "phone",
    "birthday",
];

/// Whether this user may change this contact: an admin, or the officer
/// who keeps it.
pub fn may_edit(chat: &Chat<'_>, owner_user_id: Option<i32>) -> bool {
    allowed(chat.role, Action::EditContact)
        && (chat.role == Role::Admin || owner_user_id == Some(chat.user.id))
}

/// The card's *Edit* button.
pub fn button(chat: &Chat<'_>, contact_id: i32) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(chat.t("bot-edit-btn"), format!("ed:{contact_id}"))
}

fn menu(chat: &Chat<'_>) -> InlineKeyboardMarkup {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = FIELDS
        .chunks(3)
        .map(|chunk| {
            row(chunk
                .iter()
                .map(|f| (chat.t(&format!("bot-edit-field-{f}")), format!("ed:f:{f}"))))
        })
        .collect();
    rows.push(row([(chat.t("bot-edit-done"), "ed:done".to_owned())]));
    InlineKeyboardMarkup::new(rows)
}

/// The card's *Edit* pressed: the menu of fields.
pub async fn start(
    chat: &Chat<'_>,
    contact_id: i32,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let card = chat.store().contact_card(contact_id, 0).await?;
    if !may_edit(chat, card.contact.owner_user_id) {
        return Ok(Handled::Alert(chat.t("bot-edit-not-yours")));
    }
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    pressed.clear_buttons(chat).await?;
    chat.set_state(State::Edit(EditDraft {
        contact_id,
        field: None,
    }))
    .await?;
    let name = chat
        .store()
        .contact_label(contact_id, chat.lang)
        .await?
        .unwrap_or_default();
    chat.say_with(
        chat.t_args("bot-edit-menu", &[("name", esc(&name).into())]),
        menu(chat),
    )
    .await?;
    Ok(Handled::Done)
}

/// A button of the edit dialogue (`ed:f:…`, `ed:c:±key`, `ed:l:tag`,
/// `ed:n:index`, `ed:done`).
pub async fn on_button(
    chat: &Chat<'_>,
    mut draft: EditDraft,
    data: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let card = chat.store().contact_card(draft.contact_id, 0).await?;
    if !may_edit(chat, card.contact.owner_user_id) {
        chat.reset_state().await?;
        return Ok(Handled::Alert(chat.t("bot-edit-not-yours")));
    }
    let (verb, value) = data.split_once(':').unwrap_or((data, ""));
    match verb {
        "back" => {
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            pressed.clear_buttons(chat).await?;
            draft.field = None;
            chat.set_state(State::Edit(draft)).await?;
            chat.say_with(chat.t("bot-edit-which"), menu(chat)).await?;
            Ok(Handled::Done)
        }
        "done" => {
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            pressed.clear_buttons(chat).await?;
            chat.reset_state().await?;
            chat.say(chat.t("bot-edit-finished")).await?;
            Ok(Handled::Done)
        }
        "f" if FIELDS.contains(&value) => {
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            pressed.clear_buttons(chat).await?;
            draft.field = Some(value.to_owned());
            chat.set_state(State::Edit(draft)).await?;
            // Back to the fields: what was saved stays saved.
            let cancel = row([(chat.t("bot-edit-back"), "ed:back".to_owned())]);
            let rows: Vec<Vec<InlineKeyboardButton>> = match value {
                "category" => {
                    let mut rows: Vec<_> = Category::ALL
                        .chunks(2)
                        .map(|chunk| {
                            row(chunk.iter().map(|c| {
                                let has = card.categories.contains(c);
                                (
                                    format!(
                                        "{} {}",
                                        if has { "−" } else { "+" },
                                        chat.label(Category::KIND, c.key())
                                    ),
                                    format!("ed:c:{}{}", if has { "-" } else { "+" }, c.key()),
                                )
                            }))
                        })
                        .collect();
                    rows.push(cancel);
                    rows
                }
                "lang" => vec![
                    row(Lang::ALL.iter().map(|l| {
                        (
                            chat.t(&format!("lang-name-{}", l.tag())),
                            format!("ed:l:{}", l.tag()),
                        )
                    })),
                    cancel,
                ],
                "name-remove" => {
                    let mut rows: Vec<_> = card
                        .names
                        .iter()
                        .map(|n| row([(n.value.clone(), format!("ed:n:{}", n.value))]))
                        .collect();
                    rows.push(cancel);
                    rows
                }
                _ => vec![cancel],
            };
            chat.say_with(
                chat.t(&format!("bot-edit-ask-{value}")),
                InlineKeyboardMarkup::new(rows),
            )
            .await?;
            Ok(Handled::Done)
        }
        "c" if draft.field.as_deref() == Some("category") => {
            let edit = if let Some(Ok(category)) = value.strip_prefix('+').map(Category::parse) {
                ContactEdit {
                    add_categories: vec![category],
                    ..ContactEdit::default()
                }
            } else if let Some(Ok(category)) = value.strip_prefix('-').map(Category::parse) {
                ContactEdit {
                    remove_categories: vec![category],
                    ..ContactEdit::default()
                }
            } else {
                return Ok(Handled::Stale);
            };
            apply_pressed(chat, draft, edit, pressed).await
        }
        "l" if draft.field.as_deref() == Some("lang") => {
            let Ok(lang) = Lang::parse(value) else {
                return Ok(Handled::Stale);
            };
            let edit = ContactEdit {
                lang: Some(lang),
                ..ContactEdit::default()
            };
            apply_pressed(chat, draft, edit, pressed).await
        }
        "n" if draft.field.as_deref() == Some("name-remove") => {
            // The name as offered, still one of theirs.
            let Some(name) = card.names.iter().find(|n| n.value == value) else {
                return Ok(Handled::Stale);
            };
            let edit = ContactEdit {
                remove_names: vec![name.value.clone()],
                ..ContactEdit::default()
            };
            apply_pressed(chat, draft, edit, pressed).await
        }
        _ => Ok(Handled::Stale),
    }
}

async fn apply_pressed(
    chat: &Chat<'_>,
    draft: EditDraft,
    edit: ContactEdit,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    pressed.clear_buttons(chat).await?;
    apply(chat, draft, edit).await?;
    Ok(Handled::Done)
}

/// Saves one change and shows the card again with the menu; a refusal is
/// said and the same question stays open.
async fn apply(chat: &Chat<'_>, draft: EditDraft, mut edit: ContactEdit) -> HandlerResult {
    edit.today = Some(chat.today());
    match chat.store().edit_contact(draft.contact_id, edit).await {
        Ok(()) => {}
        Err(StoreError::Domain(err)) => return chat.say(refusal(chat, &err)).await,
        Err(err) => return Err(err.into()),
    }
    let (card, _) = super::card::read_card_html(chat, draft.contact_id).await?;
    chat.set_state(State::Edit(EditDraft {
        contact_id: draft.contact_id,
        field: None,
    }))
    .await?;
    chat.say_with(
        format!("{}\n\n{card}", chat.t("bot-edit-saved")),
        menu(chat),
    )
    .await
}

/// A birthday as typed: `1968-08-15`, optionally after `lunar`, `음력` or `农历`.
fn birthday(text: &str) -> Result<(chrono::NaiveDate, bool), Error> {
    let text = text.trim();
    let (lunar, day) = ["lunar", "음력", "农历", "陰曆", "阴历"]
        .iter()
        .find_map(|word| {
            text.to_lowercase()
                .strip_prefix(word)
                .map(|rest| (true, rest.trim().to_owned()))
        })
        .unwrap_or((false, text.to_owned()));
    Ok((crate::domain::dates::parse_date("birthday", &day)?, lunar))
}

/// `work:kim@example.cn` → labelled; `-value` removes.
fn detail(text: &str) -> (bool, Option<String>, String) {
    let text = text.trim();
    if let Some(rest) = text.strip_prefix(['-', '−']) {
        return (true, None, rest.trim().to_owned());
    }
    match text.split_once(':') {
        Some((label, value))
            if !label.trim().is_empty()
                && label.trim().chars().count() <= 20
                && label.trim().chars().all(char::is_alphabetic) =>
        {
            (
                false,
                Some(label.trim().to_owned()),
                value.trim().to_owned(),
            )
        }
        _ => (false, None, text.to_owned()),
    }
}

/// Text typed for the field asked.
pub async fn on_text(chat: &Chat<'_>, draft: EditDraft, text: &str) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let card = chat.store().contact_card(draft.contact_id, 0).await?;
    if !may_edit(chat, card.contact.owner_user_id) {
        chat.reset_state().await?;
        return chat.say(chat.t("bot-edit-not-yours")).await;
    }
    // No field asked, or one answered with buttons: the buttons, please.
    let Some(field) = draft
        .field
        .clone()
        .filter(|f| !matches!(f.as_str(), "category" | "lang" | "name-remove"))
    else {
        return chat.say(chat.t("bot-use-buttons")).await;
    };
    let parsed: Result<ContactEdit, Error> = async {
        Ok(match field.as_str() {
            "name-add" => ContactEdit {
                add_names: vec![PersonName::parse(guess_form(text), text)?],
                ..ContactEdit::default()
            },
            "org" => {
                let (org, title) = text
                    .split_once(['/', '／'])
                    .map_or((text, None), |(o, t)| (o, Some(t)));
                let org = parse_text("org", org, 200)?.ok_or(Error::Empty { field: "org" })?;
                let title = title
                    .map(|t| parse_text("title", t, 200))
                    .transpose()?
                    .flatten();
                let org = chat
                    .store()
                    .organization_named(&org)
                    .await
                    .map_err(|e| match e {
                        StoreError::Domain(e) => e,
                        other => Error::Invalid {
                            field: "org",
                            value: other.to_string(),
                        },
                    })?;
                ContactEdit {
                    position: Some((org.id, title)),
                    ..ContactEdit::default()
                }
            }
            "place" => ContactEdit {
                place_id: Some(
                    chat.store()
                        .resolve_place(text)
                        .await
                        .map_err(|_| Error::UnknownPlace(text.trim().to_owned()))?
                        .id,
                ),
                ..ContactEdit::default()
            },
            "email" | "phone" => {
                let (remove, label, value) = detail(text);
                let is_email = field == "email";
                match (remove, is_email) {
                    (true, true) => ContactEdit {
                        remove_emails: vec![value],
                        ..ContactEdit::default()
                    },
                    (true, false) => ContactEdit {
                        remove_phones: vec![value],
                        ..ContactEdit::default()
                    },
                    (false, true) => ContactEdit {
                        add_emails: vec![Detail {
                            label,
                            value: parse_email(&value)?,
                        }],
                        ..ContactEdit::default()
                    },
                    (false, false) => ContactEdit {
                        add_phones: vec![Detail {
                            label,
                            value: parse_phone(&value)?,
                        }],
                        ..ContactEdit::default()
                    },
                }
            }
            "birthday" => ContactEdit {
                birthday: Some(birthday(text)?),
                ..ContactEdit::default()
            },
            _ => return Err(Error::Empty { field: "change" }),
        })
    }
    .await;
    match parsed {
        Ok(edit) => apply(chat, draft, edit).await,
        Err(err) => chat.say(refusal(chat, &err)).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_birthday_may_say_it_is_lunar_in_any_language() {
        let day = chrono::NaiveDate::from_ymd_opt(1968, 8, 15).unwrap();
        assert_eq!(birthday("1968-08-15").unwrap(), (day, false));
        assert_eq!(birthday("음력 1968-08-15").unwrap(), (day, true));
        assert_eq!(birthday("农历1968-08-15").unwrap(), (day, true));
        assert_eq!(birthday("Lunar 1968-08-15").unwrap(), (day, true));
        assert!(birthday("lunar soon").is_err());
    }

    #[test]
    fn a_detail_may_carry_a_label_or_be_removed() {
        assert_eq!(
            detail("work: a@b.cn"),
            (false, Some("work".into()), "a@b.cn".into())
        );
        assert_eq!(detail("-a@b.cn"), (true, None, "a@b.cn".into()));
        assert_eq!(detail("+86 1"), (false, None, "+86 1".into()));
    }
}
