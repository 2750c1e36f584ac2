//! `/event`: an event created step by step (kind, title, when, where,
//! capacity, deadline); `/invite EVENT`: its audience chosen with buttons
//! (categories, provinces and cities), counted and sampled before anything
//! is sent, then queued on confirmation.

use chrono::NaiveTime;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::chat::{Chat, HandlerResult, esc, row, toggle, toggle_keyboard};
use super::press::{CallbackError, Handled, Pressed, refusal, saved};
use super::state::{EventDraft, EventStep, InviteDraft, InviteStep, State};
use crate::domain::Error;
use crate::domain::contact::parse_text;
use crate::domain::dates::parse_coming_instant;
use crate::domain::keys::{Category, EventKind, NameForm};
use crate::domain::names::{display_name, guess_form};
use crate::events::{event_tz, local_time};
use crate::store::StoreError;
use crate::store::events::{NewEvent, event_title};
use crate::store::invitations::{Audience, Reach};
use crate::store::reference::place_name;

const TITLE_CHARS: usize = 300;

pub async fn start(chat: &Chat<'_>) -> HandlerResult {
    ask(chat, EventDraft::default(), EventStep::Kind).await
}

async fn place_rows(
    chat: &Chat<'_>,
    prefix: &str,
    selected: Option<&[String]>,
) -> Result<Vec<Vec<InlineKeyboardButton>>, super::chat::HandlerError> {
    let places = chat.store().places().await?;
    let items: Vec<(&str, String)> = places
        .iter()
        .filter(|p| p.kind == "province" || p.strategic)
        .map(|p| (p.key.as_str(), place_name(p, chat.lang).to_owned()))
        .collect();
    Ok(match selected {
        Some(selected) => toggle_keyboard(chat, &items, selected, prefix),
        None => {
            let mut rows: Vec<_> = items
                .chunks(3)
                .map(|chunk| {
                    row(chunk
                        .iter()
                        .map(|(key, label)| (label.clone(), format!("{prefix}{key}"))))
                })
                .collect();
            rows.push(row([(chat.t("bot-btn-skip"), format!("{prefix}skip"))]));
            rows.push(vec![chat.cancel_button()]);
            rows
        }
    })
}

/// Asks the next question of `/event` (claiming the update).
async fn ask(chat: &Chat<'_>, mut draft: EventDraft, step: EventStep) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let skip = |data: &str| row([(chat.t("bot-btn-skip"), data.to_owned())]);
    let (text, rows) = match step {
        EventStep::Kind => {
            let mut rows: Vec<_> = EventKind::ALL
                .chunks(2)
                .map(|pair| {
                    row(pair.iter().map(|k| {
                        (
                            chat.label(EventKind::KIND, k.key()),
                            format!("e:k:{}", k.key()),
                        )
                    }))
                })
                .collect();
            rows.push(vec![chat.cancel_button()]);
            (chat.t("bot-event-kind"), rows)
        }
        EventStep::Title => (chat.t("bot-event-title"), vec![vec![chat.cancel_button()]]),
        EventStep::When => (
            chat.t_args("bot-event-when", &[("zone", chat.tz.name().into())]),
            vec![vec![chat.cancel_button()]],
        ),
        EventStep::Place => (
            chat.t("bot-event-place"),
            place_rows(chat, "e:p:", None).await?,
        ),
        EventStep::Capacity => (
            chat.t("bot-event-capacity"),
            vec![skip("e:c:skip"), vec![chat.cancel_button()]],
        ),
        EventStep::Deadline => (
            chat.t("bot-event-deadline"),
            vec![skip("e:d:skip"), vec![chat.cancel_button()]],
        ),
        EventStep::Confirm => (
            format!(
                "{}\n\n{}",
                chat.t("bot-event-confirm"),
                summary(chat, &draft).await?
            ),
            vec![
                row([(chat.t("bot-btn-save"), "e:save".to_owned())]),
                vec![chat.cancel_button()],
            ],
        ),
    };
    draft.step = step;
    chat.set_state(State::Event(draft)).await?;
    chat.say_with(text, InlineKeyboardMarkup::new(rows)).await
}

