//! The one-line fast path of `/log`:
//! `/log 김영남: 어제 상수도 협력 논의 #상수도 #공공 2주 후 후속`.
//!
//! `NAME: note`, with hashtags for topics, track and kind in any of the
//! three languages, a leading date word, and a follow-up phrase
//! ("follow up in 2 weeks", "2주 후 후속", "两周后跟进").

use chrono::NaiveDate;

use super::keys::{InteractionKind, PolicyArea, Track};
use super::spoken::{DateWords, Span, leading_date, parse_span};

/// What one line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickLog {
    pub name: String,
    pub note: String,
    /// The date words at the start of the note, and what they say.
    pub when: Option<(String, DateWords)>,
    pub kind: Option<InteractionKind>,
    pub track: Option<Track>,
    pub topics: Vec<PolicyArea>,
    pub follow_up: Option<Span>,
    /// Who promised the follow-up, when a tag says so (`#seoul`, `#they`).
    pub promised_by_seoul: Option<bool>,
}

impl QuickLog {
    /// The day the line names, when it names one that has come.
    pub fn date(&self) -> Option<NaiveDate> {
        match self.when {
            Some((_, DateWords::Past(date))) => Some(date),
            _ => None,
        }
    }
}

/// A hashtag's meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Topic(PolicyArea),
    Track(Track),
    Kind(InteractionKind),
    /// Who promised the follow-up: Seoul (`true`) or the counterpart.
    Promise(bool),
}

/// Reads a hashtag (without `#`) in English, Korean or Chinese.
pub fn parse_tag(tag: &str) -> Option<Tag> {
    let tag = tag.trim().to_lowercase().replace('-', "_");
    if let Ok(area) = PolicyArea::parse(&tag) {
        return Some(Tag::Topic(area));
    }
    if let Ok(track) = Track::parse(&tag) {
        return Some(Tag::Track(track));
    }
    if let Ok(kind) = InteractionKind::parse(&tag) {
        return Some(Tag::Kind(kind));
    }
    use InteractionKind as K;
    use PolicyArea as P;
    let found = match tag.as_str() {
        "교통" | "交通" => Tag::Topic(P::Transportation),
        "전자정부" | "电子政务" | "egov" => Tag::Topic(P::EGovernment),
        "상수도" | "供水" | "water" => Tag::Topic(P::Waterworks),
        "환경" | "环境" => Tag::Topic(P::Environment),
        "도시계획" | "주택" | "城市规划" | "住房" | "housing" | "urban_planning" => {
            Tag::Topic(P::UrbanPlanningHousing)
        }
        "하수도" | "污水" | "污水处理" => Tag::Topic(P::Sewage),
        "정무" | "정무외교" | "政治" | "政治外交" => Tag::Track(Track::Political),
        "공공" | "공공외교" | "公共" | "公共外交" => Tag::Track(Track::Public),
        "경제" | "경제외교" | "经济" | "经济外交" => Tag::Track(Track::Economic),
        "평화" | "평화외교" | "和平" | "和平外交" => Tag::Track(Track::Peace),
        "면담" | "회의" | "会面" | "会见" | "会议" => Tag::Kind(K::Meeting),
        "통화" | "전화" | "通话" | "电话" => Tag::Kind(K::Call),
        "메시지" | "消息" | "信息" => Tag::Kind(K::Message),
        "행사" | "活动" => Tag::Kind(K::Event),
        "방문" | "访问" => Tag::Kind(K::Visit),
        "letter" | "gift" | "서신" | "선물" | "信函" | "礼品" => Tag::Kind(K::LetterGift),
        "seoul" | "we" | "us" | "서울" | "서울시" | "우리" | "首尔" | "我们" | "我方" => {
            Tag::Promise(true)
        }
        "they" | "them" | "counterpart" | "상대" | "상대측" | "상대방" | "对方" => {
            Tag::Promise(false)
        }
        _ => return None,
    };
    Some(found)
}

