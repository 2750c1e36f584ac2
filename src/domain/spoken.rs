//! Dates and durations as officers type them in a chat, in Korean, Chinese
//! or English: 어제, 昨天, yesterday, 2026-11-20, 11/20, 11월 20일, 11月20日;
//! "2 weeks", "2주", "两周", "一个月".

use chrono::{Datelike, Days, Months, NaiveDate};

/// What the words at the start of a line say about a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateWords {
    /// A day that has come: today or earlier.
    Past(NaiveDate),
    /// A day still to come (`tomorrow`, `2027-01-15`).
    Future(NaiveDate),
    /// A date in the shape of one that cannot exist (`2월 30일`, `2026-13-01`)
    /// or lies outside the years 1900 to 2100.
    Impossible,
}

/// The most words a date takes: `the day before yesterday`, `2026년 11월 20일`.
const MOST_DATE_WORDS: usize = 4;

/// Reads a date written in the first of `words` — one word (`어제`,
/// `11/20`, `上周五`) or several (`3일 전`, `3 days ago`, `November 20`,
/// `지난주 금요일`, `last Friday`), in any of the three languages — and
/// says how many words it took. The longest reading wins.
pub fn leading_date(words: &[&str], today: NaiveDate) -> Option<(usize, DateWords)> {
    (1..=words.len().min(MOST_DATE_WORDS)).rev().find_map(|n| {
        let text = words[..n].join(" ");
        // A comma may close the date: "yesterday, talked about …".
        let text = text.trim_end_matches([',', '，', '、']);
        read_date(text, today).map(|reading| (n, reading))
    })
}

/// Reads a whole text as a day, relative to `today`: past, future or impossible.
/// `None` when the text is no date at all.
pub fn read_date(text: &str, today: NaiveDate) -> Option<DateWords> {
    let t = text
        .trim()
        .trim_end_matches(['.', '。'])
        .to_lowercase()
        .replace(['，', ','], " ");
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.is_empty() {
        return None;
    }
    let reading = relative_day(&t, today)
        .or_else(|| ago(&t, today))
        .or_else(|| weekday_date(&t, today))
        .or_else(|| full_date(&t))
        .or_else(|| {
            let (month, day) = month_day(&t)?;
            Some(latest_month_day(month, day, today))
        })?;
    Some(match reading {
        Some(date) if !super::dates::YEARS.contains(&date.year()) => DateWords::Impossible,
        Some(date) if date > today => DateWords::Future(date),
        Some(date) => DateWords::Past(date),
        None => DateWords::Impossible,
    })
}

/// Reads a date relative to `today` (the user's local date). A month and
/// day without a year is the latest such date not after today. Only years
/// 1900 to 2100 (`super::dates::YEARS`) are dates; a date still to come is
/// returned as it is (the caller says it is in the future).
pub fn parse_spoken_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    match read_date(text, today)? {
        DateWords::Past(date) | DateWords::Future(date) => Some(date),
        DateWords::Impossible => None,
    }
}

/// `Some(None)`: the shape of a date, but no such day.
type Reading = Option<Option<NaiveDate>>;

fn relative_day(t: &str, today: NaiveDate) -> Reading {
    let back: i64 = match t {
        "today" | "오늘" | "今天" | "今日" => 0,
        "yesterday" | "어제" | "어저께" | "昨天" | "昨日" => 1,
        "the day before yesterday" | "day before yesterday" | "그저께" | "그제" | "前天" => {
            2
        }
        "사흘 전" | "大前天" => 3,
        "tomorrow" | "내일" | "明天" | "明日" => -1,
        "the day after tomorrow" | "day after tomorrow" | "모레" | "后天" => -2,
        _ => return None,
    };
    Some(shift_days(today, -back))
}

fn shift_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    }
}

