//! Honours, committees, agreements and cooperation projects: the office's
//! institutions. Every change is one unit of work with its access-log row
//! (subjects: the contacts it concerns).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entity::{
    agreement, agreement_signatory, agreement_step, app_user, committee, committee_meeting,
    committee_member, committee_place, contact, follow_up, honor, interaction_contact,
    organization, project, project_area, project_organization, project_step,
};
use super::interactions::NewInteraction;
use super::records::{
    Agreement, AgreementStep, Committee, CommitteeMeeting, CommitteeMember, FollowUp, Honor,
    Organization, Place, Project, ProjectStep, User,
};
use super::search::names_of;
use super::{Result, Store, dedup_ids, sorted_unique};
use crate::domain::error::Candidate;
use crate::domain::keys::{
    AgreementStatus, CommitteeRole, HonorKind, HonorStatus, InteractionKind, PolicyArea,
    ProjectStage, Side,
};
use crate::domain::names::{PersonName, display_name, search_key};
use crate::domain::{Error, Lang};

/// A committee or platform with its names in the three languages.
#[derive(Debug, Clone)]
pub struct NewCommittee {
    /// A stable key; made from the English name when not given.
    pub key: Option<String>,
    pub name_en: String,
    pub name_ko: String,
    pub name_zh: String,
    pub founded_on: Option<NaiveDate>,
    pub place_ids: Vec<i32>,
}

/// What `committee edit` changes; `None` keeps what is stored.
#[derive(Debug, Clone, Default)]
pub struct CommitteeChange {
    pub name_en: Option<String>,
    pub name_ko: Option<String>,
    pub name_zh: Option<String>,
    pub founded_on: Option<NaiveDate>,
    pub place_ids: Option<Vec<i32>>,
}

/// Who sits on a committee: a contact, or a user (Seoul's side).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    Contact(i32),
    User(i32),
}

/// A seat to add to a committee.
#[derive(Debug, Clone)]
pub struct NewSeat {
    pub committee_id: i32,
    pub member: Member,
    pub role: CommitteeRole,
    /// Default: Seoul for a user, the counterpart for a contact.
    pub side: Option<Side>,
    pub joined_on: Option<NaiveDate>,
    pub left_on: Option<NaiveDate>,
}

/// A meeting to record; it is logged as an interaction with its attendees.
#[derive(Debug, Clone)]
pub struct NewMeeting {
    pub committee_id: i32,
    pub held_on: NaiveDate,
    pub place_id: Option<i32>,
    pub agenda: Option<String>,
    pub minutes: Option<String>,
    pub attendee_ids: Vec<i32>,
    /// The office's zone: the day is noon there (or now, when today).
    pub tz: Tz,
}

/// A committee as `committee show` and briefs present it.
#[derive(Debug, Clone)]
pub struct CommitteeView {
    pub committee: Committee,
    pub places: Vec<Place>,
    pub seats: Vec<Seat>,
    pub meetings: Vec<MeetingView>,
}

/// A seat with who holds it.
#[derive(Debug, Clone)]
pub struct Seat {
    pub member: CommitteeMember,
    pub names: Vec<PersonName>,
    pub user: Option<User>,
}

impl Seat {
    pub fn label(&self, lang: Lang) -> String {
        match (&self.user, display_name(&self.names, lang)) {
            (Some(user), _) => user.name.clone(),
            (None, Some(name)) => name.value.clone(),
            (None, None) => format!("#{}", self.member.contact_id.unwrap_or_default()),
        }
    }
}

/// A meeting with the names of who attended.
#[derive(Debug, Clone)]
pub struct MeetingView {
    pub meeting: CommitteeMeeting,
    pub attendees: Vec<(i32, Vec<PersonName>)>,
}

/// An agreement to record.
#[derive(Debug, Clone)]
pub struct NewAgreement {
    pub place_id: i32,
    pub status: AgreementStatus,
    pub on: Option<NaiveDate>,
    pub signatory_ids: Vec<i32>,
    pub document: Option<String>,
    pub note: Option<String>,
}

/// An agreement with its place, history and signatories.
#[derive(Debug, Clone)]
pub struct AgreementView {
    pub agreement: Agreement,
    pub place: Option<Place>,
    pub steps: Vec<AgreementStep>,
    pub signatories: Vec<(i32, Vec<PersonName>)>,
}

/// A cooperation project to record.
#[derive(Debug, Clone)]
pub struct NewProject {
    pub title: String,
    pub title_ko: Option<String>,
    pub title_zh: Option<String>,
    pub areas: Vec<PolicyArea>,
    pub place_id: Option<i32>,
    pub organization_ids: Vec<i32>,
    pub officer_user_id: Option<i32>,
    pub stage: ProjectStage,
    pub on: Option<NaiveDate>,
    pub note: Option<String>,
}

/// A project with everything `project show` lists.
#[derive(Debug, Clone)]
pub struct ProjectView {
    pub project: Project,
    pub areas: Vec<PolicyArea>,
    pub place: Option<Place>,
    pub organizations: Vec<Organization>,
    pub officer: Option<User>,
    pub steps: Vec<ProjectStep>,
    pub follow_ups: Vec<FollowUp>,
}

