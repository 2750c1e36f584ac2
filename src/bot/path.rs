//! `/path NAME`: the best chains of acquaintance from the office's
//! officers to a person, each step explained (the same sentences as
//! `inmaek path` and the person brief's *Ways in*).

use teloxide::types::InlineKeyboardMarkup;

use super::chat::{Chat, HandlerResult, esc, row};
use super::press::{CallbackError, Handled, Pressed};
use super::state::State;
use crate::brief::ways::chain_text;

/// Chains shown in the chat.
const CHAINS: usize = 5;
const MAX_CANDIDATES: usize = 8;

pub async fn find(chat: &Chat<'_>, query: &str) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    if query.trim().is_empty() {
        return chat.say(chat.t("bot-path-usage")).await;
    }
    let matches = chat.store().find_contacts(query, MAX_CANDIDATES).await?;
    let exact: Vec<_> = matches.iter().filter(|m| m.exact).collect();
    match (exact.as_slice(), matches.as_slice()) {
        (_, []) => {
            chat.read("search", &format!("query:{}", query.trim()), &[])
                .await?;
            chat.say(chat.t_args("bot-who-none", &[("query", esc(query.trim()).into())]))
                .await
        }
        ([one], _) => show(chat, one.id).await,
        _ => {
            // Several, or only near names: which one is meant?
            let candidates: Vec<i32> = matches.iter().map(|m| m.id).collect();
            chat.read("search", &format!("query:{}", query.trim()), &candidates)
                .await?;
            chat.set_state(State::PathPick { candidates }).await?;
            let mut rows: Vec<_> = matches
                .iter()
                .map(|m| row([(m.all_names(), format!("pa:{}", m.id))]))
                .collect();
            rows.push(vec![chat.cancel_button()]);
            chat.say_with(
                chat.t_args("bot-who-pick", &[("query", esc(query.trim()).into())]),
                InlineKeyboardMarkup::new(rows),
            )
            .await
        }
    }
}

/// The chains to a contact, as one message.
pub async fn show(chat: &Chat<'_>, contact_id: i32) -> HandlerResult {
    let paths = chat.store().paths_to(contact_id, None, CHAINS).await?;
    let mut subjects: Vec<i32> = paths.names.keys().copied().collect();
    subjects.push(contact_id);
    subjects.sort_unstable();
    subjects.dedup();
    chat.read("path", &format!("contact:{contact_id}"), &subjects)
        .await?;
    let name = chat
        .store()
        .contact_label(contact_id, chat.lang)
        .await?
        .unwrap_or_default();
    if paths.chains.is_empty() {
        return chat
            .say(chat.t_args("path-none", &[("name", esc(&name).into())]))
            .await;
    }
    let mut lines = vec![format!(
        "<b>{}</b>",
        chat.t_args(
            "path-header",
            &[
                ("name", esc(&name).into()),
                ("count", paths.chains.len().into())
            ]
        )
    )];
    for (n, chain) in paths.chains.iter().enumerate() {
        lines.push(format!(
            "{}. {}",
            n + 1,
            esc(&chain_text(chat.lang, chat.tz, chain, &paths.names))
        ));
    }
    chat.say(lines.join("\n")).await
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
