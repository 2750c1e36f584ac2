//! Events in messages: the invitation in the recipient's language (the
//! event's own text in it when there is one, else a fallback that says so)
//! with its RSVP buttons, and the notices that follow an answer.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::domain::{Arg, Lang};
use crate::i18n;
use crate::keep::render::{Rendered, lang_of};
use crate::store::events::event_title;
use crate::store::invitations::Answer;
use crate::store::outbox::NewMessage;
use crate::store::records::{Event, Place, User};

use crate::render::html::escape as esc;

pub use crate::render::event::{event_tz, local_time};

/// Callback data of an RSVP button: `r:{token}:{answer}` (≤ 64 bytes).
pub fn rsvp_data(token: &str, answer: Answer) -> String {
    format!("r:{token}:{}", answer.code())
}

pub fn rsvp_keyboard(lang: Lang, token: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([vec![
        InlineKeyboardButton::callback(
            i18n::t(lang, "event-btn-accept"),
            rsvp_data(token, Answer::Accept),
        ),
        InlineKeyboardButton::callback(
            i18n::t(lang, "event-btn-decline"),
            rsvp_data(token, Answer::Decline),
        ),
        InlineKeyboardButton::callback(
            i18n::t(lang, "event-btn-maybe"),
            rsvp_data(token, Answer::Maybe),
        ),
    ]])
}

/// The body of an event, as an invitation or a reminder shows it.
pub fn event_lines(
    lang: Lang,
    event: &Event,
    place: Option<&Place>,
    default_tz: Tz,
) -> Vec<String> {
    let words = crate::render::Words::new(lang, default_tz, event.starts_at);
    let view = crate::render::event::EventView::new(&words, event, place, default_tz);
    let mut lines = vec![
        i18n::t_args(
            lang,
            "event-line-title",
            &[("title", esc(&view.title).into())],
        ),
        i18n::t_args(
            lang,
            "event-line-when",
            &[("kind", view.kind.into()), ("when", view.when.into())],
        ),
    ];
    if let Some(venue) = &view.venue {
        lines.push(i18n::t_args(
            lang,
            "event-line-where",
            &[("venue", esc(venue).into())],
        ));
    }
    if let Some(description) = &view.description {
        lines.push(esc(description));
    }
    if let Some(shown_in) = view.fallback {
        lines.push(i18n::t_args(
            lang,
            "event-line-fallback",
            &[(
                "language",
                Arg::Label(format!("lang-name-{}", shown_in.tag())),
            )],
        ));
    }
    lines
}

/// The invitation to `member`, carrying their RSVP token.
pub fn invitation(
    event: &Event,
    place: Option<&Place>,
    member: &User,
    token: &str,
    now: DateTime<Utc>,
    default_lang: Lang,
    default_tz: Tz,
) -> Option<NewMessage> {
    let lang = lang_of(member, default_lang);
    let tz = event_tz(event, default_tz);
    let mut lines = vec![i18n::t(lang, "event-invitation-head")];
    lines.extend(event_lines(lang, event, place, default_tz));
    if let Some(deadline) = event.rsvp_deadline {
        lines.push(i18n::t_args(
            lang,
            "event-line-deadline",
            &[("deadline", local_time(deadline, tz).into())],
        ));
    }
    Rendered {
        about: Vec::new(),
        text: lines.join("\n"),
        keyboard: rsvp_keyboard(lang, token),
    }
    .to(
        member,
        "invitation",
        format!("invite:{}:{}", event.id, member.id),
        now,
    )
}

/// The notice to a member moved from the waitlist to a seat.
pub fn promotion(
    event: &Event,
    member: &User,
    now: DateTime<Utc>,
    default_lang: Lang,
    default_tz: Tz,
) -> Option<NewMessage> {
    let lang = lang_of(member, default_lang);
    let tz = event_tz(event, default_tz);
    let (title, _) = event_title(event, lang);
    Rendered {
        about: Vec::new(),
        text: i18n::t_args(
            lang,
            "event-promoted",
            &[
                ("title", esc(&title).into()),
                ("when", local_time(event.starts_at, tz).into()),
            ],
        ),
        keyboard: InlineKeyboardMarkup::default(),
    }
    .to(
        member,
        "event",
        format!("promoted:{}:{}:{}", event.id, member.id, now.timestamp()),
        now,
    )
}

/// The reminder a day before, to a member who accepted.
pub fn reminder(
    event: &Event,
    place: Option<&Place>,
    member: &User,
    invitation_id: i32,
    now: DateTime<Utc>,
    default_lang: Lang,
    default_tz: Tz,
) -> Option<NewMessage> {
    let lang = lang_of(member, default_lang);
    let mut lines = vec![i18n::t(lang, "event-reminder-head")];
    lines.extend(event_lines(lang, event, place, default_tz));
    Rendered {
        about: Vec::new(),
        text: lines.join("\n"),
        keyboard: InlineKeyboardMarkup::default(),
    }
    .to(
        member,
        "event",
        format!("remind:{invitation_id}:{}", event.revision),
        now,
    )
}

/// The notice of a changed or cancelled event.
pub fn change_notice(
    event: &Event,
    place: Option<&Place>,
    member: &User,
    now: DateTime<Utc>,
    default_lang: Lang,
    default_tz: Tz,
) -> Option<NewMessage> {
    let lang = lang_of(member, default_lang);
    let cancelled = event.status == crate::store::events::EventStatus::Cancelled;
    let head = if cancelled {
        "event-cancelled-head"
    } else {
        "event-changed-head"
    };
    let mut lines = vec![i18n::t(lang, head)];
    lines.extend(event_lines(lang, event, place, default_tz));
    Rendered {
        about: Vec::new(),
        text: lines.join("\n"),
        keyboard: InlineKeyboardMarkup::default(),
    }
    .to(
        member,
        "event",
        format!("change:{}:{}:{}", event.id, event.revision, member.id),
        now,
    )
}
