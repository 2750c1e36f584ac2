//! Honors and memberships, committees, agreements and cooperation projects.

use chrono::NaiveDate;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::entity::{
    agreement, committee, committee_meeting, committee_member, committee_place, contact, honor,
    project,
};
use super::records::{Agreement, Committee, CommitteeMember, Honor, Project};
use super::{Result, Store};
use crate::domain::Error;
use crate::domain::keys::{AgreementStatus, HonorKind, HonorStatus, PolicyArea, ProjectStage};

/// A committee or platform with its names in the three languages.
#[derive(Debug, Clone)]
pub struct NewCommittee {
    pub key: String,
    pub name_en: String,
    pub name_ko: String,
    pub name_zh: String,
    pub founded_on: Option<NaiveDate>,
    pub place_ids: Vec<i32>,
}

/// Who sits on a committee: a contact (their side) or a user (Seoul's side).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Member {
    Contact(i32),
    User(i32),
}

#[derive(Debug, Clone)]
pub struct NewProject {
    pub title: String,
    pub place_id: Option<i32>,
    pub organization_id: Option<i32>,
    pub policy_area: Option<PolicyArea>,
    pub stage: ProjectStage,
    pub started_on: Option<NaiveDate>,
    pub note: Option<String>,
}

impl Store {
    /// Records an honor or membership of a contact.
    pub async fn add_honor(
        &self,
        contact_id: i32,
        kind: HonorKind,
        conferred_on: Option<NaiveDate>,
        status: HonorStatus,
        note: Option<String>,
    ) -> Result<Honor> {
        if contact::Entity::find_by_id(contact_id)
            .one(&self.db)
            .await?
            .is_none()
        {
            return Err(Error::ContactNotFound(contact_id.to_string()).into());
        }
        let row = honor::ActiveModel {
            contact_id: Set(contact_id),
            kind: Set(kind),
            conferred_on: Set(conferred_on),
            status: Set(status),
            note: Set(note),
            ..Default::default()
        };
        self.insert_returning(row).await.map(Into::into)
    }

    pub async fn add_committee(&self, new: NewCommittee) -> Result<Committee> {
        self.write(move |txn| {
            let new = new.clone();
            Box::pin(async move {
                let record = committee::Entity::insert(committee::ActiveModel {
                    key: Set(new.key.clone()),
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
                            value: new.key.clone(),
                        }
                        .into()
                    } else {
                        super::StoreError::from(err)
                    }
                })?;
                if !new.place_ids.is_empty() {
                    committee_place::Entity::insert_many(new.place_ids.iter().map(|place_id| {
                        committee_place::ActiveModel {
                            committee_id: Set(record.id),
                            place_id: Set(*place_id),
                        }
                    }))
                    .exec_without_returning(txn)
                    .await?;
                }
                Ok(record)
            })
        })
        .await
        .map(Into::into)
    }

    pub async fn add_committee_member(
        &self,
        committee_id: i32,
        member: Member,
        role: Option<String>,
        joined_on: Option<NaiveDate>,
    ) -> Result<CommitteeMember> {
        let (contact_id, user_id) = match member {
            Member::Contact(id) => (Some(id), None),
            Member::User(id) => (None, Some(id)),
        };
        self.insert_returning(committee_member::ActiveModel {
            committee_id: Set(committee_id),
            contact_id: Set(contact_id),
            user_id: Set(user_id),
            role: Set(role),
            joined_on: Set(joined_on),
            ..Default::default()
        })
        .await
        .map(Into::into)
    }

    pub async fn add_committee_meeting(
        &self,
        committee_id: i32,
        held_on: NaiveDate,
        place_id: Option<i32>,
        note: Option<String>,
    ) -> Result<committee_meeting::Model> {
        self.insert_returning(committee_meeting::ActiveModel {
            committee_id: Set(committee_id),
            held_on: Set(held_on),
            place_id: Set(place_id),
            note: Set(note),
            ..Default::default()
        })
        .await
    }

    /// The committees covering a place, with their members.
    pub async fn committees_of_place(
        &self,
        place_id: i32,
    ) -> Result<Vec<(Committee, Vec<CommitteeMember>)>> {
        let ids: Vec<i32> = committee_place::Entity::find()
            .filter(committee_place::Column::PlaceId.eq(place_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|row| row.committee_id)
            .collect();
        let committees = committee::Entity::find()
            .filter(committee::Column::Id.is_in(ids))
            .order_by_asc(committee::Column::Id)
            .all(&self.db)
            .await?;
        let mut result = Vec::with_capacity(committees.len());
        for committee in committees {
            let members = committee_member::Entity::find()
                .filter(committee_member::Column::CommitteeId.eq(committee.id))
                .order_by_asc(committee_member::Column::Id)
                .all(&self.db)
                .await?;
            result.push((committee.into(), super::records::records(members)));
        }
        Ok(result)
    }

    /// Records an agreement (or a step in one) between Seoul and a place.
    pub async fn add_agreement(
        &self,
        place_id: i32,
        status: AgreementStatus,
        started_on: Option<NaiveDate>,
        signed_on: Option<NaiveDate>,
        note: Option<String>,
    ) -> Result<Agreement> {
        self.insert_returning(agreement::ActiveModel {
            place_id: Set(place_id),
            status: Set(status),
            started_on: Set(started_on),
            signed_on: Set(signed_on),
            ended_on: Set(None),
            note: Set(note),
            ..Default::default()
        })
        .await
        .map(Into::into)
    }

    pub async fn agreements_of_place(&self, place_id: i32) -> Result<Vec<Agreement>> {
        Ok(super::records::records(
            agreement::Entity::find()
                .filter(agreement::Column::PlaceId.eq(place_id))
                .order_by_asc(agreement::Column::Id)
                .all(&self.db)
                .await?,
        ))
    }

    pub async fn add_project(&self, new: NewProject) -> Result<Project> {
        self.insert_returning(project::ActiveModel {
            title: Set(new.title),
            place_id: Set(new.place_id),
            organization_id: Set(new.organization_id),
            policy_area: Set(new.policy_area),
            stage: Set(new.stage),
            started_on: Set(new.started_on),
            updated_at: Set(self.clock.now()),
            note: Set(new.note),
            ..Default::default()
        })
        .await
        .map(Into::into)
    }

    /// Moves a project to another stage.
    pub async fn set_project_stage(&self, project_id: i32, stage: ProjectStage) -> Result<()> {
        let update = project::Entity::update_many()
            .col_expr(
                project::Column::Stage,
                sea_orm::sea_query::Expr::value(stage.key()),
            )
            .col_expr(
                project::Column::UpdatedAt,
                sea_orm::sea_query::Expr::value(self.clock.now()),
            )
            .filter(project::Column::Id.eq(project_id));
        let updated = self
            .write(move |txn| {
                let update = update.clone();
                Box::pin(async move { Ok(update.exec(txn).await?) })
            })
            .await?;
        if updated.rows_affected == 0 {
            return Err(Error::Invalid {
                field: "project",
                value: project_id.to_string(),
            }
            .into());
        }
        Ok(())
    }

    pub async fn projects_of_place(&self, place_id: i32) -> Result<Vec<Project>> {
        Ok(super::records::records(
            project::Entity::find()
                .filter(project::Column::PlaceId.eq(place_id))
                .order_by_asc(project::Column::Id)
                .all(&self.db)
                .await?,
        ))
    }
}
