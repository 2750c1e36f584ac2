//! Contacts as vCard: import of 2.1, 3.0 and 4.0 (as phones and address
//! books export them, quoted-printable and CHARSET included; parsed by
//! calcard), export of 4.0 with every name form as alternative FN and N
//! values (ALTID and LANGUAGE, RFC 6350 §5.4 and §5.1).

use calcard::vcard::{VCard, VCardEntry, VCardProperty, VCardValue};
use calcard::{Entry, Parser};

use super::csv::{CsvContact, RowError};
use crate::domain::cadence::Cadence;
use crate::domain::contact::{parse_email, parse_note, parse_phone, parse_telegram, parse_text};
use crate::domain::keys::{Category, NameForm, PolicyArea};
use crate::domain::names::{PersonName, guess_form};
use crate::domain::{Error, Lang};
use crate::store::contacts::NewContact;
use crate::store::export::ContactRecord;

/// Our own properties, so an export imports back whole.
const X_PLACE: &str = "X-INMAEK-PLACE";
const X_OWNER: &str = "X-INMAEK-OWNER";
const X_TELEGRAM: &str = "X-INMAEK-TELEGRAM";
const X_CADENCE: &str = "X-INMAEK-CADENCE-DAYS";
const X_INTERESTS: &str = "X-INMAEK-INTERESTS";
/// `YYYY-MM-DD`, after `lunar:` for a lunar-calendar birthday.
const X_BIRTHDAY: &str = "X-INMAEK-BIRTHDAY";
const X_HONORARY_CITIZEN: &str = "X-INMAEK-HONORARY-CITIZEN";
const X_SEOUL_CLUB: &str = "X-INMAEK-SEOUL-CLUB";

fn texts(entry: &VCardEntry) -> Vec<String> {
    entry
        .values
        .iter()
        .flat_map(|value| match value {
            VCardValue::Component(parts) => parts.clone(),
            other => other
                .as_text()
                .map(|t| vec![t.to_owned()])
                .unwrap_or_default(),
        })
        .collect()
}

fn first_text(card: &VCard, property: &VCardProperty) -> Option<String> {
    card.property(property)
        .and_then(|e| texts(e).into_iter().find(|t| !t.trim().is_empty()))
}

fn other(card: &VCard, name: &str) -> Option<String> {
    card.entries
        .iter()
        .find(|e| matches!(&e.name, VCardProperty::Other(n) if n.eq_ignore_ascii_case(name)))
        .and_then(|e| texts(e).into_iter().next())
        .filter(|t| !t.trim().is_empty())
}

/// The name an N value spells: family name first in Hangul and Han,
/// given name first in Latin letters.
fn name_from_n(entry: &VCardEntry) -> Option<String> {
    let parts: Vec<String> = entry
        .values
        .iter()
        .filter_map(|v| v.as_text().map(str::to_owned))
        .collect();
    let family = parts.first().map(|s| s.trim()).unwrap_or_default();
    let given = parts.get(1).map(|s| s.trim()).unwrap_or_default();
    if family.is_empty() && given.is_empty() {
        return None;
    }
    let joined = format!("{family}{given}");
    Some(match guess_form(&joined) {
        NameForm::Hangul | NameForm::Hanzi => joined,
        _ if family.is_empty() || given.is_empty() => format!("{given}{family}"),
        _ => format!("{given} {family}"),
    })
}

