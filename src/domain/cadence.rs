//! Keep-in-touch: how often someone from Seoul should be in touch with a
//! contact, and whether the relationship is due or overdue.
//!
//! A contact is *due* when the latest interaction, by anyone, is older than
//! its cadence and *overdue* past 1.5 × the cadence, counted from when the
//! interaction happened (not when it was logged). A contact never met is
//! counted from when it was recorded.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use super::Error;
use super::keys::Category;

/// The cadence of a contact with no category and no override.
pub const DEFAULT_CADENCE_DAYS: u16 = 90;
/// The longest cadence we accept (ten years).
pub const MAX_CADENCE_DAYS: u16 = 3650;

/// How often to be in touch, in whole days (1 to 3650).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cadence(u16);

impl Cadence {
    pub fn parse(value: &str) -> Result<Self, Error> {
        let invalid = || Error::Invalid {
            field: "cadence_days",
            value: value.trim().to_owned(),
        };
        let days: u16 = value.trim().parse().map_err(|_| invalid())?;
        Self::from_days(i64::from(days)).ok_or_else(invalid)
    }

    pub fn from_days(days: i64) -> Option<Self> {
        let days = u16::try_from(days).ok()?;
        (1..=MAX_CADENCE_DAYS).contains(&days).then_some(Self(days))
    }

    pub fn days(self) -> u16 {
        self.0
    }

    fn due_after(self) -> Duration {
        Duration::days(i64::from(self.0))
    }

    fn overdue_after(self) -> Duration {
        // 1.5 × the cadence, exactly, in hours.
        Duration::hours(i64::from(self.0) * 36)
    }
}

impl Default for Cadence {
    fn default() -> Self {
        Self(DEFAULT_CADENCE_DAYS)
    }
}

/// The cadence that applies to a contact: its own override, else the most
/// demanding (shortest) default among its categories, else the default.
pub fn effective_cadence(
    contact_override: Option<Cadence>,
    category_defaults: impl IntoIterator<Item = (Category, Cadence)>,
) -> Cadence {
    contact_override
        .or_else(|| {
            category_defaults
                .into_iter()
                .map(|(_, cadence)| cadence)
                .min()
        })
        .unwrap_or_default()
}

/// When the clock of a relationship started: the latest interaction, or
/// when the contact was recorded if nobody has met them yet.
pub fn baseline(
    last_interaction_at: Option<DateTime<Utc>>,
    recorded_at: DateTime<Utc>,
) -> DateTime<Utc> {
    last_interaction_at.unwrap_or(recorded_at)
}

/// The instant from which a relationship is due.
pub fn due_at(baseline: DateTime<Utc>, cadence: Cadence) -> DateTime<Utc> {
    baseline + cadence.due_after()
}

/// The latest interaction after logging one that happened at `occurred_at`:
/// a back-dated interaction older than the stored one leaves it in place.
pub fn latest_interaction(
    stored: Option<DateTime<Utc>>,
    occurred_at: DateTime<Utc>,
) -> DateTime<Utc> {
    stored.map_or(occurred_at, |stored| stored.max(occurred_at))
}

/// The state of a relationship at an instant. It keeps instants; how many
/// days they are from today is counted in calendar days of the reader's
/// time zone ([`Health::days`]), so "due in 1 day" means tomorrow all day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// In touch; due at this instant.
    Ok { due_at: DateTime<Utc> },
    /// Due since this instant.
    Due { due_at: DateTime<Utc> },
    /// Overdue: past 1.5 × the cadence; no contact since this instant.
    Overdue { baseline: DateTime<Utc> },
}

impl Health {
    pub fn key(self) -> &'static str {
        match self {
            Health::Ok { .. } => "ok",
            Health::Due { .. } => "due",
            Health::Overdue { .. } => "overdue",
        }
    }

    /// The days its words count, in calendar days in `tz` as of `today`:
    /// days until due (0: later today), days since due, or days since the
    /// last contact. Never negative.
    pub fn days(self, tz: Tz, today: NaiveDate) -> i64 {
        let day = |at: DateTime<Utc>| at.with_timezone(&tz).date_naive();
        let days = match self {
            Health::Ok { due_at } => (day(due_at) - today).num_days(),
            Health::Due { due_at } => (today - day(due_at)).num_days(),
            Health::Overdue { baseline } => (today - day(baseline)).num_days(),
        };
        days.max(0)
    }

    /// Most urgent first: overdue before due before in touch, the longer
    /// since (or the sooner due) the more urgent.
    pub fn urgency(self) -> (u8, i64) {
        match self {
            Health::Overdue { baseline } => (0, baseline.timestamp()),
            Health::Due { due_at } => (1, due_at.timestamp()),
            Health::Ok { due_at } => (2, due_at.timestamp()),
        }
    }
}