async fn summary(chat: &Chat<'_>, draft: &EventDraft) -> Result<String, super::chat::HandlerError> {
    let none = chat.t("bot-none");
    let place = match &draft.place {
        Some(key) => chat
            .store()
            .resolve_place(key)
            .await
            .map(|p| place_name(&p, chat.lang).to_owned())
            .unwrap_or_default(),
        None => none.clone(),
    };
    Ok(chat.t_args(
        "bot-event-summary",
        &[
            (
                "kind",
                draft
                    .kind
                    .as_deref()
                    .map(|k| chat.label(EventKind::KIND, k))
                    .unwrap_or_default()
                    .into(),
            ),
            (
                "title",
                esc(draft.title.as_deref().unwrap_or_default()).into(),
            ),
            (
                "when",
                draft
                    .starts_at
                    .map(|at| local_time(at, chat.tz))
                    .unwrap_or_default()
                    .into(),
            ),
            ("place", place.into()),
            (
                "capacity",
                draft
                    .capacity
                    .map_or_else(|| none.clone(), |c| c.to_string())
                    .into(),
            ),
            (
                "deadline",
                draft
                    .deadline
                    .map_or_else(|| none.clone(), |d| local_time(d, chat.tz))
                    .into(),
            ),
        ],
    ))
}

/// Text typed while `/event` waits for it.
pub async fn on_text(chat: &Chat<'_>, mut draft: EventDraft, text: &str) -> HandlerResult {
    let now = chat.store().clock.now();
    let result: Result<EventStep, Error> = match draft.step {
        EventStep::Title => parse_text("title", text, TITLE_CHARS).and_then(|title| {
            draft.title = Some(title.ok_or(Error::Empty { field: "title" })?);
            Ok(EventStep::When)
        }),
        EventStep::When => {
            parse_coming_instant("starts", text, chat.tz, NaiveTime::MIN, now).map(|at| {
                draft.starts_at = Some(at);
                EventStep::Place
            })
        }
        EventStep::Place => match chat.store().resolve_place(text).await {
            Ok(place) => {
                draft.place = Some(place.key);
                Ok(EventStep::Capacity)
            }
            Err(StoreError::Domain(err)) => Err(err),
            Err(err) => return Err(err.into()),
        },
        EventStep::Capacity => match text.trim().parse::<i32>() {
            Ok(n) if n > 0 => {
                draft.capacity = Some(n);
                Ok(EventStep::Deadline)
            }
            _ => Err(Error::NotACount {
                field: "capacity",
                value: text.trim().to_owned(),
                least: 1,
            }),
        },
        EventStep::Deadline => {
            let end_of_day = NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(NaiveTime::MIN);
            match parse_coming_instant("deadline", text, chat.tz, end_of_day, now) {
                Ok(at) if draft.starts_at.is_some_and(|starts| at > starts) => {
                    Err(Error::Invalid {
                        field: "deadline",
                        value: text.trim().to_owned(),
                    })
                }
                Ok(at) => {
                    draft.deadline = Some(at);
                    Ok(EventStep::Confirm)
                }
                Err(err) => Err(err),
            }
        }
        _ => return chat.say_once(chat.t("bot-use-buttons")).await,
    };
    match result {
        Ok(next) => ask(chat, draft, next).await,
        Err(err) => chat.say_once(refusal(chat, &err)).await,
    }
}

