//! Search keys for names in any script. A stored name gets every key it
//! can be found by; a query is turned into keys the same way, and a match
//! is a shared key. So 김영남, 金永男, "Jin Yongnan", "kim yong nam",
//! "Yongnan Jin" and ㄱㅇㄴ all meet.

use std::collections::BTreeSet;

use super::hangul;
use super::hanzi;
use super::names::search_key;

/// What a key was derived from (stored with it, for diagnostics and ranking).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyKind {
    /// The name as written, folded (case, width, spacing, punctuation).
    Written,
    /// Han characters folded to simplified.
    Simplified,
    /// Hangul initial consonants (ㄱㅇㄴ).
    Initials,
    /// Latin letters: typed, romanized Hangul, or pinyin, in both name orders.
    Latin,
    /// The Korean reading of Han characters (金永男 → 김영남).
    HanjaReading,
}

impl KeyKind {
    pub fn key(self) -> &'static str {
        match self {
            KeyKind::Written => "written",
            KeyKind::Simplified => "simplified",
            KeyKind::Initials => "initials",
            KeyKind::Latin => "latin",
            KeyKind::HanjaReading => "hanja_reading",
        }
    }
}

/// Folds spelling variants of romanized Korean and Chinese that people
/// mix up: eo/o (yeong, yong), eu/u, oo/u (Yoo, Yu), ee/i (Lee, Li).
pub fn loose(latin: &str) -> String {
    latin
        .replace("eo", "o")
        .replace("eu", "u")
        .replace("oo", "u")
        .replace("ee", "i")
}

fn has_hangul(text: &str) -> bool {
    text.chars().any(hangul::is_syllable)
}

fn has_han(text: &str) -> bool {
    text.chars().any(hanzi::is_han)
}

fn is_initials(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| ('ㄱ'..='ㅎ').contains(&c))
}

/// Latin keys of a name in (surname, given) parts: both orders, every
/// spelling of the surname.
fn latin_orders(keys: &mut BTreeSet<(KeyKind, String)>, surnames: &[String], givens: &[String]) {
    for surname in surnames {
        for given in givens {
            keys.insert((KeyKind::Latin, loose(&format!("{surname}{given}"))));
            if !given.is_empty() {
                keys.insert((KeyKind::Latin, loose(&format!("{given}{surname}"))));
            }
        }
    }
}

fn korean_keys(keys: &mut BTreeSet<(KeyKind, String)>, hangul_name: &str) {
    let (surname, given) = hangul::split_korean_name(hangul_name);
    latin_orders(
        keys,
        &hangul::surname_spellings(&surname),
        &hangul::given_name_spellings(&given),
    );
}

/// Every key `name` can be found by.
pub fn name_keys(name: &str) -> BTreeSet<(KeyKind, String)> {
    let mut keys = BTreeSet::new();
    let written = search_key(name);
    if written.is_empty() {
        return keys;
    }
    keys.insert((KeyKind::Written, written.clone()));
    if has_hangul(name) {
        keys.insert((KeyKind::Initials, hangul::initials(name)));
        korean_keys(&mut keys, name);
    } else if has_han(name) {
        keys.insert((KeyKind::Simplified, hanzi::simplify(&written)));
        let (surname, given) = hanzi::pinyin_of_name(name);
        latin_orders(&mut keys, &[surname], &[given]);
        for reading in hanzi::hangul_readings_of_name(name) {
            keys.insert((KeyKind::HanjaReading, reading.clone()));
            keys.insert((KeyKind::Initials, hangul::initials(&reading)));
            korean_keys(&mut keys, &reading);
        }
    } else {
        // Latin (or other) letters: the words in the order written, and
        // with the first or the last word moved round ("Yongnan Jin").
        let words: Vec<String> = name
            .split([' ', ',', '\t'])
            .map(search_key)
            .filter(|w| !w.is_empty())
            .collect();
        keys.insert((KeyKind::Latin, loose(&words.concat())));
        if words.len() > 1 {
            let (first, rest) = words.split_first().unwrap_or((&written, &[]));
            keys.insert((KeyKind::Latin, loose(&format!("{}{first}", rest.concat()))));
            let (last, init) = words.split_last().unwrap_or((&written, &[]));
            keys.insert((KeyKind::Latin, loose(&format!("{last}{}", init.concat()))));
        }
    }
    keys.retain(|(_, key)| !key.is_empty());
    keys
}