/// Finds a follow-up phrase in `text`; returns the span and the text without it.
fn take_follow_up(text: &str) -> (Option<Span>, String) {
    // ASCII lower-casing keeps every byte where it was: the positions
    // found in `lower` cut `text` on the same character boundaries
    // (`to_lowercase` would move them: "İ" grows by a byte).
    let lower = text.to_ascii_lowercase();
    // English: "follow up in 2 weeks" / "follow-up in a month".
    for lead in ["follow up in ", "follow-up in ", "followup in "] {
        if let Some(start) = lower.find(lead) {
            let rest = &text[start + lead.len()..];
            let words: Vec<&str> = rest.split_whitespace().take(2).collect();
            let phrase = words.join(" ");
            if let Some(span) = parse_span(phrase.trim_end_matches(['.', ',', ';', '!'])) {
                let consumed = start
                    + lead.len()
                    + rest
                        .find(words[words.len() - 1])
                        .map_or(0, |i| i + words[words.len() - 1].len());
                return (Some(span), remove_span(text, start, consumed));
            }
        }
    }
    // Korean: "2주 후 후속", "한 달 후 후속"; Chinese: "两周后跟进", "一个月后跟进".
    for (after, marker) in [("후", "후속"), ("后", "跟进")] {
        let Some(marker_at) = text.find(marker) else {
            continue;
        };
        let before = text[..marker_at].trim_end();
        let Some(span_text) = before.strip_suffix(after) else {
            continue;
        };
        // The span is the last one or two words before 후/后.
        let span_text = span_text.trim_end();
        let mut candidates: Vec<usize> = span_text.char_indices().map(|(i, _)| i).collect();
        candidates.push(span_text.len());
        for start in candidates {
            let candidate = &span_text[start..];
            if candidate.is_empty() {
                continue;
            }
            if let Some(span) = parse_span(candidate) {
                let end = marker_at + marker.len();
                return (Some(span), remove_span(text, start, end));
            }
        }
    }
    (None, text.to_owned())
}

fn remove_span(text: &str, start: usize, end: usize) -> String {
    let mut out = String::with_capacity(text.len());
    out.push_str(text[..start].trim_end());
    let rest = text[end..]
        .trim_start_matches(['.', ',', '。', '，'])
        .trim_start();
    if !out.is_empty() && !rest.is_empty() {
        out.push(' ');
    }
    out.push_str(rest);
    out
}

/// Parses the text after `/log`. `None` when it has no `NAME:` part.
pub fn parse_quick_log(text: &str, today: NaiveDate) -> Option<QuickLog> {
    let (name, rest) = text.split_once([':', '：'])?;
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    Some(parse_quick_note(name, rest, today))
}

/// Reads what follows the name in a one-line `/log`: date, tags, follow-up, note.
pub fn parse_quick_note(name: &str, rest: &str, today: NaiveDate) -> QuickLog {
    let (follow_up, rest) = take_follow_up(rest);
    let mut topics = Vec::new();
    let mut track = None;
    let mut kind = None;
    let mut promised_by_seoul = None;
    let mut words = Vec::new();
    for word in rest.split_whitespace() {
        let tag = word
            .strip_prefix(['#', '＃'])
            .and_then(|t| parse_tag(t.trim_end_matches([',', '.', '，', '。'])));
        match tag {
            Some(Tag::Topic(area)) => {
                if !topics.contains(&area) {
                    topics.push(area);
                }
            }
            Some(Tag::Track(t)) => track = Some(t),
            Some(Tag::Kind(k)) => kind = Some(k),
            Some(Tag::Promise(seoul)) => promised_by_seoul = Some(seoul),
            None => words.push(word),
        }
    }
    // Leading date words ("어제", "3 days ago", "지난주 금요일") say when.
    let mut when = None;
    if let Some((taken, reading)) = leading_date(&words, today) {
        let text = words[..taken].join(" ");
        let text = text.trim_end_matches([',', '，', '、']).to_owned();
        when = Some((text, reading));
        words.drain(..taken);
    }
    let note = if when.is_some() || words.len() != rest.split_whitespace().count() {
        words.join(" ")
    } else {
        rest.trim().to_owned()
    };
    QuickLog {
        name: name.trim().to_owned(),
        note,
        when,
        kind,
        track,
        topics,
        follow_up,
        promised_by_seoul,
    }
}

