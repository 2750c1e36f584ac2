//! One renderer per thing shown — a contact card, an interaction line, a
//! relationship's health — for every face: the bot (Telegram HTML), the
//! command line (plain text), the outbox's messages and the web console.
//!
//! A renderer turns store records into *localized, unescaped* text parts
//! ([`card::CardView`] and friends); each face only lays those parts out and
//! escapes them for its medium (`html::escape` is the one escaper).

pub mod card;
pub mod due;
pub mod event;
pub mod html;
pub mod institutions;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::domain::cadence::Health;
use crate::domain::{Arg, Lang};
use crate::i18n;

/// The reader's language and time zone, and today there: what every
/// renderer needs to put words and dates on the page.
#[derive(Debug, Clone, Copy)]
pub struct Words {
    pub lang: Lang,
    pub tz: Tz,
    pub today: NaiveDate,
}

impl Words {
    pub fn new(lang: Lang, tz: Tz, now: DateTime<Utc>) -> Self {
        Self {
            lang,
            tz,
            today: now.with_timezone(&tz).date_naive(),
        }
    }

    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    pub fn t_args(&self, key: &str, args: &[(&'static str, Arg)]) -> String {
        i18n::t_args(self.lang, key, args)
    }

    pub fn label(&self, kind: &str, key: impl std::fmt::Display) -> String {
        i18n::label(self.lang, kind, key)
    }

    /// A day in the reader's zone, `YYYY-MM-DD`.
    pub fn date(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.tz).format("%Y-%m-%d").to_string()
    }

    /// A local date and time for the reader.
    pub fn datetime(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.tz)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }

    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        i18n::list(self.lang, items)
    }
}

/// A relationship's health in words: "in touch (due in 12 days)", the
/// days counted in calendar days of `words`' time zone.
pub fn health_text(words: &Words, health: Health) -> String {
    let days = health.days(words.tz, words.today);
    let key = match health {
        Health::Ok { .. } => "health-ok",
        Health::Due { .. } => "health-due",
        Health::Overdue { .. } => "health-overdue",
    };
    words.t_args(key, &[("days", days.into())])
}
