//! `/due` and the buttons under each item of the digest and of `/due`:
//! Log now, Snooze 1 week, Done, Hand over. The buttons carry what they act
//! on (`k:s:c12`); each press is checked against the database, so an old
//! or forged button changes nothing it should not.

use chrono::Duration;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, ParseMode};

use super::chat::{Chat, HandlerResult, esc};
use super::log;
use super::press::{CallbackError, Handled, Pressed, refusal};
use crate::domain::Arg;
use crate::domain::cadence::Cadence;
use crate::domain::keys::InteractionKind;
use crate::domain::schedule::{FOLLOW_UP_HORIZON_DAYS, SNOOZE_DAYS};
use crate::keep::render::{self, Item};
use crate::keep::{self, render::Rendered};
use crate::store::StoreError;
use crate::store::interactions::NewInteraction;

async fn page(chat: &Chat<'_>, number: usize) -> Result<Rendered, super::chat::HandlerError> {
    let list = chat
        .store()
        .due_list(
            chat.user.id,
            chat.today() + Duration::days(FOLLOW_UP_HORIZON_DAYS),
            true,
        )
        .await?;
    let places = chat.store().places_by_id().await?;
    let rendered = render::due_page(&chat.words(), &list, number, &places);
    chat.store()
        .record_access(
            crate::store::audit::Actor::bot(chat.user.id),
            "due",
            &format!("page:{}", number + 1),
            &rendered.about,
        )
        .await?;
    Ok(rendered)
}

/// `/due`: the first page.
pub async fn show(chat: &Chat<'_>) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let rendered = page(chat, 0).await?;
    chat.say_with(rendered.text, rendered.keyboard).await
}

/// The item buttons' callback data after `k:`.
pub async fn on_button(
    chat: &Chat<'_>,
    rest: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let mut parts = rest.split(':');
    let (Some(action), Some(target)) = (parts.next(), parts.next()) else {
        return Ok(Handled::Stale);
    };
    if action == "p" {
        let Ok(number) = target.parse::<usize>() else {
            return Ok(Handled::Stale);
        };
        if !chat.claim().await? {
            return Ok(Handled::Duplicate);
        }
        let rendered = page(chat, number).await?;
        chat.bot
            .edit_message_text(pressed.chat_id, pressed.message_id, rendered.text)
            .parse_mode(ParseMode::Html)
            .reply_markup(chat.seal(rendered.keyboard).await?)
            .await?;
        return Ok(Handled::Done);
    }
    let Some(item) = Item::parse(target) else {
        return Ok(Handled::Stale);
    };
    let contact_id = match item {
        Item::Contact(id) => id,
        Item::FollowUp(id) => match chat.store().follow_up(id).await {
            Ok(follow) if follow.done_at.is_none() || action == "d" => follow.contact_id,
            Ok(_) | Err(StoreError::Domain(_)) => return Ok(Handled::Stale),
            Err(err) => return Err(err.into()),
        },
    };
    let Some(name) = chat.store().contact_label(contact_id, chat.lang).await? else {
        return Ok(Handled::Stale);
    };
    match (action, parts.next()) {
        ("l", None) => {
            log::start_for(chat, contact_id).await?;
            Ok(Handled::Done)
        }
        ("s", None) => snooze(chat, item, &name, pressed).await,
        ("d", None) => done(chat, item, contact_id, &name, pressed).await,
        ("h", None) => offer_handover(chat, item, &name).await,
        ("c", None) => offer_cadence(chat, contact_id, &name).await,
        ("v", Some(days)) => match days.parse::<i64>() {
            Ok(0) => set_cadence(chat, contact_id, &name, None, pressed).await,
            Ok(days) => match Cadence::from_days(days) {
                Some(cadence) => set_cadence(chat, contact_id, &name, Some(cadence), pressed).await,
                None => Ok(Handled::Stale),
            },
            Err(_) => Ok(Handled::Stale),
        },
        ("w", Some(side @ ("s" | "t"))) => match item {
            Item::FollowUp(id) => promised_by(chat, id, &name, side == "s", pressed).await,
            Item::Contact(_) => Ok(Handled::Stale),
        },
        ("t", Some(user)) => match user.parse::<i32>() {
            Ok(user_id) => hand_over(chat, item, &name, user_id, pressed).await,
            Err(_) => Ok(Handled::Stale),
        },
        _ => Ok(Handled::Stale),
    }
}

