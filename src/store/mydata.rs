//! Everything stored about a member, for `/mydata` (the right of access).

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::entity::{
    committee_member, consent, contact, contact_category, contact_interest, event, follow_up,
    honor, interaction, interaction_contact, invitation, position,
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

/// One person's data, as stored.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PersonalData {
    pub account: User,
    pub contact: Contact,
    pub names: Vec<PersonName>,
    pub categories: Vec<Category>,
    pub interests: Vec<PolicyArea>,
    pub positions: Vec<Position>,
    pub honors: Vec<Honor>,
    pub committee_seats: Vec<CommitteeMember>,
    pub interactions: Vec<Interaction>,
    pub follow_ups: Vec<FollowUp>,
    pub invitations: Vec<Invitation>,
    pub events: Vec<Event>,
    pub consents: Vec<Consent>,
}

impl Store {
    /// Everything about the member `user` and the contact they are.
    pub async fn personal_data(&self, user: &User) -> Result<PersonalData> {
        let contact_id = user.contact_id.ok_or(Error::NotAMember {
            name: user.name.clone(),
        })?;
        let contact = contact::Entity::find_by_id(contact_id)
            .one(&self.db)
            .await?
            .ok_or_else(|| Error::ContactNotFound(contact_id.to_string()))?;
        let interaction_ids: Vec<i32> = interaction_contact::Entity::find()
            .filter(interaction_contact::Column::ContactId.eq(contact_id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|l| l.interaction_id)
            .collect();
        let invitations = invitation::Entity::find()
            .filter(invitation::Column::ContactId.eq(contact_id))
            .order_by_asc(invitation::Column::Id)
            .all(&self.db)
            .await?;
        Ok(PersonalData {
            account: user.clone(),
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
            positions: super::records::records(
                position::Entity::find()
                    .filter(position::Column::ContactId.eq(contact_id))
                    .all(&self.db)
                    .await?,
            ),
            honors: super::records::records(
                honor::Entity::find()
                    .filter(honor::Column::ContactId.eq(contact_id))
                    .all(&self.db)
                    .await?,
            ),
            committee_seats: super::records::records(
                committee_member::Entity::find()
                    .filter(committee_member::Column::ContactId.eq(contact_id))
                    .all(&self.db)
                    .await?,
            ),
            interactions: super::records::records(
                interaction::Entity::find()
                    .filter(interaction::Column::Id.is_in(interaction_ids))
                    .order_by_asc(interaction::Column::OccurredAt)
                    .all(&self.db)
                    .await?,
            ),
            follow_ups: super::records::records(
                follow_up::Entity::find()
                    .filter(follow_up::Column::ContactId.eq(contact_id))
                    .all(&self.db)
                    .await?,
            ),
            events: super::records::records(
                event::Entity::find()
                    .filter(event::Column::Id.is_in(invitations.iter().map(|i| i.event_id)))
                    .all(&self.db)
                    .await?,
            ),
            invitations: super::records::records(invitations),
            consents: super::records::records(
                consent::Entity::find()
                    .filter(consent::Column::UserId.eq(user.id))
                    .order_by_asc(consent::Column::Id)
                    .all(&self.db)
                    .await?,
            ),
            contact: contact.into(),
        })
    }
}
