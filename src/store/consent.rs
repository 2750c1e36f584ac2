//! Consent, per purpose: members say yes or no to invitations and to
//! reminders about them, and may withdraw; what hangs on each follows.

use std::collections::HashSet;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
};

use super::entity::{app_user, consent, contact};
use super::{Result, Store};
use crate::domain::Error;

/// Every purpose a member is asked about, in the order asked: event
/// invitations, then keep-in-touch reminders about them (their relationship
/// in officers' digests, `/due` and follow-up reminders).
pub use super::entity::ConsentPurpose;

pub const PURPOSES: [ConsentPurpose; 2] = [ConsentPurpose::Invitations, ConsentPurpose::Reminders];

/// The version of the consent questions' wording (`bot-consent-*-question`);
/// change it when the wording changes, so each consent says what was asked.
pub const CONSENT_WORDING: &str = "2026-11-29";

/// `purpose` if it is one members are asked about.
fn known_purpose(purpose: &str) -> Result<ConsentPurpose> {
    ConsentPurpose::from_key(purpose).ok_or_else(|| {
        Error::Invalid {
            field: "purpose",
            value: purpose.to_owned(),
        }
        .into()
    })
}

/// The contact a member account stands for.
pub(super) async fn member_contact(
    conn: &impl ConnectionTrait,
    user_id: i32,
) -> Result<Option<i32>> {
    Ok(app_user::Entity::find_by_id(user_id)
        .one(conn)
        .await?
        .and_then(|user| user.contact_id))
}

/// Takes a member's relationship out of (or back into) keep-in-touch
/// reminders.
pub(super) async fn set_reminders_off(
    conn: &impl ConnectionTrait,
    contact_id: Option<i32>,
    off: bool,
) -> Result<()> {
    if let Some(contact_id) = contact_id {
        contact::Entity::update_many()
            .filter(contact::Column::Id.eq(contact_id))
            .col_expr(contact::Column::RemindersOff, Expr::value(off))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Which of `user_ids` consented to invitations and did not withdraw, read
/// through `conn` (a unit's transaction sees its own changes).
pub(super) async fn consenting_in(
    conn: &impl ConnectionTrait,
    user_ids: &[i32],
) -> Result<HashSet<i32>> {
    let mut found = HashSet::new();
    for chunk in user_ids.chunks(500) {
        let rows: Vec<i32> = consent::Entity::find()
            .select_only()
            .column(consent::Column::UserId)
            .filter(consent::Column::UserId.is_in(chunk.to_vec()))
            .filter(consent::Column::Purpose.eq(ConsentPurpose::Invitations))
            .filter(consent::Column::WithdrawnAt.is_null())
            .into_tuple()
            .all(conn)
            .await?;
        found.extend(rows);
    }
    Ok(found)
}

impl Store {
    /// Members (of `user_ids`) with a standing consent to invitations.
    pub async fn consenting(&self, user_ids: &[i32]) -> Result<HashSet<i32>> {
        consenting_in(&self.db, user_ids).await
    }

    /// Records a member's consent to `purpose` (once: a standing consent
    /// is kept as it was given). True if it is new.
    pub async fn grant_consent(
        &self,
        user_id: i32,
        purpose: &str,
        channel: &str,
        update_id: Option<i64>,
    ) -> Result<bool> {
        let purpose = known_purpose(purpose)?;
        let channel = channel.to_owned();
        let now = self.clock.now();
        self.write(move |txn| {
            let channel = channel.clone();
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let standing = consent::Entity::find()
                    .filter(consent::Column::UserId.eq(user_id))
                    .filter(consent::Column::Purpose.eq(purpose))
                    .filter(consent::Column::WithdrawnAt.is_null())
                    .one(txn)
                    .await?
                    .is_some();
                if !standing {
                    consent::Entity::insert(consent::ActiveModel {
                        user_id: Set(user_id),
                        purpose: Set(purpose),
                        channel: Set(channel.to_owned()),
                        wording_version: Set(CONSENT_WORDING.to_owned()),
                        granted_at: Set(now),
                        withdrawn_at: Set(None),
                        ..Default::default()
                    })
                    .exec_without_returning(txn)
                    .await?;
                }
                let contact = member_contact(txn, user_id).await?;
                if purpose == ConsentPurpose::Reminders {
                    set_reminders_off(txn, contact, false).await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "consent-given",
                    &format!("user:{user_id}:{purpose}"),
                    &contact.into_iter().collect::<Vec<_>>(),
                )
                .await?;
                Ok(!standing)
            })
        })
        .await
    }

    /// A member said no to `purpose` when asked: nothing to withdraw, but
    /// for reminders their relationship leaves the digests at once.
    pub async fn decline_consent(
        &self,
        user_id: i32,
        purpose: &str,
        update_id: Option<i64>,
    ) -> Result<()> {
        let purpose = known_purpose(purpose)?;
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let contact = member_contact(txn, user_id).await?;
                if purpose == ConsentPurpose::Reminders {
                    set_reminders_off(txn, contact, true).await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "consent-declined",
                    &format!("user:{user_id}:{purpose}"),
                    &contact.into_iter().collect::<Vec<_>>(),
                )
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// Withdraws a user's standing consent to `purpose` (every purpose if
    /// none), with what hangs on it: invitations still waiting to be sent
    /// are dropped; reminders about them stop. True if there was one.
    pub async fn withdraw_consent(
        &self,
        user_id: i32,
        purpose: Option<&str>,
        update_id: Option<i64>,
    ) -> Result<bool> {
        let purposes: Vec<ConsentPurpose> = match purpose {
            Some(purpose) => vec![known_purpose(purpose)?],
            None => PURPOSES.to_vec(),
        };
        let now = self.clock.now();
        self.write(move |txn| {
            let purposes = purposes.clone();
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let withdrawn = consent::Entity::update_many()
                    .filter(consent::Column::UserId.eq(user_id))
                    .filter(consent::Column::Purpose.is_in(purposes.clone()))
                    .filter(consent::Column::WithdrawnAt.is_null())
                    .col_expr(consent::Column::WithdrawnAt, Expr::value(now))
                    .exec(txn)
                    .await?
                    .rows_affected;
                if purposes.contains(&ConsentPurpose::Invitations) {
                    super::entity::outbox::Entity::delete_many()
                        .filter(super::entity::outbox::Column::UserId.eq(user_id))
                        .filter(
                            super::entity::outbox::Column::Status
                                .eq(super::entity::OutboxStatus::Pending),
                        )
                        .filter(super::entity::outbox::Column::Kind.is_in(["invitation", "event"]))
                        .exec(txn)
                        .await?;
                }
                let contact = member_contact(txn, user_id).await?;
                if purposes.contains(&ConsentPurpose::Reminders) {
                    set_reminders_off(txn, contact, true).await?;
                }
                super::audit::changed(
                    txn,
                    now,
                    "consent-withdrawn",
                    &format!(
                        "user:{user_id}:{}",
                        purposes
                            .iter()
                            .map(|p| p.to_string())
                            .collect::<Vec<_>>()
                            .join(",")
                    ),
                    &contact.into_iter().collect::<Vec<_>>(),
                )
                .await?;
                Ok(withdrawn > 0)
            })
        })
        .await
    }
}
