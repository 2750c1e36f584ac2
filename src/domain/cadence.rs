//! Keep-in-touch: how often someone from Seoul should be in touch with a
//! contact, and whether the relationship is due or overdue.
//!
//! A contact is *due* when the latest interaction, by anyone, is older than
//! its cadence and *overdue* past 1.5 × the cadence, counted from when the
//! interaction happened (not when it was logged). A contact never met is
//! counted from when it was recorded.

use chrono::{DateTime, Duration, Utc};

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

/// The state of a relationship at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// In touch; due in this many whole days.
    Ok { due_in_days: i64 },
    /// Due since this many whole days.
    Due { days_since_due: i64 },
    /// Overdue: past 1.5 × the cadence; this many days since the baseline.
    Overdue { days_since_baseline: i64 },
}

impl Health {
    pub fn key(self) -> &'static str {
        match self {
            Health::Ok { .. } => "ok",
            Health::Due { .. } => "due",
            Health::Overdue { .. } => "overdue",
        }
    }
}

pub fn health(baseline: DateTime<Utc>, cadence: Cadence, now: DateTime<Utc>) -> Health {
    let due = baseline + cadence.due_after();
    if now < due {
        // Whole days left, rounded up: "due in 45 days" for 44 days and
        // some hours, and never "due in 0 days" before it is due.
        let left = due - now;
        let whole = left.num_days();
        let due_in_days = if left > Duration::days(whole) {
            whole + 1
        } else {
            whole
        };
        return Health::Ok { due_in_days };
    }
    if now < baseline + cadence.overdue_after() {
        return Health::Due {
            days_since_due: (now - due).num_days(),
        };
    }
    Health::Overdue {
        days_since_baseline: (now - baseline).num_days(),
    }
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

    #[test]
    fn days_left_are_rounded_up() {
        let met = at("2026-03-01T10:00:00Z");
        assert_eq!(health(met, days(45), met), Health::Ok { due_in_days: 45 });
        assert_eq!(
            health(met, days(45), at("2026-03-01T10:00:01Z")),
            Health::Ok { due_in_days: 45 }
        );
        assert_eq!(
            health(met, days(45), at("2026-04-15T09:00:00Z")),
            Health::Ok { due_in_days: 1 }
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
        assert_eq!(
            health(base, cadence, at("2026-02-20T00:00:00Z")),
            Health::Ok { due_in_days: 10 }
        );
        assert_eq!(
            health(base, cadence, at("2026-03-02T00:00:00Z")),
            Health::Due { days_since_due: 0 }
        );
        assert_eq!(
            health(base, cadence, at("2026-03-31T23:00:00Z")),
            Health::Due { days_since_due: 29 }
        );
        assert_eq!(
            health(base, cadence, at("2026-04-01T00:00:00Z")),
            Health::Overdue {
                days_since_baseline: 90
            }
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
