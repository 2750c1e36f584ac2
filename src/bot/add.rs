//! `/add`: a contact created step by step — names in any script,
//! categories, organization and title, city, language.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::chat::{Chat, HandlerResult, esc, row, toggle, toggle_keyboard};
use super::press::{CallbackError, Handled, Pressed, refusal, saved};
use super::state::{AddDraft, AddStep, State};
use crate::domain::Lang;
use crate::domain::contact::parse_text;
use crate::domain::keys::{Category, NameForm};
use crate::domain::names::{PersonName, parse_name_list};
use crate::store::StoreError;
use crate::store::contacts::NewContact;
use crate::store::reference::place_name;

pub async fn start(chat: &Chat<'_>) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    chat.set_state(State::Add(AddDraft::default())).await?;
    chat.say_with(
        chat.t("bot-add-names"),
        InlineKeyboardMarkup::new([vec![chat.cancel_button()]]),
    )
    .await
}

fn category_rows(chat: &Chat<'_>, draft: &AddDraft) -> Vec<Vec<InlineKeyboardButton>> {
    let items: Vec<(&str, String)> = Category::ALL
        .iter()
        .map(|c| (c.key(), chat.label(Category::KIND, c.key())))
        .collect();
    toggle_keyboard(chat, &items, &draft.categories, "a:c:")
}

/// Asks the next question (claiming the update).
async fn ask(chat: &Chat<'_>, mut draft: AddDraft, step: AddStep) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let (text, rows) = match step {
        AddStep::Names => (chat.t("bot-add-names"), vec![vec![chat.cancel_button()]]),
        AddStep::Categories => (chat.t("bot-add-categories"), category_rows(chat, &draft)),
        AddStep::Organization => (
            chat.t("bot-add-organization"),
            vec![
                row([(chat.t("bot-btn-skip"), "a:o:skip".to_owned())]),
                vec![chat.cancel_button()],
            ],
        ),
        AddStep::Place => {
            let places = chat.store().places().await?;
            let mut rows: Vec<_> = places
                .iter()
                .filter(|p| p.kind == "province" || p.strategic)
                .collect::<Vec<_>>()
                .chunks(3)
                .map(|chunk| {
                    row(chunk.iter().map(|p| {
                        (
                            place_name(p, chat.lang).to_owned(),
                            format!("a:p:{}", p.key),
                        )
                    }))
                })
                .collect();
            rows.push(row([(chat.t("bot-btn-skip"), "a:p:skip".to_owned())]));
            rows.push(vec![chat.cancel_button()]);
            (chat.t("bot-add-place"), rows)
        }
        AddStep::Lang => {
            let mut buttons: Vec<(String, String)> = Lang::ALL
                .iter()
                .map(|l| {
                    (
                        chat.t(&format!("lang-name-{}", l.tag())),
                        format!("a:l:{}", l.tag()),
                    )
                })
                .collect();
            buttons.push((chat.t("bot-btn-skip"), "a:l:skip".to_owned()));
            (
                chat.t("bot-add-lang"),
                vec![row(buttons), vec![chat.cancel_button()]],
            )
        }
        AddStep::Confirm => {
            let text = format!(
                "{}\n\n{}",
                chat.t("bot-add-confirm"),
                summary(chat, &draft).await?
            );
            (
                text,
                vec![
                    row([(chat.t("bot-btn-save"), "a:save".to_owned())]),
                    vec![chat.cancel_button()],
                ],
            )
        }
    };
    draft.step = step;
    chat.set_state(State::Add(draft)).await?;
    chat.say_with(text, InlineKeyboardMarkup::new(rows)).await
}

async fn summary(chat: &Chat<'_>, draft: &AddDraft) -> Result<String, super::chat::HandlerError> {
    let none = chat.t("bot-none");
    let names: Vec<String> = draft
        .names
        .iter()
        .map(|(form, value)| {
            let form = NameForm::parse(form)
                .map(|f| chat.label(NameForm::KIND, f.key()))
                .unwrap_or_default();
            format!("{} ({form})", esc(value))
        })
        .collect();
    let categories: Vec<String> = draft
        .categories
        .iter()
        .filter_map(|c| Category::parse(c).ok())
        .map(|c| chat.label(Category::KIND, c.key()))
        .collect();
    let place = match &draft.place {
        Some(key) => chat
            .store()
            .resolve_place(key)
            .await
            .map(|p| place_name(&p, chat.lang).to_owned())
            .unwrap_or_default(),
        None => none.clone(),
    };
    let organization = match (&draft.organization, &draft.title) {
        (Some(org), Some(title)) => format!("{} — {}", esc(org), esc(title)),
        (Some(org), None) => esc(org),
        _ => none.clone(),
    };
    let lang = draft
        .lang
        .as_deref()
        .and_then(|l| Lang::parse(l).ok())
        .map(|l| chat.t(&format!("lang-name-{}", l.tag())));
    Ok([
        chat.t_args(
            "bot-add-summary-names",
            &[("value", names.join(" · ").into())],
        ),
        chat.t_args(
            "bot-add-summary-categories",
            &[(
                "value",
                (if categories.is_empty() {
                    none.clone()
                } else {
                    crate::i18n::list(chat.lang, &categories)
                })
                .into(),
            )],
        ),
        chat.t_args(
            "bot-add-summary-organization",
            &[("value", organization.into())],
        ),
        chat.t_args("bot-add-summary-place", &[("value", place.into())]),
        chat.t_args(
            "bot-add-summary-lang",
            &[("value", lang.unwrap_or(none).into())],
        ),
    ]
    .join("\n"))
}

