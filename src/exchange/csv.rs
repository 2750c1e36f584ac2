//! Contacts as CSV (CONTRACT.md): one header row, columns in any order,
//! one of the three name columns per row, `;` between several values.

use crate::domain::cadence::Cadence;
use crate::domain::contact::{parse_email, parse_note, parse_phone, parse_telegram, parse_text};
use crate::domain::keys::{Category, NameForm, PolicyArea};
use crate::domain::names::PersonName;
use crate::domain::{Error, Lang};
use crate::store::contacts::NewContact;
use crate::store::export::ContactRecord;

/// The columns, in the order export writes them.
pub const COLUMNS: [&str; 20] = [
    "name_hangul",
    "name_hanzi",
    "name_latin",
    "aliases",
    "categories",
    "organization",
    "title",
    "place",
    "language",
    "telegram",
    "email",
    "phone",
    "cadence_days",
    "owner",
    "notes",
    // Added after the first release: last, so that columns keep their places.
    "interests",
    "birthday",
    "birthday_lunar",
    "honorary_citizen_on",
    "seoul_club_since",
];

/// A row that parsed, with the line it started on.
#[derive(Debug, Clone)]
pub struct CsvContact {
    pub line: usize,
    pub contact: NewContact,
}

/// A row that did not: where, which column, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub column: &'static str,
    pub error: Error,
}

/// Why the file as a whole cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CsvError {
    UnknownColumn {
        column: String,
    },
    /// The header is one cell holding another separator (`;`, tab):
    /// the file is not comma-separated.
    Separator {
        separator: char,
    },
    DuplicateColumn {
        column: String,
    },
    NoNameColumn,
    Syntax {
        line: usize,
        reason: String,
    },
}

/// Whether a spreadsheet could take `cell` for a formula (OWASP's list:
/// `=`, `+`, `-`, `@`, tab, carriage return), or it is such a cell
/// already neutralized (so that `restore` undoes exactly one `'`).
fn needs_quote(cell: &str) -> bool {
    cell.trim_start_matches('\'')
        .starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A cell a spreadsheet shows as text, never runs: a leading `'` before
/// what could start a formula (`=HYPERLINK(…)`, `+82 10 …` alike).
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_quote(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The value `neutralize` was given: import removes the `'` it added,
/// so that an export imports back exactly.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_quote(rest) => rest,
        _ => cell,
    }
}

/// The values of a `;`-separated cell; `\;` is a semicolon inside a value
/// and `\\` a backslash (as `join_list` writes them).
fn split_list(value: &str) -> Vec<String> {
    let mut values = Vec::new();
    let mut current = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(next @ (';' | '\\')) => current.push(next),
                Some(other) => {
                    current.push('\\');
                    current.push(other);
                }
                None => current.push('\\'),
            },
            ';' => values.push(std::mem::take(&mut current)),
            other => current.push(other),
        }
    }
    values.push(current);
    values
        .into_iter()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

/// Several values in one cell, `;` between them, escaped inside them.
fn join_list<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values
        .into_iter()
        .map(|v| v.replace('\\', "\\\\").replace(';', "\\;"))
        .collect::<Vec<_>>()
        .join(";")
}