fn card_to_contact(card: &VCard) -> Result<NewContact, (&'static str, Error)> {
    let mut contact = NewContact::default();
    let add_name = |value: &str, contact: &mut NewContact| -> Result<(), (&'static str, Error)> {
        let value = value.trim();
        if value.is_empty() {
            return Ok(());
        }
        let mut form = guess_form(value);
        if contact
            .names
            .iter()
            .any(|n| n.search_key() == crate::domain::names::search_key(value))
        {
            return Ok(());
        }
        if contact.names.iter().any(|n| n.form == form) {
            form = NameForm::Alias;
        }
        contact
            .names
            .push(PersonName::parse(form, value).map_err(|e| ("FN", e))?);
        Ok(())
    };
    for entry in card.properties(&VCardProperty::Fn) {
        for text in texts(entry) {
            add_name(&text, &mut contact)?;
        }
    }
    for entry in card.properties(&VCardProperty::N) {
        if let Some(name) = name_from_n(entry) {
            add_name(&name, &mut contact)?;
        }
    }
    // A nickname in a script the card has no name in yet is that name
    // (an iOS card keeps 金永男 here); otherwise an alias.
    // The parser splits the list at unescaped commas: "Kim\, Jr." is one.
    for entry in card.properties(&VCardProperty::Nickname) {
        for text in texts(entry) {
            add_name(&text, &mut contact)?;
        }
    }
    // iOS keeps the Latin reading of a name apart.
    let phonetic = [
        other(card, "X-PHONETIC-LAST-NAME"),
        other(card, "X-PHONETIC-FIRST-NAME"),
    ];
    let phonetic: Vec<String> = phonetic.into_iter().flatten().collect();
    if !phonetic.is_empty() && !contact.names.iter().any(|n| n.form == NameForm::Latin) {
        add_name(&phonetic.join(" "), &mut contact)?;
    }
    if contact.names.is_empty() {
        return Err(("FN", Error::NoName));
    }
    // Phone books put their own groups here: keep the ones that are ours.
    for entry in card.properties(&VCardProperty::Categories) {
        for text in texts(entry) {
            for item in text.split(',') {
                if let Ok(category) = Category::parse(item) {
                    contact.categories.push(category);
                }
            }
        }
    }
    contact.organization = first_text(card, &VCardProperty::Org)
        .map(|o| parse_text("ORG", &o, 200))
        .transpose()
        .map_err(|e| ("ORG", e))?
        .flatten();
    contact.title = first_text(card, &VCardProperty::Title)
        .map(|t| parse_text("TITLE", &t, 200))
        .transpose()
        .map_err(|e| ("TITLE", e))?
        .flatten();
    contact.email = first_text(card, &VCardProperty::Email)
        .map(|e| parse_email(&e))
        .transpose()
        .map_err(|e| ("EMAIL", e))?;
    contact.phone = first_text(card, &VCardProperty::Tel)
        .map(|t| parse_phone(t.trim_start_matches("tel:")))
        .transpose()
        .map_err(|e| ("TEL", e))?;
    contact.notes = first_text(card, &VCardProperty::Note)
        .map(|n| parse_note("NOTE", &n))
        .transpose()
        .map_err(|e| ("NOTE", e))?
        .flatten();
    contact.lang = first_text(card, &VCardProperty::Lang).and_then(|l| Lang::parse(&l).ok());
    contact.place = other(card, X_PLACE);
    contact.owner = other(card, X_OWNER);
    contact.telegram = other(card, X_TELEGRAM)
        .map(|t| parse_telegram(&t))
        .transpose()
        .map_err(|e| ("X-INMAEK-TELEGRAM", e))?;
    if let Some(areas) = other(card, X_INTERESTS) {
        for area in areas.split(',').map(str::trim).filter(|a| !a.is_empty()) {
            let area = PolicyArea::parse(area).map_err(|e| (X_INTERESTS, e))?;
            if !contact.interests.contains(&area) {
                contact.interests.push(area);
            }
        }
    }
    contact.cadence = other(card, X_CADENCE)
        .map(|c| Cadence::parse(&c))
        .transpose()
        .map_err(|e| ("X-INMAEK-CADENCE-DAYS", e))?;
    if let Some(value) = other(card, X_BIRTHDAY) {
        let (lunar, day) = match value.trim().strip_prefix("lunar:") {
            Some(day) => (true, day),
            None => (false, value.trim()),
        };
        let day = crate::domain::dates::parse_date("birthday", day).map_err(|e| (X_BIRTHDAY, e))?;
        contact.birthday = Some((day, lunar));
    }
    for (property, kind) in [
        (
            X_HONORARY_CITIZEN,
            crate::domain::keys::HonorKind::HonoraryCitizen,
        ),
        (X_SEOUL_CLUB, crate::domain::keys::HonorKind::SeoulClub),
    ] {
        if let Some(value) = other(card, property) {
            let day =
                crate::domain::dates::parse_date("on", value.trim()).map_err(|e| (property, e))?;
            contact.honors.push((kind, Some(day)));
        }
    }
    Ok(contact)
}

