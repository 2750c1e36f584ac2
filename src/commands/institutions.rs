//! `inmaek honor …`, `committee …`, `agreement …`, `project …`.

use super::{Context, Outcome, out, parse_all};
use crate::cli::{
    AgreementCommand, CommitteeCommand, CommitteeMeetingCommand, CommitteeMemberCommand,
    HonorCommand, ProjectCommand,
};
use crate::domain::contact::{parse_note, parse_text};
use crate::domain::dates::parse_date;
use crate::domain::keys::{
    AgreementStatus, CommitteeRole, HonorKind, HonorStatus, PolicyArea, ProjectStage, Side,
};
use crate::domain::names::display_name;
use crate::domain::{Error, Lang};
use crate::store::institutions::{
    AgreementView, CommitteeChange, CommitteeView, Member, NewAgreement, NewCommittee, NewMeeting,
    NewProject, NewSeat, ProjectView, committee_name, project_title, step_day,
};
use crate::store::reference::place_name;

const LINE: usize = 200;

fn text(field: &'static str, value: Option<&str>) -> Result<Option<String>, Error> {
    value
        .map(|v| parse_text(field, v, LINE))
        .transpose()
        .map(Option::flatten)
}

fn note(field: &'static str, value: Option<&str>) -> Result<Option<String>, Error> {
    value
        .map(|v| parse_note(field, v))
        .transpose()
        .map(Option::flatten)
}

fn date(field: &'static str, value: Option<&str>) -> Result<Option<chrono::NaiveDate>, Error> {
    value.map(|v| parse_date(field, v)).transpose()
}

/// A person's name in the reader's language, or their number.
fn person(names: &[crate::domain::names::PersonName], id: i32, lang: Lang) -> String {
    display_name(names, lang).map_or_else(|| format!("#{id}"), |n| n.value.clone())
}

async fn contact_ids(ctx: &Context, queries: &[String]) -> Result<Vec<i32>, super::Failure> {
    let mut ids = Vec::with_capacity(queries.len());
    for query in queries {
        ids.push(ctx.store.resolve_contact(query).await?.id);
    }
    Ok(ids)
}

async fn place_ids(ctx: &Context, queries: &[String]) -> Result<Vec<i32>, super::Failure> {
    let mut ids = Vec::with_capacity(queries.len());
    for query in queries {
        ids.push(ctx.store.resolve_place(query).await?.id);
    }
    Ok(ids)
}

pub async fn honor(ctx: &Context, command: HonorCommand) -> Outcome {
    match command {
        HonorCommand::Add {
            contact,
            kind,
            on,
            status,
            note: remark,
        } => {
            let contact = ctx.store.resolve_contact(&contact).await?;
            let kind = HonorKind::parse(&kind)?;
            let status = status
                .as_deref()
                .map(HonorStatus::parse)
                .transpose()?
                .unwrap_or(HonorStatus::Active);
            let on = ctx.past_day("on", on.as_deref())?;
            let remark = note("note", remark.as_deref())?;
            let honor = ctx
                .store
                .add_honor(contact.id, kind, on, status, remark)
                .await?;
            ctx.say(
                "honor-added",
                &[("kind", ctx.label(HonorKind::KIND, honor.kind).into())],
            );
            out::line(&honor.id.to_string());
        }
        HonorCommand::List { contact } => {
            let contact_id = match &contact {
                Some(query) => Some(ctx.store.resolve_contact(query).await?.id),
                None => None,
            };
            let honors = ctx.store.honors(contact_id).await?;
            let ids: Vec<i32> = honors.iter().map(|h| h.contact_id).collect();
            ctx.read(
                "honors",
                &contact_id.map_or("all".to_owned(), |id| format!("contact:{id}")),
                &ids,
            )
            .await?;
            let labels = ctx.store.contact_labels(&ids, ctx.lang).await?;
            if honors.is_empty() {
                ctx.say("honor-none", &[]);
            }
            for honor in honors {
                ctx.say(
                    "honor-row",
                    &[
                        ("id", honor.id.into()),
                        (
                            "name",
                            labels
                                .get(&honor.contact_id)
                                .cloned()
                                .unwrap_or_default()
                                .into(),
                        ),
                        ("kind", ctx.label(HonorKind::KIND, honor.kind).into()),
                        (
                            "date",
                            honor
                                .conferred_on
                                .map(|d| d.to_string())
                                .unwrap_or_default()
                                .into(),
                        ),
                        ("status", ctx.label(HonorStatus::KIND, honor.status).into()),
                        ("note", honor.note.unwrap_or_default().into()),
                    ],
                );
            }
        }
    }
    Ok(())
}

