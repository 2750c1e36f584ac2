//! `/checkin EVENT`: the officer's list of invitees with a button each;
//! a press records attendance, which is logged as an `event` interaction
//! and restarts that person's keep-in-touch clock.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::chat::{Chat, HandlerResult, esc};
use super::press::{CallbackError, Handled, Pressed, refusal};
use crate::domain::keys::InvitationStatus;
use crate::domain::names::display_name;
use crate::store::StoreError;
use crate::store::events::event_title;
use crate::store::invitations::Attendee;

/// Buttons per message (Telegram allows 100 per keyboard).
const PER_MESSAGE: usize = 40;

fn label(chat: &Chat<'_>, attendee: &Attendee) -> String {
    let name = display_name(&attendee.names, chat.lang).map_or_else(
        || format!("#{}", attendee.invitation.contact_id),
        |n| n.value.clone(),
    );
    let mark = if attendee.invitation.status == InvitationStatus::Attended {
        "✅"
    } else {
        "☐"
    };
    let status = chat.label(InvitationStatus::KIND, attendee.invitation.status);
    format!("{mark} {name} · {status}")
}

fn keyboard(chat: &Chat<'_>, attendees: &[Attendee]) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(attendees.iter().map(|a| {
        vec![InlineKeyboardButton::callback(
            label(chat, a),
            format!("ci:{}", a.invitation.id),
        )]
    }))
}

/// Who may still come: everyone invited but those who declined.
fn expected(attendees: Vec<Attendee>) -> Vec<Attendee> {
    attendees
        .into_iter()
        .filter(|a| a.invitation.status != InvitationStatus::Declined)
        .collect()
}

pub async fn start(chat: &Chat<'_>, args: &str) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    if args.trim().is_empty() {
        return chat.say(chat.t("bot-checkin-usage")).await;
    }
    let event = match chat.store().resolve_event(args).await {
        Ok(event) => event,
        Err(StoreError::Domain(crate::domain::Error::AmbiguousEvent { query, candidates })) => {
            return super::event::pick_event(chat, &query, &candidates, "c").await;
        }
        Err(StoreError::Domain(err)) => return chat.say(refusal(chat, &err)).await,
        Err(err) => return Err(err.into()),
    };
    let attendees = expected(chat.store().attendees(event.id).await?);
    chat.store()
        .record_access(
            crate::store::audit::Actor::bot(chat.user.id),
            "attendees",
            &format!("event:{}", event.id),
            &attendees
                .iter()
                .map(|a| a.invitation.contact_id)
                .collect::<Vec<_>>(),
        )
        .await?;
    let title = esc(&event_title(&event, chat.lang).0);
    if attendees.is_empty() {
        return chat
            .say(chat.t_args("bot-checkin-nobody", &[("title", title.into())]))
            .await;
    }
    for (page, chunk) in attendees.chunks(PER_MESSAGE).enumerate() {
        let text = chat.t_args(
            "bot-checkin-list",
            &[
                ("title", title.clone().into()),
                ("count", attendees.len().into()),
                ("page", (page + 1).into()),
            ],
        );
        chat.say_with(text, keyboard(chat, chunk)).await?;
    }
    Ok(())
}

/// `ci:{invitation}`: check this person in.
pub async fn on_press(
    chat: &Chat<'_>,
    rest: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let Ok(invitation_id) = rest.parse::<i32>() else {
        return Ok(Handled::Stale);
    };
    let result = chat
        .store()
        .check_in(invitation_id, chat.user.id, chat.unclaimed_update())
        .await;
    let (invitation, newly) = match result {
        Ok(done) => {
            chat.mark_claimed();
            done
        }
        Err(StoreError::AlreadyHandled) => return Ok(Handled::Duplicate),
        Err(StoreError::Domain(err @ crate::domain::Error::CheckInNotYet)) => {
            return Ok(Handled::Alert(refusal(chat, &err)));
        }
        Err(StoreError::Domain(_)) => return Ok(Handled::Stale),
        Err(err) => return Err(err.into()),
    };
    // Redraw the buttons of this message with the new marks.
    let attendees = chat.store().attendees(invitation.event_id).await?;
    if let Some(keyboard) = &pressed.keyboard {
        let on_this_message: Vec<Attendee> = attendees
            .into_iter()
            .filter(|a| {
                keyboard.inline_keyboard.iter().flatten().any(|b| {
                    matches!(&b.kind, teloxide::types::InlineKeyboardButtonKind::CallbackData(d) if *d == format!("ci:{}", a.invitation.id))
                })
            })
            .collect();
        pressed
            .replace_buttons(chat, self::keyboard(chat, &on_this_message))
            .await?;
    }
    let names = chat
        .store()
        .contact_labels(&[invitation.contact_id], chat.lang)
        .await?;
    let name = names
        .get(&invitation.contact_id)
        .cloned()
        .unwrap_or_default();
    let key = if newly {
        "bot-checkin-done"
    } else {
        "bot-checkin-already"
    };
    Ok(Handled::Toast(chat.t_args(key, &[("name", name.into())])))
}