/// Records who promised a follow-up; the button then offers the other side.
async fn promised_by(
    chat: &Chat<'_>,
    follow_up_id: i32,
    name: &str,
    seoul: bool,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    chat.store()
        .set_follow_up_promiser(follow_up_id, seoul)
        .await?;
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    pressed
        .replace_buttons(chat, log::promise_keyboard(chat, follow_up_id, seoul))
        .await?;
    Ok(Handled::Toast(chat.t_args(
        "due-follow-up-promised-by",
        &[
            ("name", Arg::from(name)),
            ("by", log::promiser(chat, seoul).into()),
        ],
    )))
}

/// Takes the buttons of `item` off the digest or page it was pressed on.
async fn drop_item_row(chat: &Chat<'_>, item: Item, pressed: &Pressed) -> HandlerResult {
    let Some(keyboard) = &pressed.keyboard else {
        return Ok(());
    };
    let suffix = format!(":{}", item.code());
    let rows: Vec<Vec<InlineKeyboardButton>> = keyboard
        .inline_keyboard
        .iter()
        .filter(|row| {
            !row.iter().any(|button| match &button.kind {
                teloxide::types::InlineKeyboardButtonKind::CallbackData(data) => {
                    data.starts_with("k:") && data.ends_with(&suffix)
                }
                _ => false,
            })
        })
        .cloned()
        .collect();
    if rows.len() != keyboard.inline_keyboard.len() {
        pressed
            .replace_buttons(chat, InlineKeyboardMarkup::new(rows))
            .await?;
    }
    Ok(())
}

async fn snooze(
    chat: &Chat<'_>,
    item: Item,
    name: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let until = match item {
        Item::Contact(id) => {
            let until = chat.store().snooze_contact(id, SNOOZE_DAYS).await?;
            chat.date(until)
        }
        Item::FollowUp(id) => {
            // A week later than it was due, or than today if it is late.
            let due = chat.store().follow_up(id).await?.due_on;
            let due_on = due.max(chat.today()) + Duration::days(SNOOZE_DAYS);
            chat.store().reschedule_follow_up(id, due_on).await?;
            due_on.to_string()
        }
    };
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    drop_item_row(chat, item, pressed).await?;
    let key = match item {
        Item::Contact(_) => "due-snoozed",
        Item::FollowUp(_) => "due-follow-up-snoozed",
    };
    Ok(Handled::Toast(chat.t_args(
        key,
        &[("name", Arg::from(name)), ("date", until.into())],
    )))
}

async fn done(
    chat: &Chat<'_>,
    item: Item,
    contact_id: i32,
    name: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let key = match item {
        Item::Contact(_) => {
            // "I was in touch": a message today, logged once per press.
            let logged = chat
                .store()
                .log_interaction_once(
                    NewInteraction {
                        occurred_at: chat.store().clock.now(),
                        kind: InteractionKind::Message,
                        contact_ids: vec![contact_id],
                        officer_ids: Vec::new(),
                        place: None,
                        note: None,
                        track: None,
                        topics: Vec::new(),
                        logged_by: Some(chat.user.id),
                        follow_ups: Vec::new(),
                    },
                    chat.unclaimed_update(),
                )
                .await;
            match logged {
                Ok(_) => chat.mark_claimed(),
                Err(StoreError::AlreadyHandled) => return Ok(Handled::Duplicate),
                Err(err) => return Err(err.into()),
            }
            "due-done-contact"
        }
        Item::FollowUp(id) => {
            let already = chat.store().follow_up(id).await?.done_at.is_some();
            if !already {
                chat.store().complete_follow_up(id).await?;
            }
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            if already {
                "due-follow-up-already-done"
            } else {
                "due-done-follow-up"
            }
        }
    };
    drop_item_row(chat, item, pressed).await?;
    Ok(Handled::Toast(
        chat.t_args(key, &[("name", Arg::from(name))]),
    ))
}

