//! Names as people write them, and the folded key used to find them.
//!
//! This is the first, script-preserving layer: a name keeps exactly what was
//! written; `search_key` folds case, width, spacing, punctuation and Latin
//! diacritics so that "JIN Yong-nan" and "jin yongnan" meet.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::keys::NameForm;
use super::{Error, Lang};

/// The longest name form we accept, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// One written form of a person's name, valid by construction.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PersonName {
    pub form: NameForm,
    pub value: String,
    pub family_name_first: bool,
}

impl PersonName {
    /// Trims and collapses white space; refuses empty, over-long or
    /// control-character input. Hangul and Hanzi put the family name first;
    /// a Latin name does when its first word is in capitals ("JIN Yongnan").
    pub fn parse(form: NameForm, value: &str) -> Result<Self, Error> {
        let field = name_field(form);
        // A line break or tab in a name is a mistake to show, not to mend.
        super::text::check_controls(field, value.trim(), false)?;
        let value: String = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            return Err(Error::Empty { field });
        }
        if value.chars().count() > MAX_NAME_CHARS {
            return Err(Error::TooLong {
                field,
                max: MAX_NAME_CHARS,
            });
        }
        super::text::check_controls(field, &value, false)?;
        let family_name_first = match form {
            NameForm::Hangul | NameForm::Hanzi => true,
            NameForm::Latin | NameForm::Alias | NameForm::Former => first_word_in_capitals(&value),
        };
        Ok(Self {
            form,
            value,
            family_name_first,
        })
    }

    pub fn search_key(&self) -> String {
        search_key(&self.value)
    }
}

/// The form a name is most likely in, from its script: Hangul, Han
/// characters, Latin letters; anything else is an alias.
pub fn guess_form(value: &str) -> NameForm {
    let letters: Vec<char> = value.chars().filter(|c| c.is_alphabetic()).collect();
    if letters
        .iter()
        .any(|c| ('\u{AC00}'..='\u{D7A3}').contains(c) || ('\u{1100}'..='\u{11FF}').contains(c))
    {
        NameForm::Hangul
    } else if letters
        .iter()
        .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(c) || ('\u{3400}'..='\u{4DBF}').contains(c))
    {
        NameForm::Hanzi
    } else if !letters.is_empty()
        && letters
            .iter()
            .all(|c| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(c))
    {
        NameForm::Latin
    } else {
        NameForm::Alias
    }
}

/// Splits "김영남 / 金永男 / Jin Yongnan" into name forms by script; a
/// second name in a script already taken becomes an alias.
pub fn parse_name_list(text: &str) -> Result<Vec<PersonName>, Error> {
    let mut names: Vec<PersonName> = Vec::new();
    for part in text
        .split(['/', '|', '\n', '、', '，', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let mut form = guess_form(part);
        if names.iter().any(|n| n.form == form) {
            form = NameForm::Alias;
        }
        names.push(PersonName::parse(form, part)?);
    }
    if names.is_empty() {
        return Err(Error::NoName);
    }
    Ok(names)
}

/// The field name used in error messages for a name form.
pub fn name_field(form: NameForm) -> &'static str {
    match form {
        NameForm::Hangul => "name_hangul",
        NameForm::Hanzi => "name_hanzi",
        NameForm::Latin => "name_latin",
        NameForm::Alias => "aliases",
        NameForm::Former => "former_names",
    }
}

fn first_word_in_capitals(value: &str) -> bool {
    let Some(first) = value.split(' ').next() else {
        return false;
    };
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    value.contains(' ') && letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Folds a name for exact matching across case, width, spacing,
/// punctuation and Latin diacritics. Hangul and Han characters are kept as
/// they are (NFKC composes Hangul; it never splits syllables into jamo).
pub fn search_key(value: &str) -> String {
    value
        .nfkc()
        .flat_map(|c| {
            let is_latin_letter =
                ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c);
            let decomposed: Vec<char> = if is_latin_letter {
                c.to_string()
                    .nfd()
                    .filter(|d| !is_combining_mark(*d))
                    .collect()
            } else {
                vec![c]
            };
            decomposed
        })
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The name to show a reader of `lang`: their own script first.
pub fn display_name(names: &[PersonName], lang: Lang) -> Option<&PersonName> {
    let order: [NameForm; 3] = match lang {
        Lang::Ko => [NameForm::Hangul, NameForm::Hanzi, NameForm::Latin],
        Lang::ZhCn => [NameForm::Hanzi, NameForm::Hangul, NameForm::Latin],
        Lang::En => [NameForm::Latin, NameForm::Hangul, NameForm::Hanzi],
    };
    order
        .iter()
        .find_map(|form| names.iter().find(|n| n.form == *form))
        .or_else(|| names.first())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_key_folds_case_spacing_hyphens_and_diacritics() {
        assert_eq!(search_key("JIN Yong-nan"), "jinyongnan");
        assert_eq!(search_key("  jin   yongnan "), "jinyongnan");
        assert_eq!(search_key("Lǚ Xiǎo"), "luxiao");
        assert_eq!(search_key("Ｋｉｍ"), "kim");
    }

    #[test]
    fn search_key_keeps_hangul_syllables_and_hanzi() {
        assert_eq!(search_key("김 영남"), "김영남");
        assert_eq!(search_key("金永男"), "金永男");
    }

    #[test]
    fn an_empty_name_is_refused_with_its_field() {
        assert_eq!(
            PersonName::parse(NameForm::Hanzi, "   ").unwrap_err(),
            Error::Empty {
                field: "name_hanzi"
            }
        );
    }

    #[test]
    fn a_name_of_more_than_a_hundred_characters_is_refused() {
        let long = "가".repeat(101);
        assert!(matches!(
            PersonName::parse(NameForm::Hangul, &long),
            Err(Error::TooLong { .. })
        ));
    }

    #[test]
    fn hangul_is_family_name_first_and_latin_only_when_the_surname_is_in_capitals() {
        assert!(
            PersonName::parse(NameForm::Hangul, "김영남")
                .unwrap()
                .family_name_first
        );
        assert!(
            PersonName::parse(NameForm::Latin, "JIN Yongnan")
                .unwrap()
                .family_name_first
        );
        assert!(
            !PersonName::parse(NameForm::Latin, "Yongnan Jin")
                .unwrap()
                .family_name_first
        );
    }

    #[test]
    fn a_list_of_names_is_sorted_into_forms_by_script() {
        let names = parse_name_list("김영남 / 金永男 / Jin Yongnan / 김용남").unwrap();
        let forms: Vec<NameForm> = names.iter().map(|n| n.form).collect();
        assert_eq!(
            forms,
            vec![
                NameForm::Hangul,
                NameForm::Hanzi,
                NameForm::Latin,
                NameForm::Alias
            ]
        );
        assert_eq!(parse_name_list(" / ").unwrap_err(), Error::NoName);
    }

    #[test]
    fn each_reader_sees_their_own_script_first() {
        let names = vec![
            PersonName::parse(NameForm::Latin, "Jin Yongnan").unwrap(),
            PersonName::parse(NameForm::Hanzi, "金永男").unwrap(),
            PersonName::parse(NameForm::Hangul, "김영남").unwrap(),
        ];
        assert_eq!(display_name(&names, Lang::Ko).unwrap().value, "김영남");
        assert_eq!(display_name(&names, Lang::ZhCn).unwrap().value, "金永男");
        assert_eq!(display_name(&names, Lang::En).unwrap().value, "Jin Yongnan");
    }
}
