//! An event in words — title, kind and time, venue, description, and
//! whether a fallback language is shown — for the invitations the outbox
//! sends, the bot's lists and the web console.

use chrono_tz::Tz;

use super::Words;
use crate::domain::Lang;
use crate::domain::dates::parse_time_zone;
use crate::domain::keys::EventKind;
use crate::store::events::{event_description, event_title};
use crate::store::records::{Event, Place};
use crate::store::reference::place_name;

/// The event's zone (the office's if it names none we know).
pub fn event_tz(event: &Event, default: Tz) -> Tz {
    parse_time_zone(&event.time_zone).unwrap_or(default)
}

/// A time in the event's zone: `2026-12-10 18:30 (Asia/Seoul)`.
pub fn local_time(at: chrono::DateTime<chrono::Utc>, tz: Tz) -> String {
    format!(
        "{} ({})",
        at.with_timezone(&tz).format("%Y-%m-%d %H:%M"),
        tz.name()
    )
}

/// The event in words, not escaped.
#[derive(Debug, Clone)]
pub struct EventView {
    pub title: String,
    pub kind: String,
    pub when: String,
    /// The place's name and the address, when either is known.
    pub venue: Option<String>,
    pub description: Option<String>,
    /// The language shown instead of the reader's, when it lacked a text.
    pub fallback: Option<Lang>,
}

impl EventView {
    pub fn new(words: &Words, event: &Event, place: Option<&Place>, default_tz: Tz) -> Self {
        let tz = event_tz(event, default_tz);
        let (title, mut fallback) = event_title(event, words.lang);
        let venue = [
            place.map(|p| place_name(p, words.lang).to_owned()),
            event.address.clone(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        let description = event_description(event, words.lang).map(|(text, shown_in)| {
            fallback = fallback.or(shown_in);
            text
        });
        Self {
            title,
            kind: words.label(EventKind::KIND, event.kind),
            when: local_time(event.starts_at, tz),
            venue: (!venue.is_empty()).then_some(venue),
            description,
            fallback,
        }
    }
}
