//! Events as iCalendar (RFC 5545): one VEVENT per event, times in UTC,
//! text escaped and lines folded at 75 octets.

use chrono::{DateTime, Utc};

use crate::domain::Lang;
use crate::store::events::{EventStatus, event_description, event_title};
use crate::store::records::{Event, Place};
use crate::store::reference::place_name;

fn stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// The calendar of `events`, titles in `lang` (or their fallback).
pub fn write_events(
    events: &[Event],
    places: &std::collections::HashMap<i32, Place>,
    lang: Lang,
    now: DateTime<Utc>,
) -> String {
    let mut out = String::new();
    let mut line = |l: String| fold(&l, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Inmaek//Events//EN".into());
    line("CALSCALE:GREGORIAN".into());
    for event in events {
        line("BEGIN:VEVENT".into());
        line(format!("UID:event-{}@inmaek", event.id));
        line(format!("DTSTAMP:{}", stamp(now)));
        line(format!("DTSTART:{}", stamp(event.starts_at)));
        if let Some(ends) = event.ends_at {
            line(format!("DTEND:{}", stamp(ends)));
        }
        line(format!("SUMMARY:{}", text(&event_title(event, lang).0)));
        if let Some((description, _)) = event_description(event, lang) {
            line(format!("DESCRIPTION:{}", text(&description)));
        }
        let location = [
            event
                .place_id
                .and_then(|id| places.get(&id))
                .map(|p| place_name(p, lang).to_owned()),
            event.address.clone(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        if !location.is_empty() {
            line(format!("LOCATION:{}", text(&location)));
        }
        line(format!("CATEGORIES:{}", text(event.kind.key())));
        line(format!(
            "STATUS:{}",
            if event.status == EventStatus::Cancelled {
                "CANCELLED"
            } else {
                "CONFIRMED"
            }
        ));
        line(format!("SEQUENCE:{}", (event.revision - 1).max(0)));
        line(format!("LAST-MODIFIED:{}", stamp(event.updated_at)));
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters() {
        let mut out = String::new();
        fold(
            &format!("SUMMARY:{}", "동북아 평화 국제포럼".repeat(5)),
            &mut out,
        );
        for piece in out.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(piece.len() <= 75, "{piece}");
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("SUMMARY:{}", "동북아 평화 국제포럼".repeat(5))
        );
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
