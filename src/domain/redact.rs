//! Blacking a person out of free text (erasure): every form of their name
//! in every script — as written, simplified, the Korean reading of Han
//! characters, romanizations in either name order — and their phone
//! numbers, e-mail addresses and Telegram handle.

use std::collections::BTreeSet;
use std::ops::Range;

use super::hangul;
use super::hanzi;
use super::namekeys::{KeyKind, loose, name_keys};
use super::names::search_key;

/// What replaces each trace of the person.
pub const BLACKED_OUT: &str = "▇▇▇";

/// The most words a Latin name form spans ("Kim Yong Nam" is three).
const MAX_WORDS: usize = 4;

/// The traces of one person that text may hold.
#[derive(Debug, Clone, Default)]
pub struct Traces {
    /// Names in Hangul or Han characters, found with any spacing.
    cjk: Vec<Vec<char>>,
    /// Latin name keys, folded (`loose(search_key(…))`).
    latin: BTreeSet<String>,
    /// Phone numbers: their digits, the last eight at most.
    phones: Vec<Vec<char>>,
    /// E-mail addresses and handles, lower-cased.
    exact: Vec<String>,
}

fn is_cjk(c: char) -> bool {
    hangul::is_syllable(c) || hanzi::is_han(c)
}

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() && !is_cjk(c)) || c == '-' || c == '\''
}

impl Traces {
    /// The traces of a person with these names (any form) and details.
    pub fn of(names: &[String], phones: &[String], others: &[String]) -> Self {
        let mut traces = Traces::default();
        let mut cjk = BTreeSet::new();
        for name in names {
            if name.chars().any(is_cjk) {
                let written: String = name.chars().filter(|c| !c.is_whitespace()).collect();
                cjk.insert(written.clone());
                cjk.insert(hanzi::simplify(&written));
            } else {
                traces.latin.insert(loose(&search_key(name)));
            }
            for (kind, key) in name_keys(name) {
                match kind {
                    // ㄱㅇㄴ would black out unrelated text.
                    KeyKind::Initials => {}
                    KeyKind::Latin => {
                        traces.latin.insert(loose(&key));
                    }
                    _ if key.chars().any(is_cjk) => {
                        cjk.insert(key);
                    }
                    _ => {
                        traces.latin.insert(loose(&key));
                    }
                }
            }
        }
        traces.cjk = cjk
            .into_iter()
            .filter(|k| k.chars().count() >= 2)
            .map(|k| k.chars().collect())
            .collect();
        traces.latin.retain(|k| k.chars().count() >= 3);
        for phone in phones {
            let digits: Vec<char> = phone.chars().filter(char::is_ascii_digit).collect();
            if digits.len() >= 7 {
                traces
                    .phones
                    .push(digits[digits.len().saturating_sub(8)..].to_vec());
            }
        }
        traces.exact = others
            .iter()
            .map(|o| o.trim().to_ascii_lowercase())
            .filter(|o| o.chars().count() >= 3)
            .collect();
        traces
    }

    /// `text` with every trace blacked out, or `None` when it holds none.
    pub fn black_out(&self, text: &str) -> Option<String> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut spans: Vec<Range<usize>> = Vec::new();
        let end_of = |i: usize| chars.get(i).map_or(text.len(), |(at, _)| *at);
        // Names in Hangul or Han, any white space between characters;
        // phone digits, any separators between them.
        for start in 0..chars.len() {
            for key in &self.cjk {
                if let Some(end) = match_spaced(&chars, start, key, |c| c.is_whitespace()) {
                    spans.push(chars[start].0..end_of(end));
                }
            }
            // Digits before the last eight are a prefix (0, +82, 010):
            // what follows them must not be a digit.
            for digits in &self.phones {
                if let Some(end) = match_spaced(&chars, start, digits, |c| {
                    matches!(c, ' ' | '-' | '.' | '(' | ')')
                }) && !chars.get(end).is_some_and(|(_, c)| c.is_ascii_digit())
                {
                    spans.push(chars[start].0..end_of(end));
                }
            }
        }
        // Latin names: runs of up to MAX_WORDS words, folded as keys are.
        let words = words_of(text);
        for first in 0..words.len() {
            let mut folded = String::new();
            for last in first..words.len().min(first + MAX_WORDS) {
                if last > first
                    && !text[words[last - 1].end..words[last].start]
                        .trim()
                        .is_empty()
                {
                    break;
                }
                folded.push_str(&search_key(&text[words[last].clone()]));
                if self.latin.contains(&loose(&folded)) {
                    spans.push(words[first].start..words[last].end);
                }
            }
        }
        // E-mail addresses and handles, in any case (ASCII lower-casing
        // keeps every byte where it was in `text`).
        let lower = text.to_ascii_lowercase();
        for exact in &self.exact {
            for (at, _) in lower.match_indices(exact.as_str()) {
                spans.push(at..at + exact.len());
            }
        }
        if spans.is_empty() {
            return None;
        }
        spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for span in spans {
            if span.end <= at {
                continue;
            }
            if span.start > at {
                out.push_str(&text[at..span.start]);
                out.push_str(BLACKED_OUT);
            } else if !out.ends_with(BLACKED_OUT) {
                out.push_str(BLACKED_OUT);
            }
            at = span.end;
        }
        out.push_str(&text[at..]);
        Some(out)
    }
}

