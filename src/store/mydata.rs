//! Everything stored about a member, for `/mydata` (the right of access).

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

use super::entity::{
    app_user, committee_member, consent, contact, contact_category, contact_interest, contact_name,
    event, follow_up, honor, interaction, interaction_contact, invitation, position,
};
use super::{Result, Store};
use crate::domain::Error;

/// One person's data, as stored.
#[derive(Debug, Clone, Serialize)]
pub struct PersonalData {
    pub account: app_user::Model,
    pub contact: contact::Model,
    pub names: Vec<contact_name::Model>,
    pub categories: Vec<contact_category::Model>,
    pub interests: Vec<contact_interest::Model>,
    pub positions: Vec<position::Model>,
    pub honors: Vec<honor::Model>,
    pub committee_seats: Vec<committee_member::Model>,
    pub interactions: Vec<interaction::Model>,
    pub follow_ups: Vec<follow_up::Model>,
    pub invitations: Vec<invitation::Model>,
    pub events: Vec<event::Model>,
    pub consents: Vec<consent::Model>,
}

impl Store {
    /// Everything about the member `user` and the contact they are.
    pub async fn personal_data(&self, user: &app_user::Model) -> Result<PersonalData> {
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
            names: contact_name::Entity::find()
                .filter(contact_name::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
            categories: contact_category::Entity::find()
                .filter(contact_category::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
            interests: contact_interest::Entity::find()
                .filter(contact_interest::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
            positions: position::Entity::find()
                .filter(position::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
            honors: honor::Entity::find()
                .filter(honor::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
            committee_seats: committee_member::Entity::find()
                .filter(committee_member::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
            interactions: interaction::Entity::find()
                .filter(interaction::Column::Id.is_in(interaction_ids))
                .order_by_asc(interaction::Column::OccurredAt)
                .all(&self.db)
                .await?,
            follow_ups: follow_up::Entity::find()
                .filter(follow_up::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
            events: event::Entity::find()
                .filter(event::Column::Id.is_in(invitations.iter().map(|i| i.event_id)))
                .all(&self.db)
                .await?,
            invitations,
            consents: consent::Entity::find()
                .filter(consent::Column::UserId.eq(user.id))
                .order_by_asc(consent::Column::Id)
                .all(&self.db)
                .await?,
            contact,
        })
    }
}