pub async fn committee(ctx: &Context, command: CommitteeCommand) -> Outcome {
    match command {
        CommitteeCommand::Add {
            name,
            name_ko,
            name_zh,
            place,
            founded,
        } => {
            let name = text("name", Some(&name))?.ok_or(Error::Empty { field: "name" })?;
            let new = NewCommittee {
                key: None,
                name_ko: text("name-ko", name_ko.as_deref())?.unwrap_or_else(|| name.clone()),
                name_zh: text("name-zh", name_zh.as_deref())?.unwrap_or_else(|| name.clone()),
                name_en: name,
                founded_on: ctx.past_day("founded", founded.as_deref())?,
                place_ids: place_ids(ctx, &place).await?,
            };
            let committee = ctx.store.add_committee(new).await?;
            ctx.say(
                "committee-added",
                &[("name", committee_name(&committee, ctx.lang).into())],
            );
            out::line(&committee.id.to_string());
        }
        CommitteeCommand::Edit {
            committee,
            name,
            name_ko,
            name_zh,
            place,
            founded,
        } => {
            let committee = ctx.store.resolve_committee(&committee).await?;
            let change = CommitteeChange {
                name_en: text("name", name.as_deref())?,
                name_ko: text("name-ko", name_ko.as_deref())?,
                name_zh: text("name-zh", name_zh.as_deref())?,
                founded_on: ctx.past_day("founded", founded.as_deref())?,
                place_ids: if place.is_empty() {
                    None
                } else {
                    Some(place_ids(ctx, &place).await?)
                },
            };
            if change.name_en.is_none()
                && change.name_ko.is_none()
                && change.name_zh.is_none()
                && change.founded_on.is_none()
                && change.place_ids.is_none()
            {
                return Err(Error::Empty { field: "change" }.into());
            }
            let committee = ctx.store.change_committee(committee.id, change).await?;
            ctx.say(
                "committee-changed",
                &[("name", committee_name(&committee, ctx.lang).into())],
            );
        }
        CommitteeCommand::Member(CommitteeMemberCommand::Add {
            committee,
            contact,
            user,
            role,
            side,
            from,
            to,
        }) => {
            let committee = ctx.store.resolve_committee(&committee).await?;
            let role = CommitteeRole::parse(&role)?;
            let side = side.as_deref().map(Side::parse).transpose()?;
            let (from, to) = (date("from", from.as_deref())?, date("to", to.as_deref())?);
            let member = match (&contact, &user) {
                (Some(contact), _) => Member::Contact(ctx.store.resolve_contact(contact).await?.id),
                (None, Some(user)) => Member::User(ctx.store.find_user(user).await?.id),
                (None, None) => return Err(Error::Empty { field: "contact" }.into()),
            };
            let seat = ctx
                .store
                .add_committee_member(NewSeat {
                    committee_id: committee.id,
                    member,
                    role,
                    side,
                    joined_on: from,
                    left_on: to,
                })
                .await?;
            ctx.say(
                "committee-member-added",
                &[
                    ("committee", committee_name(&committee, ctx.lang).into()),
                    ("role", ctx.label(CommitteeRole::KIND, seat.role).into()),
                    ("side", ctx.label(Side::KIND, seat.side).into()),
                ],
            );
            out::line(&seat.id.to_string());
        }
        CommitteeCommand::Meeting(CommitteeMeetingCommand::Add {
            committee,
            on,
            place,
            agenda,
            minutes,
            attendee,
        }) => {
            let committee = ctx.store.resolve_committee(&committee).await?;
            let held_on = parse_date("on", &on)?;
            if held_on > ctx.today() {
                return Err(Error::InFuture {
                    field: "on",
                    value: on,
                }
                .into());
            }
            let place_id = match &place {
                Some(place) => Some(ctx.store.resolve_place(place).await?.id),
                None => None,
            };
            let meeting_attendees = contact_ids(ctx, &attendee).await?;
            let meeting = ctx
                .store
                .add_committee_meeting(NewMeeting {
                    committee_id: committee.id,
                    held_on,
                    place_id,
                    agenda: note("agenda", agenda.as_deref())?,
                    minutes: note("minutes", minutes.as_deref())?,
                    attendee_ids: meeting_attendees.clone(),
                    tz: ctx.tz,
                })
                .await?;
            ctx.say(
                "committee-meeting-added",
                &[
                    ("committee", committee_name(&committee, ctx.lang).into()),
                    ("date", held_on.to_string().into()),
                    ("count", {
                        let mut ids = meeting_attendees.clone();
                        ids.sort_unstable();
                        ids.dedup();
                        ids.len().into()
                    }),
                ],
            );
            out::line(&meeting.id.to_string());
        }
        CommitteeCommand::List => {
            let committees = ctx.store.committees().await?;
            let views = ctx.store.committee_views(committees).await?;
            let subjects: Vec<i32> = views
                .iter()
                .flat_map(|v| v.seats.iter().filter_map(|s| s.member.contact_id))
                .collect();
            ctx.read("committee", "all", &subjects).await?;
            if views.is_empty() {
                ctx.say("committee-none", &[]);
            }
            for view in &views {
                committee_head(ctx, view);
            }
        }
        CommitteeCommand::Show { committee } => {
            let committee = ctx.store.resolve_committee(&committee).await?;
            let view = ctx.store.committee_view(committee.id).await?;
            let mut subjects: Vec<i32> = view
                .seats
                .iter()
                .filter_map(|s| s.member.contact_id)
                .collect();
            subjects.extend(
                view.meetings
                    .iter()
                    .flat_map(|m| m.attendees.iter().map(|(id, _)| *id)),
            );
            ctx.read(
                "committee",
                &format!("committee:{}", committee.id),
                &subjects,
            )
            .await?;
            committee_head(ctx, &view);
            if view.seats.is_empty() {
                ctx.say("committee-no-members", &[]);
            }
            for seat in &view.seats {
                ctx.say(
                    "committee-seat",
                    &[
                        ("name", seat.label(ctx.lang).into()),
                        (
                            "role",
                            ctx.label(CommitteeRole::KIND, seat.member.role).into(),
                        ),
                        ("side", ctx.label(Side::KIND, seat.member.side).into()),
                        (
                            "from",
                            seat.member
                                .joined_on
                                .map(|d| d.to_string())
                                .unwrap_or_default()
                                .into(),
                        ),
                        (
                            "to",
                            seat.member
                                .left_on
                                .map(|d| d.to_string())
                                .unwrap_or_default()
                                .into(),
                        ),
                    ],
                );
            }
            let places = ctx.store.places_by_id().await?;
            for meeting in &view.meetings {
                let who: Vec<String> = meeting
                    .attendees
                    .iter()
                    .map(|(id, names)| person(names, *id, ctx.lang))
                    .collect();
                ctx.say(
                    "committee-meeting-row",
                    &[
                        ("date", meeting.meeting.held_on.to_string().into()),
                        (
                            "place",
                            meeting
                                .meeting
                                .place_id
                                .and_then(|id| places.get(&id))
                                .map(|p| place_name(p, ctx.lang).to_owned())
                                .unwrap_or_default()
                                .into(),
                        ),
                        (
                            "agenda",
                            meeting.meeting.agenda.clone().unwrap_or_default().into(),
                        ),
                        ("attendees", crate::i18n::list(ctx.lang, &who).into()),
                    ],
                );
                if let Some(minutes) = &meeting.meeting.minutes {
                    out::line(&format!("    {minutes}"));
                }
            }
        }
    }
    Ok(())
}