/// The keys a query is looked up by: those of the query as a name, less
/// the initials (a full name's initials would match strangers), unless the
/// query is itself initials.
pub fn query_keys(query: &str) -> Vec<String> {
    // Compatibility jamo as typed (NFKC would turn them into conjoining ones).
    let typed: String = query.chars().filter(|c| !c.is_whitespace()).collect();
    if is_initials(&typed) {
        // Initials of names; and a name written in bare jamo finds itself.
        let mut keys = vec![typed, search_key(query)];
        keys.retain(|k| !k.is_empty());
        keys.dedup();
        return keys;
    }
    let written = search_key(query);
    let mut keys: Vec<String> = name_keys(query)
        .into_iter()
        .filter(|(kind, _)| *kind != KeyKind::Initials)
        .map(|(_, key)| key)
        .collect();
    let latin = loose(&written);
    if !keys.contains(&latin) && !latin.is_empty() {
        keys.push(latin);
    }
    keys.sort();
    keys.dedup();
    keys
}

/// The key a query is matched by prefix with: as typed, folded (and
/// simplified for Han characters).
pub fn prefix_key(query: &str) -> String {
    let typed: String = query.chars().filter(|c| !c.is_whitespace()).collect();
    if is_initials(&typed) {
        return typed;
    }
    let written = search_key(query);
    if has_han(&written) {
        hanzi::simplify(&written)
    } else if has_hangul(&written) {
        written
    } else {
        loose(&written)
    }
}

/// Edit distance of at most one (an insertion, deletion, substitution or
/// swap of neighbours), for the fuzzy step of search.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return true;
    }
    let (shorter, longer) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if longer.len() - shorter.len() > 1 {
        return false;
    }
    let prefix = shorter
        .iter()
        .zip(longer.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if shorter.len() == longer.len() {
        let rest_equal = shorter[prefix + 1..] == longer[prefix + 1..];
        let swapped = prefix + 1 < shorter.len()
            && shorter[prefix] == longer[prefix + 1]
            && shorter[prefix + 1] == longer[prefix]
            && shorter[prefix + 2..] == longer[prefix + 2..];
        rest_equal || swapped
    } else {
        shorter[prefix..] == longer[prefix + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shares_a_key(stored: &str, query: &str) -> bool {
        let stored: BTreeSet<String> = name_keys(stored).into_iter().map(|(_, k)| k).collect();
        query_keys(query).iter().any(|k| stored.contains(k))
    }

    #[test]
    fn one_person_in_many_scripts_meets_every_query() {
        for (stored, query) in [
            ("金永男", "김영남"),
            ("김영남", "金永男"),
            ("Jin Yongnan", "金永男"),
            ("金永男", "Jin Yongnan"),
            ("김영남", "kim yong nam"),
            ("김영남", "Kim Yong-nam"),
            ("김영남", "Yongnam Kim"),
            ("김영남", "ㄱㅇㄴ"),
            ("Jin Yongnan", "Yongnan Jin"),
            ("Jin Yongnan", "JIN Yong-nan"),
            ("劉偉", "刘伟"),
            ("이광호", "Lee Kwangho"),
            ("이광호", "Yi Gwangho"),
            ("박지훈", "Park Jihun"),
            ("金永男", "ㄱㅇㄴ"),
        ] {
            assert!(
                shares_a_key(stored, query),
                "{stored} should be found by {query}"
            );
        }
    }

    #[test]
    fn different_people_do_not_meet() {
        assert!(!shares_a_key("김영남", "김영수"));
        assert!(
            !shares_a_key("강윤녕", "김영남"),
            "same initials are not a match for a full name"
        );
        assert!(!shares_a_key("Jin Yongnan", "Jin Yongnam Park"));
    }

    #[test]
    fn one_edit_is_tolerated() {
        assert!(within_one_edit("yongnan", "yongnam"));
        assert!(within_one_edit("yongnan", "yognnan"));
        assert!(within_one_edit("yongnan", "yongan"));
        assert!(!within_one_edit("yongnan", "yangnam"));
    }
}
