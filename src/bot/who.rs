//! `/who NAME`: find a contact by any name form and show the card.

use teloxide::types::InlineKeyboardMarkup;

use crate::domain::access::{Action, allowed};

use super::chat::{Chat, HandlerResult, esc, row};
use super::press::{CallbackError, Handled, Pressed};
use super::state::State;

const MAX_CANDIDATES: usize = 8;

pub async fn find(chat: &Chat<'_>, query: &str) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    if query.trim().is_empty() {
        return chat.say(chat.t("bot-who-usage")).await;
    }
    let matches = chat.store().find_contacts(query, MAX_CANDIDATES).await?;
    let exact: Vec<_> = matches.iter().filter(|m| m.exact).collect();
    // Only near names (one letter or jamo off): suggested, never shown as if meant.
    let near_only = matches
        .iter()
        .all(|m| m.rank == crate::store::search::MatchRank::Fuzzy);
    match (exact.as_slice(), matches.as_slice()) {
        (_, []) => {
            chat.read("search", &format!("query:{}", query.trim()), &[])
                .await?;
            chat.say(chat.t_args("bot-who-none", &[("query", esc(query.trim()).into())]))
                .await
        }
        ([one], _) => show(chat, one.id).await,
        ([], [one]) if !near_only => show(chat, one.id).await,
        _ => {
            let candidates: Vec<i32> = matches.iter().map(|m| m.id).collect();
            chat.store()
                .record_access(
                    crate::store::audit::Actor::bot(chat.user.id),
                    "search",
                    &format!("query:{}", query.trim()),
                    &candidates,
                )
                .await?;
            chat.set_state(State::WhoPick { candidates }).await?;
            let mut rows: Vec<_> = matches
                .iter()
                .map(|m| row([(m.all_names(), format!("w:{}", m.id))]))
                .collect();
            rows.push(vec![chat.cancel_button()]);
            let key = if near_only {
                "bot-who-suggest"
            } else {
                "bot-who-pick"
            };
            chat.say_with(
                chat.t_args(key, &[("query", esc(query.trim()).into())]),
                InlineKeyboardMarkup::new(rows),
            )
            .await
        }
    }
}

async fn show(chat: &Chat<'_>, contact_id: i32) -> HandlerResult {
    let (text, owner) = super::card::read_card_html(chat, contact_id).await?;
    let mut rows = Vec::new();
    if allowed(chat.role, Action::KeepInTouch) {
        rows.extend(super::due::card_keyboard(chat, contact_id).inline_keyboard);
    }
    if super::edit::may_edit(chat, owner) {
        rows.push(vec![super::edit::button(chat, contact_id)]);
    }
    if rows.is_empty() {
        chat.say(text).await
    } else {
        chat.say_with(text, InlineKeyboardMarkup::new(rows)).await
    }
}

pub async fn on_pick(
    chat: &Chat<'_>,
    candidates: &[i32],
    data: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let Some(id) = data
        .parse::<i32>()
        .ok()
        .filter(|id| candidates.contains(id))
    else {
        return Ok(Handled::Stale);
    };
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    pressed.clear_buttons(chat).await?;
    chat.reset_state().await?;
    show(chat, id).await?;
    Ok(Handled::Done)
}