fn committee_head(ctx: &Context, view: &CommitteeView) {
    out::line(&crate::render::institutions::committee_line(
        &ctx.words(),
        view,
    ));
}

pub async fn agreement(ctx: &Context, command: AgreementCommand) -> Outcome {
    match command {
        AgreementCommand::Add {
            place,
            status,
            on,
            signatory,
            document,
            note: remark,
        } => {
            let place = ctx.store.resolve_place(&place).await?;
            let status = AgreementStatus::parse(&status)?;
            if matches!(
                status,
                AgreementStatus::Renewed | AgreementStatus::Suspended
            ) {
                return Err(Error::Invalid {
                    field: "status",
                    value: status.key().to_owned(),
                }
                .into());
            }
            let new = NewAgreement {
                place_id: place.id,
                status,
                on: Some(ctx.day_or_today("on", on.as_deref())?),
                signatory_ids: contact_ids(ctx, &signatory).await?,
                document: text("document", document.as_deref())?,
                note: note("note", remark.as_deref())?,
            };
            let agreement = ctx.store.add_agreement(new).await?;
            ctx.say(
                "agreement-added",
                &[
                    ("place", place_name(&place, ctx.lang).into()),
                    ("status", ctx.label(AgreementStatus::KIND, status).into()),
                ],
            );
            out::line(&agreement.id.to_string());
        }
        AgreementCommand::Status { agreement, to, on } => {
            let agreement = ctx.store.resolve_agreement(&agreement).await?;
            let status = AgreementStatus::parse(&to)?;
            let on = ctx.day_or_today("on", on.as_deref())?;
            ctx.store
                .set_agreement_status(agreement.id, status, Some(on))
                .await?;
            ctx.say(
                "agreement-status-changed",
                &[
                    ("id", agreement.id.into()),
                    ("status", ctx.label(AgreementStatus::KIND, status).into()),
                    ("date", on.to_string().into()),
                ],
            );
        }
        AgreementCommand::List { place } => {
            let place_ids = match &place {
                Some(place) => {
                    let place = ctx.store.resolve_place(place).await?;
                    ctx.store.places_within(&[place.id]).await?
                }
                None => Vec::new(),
            };
            let views = ctx.store.agreement_views(&place_ids).await?;
            let subjects: Vec<i32> = views
                .iter()
                .flat_map(|v| v.signatories.iter().map(|(id, _)| *id))
                .collect();
            ctx.read(
                "agreement",
                &place.map_or("all".to_owned(), |p| format!("place:{p}")),
                &subjects,
            )
            .await?;
            if views.is_empty() {
                ctx.say("agreement-none", &[]);
            }
            for view in &views {
                agreement_row(ctx, view);
            }
        }
    }
    Ok(())
}

