//! Every update enters here: skip redeliveries, refuse group chats and
//! strangers, authorize by role, then route by command, dialogue state or
//! button.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, Me, MessageOrigin};

use super::chat::{BotApp, Chat, HandlerResult, esc, row, send_html};
use super::press::{CallbackError, Handled, Pressed, permit};
use super::state::State;
use super::{add, brief, checkin, due, edit, event, log, mydata, path, rsvp, web, who};
use crate::domain::access::{Action, allowed};
use crate::domain::keys::Role;
use crate::domain::{Arg, Lang};
use crate::i18n;
use crate::ops::{UpdateKind, UpdateTimer};
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::callbacks::Opened;
use crate::telegram::Keyboards;

/// A command and its arguments: `/log@inmaek_bot 김영남: …` → ("log", "김영남: …").
fn parse_command(text: &str) -> Option<(String, String)> {
    let rest = text.trim_start().strip_prefix('/')?;
    let (head, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let name = head.split('@').next().unwrap_or_default().to_lowercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return None;
    }
    Some((name, args.trim().to_owned()))
}

/// The language to answer someone who is not (or not yet) a user in.
fn guess_lang(app: &BotApp, language_code: Option<&str>) -> Lang {
    language_code
        .and_then(Lang::from_telegram)
        .unwrap_or(app.config.lang)
}

fn update_id(update: &Update) -> i64 {
    i64::from(update.id.0)
}

/// A message, handled; when handling fails the person is told, in their
/// language, that nothing was saved (the update stays unclaimed, so a
/// redelivery can still succeed).
pub async fn on_message(
    bot: Bot,
    me: Me,
    update: Update,
    msg: Message,
    app: Arc<BotApp>,
) -> HandlerResult {
    let (chat_id, private) = (msg.chat.id, msg.chat.is_private());
    let from = msg.from.clone();
    let Err(err) = handle_message(bot.clone(), me, update, msg, app.clone()).await else {
        return Ok(());
    };
    tracing::error!(error = %super::redact(&err.to_string(), &bot), "handler failed");
    if let (true, Some(from)) = (private, from) {
        let lang = lang_of(&app, &from).await;
        let _ = send_html(&bot, chat_id, i18n::t(lang, "bot-failed"), None).await;
    }
    Ok(())
}

/// The language of whoever wrote: their own if enrolled, else a guess.
async fn lang_of(app: &BotApp, from: &teloxide::types::User) -> Lang {
    let telegram_id = i64::try_from(from.id.0).unwrap_or_default();
    match app.store.user_by_telegram(telegram_id).await {
        Ok(Some(user)) => user.lang,
        _ => guess_lang(app, from.language_code.as_deref()),
    }
}

async fn handle_message(
    bot: Bot,
    me: Me,
    update: Update,
    msg: Message,
    app: Arc<BotApp>,
) -> HandlerResult {
    let _timer = UpdateTimer::start(UpdateKind::Message);
    let update_id = update_id(&update);
    let Some(from) = msg.from.as_ref() else {
        return Ok(());
    };
    let telegram_id = i64::try_from(from.id.0).unwrap_or_default();
    let (handled, user) = app.store.update_and_sender(update_id, telegram_id).await?;
    if handled {
        return Ok(());
    }
    let text = msg
        .text()
        .or_else(|| msg.caption())
        .unwrap_or_default()
        .to_owned();
    let lang = user
        .as_ref()
        .map(|u| u.lang)
        .unwrap_or_else(|| guess_lang(&app, from.language_code.as_deref()));

    if !msg.chat.is_private() {
        // Personal data never goes to a group: answer commands with a pointer.
        if text.starts_with('/') && app.store.claim_update(update_id).await? {
            let text = i18n::t_args(lang, "bot-group-chat", &[("bot", Arg::from(me.username()))]);
            send_html(&bot, msg.chat.id, text, None).await?;
        }
        return Ok(());
    }

    let Some(user) = user else {
        return Actor::BOT_STRANGER
            .acting(stranger(
                &bot,
                &app,
                &msg,
                &text,
                telegram_id,
                lang,
                update_id,
            ))
            .await;
    };
    if user.unreachable_at.is_some() {
        // They wrote to us: whatever blocked delivery is over.
        app.store.mark_reachable(user.id).await?;
    }
    // Every change this update makes is recorded as this user's.
    let actor = Actor::bot(user.id);
    super::menu::ensure(&bot, &app.menus, msg.chat.id, user.role, user.lang).await;
    let chat = Chat::new(&bot, &app, user, msg.chat.id, update_id);
    actor
        .acting(async {
            if let Some(origin) = msg.forward_origin() {
                return log::offer_forward(
                    &chat,
                    origin_name(origin),
                    origin.date(),
                    &text,
                    origin_user_id(origin),
                )
                .await;
            }
            match parse_command(&text) {
                Some((command, args)) => on_command(&chat, &command, &args).await,
                None => on_text(&chat, &text, msg.text().is_some()).await,
            }
        })
        .await
}

