//! Dates and instants as people type them, in their time zone.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::Error;

/// Parses an IANA time zone name (`Asia/Seoul`).
pub fn parse_time_zone(value: &str) -> Result<Tz, Error> {
    value
        .trim()
        .parse::<Tz>()
        .map_err(|_| Error::UnknownTimeZone(value.trim().to_owned()))
}

/// Parses a calendar date `YYYY-MM-DD`; impossible dates (30 February) are refused.
pub fn parse_date(field: &'static str, value: &str) -> Result<NaiveDate, Error> {
    let date = parse_ymd(field, value)?;
    check_year(field, value, date.year())?;
    Ok(date)
}

/// `YYYY-MM-DD`, any year (the callers check the range last, so that a
/// date far ahead is called "in the future").
fn parse_ymd(field: &'static str, value: &str) -> Result<NaiveDate, Error> {
    let value = value.trim();
    let invalid = || Error::InvalidDate {
        field,
        value: value.to_owned(),
    };
    // Four digits of year, no sign: chrono alone takes "+002026-01-01".
    if !value.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(invalid());
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| invalid())
}

/// The years a date may fall in: earlier or later is a typo (`0001`,
/// `9999-12-31`), not a record of the office.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Refuses a year outside `YEARS`, naming the field and the value.
pub fn check_year(field: &'static str, value: &str, year: i32) -> Result<(), Error> {
    if YEARS.contains(&year) {
        Ok(())
    } else {
        Err(Error::YearOutOfRange {
            field,
            value: value.trim().to_owned(),
        })
    }
}

/// Parses when something happened: RFC 3339 (`2026-11-20T14:30:00+09:00`),
/// a local date and time (`2026-11-20 14:30`, in `tz`) or a date alone
/// (noon local time, or now if that is still to come today). Instants more
/// than five minutes ahead of `now` are refused: an interaction is logged
/// after it happened.
pub fn parse_occurred_at(
    field: &'static str,
    value: &str,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, Error> {
    let trimmed = value.trim();
    let invalid = || Error::InvalidDateTime {
        field,
        value: trimmed.to_owned(),
    };
    let instant = if let Ok(instant) = DateTime::parse_from_rfc3339(trimmed) {
        instant.with_timezone(&Utc)
    } else if let Ok(local) = NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%d %H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%dT%H:%M"))
    {
        local_to_utc(tz, local).ok_or_else(invalid)?
    } else {
        let date = parse_ymd(field, trimmed).map_err(|_| invalid())?;
        let noon = local_to_utc(
            tz,
            date.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default()),
        )
        .ok_or_else(invalid)?;
        if date == now.with_timezone(&tz).date_naive() {
            noon.min(now)
        } else {
            noon
        }
    };
    if instant > now + Duration::minutes(5) {
        return Err(Error::InFuture {
            field,
            value: trimmed.to_owned(),
        });
    }
    check_year(field, trimmed, instant.year())?;
    Ok(instant)
}

/// When an interaction on a local `date` happened, for a date picked in a
/// chat: noon local time, or now when that is still to come today.
pub fn occurred_on(date: NaiveDate, tz: Tz, now: DateTime<Utc>) -> DateTime<Utc> {
    let noon = local_to_utc(
        tz,
        date.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default()),
    )
    .unwrap_or_else(|| date.and_time(NaiveTime::MIN).and_utc());
    noon.min(now)
}

/// Parses an instant in RFC 3339 (`--now`, event times).
pub fn parse_instant(field: &'static str, value: &str) -> Result<DateTime<Utc>, Error> {
    let instant = DateTime::parse_from_rfc3339(value.trim())
        .map(|instant| instant.with_timezone(&Utc))
        .map_err(|_| Error::InvalidInstant {
            field,
            value: value.trim().to_owned(),
        })?;
    check_year(field, value, instant.year())?;
    Ok(instant)
}

/// An event's time as typed on the command line: RFC 3339, or a local
/// `2026-12-20 10:00` in `tz`.
pub fn parse_local_instant(
    field: &'static str,
    value: &str,
    tz: Tz,
) -> Result<DateTime<Utc>, Error> {
    let trimmed = value.trim();
    let invalid = || Error::InvalidLocalTime {
        field,
        value: trimmed.to_owned(),
    };
    let instant = if let Ok(instant) = DateTime::parse_from_rfc3339(trimmed) {
        instant.with_timezone(&Utc)
    } else {
        let local = NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%d %H:%M")
            .or_else(|_| NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%dT%H:%M"))
            .map_err(|_| invalid())?;
        local_to_utc(tz, local).ok_or_else(invalid)?
    };
    check_year(field, trimmed, instant.year())?;
    Ok(instant)
}

/// An instant to come, typed in a chat or a flag: RFC 3339 or a local
/// `2026-12-10 14:00` in `tz`; a date alone means `at` that day. Refused
/// when not after `now`.
pub fn parse_coming_instant(
    field: &'static str,
    value: &str,
    tz: Tz,
    at: NaiveTime,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, Error> {
    let trimmed = value.trim();
    let invalid = || Error::InvalidDateTime {
        field,
        value: trimmed.to_owned(),
    };
    let instant = if let Ok(instant) = DateTime::parse_from_rfc3339(trimmed) {
        instant.with_timezone(&Utc)
    } else if let Ok(local) = NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%d %H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(trimmed, "%Y-%m-%dT%H:%M"))
    {
        local_to_utc(tz, local).ok_or_else(invalid)?
    } else {
        let date = parse_ymd(field, trimmed).map_err(|_| invalid())?;
        local_to_utc(tz, date.and_time(at)).ok_or_else(invalid)?
    };
    if instant <= now {
        return Err(Error::InPast {
            field,
            value: trimmed.to_owned(),
        });
    }
    check_year(field, trimmed, instant.year())?;
    Ok(instant)
}

fn local_to_utc(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    // In a DST gap there is no such local time; in an overlap take the earlier.
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEOUL: Tz = chrono_tz::Asia::Seoul;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-28T10:00:00+09:00")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn thirty_february_is_refused_with_the_field_and_value() {
        assert_eq!(
            parse_date("due", "2026-02-30").unwrap_err(),
            Error::InvalidDate {
                field: "due",
                value: "2026-02-30".into()
            }
        );
    }

    #[test]
    fn a_local_time_is_read_in_the_given_zone() {
        let at = parse_occurred_at("at", "2026-11-20 14:30", SEOUL, now()).unwrap();
        assert_eq!(at.to_rfc3339(), "2026-11-20T05:30:00+00:00");
    }

    #[test]
    fn a_date_alone_means_noon_or_now_if_noon_is_still_to_come() {
        let earlier = parse_occurred_at("at", "2026-11-20", SEOUL, now()).unwrap();
        assert_eq!(earlier.to_rfc3339(), "2026-11-20T03:00:00+00:00");
        let today = parse_occurred_at("at", "2026-11-28", SEOUL, now()).unwrap();
        assert_eq!(today, now());
    }

    #[test]
    fn an_interaction_cannot_have_happened_tomorrow() {
        assert!(matches!(
            parse_occurred_at("at", "2026-11-29", SEOUL, now()),
            Err(Error::InFuture { .. })
        ));
    }

    #[test]
    fn an_unknown_time_zone_is_refused() {
        assert_eq!(
            parse_time_zone("Asia/Pyongyang").unwrap().name(),
            "Asia/Pyongyang"
        );
        assert!(parse_time_zone("Mars/Olympus").is_err());
    }
}