/// `3 days ago`, `3일 전`, `三天前`, `2 weeks ago`, `2주 전`, `两周前`,
/// `a month ago`, `한 달 전`, `一个月前`.
fn ago(t: &str, today: NaiveDate) -> Reading {
    let span = ["ago", "전", "前", "以前", "之前"]
        .iter()
        .find_map(|suffix| {
            let before = t.strip_suffix(suffix)?.trim_end();
            // "3일전" and "三天前" have no space; "3 days ago" has one.
            (!before.is_empty()).then(|| parse_span(before))?
        })?;
    Some(match span {
        Span::Days(n) => today.checked_sub_days(Days::new(n)),
        Span::Weeks(n) => n
            .checked_mul(7)
            .and_then(|d| today.checked_sub_days(Days::new(d))),
        Span::Months(n) => today.checked_sub_months(Months::new(n)),
    })
}

/// Monday = 0 … Sunday = 6, in English, Korean or Chinese, written in full
/// (`Friday`, `금요일`, `周五`, `星期五`): "Sun", "Sat" or "일" alone begin
/// too many notes to be read as days.
fn weekday(word: &str) -> Option<u32> {
    let english = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    if let Some(i) = english.iter().position(|name| *name == word) {
        return Some(i as u32);
    }
    if let Some(day) = word.strip_suffix("요일") {
        let korean = ["월", "화", "수", "목", "금", "토", "일"];
        return korean.iter().position(|k| *k == day).map(|i| i as u32);
    }
    let day = ["星期", "礼拜", "周"]
        .iter()
        .find_map(|p| word.strip_prefix(p))?;
    let chinese = ["一", "二", "三", "四", "五", "六", "日"];
    if let Some(i) = chinese.iter().position(|c| *c == day) {
        return Some(i as u32);
    }
    (day == "天").then_some(6)
}

/// `last Friday` and `지난 금요일` (the latest Friday before today),
/// `지난주 금요일` and `上周五` (the Friday of last week), `Friday`, `금요일`,
/// `周五` (the latest Friday up to today), `this Friday`, `이번 주 금요일`,
/// `这周五` (the Friday of this week), `next Friday`, `다음 주 금요일`, `下周五`.
fn weekday_date(t: &str, today: NaiveDate) -> Reading {
    let monday =
        today.checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday())))?;
    let in_week = |weeks: i64, day: u32| shift_days(monday, weeks * 7 + i64::from(day));
    let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    for (lead, weeks) in [
        ("지난주", -1),
        ("저번주", -1),
        ("上周", -1),
        ("上星期", -1),
        ("上礼拜", -1),
        ("이번주", 0),
        ("这周", 0),
        ("这个星期", 0),
        ("本周", 0),
        ("다음주", 1),
        ("下周", 1),
        ("下星期", 1),
        ("下礼拜", 1),
    ] {
        if let Some(day) = compact.strip_prefix(lead) {
            // 上周五 is 上周 + 五; 上周周五 and 지난주 금요일 name the day in full.
            let day = weekday(day).or_else(|| weekday(&format!("周{day}")))?;
            return Some(in_week(weeks, day));
        }
    }
    let words: Vec<&str> = t.split(' ').collect();
    let latest_before = |day: u32, include_today: bool| {
        let back = (7 + today.weekday().num_days_from_monday() - day) % 7;
        let back = if back == 0 && !include_today { 7 } else { back };
        today.checked_sub_days(Days::new(u64::from(back)))
    };
    match words.as_slice() {
        ["last" | "지난" | "저번", day] => Some(latest_before(weekday(day)?, false)),
        ["this", day] => Some(in_week(0, weekday(day)?)),
        ["next" | "다음", day] => Some(in_week(1, weekday(day)?)),
        [day] => Some(latest_before(weekday(day)?, true)),
        _ => None,
    }
}

/// English month names and their abbreviations (`Nov`, `Sept`).
fn month_name(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(word))
        .map(|i| i as u32 + 1)
}

/// A day of the month as digits, with an English ordinal suffix allowed.
fn day_number(word: &str) -> Option<u32> {
    let word = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    (!word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())?
}

fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok())?
}