/// A button of `/event` (`e:…`), checked against the step.
pub async fn on_button(
    chat: &Chat<'_>,
    mut draft: EventDraft,
    data: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let (verb, value) = data.split_once(':').unwrap_or((data, ""));
    let next = match (draft.step, verb) {
        (EventStep::Kind, "k") => {
            let Ok(kind) = EventKind::parse(value) else {
                return Ok(Handled::Stale);
            };
            draft.kind = Some(kind.key().to_owned());
            EventStep::Title
        }
        (EventStep::Place, "p") => {
            if value != "skip" {
                let Ok(place) = chat.store().resolve_place(value).await else {
                    return Ok(Handled::Stale);
                };
                draft.place = Some(place.key);
            }
            EventStep::Capacity
        }
        (EventStep::Capacity, "c") if value == "skip" => EventStep::Deadline,
        (EventStep::Deadline, "d") if value == "skip" => EventStep::Confirm,
        (EventStep::Confirm, "save") => return save(chat, draft, pressed).await,
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
    draft: EventDraft,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let (Some(kind), Some(title), Some(starts_at)) = (
        draft.kind.as_deref().and_then(|k| EventKind::parse(k).ok()),
        draft.title.clone(),
        draft.starts_at,
    ) else {
        return Ok(Handled::Stale);
    };
    let mut titles = [None, None, None];
    let slot = match guess_form(&title) {
        NameForm::Hangul => 0,
        NameForm::Hanzi => 1,
        _ => 2,
    };
    titles[slot] = Some(title);
    let new = NewEvent {
        kind,
        titles,
        descriptions: [None, None, None],
        starts_at,
        ends_at: None,
        time_zone: chat.tz,
        place: draft.place.clone(),
        address: None,
        capacity: draft.capacity,
        rsvp_deadline: draft.deadline,
        organizer_user_id: Some(chat.user.id),
        track: None,
        topics: Vec::new(),
    };
    let event = match saved(
        chat,
        chat.store()
            .add_event_once(new, chat.unclaimed_update())
            .await,
    )
    .await?
    {
        Ok(event) => event,
        Err(handled) => return Ok(handled),
    };
    pressed.clear_buttons(chat).await?;
    chat.reset_state().await?;
    chat.say(chat.t_args(
        "bot-event-saved",
        &[
            ("id", event.id.into()),
            ("title", esc(&event_title(&event, chat.lang).0).into()),
        ],
    ))
    .await?;
    Ok(Handled::Done)
}

// ---------------------------------------------------------------------------
// /invite

fn category_rows(chat: &Chat<'_>, draft: &InviteDraft) -> Vec<Vec<InlineKeyboardButton>> {
    let items: Vec<(&str, String)> = Category::ALL
        .iter()
        .map(|c| (c.key(), chat.label(Category::KIND, c.key())))
        .collect();
    toggle_keyboard(chat, &items, &draft.categories, "i:c:")
}

/// A title matched several events: one button each (`ev:i:ID` for
/// `/invite`, `ev:c:ID` for `/checkin`).
pub async fn pick_event(
    chat: &Chat<'_>,
    query: &str,
    candidates: &[crate::domain::error::Candidate],
    verb: &str,
) -> HandlerResult {
    let mut rows: Vec<_> = candidates
        .iter()
        .take(8)
        .map(|c| {
            row([(
                format!("#{} {}", c.id, c.label),
                format!("ev:{verb}:{}", c.id),
            )])
        })
        .collect();
    rows.push(vec![chat.cancel_button()]);
    chat.say_with(
        chat.t_args("bot-event-pick", &[("query", esc(query).into())]),
        InlineKeyboardMarkup::new(rows),
    )
    .await
}

pub async fn start_invite(chat: &Chat<'_>, args: &str) -> HandlerResult {
    if args.trim().is_empty() {
        return chat.say_once(chat.t("bot-invite-usage")).await;
    }
    let event = match chat.store().resolve_event(args).await {
        Ok(event) => event,
        Err(StoreError::Domain(Error::AmbiguousEvent { query, candidates })) => {
            if !chat.claim().await? {
                return Ok(());
            }
            return pick_event(chat, &query, &candidates, "i").await;
        }
        Err(StoreError::Domain(err)) => return chat.say_once(refusal(chat, &err)).await,
        Err(err) => return Err(err.into()),
    };
    if event.status == crate::store::events::EventStatus::Cancelled {
        return chat.say_once(refusal(chat, &Error::EventCancelled)).await;
    }
    if !chat.claim().await? {
        return Ok(());
    }
    let draft = InviteDraft {
        event_id: event.id,
        ..Default::default()
    };
    let text = chat.t_args(
        "bot-invite-categories",
        &[("title", esc(&event_title(&event, chat.lang).0).into())],
    );
    let keyboard = InlineKeyboardMarkup::new(category_rows(chat, &draft));
    chat.set_state(State::Invite(draft)).await?;
    chat.say_with(text, keyboard).await
}

fn audience(draft: &InviteDraft) -> Audience {
    Audience {
        categories: draft
            .categories
            .iter()
            .filter_map(|c| Category::parse(c).ok())
            .collect(),
        places: draft.places.clone(),
        ..Default::default()
    }
}

/// A button of `/invite` (`i:…`).
pub async fn on_invite_button(
    chat: &Chat<'_>,
    mut draft: InviteDraft,
    data: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let (verb, value) = data.split_once(':').unwrap_or((data, ""));
    match (draft.step, verb) {
        (InviteStep::Categories, "c") if value != "done" => {
            let Ok(category) = Category::parse(value) else {
                return Ok(Handled::Stale);
            };
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            toggle(&mut draft.categories, category.key());
            let keyboard = InlineKeyboardMarkup::new(category_rows(chat, &draft));
            chat.set_state(State::Invite(draft)).await?;
            pressed.replace_buttons(chat, keyboard).await?;
            Ok(Handled::Done)
        }
        (InviteStep::Categories, "c") => {
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            pressed.clear_buttons(chat).await?;
            draft.step = InviteStep::Places;
            let rows = place_rows(chat, "i:p:", Some(&draft.places)).await?;
            chat.set_state(State::Invite(draft)).await?;
            chat.say_with(chat.t("bot-invite-places"), InlineKeyboardMarkup::new(rows))
                .await?;
            Ok(Handled::Done)
        }
        (InviteStep::Places, "p") if value != "done" => {
            let Ok(place) = chat.store().resolve_place(value).await else {
                return Ok(Handled::Stale);
            };
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            toggle(&mut draft.places, &place.key);
            let rows = place_rows(chat, "i:p:", Some(&draft.places)).await?;
            chat.set_state(State::Invite(draft)).await?;
            pressed
                .replace_buttons(chat, InlineKeyboardMarkup::new(rows))
                .await?;
            Ok(Handled::Done)
        }
        (InviteStep::Places, "p") => {
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            pressed.clear_buttons(chat).await?;
            preview(chat, draft).await?;
            Ok(Handled::Done)
        }
        (InviteStep::Confirm, "send") => send(chat, draft, pressed).await,
        _ => Ok(Handled::Stale),
    }
}

/// How many the audience holds, how many the bot can reach, and a sample.
async fn preview(chat: &Chat<'_>, mut draft: InviteDraft) -> HandlerResult {
    let invitees = chat
        .store()
        .audience(draft.event_id, &audience(&draft))
        .await?;
    let new: Vec<_> = invitees.iter().filter(|i| !i.already).collect();
    let reachable = new
        .iter()
        .filter(|i| matches!(i.reach, Reach::Member(_)))
        .count();
    chat.read(
        "list",
        &format!("event:{} audience-preview", draft.event_id),
        &new.iter().take(8).map(|i| i.contact_id).collect::<Vec<_>>(),
    )
    .await?;
    let sample: Vec<String> = new
        .iter()
        .take(8)
        .map(|i| {
            display_name(&i.names, chat.lang)
                .map_or_else(|| format!("#{}", i.contact_id), |n| esc(&n.value))
        })
        .collect();
    let count = |wanted: fn(&Reach) -> bool| new.iter().filter(|i| wanted(&i.reach)).count();
    let mut text = chat.t_args(
        "bot-invite-preview",
        &[
            ("total", new.len().into()),
            ("reachable", reachable.into()),
            ("unreachable", (new.len() - reachable).into()),
            (
                "no_account",
                count(|r| matches!(r, Reach::NoAccount)).into(),
            ),
            (
                "no_consent",
                count(|r| matches!(r, Reach::NoConsent)).into(),
            ),
            ("blocked", count(|r| matches!(r, Reach::Unreachable)).into()),
            ("already", (invitees.len() - new.len()).into()),
            ("sample", crate::i18n::list(chat.lang, &sample).into()),
        ],
    );
    if reachable == 0 && !new.is_empty() {
        text.push_str("\n\n");
        text.push_str(&chat.t("bot-invite-nobody"));
    }
    draft.step = InviteStep::Confirm;
    chat.set_state(State::Invite(draft)).await?;
    let mut rows = Vec::new();
    if reachable > 0 {
        rows.push(row([(
            chat.t_args("bot-invite-send", &[("count", reachable.into())]),
            "i:send".to_owned(),
        )]));
    }
    rows.push(vec![chat.cancel_button()]);
    chat.say_with(text, InlineKeyboardMarkup::new(rows)).await
}

async fn send(
    chat: &Chat<'_>,
    draft: InviteDraft,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    let event = chat
        .store()
        .resolve_event(&draft.event_id.to_string())
        .await?;
    let invitees = chat
        .store()
        .audience(draft.event_id, &audience(&draft))
        .await?;
    let places = chat.store().places_by_id().await?;
    let place = event.place_id.and_then(|id| places.get(&id)).cloned();
    let now = chat.store().clock.now();
    let config = &chat.app.config;
    let report = chat
        .store()
        .invite(event.id, &invitees, {
            let (event, lang, tz) = (event.clone(), config.lang, config.time_zone);
            move |member, token| {
                crate::events::invitation(&event, place.as_ref(), member, token, now, lang, tz)
            }
        })
        .await?;
    pressed.clear_buttons(chat).await?;
    chat.reset_state().await?;
    let tz = event_tz(&event, config.time_zone);
    chat.say(chat.t_args(
        "bot-invite-done",
        &[
            ("title", esc(&event_title(&event, chat.lang).0).into()),
            ("when", local_time(event.starts_at, tz).into()),
            ("queued", report.queued.into()),
            ("unreachable", report.unreachable.into()),
            ("id", event.id.into()),
        ],
    ))
    .await?;
    Ok(Handled::Done)
}