/// The title of a project in `lang`, falling back to its main title.
pub fn project_title(project: &Project, lang: Lang) -> &str {
    let own = match lang {
        Lang::Ko => project.title_ko.as_deref(),
        Lang::ZhCn => project.title_zh.as_deref(),
        Lang::En => None,
    };
    own.unwrap_or(&project.title)
}

/// The name of a committee in `lang`.
pub fn committee_name(committee: &Committee, lang: Lang) -> &str {
    match lang {
        Lang::Ko => &committee.name_ko,
        Lang::ZhCn => &committee.name_zh,
        Lang::En => &committee.name_en,
    }
}

/// Picks the one record `query` names among `(id, names, label)`: its
/// number (`12`, `#12`) or a whole name in any language (folded). Only a
/// whole name is taken as meant: names containing the query are offered
/// (refused, listing them); several with that name → the candidates.
pub(crate) fn pick(
    kind: &'static str,
    query: &str,
    items: impl IntoIterator<Item = (i32, Vec<String>, String)>,
) -> std::result::Result<i32, Error> {
    let query = query.trim();
    let items: Vec<(i32, Vec<String>, String)> = items.into_iter().collect();
    if let Ok(id) = query.trim_start_matches('#').parse::<i32>() {
        return items
            .iter()
            .find(|(item, _, _)| *item == id)
            .map(|(id, _, _)| *id)
            .ok_or_else(|| Error::NotFound {
                kind,
                query: query.to_owned(),
            });
    }
    let key = search_key(query);
    if key.is_empty() {
        return Err(Error::Empty { field: kind });
    }
    let whole: Vec<&(i32, Vec<String>, String)> = items
        .iter()
        .filter(|(_, names, _)| names.iter().any(|n| search_key(n) == key))
        .collect();
    if whole.is_empty() {
        let partial: Vec<Candidate> = items
            .iter()
            .filter(|(_, names, _)| names.iter().any(|n| search_key(n).contains(&key)))
            .take(8)
            .map(|(id, _, label)| Candidate {
                id: *id,
                label: label.clone(),
            })
            .collect();
        return Err(if partial.is_empty() {
            Error::NotFound {
                kind,
                query: query.to_owned(),
            }
        } else {
            Error::OnlyPartial {
                kind,
                query: query.to_owned(),
                candidates: partial,
            }
        });
    }
    match whole.as_slice() {
        [one] => Ok(one.0),
        [] => Err(Error::NotFound {
            kind,
            query: query.to_owned(),
        }),
        many => Err(Error::Ambiguous {
            kind,
            query: query.to_owned(),
            candidates: many
                .iter()
                .take(8)
                .map(|(id, _, label)| Candidate {
                    id: *id,
                    label: label.clone(),
                })
                .collect(),
        }),
    }
}

/// Refuses a step dated before the latest step of its history.
fn in_order(on: Option<NaiveDate>, latest: Option<NaiveDate>) -> Result<()> {
    match (on, latest) {
        (Some(on), Some(latest)) if on < latest => Err(Error::BeforeLatest {
            field: "on",
            value: on.to_string(),
            latest: latest.to_string(),
        }
        .into()),
        _ => Ok(()),
    }
}

/// That no record of `kind` has number `id`.
fn not_found(kind: &'static str, id: i32) -> super::StoreError {
    Error::NotFound {
        kind,
        query: id.to_string(),
    }
    .into()
}

/// A key from a name: lowercase ASCII letters and digits, `-` between words.
fn key_of(name: &str) -> String {
    let mut key = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            key.push(c.to_ascii_lowercase());
        } else if !key.ends_with('-') && !key.is_empty() {
            key.push('-');
        }
    }
    key.trim_end_matches('-').to_owned()
}

/// Refuses a day outside 1900–2100 (as every date the office types).
fn check_day(field: &'static str, day: Option<NaiveDate>) -> std::result::Result<(), Error> {
    match day {
        Some(day) => {
            crate::domain::dates::check_year(field, &day.to_string(), chrono::Datelike::year(&day))
        }
        None => Ok(()),
    }
}

async fn exists<E: EntityTrait>(
    conn: &impl ConnectionTrait,
    kind: &'static str,
    id: i32,
) -> Result<()>
where
    <<E as EntityTrait>::PrimaryKey as sea_orm::PrimaryKeyTrait>::ValueType: From<i32>,
{
    if E::find_by_id(id).one(conn).await?.is_none() {
        return Err(Error::NotFound {
            kind,
            query: id.to_string(),
        }
        .into());
    }
    Ok(())
}

async fn contacts_exist(conn: &impl ConnectionTrait, ids: &[i32]) -> Result<()> {
    let found: Vec<i32> = contact::Entity::find()
        .filter(contact::Column::Id.is_in(ids.to_vec()))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    if let Some(missing) = ids.iter().find(|id| !found.contains(id)) {
        return Err(Error::ContactNotFound(missing.to_string()).into());
    }
    Ok(())
}

impl Store {
    // ---- honours -------------------------------------------------------