/// Text typed while `/add` waits for it: the names, the organization, or a place.
pub async fn on_text(chat: &Chat<'_>, mut draft: AddDraft, text: &str) -> HandlerResult {
    match draft.step {
        AddStep::Names => match parse_name_list(text) {
            Ok(names) => {
                // Someone with one of these names already exists? Say so before going on.
                let existing = chat.store().possible_duplicates(&names).await?;
                draft.names = names
                    .iter()
                    .map(|n| (n.form.key().to_owned(), n.value.clone()))
                    .collect();
                if !existing.is_empty() && chat.claim().await? {
                    let ids: Vec<i32> = existing.iter().map(|found| found.id).collect();
                    chat.read("search", "possible-duplicates", &ids).await?;
                    let list: Vec<String> = existing
                        .iter()
                        .map(|found| format!("#{} {}", found.id, esc(&found.all_names())))
                        .collect();
                    chat.say(chat.t_args(
                        "bot-add-possible-duplicate",
                        &[("list", list.join("\n").into())],
                    ))
                    .await?;
                }
                ask(chat, draft, AddStep::Categories).await
            }
            Err(err) => chat.say_once(refusal(chat, &err)).await,
        },
        AddStep::Organization => {
            let (org, title) = text
                .split_once([',', '，', '、'])
                .map_or((text, None), |(o, t)| (o, Some(t)));
            match (
                parse_text("org", org, 200),
                title.map(|t| parse_text("title", t, 200)).transpose(),
            ) {
                (Ok(Some(org)), Ok(title)) => {
                    draft.organization = Some(org);
                    draft.title = title.flatten();
                    ask(chat, draft, AddStep::Place).await
                }
                (Err(err), _) | (_, Err(err)) => chat.say_once(refusal(chat, &err)).await,
                (Ok(None), _) => chat.say_once(chat.t("bot-use-buttons")).await,
            }
        }
        AddStep::Place => match chat.store().resolve_place(text).await {
            Ok(place) => {
                draft.place = Some(place.key);
                ask(chat, draft, AddStep::Lang).await
            }
            Err(StoreError::Domain(err)) => chat.say_once(refusal(chat, &err)).await,
            Err(err) => Err(err.into()),
        },
        _ => chat.say_once(chat.t("bot-use-buttons")).await,
    }
}

/// A button of the `/add` dialogue (`a:…`), checked against the step.
pub async fn on_button(
    chat: &Chat<'_>,
    mut draft: AddDraft,
    data: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let (verb, value) = data.split_once(':').unwrap_or((data, ""));
    let next = match (draft.step, verb) {
        (AddStep::Categories, "c") if value == "done" => AddStep::Organization,
        (AddStep::Categories, "c") => {
            let Ok(category) = Category::parse(value) else {
                return Ok(Handled::Stale);
            };
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            toggle(&mut draft.categories, category.key());
            let keyboard = InlineKeyboardMarkup::new(category_rows(chat, &draft));
            chat.set_state(State::Add(draft)).await?;
            pressed.replace_buttons(chat, keyboard).await?;
            return Ok(Handled::Done);
        }
        (AddStep::Organization, "o") if value == "skip" => AddStep::Place,
        (AddStep::Place, "p") => {
            if value != "skip" {
                let Ok(place) = chat.store().resolve_place(value).await else {
                    return Ok(Handled::Stale);
                };
                draft.place = Some(place.key);
            }
            AddStep::Lang
        }
        (AddStep::Lang, "l") => {
            if value != "skip" {
                let Ok(lang) = Lang::parse(value) else {
                    return Ok(Handled::Stale);
                };
                draft.lang = Some(lang.tag().to_owned());
            }
            AddStep::Confirm
        }
        (AddStep::Confirm, "save") => return save(chat, draft, pressed).await,
        _ => return Ok(Handled::Stale),
    };
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    pressed.clear_buttons(chat).await?;
    ask(chat, draft, next).await?;
    Ok(Handled::Done)
}

async fn save(
    chat: &Chat<'_>,
    draft: AddDraft,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let mut names = Vec::new();
    for (form, value) in &draft.names {
        let form = NameForm::parse(form).unwrap_or(NameForm::Alias);
        match PersonName::parse(form, value) {
            Ok(name) => names.push(name),
            Err(_) => return Ok(Handled::Stale),
        }
    }
    let new = NewContact {
        names,
        categories: draft
            .categories
            .iter()
            .filter_map(|c| Category::parse(c).ok())
            .collect(),
        organization: draft.organization.clone(),
        title: draft.title.clone(),
        place: draft.place.clone(),
        lang: draft.lang.as_deref().and_then(|l| Lang::parse(l).ok()),
        owner: Some(chat.user.name.clone()),
        ..Default::default()
    };
    let contact = match saved(
        chat,
        chat.store()
            .add_contact_once(new, chat.unclaimed_update())
            .await,
    )
    .await?
    {
        Ok(contact) => contact,
        Err(handled) => return Ok(handled),
    };
    pressed.clear_buttons(chat).await?;
    chat.reset_state().await?;
    let name = chat
        .store()
        .contact_labels(&[contact.id], chat.lang)
        .await?
        .remove(&contact.id)
        .unwrap_or_default();
    chat.say(chat.t_args(
        "bot-add-saved",
        &[("name", esc(&name).into()), ("id", contact.id.into())],
    ))
    .await?;
    Ok(Handled::Done)
}
