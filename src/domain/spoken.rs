//! Dates and durations as officers type them in a chat, in Korean, Chinese
//! or English: 어제, 昨天, yesterday, 2026-11-20, 11/20, 11월 20일, 11月20日;
//! "2 weeks", "2주", "两周", "一个月".

use chrono::{Datelike, Days, Months, NaiveDate};

/// Reads a date relative to `today` (the user's local date). A month and
/// day without a year is the latest such date not after today. Only years
/// 1900 to 2100 (`super::dates::YEARS`) are dates.
pub fn parse_spoken_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    spoken_date(text, today).filter(|date| super::dates::YEARS.contains(&date.year()))
}

fn spoken_date(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let t = text.trim().trim_end_matches(['.', '。']).to_lowercase();
    let days_back = match t.as_str() {
        "today" | "오늘" | "今天" | "今日" => Some(0),
        "yesterday" | "어제" | "昨天" | "昨日" => Some(1),
        "the day before yesterday" | "그저께" | "그제" | "前天" => Some(2),
        _ => None,
    };
    if let Some(back) = days_back {
        return today.checked_sub_days(Days::new(back));
    }
    if let Some(n) = number_before(&t, &[" days ago", " day ago", "일 전", "天前"]) {
        return today.checked_sub_days(Days::new(n));
    }
    if let Ok(date) = NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
        return Some(date);
    }
    if let Ok(date) = NaiveDate::parse_from_str(&t, "%Y/%m/%d") {
        return Some(date);
    }
    let (month, day) = month_day(&t)?;
    let this_year = NaiveDate::from_ymd_opt(today.year(), month, day);
    match this_year {
        Some(date) if date <= today => Some(date),
        _ => NaiveDate::from_ymd_opt(today.year() - 1, month, day),
    }
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
    match t.as_str() {
        "today" | "오늘" | "今天" => return Some(today),
        "tomorrow" | "내일" | "明天" => return today.checked_add_days(Days::new(1)),
        _ => {}
    }
    if let Ok(date) = NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
        return (date >= today).then_some(date);
    }
    let (month, day) = month_day(&t)?;
    match NaiveDate::from_ymd_opt(today.year(), month, day) {
        Some(date) if date >= today => Some(date),
        _ => NaiveDate::from_ymd_opt(today.year() + 1, month, day),
    }
}

/// `11/20`, `11월 20일`, `11月20日`, `11月20号`.
fn month_day(t: &str) -> Option<(u32, u32)> {
    let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    let parts: Vec<&str> = if let Some((m, d)) = compact.split_once('/') {
        vec![m, d]
    } else if let Some((m, rest)) = compact.split_once('월') {
        vec![m, rest.trim_end_matches('일')]
    } else if let Some((m, rest)) = compact.split_once('月') {
        vec![m, rest.trim_end_matches(['日', '号'])]
    } else {
        return None;
    };
    let month: u32 = parts[0].parse().ok()?;
    let day: u32 = parts[1].parse().ok()?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((month, day))
}

fn number_before(t: &str, suffixes: &[&str]) -> Option<u64> {
    suffixes
        .iter()
        .find_map(|suffix| t.strip_suffix(suffix))
        .and_then(|n| parse_count(n.trim()))
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
            Span::Weeks(n) => date.checked_add_days(Days::new(n * 7)),
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
        assert_eq!(parse_spoken_date("12/24", today()), Some(d(2025, 12, 24)));
        assert_eq!(parse_spoken_date("2/30", today()), None);
        assert_eq!(parse_spoken_date("soon", today()), None);
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