/// A date with its year: `2026-11-20`, `2026/11/20`, `2026.11.20`,
/// `2026년 11월 20일`, `2026年11月20日`, `November 20, 2026`, `20 Nov 2026`.
fn full_date(t: &str) -> Reading {
    let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    for separator in ['-', '/', '.'] {
        let parts: Vec<&str> = compact.split(separator).collect();
        if let [y, m, d] = parts.as_slice()
            && let Some(year) = year_number(y)
        {
            let month: u32 = digits(m)?;
            let day: u32 = digits(d)?;
            return Some(NaiveDate::from_ymd_opt(year, month, day));
        }
    }
    for (year_mark, rest_marks) in [('년', ('월', "일")), ('年', ('月', "日"))] {
        if let Some((y, rest)) = compact.split_once(year_mark)
            && let Some(year) = year_number(y)
            && let Some((m, d)) = rest.split_once(rest_marks.0)
        {
            let d = d
                .strip_suffix(rest_marks.1)
                .or_else(|| d.strip_suffix('号'))
                .unwrap_or(d);
            return Some(NaiveDate::from_ymd_opt(year, digits(m)?, digits(d)?));
        }
    }
    let words: Vec<&str> = t.split(' ').collect();
    let (month, day, year) = match words.as_slice() {
        [m, d, y] if month_name(m).is_some() => (month_name(m)?, day_number(d)?, year_number(y)?),
        [d, m, y] if month_name(m).is_some() => (month_name(m)?, day_number(d)?, year_number(y)?),
        _ => return None,
    };
    Some(NaiveDate::from_ymd_opt(year, month, day))
}

fn digits(text: &str) -> Option<u32> {
    (!text.is_empty() && text.len() <= 2 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())?
}

/// A month and day without a year: this year's when it has come, and
/// this year's too when it is still ahead (a day to come, which is said so,
/// not last year's taken silently); `None` when there is no such day (30
/// February). 29 February outside a leap year is the latest leap day.
fn latest_month_day(month: u32, day: u32, today: NaiveDate) -> Option<NaiveDate> {
    if let Some(this_year) = NaiveDate::from_ymd_opt(today.year(), month, day) {
        return Some(this_year);
    }
    (1..8)
        .filter_map(|back| NaiveDate::from_ymd_opt(today.year() - back, month, day))
        .find(|date| *date <= today)
}

/// Reads a date still to come (a follow-up's due date): a span from today
/// ("2 weeks", "2주", "两周"), `YYYY-MM-DD`, or a month and day — the next
/// such date from today on. Only years 1900 to 2100 are dates.
pub fn parse_future_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    future_date(text, today).filter(|date| super::dates::YEARS.contains(&date.year()))
}

fn future_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    if let Some(span) = parse_span(text) {
        return span.after(today);
    }
    let t = text.trim().trim_end_matches(['.', '。']).to_lowercase();
    if let Some(day) = weekday(&t) {
        let ahead = (7 + day - today.weekday().num_days_from_monday()) % 7;
        return today.checked_add_days(Days::new(u64::from(ahead)));
    }
    if full_date(&t).is_none()
        && let Some((month, day)) = month_day(&t)
    {
        return (0..8)
            .filter_map(|ahead| NaiveDate::from_ymd_opt(today.year() + ahead, month, day))
            .find(|date| *date >= today);
    }
    match read_date(&t, today)? {
        DateWords::Future(date) => Some(date),
        DateWords::Past(date) if date == today => Some(date),
        _ => None,
    }
}