/// The line each `BEGIN:VCARD` is on, in order.
fn card_lines(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            line.trim_start_matches('\u{feff}')
                .trim()
                .eq_ignore_ascii_case("BEGIN:VCARD")
        })
        .map(|(index, _)| index + 1)
        .collect()
}

/// Reads every card: the contacts, and the cards that cannot be with their line.
pub fn parse_contacts(text: &str) -> (Vec<CsvContact>, Vec<RowError>) {
    let lines = card_lines(text);
    let mut parser = Parser::new(text);
    let mut contacts = Vec::new();
    let mut errors = Vec::new();
    let mut index = 0;
    loop {
        match parser.entry() {
            Entry::VCard(card) => {
                let line = lines.get(index).copied().unwrap_or(0);
                index += 1;
                match card_to_contact(&card) {
                    Ok(contact) => contacts.push(CsvContact { line, contact }),
                    Err((column, error)) => errors.push(RowError {
                        line,
                        column,
                        error,
                    }),
                }
            }
            Entry::Eof => break,
            Entry::InvalidLine(_) => {}
            _ => {
                let line = lines.get(index).copied().unwrap_or(0);
                errors.push(RowError {
                    line,
                    column: "BEGIN",
                    error: Error::Invalid {
                        field: "vcard",
                        value: "END".into(),
                    },
                });
                break;
            }
        }
    }
    (contacts, errors)
}

/// Escapes a text value (RFC 6350 §3.4). A line break of any kind
/// (`\r\n`, `\r`, `\n`) becomes `\n`, so no value can start a property
/// of its own; other control characters are dropped.
fn escape(value: &str) -> String {
    let value = value.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a character (§3.2).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn language_of(form: NameForm) -> &'static str {
    match form {
        NameForm::Hangul => "ko",
        NameForm::Hanzi => "zh",
        _ => "en",
    }
}

/// (family, given) of a name form, for N.
fn n_parts(name: &PersonName) -> (String, String) {
    match name.form {
        NameForm::Hangul => {
            let (family, given) = crate::domain::hangul::split_korean_name(&name.value);
            (family, given)
        }
        NameForm::Hanzi => crate::domain::hanzi::split_chinese_name(&name.value),
        _ => {
            let words: Vec<&str> = name.value.split(' ').collect();
            match (name.family_name_first, words.as_slice()) {
                (_, [one]) => (String::new(), (*one).to_owned()),
                (true, [first, rest @ ..]) => ((*first).to_owned(), rest.join(" ")),
                (false, [init @ .., last]) => ((*last).to_owned(), init.join(" ")),
                _ => (String::new(), name.value.clone()),
            }
        }
    }
}