/// Parses one row's cells (by column) into a contact.
fn parse_row(cells: &[(&'static str, &str)]) -> Result<NewContact, (&'static str, Error)> {
    let mut contact = NewContact::default();
    for (column, raw) in cells {
        let value = restore(raw).trim();
        if value.is_empty() {
            continue;
        }
        let at = |error: Error| (*column, error);
        match *column {
            "name_hangul" => contact
                .names
                .push(PersonName::parse(NameForm::Hangul, value).map_err(at)?),
            "name_hanzi" => contact
                .names
                .push(PersonName::parse(NameForm::Hanzi, value).map_err(at)?),
            "name_latin" => contact
                .names
                .push(PersonName::parse(NameForm::Latin, value).map_err(at)?),
            "aliases" => {
                for alias in split_list(value) {
                    contact
                        .names
                        .push(PersonName::parse(NameForm::Alias, &alias).map_err(at)?);
                }
            }
            "categories" => {
                for category in split_list(value) {
                    contact
                        .categories
                        .push(Category::parse(&category).map_err(at)?);
                }
            }
            "interests" => {
                for area in split_list(value) {
                    let area = PolicyArea::parse(&area).map_err(at)?;
                    if !contact.interests.contains(&area) {
                        contact.interests.push(area);
                    }
                }
            }
            "organization" => {
                contact.organization = parse_text("organization", value, 200).map_err(at)?
            }
            "title" => contact.title = parse_text("title", value, 200).map_err(at)?,
            "place" => contact.place = Some(value.to_owned()),
            "language" => contact.lang = Some(Lang::parse(value).map_err(at)?),
            "telegram" => contact.telegram = Some(parse_telegram(value).map_err(at)?),
            "email" => contact.email = Some(parse_email(value).map_err(at)?),
            "phone" => contact.phone = Some(parse_phone(value).map_err(at)?),
            "cadence_days" => contact.cadence = Some(Cadence::parse(value).map_err(at)?),
            "owner" => contact.owner = Some(value.to_owned()),
            "notes" => contact.notes = parse_note("notes", value).map_err(at)?,
            "birthday" => {
                let day = crate::domain::dates::parse_date("birthday", value).map_err(at)?;
                let lunar = contact.birthday.is_some_and(|(_, lunar)| lunar);
                contact.birthday = Some((day, lunar));
            }
            "birthday_lunar" => {
                let lunar = yes(value).map_err(at)?;
                if let Some((day, _)) = contact.birthday {
                    contact.birthday = Some((day, lunar));
                } else if lunar {
                    // The day may come in a later column: kept as a marker.
                    contact.birthday = Some((chrono::NaiveDate::MIN, true));
                }
            }
            "honorary_citizen_on" | "seoul_club_since" => {
                let day = crate::domain::dates::parse_date(column, value).map_err(at)?;
                let kind = if *column == "seoul_club_since" {
                    crate::domain::keys::HonorKind::SeoulClub
                } else {
                    crate::domain::keys::HonorKind::HonoraryCitizen
                };
                contact.honors.push((kind, Some(day)));
            }
            _ => {}
        }
    }
    if contact.names.is_empty() {
        return Err(("name_hangul", Error::NoName));
    }
    if contact
        .birthday
        .is_some_and(|(day, _)| day == chrono::NaiveDate::MIN)
    {
        return Err(("birthday_lunar", Error::Empty { field: "birthday" }));
    }
    // Names the file gave in another form are kept as aliases, once.
    let mut seen = std::collections::HashSet::new();
    contact.names.retain(|n| seen.insert(n.search_key()));
    Ok(contact)
}

/// `yes`/`no` as a spreadsheet writes it (also `true`, `1`, `y`, `음력`, `农历`).
fn yes(value: &str) -> Result<bool, Error> {
    match value.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "lunar" | "음력" | "农历" | "예" | "是" => Ok(true),
        "no" | "n" | "false" | "0" | "solar" | "양력" | "公历" | "아니요" | "否" => {
            Ok(false)
        }
        other => Err(Error::Invalid {
            field: "birthday_lunar",
            value: other.to_owned(),
        }),
    }
}

/// Google Contacts' export columns we read (both its current and its
/// older header names); the many others are left alone.
const GOOGLE_COLUMNS: &[&str] = &[
    "First Name",
    "Given Name",
    "Last Name",
    "Family Name",
    "Phonetic First Name",
    "Given Name Yomi",
    "Phonetic Last Name",
    "Family Name Yomi",
    "Nickname",
    "Organization Name",
    "Organization 1 - Name",
    "Organization Title",
    "Organization 1 - Title",
    "E-mail 1 - Value",
    "Phone 1 - Value",
    "Notes",
    "Labels",
    "Group Membership",
    "Birthday",
];

/// Whether the header row is Google Contacts' export.
fn is_google(headers: &csv::StringRecord) -> bool {
    let has = |name: &str| headers.iter().any(|h| h.trim() == name);
    (has("First Name") && has("Last Name")) || (has("Given Name") && has("Family Name"))
}

/// A name from family and given parts: joined family first in Hangul and
/// Han, "Given Family" in Latin letters.
fn join_name(family: &str, given: &str) -> String {
    let (family, given) = (family.trim(), given.trim());
    let joined = format!("{family}{given}");
    match crate::domain::names::guess_form(&joined) {
        NameForm::Hangul | NameForm::Hanzi => joined,
        _ => format!("{given} {family}").trim().to_owned(),
    }
}

/// The first of Google's " ::: "-separated values.
fn first_value(value: &str) -> &str {
    value.split(":::").next().unwrap_or_default().trim()
}

/// A birthday as Google writes it: `YYYY-MM-DD` or `--MM-DD`. Inmaek does
/// not keep birthdays, but an impossible one means a damaged file.
fn check_birthday(value: &str) -> Result<(), Error> {
    let full = match value.strip_prefix("--") {
        Some(month_day) => format!("2000-{month_day}"),
        None => value.to_owned(),
    };
    crate::domain::dates::parse_date("Birthday", &full)
        .map(|_| ())
        .map_err(|_| Error::InvalidDate {
            field: "Birthday",
            value: value.to_owned(),
        })
}

fn parse_google_row(cells: &[(&'static str, &str)]) -> Result<NewContact, (&'static str, Error)> {
    let get = |names: &[&str]| -> String {
        cells
            .iter()
            .find(|(c, v)| names.contains(c) && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let mut contact = NewContact::default();
    let add = |value: &str,
               column: &'static str,
               contact: &mut NewContact|
     -> Result<(), (&'static str, Error)> {
        let value = value.trim();
        let key = crate::domain::names::search_key(value);
        if value.is_empty() || contact.names.iter().any(|n| n.search_key() == key) {
            return Ok(());
        }
        let mut form = crate::domain::names::guess_form(value);
        if contact.names.iter().any(|n| n.form == form) {
            form = NameForm::Alias;
        }
        contact
            .names
            .push(PersonName::parse(form, value).map_err(|e| (column, e))?);
        Ok(())
    };
    let name = join_name(
        &get(&["Last Name", "Family Name"]),
        &get(&["First Name", "Given Name"]),
    );
    add(&name, "First Name", &mut contact)?;
    let phonetic = join_name(
        &get(&["Phonetic Last Name", "Family Name Yomi"]),
        &get(&["Phonetic First Name", "Given Name Yomi"]),
    );
    add(&phonetic, "Phonetic First Name", &mut contact)?;
    for nickname in get(&["Nickname"]).split(":::") {
        add(nickname, "Nickname", &mut contact)?;
    }
    if contact.names.is_empty() {
        return Err(("First Name", Error::NoName));
    }
    let at = |column: &'static str| move |e: Error| (column, e);
    contact.organization = parse_text(
        "organization",
        &get(&["Organization Name", "Organization 1 - Name"]),
        200,
    )
    .map_err(at("Organization Name"))?;
    contact.title = parse_text(
        "title",
        &get(&["Organization Title", "Organization 1 - Title"]),
        200,
    )
    .map_err(at("Organization Title"))?;
    let email = get(&["E-mail 1 - Value"]);
    if !first_value(&email).is_empty() {
        contact.email = Some(parse_email(first_value(&email)).map_err(at("E-mail 1 - Value"))?);
    }
    let phone = get(&["Phone 1 - Value"]);
    if !first_value(&phone).is_empty() {
        contact.phone = Some(parse_phone(first_value(&phone)).map_err(at("Phone 1 - Value"))?);
    }
    contact.notes = parse_note("notes", &get(&["Notes"])).map_err(at("Notes"))?;
    for label in get(&["Labels", "Group Membership"]).split(":::") {
        if let Ok(category) = Category::parse(label.trim().trim_start_matches('*').trim()) {
            contact.categories.push(category);
        }
    }
    let birthday = get(&["Birthday"]);
    if !birthday.is_empty() {
        check_birthday(&birthday).map_err(at("Birthday"))?;
    }
    Ok(contact)
}

/// A contact parser for one row's cells, by column.
type RowParser = fn(&[(&'static str, &str)]) -> Result<NewContact, (&'static str, Error)>;

/// Reads every record after the header: the cells of the known columns
/// (`None` columns are skipped) go to `parse_row`; blank rows are skipped.
fn read_rows(
    mut reader: csv::Reader<&[u8]>,
    columns: &[Option<&'static str>],
    parse_row: RowParser,
) -> Result<(Vec<CsvContact>, Vec<RowError>), CsvError> {
    let line_of = |position: Option<&csv::Position>| {
        position.map_or(0, |p| usize::try_from(p.line()).unwrap_or(0))
    };
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|err| CsvError::Syntax {
            line: line_of(err.position()),
            reason: err.to_string(),
        })?;
        let line = line_of(record.position());
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cells: Vec<(&'static str, &str)> = columns
            .iter()
            .zip(record.iter())
            .filter_map(|(column, value)| column.map(|c| (c, value)))
            .collect();
        match parse_row(&cells) {
            Ok(contact) => rows.push(CsvContact { line, contact }),
            Err((column, error)) => errors.push(RowError {
                line,
                column,
                error,
            }),
        }
    }
    Ok((rows, errors))
}

/// Reads Google Contacts' CSV export.
fn parse_google(
    reader: csv::Reader<&[u8]>,
    headers: &csv::StringRecord,
) -> Result<(Vec<CsvContact>, Vec<RowError>), CsvError> {
    let columns: Vec<Option<&'static str>> = headers
        .iter()
        .map(|h| GOOGLE_COLUMNS.iter().find(|c| **c == h.trim()).copied())
        .collect();
    read_rows(reader, &columns, parse_google_row)
}

/// Reads contacts from CSV text: the rows that parse, and the rows that
/// do not with their line and column.
pub fn parse_contacts(text: &str) -> Result<(Vec<CsvContact>, Vec<RowError>), CsvError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::None)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|err| CsvError::Syntax {
            line: 1,
            reason: err.to_string(),
        })?
        .clone();
    if is_google(&headers) {
        return parse_google(reader, &headers);
    }
    if headers.len() == 1
        && let Some(separator) = headers[0].chars().find(|c| matches!(c, ';' | '\t' | '|'))
    {
        return Err(CsvError::Separator { separator });
    }
    let mut columns: Vec<&'static str> = Vec::with_capacity(headers.len());
    for header in headers.iter() {
        let name = header.trim().to_lowercase();
        let Some(column) = COLUMNS.iter().find(|c| **c == name) else {
            return Err(CsvError::UnknownColumn {
                column: header.trim().to_owned(),
            });
        };
        if columns.contains(column) {
            return Err(CsvError::DuplicateColumn {
                column: header.trim().to_owned(),
            });
        }
        columns.push(column);
    }
    if !columns.iter().any(|c| c.starts_with("name_")) {
        return Err(CsvError::NoNameColumn);
    }
    let columns: Vec<Option<&'static str>> = columns.into_iter().map(Some).collect();
    read_rows(reader, &columns, parse_row)
}

/// The byte order mark a CSV export starts with: Excel reads the file as
/// UTF-8 only with it (Korean and Chinese are garbled otherwise).
pub const BOM: &str = "\u{feff}";

/// Writes contacts as CSV with every column, in `COLUMNS` order, after a BOM.
pub fn write_contacts(records: &[ContactRecord]) -> String {
    let mut writer = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    let _ = writer.write_record(COLUMNS);
    for record in records {
        let name = |form: NameForm| {
            record
                .names
                .iter()
                .find(|n| n.form == form)
                .map(|n| n.value.clone())
                .unwrap_or_default()
        };
        let aliases: Vec<&str> = record
            .names
            .iter()
            .filter(|n| matches!(n.form, NameForm::Alias | NameForm::Former))
            .map(|n| n.value.as_str())
            .collect();
        let categories: Vec<&str> = record.categories.iter().map(|c| c.key()).collect();
        let cells = [
            name(NameForm::Hangul),
            name(NameForm::Hanzi),
            name(NameForm::Latin),
            join_list(aliases),
            join_list(categories),
            record.organization.clone().unwrap_or_default(),
            record.title.clone().unwrap_or_default(),
            record.place_key.clone().unwrap_or_default(),
            record.lang.clone().unwrap_or_default(),
            record.telegram.clone().unwrap_or_default(),
            record.email.clone().unwrap_or_default(),
            record.phone.clone().unwrap_or_default(),
            record
                .cadence_days
                .map(|d| d.to_string())
                .unwrap_or_default(),
            record.owner.clone().unwrap_or_default(),
            record.notes.clone().unwrap_or_default(),
            join_list(record.interests.iter().map(|a| a.key())),
            record.birthday.map(|d| d.to_string()).unwrap_or_default(),
            if record.birthday.is_some() && record.birthday_lunar {
                "yes".to_owned()
            } else {
                String::new()
            },
            record
                .honorary_citizen_on
                .map(|d| d.to_string())
                .unwrap_or_default(),
            record
                .seoul_club_since
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ];
        let _ = writer.write_record(cells.iter().map(|cell| neutralize(cell).into_owned()));
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips_with_a_bom_and_escaped_lists() {
        let record = crate::store::export::odd_record();
        let text = write_contacts(std::slice::from_ref(&record));
        assert!(text.starts_with(BOM), "Excel needs the BOM");
        let text = crate::exchange::text::decode(text.as_bytes(), None).unwrap();
        let (rows, errors) = parse_contacts(&text).unwrap();
        assert!(errors.is_empty(), "{errors:?}\n{text}");
        crate::store::export::assert_round_trip(&rows[0].contact, &text);
        let contact = &rows[0].contact;
        assert_eq!(contact.birthday, record.birthday.map(|d| (d, true)));
        assert_eq!(
            contact.honors,
            [
                (
                    crate::domain::keys::HonorKind::HonoraryCitizen,
                    record.honorary_citizen_on
                ),
                (
                    crate::domain::keys::HonorKind::SeoulClub,
                    record.seoul_club_since
                ),
            ]
        );
    }

    #[test]
    fn a_lunar_birthday_needs_its_day_and_honours_their_dates() {
        let (rows, errors) = parse_contacts(
            "name_latin,birthday_lunar,birthday,honorary_citizen_on\nKim,음력,1968-08-15,2019-10-01\nLee,yes,,\nPark,,,2019-02-30\n",
        )
        .unwrap();
        assert_eq!(rows.len(), 1, "{errors:?}");
        assert_eq!(
            rows[0].contact.birthday,
            Some((chrono::NaiveDate::from_ymd_opt(1968, 8, 15).unwrap(), true))
        );
        assert_eq!(errors[0].column, "birthday_lunar");
        assert_eq!(errors[1].column, "honorary_citizen_on");
    }

    #[test]
    fn formulas_are_neutralized_and_restored_exactly() {
        for cell in [
            "=HYPERLINK(\"http://evil\",\"x\")",
            "@SUM(A1)",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "\tindent",
            "\rreturn",
            "'=already quoted",
            "''@twice",
            "'plain quote",
            "김영남",
            "",
        ] {
            let out = neutralize(cell);
            assert!(
                !out.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{out:?} could run"
            );
            assert_eq!(restore(&out), cell);
        }
        assert_eq!(neutralize("=1+1"), "'=1+1");
        assert_eq!(neutralize("'plain"), "'plain");
    }

    #[test]
    fn columns_in_any_order_and_lists_split_on_semicolons() {
        let text = "categories,name_hanzi,name_hangul,aliases\nbridge;next_gen_leader,金永男,김영남,김용남;Kim Yong-nam\n";
        let (rows, errors) = parse_contacts(text).unwrap();
        assert!(errors.is_empty(), "{errors:?}");
        let contact = &rows[0].contact;
        assert_eq!(rows[0].line, 2);
        assert_eq!(
            contact.categories,
            vec![Category::Bridge, Category::NextGenLeader]
        );
        assert_eq!(contact.names.len(), 4);
    }

    #[test]
    fn a_file_separated_by_semicolons_is_named_as_such() {
        assert_eq!(
            parse_contacts("name_latin;email\nKim;k@x.kr\n").unwrap_err(),
            CsvError::Separator { separator: ';' }
        );
    }

    #[test]
    fn an_unknown_column_is_refused_by_name() {
        assert_eq!(
            parse_contacts("name_latin,nickname\nKim,Kimmy\n").unwrap_err(),
            CsvError::UnknownColumn {
                column: "nickname".into()
            }
        );
        assert_eq!(
            parse_contacts("email\nx@y.z\n").unwrap_err(),
            CsvError::NoNameColumn
        );
    }

    #[test]
    fn a_bad_row_names_its_line_and_column() {
        let text =
            "name_latin,categories,cadence_days\nKim,bridge,30\nLee,vip,30\nPark,official,0\n";
        let (rows, errors) = parse_contacts(text).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!((errors[0].line, errors[0].column), (3, "categories"));
        assert_eq!((errors[1].line, errors[1].column), (4, "cadence_days"));
    }

    #[test]
    fn a_quoted_note_spanning_lines_keeps_the_line_of_its_row() {
        let text = "name_latin,notes\n\"Kim\",\"first\nsecond\"\nLee,x\n";
        let (rows, _) = parse_contacts(text).unwrap();
        assert_eq!(rows[0].contact.notes.as_deref(), Some("first\nsecond"));
        assert_eq!(rows[1].line, 4);
    }
}
