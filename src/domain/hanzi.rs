//! Han characters: simplified and traditional folded together, the Korean
//! (Hanja) reading from Unihan's kHangul (金永男 → 김영남), and Mandarin
//! pinyin from the `pinyin` crate with surname readings where they differ.
//!
//! The table `data/unihan/hanzi.tsv` is derived from Unihan by
//! `data/unihan/derive.py` and compiled in.

use std::collections::HashMap;
use std::sync::LazyLock;

use pinyin::ToPinyin;

struct Entry {
    simplified: Option<char>,
    traditional: Vec<char>,
    hangul: Vec<String>,
}

static TABLE: LazyLock<HashMap<char, Entry>> = LazyLock::new(|| {
    include_str!("../../data/unihan/hanzi.tsv")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let char = fields.next()?.chars().next()?;
            let simplified = fields.next()?.chars().next();
            let traditional = fields
                .next()?
                .split(' ')
                .filter_map(|t| t.chars().next())
                .collect();
            let hangul = fields
                .next()
                .unwrap_or_default()
                .split(' ')
                .filter(|h| !h.is_empty())
                .map(str::to_owned)
                .collect();
            Some((
                char,
                Entry {
                    simplified,
                    traditional,
                    hangul,
                },
            ))
        })
        .collect()
});

/// Chinese surnames of two characters.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "尉遲",
    "公孙", "公孫", "长孙", "長孫", "慕容", "令狐", "宇文", "南宫", "南宮",
];

/// Surnames read differently from the character's most common reading.
const SURNAME_PINYIN: &[(char, &str)] = &[
    ('单', "shan"),
    ('單', "shan"),
    ('曾', "zeng"),
    ('区', "ou"),
    ('區', "ou"),
    ('仇', "qiu"),
    ('解', "xie"),
    ('查', "zha"),
    ('朴', "piao"),
    ('樸', "piao"),
    ('盖', "ge"),
    ('蓋', "ge"),
    ('乐', "yue"),
    ('樂', "yue"),
    ('缪', "miao"),
    ('繆', "miao"),
    ('翟', "zhai"),
    ('种', "chong"),
    ('種', "chong"),
    ('覃', "qin"),
    ('召', "shao"),
    ('员', "yun"),
    ('員', "yun"),
    ('长', "zhang"),
    ('長', "zhang"),
    ('尉', "yu"),
    ('重', "chong"),
    ('秘', "bi"),
    ('沈', "shen"),
    ('任', "ren"),
    ('华', "hua"),
    ('華', "hua"),
];

pub fn is_han(c: char) -> bool {
    matches!(u32::from(c), 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0x20000..=0x2FA1F | 0xF900..=0xFAFF)
}

/// The simplified form of a character (itself when it has none).
pub fn simplify_char(c: char) -> char {
    TABLE.get(&c).and_then(|e| e.simplified).unwrap_or(c)
}

/// Folds traditional characters to simplified ones: 劉 and 刘 meet.
pub fn simplify(text: &str) -> String {
    text.chars().map(simplify_char).collect()
}

/// The Korean readings of one character, name readings first; a
/// simplified character borrows the readings of its traditional form.
pub fn hangul_readings(c: char) -> Vec<String> {
    let Some(entry) = TABLE.get(&c) else {
        return Vec::new();
    };
    if !entry.hangul.is_empty() {
        return entry.hangul.clone();
    }
    entry
        .traditional
        .iter()
        .find_map(|t| {
            TABLE
                .get(t)
                .filter(|e| !e.hangul.is_empty())
                .map(|e| e.hangul.clone())
        })
        .unwrap_or_default()
}

/// Korean readings of a Han name (金永男 → 김영남): every reading of the
/// surname with the first reading of the other characters. Empty when a
/// character has no known reading.
pub fn hangul_readings_of_name(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().filter(|c| is_han(*c)).collect();
    let Some((first, rest)) = chars.split_first() else {
        return Vec::new();
    };
    let mut given = String::new();
    for c in rest {
        match hangul_readings(*c).into_iter().next() {
            Some(reading) => given.push_str(&reading),
            None => return Vec::new(),
        }
    }
    hangul_readings(*first)
        .into_iter()
        .map(|surname| format!("{surname}{given}"))
        .collect()
}

/// Splits a Chinese name into (surname, given name), family name first.
pub fn split_chinese_name(name: &str) -> (String, String) {
    let chars: String = name.chars().filter(|c| is_han(*c)).collect();
    if chars.chars().count() >= 3
        && let Some(compound) = COMPOUND_SURNAMES.iter().find(|s| chars.starts_with(*s))
    {
        return ((*compound).to_owned(), chars[compound.len()..].to_owned());
    }
    let mut iter = chars.chars();
    let surname = iter.next().map(String::from).unwrap_or_default();
    (surname, iter.collect())
}

/// Plain pinyin of each character (non-Han characters are skipped).
fn pinyin_of(text: &str) -> String {
    text.chars()
        .filter_map(|c| c.to_pinyin().map(|p| p.plain().to_owned()))
        .collect()
}

/// The pinyin of a Chinese name as (surname, given name), with the
/// surname's own reading (曾 → zeng, 单 → shan).
pub fn pinyin_of_name(name: &str) -> (String, String) {
    let (surname, given) = split_chinese_name(name);
    let surname_pinyin = match surname.chars().collect::<Vec<_>>().as_slice() {
        [one] => SURNAME_PINYIN
            .iter()
            .find(|(c, _)| c == one)
            .map(|(_, p)| (*p).to_owned())
            .unwrap_or_else(|| pinyin_of(&surname)),
        _ => pinyin_of(&surname),
    };
    (surname_pinyin, pinyin_of(&given))
}

/// The pinyin of a place or organization name, all characters in order.
pub fn pinyin_of_text(text: &str) -> String {
    pinyin_of(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_and_simplified_fold_together() {
        assert_eq!(simplify("劉遼寧"), "刘辽宁");
        assert_eq!(simplify("金永男"), "金永男");
    }

    #[test]
    fn a_chinese_name_reads_in_korean() {
        assert_eq!(hangul_readings_of_name("金永男")[0], "김영남");
        assert!(
            hangul_readings_of_name("刘伟")
                .iter()
                .any(|r| r.starts_with('류') || r.starts_with('유')),
            "simplified borrows the traditional reading"
        );
        assert!(hangul_readings_of_name("李光浩").contains(&"이광호".to_owned()));
    }

    #[test]
    fn surnames_take_their_surname_reading_in_pinyin() {
        assert_eq!(pinyin_of_name("金永男"), ("jin".into(), "yongnan".into()));
        assert_eq!(pinyin_of_name("曾国藩").0, "zeng");
        assert_eq!(pinyin_of_name("单田芳").0, "shan");
        assert_eq!(pinyin_of_name("欧阳修"), ("ouyang".into(), "xiu".into()));
    }
}