/// `11/20`, `11월 20일`, `11月20日`, `11月20号`, `November 20`, `Nov 20th`,
/// `20 Nov`: the month and day as written, checked against no calendar
/// (`2/30` is read, and found impossible by the caller).
fn month_day(t: &str) -> Option<(u32, u32)> {
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.as_slice() {
        [m, d] if month_name(m).is_some() => return Some((month_name(m)?, day_number(d)?)),
        [d, m] if month_name(m).is_some() => return Some((month_name(m)?, day_number(d)?)),
        _ => {}
    }
    let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let (month, day) = if let Some((m, d)) = compact.split_once('/') {
        // "10/40 seats", "13/20": a fraction, not a date ("2/30" is one).
        let (month, day) = (digits(m)?, digits(d)?);
        if month > 12 || day > 31 {
            return None;
        }
        (month, day)
    } else if let Some((m, rest)) = compact.split_once('월') {
        (digits(m)?, digits(rest.strip_suffix('일').unwrap_or(rest))?)
    } else if let Some((m, rest)) = compact.split_once('月') {
        let d = rest
            .strip_suffix('日')
            .or_else(|| rest.strip_suffix('号'))
            .unwrap_or(rest);
        (digits(m)?, digits(d)?)
    } else {
        return None;
    };
    (month >= 1 && day >= 1).then_some((month, day))
}

/// A small count in digits, Chinese numerals or Korean native numbers.
fn parse_count(text: &str) -> Option<u64> {
    if let Ok(n) = text.parse() {
        return Some(n);
    }
    let n = match text {
        "a" | "an" | "one" | "一" | "一个" | "한" | "하나" => 1,
        "two" | "二" | "两" | "两个" | "二个" | "두" | "둘" => 2,
        "three" | "三" | "三个" | "세" | "셋" => 3,
        "four" | "四" | "四个" | "네" | "넷" => 4,
        "five" | "五" | "五个" | "다섯" => 5,
        "six" | "六" | "六个" | "여섯" => 6,
        _ => return None,
    };
    Some(n)
}

/// A span of time before a follow-up falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days(u64),
    Weeks(u64),
    Months(u32),
}

impl Span {
    pub fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            Span::Days(n) => date.checked_add_days(Days::new(n)),
            Span::Weeks(n) => n
                .checked_mul(7)
                .and_then(|days| date.checked_add_days(Days::new(days))),
            Span::Months(n) => date.checked_add_months(Months::new(n)),
        }
    }
}

/// Builds a span from a count, if the count fits.
type MakeSpan = fn(u64) -> Option<Span>;