/// Writes contacts as vCard 4.0.
pub fn write_contacts(records: &[ContactRecord]) -> String {
    let mut out = String::new();
    for record in records {
        fold("BEGIN:VCARD", &mut out);
        fold("VERSION:4.0", &mut out);
        fold(&format!("UID:urn:inmaek:contact:{}", record.id), &mut out);
        let main: Vec<&PersonName> = record
            .names
            .iter()
            .filter(|n| matches!(n.form, NameForm::Hangul | NameForm::Hanzi | NameForm::Latin))
            .collect();
        let several = main.len() > 1;
        for name in &main {
            let params = if several {
                format!(";ALTID=1;LANGUAGE={}", language_of(name.form))
            } else {
                String::new()
            };
            fold(&format!("FN{params}:{}", escape(&name.value)), &mut out);
        }
        for name in &main {
            let params = if several {
                format!(";ALTID=1;LANGUAGE={}", language_of(name.form))
            } else {
                String::new()
            };
            let (family, given) = n_parts(name);
            fold(
                &format!("N{params}:{};{};;;", escape(&family), escape(&given)),
                &mut out,
            );
        }
        if main.is_empty()
            && let Some(first) = record.names.first()
        {
            fold(&format!("FN:{}", escape(&first.value)), &mut out);
        }
        let aliases: Vec<String> = record
            .names
            .iter()
            .filter(|n| matches!(n.form, NameForm::Alias | NameForm::Former))
            .skip(usize::from(main.is_empty()))
            .map(|n| escape(&n.value))
            .collect();
        if !aliases.is_empty() {
            fold(&format!("NICKNAME:{}", aliases.join(",")), &mut out);
        }
        if !record.categories.is_empty() {
            let keys: Vec<&str> = record.categories.iter().map(|c| c.key()).collect();
            fold(&format!("CATEGORIES:{}", keys.join(",")), &mut out);
        }
        let optional = [
            ("ORG", record.organization.as_deref()),
            ("TITLE", record.title.as_deref()),
            ("LANG", record.lang.as_deref()),
            ("EMAIL", record.email.as_deref()),
            ("TEL", record.phone.as_deref()),
            ("NOTE", record.notes.as_deref()),
            (X_PLACE, record.place_key.as_deref()),
            (X_OWNER, record.owner.as_deref()),
            (X_TELEGRAM, record.telegram.as_deref()),
        ];
        for (property, value) in optional {
            if let Some(value) = value {
                fold(&format!("{property}:{}", escape(value)), &mut out);
            }
        }
        if let Some(days) = record.cadence_days {
            fold(&format!("{X_CADENCE}:{days}"), &mut out);
        }
        if !record.interests.is_empty() {
            let keys: Vec<&str> = record.interests.iter().map(|a| a.key()).collect();
            fold(&format!("{X_INTERESTS}:{}", keys.join(",")), &mut out);
        }
        if let Some(day) = record.birthday {
            let lunar = if record.birthday_lunar { "lunar:" } else { "" };
            fold(&format!("{X_BIRTHDAY}:{lunar}{day}"), &mut out);
        }
        for (property, day) in [
            (X_HONORARY_CITIZEN, record.honorary_citizen_on),
            (X_SEOUL_CLUB, record.seoul_club_since),
        ] {
            if let Some(day) = day {
                fold(&format!("{property}:{day}"), &mut out);
            }
        }
        fold("END:VCARD", &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_with_commas_semicolons_and_backslashes_and_interests_round_trip() {
        let record = crate::store::export::odd_record();
        let text = write_contacts(std::slice::from_ref(&record));
        let (rows, errors) = parse_contacts(&text);
        assert!(errors.is_empty(), "{errors:?}\n{text}");
        crate::store::export::assert_round_trip(&rows[0].contact, &text);
    }

    #[test]
    fn a_name_in_three_scripts_reads_from_fn_and_n() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:김;영남;;;\r\nFN:김영남\r\nNICKNAME:Jin Yongnan\r\nORG:延边大学\r\nTEL;TYPE=CELL:+86 433 000 0001\r\nEND:VCARD\r\n";
        let (contacts, errors) = parse_contacts(text);
        assert!(errors.is_empty(), "{errors:?}");
        let contact = &contacts[0].contact;
        assert_eq!(contact.names[0].value, "김영남");
        assert_eq!(contact.organization.as_deref(), Some("延边大学"));
        assert_eq!(contact.phone.as_deref(), Some("+86 433 000 0001"));
    }

    #[test]
    fn no_value_can_start_a_property() {
        for note in [
            "a\rTEL:+1-555-EVIL",
            "a\r\nTEL:+1",
            "a\nTEL:+1",
            "a\u{b}\u{85}b",
        ] {
            let escaped = escape(note);
            assert!(!escaped.contains(['\r', '\n']), "{escaped:?}");
            assert!(!escaped.contains('\u{85}'), "{escaped:?}");
        }
        assert_eq!(escape("one\r\ntwo;x,y"), "one\\ntwo\\;x\\,y");
    }

    #[test]
    fn lines_are_folded_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        fold(&format!("NOTE:{}", "가".repeat(40)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{}", line.len());
        }
    }
}
