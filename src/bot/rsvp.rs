//! A member's side of events: consent at enrolment, `/stop`, `/events`
//! with the RSVP buttons, and the answer to a pressed button. A button
//! carries an opaque token bound to the member it was sent to; the store
//! refuses another account's press, a forged token and a late answer.

use chrono::Duration;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::chat::{Chat, HandlerResult, esc};
use super::press::{CallbackError, Handled, Pressed, refusal};
use crate::domain::keys::{EventKind, InvitationStatus, Role};
use crate::events::{event_tz, local_time, rsvp_keyboard};
use crate::store::StoreError;
use crate::store::consent::{ConsentPurpose, PURPOSES};
use crate::store::events::{EventStatus, event_title};
use crate::store::invitations::Answer;

/// The consent question for `purpose` with its two buttons: invitations
/// first, then reminders about the member.
pub async fn ask_consent_to(chat: &Chat<'_>, purpose: ConsentPurpose) -> HandlerResult {
    chat.say_with(
        chat.t(&format!("bot-consent-{purpose}-question")),
        InlineKeyboardMarkup::new([vec![
            InlineKeyboardButton::callback(chat.t("bot-consent-yes"), format!("cs:y:{purpose}")),
            InlineKeyboardButton::callback(chat.t("bot-consent-no"), format!("cs:n:{purpose}")),
        ]]),
    )
    .await
}

/// The first consent question (at enrolment and at `/start` again).
pub async fn ask_consent(chat: &Chat<'_>) -> HandlerResult {
    ask_consent_to(chat, PURPOSES[0]).await
}

/// Whether a member has a standing consent to invitations.
pub async fn consents(chat: &Chat<'_>) -> Result<bool, super::chat::HandlerError> {
    Ok(chat
        .store()
        .consenting(&[chat.user.id])
        .await?
        .contains(&chat.user.id))
}

/// The consent buttons: `cs:y:PURPOSE` or `cs:n:PURPOSE`. After the
/// answer to one purpose comes the question on the next.
pub async fn on_consent(
    chat: &Chat<'_>,
    rest: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    if chat.role != Role::Member {
        return Ok(Handled::Stale);
    }
    let Some((answer, purpose)) = rest.split_once(':') else {
        return Ok(Handled::Stale);
    };
    let Some(index) = PURPOSES.iter().position(|p| *p == purpose) else {
        return Ok(Handled::Stale);
    };
    let store = chat.store();
    let update = chat.unclaimed_update();
    let done = match answer {
        "y" => store
            .grant_consent(chat.user.id, purpose, "bot", update)
            .await
            .map(|_| "thanks"),
        "n" => store
            .decline_consent(chat.user.id, purpose, update)
            .await
            .map(|()| "declined"),
        _ => return Ok(Handled::Stale),
    };
    let outcome = match done {
        Ok(outcome) => {
            chat.mark_claimed();
            outcome
        }
        Err(StoreError::AlreadyHandled) => return Ok(Handled::Duplicate),
        Err(err) => return Err(err.into()),
    };
    pressed.clear_buttons(chat).await?;
    chat.say(chat.t(&format!("bot-consent-{purpose}-{outcome}")))
        .await?;
    if let Some(next) = PURPOSES.get(index + 1) {
        ask_consent_to(chat, *next).await?;
    }
    Ok(Handled::Done)
}

/// `/stop`: every consent withdrawn at once, queued invitations dropped.
pub async fn stop(chat: &Chat<'_>) -> HandlerResult {
    let withdrawn = match chat
        .store()
        .withdraw_consent(chat.user.id, None, chat.unclaimed_update())
        .await
    {
        Ok(withdrawn) => withdrawn,
        Err(StoreError::AlreadyHandled) => return Ok(()),
        Err(err) => return Err(err.into()),
    };
    chat.mark_claimed();
    let key = if withdrawn {
        "bot-stop-done"
    } else {
        "bot-stop-nothing"
    };
    chat.say(chat.t(key)).await
}

