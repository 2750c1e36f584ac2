//! When the system may speak: the daily digest at 09:00 local time, quiet
//! hours from 21:00 to 08:00 in the recipient's time zone, and how long to
//! wait before sending a failed message again.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

/// The digest goes out from this hour, local time.
pub const DIGEST_HOUR: u32 = 9;
/// Nothing is sent from this hour…
pub const QUIET_FROM_HOUR: u32 = 21;
/// …until this hour, local time.
pub const QUIET_UNTIL_HOUR: u32 = 8;
/// After this many failed attempts a message is a dead letter.
pub const MAX_ATTEMPTS: i32 = 5;
/// The first retry waits this long; each next one twice as long…
const FIRST_BACKOFF_SECONDS: i64 = 30;
/// …up to this.
const MAX_BACKOFF_SECONDS: i64 = 3600;
/// How many days before its due date a follow-up shows in the digest.
pub const FOLLOW_UP_HORIZON_DAYS: i64 = 7;
/// A follow-up due longer ago than this gets no reminder of its own (it
/// stays in the digest and in `/due`): a first start on old data does not
/// flood officers.
pub const FOLLOW_UP_REMINDER_DAYS_BACK: i64 = 7;
/// How long Snooze puts a relationship or follow-up off.
pub const SNOOZE_DAYS: i64 = 7;

/// The instant `time` on `date` in `tz`; in a gap of a daylight-saving
/// change, the first valid instant after it.
pub fn local_instant(tz: Tz, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let naive = date.and_time(time);
    (0..4)
        .find_map(|hours| {
            tz.from_local_datetime(&(naive + Duration::hours(hours)))
                .earliest()
        })
        .map_or_else(|| naive.and_utc(), |at| at.with_timezone(&Utc))
}

fn at_hour(hour: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// When quiet hours at `now` end for someone in `tz`, or `None` if it is
/// not quiet there now.
pub fn quiet_until(now: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
    let local = now.with_timezone(&tz);
    let date = local.date_naive();
    if local.hour() >= QUIET_FROM_HOUR {
        Some(local_instant(
            tz,
            date.succ_opt()?,
            at_hour(QUIET_UNTIL_HOUR),
        ))
    } else if local.hour() < QUIET_UNTIL_HOUR {
        Some(local_instant(tz, date, at_hour(QUIET_UNTIL_HOUR)))
    } else {
        None
    }
}

/// The local date whose digest is due at `now` in `tz`: from 09:00 until
/// quiet hours begin. A pass that misses the whole window (the server was
/// down) skips that day rather than writing at night.
pub fn digest_date(now: DateTime<Utc>, tz: Tz) -> Option<NaiveDate> {
    let local = now.with_timezone(&tz);
    (DIGEST_HOUR..QUIET_FROM_HOUR)
        .contains(&local.hour())
        .then(|| local.date_naive())
}

/// Whether a follow-up due on `due_on` is reminded of at `now` in `tz`: on
/// its due date (or a few days late) from 09:00, outside quiet hours.
pub fn follow_up_reminder_due(due_on: NaiveDate, now: DateTime<Utc>, tz: Tz) -> bool {
    let Some(today) = digest_date(now, tz) else {
        return false;
    };
    due_on <= today && today - due_on <= Duration::days(FOLLOW_UP_REMINDER_DAYS_BACK)
}

/// How long to wait after the `attempts`-th failure: 30 s, 1 min, 2 min, …
/// capped at an hour, plus up to a tenth more, spread by `spread` (the
/// message id) so a burst of failures does not retry in lockstep.
pub fn backoff(attempts: i32, spread: i32) -> Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 16)).unwrap_or(0);
    let base = FIRST_BACKOFF_SECONDS
        .saturating_mul(1_i64 << exponent)
        .min(MAX_BACKOFF_SECONDS);
    let jitter = (i64::from(spread).unsigned_abs() % 10) as i64 * base / 100;
    Duration::seconds(base + jitter)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seoul(rfc3339: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(rfc3339)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn quiet_hours_end_at_eight_local_time() {
        let tz = chrono_tz::Asia::Seoul;
        assert_eq!(
            quiet_until(seoul("2026-12-01T21:30:00+09:00"), tz),
            Some(seoul("2026-12-02T08:00:00+09:00"))
        );
        assert_eq!(
            quiet_until(seoul("2026-12-02T07:59:00+09:00"), tz),
            Some(seoul("2026-12-02T08:00:00+09:00"))
        );
        assert_eq!(quiet_until(seoul("2026-12-02T08:00:00+09:00"), tz), None);
        assert_eq!(quiet_until(seoul("2026-12-02T20:59:59+09:00"), tz), None);
    }

    #[test]
    fn the_digest_window_is_from_nine_until_quiet_hours() {
        let tz = chrono_tz::Asia::Shanghai;
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(digest_date(seoul("2026-12-01T08:59:00+08:00"), tz), None);
        assert_eq!(
            digest_date(seoul("2026-12-01T09:00:00+08:00"), tz),
            Some(day)
        );
        assert_eq!(
            digest_date(seoul("2026-12-01T20:00:00+08:00"), tz),
            Some(day)
        );
        assert_eq!(digest_date(seoul("2026-12-01T21:00:00+08:00"), tz), None);
    }

    #[test]
    fn daylight_saving_gaps_move_to_the_next_valid_instant() {
        let tz = chrono_tz::America::New_York;
        let day = NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
        let at = local_instant(tz, day, NaiveTime::from_hms_opt(2, 30, 0).unwrap());
        assert_eq!(at, seoul("2026-03-08T03:30:00-04:00"));
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff(1, 0), Duration::seconds(30));
        assert_eq!(backoff(2, 0), Duration::seconds(60));
        assert_eq!(backoff(3, 0), Duration::seconds(120));
        assert_eq!(backoff(20, 0), Duration::seconds(3600));
        assert!(backoff(2, 7) > backoff(2, 0));
        assert!(backoff(2, 9) <= Duration::seconds(66));
    }

    #[test]
    fn follow_ups_are_reminded_on_the_due_date_from_nine() {
        let tz = chrono_tz::Asia::Seoul;
        let due = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert!(!follow_up_reminder_due(
            due,
            seoul("2026-12-02T10:00:00+09:00"),
            tz
        ));
        assert!(!follow_up_reminder_due(
            due,
            seoul("2026-12-03T08:30:00+09:00"),
            tz
        ));
        assert!(follow_up_reminder_due(
            due,
            seoul("2026-12-03T09:00:00+09:00"),
            tz
        ));
        assert!(follow_up_reminder_due(
            due,
            seoul("2026-12-10T09:00:00+09:00"),
            tz
        ));
        assert!(!follow_up_reminder_due(
            due,
            seoul("2026-12-11T09:00:00+09:00"),
            tz
        ));
    }
}
