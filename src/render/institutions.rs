//! Committees, agreements and projects on one line each, for the command
//! line, the web console and the API alike.

use super::Words;
use crate::domain::Lang;
use crate::domain::keys::{AgreementStatus, PolicyArea, ProjectStage};
use crate::domain::names::{PersonName, display_name};
use crate::store::institutions::{
    AgreementView, CommitteeView, ProjectView, committee_name, project_title, step_day,
};
use crate::store::reference::{organization_name, place_name};

fn person(names: &[PersonName], id: i32, lang: Lang) -> String {
    display_name(names, lang).map_or_else(|| format!("#{id}"), |n| n.value.clone())
}

/// `#3 Seoul–Jilin Joint Committee · Jilin, Changchun · 6 members · last met 2026-10-14`.
pub fn committee_line(words: &Words, view: &CommitteeView) -> String {
    let places: Vec<String> = view
        .places
        .iter()
        .map(|p| place_name(p, words.lang).to_owned())
        .collect();
    let current = view
        .seats
        .iter()
        .filter(|s| s.member.left_on.is_none())
        .count();
    words.t_args(
        "committee-row",
        &[
            ("id", view.committee.id.into()),
            ("name", committee_name(&view.committee, words.lang).into()),
            ("places", words.list(&places).into()),
            ("members", current.into()),
            (
                "last",
                view.meetings
                    .first()
                    .map(|m| m.meeting.held_on.to_string())
                    .unwrap_or_else(|| words.t("card-never"))
                    .into(),
            ),
        ],
    )
}

/// An agreement with its place, status, history, signatories and document.
pub fn agreement_line(words: &Words, view: &AgreementView) -> String {
    let history: Vec<String> = view
        .steps
        .iter()
        .map(|step| {
            format!(
                "{} {}",
                words.label(AgreementStatus::KIND, step.status),
                step_day(step.on_date, step.recorded_at)
            )
        })
        .collect();
    let signatories: Vec<String> = view
        .signatories
        .iter()
        .map(|(id, names)| person(names, *id, words.lang))
        .collect();
    words.t_args(
        "agreement-row",
        &[
            ("id", view.agreement.id.into()),
            (
                "place",
                view.place
                    .as_ref()
                    .map(|p| place_name(p, words.lang).to_owned())
                    .unwrap_or_default()
                    .into(),
            ),
            (
                "status",
                words
                    .label(AgreementStatus::KIND, view.agreement.status)
                    .into(),
            ),
            (
                "details",
                // The history, who signed and the document, those known.
                [
                    history.join(" → "),
                    words.list(&signatories),
                    view.agreement.document.clone().unwrap_or_default(),
                ]
                .into_iter()
                .filter(|part| !part.trim().is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
                .into(),
            ),
        ],
    )
}

/// A project with its stage, areas, place, organizations and officer.
pub fn project_line(words: &Words, view: &ProjectView) -> String {
    let areas: Vec<String> = view
        .areas
        .iter()
        .map(|a| words.label(PolicyArea::KIND, a.key()))
        .collect();
    let orgs: Vec<String> = view
        .organizations
        .iter()
        .map(|o| organization_name(o, words.lang).to_owned())
        .collect();
    words.t_args(
        "project-row",
        &[
            ("id", view.project.id.into()),
            ("title", project_title(&view.project, words.lang).into()),
            (
                "stage",
                words.label(ProjectStage::KIND, view.project.stage).into(),
            ),
            ("areas", words.list(&areas).into()),
            (
                "place",
                view.place
                    .as_ref()
                    .map(|p| place_name(p, words.lang).to_owned())
                    .unwrap_or_default()
                    .into(),
            ),
            ("orgs", words.list(&orgs).into()),
            (
                "officer",
                view.officer
                    .as_ref()
                    .map(|u| u.name.clone())
                    .unwrap_or_default()
                    .into(),
            ),
        ],
    )
}
