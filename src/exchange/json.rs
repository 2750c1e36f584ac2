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
    // A dump of the first version is brought to this one first.
    if let Ok(mut value) = serde_json::from_str::<serde_json::Value>(text)
        && value.get("version").and_then(serde_json::Value::as_u64) == Some(1)
    {
        upgrade_v1(&mut value);
        return serde_json::from_value(value.clone()).map_err(|err| ParseError {
            line: 1,
            column: 1,
            reason: without_position(&err.to_string()),
            refused: unknown_key(&value),
        });
    }
    serde_json::from_str(text).map_err(|err| ParseError {
        line: err.line(),
        column: err.column(),
        reason: without_position(&err.to_string()),
        refused: serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|value| unknown_key(&value)),
    })
}

/// Brings a version 1 dump (before institutions and the network) to
/// version 2 as the migration brings a database: free-text committee
/// roles become `member` and users sit on Seoul's side; a project's one
/// policy area and organization move to their tables, stage `contract`
/// is `running`, and its stage and an agreement's status become the first
/// step of their history; a meeting's note is its agenda.
pub fn upgrade_v1(dump: &mut serde_json::Value) {
    use serde_json::{Value, json};
    let recorded = dump
        .get("exported_at")
        .cloned()
        .filter(|v| !v.is_null())
        .unwrap_or_else(|| json!("2000-01-01T00:00:00Z"));
    let rows = |dump: &mut Value, table: &str| -> Vec<Value> {
        dump.get_mut(table)
            .and_then(Value::as_array_mut)
            .map(std::mem::take)
            .unwrap_or_default()
    };
    let mut members = rows(dump, "committee_members");
    for member in members.iter_mut().filter(|m| m.is_object()) {
        let role = member.get("role").and_then(Value::as_str).unwrap_or("");
        if !["chair", "vice_chair", "secretary", "member"].contains(&role) {
            member["role"] = json!("member");
        }
        let seoul = member.get("user_id").is_some_and(|u| !u.is_null());
        member["side"] = json!(if seoul { "seoul" } else { "counterpart" });
    }
    dump["committee_members"] = Value::Array(members);
    let mut meetings = rows(dump, "committee_meetings");
    for meeting in &mut meetings {
        if let Some(note) = meeting.as_object_mut().and_then(|m| m.remove("note")) {
            meeting["agenda"] = note;
        }
    }
    dump["committee_meetings"] = Value::Array(meetings);
    let mut projects = rows(dump, "projects");
    let (mut areas, mut orgs, mut steps) = (Vec::new(), Vec::new(), Vec::new());
    for (n, project) in projects.iter_mut().enumerate() {
        let Some(fields) = project.as_object_mut() else {
            continue;
        };
        let id = fields.get("id").cloned().unwrap_or(Value::Null);
        if fields.get("stage").and_then(Value::as_str) == Some("contract") {
            fields.insert("stage".into(), json!("running"));
        }
        if let Some(area) = fields.remove("policy_area").filter(|a| !a.is_null()) {
            areas.push(json!({ "project_id": id, "policy_area": area }));
        }
        if let Some(org) = fields.remove("organization_id").filter(|o| !o.is_null()) {
            orgs.push(json!({ "project_id": id, "organization_id": org }));
        }
        steps.push(json!({
            "id": n + 1,
            "project_id": id,
            "stage": fields.get("stage").cloned().unwrap_or(Value::Null),
            "on_date": fields.get("started_on").cloned().unwrap_or(Value::Null),
            "recorded_at": fields.get("updated_at").cloned().unwrap_or(recorded.clone()),
        }));
    }
    dump["projects"] = Value::Array(projects);
    dump["project_areas"] = Value::Array(areas);
    dump["project_organizations"] = Value::Array(orgs);
    dump["project_steps"] = Value::Array(steps);
    let agreements = rows(dump, "agreements");
    let agreement_steps: Vec<Value> = agreements
        .iter()
        .enumerate()
        .map(|(n, a)| {
            let on = a
                .get("signed_on")
                .filter(|d| !d.is_null())
                .or_else(|| a.get("started_on"))
                .cloned()
                .unwrap_or(Value::Null);
            json!({
                "id": n + 1,
                "agreement_id": a.get("id").cloned().unwrap_or(Value::Null),
                "status": a.get("status").cloned().unwrap_or(Value::Null),
                "on_date": on,
                "recorded_at": recorded.clone(),
            })
        })
        .collect();
    dump["agreements"] = Value::Array(agreements);
    dump["agreement_steps"] = Value::Array(agreement_steps);
    dump["version"] = json!(2);
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
        AgreementStatus, Category, CommitteeRole, DetailKind, EventKind, HonorKind, HonorStatus,
        InteractionKind, InvitationStatus, NameForm, OrganizationKind, PolicyArea, ProjectStage,
        Role, Side, TieKind, Track,
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
            domain!("projects", "stage", ProjectStage),
            domain!("committee_members", "role", CommitteeRole),
            domain!("committee_members", "side", Side),
            domain!("contact_details", "kind", DetailKind),
            domain!("agreement_steps", "status", AgreementStatus),
            domain!("project_areas", "policy_area", PolicyArea),
            domain!("project_steps", "stage", ProjectStage),
            domain!("relations", "kind", TieKind),
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