/// Where a line without a colon may split into a name and a note: after
/// each of its first words, longest name first (`Wang Wei dinner` →
/// `Wang Wei` | `dinner`, then `Wang` | `Wei dinner`). Byte offsets of the
/// splits, at most `most` words in the name.
pub fn name_splits(text: &str, most: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                ends.push(i);
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    ends.truncate(most);
    ends.reverse();
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn a_korean_line_with_a_date_tags_and_a_follow_up() {
        let q = parse_quick_log(
            "김영남: 어제 상수도 협력 논의 #상수도 #공공 2주 후 후속",
            today(),
        )
        .unwrap();
        assert_eq!(q.name, "김영남");
        assert_eq!(q.note, "상수도 협력 논의");
        assert_eq!(q.date(), NaiveDate::from_ymd_opt(2026, 11, 27));
        assert_eq!(q.topics, vec![PolicyArea::Waterworks]);
        assert_eq!(q.track, Some(Track::Public));
        assert_eq!(q.follow_up, Some(Span::Weeks(2)));
    }

    #[test]
    fn letters_that_grow_when_lower_cased_do_not_break_the_line() {
        // "İ" lower-cases to three bytes: positions found in a fully
        // lower-cased copy would cut "주" in half.
        for line in [
            "Kim: İİ follow up in 2주",
            "Kim: İİİİ note follow up in",
            "Kim: \u{212a}\u{212a} follow up in 2 weeks",
        ] {
            let _ = parse_quick_log(line, today());
        }
        let q = parse_quick_log("Kim: İİ dinner follow up in 2 weeks", today()).unwrap();
        assert_eq!(q.follow_up, Some(Span::Weeks(2)));
        assert_eq!(q.note, "İİ dinner");
    }

    #[test]
    fn a_chinese_line() {
        let q = parse_quick_log(
            "金永男：昨天 讨论供水合作 #供水 #经济外交 两周后跟进",
            today(),
        )
        .unwrap();
        assert_eq!(q.name, "金永男");
        assert_eq!(q.note, "讨论供水合作");
        assert_eq!(q.date(), NaiveDate::from_ymd_opt(2026, 11, 27));
        assert_eq!(q.track, Some(Track::Economic));
        assert_eq!(q.follow_up, Some(Span::Weeks(2)));
    }

    #[test]
    fn an_english_line_keeps_punctuation_and_reads_the_follow_up() {
        let q = parse_quick_log(
            "Jin Yongnan: yesterday, talked about sewage; follow up in 1 month. #sewage #call",
            today(),
        )
        .unwrap();
        assert_eq!(q.name, "Jin Yongnan");
        assert_eq!(q.note, "talked about sewage;");
        assert_eq!(q.kind, Some(InteractionKind::Call));
        assert_eq!(q.follow_up, Some(Span::Months(1)));
        assert_eq!(q.date(), NaiveDate::from_ymd_opt(2026, 11, 27));
    }

    #[test]
    fn a_line_without_tags_keeps_its_note_verbatim_and_unknown_tags_stay() {
        let q = parse_quick_log("Kim: <b>a & b</b>  *_[]", today()).unwrap();
        assert_eq!(q.note, "<b>a & b</b>  *_[]");
        let q = parse_quick_log("Kim: met at #gala", today()).unwrap();
        assert_eq!(q.note, "met at #gala");
        assert!(parse_quick_log("no colon here", today()).is_none());
    }

    #[test]
    fn multi_word_dates_are_taken_from_the_note_and_who_promised_from_a_tag() {
        let q = parse_quick_log("장민: 3일 전 회의 #상대 1주 후 후속", today()).unwrap();
        assert_eq!(q.date(), NaiveDate::from_ymd_opt(2026, 11, 25));
        assert_eq!(q.when.as_ref().unwrap().0, "3일 전");
        assert_eq!(q.note, "회의");
        assert_eq!(q.promised_by_seoul, Some(false));
        let q = parse_quick_log("Wang Wei: 2027-01-15 dinner", today()).unwrap();
        assert_eq!(q.date(), None);
        assert_eq!(
            q.when,
            Some((
                "2027-01-15".into(),
                DateWords::Future(NaiveDate::from_ymd_opt(2027, 1, 15).unwrap())
            ))
        );
        assert_eq!(q.note, "dinner");
        let q = parse_quick_log("장민: 2월 30일 회의", today()).unwrap();
        assert_eq!(q.when, Some(("2월 30일".into(), DateWords::Impossible)));
    }

    #[test]
    fn a_line_splits_after_its_first_words_longest_name_first() {
        let text = "Wang Wei  dinner today";
        let splits: Vec<&str> = name_splits(text, 3).iter().map(|&i| &text[..i]).collect();
        assert_eq!(splits, ["Wang Wei  dinner", "Wang Wei", "Wang"]);
        assert!(name_splits("김영남", 3).is_empty());
    }
}
