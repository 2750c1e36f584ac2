//! A dump's every field checked as the command line and CSV import check
//! what a user types: names, e-mail, phones, handles, notes (length and
//! control characters), time zones, cadences, capacities, dates between
//! 1900 and 2100. The first refusal names its JSON path
//! (`$.contacts[3].email`); nothing is written.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::Dump;
use crate::domain::Error;
use crate::domain::cadence::Cadence;
use crate::domain::contact::{MAX_NOTE_CHARS, parse_email, parse_phone, parse_telegram};
use crate::domain::dates::{check_year, parse_time_zone};
use crate::domain::names::PersonName;
use crate::domain::text::check_controls;

/// Titles, organization names, addresses: one line, this long at most.
const LINE_CHARS: usize = 500;

/// Where a value stands in the dump, and the check that refused it.
struct At {
    table: &'static str,
    index: usize,
}

impl At {
    fn refuse(&self, field: &'static str, error: Error) -> Error {
        Error::DumpInvalid {
            path: format!("$.{}[{}].{field}", self.table, self.index),
            reason: Box::new(error),
        }
    }

    fn text(&self, field: &'static str, value: Option<&str>, max: usize) -> Result<(), Error> {
        self.checked(field, value, max, false)
    }

    fn note(&self, field: &'static str, value: Option<&str>) -> Result<(), Error> {
        self.checked(field, value, MAX_NOTE_CHARS, true)
    }

    fn checked(
        &self,
        field: &'static str,
        value: Option<&str>,
        max: usize,
        multiline: bool,
    ) -> Result<(), Error> {
        let Some(value) = value else {
            return Ok(());
        };
        if value.chars().count() > max {
            return Err(self.refuse(field, Error::TooLong { field, max }));
        }
        check_controls(field, value, multiline).map_err(|e| self.refuse(field, e))
    }

    fn date(&self, field: &'static str, value: Option<NaiveDate>) -> Result<(), Error> {
        match value {
            Some(date) => {
                check_year(field, &date.to_string(), date.year()).map_err(|e| self.refuse(field, e))
            }
            None => Ok(()),
        }
    }

    fn instant(&self, field: &'static str, value: Option<DateTime<Utc>>) -> Result<(), Error> {
        match value {
            Some(at) => {
                check_year(field, &at.to_rfc3339(), at.year()).map_err(|e| self.refuse(field, e))
            }
            None => Ok(()),
        }
    }

    fn zone(&self, field: &'static str, value: &str) -> Result<(), Error> {
        parse_time_zone(value)
            .map(|_| ())
            .map_err(|e| self.refuse(field, e))
    }

    /// The value as it is stored, or a refusal: `parse` must accept it
    /// and give it back unchanged.
    fn exact(
        &self,
        field: &'static str,
        value: Option<&str>,
        parse: impl Fn(&str) -> Result<String, Error>,
    ) -> Result<(), Error> {
        let Some(value) = value else {
            return Ok(());
        };
        match parse(value) {
            Ok(parsed) if parsed == value => Ok(()),
            Ok(_) => Err(self.refuse(
                field,
                Error::Invalid {
                    field,
                    value: value.to_owned(),
                },
            )),
            Err(error) => Err(self.refuse(field, error)),
        }
    }
}

fn rows<'a, T>(table: &'static str, rows: &'a [T]) -> impl Iterator<Item = (At, &'a T)> {
    rows.iter()
        .enumerate()
        .map(move |(index, row)| (At { table, index }, row))
}

