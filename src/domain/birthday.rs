//! Birthdays, solar or Korean lunar: the solar day a birthday falls on in
//! a given year (a lunar one moves every year), through
//! `korean-lunar-calendar`'s tables.

use chrono::{Datelike, NaiveDate};
use korean_lunar_calendar::{LunarDate, lunar_to_gregorian};

/// The solar day of the birthday in solar year `year`: for a lunar
/// birthday, its lunar month and day in the lunar year that gives a day in
/// `year`. 29 February is kept on 28 February in other years; a lunar
/// 30th in a month of 29 days on the 29th. `None` beyond the lunar tables.
pub fn in_year(birthday: NaiveDate, lunar: bool, year: i32) -> Option<NaiveDate> {
    if !lunar {
        return NaiveDate::from_ymd_opt(year, birthday.month(), birthday.day())
            .or_else(|| NaiveDate::from_ymd_opt(year, birthday.month(), 28));
    }
    // Lunar months fall up to about seven weeks after the solar ones:
    // the lunar year before may land in this solar year too.
    [year - 1, year]
        .into_iter()
        .filter_map(|lunar_year| lunar_day(lunar_year, birthday.month(), birthday.day()))
        .find(|day| day.year() == year)
}

/// The solar day of lunar month/day in a lunar year (not a leap month).
fn lunar_day(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let month = u8::try_from(month).ok()?;
    let day = u8::try_from(day).ok()?;
    let solar = |day: u8| {
        lunar_to_gregorian(&LunarDate {
            year,
            month: (month, false),
            day,
        })
    };
    let found = solar(day)?;
    if day == 30 {
        // A month of 29 days: its "30th" is the next month's first.
        let next_first = if month == 12 {
            lunar_to_gregorian(&LunarDate {
                year: year + 1,
                month: (1, false),
                day: 1,
            })
        } else {
            solar_first_of_next(year, month)
        };
        if next_first == Some(found) {
            return solar(29);
        }
    }
    Some(found)
}

/// The first day of the month after `month` (a leap month of the same
/// number comes first when there is one).
fn solar_first_of_next(year: i32, month: u8) -> Option<NaiveDate> {
    lunar_to_gregorian(&LunarDate {
        year,
        month: (month, true),
        day: 1,
    })
    .or_else(|| {
        lunar_to_gregorian(&LunarDate {
            year,
            month: (month + 1, false),
            day: 1,
        })
    })
}

/// The next solar day of the birthday on or after `from`.
pub fn next(birthday: NaiveDate, lunar: bool, from: NaiveDate) -> Option<NaiveDate> {
    [from.year(), from.year() + 1]
        .into_iter()
        .filter_map(|year| in_year(birthday, lunar, year))
        .find(|day| *day >= from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_solar_birthday_recurs_on_its_day_and_29_february_on_the_28th() {
        assert_eq!(in_year(day(1970, 5, 4), false, 2027), Some(day(2027, 5, 4)));
        assert_eq!(
            in_year(day(1972, 2, 29), false, 2027),
            Some(day(2027, 2, 28))
        );
        assert_eq!(
            next(day(1970, 1, 5), false, day(2026, 12, 2)),
            Some(day(2027, 1, 5))
        );
    }

    #[test]
    fn a_lunar_birthday_moves_with_the_lunar_calendar() {
        // Lunar 1/1 (Seollal): 2026-02-17, 2027-02-07.
        assert_eq!(in_year(day(1960, 1, 1), true, 2026), Some(day(2026, 2, 17)));
        assert_eq!(in_year(day(1960, 1, 1), true, 2027), Some(day(2027, 2, 7)));
        // Lunar 8/15 (Chuseok) 2026: 2026-09-25.
        assert_eq!(
            in_year(day(1960, 8, 15), true, 2026),
            Some(day(2026, 9, 25))
        );
        assert_eq!(
            next(day(1960, 8, 15), true, day(2026, 12, 2)),
            in_year(day(1960, 8, 15), true, 2027)
        );
    }

    #[test]
    fn a_lunar_12th_month_birthday_can_fall_in_the_next_solar_year() {
        // Lunar 2025-12-20 is in February 2026.
        let found = in_year(day(1960, 12, 20), true, 2026).unwrap();
        assert_eq!(found.year(), 2026);
        assert!(found.month() <= 2, "{found}");
    }
}
