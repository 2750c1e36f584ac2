//! The command menu Telegram shows each enrolled chat: exactly the
//! commands the user's role may use, in their language
//! (`setMyCommands` with `BotCommandScopeChat`). Strangers see the default
//! menu registered at start. Set on enrolment and `/lang`, and again on the
//! first update after a restart or after the role or language changed
//! elsewhere (the command line); removed when a disabled account writes.

use std::collections::HashMap;
use std::sync::Mutex;

use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};

use crate::domain::Lang;
use crate::domain::access::{Action, allowed};
use crate::domain::keys::Role;
use crate::i18n;

/// Who may see a command in their menu.
#[derive(Debug, Clone, Copy)]
enum Gate {
    Everyone,
    May(Action),
    Members,
}

/// Every command, in menu order, with who may use it — the same gates
/// the router applies (`bot/router.rs`, `on_command`).
const COMMANDS: [(&str, Gate); 16] = [
    ("log", Gate::May(Action::LogInteraction)),
    ("who", Gate::May(Action::ReadCard)),
    ("path", Gate::May(Action::ReadCard)),
    ("due", Gate::May(Action::KeepInTouch)),
    ("add", Gate::May(Action::AddContact)),
    ("brief", Gate::May(Action::ReadBrief)),
    ("event", Gate::May(Action::KeepInTouch)),
    ("invite", Gate::May(Action::KeepInTouch)),
    ("checkin", Gate::May(Action::KeepInTouch)),
    ("events", Gate::Everyone),
    ("mydata", Gate::Members),
    ("stop", Gate::Members),
    ("web", Gate::Everyone),
    ("lang", Gate::Everyone),
    ("help", Gate::Everyone),
    ("cancel", Gate::Everyone),
];

/// The commands `role` may use, in menu order.
pub fn commands_for(role: Role) -> Vec<&'static str> {
    COMMANDS
        .iter()
        .filter(|(_, gate)| match gate {
            Gate::Everyone => true,
            Gate::May(action) => allowed(role, *action),
            Gate::Members => role == Role::Member,
        })
        .map(|(name, _)| *name)
        .collect()
}

/// Every command the bot knows.
pub fn all_commands() -> Vec<&'static str> {
    COMMANDS.iter().map(|(name, _)| *name).collect()
}

/// The menu of `role` in `lang`.
pub fn menu(role: Role, lang: Lang) -> Vec<BotCommand> {
    commands_for(role)
        .into_iter()
        .map(|name| BotCommand::new(name, i18n::t(lang, &format!("cmd-{name}"))))
        .collect()
}

/// The menus set per chat since this process started: `None` once a
/// chat's own menu was removed.
#[derive(Debug, Default)]
pub struct Menus(Mutex<HashMap<i64, Option<(Role, Lang)>>>);

impl Menus {
    fn swap(&self, chat: i64, wanted: Option<(Role, Lang)>) -> bool {
        let Ok(mut menus) = self.0.lock() else {
            return true;
        };
        if menus.get(&chat) == Some(&wanted) {
            return false;
        }
        menus.insert(chat, wanted);
        true
    }
}

/// Makes the chat's menu the one of `role` in `lang`, unless it is already.
/// A failure is logged, never the update's: the menu is a convenience.
pub async fn ensure(bot: &Bot, menus: &Menus, chat_id: ChatId, role: Role, lang: Lang) {
    if !menus.swap(chat_id.0, Some((role, lang))) {
        return;
    }
    let scope = BotCommandScope::Chat {
        chat_id: Recipient::Id(chat_id),
    };
    // A failure is not retried on every update (a 429 would only grow):
    // the menu is set again after a restart or a change.
    if let Err(err) = bot.set_my_commands(menu(role, lang)).scope(scope).await {
        tracing::warn!(error = %super::redact(&err.to_string(), bot), "setting a chat's menu failed");
    }
}

/// Removes the chat's own menu (a disabled account wrote): the default
/// menu for strangers shows again.
pub async fn clear(bot: &Bot, menus: &Menus, chat_id: ChatId) {
    if !menus.swap(chat_id.0, None) {
        return;
    }
    let scope = BotCommandScope::Chat {
        chat_id: Recipient::Id(chat_id),
    };
    if let Err(err) = bot.delete_my_commands().scope(scope).await {
        tracing::warn!(error = %super::redact(&err.to_string(), bot), "removing a chat's menu failed");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_gets_its_own_commands() {
        assert_eq!(
            commands_for(Role::Officer),
            [
                "log", "who", "path", "due", "add", "brief", "event", "invite", "checkin",
                "events", "web", "lang", "help", "cancel"
            ]
        );
        assert_eq!(
            commands_for(Role::MayorOffice),
            [
                "who", "path", "brief", "events", "web", "lang", "help", "cancel"
            ]
        );
        assert_eq!(
            commands_for(Role::Member),
            ["events", "mydata", "stop", "web", "lang", "help", "cancel"]
        );
    }
}