/// `/events`: a member's upcoming invitations with their answer and the
/// buttons; for officers and the mayor's office, events with counts.
pub async fn events(chat: &Chat<'_>) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let now = chat.store().clock.now();
    if chat.role != Role::Member {
        return officer_events(chat, now).await;
    }
    let Some(contact_id) = chat.user.contact_id else {
        return chat.say(chat.t("bot-events-none")).await;
    };
    let invitations = chat
        .store()
        .member_invitations(chat.user.id, contact_id, now)
        .await?;
    for (invitation, event) in &invitations {
        let tz = event_tz(event, chat.app.config.time_zone);
        let status = chat.label(InvitationStatus::KIND, invitation.status);
        let text = chat.t_args(
            "bot-events-item",
            &[
                ("title", esc(&event_title(event, chat.lang).0).into()),
                ("when", local_time(event.starts_at, tz).into()),
                ("status", status.into()),
            ],
        );
        let open = event.status != EventStatus::Cancelled
            && event.rsvp_deadline.is_none_or(|deadline| now <= deadline);
        if open {
            chat.say_with(text, rsvp_keyboard(chat.lang, &invitation.token))
                .await?;
        } else {
            chat.say(text).await?;
        }
    }
    if invitations.is_empty() {
        chat.say(chat.t("bot-events-none")).await?;
    }
    Ok(())
}

async fn officer_events(chat: &Chat<'_>, now: chrono::DateTime<chrono::Utc>) -> HandlerResult {
    let events = chat
        .store()
        .upcoming_events(now - Duration::hours(12))
        .await?;
    if events.is_empty() {
        return chat.say(chat.t("bot-events-none-officer")).await;
    }
    let ids: Vec<i32> = events.iter().map(|e| e.id).collect();
    let counts = chat.store().invitation_counts(&ids).await?;
    let mut lines = vec![chat.t("bot-events-title")];
    for event in &events {
        let tz = event_tz(event, chat.app.config.time_zone);
        let counts = counts
            .get(&event.id)
            .map(|counts| {
                InvitationStatus::ALL
                    .iter()
                    .filter_map(|s| {
                        counts
                            .get(s.key())
                            .map(|n| format!("{} {n}", chat.label(InvitationStatus::KIND, s.key())))
                    })
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
            .unwrap_or_else(|| chat.t("event-no-invitations"));
        let key = if event.status == EventStatus::Cancelled {
            "bot-events-row-cancelled"
        } else {
            "bot-events-row"
        };
        lines.push(chat.t_args(
            key,
            &[
                ("id", event.id.into()),
                ("title", esc(&event_title(event, chat.lang).0).into()),
                ("kind", chat.label(EventKind::KIND, event.kind).into()),
                ("when", local_time(event.starts_at, tz).into()),
                ("counts", counts.into()),
            ],
        ));
    }
    chat.say(lines.join("\n")).await
}

/// An RSVP button: `r:{token}:{a|d|m}`.
pub async fn on_answer(
    chat: &Chat<'_>,
    rest: &str,
    _pressed: &Pressed,
    telegram_user_id: i64,
) -> Result<Handled, CallbackError> {
    let Some((token, code)) = rest.rsplit_once(':') else {
        return Ok(Handled::Stale);
    };
    let Some(answer) = Answer::parse(code) else {
        return Ok(Handled::Stale);
    };
    if token.is_empty() || token.len() > 40 || !token.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Ok(Handled::Stale);
    }
    let config = &chat.app.config;
    let now = chat.store().clock.now();
    let result = chat
        .store()
        .answer(token, telegram_user_id, answer, chat.unclaimed_update(), {
            let (lang, tz) = (config.lang, config.time_zone);
            move |event, member| crate::events::promotion(event, member, now, lang, tz)
        })
        .await;
    match result {
        Ok(answered) => {
            chat.mark_claimed();
            let title = event_title(&answered.event, chat.lang).0;
            let text = if answered.unchanged {
                chat.t_args(
                    "event-rsvp-unchanged",
                    &[(
                        "status",
                        chat.label(InvitationStatus::KIND, answered.status.key())
                            .into(),
                    )],
                )
            } else {
                let key = match answered.status {
                    InvitationStatus::Accepted => "event-rsvp-accepted",
                    InvitationStatus::Declined => "event-rsvp-declined",
                    InvitationStatus::Waitlisted => "event-rsvp-waitlisted",
                    _ => "event-rsvp-tentative",
                };
                chat.t_args(key, &[("title", title.into())])
            };
            Ok(Handled::Toast(text))
        }
        Err(StoreError::AlreadyHandled) => Ok(Handled::Duplicate),
        Err(StoreError::Domain(err)) => {
            if chat.claim().await? {
                return Ok(Handled::Alert(refusal(chat, &err)));
            }
            Ok(Handled::Duplicate)
        }
        Err(err) => Err(err.into()),
    }
}