    /// Records an honour or membership of a contact.
    pub async fn add_honor(
        &self,
        contact_id: i32,
        kind: HonorKind,
        conferred_on: Option<NaiveDate>,
        status: HonorStatus,
        note: Option<String>,
    ) -> Result<Honor> {
        check_day("on", conferred_on)?;
        let now = self.clock.now();
        self.write(move |txn| {
            let note = note.clone();
            Box::pin(async move {
                contacts_exist(txn, &[contact_id]).await?;
                let row = honor::Entity::insert(honor::ActiveModel {
                    contact_id: Set(contact_id),
                    kind: Set(kind),
                    conferred_on: Set(conferred_on),
                    status: Set(status),
                    note: Set(note),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                super::audit::changed(
                    txn,
                    now,
                    "honor-add",
                    &format!("honor:{}", row.id),
                    &[contact_id],
                )
                .await?;
                Ok(Honor::from(row))
            })
        })
        .await
    }

    /// Honours of one contact, or of everyone, oldest first.
    pub async fn honors(&self, contact_id: Option<i32>) -> Result<Vec<Honor>> {
        let mut query = honor::Entity::find();
        if let Some(id) = contact_id {
            query = query.filter(honor::Column::ContactId.eq(id));
        }
        Ok(super::records::records(
            query
                .order_by_asc(honor::Column::ConferredOn)
                .order_by_asc(honor::Column::Id)
                .all(&self.db)
                .await?,
        ))
    }

    // ---- committees ----------------------------------------------------

    pub async fn add_committee(&self, new: NewCommittee) -> Result<Committee> {
        check_day("founded", new.founded_on)?;
        let now = self.clock.now();
        let existing = self.committees().await?;
        let base = new
            .key
            .clone()
            .map(|k| key_of(&k))
            .filter(|k| !k.is_empty())
            .or_else(|| Some(key_of(&new.name_en)).filter(|k| !k.is_empty()))
            .unwrap_or_else(|| "committee".to_owned());
        let mut key = base.clone();
        let mut n = 2;
        while existing.iter().any(|c| c.key == key) {
            key = format!("{base}-{n}");
            n += 1;
        }
        self.write(move |txn| {
            let new = new.clone();
            let key = key.clone();
            Box::pin(async move {
                let record = committee::Entity::insert(committee::ActiveModel {
                    key: Set(key.clone()),
                    name_en: Set(new.name_en),
                    name_ko: Set(new.name_ko),
                    name_zh: Set(new.name_zh),
                    founded_on: Set(new.founded_on),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await
                .map_err(|err| {
                    if super::is_unique_violation(&err) {
                        Error::Invalid {
                            field: "committee",
                            value: key.clone(),
                        }
                        .into()
                    } else {
                        super::StoreError::from(err)
                    }
                })?;
                set_committee_places(txn, record.id, &new.place_ids).await?;
                super::audit::changed(
                    txn,
                    now,
                    "committee-add",
                    &format!("committee:{}", record.id),
                    &[],
                )
                .await?;
                Ok(Committee::from(record))
            })
        })
        .await
    }

    /// Changes a committee's names, founding day or places.
    pub async fn change_committee(&self, id: i32, change: CommitteeChange) -> Result<Committee> {
        check_day("founded", change.founded_on)?;
        let now = self.clock.now();
        self.write(move |txn| {
            let change = change.clone();
            Box::pin(async move {
                let Some(row) = committee::Entity::find_by_id(id).one(txn).await? else {
                    return Err(not_found("committee", id));
                };
                let mut update = committee::Entity::update_many()
                    .filter(committee::Column::Id.eq(id))
                    .col_expr(committee::Column::Id, Expr::value(id));
                if let Some(name) = change.name_en {
                    update = update.col_expr(committee::Column::NameEn, Expr::value(name));
                }
                if let Some(name) = change.name_ko {
                    update = update.col_expr(committee::Column::NameKo, Expr::value(name));
                }
                if let Some(name) = change.name_zh {
                    update = update.col_expr(committee::Column::NameZh, Expr::value(name));
                }
                if let Some(day) = change.founded_on {
                    update = update.col_expr(committee::Column::FoundedOn, Expr::value(day));
                }
                update.exec(txn).await?;
                if let Some(places) = change.place_ids {
                    committee_place::Entity::delete_many()
                        .filter(committee_place::Column::CommitteeId.eq(id))
                        .exec(txn)
                        .await?;
                    set_committee_places(txn, id, &places).await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "committee-change",
                    &format!("committee:{}", row.id),
                    &[],
                )
                .await?;
                let row = committee::Entity::find_by_id(id).one(txn).await?;
                row.map(Committee::from).ok_or_else(|| {
                    Error::NotFound {
                        kind: "committee",
                        query: id.to_string(),
                    }
                    .into()
                })
            })
        })
        .await
    }

    pub async fn add_committee_member(&self, seat: NewSeat) -> Result<CommitteeMember> {
        check_day("from", seat.joined_on)?;
        check_day("to", seat.left_on)?;
        if let (Some(from), Some(to)) = (seat.joined_on, seat.left_on)
            && to < from
        {
            return Err(Error::EndsBeforeStart {
                field: "to",
                value: to.to_string(),
            }
            .into());
        }
        let now = self.clock.now();
        self.write(move |txn| {
            let seat = seat.clone();
            Box::pin(async move {
                exists::<committee::Entity>(txn, "committee", seat.committee_id).await?;
                let (contact_id, user_id, side) = match seat.member {
                    Member::Contact(id) => {
                        contacts_exist(txn, &[id]).await?;
                        (Some(id), None, seat.side.unwrap_or(Side::Counterpart))
                    }
                    Member::User(id) => {
                        if app_user::Entity::find_by_id(id).one(txn).await?.is_none() {
                            return Err(Error::UserNotFound(id.to_string()).into());
                        }
                        (None, Some(id), seat.side.unwrap_or(Side::Seoul))
                    }
                };
                // One current seat per person and committee.
                let held = committee_member::Entity::find()
                    .filter(committee_member::Column::CommitteeId.eq(seat.committee_id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .find(|s| {
                        s.left_on.is_none()
                            && ((contact_id.is_some() && s.contact_id == contact_id)
                                || (user_id.is_some() && s.user_id == user_id))
                    });
                if let Some(held) = held {
                    return Err(Error::Exists {
                        kind: "seat",
                        id: held.id,
                    }
                    .into());
                }
                let row = committee_member::Entity::insert(committee_member::ActiveModel {
                    committee_id: Set(seat.committee_id),
                    contact_id: Set(contact_id),
                    user_id: Set(user_id),
                    role: Set(seat.role),
                    joined_on: Set(seat.joined_on),
                    side: Set(side),
                    left_on: Set(seat.left_on),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                super::audit::changed(
                    txn,
                    now,
                    "committee-member",
                    &format!("committee:{}", seat.committee_id),
                    &contact_id.into_iter().collect::<Vec<_>>(),
                )
                .await?;
                Ok(CommitteeMember::from(row))
            })
        })
        .await
    }

    /// Records a meeting and logs it as one interaction (a meeting) with
    /// every attending contact, logged by whoever acts: their keep-in-touch
    /// clocks move, as for any interaction.
    pub async fn add_committee_meeting(&self, new: NewMeeting) -> Result<CommitteeMeeting> {
        check_day("on", Some(new.held_on))?;
        let now = self.clock.now();
        let store = self.clone();
        let actor = super::audit::Actor::current();
        self.write(move |txn| {
            let new = new.clone();
            let store = store.clone();
            Box::pin(async move {
                let Some(committee) = committee::Entity::find_by_id(new.committee_id)
                    .one(txn)
                    .await?
                else {
                    return Err(not_found("committee", new.committee_id));
                };
                let attendees = dedup_ids(new.attendee_ids.clone());
                contacts_exist(txn, &attendees).await?;
                let interaction_id = if attendees.is_empty() {
                    None
                } else {
                    let logged = store
                        .record_interaction(
                            txn,
                            &NewInteraction {
                                occurred_at: crate::domain::dates::occurred_on(
                                    new.held_on,
                                    new.tz,
                                    now,
                                ),
                                kind: InteractionKind::Meeting,
                                contact_ids: attendees.clone(),
                                officer_ids: Vec::new(),
                                place: None,
                                note: Some(
                                    [Some(committee.name_en.clone()), new.agenda.clone()]
                                        .into_iter()
                                        .flatten()
                                        .collect::<Vec<_>>()
                                        .join(": "),
                                ),
                                track: None,
                                topics: Vec::new(),
                                logged_by: actor.user_id,
                                follow_ups: Vec::new(),
                            },
                            new.place_id,
                            now,
                        )
                        .await?;
                    Some(logged.interaction.id)
                };
                let row = committee_meeting::Entity::insert(committee_meeting::ActiveModel {
                    committee_id: Set(new.committee_id),
                    held_on: Set(new.held_on),
                    place_id: Set(new.place_id),
                    agenda: Set(new.agenda.clone()),
                    minutes: Set(new.minutes.clone()),
                    interaction_id: Set(interaction_id),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                super::audit::changed(
                    txn,
                    now,
                    "committee-meeting",
                    &format!("committee:{}", new.committee_id),
                    &attendees,
                )
                .await?;
                Ok(CommitteeMeeting::from(row))
            })
        })
        .await
    }

    /// Every committee, by id.
    pub async fn committees(&self) -> Result<Vec<Committee>> {
        Ok(super::records::records(
            committee::Entity::find()
                .order_by_asc(committee::Column::Id)
                .all(&self.db)
                .await?,
        ))
    }

    /// The committee `query` names: its number, key or a name in any language.
    pub async fn resolve_committee(&self, query: &str) -> Result<Committee> {
        let all = self.committees().await?;
        let id = pick(
            "committee",
            query,
            all.iter().map(|c| {
                (
                    c.id,
                    vec![
                        c.key.clone(),
                        c.name_en.clone(),
                        c.name_ko.clone(),
                        c.name_zh.clone(),
                    ],
                    c.name_en.clone(),
                )
            }),
        )?;
        Ok(all
            .into_iter()
            .find(|c| c.id == id)
            .expect("picked among them"))
    }

    /// A committee with its places, seats (current first) and meetings
    /// (latest first).
    pub async fn committee_view(&self, id: i32) -> Result<CommitteeView> {
        let Some(row) = committee::Entity::find_by_id(id).one(&self.db).await? else {
            return Err(not_found("committee", id));
        };
        let mut views = self.committee_views(vec![row.into()]).await?;
        Ok(views.remove(0))
    }

    /// Views of several committees, read together.
    pub async fn committee_views(&self, committees: Vec<Committee>) -> Result<Vec<CommitteeView>> {
        let ids: Vec<i32> = committees.iter().map(|c| c.id).collect();
        let place_rows = committee_place::Entity::find()
            .filter(committee_place::Column::CommitteeId.is_in(ids.clone()))
            .all(&self.db)
            .await?;
        let places = self.places_by_id().await?;
        let seats = committee_member::Entity::find()
            .filter(committee_member::Column::CommitteeId.is_in(ids.clone()))
            .order_by_asc(committee_member::Column::Id)
            .all(&self.db)
            .await?;
        let meetings = committee_meeting::Entity::find()
            .filter(committee_meeting::Column::CommitteeId.is_in(ids.clone()))
            .order_by_desc(committee_meeting::Column::HeldOn)
            .order_by_desc(committee_meeting::Column::Id)
            .all(&self.db)
            .await?;
        let interaction_ids: Vec<i32> = meetings.iter().filter_map(|m| m.interaction_id).collect();
        let attended = interaction_contact::Entity::find()
            .filter(interaction_contact::Column::InteractionId.is_in(interaction_ids))
            .all(&self.db)
            .await?;
        let mut contact_ids: Vec<i32> = seats.iter().filter_map(|s| s.contact_id).collect();
        contact_ids.extend(attended.iter().map(|a| a.contact_id));
        let names = names_of(&self.db, &dedup_ids(contact_ids)).await?;
        let user_ids: Vec<i32> = seats.iter().filter_map(|s| s.user_id).collect();
        let users = self.users_by_id(&user_ids).await?;
        let today = self.clock.now().date_naive();
        Ok(committees
            .into_iter()
            .map(|committee| {
                let mut own: Vec<Seat> = seats
                    .iter()
                    .filter(|s| s.committee_id == committee.id)
                    .map(|s| Seat {
                        names: s
                            .contact_id
                            .and_then(|id| names.get(&id).cloned())
                            .unwrap_or_default(),
                        user: s.user_id.and_then(|id| users.get(&id).cloned()),
                        member: s.clone().into(),
                    })
                    .collect();
                // Current seats first, by role; then those who left.
                own.sort_by_key(|s| {
                    (
                        s.member.left_on.is_some_and(|day| day <= today),
                        s.member.role,
                        s.member.side,
                        s.member.id,
                    )
                });
                CommitteeView {
                    places: place_rows
                        .iter()
                        .filter(|p| p.committee_id == committee.id)
                        .filter_map(|p| places.get(&p.place_id).cloned())
                        .collect(),
                    seats: own,
                    meetings: meetings
                        .iter()
                        .filter(|m| m.committee_id == committee.id)
                        .map(|m| MeetingView {
                            attendees: attended
                                .iter()
                                .filter(|a| Some(a.interaction_id) == m.interaction_id)
                                .map(|a| {
                                    (
                                        a.contact_id,
                                        names.get(&a.contact_id).cloned().unwrap_or_default(),
                                    )
                                })
                                .collect(),
                            meeting: m.clone().into(),
                        })
                        .collect(),
                    committee,
                }
            })
            .collect())
    }

    /// The committees covering any of `place_ids`, with their seats.
    pub async fn committees_of_places(&self, place_ids: &[i32]) -> Result<Vec<CommitteeView>> {
        let ids: Vec<i32> = committee_place::Entity::find()
            .filter(committee_place::Column::PlaceId.is_in(place_ids.to_vec()))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| row.committee_id)
            .collect();
        let committees = committee::Entity::find()
            .filter(committee::Column::Id.is_in(dedup_ids(ids)))
            .order_by_asc(committee::Column::Id)
            .all(&self.db)
            .await?;
        self.committee_views(super::records::records(committees))
            .await
    }

    // ---- agreements ----------------------------------------------------

    /// Records an agreement between Seoul and a place, its first step,
    /// signatories and document.
    pub async fn add_agreement(&self, new: NewAgreement) -> Result<Agreement> {
        check_day("on", new.on)?;
        let now = self.clock.now();
        self.write(move |txn| {
            let new = new.clone();
            Box::pin(async move {
                let signatories = dedup_ids(new.signatory_ids.clone());
                contacts_exist(txn, &signatories).await?;
                let signed = matches!(
                    new.status,
                    AgreementStatus::Friendship
                        | AgreementStatus::SisterCity
                        | AgreementStatus::Mou
                );
                let row = agreement::Entity::insert(agreement::ActiveModel {
                    place_id: Set(new.place_id),
                    status: Set(new.status),
                    started_on: Set(new.on),
                    signed_on: Set(if signed { new.on } else { None }),
                    ended_on: Set(None),
                    note: Set(new.note.clone()),
                    document: Set(new.document.clone()),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                agreement_step::Entity::insert(agreement_step::ActiveModel {
                    agreement_id: Set(row.id),
                    status: Set(new.status),
                    on_date: Set(new.on),
                    recorded_at: Set(now),
                    ..Default::default()
                })
                .exec_without_returning(txn)
                .await?;
                if !signatories.is_empty() {
                    agreement_signatory::Entity::insert_many(signatories.iter().map(|id| {
                        agreement_signatory::ActiveModel {
                            agreement_id: Set(row.id),
                            contact_id: Set(*id),
                        }
                    }))
                    .exec_without_returning(txn)
                    .await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "agreement-add",
                    &format!("agreement:{}", row.id),
                    &signatories,
                )
                .await?;
                Ok(Agreement::from(row))
            })
        })
        .await
    }

    /// Moves an agreement to `status` from `on`: a step in its history.
    pub async fn set_agreement_status(
        &self,
        id: i32,
        status: AgreementStatus,
        on: Option<NaiveDate>,
    ) -> Result<Agreement> {
        check_day("on", on)?;
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let Some(row) = agreement::Entity::find_by_id(id).one(txn).await? else {
                    return Err(not_found("agreement", id));
                };
                if row.status == status {
                    return Err(Error::Unchanged {
                        kind: AgreementStatus::KIND,
                        value: status.key().to_owned(),
                    }
                    .into());
                }
                // The history stays in order: no step before the latest.
                let latest = agreement_step::Entity::find()
                    .filter(agreement_step::Column::AgreementId.eq(id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .filter_map(|s| s.on_date)
                    .max();
                in_order(on, latest)?;
                let mut update = agreement::Entity::update_many()
                    .filter(agreement::Column::Id.eq(id))
                    .col_expr(agreement::Column::Status, Expr::value(status.key()));
                match status {
                    AgreementStatus::Friendship
                    | AgreementStatus::SisterCity
                    | AgreementStatus::Mou => {
                        update = update
                            .col_expr(agreement::Column::SignedOn, Expr::value(on))
                            .col_expr(agreement::Column::EndedOn, Expr::value(None::<NaiveDate>));
                    }
                    AgreementStatus::Suspended => {
                        update = update.col_expr(agreement::Column::EndedOn, Expr::value(on));
                    }
                    AgreementStatus::Renewed | AgreementStatus::Exploring => {
                        update = update
                            .col_expr(agreement::Column::EndedOn, Expr::value(None::<NaiveDate>));
                    }
                }
                update.exec(txn).await?;
                agreement_step::Entity::insert(agreement_step::ActiveModel {
                    agreement_id: Set(id),
                    status: Set(status),
                    on_date: Set(on),
                    recorded_at: Set(now),
                    ..Default::default()
                })
                .exec_without_returning(txn)
                .await?;
                let signatories: Vec<i32> = agreement_signatory::Entity::find()
                    .filter(agreement_signatory::Column::AgreementId.eq(id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|s| s.contact_id)
                    .collect();
                super::audit::changed(
                    txn,
                    now,
                    "agreement-status",
                    &format!("agreement:{id}"),
                    &signatories,
                )
                .await?;
                let row = agreement::Entity::find_by_id(id).one(txn).await?;
                row.map(Agreement::from).ok_or_else(|| {
                    Error::NotFound {
                        kind: "agreement",
                        query: id.to_string(),
                    }
                    .into()
                })
            })
        })
        .await
    }

    /// Agreements of any of `place_ids` (all when empty), with their history.
    pub async fn agreement_views(&self, place_ids: &[i32]) -> Result<Vec<AgreementView>> {
        let mut query = agreement::Entity::find();
        if !place_ids.is_empty() {
            query = query.filter(agreement::Column::PlaceId.is_in(place_ids.to_vec()));
        }
        let rows = query
            .order_by_asc(agreement::Column::Id)
            .all(&self.db)
            .await?;
        let ids: Vec<i32> = rows.iter().map(|a| a.id).collect();
        let steps = agreement_step::Entity::find()
            .filter(agreement_step::Column::AgreementId.is_in(ids.clone()))
            .order_by_asc(agreement_step::Column::Id)
            .all(&self.db)
            .await?;
        let signatories = agreement_signatory::Entity::find()
            .filter(agreement_signatory::Column::AgreementId.is_in(ids))
            .all(&self.db)
            .await?;
        let names = names_of(
            &self.db,
            &dedup_ids(signatories.iter().map(|s| s.contact_id).collect()),
        )
        .await?;
        let places = self.places_by_id().await?;
        Ok(rows
            .into_iter()
            .map(|row| AgreementView {
                place: places.get(&row.place_id).cloned(),
                steps: steps
                    .iter()
                    .filter(|s| s.agreement_id == row.id)
                    .cloned()
                    .map(Into::into)
                    .collect(),
                signatories: signatories
                    .iter()
                    .filter(|s| s.agreement_id == row.id)
                    .map(|s| {
                        (
                            s.contact_id,
                            names.get(&s.contact_id).cloned().unwrap_or_default(),
                        )
                    })
                    .collect(),
                agreement: row.into(),
            })
            .collect())
    }

    /// Agreements of a place (briefs and tests).
    pub async fn agreements_of_place(&self, place_id: i32) -> Result<Vec<Agreement>> {
        Ok(self
            .agreement_views(&[place_id])
            .await?
            .into_iter()
            .map(|v| v.agreement)
            .collect())
    }

    /// The agreement `query` names: its number, or the place it is with
    /// when there is only one there.
    pub async fn resolve_agreement(&self, query: &str) -> Result<Agreement> {
        let views = self.agreement_views(&[]).await?;
        let id = pick(
            "agreement",
            query,
            views.iter().map(|v| {
                let names = v
                    .place
                    .iter()
                    .flat_map(|p| {
                        [
                            p.key.clone(),
                            p.name_en.clone(),
                            p.name_ko.clone(),
                            p.name_zh.clone(),
                        ]
                    })
                    .collect();
                let label = v
                    .place
                    .as_ref()
                    .map(|p| format!("{} ({})", p.name_en, v.agreement.status))
                    .unwrap_or_default();
                (v.agreement.id, names, label)
            }),
        )?;
        Ok(views
            .into_iter()
            .find(|v| v.agreement.id == id)
            .expect("picked among them")
            .agreement)
    }

    // ---- projects ------------------------------------------------------

    pub async fn add_project(&self, new: NewProject) -> Result<Project> {
        check_day("on", new.on)?;
        if new.areas.is_empty() {
            return Err(Error::Empty { field: "area" }.into());
        }
        let now = self.clock.now();
        self.write(move |txn| {
            let new = new.clone();
            Box::pin(async move {
                for org in &new.organization_ids {
                    exists::<organization::Entity>(txn, "organization", *org).await?;
                }
                let row = project::Entity::insert(project::ActiveModel {
                    title: Set(new.title.clone()),
                    title_ko: Set(new.title_ko.clone()),
                    title_zh: Set(new.title_zh.clone()),
                    place_id: Set(new.place_id),
                    officer_user_id: Set(new.officer_user_id),
                    stage: Set(new.stage),
                    started_on: Set(new.on),
                    updated_at: Set(now),
                    note: Set(new.note.clone()),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                project_area::Entity::insert_many(sorted_unique(&new.areas).into_iter().map(
                    |area| project_area::ActiveModel {
                        project_id: Set(row.id),
                        policy_area: Set(area),
                    },
                ))
                .exec_without_returning(txn)
                .await?;
                let orgs = dedup_ids(new.organization_ids.clone());
                if !orgs.is_empty() {
                    project_organization::Entity::insert_many(orgs.iter().map(|org| {
                        project_organization::ActiveModel {
                            project_id: Set(row.id),
                            organization_id: Set(*org),
                        }
                    }))
                    .exec_without_returning(txn)
                    .await?;
                }
                project_step::Entity::insert(project_step::ActiveModel {
                    project_id: Set(row.id),
                    stage: Set(new.stage),
                    on_date: Set(new.on),
                    recorded_at: Set(now),
                    ..Default::default()
                })
                .exec_without_returning(txn)
                .await?;
                super::audit::changed(txn, now, "project-add", &format!("project:{}", row.id), &[])
                    .await?;
                Ok(Project::from(row))
            })
        })
        .await
    }

    /// Moves a project to another stage from `on`: a step in its history.
    pub async fn set_project_stage(
        &self,
        project_id: i32,
        stage: ProjectStage,
        on: Option<NaiveDate>,
    ) -> Result<Project> {
        check_day("on", on)?;
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let Some(row) = project::Entity::find_by_id(project_id).one(txn).await? else {
                    return Err(not_found("project", project_id));
                };
                if row.stage == stage {
                    return Err(Error::Unchanged {
                        kind: ProjectStage::KIND,
                        value: stage.key().to_owned(),
                    }
                    .into());
                }
                let latest = project_step::Entity::find()
                    .filter(project_step::Column::ProjectId.eq(project_id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .filter_map(|s| s.on_date)
                    .max();
                in_order(on, latest)?;
                project::Entity::update_many()
                    .filter(project::Column::Id.eq(project_id))
                    .col_expr(project::Column::Stage, Expr::value(stage.key()))
                    .col_expr(project::Column::UpdatedAt, Expr::value(now))
                    .exec(txn)
                    .await?;
                project_step::Entity::insert(project_step::ActiveModel {
                    project_id: Set(project_id),
                    stage: Set(stage),
                    on_date: Set(on),
                    recorded_at: Set(now),
                    ..Default::default()
                })
                .exec_without_returning(txn)
                .await?;
                super::audit::changed(
                    txn,
                    now,
                    "project-stage",
                    &format!("project:{project_id}"),
                    &[],
                )
                .await?;
                Ok(Project::from(project::Model { stage, ..row }))
            })
        })
        .await
    }

    /// A follow-up attached to a project, promised to (or by) a contact.
    pub async fn add_project_follow_up(
        &self,
        project_id: i32,
        contact_id: i32,
        owner_user_id: Option<i32>,
        what: String,
        due_on: NaiveDate,
        promised_by_seoul: bool,
    ) -> Result<FollowUp> {
        check_day("due", Some(due_on))?;
        let now = self.clock.now();
        self.write(move |txn| {
            let what = what.clone();
            Box::pin(async move {
                exists::<project::Entity>(txn, "project", project_id).await?;
                contacts_exist(txn, &[contact_id]).await?;
                let row = follow_up::Entity::insert(follow_up::ActiveModel {
                    contact_id: Set(contact_id),
                    interaction_id: Set(None),
                    owner_user_id: Set(owner_user_id),
                    what: Set(what),
                    due_on: Set(due_on),
                    promised_by_seoul: Set(promised_by_seoul),
                    done_at: Set(None),
                    created_at: Set(now),
                    project_id: Set(Some(project_id)),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                super::audit::changed(
                    txn,
                    now,
                    "follow-up-add",
                    &format!("project:{project_id}"),
                    &[contact_id],
                )
                .await?;
                Ok(FollowUp::from(row))
            })
        })
        .await
    }

    /// Projects in any of `place_ids` (all when empty), newest change first.
    pub async fn project_views(&self, place_ids: &[i32]) -> Result<Vec<ProjectView>> {
        let mut query = project::Entity::find();
        if !place_ids.is_empty() {
            query = query.filter(project::Column::PlaceId.is_in(place_ids.to_vec()));
        }
        let rows = query
            .order_by_asc(project::Column::Id)
            .all(&self.db)
            .await?;
        self.views_of_projects(rows).await
    }

    pub async fn project_view(&self, id: i32) -> Result<ProjectView> {
        let rows = project::Entity::find_by_id(id).all(&self.db).await?;
        if rows.is_empty() {
            return Err(not_found("project", id));
        }
        Ok(self.views_of_projects(rows).await?.remove(0))
    }

    async fn views_of_projects(&self, rows: Vec<project::Model>) -> Result<Vec<ProjectView>> {
        let ids: Vec<i32> = rows.iter().map(|p| p.id).collect();
        let areas = project_area::Entity::find()
            .filter(project_area::Column::ProjectId.is_in(ids.clone()))
            .all(&self.db)
            .await?;
        let org_links = project_organization::Entity::find()
            .filter(project_organization::Column::ProjectId.is_in(ids.clone()))
            .all(&self.db)
            .await?;
        let orgs: HashMap<i32, Organization> = organization::Entity::find()
            .filter(organization::Column::Id.is_in(dedup_ids(
                org_links.iter().map(|o| o.organization_id).collect(),
            )))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|o| (o.id, o.into()))
            .collect();
        let steps = project_step::Entity::find()
            .filter(project_step::Column::ProjectId.is_in(ids.clone()))
            .order_by_asc(project_step::Column::Id)
            .all(&self.db)
            .await?;
        let follow_ups = follow_up::Entity::find()
            .filter(follow_up::Column::ProjectId.is_in(ids))
            .order_by_asc(follow_up::Column::DueOn)
            .all(&self.db)
            .await?;
        let officers = self
            .users_by_id(
                &rows
                    .iter()
                    .filter_map(|p| p.officer_user_id)
                    .collect::<Vec<_>>(),
            )
            .await?;
        let places = self.places_by_id().await?;
        Ok(rows
            .into_iter()
            .map(|row| ProjectView {
                areas: {
                    let mut own: Vec<PolicyArea> = areas
                        .iter()
                        .filter(|a| a.project_id == row.id)
                        .map(|a| a.policy_area)
                        .collect();
                    own.sort();
                    own
                },
                place: row.place_id.and_then(|id| places.get(&id).cloned()),
                organizations: org_links
                    .iter()
                    .filter(|o| o.project_id == row.id)
                    .filter_map(|o| orgs.get(&o.organization_id).cloned())
                    .collect(),
                officer: row
                    .officer_user_id
                    .and_then(|id| officers.get(&id).cloned()),
                steps: steps
                    .iter()
                    .filter(|s| s.project_id == row.id)
                    .cloned()
                    .map(Into::into)
                    .collect(),
                follow_ups: follow_ups
                    .iter()
                    .filter(|f| f.project_id == Some(row.id))
                    .cloned()
                    .map(Into::into)
                    .collect(),
                project: row.into(),
            })
            .collect())
    }

    /// Projects of a place (tests).
    pub async fn projects_of_place(&self, place_id: i32) -> Result<Vec<Project>> {
        Ok(self
            .project_views(&[place_id])
            .await?
            .into_iter()
            .map(|v| v.project)
            .collect())
    }

    /// The project `query` names: its number or a title in any language.
    pub async fn resolve_project(&self, query: &str) -> Result<Project> {
        let rows: Vec<Project> = super::records::records(
            project::Entity::find()
                .order_by_asc(project::Column::Id)
                .all(&self.db)
                .await?,
        );
        let id = pick(
            "project",
            query,
            rows.iter().map(|p| {
                (
                    p.id,
                    [
                        Some(p.title.clone()),
                        p.title_ko.clone(),
                        p.title_zh.clone(),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                    p.title.clone(),
                )
            }),
        )?;
        Ok(rows
            .into_iter()
            .find(|p| p.id == id)
            .expect("picked among them"))
    }
}

async fn set_committee_places(
    conn: &impl ConnectionTrait,
    committee_id: i32,
    place_ids: &[i32],
) -> Result<()> {
    let places = dedup_ids(place_ids.to_vec());
    if places.is_empty() {
        return Ok(());
    }
    committee_place::Entity::insert_many(places.iter().map(|place_id| {
        committee_place::ActiveModel {
            committee_id: Set(committee_id),
            place_id: Set(*place_id),
        }
    }))
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// When a date-less history step was recorded, for display.
pub fn step_day(on: Option<NaiveDate>, recorded_at: DateTime<Utc>) -> NaiveDate {
    on.unwrap_or_else(|| recorded_at.date_naive())
}