/// A Telegram account that is not enrolled: `/start CODE` enrols it;
/// anything else gets the enrolment hint and nothing more.
async fn stranger(
    bot: &Bot,
    app: &BotApp,
    msg: &Message,
    text: &str,
    telegram_id: i64,
    lang: Lang,
    update_id: i64,
) -> HandlerResult {
    let code = match parse_command(text) {
        Some((command, args)) if command == "start" && !args.is_empty() => args,
        _ => {
            if app.store.claim_update(update_id).await? {
                // A disabled account keeps no menu of its former role.
                super::menu::clear(bot, &app.menus, msg.chat.id).await;
                send_html(bot, msg.chat.id, i18n::t(lang, "bot-not-enrolled"), None).await?;
            }
            return Ok(());
        }
    };
    let language = msg
        .from
        .as_ref()
        .and_then(|f| f.language_code.as_deref())
        .and_then(Lang::from_telegram);
    match app
        .store
        .enrol(&code, telegram_id, language, Some(update_id))
        .await
    {
        Ok(user) => {
            super::menu::ensure(bot, &app.menus, msg.chat.id, user.role, user.lang).await;
            let chat = Chat::new(bot, app, user, msg.chat.id, update_id);
            let role = chat.label(Role::KIND, chat.role.key());
            chat.say(chat.t_args(
                "bot-enrolled",
                &[("name", esc(&chat.user.name).into()), ("role", role.into())],
            ))
            .await?;
            chat.say(help_text(&chat)).await?;
            if chat.role == Role::Member {
                rsvp::ask_consent(&chat).await?;
            }
            Ok(())
        }
        Err(StoreError::AlreadyHandled) => Ok(()),
        Err(StoreError::Domain(err)) => {
            // Refusals are answered once, like any other update.
            if app.store.claim_update(update_id).await? {
                send_html(bot, msg.chat.id, i18n::render(lang, &err.message()), None).await?;
            }
            Ok(())
        }
        Err(err) => Err(err.into()),
    }
}

fn origin_name(origin: &MessageOrigin) -> String {
    match origin {
        MessageOrigin::User { sender_user, .. } => sender_user.full_name(),
        MessageOrigin::HiddenUser {
            sender_user_name, ..
        } => sender_user_name.clone(),
        MessageOrigin::Chat { sender_chat, .. } => {
            sender_chat.title().unwrap_or_default().to_owned()
        }
        MessageOrigin::Channel { chat, .. } => chat.title().unwrap_or_default().to_owned(),
    }
}

fn origin_user_id(origin: &MessageOrigin) -> Option<i64> {
    match origin {
        MessageOrigin::User { sender_user, .. } => i64::try_from(sender_user.id.0).ok(),
        _ => None,
    }
}

/// Refuses a member's own command (`/mydata`, `/stop`) to staff; true for a member.
async fn members_only(chat: &Chat<'_>) -> Result<bool, super::chat::HandlerError> {
    if chat.role == Role::Member {
        return Ok(true);
    }
    if chat.claim().await? {
        let role = chat.label(Role::KIND, chat.role.key());
        chat.say(chat.t_args("bot-not-allowed", &[("role", role.into())]))
            .await?;
    }
    Ok(false)
}