/// Where `key` ends (a char index) when it starts at `start`, with
/// `skip` characters allowed between its characters.
fn match_spaced(
    chars: &[(usize, char)],
    start: usize,
    key: &[char],
    skip: impl Fn(char) -> bool,
) -> Option<usize> {
    let mut i = start;
    for (n, want) in key.iter().enumerate() {
        if n > 0 {
            while chars.get(i).is_some_and(|(_, c)| skip(*c)) {
                i += 1;
            }
        }
        let (_, c) = chars.get(i)?;
        let same =
            c == want || (hanzi::is_han(*c) && hanzi::simplify(&c.to_string()) == want.to_string());
        if !same {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// The byte ranges of the Latin words of `text`.
fn words_of(text: &str) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.push(from..at);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push(from..text.len());
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret() -> Traces {
        Traces::of(
            &["Secret Official".into(), "金永男".into(), "Boss Kim".into()],
            &["010-9876-5432".into(), "+86 138 0013 8000".into()],
            &["secret@example.cn".into(), "@secret_official".into()],
        )
    }

    #[test]
    fn every_form_of_the_name_in_every_script_goes() {
        let traces = secret();
        for (text, expected) in [
            (
                "Secret Official said his wife is ill",
                "▇▇▇ said his wife is ill",
            ),
            ("met secret  official today", "met ▇▇▇ today"),
            ("OFFICIAL SECRET came", "▇▇▇ came"),
            ("金永男说", "▇▇▇说"),
            ("金 永男 came", "▇▇▇ came"),
            ("김영남 씨가 왔다", "▇▇▇ 씨가 왔다"),
            ("Jin Yongnan and Kim Yong-nam", "▇▇▇ and ▇▇▇"),
            ("Yongnan Jin", "▇▇▇"),
            ("boss kim agreed", "▇▇▇ agreed"),
        ] {
            assert_eq!(traces.black_out(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn phones_in_any_format_and_addresses_in_any_case_go() {
        let traces = secret();
        for (text, expected) in [
            (
                "his private phone 010-9876-5432",
                "his private phone 010-▇▇▇",
            ),
            ("call 01098765432 now", "call 010▇▇▇ now"),
            ("cell 010 9876 5432.", "cell 010 ▇▇▇."),
            ("china 138-0013-8000", "china 138-▇▇▇"),
            ("mail SECRET@example.cn", "mail ▇▇▇"),
            ("tg @Secret_Official", "tg ▇▇▇"),
        ] {
            assert_eq!(traces.black_out(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn letters_that_change_length_when_lower_cased_cut_nothing_wrong() {
        let traces = secret();
        assert_eq!(
            traces.black_out("İİ secret@example.cn \u{212a}").as_deref(),
            Some("İİ ▇▇▇ \u{212a}")
        );
        assert_eq!(
            traces.black_out("İstanbul: SECRET@example.cn").as_deref(),
            Some("İstanbul: ▇▇▇")
        );
    }

    #[test]
    fn other_people_and_numbers_stay() {
        let traces = secret();
        for text in [
            "Secretary Park and the official delegation",
            "김영수 and 金永",
            "invoice 1098765432100",
            "Kim Jiwoo",
        ] {
            assert_eq!(traces.black_out(text), None, "{text}");
        }
    }
}
