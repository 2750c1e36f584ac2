//! Everything stored about one person, for `/mydata` and `contact data`
//! (the right of access) — their own data only: of a meeting they shared
//! with other contacts they learn the date, kind, place and that others
//! took part, never the note or who the others were.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::entity::{
    app_user, committee_member, consent, contact, contact_category, contact_interest, event,
    follow_up, honor, interaction, interaction_contact, invitation, position,
};
use super::records::{
    CommitteeMember, Consent, Contact, Event, FollowUp, Honor, Interaction, Invitation, Position,
    User,
};
use super::search::names_of;
use super::{Result, Store};
use crate::domain::Error;
use crate::domain::keys::{Category, PolicyArea};
use crate::domain::names::PersonName;

/// One interaction as its participant may see it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OwnInteraction {
    pub id: i32,
    pub occurred_at: chrono::DateTime<chrono::Utc>,
    pub kind: crate::domain::keys::InteractionKind,
    pub place_id: Option<i32>,
    pub track: Option<crate::domain::keys::Track>,
    /// The officer's note, when the person was the only contact present.
    pub note: Option<String>,
    /// How many other contacts took part (never who).
    pub others: usize,
}

/// A follow-up about the person. What was promised is left out when it
/// was promised in a meeting they shared with others (it may be about them).
#[derive(Debug, Clone, serde::Serialize)]
pub struct OwnFollowUp {
    pub id: i32,
    pub due_on: chrono::NaiveDate,
    pub promised_by_seoul: bool,
    pub done_at: Option<chrono::DateTime<chrono::Utc>>,
    pub what: Option<String>,
}

/// One person's data, as stored.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PersonalData {
    /// Their account, when they are a member.
    pub account: Option<User>,
    pub contact: Contact,
    pub names: Vec<PersonName>,
    pub categories: Vec<Category>,
    pub interests: Vec<PolicyArea>,
    pub positions: Vec<Position>,
    pub honors: Vec<Honor>,
    pub committee_seats: Vec<CommitteeMember>,
    pub interactions: Vec<OwnInteraction>,
    pub follow_ups: Vec<OwnFollowUp>,
    pub invitations: Vec<Invitation>,
    pub events: Vec<Event>,
    pub consents: Vec<Consent>,
    /// E-mails and phones beyond the first.
    pub contact_details: Vec<super::records::ContactDetail>,
    /// The organizations of their positions.
    pub organizations: Vec<super::records::Organization>,
    /// The committees of their seats.
    pub committees: Vec<super::records::Committee>,
    /// Ties recorded with them: the kind and which side they are on, never
    /// who the other person is (that is the other's data).
    pub ties: Vec<OwnTie>,
    /// Agreements they signed (which place, its status).
    pub signatures: Vec<super::records::Agreement>,
}

/// A tie as its subject may see it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct OwnTie {
    pub id: i32,
    pub kind: crate::domain::keys::TieKind,
    /// They are the first of the tie (`superior`: the superior).
    pub first: bool,
    pub recorded_at: chrono::DateTime<chrono::Utc>,
}

impl Store {
    /// Everything about the member `user` and the contact they are.
    pub async fn personal_data(&self, user: &User) -> Result<PersonalData> {
        let contact_id = user.contact_id.ok_or(Error::NotAMember {
            name: user.name.clone(),
        })?;
        self.personal_data_of(contact_id, Some(user.clone())).await
    }