async fn on_command(chat: &Chat<'_>, command: &str, args: &str) -> HandlerResult {
    match command {
        "start" => {
            if chat.claim().await? {
                if args.is_empty() {
                    chat.say(help_text(chat)).await?;
                    if chat.role == Role::Member && !rsvp::consents(chat).await? {
                        rsvp::ask_consent(chat).await?;
                    }
                } else {
                    chat.say(chat.t_args(
                        "bot-already-enrolled",
                        &[("name", esc(&chat.user.name).into())],
                    ))
                    .await?;
                }
            }
            Ok(())
        }
        "help" => {
            if chat.claim().await? {
                chat.say(help_text(chat)).await?;
            }
            Ok(())
        }
        "lang" => choose_lang(chat, args).await,
        "web" => web::send_link(chat).await,
        "cancel" => cancel(chat).await,
        "log" => {
            if permit(chat, Action::LogInteraction).await? {
                log::start(chat, args).await?;
            }
            Ok(())
        }
        "who" => {
            if permit(chat, Action::ReadCard).await? {
                who::find(chat, args).await?;
            }
            Ok(())
        }
        "path" => {
            if permit(chat, Action::ReadCard).await? {
                path::find(chat, args).await?;
            }
            Ok(())
        }
        "add" => {
            if permit(chat, Action::AddContact).await? {
                add::start(chat).await?;
            }
            Ok(())
        }
        "events" => rsvp::events(chat).await,
        "brief" => {
            if permit(chat, Action::ReadBrief).await? {
                brief::brief(chat, args).await?;
            }
            Ok(())
        }
        "event" => {
            if permit(chat, Action::KeepInTouch).await? {
                event::start(chat).await?;
            }
            Ok(())
        }
        "invite" => {
            if permit(chat, Action::KeepInTouch).await? {
                event::start_invite(chat, args).await?;
            }
            Ok(())
        }
        "checkin" => {
            if permit(chat, Action::KeepInTouch).await? {
                checkin::start(chat, args).await?;
            }
            Ok(())
        }
        "stop" => {
            if members_only(chat).await? {
                rsvp::stop(chat).await?;
            }
            Ok(())
        }
        "mydata" => {
            if members_only(chat).await? {
                mydata::send(chat).await?;
            }
            Ok(())
        }
        "due" => {
            if permit(chat, Action::KeepInTouch).await? {
                due::show(chat).await?;
            }
            Ok(())
        }
        unknown => {
            if chat.claim().await? {
                chat.say(chat.t_args(
                    "bot-unknown-command",
                    &[("command", esc(&format!("/{unknown}")).into())],
                ))
                .await?;
            }
            Ok(())
        }
    }
}

/// Text that is not a command: an answer to the dialogue's question, or a stray message.
async fn on_text(chat: &Chat<'_>, text: &str, is_text: bool) -> HandlerResult {
    let state = chat.state().await;
    // A dialogue begun under another role (the user's role changed since)
    // goes no further.
    let needs = match &state {
        State::Log(_) | State::Forward { .. } => Some(Action::LogInteraction),
        State::Add(_) => Some(Action::AddContact),
        State::Event(_) | State::Invite(_) => Some(Action::ManageEvents),
        State::WhoPick { .. } | State::PathPick { .. } => Some(Action::ReadCard),
        State::Edit(_) => Some(Action::EditContact),
        State::Idle => None,
    };
    if let Some(action) = needs
        && !allowed(chat.role, action)
    {
        chat.set_state(State::Idle).await?;
        permit(chat, action).await?;
        return Ok(());
    }
    if is_text && !text.trim().is_empty() {
        match state {
            State::Log(draft) => return log::on_text(chat, draft, text).await,
            State::Add(draft) => return add::on_text(chat, draft, text).await,
            State::Event(draft) => return event::on_text(chat, draft, text).await,
            State::Edit(draft) => return edit::on_text(chat, draft, text).await,
            _ => {}
        }
    }
    if !chat.claim().await? {
        return Ok(());
    }
    let key = match state {
        State::Idle if is_text => "bot-stray-text",
        State::Idle => "bot-not-text",
        _ => "bot-use-buttons",
    };
    let hint = chat.t(key);
    if allowed(chat.role, Action::LogInteraction) || key != "bot-stray-text" {
        chat.say(hint).await
    } else {
        chat.say(help_text(chat)).await
    }
}

/// The help for this user's role.
pub fn help_text(chat: &Chat<'_>) -> String {
    let key = match chat.role {
        Role::Officer => "bot-help-officer",
        Role::MayorOffice | Role::Admin => "bot-help-reader",
        Role::Member => "bot-help-member",
    };
    chat.t_args(key, &[("name", esc(&chat.user.name).into())])
}

async fn cancel(chat: &Chat<'_>) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let key = if chat.state().await == State::Idle {
        "bot-nothing-to-cancel"
    } else {
        "bot-cancelled"
    };
    chat.reset_state().await?;
    chat.say(chat.t(key)).await
}

fn lang_keyboard(chat: &Chat<'_>) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([row(Lang::ALL.iter().map(|lang| {
        (
            chat.t(&format!("lang-name-{}", lang.tag())),
            format!("lang:{}", lang.tag()),
        )
    }))])
}

