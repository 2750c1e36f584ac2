//! The JSON dump file: pretty-printed, UTF-8, re-importable.

use vocabulary::vocabularies;

use crate::domain::Error;
use crate::domain::error::UnknownDumpKey;
use crate::store::dump::Dump;

/// Why a file is not a dump, with where (1-based line and column); or,
/// for a well-formed dump holding a word outside a vocabulary, the
/// refusal naming the record and field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub reason: String,
    pub refused: Option<Error>,
}

/// Parses a dump; a UTF-8 byte-order mark is allowed.
pub fn parse_dump(text: &str) -> Result<Dump, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|err| ParseError {
        line: err.line(),
        column: err.column(),
        reason: without_position(&err.to_string()),
        refused: serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|value| unknown_key(&value)),
    })
}

/// serde's message without the " at line L column C" it appends (the
/// position is shown beside it).
fn without_position(reason: &str) -> String {
    match reason.rfind(" at line ") {
        Some(at) => reason[..at].to_owned(),
        None => reason.to_owned(),
    }
}

/// The first word of a dump that is outside its column's vocabulary.
fn unknown_key(dump: &serde_json::Value) -> Option<Error> {
    for (table, field, kind, expected, known) in vocabularies() {
        let Some(rows) = dump.get(table).and_then(|rows| rows.as_array()) else {
            continue;
        };
        for (index, row) in rows.iter().enumerate() {
            let value = match row.get(field) {
                None | Some(serde_json::Value::Null) => continue,
                Some(serde_json::Value::String(value)) => value.clone(),
                Some(other) => other.to_string(),
            };
            if !known(&value) {
                return Some(Error::DumpUnknownKey(Box::new(UnknownDumpKey {
                    table,
                    index,
                    field,
                    value,
                    kind,
                    expected,
                })));
            }
        }
    }
    None
}

mod vocabulary {
    //! Each vocabulary column of a dump: table, field, what it names, the
    //! words it takes, and whether a word is one of them (as the dump's
    //! reader decides).
    use crate::domain::Lang;
    use crate::domain::keys::{
        AgreementStatus, Category, EventKind, HonorKind, HonorStatus, InteractionKind,
        InvitationStatus, NameForm, OrganizationKind, PolicyArea, ProjectStage, Role, Track,
    };
    use crate::store::consent::ConsentPurpose;
    use crate::store::events::EventStatus;
    use crate::store::invitations::Delivery;

    type Column = (
        &'static str,
        &'static str,
        &'static str,
        Vec<String>,
        fn(&str) -> bool,
    );

    macro_rules! domain {
        ($table:literal, $field:literal, $ty:ty) => {
            (
                $table,
                $field,
                <$ty>::KIND,
                <$ty>::ALL.iter().map(|v| v.key().to_owned()).collect(),
                (|value: &str| <$ty>::parse(value).is_ok()) as fn(&str) -> bool,
            )
        };
    }

    macro_rules! store {
        ($table:literal, $field:literal, $ty:ty) => {
            (
                $table,
                $field,
                <$ty>::KIND,
                <$ty>::all().iter().map(|v| v.to_string()).collect(),
                (|value: &str| <$ty>::from_key(value).is_some()) as fn(&str) -> bool,
            )
        };
    }

    pub fn vocabularies() -> Vec<Column> {
        vec![
            domain!("users", "role", Role),
            (
                "users",
                "lang",
                "lang",
                Lang::ALL.iter().map(|l| l.tag().to_owned()).collect(),
                |value| Lang::parse(value).is_ok(),
            ),
            domain!("organizations", "kind", OrganizationKind),
            (
                "contacts",
                "lang",
                "lang",
                Lang::ALL.iter().map(|l| l.tag().to_owned()).collect(),
                |value| Lang::parse(value).is_ok(),
            ),
            domain!("contact_categories", "category", Category),
            domain!("contact_interests", "policy_area", PolicyArea),
            domain!("contact_names", "form", NameForm),
            domain!("interactions", "kind", InteractionKind),
            domain!("interactions", "track", Track),
            domain!("interaction_topics", "policy_area", PolicyArea),
            domain!("honors", "kind", HonorKind),
            domain!("honors", "status", HonorStatus),
            domain!("agreements", "status", AgreementStatus),
            domain!("projects", "policy_area", PolicyArea),
            domain!("projects", "stage", ProjectStage),
            domain!("category_cadences", "category", Category),
            domain!("events", "kind", EventKind),
            domain!("events", "track", Track),
            store!("events", "status", EventStatus),
            domain!("event_topics", "policy_area", PolicyArea),
            domain!("invitations", "status", InvitationStatus),
            store!("invitations", "delivery", Delivery),
            store!("consents", "purpose", ConsentPurpose),
        ]
    }
}

pub fn write_dump(dump: &Dump) -> String {
    let mut text = serde_json::to_string_pretty(dump).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_reports_the_line_and_column() {
        let err =
            parse_dump("{\n  \"format\": \"inmaek-dump\",\n  \"version\": oops\n}").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.column > 0);
    }
}