pub fn health(baseline: DateTime<Utc>, cadence: Cadence, now: DateTime<Utc>) -> Health {
    let due_at = baseline + cadence.due_after();
    if now < due_at {
        return Health::Ok { due_at };
    }
    if now < baseline + cadence.overdue_after() {
        return Health::Due { due_at };
    }
    Health::Overdue { baseline }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn days(n: i64) -> Cadence {
        Cadence::from_days(n).unwrap()
    }

    /// The words count calendar days in the office's time zone: met at
    /// 15:00 in Seoul with a cadence of 45 days, it is "due in 1 day" all
    /// through the day before (it said 2 until 15:00), and "due in 0 days"
    /// (later today) on the day itself until 15:00.
    #[test]
    fn days_are_calendar_days_in_the_time_zone() {
        let seoul = chrono_tz::Asia::Seoul;
        let met = at("2026-03-01T06:00:00Z"); // 15:00 in Seoul
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let h = |now: &str| health(met, days(45), at(now));
        assert_eq!(h("2026-03-01T06:00:00Z").days(seoul, day("2026-03-01")), 45);
        // The day before it is due, 09:00 and 23:00 in Seoul.
        assert_eq!(h("2026-04-14T00:00:00Z").days(seoul, day("2026-04-14")), 1);
        assert_eq!(h("2026-04-14T14:00:00Z").days(seoul, day("2026-04-14")), 1);
        // The day itself, before 15:00: in touch, due later today.
        let morning = h("2026-04-15T00:00:00Z");
        assert_eq!(morning.key(), "ok");
        assert_eq!(morning.days(seoul, day("2026-04-15")), 0);
        // After 15:00: due, since today.
        let evening = h("2026-04-15T07:00:00Z");
        assert_eq!(evening.key(), "due");
        assert_eq!(evening.days(seoul, day("2026-04-15")), 0);
        // The same instants read in UTC count UTC's days.
        assert_eq!(
            h("2026-04-14T14:00:00Z").days(chrono_tz::UTC, day("2026-04-14")),
            1
        );
    }

    #[test]
    fn due_date_counts_from_when_the_meeting_happened_not_when_it_was_logged() {
        // Met on 1 March, logged on 20 March: due 30 days after 1 March.
        let met = at("2026-03-01T10:00:00Z");
        let last = latest_interaction(None, met);
        assert_eq!(due_at(last, days(30)), at("2026-03-31T10:00:00Z"));
    }

    #[test]
    fn a_back_dated_interaction_older_than_the_latest_does_not_move_the_clock_back() {
        let latest = at("2026-05-01T00:00:00Z");
        assert_eq!(
            latest_interaction(Some(latest), at("2026-01-01T00:00:00Z")),
            latest
        );
        assert_eq!(
            latest_interaction(Some(latest), at("2026-06-01T00:00:00Z")),
            at("2026-06-01T00:00:00Z")
        );
    }

    #[test]
    fn a_relationship_is_due_after_its_cadence_and_overdue_after_one_and_a_half() {
        let base = at("2026-01-01T00:00:00Z");
        let cadence = days(60);
        let due_at = at("2026-03-02T00:00:00Z");
        let utc = chrono_tz::UTC;
        let h = |now: &str| health(base, cadence, at(now));
        let ok = h("2026-02-20T00:00:00Z");
        assert_eq!(ok, Health::Ok { due_at });
        assert_eq!(ok.days(utc, at("2026-02-20T00:00:00Z").date_naive()), 10);
        assert_eq!(h("2026-03-02T00:00:00Z"), Health::Due { due_at });
        let due = h("2026-03-31T23:00:00Z");
        assert_eq!(due, Health::Due { due_at });
        assert_eq!(due.days(utc, at("2026-03-31T23:00:00Z").date_naive()), 29);
        let overdue = h("2026-04-01T00:00:00Z");
        assert_eq!(overdue, Health::Overdue { baseline: base });
        assert_eq!(
            overdue.days(utc, at("2026-04-01T00:00:00Z").date_naive()),
            90
        );
    }

    #[test]
    fn the_override_wins_else_the_most_demanding_category_else_the_default() {
        let categories = [
            (Category::Researcher, days(120)),
            (Category::NextGenLeader, days(45)),
        ];
        assert_eq!(effective_cadence(Some(days(10)), categories), days(10));
        assert_eq!(effective_cadence(None, categories), days(45));
        assert_eq!(effective_cadence(None, []), days(90));
    }

    #[test]
    fn a_contact_never_met_is_counted_from_when_it_was_recorded() {
        let recorded = at("2026-01-01T00:00:00Z");
        assert_eq!(baseline(None, recorded), recorded);
    }

    #[test]
    fn cadence_outside_one_day_to_ten_years_is_refused() {
        assert!(Cadence::parse("0").is_err());
        assert!(Cadence::parse("3651").is_err());
        assert!(Cadence::parse("two weeks").is_err());
        assert_eq!(Cadence::parse(" 14 ").unwrap().days(), 14);
    }
}