async fn choose_lang(chat: &Chat<'_>, args: &str) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    if args.is_empty() {
        return chat
            .say_with(chat.t("bot-lang-choose"), lang_keyboard(chat))
            .await;
    }
    match Lang::parse(args) {
        Ok(lang) => set_lang(chat, lang).await,
        Err(err) => {
            chat.say_with(
                esc(&i18n::render(chat.lang, &err.message())),
                lang_keyboard(chat),
            )
            .await
        }
    }
}

async fn set_lang(chat: &Chat<'_>, lang: Lang) -> HandlerResult {
    chat.store().set_user_lang(chat.user.id, lang).await?;
    super::menu::ensure(chat.bot, &chat.app.menus, chat.chat_id, chat.role, lang).await;
    chat.say(i18n::t(lang, "bot-lang-set")).await
}

/// A button press, handled; it is always answered, so no button is left
/// spinning: when handling fails, with the sentence that nothing was saved.
pub async fn on_callback(
    bot: Bot,
    update: Update,
    query: CallbackQuery,
    app: Arc<BotApp>,
) -> HandlerResult {
    let (id, from) = (query.id.clone(), query.from.clone());
    let Err(err) = handle_callback(bot.clone(), update, query, app.clone()).await else {
        return Ok(());
    };
    tracing::error!(error = %super::redact(&err.to_string(), &bot), "handler failed");
    let lang = lang_of(&app, &from).await;
    let _ = bot
        .answer_callback_query(id)
        .text(i18n::t(lang, "bot-failed"))
        .show_alert(true)
        .await;
    Ok(())
}

async fn handle_callback(
    bot: Bot,
    update: Update,
    query: CallbackQuery,
    app: Arc<BotApp>,
) -> HandlerResult {
    let _timer = UpdateTimer::start(UpdateKind::Callback);
    let update_id = update_id(&update);
    let telegram_id = i64::try_from(query.from.id.0).unwrap_or_default();
    let (handled, user) = app.store.update_and_sender(update_id, telegram_id).await?;
    if handled {
        return Ok(());
    }
    let message = query.regular_message().cloned();
    let private = message.as_ref().is_some_and(|m| m.chat.is_private());
    let (Some(user), Some(message), true) = (user, message, private) else {
        let lang = guess_lang(&app, query.from.language_code.as_deref());
        if app.store.claim_update(update_id).await? {
            bot.answer_callback_query(query.id.clone())
                .text(i18n::t(lang, "bot-not-enrolled-short"))
                .show_alert(true)
                .await?;
        }
        return Ok(());
    };
    let chat = Chat::new(&bot, &app, user, message.chat.id, update_id);
    let token = query.data.clone().unwrap_or_default();
    let outcome = match app.store.open_callback(chat.user.id, &token).await? {
        Opened::Data(data) => {
            let keyboard = match message.reply_markup().cloned() {
                Some(keyboard) => Some(app.store.open_keyboard(chat.user.id, keyboard).await?),
                None => None,
            };
            let pressed = Pressed {
                message_id: message.id,
                chat_id: message.chat.id,
                keyboard,
            };
            Actor::bot(chat.user.id)
                .acting(route_button(&chat, &data, &pressed))
                .await
        }
        Opened::Expired => Ok(Handled::Stale),
        // Forged, or sent to someone else: refused, and said so.
        Opened::Unknown => {
            if !chat.claim().await? {
                return Ok(());
            }
            Ok(Handled::Alert(chat.t("bot-button-refused")))
        }
    };
    match outcome {
        Ok(Handled::Done) => {
            bot.answer_callback_query(query.id.clone()).await?;
            Ok(())
        }
        Ok(Handled::Toast(text)) => {
            bot.answer_callback_query(query.id.clone())
                .text(text)
                .await?;
            Ok(())
        }
        Ok(Handled::Alert(text)) => {
            bot.answer_callback_query(query.id.clone())
                .text(text)
                .show_alert(true)
                .await?;
            Ok(())
        }
        Ok(Handled::Stale) => {
            if chat.claim().await? {
                bot.answer_callback_query(query.id.clone())
                    .text(chat.t("bot-button-expired"))
                    .show_alert(true)
                    .await?;
            }
            Ok(())
        }
        Ok(Handled::Duplicate) | Err(CallbackError::Duplicate) => Ok(()),
        // Answered by `on_callback`, once, with "nothing was saved": a
        // second answer to the same press would be refused by Telegram.
        Err(CallbackError::Other(err)) => Err(err),
    }
}