fn agreement_row(ctx: &Context, view: &AgreementView) {
    out::line(&crate::render::institutions::agreement_line(
        &ctx.words(),
        view,
    ));
}

pub async fn project(ctx: &Context, command: ProjectCommand) -> Outcome {
    match command {
        ProjectCommand::Add {
            title,
            title_ko,
            title_zh,
            area,
            place,
            org,
            officer,
            stage,
            on,
        } => {
            let title = text("title", Some(&title))?.ok_or(Error::Empty { field: "title" })?;
            let areas = parse_all(&area, PolicyArea::parse)?;
            let stage = stage
                .as_deref()
                .map(ProjectStage::parse)
                .transpose()?
                .unwrap_or(ProjectStage::Idea);
            let place = ctx.store.resolve_place(&place).await?;
            let officer_user_id = match &officer {
                Some(officer) => Some(ctx.store.find_user(officer).await?.id),
                None => None,
            };
            let title_ko = text("title-ko", title_ko.as_deref())?;
            let title_zh = text("title-zh", title_zh.as_deref())?;
            let on = Some(ctx.day_or_today("on", on.as_deref())?);
            let names: Vec<String> = org
                .iter()
                .map(|name| text("org", Some(name))?.ok_or(Error::Empty { field: "org" }))
                .collect::<Result<_, _>>()?;
            // Everything parsed: only now may new organizations be created.
            let mut organization_ids = Vec::new();
            for name in &names {
                organization_ids.push(ctx.store.organization_named(name).await?.id);
            }
            let project = ctx
                .store
                .add_project(NewProject {
                    title,
                    title_ko,
                    title_zh,
                    areas,
                    place_id: Some(place.id),
                    organization_ids,
                    officer_user_id,
                    stage,
                    on,
                    note: None,
                })
                .await?;
            ctx.say(
                "project-added",
                &[("title", project_title(&project, ctx.lang).into())],
            );
            out::line(&project.id.to_string());
        }
        ProjectCommand::Stage { project, to, on } => {
            let project = ctx.store.resolve_project(&project).await?;
            let stage = ProjectStage::parse(&to)?;
            let on = ctx.day_or_today("on", on.as_deref())?;
            let project = ctx
                .store
                .set_project_stage(project.id, stage, Some(on))
                .await?;
            ctx.say(
                "project-stage-changed",
                &[
                    ("title", project_title(&project, ctx.lang).into()),
                    ("stage", ctx.label(ProjectStage::KIND, stage).into()),
                    ("date", on.to_string().into()),
                ],
            );
        }
        ProjectCommand::FollowUp {
            project,
            contact,
            what,
            due,
            theirs,
        } => {
            let project = ctx.store.resolve_project(&project).await?;
            let contact = ctx.store.resolve_contact(&contact).await?;
            let what = note("what", Some(&what))?.ok_or(Error::Empty { field: "what" })?;
            let due = parse_date("due", &due)?;
            let follow = ctx
                .store
                .add_project_follow_up(
                    project.id,
                    contact.id,
                    ctx.actor.user_id.or(contact.owner_user_id),
                    what,
                    due,
                    !theirs,
                )
                .await?;
            ctx.say(
                "project-follow-up-added",
                &[
                    ("title", project_title(&project, ctx.lang).into()),
                    ("date", due.to_string().into()),
                ],
            );
            out::line(&follow.id.to_string());
        }
        ProjectCommand::List { place } => {
            let place_ids = match &place {
                Some(place) => {
                    let place = ctx.store.resolve_place(place).await?;
                    ctx.store.places_within(&[place.id]).await?
                }
                None => Vec::new(),
            };
            let views = ctx.store.project_views(&place_ids).await?;
            ctx.read(
                "project",
                &place.map_or("all".to_owned(), |p| format!("place:{p}")),
                &[],
            )
            .await?;
            if views.is_empty() {
                ctx.say("project-none", &[]);
            }
            for view in &views {
                project_row(ctx, view);
            }
        }
        ProjectCommand::Show { project } => {
            let project = ctx.store.resolve_project(&project).await?;
            let view = ctx.store.project_view(project.id).await?;
            let subjects: Vec<i32> = view.follow_ups.iter().map(|f| f.contact_id).collect();
            ctx.read("project", &format!("project:{}", project.id), &subjects)
                .await?;
            project_row(ctx, &view);
            for (lang, title) in [
                (Lang::Ko, &view.project.title_ko),
                (Lang::ZhCn, &view.project.title_zh),
            ] {
                if let Some(title) = title {
                    ctx.say(
                        "project-title-in",
                        &[("lang", lang.name()), ("title", title.clone().into())],
                    );
                }
            }
            for step in &view.steps {
                ctx.say(
                    "project-step",
                    &[
                        ("stage", ctx.label(ProjectStage::KIND, step.stage).into()),
                        (
                            "date",
                            step_day(step.on_date, step.recorded_at).to_string().into(),
                        ),
                    ],
                );
            }
            let labels = ctx.store.contact_labels(&subjects, ctx.lang).await?;
            for follow in &view.follow_ups {
                ctx.say(
                    if follow.done_at.is_some() {
                        "project-follow-up-done"
                    } else {
                        "project-follow-up-open"
                    },
                    &[
                        ("date", follow.due_on.to_string().into()),
                        (
                            "name",
                            labels
                                .get(&follow.contact_id)
                                .cloned()
                                .unwrap_or_default()
                                .into(),
                        ),
                        ("what", follow.what.clone().into()),
                    ],
                );
            }
        }
    }
    Ok(())
}

fn project_row(ctx: &Context, view: &ProjectView) {
    out::line(&crate::render::institutions::project_line(
        &ctx.words(),
        view,
    ));
}
