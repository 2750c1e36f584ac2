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
                traces.latin.insert(loosest(&search_key(name)));
            }
            for (kind, key) in name_keys(name) {
                match kind {
                    // ㄱㅇㄴ would black out unrelated text.
                    KeyKind::Initials => {}
                    KeyKind::Latin => {
                        traces.latin.insert(loosest(&key));
                    }
                    _ if key.chars().any(is_cjk) => {
                        cjk.insert(key);
                    }
                    _ => {
                        traces.latin.insert(loosest(&key));
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
            .map(|o| {
                o.trim()
                    .chars()
                    .map(fold_char)
                    .collect::<String>()
                    .to_ascii_lowercase()
            })
            .filter(|o| o.chars().count() >= 3)
            .collect();
        traces
    }

    /// `text` with every trace blacked out, or `None` when it holds none.
    pub fn black_out(&self, text: &str) -> Option<String> {
        // Each character of `text` (its byte offset, and the character as
        // matched: full-width forms as ASCII, `_` as a space, curly
        // apostrophes straight), one for one, so spans map back exactly.
        let chars: Vec<(usize, char)> = text
            .char_indices()
            .map(|(at, c)| (at, fold_char(c)))
            .collect();
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
        // Latin names: runs of up to MAX_WORDS words, folded as keys are;
        // the last word may carry a possessive, a plural or an honorific
        // ("Jin Yongnan's", "Yongnan-ssi").
        let words = words_of(&chars);
        for first in 0..words.len() {
            let mut folded = String::new();
            for last in first..words.len().min(first + MAX_WORDS) {
                if last > first
                    && !chars[words[last - 1].end..words[last].start]
                        .iter()
                        .all(|(_, c)| c.is_whitespace())
                {
                    break;
                }
                let word: String = chars[words[last].clone()].iter().map(|(_, c)| *c).collect();
                let found = word_forms(&word)
                    .iter()
                    .any(|form| self.latin.contains(&loosest(&format!("{folded}{form}"))));
                if found {
                    spans.push(chars[words[first].start].0..end_of(words[last].end));
                }
                folded.push_str(&search_key(&word));
            }
        }
        // E-mail addresses and handles, in any case.
        let lower: Vec<char> = chars.iter().map(|(_, c)| c.to_ascii_lowercase()).collect();
        for exact in &self.exact {
            let exact: Vec<char> = exact.chars().collect();
            for start in 0..lower.len() {
                if lower[start..].starts_with(&exact) {
                    spans.push(chars[start].0..end_of(start + exact.len()));
                }
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

/// The character ranges of the Latin words of `chars`.
fn words_of(chars: &[(usize, char)]) -> Vec<Range<usize>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, (_, c)) in chars.iter().enumerate() {
        match (is_word_char(*c), start) {
            (true, None) => start = Some(i),
            (false, Some(from)) => {
                words.push(from..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(from) = start {
        words.push(from..chars.len());
    }
    words
}

/// A character as it is matched: full-width ASCII forms as ASCII, the
/// ideographic space and `_` as spaces, curly apostrophes straight.
fn fold_char(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' | '_' => ' ',
        '\u{2018}' | '\u{2019}' => '\'',
        c => c,
    }
}

/// The forms of a name's last word to try: as written, and without a
/// possessive (`'s`, `'`), a plural `s`, or a Korean honorific written
/// in Latin letters (`-ssi`, `-nim`).
fn word_forms(word: &str) -> Vec<String> {
    let key = search_key(word);
    let mut forms = vec![key.clone()];
    let lower = word.to_lowercase();
    for suffix in ["'s", "'", "-ssi", "-nim", "ssi", "nim", "s"] {
        if let Some(stem) = lower.strip_suffix(suffix)
            && !stem.is_empty()
        {
            forms.push(search_key(stem));
        }
    }
    forms
}

/// Romanizations folded further for matching: `loose`, and "ou" as "o"
/// (Young, Yong).
fn loosest(latin: &str) -> String {
    loose(latin).replace("ou", "o")
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
    fn possessives_honorifics_spellings_and_full_width_forms_go_too() {
        let traces = Traces::of(
            &[
                "김영남".into(),
                "金永男".into(),
                "Jin Yongnan".into(),
                "Johnny Kim".into(),
            ],
            &["+82 10-9876-5432".into()],
            &["yongnan.jin@ybu.cn".into()],
        );
        for (text, expected) in [
            ("Send Jin Yongnan's book", "Send ▇▇▇ book"),
            ("Kim Yong-nam's office", "▇▇▇ office"),
            ("Johnny Kim’s car", "▇▇▇ car"),
            ("KIM YONGNAM's phone", "▇▇▇ phone"),
            ("Jin Yongnan-ssi said", "▇▇▇ said"),
            ("user jin_yongnan", "user ▇▇▇"),
            ("the Jin Yongnans", "the ▇▇▇"),
            ("Kim Young-nam and Kim Young Nam", "▇▇▇ and ▇▇▇"),
            ("＋８２ １０ ９８７６ ５４３２", "＋８２ １０ ▇▇▇"),
            ("010９８７６５４３２", "010▇▇▇"),
            ("yongnan.jin＠ybu.cn", "▇▇▇"),
        ] {
            assert_eq!(traces.black_out(text).as_deref(), Some(expected), "{text}");
        }
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