async fn route_button(
    chat: &Chat<'_>,
    data: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    if data == "x" {
        if !chat.claim().await? {
            return Ok(Handled::Duplicate);
        }
        pressed.clear_buttons(chat).await?;
        cancel_after_claim(chat).await?;
        return Ok(Handled::Done);
    }
    if let Some(tag) = data.strip_prefix("lang:") {
        let Ok(lang) = Lang::parse(tag) else {
            return Ok(Handled::Stale);
        };
        if !chat.claim().await? {
            return Ok(Handled::Duplicate);
        }
        pressed.clear_buttons(chat).await?;
        set_lang(chat, lang).await?;
        return Ok(Handled::Done);
    }
    let (prefix, rest) = data.split_once(':').unwrap_or((data, ""));
    if prefix == "r" {
        let telegram_user_id = chat.user.telegram_user_id.unwrap_or_default();
        return rsvp::on_answer(chat, rest, pressed, telegram_user_id).await;
    }
    if prefix == "cs" {
        if !pressed.offered(data) {
            return Ok(Handled::Stale);
        }
        return rsvp::on_consent(chat, rest, pressed).await;
    }
    if prefix == "b" {
        if !allowed(chat.role, Action::ReadBrief) || !pressed.offered(data) {
            return Ok(Handled::Stale);
        }
        return brief::on_pick(chat, rest, pressed).await;
    }
    if prefix == "ev" {
        if !allowed(chat.role, Action::KeepInTouch) || !pressed.offered(data) {
            return Ok(Handled::Stale);
        }
        let (verb, id) = rest.split_once(':').unwrap_or((rest, ""));
        if id.parse::<i32>().is_err() {
            return Ok(Handled::Stale);
        }
        if !chat.claim().await? {
            return Ok(Handled::Duplicate);
        }
        pressed.clear_buttons(chat).await?;
        match verb {
            "i" => event::start_invite(chat, id).await?,
            "c" => checkin::start(chat, id).await?,
            _ => return Ok(Handled::Stale),
        }
        return Ok(Handled::Done);
    }
    if prefix == "ed" && rest.parse::<i32>().is_ok() {
        if !allowed(chat.role, Action::EditContact) || !pressed.offered(data) {
            return Ok(Handled::Stale);
        }
        let contact_id = rest.parse::<i32>().unwrap_or_default();
        return edit::start(chat, contact_id, pressed).await;
    }
    if prefix == "ci" {
        if !allowed(chat.role, Action::KeepInTouch) || !pressed.offered(data) {
            return Ok(Handled::Stale);
        }
        return checkin::on_press(chat, rest, pressed).await;
    }
    if prefix == "k" {
        if !allowed(chat.role, Action::KeepInTouch) || !pressed.offered(data) {
            return Ok(Handled::Stale);
        }
        if rest == "x:-" {
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            pressed.clear_buttons(chat).await?;
            return Ok(Handled::Done);
        }
        return due::on_button(chat, rest, pressed).await;
    }
    let state = chat.state().await;
    match (prefix, state) {
        ("l", State::Log(draft)) if allowed(chat.role, Action::LogInteraction) => {
            log::on_button(chat, draft, rest, pressed).await
        }
        ("a", State::Add(draft)) if allowed(chat.role, Action::AddContact) => {
            add::on_button(chat, draft, rest, pressed).await
        }
        ("e", State::Event(draft)) if allowed(chat.role, Action::KeepInTouch) => {
            event::on_button(chat, draft, rest, pressed).await
        }
        ("i", State::Invite(draft)) if allowed(chat.role, Action::KeepInTouch) => {
            event::on_invite_button(chat, draft, rest, pressed).await
        }
        ("w", State::WhoPick { candidates }) if allowed(chat.role, Action::ReadCard) => {
            who::on_pick(chat, &candidates, rest, pressed).await
        }
        ("pa", State::PathPick { candidates }) if allowed(chat.role, Action::ReadCard) => {
            path::on_pick(chat, &candidates, rest, pressed).await
        }
        ("ed", State::Edit(draft)) if allowed(chat.role, Action::EditContact) => {
            edit::on_button(chat, draft, rest, pressed).await
        }
        (
            "f",
            State::Forward {
                candidates,
                note,
                occurred_at,
            },
        ) if allowed(chat.role, Action::LogInteraction) => {
            log::on_forward_pick(chat, &candidates, &note, occurred_at, rest, pressed).await
        }
        _ => Ok(Handled::Stale),
    }
}

async fn cancel_after_claim(chat: &Chat<'_>) -> HandlerResult {
    chat.reset_state().await?;
    chat.say(chat.t("bot-cancelled")).await
}