    /// Everything about the contact `contact_id` (and their member
    /// account, if they have one), as they may see it.
    pub async fn personal_data_of(
        &self,
        contact_id: i32,
        account: Option<User>,
    ) -> Result<PersonalData> {
        let contact = contact::Entity::find_by_id(contact_id)
            .one(&self.db)
            .await?
            .ok_or_else(|| Error::ContactNotFound(contact_id.to_string()))?;
        let account = match account {
            Some(user) => Some(user),
            None => super::records::records::<_, User>(
                app_user::Entity::find()
                    .filter(app_user::Column::ContactId.eq(contact_id))
                    .order_by_asc(app_user::Column::Id)
                    .all(&self.db)
                    .await?,
            )
            .into_iter()
            .next(),
        };
        let interaction_ids: Vec<i32> = interaction_contact::Entity::find()
            .filter(interaction_contact::Column::ContactId.eq(contact_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|l| l.interaction_id)
            .collect();
        // How many contacts each of those interactions had.
        let mut present: std::collections::HashMap<i32, usize> = std::collections::HashMap::new();
        for link in interaction_contact::Entity::find()
            .filter(interaction_contact::Column::InteractionId.is_in(interaction_ids.clone()))
            .all(&self.db)
            .await?
        {
            *present.entry(link.interaction_id).or_default() += 1;
        }
        let invitations = invitation::Entity::find()
            .filter(invitation::Column::ContactId.eq(contact_id))
            .order_by_asc(invitation::Column::Id)
            .all(&self.db)
            .await?;
        let positions: Vec<Position> = super::records::records(
            position::Entity::find()
                .filter(position::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
        );
        let organizations = super::records::records(
            super::entity::organization::Entity::find()
                .filter(
                    super::entity::organization::Column::Id.is_in(
                        positions
                            .iter()
                            .map(|p| p.organization_id)
                            .collect::<Vec<_>>(),
                    ),
                )
                .all(&self.db)
                .await?,
        );
        let seats: Vec<CommitteeMember> = super::records::records(
            committee_member::Entity::find()
                .filter(committee_member::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
        );
        let committees = super::records::records(
            super::entity::committee::Entity::find()
                .filter(
                    super::entity::committee::Column::Id
                        .is_in(seats.iter().map(|s| s.committee_id).collect::<Vec<_>>()),
                )
                .all(&self.db)
                .await?,
        );
        let ties = self
            .ties_of(contact_id)
            .await?
            .into_iter()
            .map(|(tie, _)| OwnTie {
                id: tie.id,
                kind: tie.kind,
                first: tie.from_contact_id == contact_id,
                recorded_at: tie.recorded_at,
            })
            .collect();
        let signed: Vec<i32> = super::entity::agreement_signatory::Entity::find()
            .filter(super::entity::agreement_signatory::Column::ContactId.eq(contact_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|s| s.agreement_id)
            .collect();
        let signatures = super::records::records(
            super::entity::agreement::Entity::find()
                .filter(super::entity::agreement::Column::Id.is_in(signed))
                .all(&self.db)
                .await?,
        );
        Ok(PersonalData {
            contact_details: self.details_of(contact_id).await?,
            organizations,
            committees,
            ties,
            signatures,
            account: account.clone(),
            names: names_of(&self.db, &[contact_id])
                .await?
                .remove(&contact_id)
                .unwrap_or_default(),
            categories: contact_category::Entity::find()
                .filter(contact_category::Column::ContactId.eq(contact_id))
                .order_by_asc(contact_category::Column::Category)
                .all(&self.db)
                .await?
                .into_iter()
                .map(|row| row.category)
                .collect(),
            interests: contact_interest::Entity::find()
                .filter(contact_interest::Column::ContactId.eq(contact_id))
                .order_by_asc(contact_interest::Column::PolicyArea)
                .all(&self.db)
                .await?
                .into_iter()
                .map(|row| row.policy_area)
                .collect(),
            positions,
            honors: super::records::records(
                honor::Entity::find()
                    .filter(honor::Column::ContactId.eq(contact_id))
                    .all(&self.db)
                    .await?,
            ),
            committee_seats: seats,
            interactions: super::records::records::<_, Interaction>(
                interaction::Entity::find()
                    .filter(interaction::Column::Id.is_in(interaction_ids))
                    .order_by_asc(interaction::Column::OccurredAt)
                    .all(&self.db)
                    .await?,
            )
            .into_iter()
            .map(|i| {
                let others = present.get(&i.id).copied().unwrap_or(1).saturating_sub(1);
                OwnInteraction {
                    id: i.id,
                    occurred_at: i.occurred_at,
                    kind: i.kind,
                    place_id: i.place_id,
                    track: i.track,
                    note: if others == 0 { i.note } else { None },
                    others,
                }
            })
            .collect(),
            follow_ups: super::records::records::<_, FollowUp>(
                follow_up::Entity::find()
                    .filter(follow_up::Column::ContactId.eq(contact_id))
                    .order_by_asc(follow_up::Column::DueOn)
                    .all(&self.db)
                    .await?,
            )
            .into_iter()
            .map(|f| {
                let shared = f
                    .interaction_id
                    .is_some_and(|id| present.get(&id).copied().unwrap_or(1) > 1);
                OwnFollowUp {
                    id: f.id,
                    due_on: f.due_on,
                    promised_by_seoul: f.promised_by_seoul,
                    done_at: f.done_at,
                    what: (!shared).then_some(f.what),
                }
            })
            .collect(),
            events: super::records::records(
                event::Entity::find()
                    .filter(event::Column::Id.is_in(invitations.iter().map(|i| i.event_id)))
                    .all(&self.db)
                    .await?,
            ),
            invitations: super::records::records(invitations),
            consents: match &account {
                Some(user) => super::records::records(
                    consent::Entity::find()
                        .filter(consent::Column::UserId.eq(user.id))
                        .order_by_asc(consent::Column::Id)
                        .all(&self.db)
                        .await?,
                ),
                None => Vec::new(),
            },
            contact: contact.into(),
        })
    }
}