async fn offer_handover(chat: &Chat<'_>, item: Item, name: &str) -> Result<Handled, CallbackError> {
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    let officers = chat.store().officers_except(chat.user.id).await?;
    if officers.is_empty() {
        return Ok(Handled::Toast(chat.t("due-handover-nobody")));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = officers
        .iter()
        .map(|officer| {
            vec![InlineKeyboardButton::callback(
                officer.name.clone(),
                format!("k:t:{}:{}", item.code(), officer.id),
            )]
        })
        .collect();
    rows.push(vec![InlineKeyboardButton::callback(
        chat.t("bot-btn-cancel"),
        "k:x:-",
    )]);
    chat.say_with(
        chat.t_args("due-handover-pick", &[("name", esc(name).into())]),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(Handled::Done)
}

async fn hand_over(
    chat: &Chat<'_>,
    item: Item,
    name: &str,
    to_user_id: i32,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let result = match item {
        Item::Contact(id) => chat
            .store()
            .hand_contact_over(id, to_user_id)
            .await
            .map(|_| ()),
        Item::FollowUp(id) => chat
            .store()
            .hand_follow_up_over(id, to_user_id)
            .await
            .map(|_| ()),
    };
    let handed = match result {
        Ok(()) => true,
        // Pressed twice, or already theirs: say so, change nothing.
        Err(StoreError::Domain(crate::domain::Error::HandoverToSelf)) => false,
        Err(StoreError::Domain(err)) => {
            if chat.claim().await? {
                pressed.clear_buttons(chat).await?;
                chat.say(refusal(chat, &err)).await?;
            }
            return Ok(Handled::Done);
        }
        Err(err) => return Err(err.into()),
    };
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    let to = chat
        .store()
        .users_by_id(&[to_user_id])
        .await?
        .remove(&to_user_id);
    let Some(to) = to else {
        return Ok(Handled::Stale);
    };
    if handed {
        keep::notify_handover(chat.store(), &chat.app.config, &to, &chat.user, item, name).await?;
    }
    chat.bot
        .edit_message_text(
            pressed.chat_id,
            pressed.message_id,
            chat.t_args(
                "due-handed-over",
                &[("name", esc(name).into()), ("to", esc(&to.name).into())],
            ),
        )
        .parse_mode(ParseMode::Html)
        .await?;
    Ok(Handled::Done)
}

/// The cadences offered on a card, in days.
const CADENCE_CHOICES: [i64; 7] = [30, 45, 60, 90, 120, 180, 365];

/// The buttons under a contact's card for an officer: log now, cadence.
pub fn card_keyboard(chat: &Chat<'_>, contact_id: i32) -> InlineKeyboardMarkup {
    let item = Item::Contact(contact_id);
    InlineKeyboardMarkup::new([vec![
        InlineKeyboardButton::callback(chat.t("due-btn-card-log"), render::item_data("l", item)),
        InlineKeyboardButton::callback(
            chat.t("due-btn-card-cadence"),
            render::item_data("c", item),
        ),
    ]])
}

async fn offer_cadence(
    chat: &Chat<'_>,
    contact_id: i32,
    name: &str,
) -> Result<Handled, CallbackError> {
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    let card = chat.store().contact_card(contact_id, 0).await?;
    let code = Item::Contact(contact_id).code();
    let mut rows: Vec<Vec<InlineKeyboardButton>> = CADENCE_CHOICES
        .chunks(4)
        .map(|days| {
            days.iter()
                .map(|days| {
                    InlineKeyboardButton::callback(
                        chat.t_args("due-cadence-days", &[("days", (*days).into())]),
                        format!("k:v:{code}:{days}"),
                    )
                })
                .collect()
        })
        .collect();
    rows.push(vec![
        InlineKeyboardButton::callback(chat.t("due-cadence-default"), format!("k:v:{code}:0")),
        InlineKeyboardButton::callback(chat.t("bot-btn-cancel"), "k:x:-"),
    ]);
    chat.say_with(
        chat.t_args(
            "due-cadence-pick",
            &[
                ("name", esc(name).into()),
                ("days", i64::from(card.cadence.days()).into()),
            ],
        ),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(Handled::Done)
}

async fn set_cadence(
    chat: &Chat<'_>,
    contact_id: i32,
    name: &str,
    cadence: Option<Cadence>,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let updated = chat
        .store()
        .set_contact_cadence(contact_id, cadence)
        .await?;
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    let card = chat.store().contact_card(contact_id, 0).await?;
    let key = if cadence.is_some() {
        "due-cadence-set"
    } else {
        "due-cadence-cleared"
    };
    chat.bot
        .edit_message_text(
            pressed.chat_id,
            pressed.message_id,
            chat.t_args(
                key,
                &[
                    ("name", esc(name).into()),
                    ("days", i64::from(card.cadence.days()).into()),
                    ("due", chat.date(updated.due_at).into()),
                ],
            ),
        )
        .parse_mode(ParseMode::Html)
        .await?;
    Ok(Handled::Done)
}