/// Reads "2 weeks", "a month", "10 days", "2주", "한 달", "3일", "两周",
/// "一个月", "3天" (spaces optional).
pub fn parse_span(text: &str) -> Option<Span> {
    let t = text.trim().to_lowercase();
    let units: [(&str, MakeSpan); 12] = [
        (" weeks", |n| Some(Span::Weeks(n))),
        (" week", |n| Some(Span::Weeks(n))),
        (" months", |n| u32::try_from(n).ok().map(Span::Months)),
        (" month", |n| u32::try_from(n).ok().map(Span::Months)),
        (" days", |n| Some(Span::Days(n))),
        (" day", |n| Some(Span::Days(n))),
        ("주", |n| Some(Span::Weeks(n))),
        ("달", |n| u32::try_from(n).ok().map(Span::Months)),
        ("일", |n| Some(Span::Days(n))),
        ("周", |n| Some(Span::Weeks(n))),
        ("月", |n| u32::try_from(n).ok().map(Span::Months)),
        ("天", |n| Some(Span::Days(n))),
    ];
    for (unit, make) in units {
        if let Some(count) = t.strip_suffix(unit) {
            let count = count
                .trim()
                .trim_end_matches("개월")
                .trim_end_matches('个')
                .trim();
            let count = if count.is_empty() {
                Some(1)
            } else {
                parse_count(count)
            };
            if let Some(span) = count.and_then(make).filter(|s| *s != Span::Days(0)) {
                return Some(span);
            }
        }
    }
    // 개월 ("2개월") is months.
    t.strip_suffix("개월")
        .and_then(|n| parse_count(n.trim()))
        .and_then(|n| u32::try_from(n).ok())
        .map(Span::Months)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const TODAY: (i32, u32, u32) = (2026, 11, 28);

    fn today() -> NaiveDate {
        d(TODAY.0, TODAY.1, TODAY.2)
    }

    #[test]
    fn years_outside_1900_to_2100_are_no_dates() {
        for text in ["0500-01-01", "99999 days ago", "1899-12-31"] {
            assert_eq!(parse_spoken_date(text, today()), None, "{text}");
        }
        assert_eq!(parse_future_date("2500-01-01", today()), None);
        assert_eq!(
            parse_future_date("2100-12-31", today()),
            Some(d(2100, 12, 31))
        );
    }

    #[test]
    fn yesterday_is_understood_in_three_languages() {
        for word in ["yesterday", "어제", "昨天", "Yesterday"] {
            assert_eq!(
                parse_spoken_date(word, today()),
                Some(d(2026, 11, 27)),
                "{word}"
            );
        }
        assert_eq!(parse_spoken_date("오늘", today()), Some(today()));
        assert_eq!(parse_spoken_date("前天", today()), Some(d(2026, 11, 26)));
        assert_eq!(parse_spoken_date("3일 전", today()), Some(d(2026, 11, 25)));
    }

    #[test]
    fn month_and_day_forms_are_the_latest_such_date_not_after_today() {
        for text in ["11/20", "11월 20일", "11月20日", "11月20号", "2026-11-20"] {
            assert_eq!(
                parse_spoken_date(text, today()),
                Some(d(2026, 11, 20)),
                "{text}"
            );
        }
        // Still ahead this year: that day, which `read_date` calls the future.
        assert_eq!(parse_spoken_date("12/24", today()), Some(d(2026, 12, 24)));
        assert_eq!(
            read_date("12월 24일", today()),
            Some(DateWords::Future(d(2026, 12, 24)))
        );
        assert_eq!(parse_spoken_date("2/30", today()), None);
        assert_eq!(parse_spoken_date("soon", today()), None);
    }

    #[test]
    fn every_advertised_form_reads_in_any_language() {
        // 2026-11-28 is a Saturday.
        let cases = [
            ("3일 전", d(2026, 11, 25)),
            ("3일전", d(2026, 11, 25)),
            ("3 days ago", d(2026, 11, 25)),
            ("三天前", d(2026, 11, 25)),
            ("3天前", d(2026, 11, 25)),
            ("2주 전", d(2026, 11, 14)),
            ("two weeks ago", d(2026, 11, 14)),
            ("한 달 전", d(2026, 10, 28)),
            ("一个月前", d(2026, 10, 28)),
            ("11월 20일", d(2026, 11, 20)),
            ("November 20", d(2026, 11, 20)),
            ("Nov 20", d(2026, 11, 20)),
            ("Nov. 20th", d(2026, 11, 20)),
            ("20 Nov", d(2026, 11, 20)),
            ("20 November", d(2026, 11, 20)),
            ("11月20日", d(2026, 11, 20)),
            ("11月20号", d(2026, 11, 20)),
            ("2026-11-20", d(2026, 11, 20)),
            ("2026/11/20", d(2026, 11, 20)),
            ("2026.11.20", d(2026, 11, 20)),
            ("2026년 11월 20일", d(2026, 11, 20)),
            ("2026年11月20日", d(2026, 11, 20)),
            ("November 20, 2026", d(2026, 11, 20)),
            ("20 Nov 2026", d(2026, 11, 20)),
            ("지난주 금요일", d(2026, 11, 20)),
            ("지난 주 금요일", d(2026, 11, 20)),
            ("上周五", d(2026, 11, 20)),
            ("上星期五", d(2026, 11, 20)),
            ("last Friday", d(2026, 11, 27)),
            ("지난 금요일", d(2026, 11, 27)),
            ("Friday", d(2026, 11, 27)),
            ("금요일", d(2026, 11, 27)),
            ("周五", d(2026, 11, 27)),
            ("last Saturday", d(2026, 11, 21)),
            ("Saturday", d(2026, 11, 28)),
            ("이번 주 월요일", d(2026, 11, 23)),
            ("the day before yesterday", d(2026, 11, 26)),
        ];
        for (text, date) in cases {
            assert_eq!(
                read_date(text, today()),
                Some(DateWords::Past(date)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_date_that_cannot_exist_or_is_to_come_is_said_so() {
        for text in [
            "2월 30일",
            "2/30",
            "2026-02-30",
            "February 30",
            "30 Feb",
            "2月30日",
            "13월 1일",
            "0500-01-01",
        ] {
            assert_eq!(
                read_date(text, today()),
                Some(DateWords::Impossible),
                "{text}"
            );
        }
        for (text, date) in [
            ("2027-01-15", d(2027, 1, 15)),
            ("내일", d(2026, 11, 29)),
            ("tomorrow", d(2026, 11, 29)),
            ("明天", d(2026, 11, 29)),
            ("next Friday", d(2026, 12, 4)),
            ("下周五", d(2026, 12, 4)),
        ] {
            assert_eq!(
                read_date(text, today()),
                Some(DateWords::Future(date)),
                "{text}"
            );
        }
        // 29 February is the latest leap day.
        assert_eq!(
            read_date("2월 29일", today()),
            Some(DateWords::Past(d(2024, 2, 29)))
        );
        for text in ["meeting", "3", "3 people", "may visit", "Fri-day"] {
            assert_eq!(read_date(text, today()), None, "{text}");
        }
    }

    #[test]
    fn the_longest_leading_date_is_taken_from_a_line() {
        let words = |text: &'static str| text.split_whitespace().collect::<Vec<_>>();
        assert_eq!(
            leading_date(&words("3 days ago meeting"), today()),
            Some((3, DateWords::Past(d(2026, 11, 25))))
        );
        assert_eq!(
            leading_date(&words("11월 20일 회의"), today()),
            Some((2, DateWords::Past(d(2026, 11, 20))))
        );
        assert_eq!(
            leading_date(&words("yesterday, talked"), today()),
            Some((1, DateWords::Past(d(2026, 11, 27))))
        );
        assert_eq!(
            leading_date(&words("2월 30일 회의"), today()),
            Some((2, DateWords::Impossible))
        );
        assert_eq!(
            leading_date(&words("2027-01-15 dinner"), today()),
            Some((1, DateWords::Future(d(2027, 1, 15))))
        );
        assert_eq!(leading_date(&words("dinner at 7"), today()), None);
        // "Friday, 3 days ago" is Friday: the longer text is no date.
        assert_eq!(
            leading_date(&words("Friday, 3 days ago"), today()),
            Some((1, DateWords::Past(d(2026, 11, 27))))
        );
    }

    #[test]
    fn a_follow_up_date_is_still_to_come() {
        assert_eq!(parse_future_date("2주", today()), Some(d(2026, 12, 12)));
        assert_eq!(parse_future_date("12/5", today()), Some(d(2026, 12, 5)));
        assert_eq!(parse_future_date("1月5日", today()), Some(d(2027, 1, 5)));
        assert_eq!(parse_future_date("2026-01-01", today()), None);
        assert_eq!(parse_future_date("内일", today()), None);
    }

    #[test]
    fn follow_up_spans_are_understood_in_three_languages() {
        assert_eq!(parse_span("2 weeks"), Some(Span::Weeks(2)));
        assert_eq!(parse_span("a month"), Some(Span::Months(1)));
        assert_eq!(parse_span("2주"), Some(Span::Weeks(2)));
        assert_eq!(parse_span("한 달"), Some(Span::Months(1)));
        assert_eq!(parse_span("3개월"), Some(Span::Months(3)));
        assert_eq!(parse_span("两周"), Some(Span::Weeks(2)));
        assert_eq!(parse_span("一个月"), Some(Span::Months(1)));
        assert_eq!(parse_span("10天"), Some(Span::Days(10)));
        assert_eq!(parse_span("weeks"), None);
        assert_eq!(Span::Months(1).after(d(2026, 1, 31)), Some(d(2026, 2, 28)));
    }
}