/// Checks every field of `dump`; the first refusal, by its JSON path.
pub(super) fn check(dump: &Dump) -> Result<(), Error> {
    for (at, r) in rows("places", &dump.places) {
        at.text("key", Some(&r.key), 100)?;
        at.text("kind", Some(&r.kind), 20)?;
        at.text("country", Some(&r.country), 2)?;
        at.text("name_en", Some(&r.name_en), LINE_CHARS)?;
        at.text("name_zh", Some(&r.name_zh), LINE_CHARS)?;
        at.text("name_ko", Some(&r.name_ko), LINE_CHARS)?;
        at.text("name_ko_hanja", Some(&r.name_ko_hanja), LINE_CHARS)?;
    }
    for (at, r) in rows("users", &dump.users) {
        at.text("name", Some(&r.name), 100)?;
        if r.name.trim().is_empty() {
            return Err(at.refuse("name", Error::Empty { field: "name" }));
        }
        at.zone("time_zone", &r.time_zone)?;
        at.instant("created_at", Some(r.created_at))?;
        at.instant("disabled_at", r.disabled_at)?;
    }
    for (at, r) in rows("organizations", &dump.organizations) {
        at.text("name_ko", r.name_ko.as_deref(), LINE_CHARS)?;
        at.text("name_zh", r.name_zh.as_deref(), LINE_CHARS)?;
        at.text("name_en", r.name_en.as_deref(), LINE_CHARS)?;
    }
    for (at, r) in rows("contacts", &dump.contacts) {
        at.note("notes", r.notes.as_deref())?;
        at.exact("email", r.email.as_deref(), parse_email)?;
        at.exact("phone", r.phone.as_deref(), parse_phone)?;
        at.exact("telegram", r.telegram.as_deref(), parse_telegram)?;
        if let Some(zone) = &r.time_zone {
            at.zone("time_zone", zone)?;
        }
        if let Some(days) = r.cadence_days {
            Cadence::parse(&days.to_string()).map_err(|e| at.refuse("cadence_days", e))?;
        }
        at.instant("last_interaction_at", r.last_interaction_at)?;
        at.instant("due_at", Some(r.due_at))?;
        at.instant("created_at", Some(r.created_at))?;
        at.instant("updated_at", Some(r.updated_at))?;
        at.instant("snoozed_until", r.snoozed_until)?;
    }
    for (at, r) in rows("contact_names", &dump.contact_names) {
        at.text("value", Some(&r.value), LINE_CHARS)?;
        at.exact("value", Some(&r.value), |value| {
            PersonName::parse(r.form, value).map(|name| name.value)
        })?;
    }
    for (at, r) in rows("positions", &dump.positions) {
        at.text("title", r.title.as_deref(), LINE_CHARS)?;
        at.date("started_on", r.started_on)?;
        at.date("ended_on", r.ended_on)?;
    }
    for (at, r) in rows("interactions", &dump.interactions) {
        at.note("note", r.note.as_deref())?;
        at.instant("occurred_at", Some(r.occurred_at))?;
        at.instant("logged_at", Some(r.logged_at))?;
    }
    for (at, r) in rows("interaction_contacts", &dump.interaction_contacts) {
        at.instant("occurred_at", Some(r.occurred_at))?;
    }
    for (at, r) in rows("follow_ups", &dump.follow_ups) {
        // The bot may take a meeting's note as what was promised.
        at.note("what", Some(&r.what))?;
        at.date("due_on", Some(r.due_on))?;
        at.instant("done_at", r.done_at)?;
        at.instant("created_at", Some(r.created_at))?;
    }
    for (at, r) in rows("honors", &dump.honors) {
        at.note("note", r.note.as_deref())?;
        at.date("conferred_on", r.conferred_on)?;
    }
    for (at, r) in rows("committees", &dump.committees) {
        at.text("name_en", Some(&r.name_en), LINE_CHARS)?;
        at.text("name_ko", Some(&r.name_ko), LINE_CHARS)?;
        at.text("name_zh", Some(&r.name_zh), LINE_CHARS)?;
        at.date("founded_on", r.founded_on)?;
    }
    for (at, r) in rows("committee_members", &dump.committee_members) {
        at.date("joined_on", r.joined_on)?;
        at.date("left_on", r.left_on)?;
    }
    for (at, r) in rows("committee_meetings", &dump.committee_meetings) {
        at.note("agenda", r.agenda.as_deref())?;
        at.note("minutes", r.minutes.as_deref())?;
        at.date("held_on", Some(r.held_on))?;
    }
    for (at, r) in rows("agreement_steps", &dump.agreement_steps) {
        at.date("on_date", r.on_date)?;
    }
    for (at, r) in rows("project_steps", &dump.project_steps) {
        at.date("on_date", r.on_date)?;
    }
    for (at, r) in rows("contact_details", &dump.contact_details) {
        at.text("label", r.label.as_deref(), LINE_CHARS)?;
        match r.kind {
            crate::domain::keys::DetailKind::Email => {
                parse_email(&r.value).map_err(|e| at.refuse("value", e))?;
            }
            crate::domain::keys::DetailKind::Phone => {
                parse_phone(&r.value).map_err(|e| at.refuse("value", e))?;
            }
        }
    }
    for (at, r) in rows("relations", &dump.relations) {
        at.note("note", r.note.as_deref())?;
    }
    for (at, r) in rows("agreements", &dump.agreements) {
        at.note("note", r.note.as_deref())?;
        at.text("document", r.document.as_deref(), LINE_CHARS)?;
        at.date("started_on", r.started_on)?;
        at.date("signed_on", r.signed_on)?;
        at.date("ended_on", r.ended_on)?;
    }
    for (at, r) in rows("projects", &dump.projects) {
        at.text("title", Some(&r.title), LINE_CHARS)?;
        at.text("title_ko", r.title_ko.as_deref(), LINE_CHARS)?;
        at.text("title_zh", r.title_zh.as_deref(), LINE_CHARS)?;
        at.note("note", r.note.as_deref())?;
        at.date("started_on", r.started_on)?;
    }
    for (at, r) in rows("category_cadences", &dump.category_cadences) {
        Cadence::parse(&r.days.to_string()).map_err(|e| at.refuse("days", e))?;
    }
    for (at, r) in rows("events", &dump.events) {
        at.text("title_ko", r.title_ko.as_deref(), LINE_CHARS)?;
        at.text("title_zh", r.title_zh.as_deref(), LINE_CHARS)?;
        at.text("title_en", r.title_en.as_deref(), LINE_CHARS)?;
        at.note("description_ko", r.description_ko.as_deref())?;
        at.note("description_zh", r.description_zh.as_deref())?;
        at.note("description_en", r.description_en.as_deref())?;
        at.text("address", r.address.as_deref(), LINE_CHARS)?;
        at.zone("time_zone", &r.time_zone)?;
        at.instant("starts_at", Some(r.starts_at))?;
        at.instant("ends_at", r.ends_at)?;
        at.instant("rsvp_deadline", r.rsvp_deadline)?;
        at.instant("created_at", Some(r.created_at))?;
        at.instant("updated_at", Some(r.updated_at))?;
        if let Some(capacity) = r.capacity
            && capacity < 1
        {
            return Err(at.refuse(
                "capacity",
                Error::Invalid {
                    field: "capacity",
                    value: capacity.to_string(),
                },
            ));
        }
    }
    for (at, r) in rows("invitations", &dump.invitations) {
        at.instant("invited_at", Some(r.invited_at))?;
        at.instant("responded_at", r.responded_at)?;
    }
    for (at, r) in rows("consents", &dump.consents) {
        at.text("wording_version", Some(&r.wording_version), 50)?;
        at.instant("granted_at", Some(r.granted_at))?;
        at.instant("withdrawn_at", r.withdrawn_at)?;
    }
    for (at, r) in rows("access_log", &dump.access_log) {
        if !crate::store::audit::ACTIONS.contains(&r.action.as_str()) {
            return Err(at.refuse(
                "action",
                Error::Invalid {
                    field: "action",
                    value: r.action.clone(),
                },
            ));
        }
        at.text("scope", Some(&r.scope), MAX_NOTE_CHARS)?;
        at.instant("at", Some(r.at))?;
        if !crate::store::actor::CHANNELS.contains(&r.channel.as_str()) {
            return Err(at.refuse(
                "channel",
                Error::Invalid {
                    field: "channel",
                    value: r.channel.clone(),
                },
            ));
        }
        // Contact ids or pseudonyms of erased people, or "*" for all.
        let subjects_valid = r.subjects == crate::store::audit::ALL
            || serde_json::from_str::<Vec<serde_json::Value>>(&r.subjects)
                .is_ok_and(|ids| ids.iter().all(|v| v.is_i64() || v.is_string()));
        if !subjects_valid {
            return Err(at.refuse(
                "subjects",
                Error::Invalid {
                    field: "subjects",
                    value: r.subjects.clone(),
                },
            ));
        }
    }
    Ok(())
}
