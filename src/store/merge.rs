//! Duplicates: finding a person already recorded under another script,
//! and merging two records of one person into one.

use std::collections::HashSet;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder,
};

use super::cadence::refresh_due;
use super::entity::{
    agreement_signatory, app_user, committee_member, contact, contact_category, contact_detail,
    contact_interest, contact_name, follow_up, honor, interaction_contact, position, relation,
};
use super::records::Contact;
use super::search::ContactMatch;
use super::{Result, Store};
use crate::domain::Error;
use crate::domain::cadence::latest_interaction;
use crate::domain::error::Candidate;
use crate::domain::keys::DetailKind;
use crate::domain::keys::{Category, NameForm, PolicyArea};
use crate::domain::names::PersonName;

impl Store {
    /// Contacts who already have one of these names, in any script (a key
    /// of the name equals a key of theirs).
    pub async fn possible_duplicates(&self, names: &[PersonName]) -> Result<Vec<ContactMatch>> {
        let mut found: Vec<ContactMatch> = Vec::new();
        for name in names {
            for candidate in self.find_contacts(&name.value, 10).await? {
                if candidate.exact && !found.iter().any(|f| f.id == candidate.id) {
                    found.push(candidate);
                }
            }
        }
        Ok(found)
    }

    /// Refuses names someone already has, listing who.
    pub async fn refuse_duplicates(&self, names: &[PersonName]) -> Result<()> {
        let found = self.possible_duplicates(names).await?;
        if found.is_empty() {
            return Ok(());
        }
        Err(Error::PossibleDuplicate {
            candidates: found
                .iter()
                .map(|m| Candidate {
                    id: m.id,
                    label: m.all_names(),
                })
                .collect(),
        }
        .into())
    }

    /// Merges `other` into `keep`: names (each form once), categories,
    /// interests, positions, interactions, follow-ups, honors, committee
    /// seats and a member's account move over; details `keep` lacks are
    /// taken from `other`; then `other` is deleted. All or nothing.
    pub async fn merge_contacts(&self, keep_id: i32, other_id: i32) -> Result<Contact> {
        if keep_id == other_id {
            return Err(Error::MergeSame.into());
        }
        let now = self.clock.now();
        let store = self.clone();
        self.write(move |txn| {
            let _store = store.clone();
            Box::pin(async move {
                let missing = |id: i32| Error::ContactNotFound(id.to_string());
                let keep = contact::Entity::find_by_id(keep_id)
                    .one(txn)
                    .await?
                    .ok_or_else(|| missing(keep_id))?;
                let other = contact::Entity::find_by_id(other_id)
                    .one(txn)
                    .await?
                    .ok_or_else(|| missing(other_id))?;

                // Names: move those keep does not have in the same form.
                let kept: HashSet<(NameForm, String)> = contact_name::Entity::find()
                    .filter(contact_name::Column::ContactId.eq(keep_id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|n| (n.form, n.search_key))
                    .collect();
                for name in contact_name::Entity::find()
                    .filter(contact_name::Column::ContactId.eq(other_id))
                    .all(txn)
                    .await?
                {
                    if kept.contains(&(name.form, name.search_key.clone())) {
                        contact_name::Entity::delete_by_id(name.id)
                            .exec(txn)
                            .await?;
                    } else {
                        contact_name::Entity::update_many()
                            .col_expr(contact_name::Column::ContactId, Expr::value(keep_id))
                            .filter(contact_name::Column::Id.eq(name.id))
                            .exec(txn)
                            .await?;
                    }
                }
                // Keyed by (contact, value): take the union.
                let categories: HashSet<Category> = contact_category::Entity::find()
                    .filter(contact_category::Column::ContactId.eq(keep_id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|c| c.category)
                    .collect();
                for row in contact_category::Entity::find()
                    .filter(contact_category::Column::ContactId.eq(other_id))
                    .all(txn)
                    .await?
                {
                    if !categories.contains(&row.category) {
                        contact_category::ActiveModel {
                            contact_id: Set(keep_id),
                            category: Set(row.category),
                        }
                        .insert(txn)
                        .await?;
                    }
                }
                let interests: HashSet<PolicyArea> = contact_interest::Entity::find()
                    .filter(contact_interest::Column::ContactId.eq(keep_id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|c| c.policy_area)
                    .collect();
                for row in contact_interest::Entity::find()
                    .filter(contact_interest::Column::ContactId.eq(other_id))
                    .all(txn)
                    .await?
                {
                    if !interests.contains(&row.policy_area) {
                        contact_interest::ActiveModel {
                            contact_id: Set(keep_id),
                            policy_area: Set(row.policy_area),
                        }
                        .insert(txn)
                        .await?;
                    }
                }
                // Interactions both took part in stay once.
                let shared: HashSet<i32> = interaction_contact::Entity::find()
                    .filter(interaction_contact::Column::ContactId.eq(keep_id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|r| r.interaction_id)
                    .collect();
                for row in interaction_contact::Entity::find()
                    .filter(interaction_contact::Column::ContactId.eq(other_id))
                    .all(txn)
                    .await?
                {
                    if !shared.contains(&row.interaction_id) {
                        interaction_contact::ActiveModel {
                            interaction_id: Set(row.interaction_id),
                            contact_id: Set(keep_id),
                            occurred_at: Set(row.occurred_at),
                        }
                        .insert(txn)
                        .await?;
                    }
                }
                // Rows that simply change hands.
                position::Entity::update_many()
                    .col_expr(position::Column::ContactId, Expr::value(keep_id))
                    .filter(position::Column::ContactId.eq(other_id))
                    .exec(txn)
                    .await?;
                follow_up::Entity::update_many()
                    .col_expr(follow_up::Column::ContactId, Expr::value(keep_id))
                    .filter(follow_up::Column::ContactId.eq(other_id))
                    .exec(txn)
                    .await?;
                honor::Entity::update_many()
                    .col_expr(honor::Column::ContactId, Expr::value(keep_id))
                    .filter(honor::Column::ContactId.eq(other_id))
                    .exec(txn)
                    .await?;
                committee_member::Entity::update_many()
                    .col_expr(committee_member::Column::ContactId, Expr::value(keep_id))
                    .filter(committee_member::Column::ContactId.eq(other_id))
                    .exec(txn)
                    .await?;
                app_user::Entity::update_many()
                    .col_expr(app_user::Column::ContactId, Expr::value(keep_id))
                    .filter(app_user::Column::ContactId.eq(other_id))
                    .exec(txn)
                    .await?;
                contact_detail::Entity::update_many()
                    .col_expr(contact_detail::Column::ContactId, Expr::value(keep_id))
                    .filter(contact_detail::Column::ContactId.eq(other_id))
                    .exec(txn)
                    .await?;
                // Signatures both signed stay once.
                let signed: Vec<i32> = agreement_signatory::Entity::find()
                    .filter(agreement_signatory::Column::ContactId.eq(keep_id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|s| s.agreement_id)
                    .collect();
                agreement_signatory::Entity::delete_many()
                    .filter(agreement_signatory::Column::ContactId.eq(other_id))
                    .filter(agreement_signatory::Column::AgreementId.is_in(signed))
                    .exec(txn)
                    .await?;
                agreement_signatory::Entity::update_many()
                    .col_expr(agreement_signatory::Column::ContactId, Expr::value(keep_id))
                    .filter(agreement_signatory::Column::ContactId.eq(other_id))
                    .exec(txn)
                    .await?;
                // Ties between the two vanish (a person is not their own
                // classmate); the other's ties become keep's.
                relation::Entity::delete_many()
                    .filter(relation::Column::FromContactId.is_in([keep_id, other_id]))
                    .filter(relation::Column::ToContactId.is_in([keep_id, other_id]))
                    .exec(txn)
                    .await?;
                for column in [
                    relation::Column::FromContactId,
                    relation::Column::ToContactId,
                ] {
                    relation::Entity::update_many()
                        .col_expr(column, Expr::value(keep_id))
                        .filter(column.eq(other_id))
                        .exec(txn)
                        .await?;
                }
                // Both were tied the same way to someone: once is enough.
                let mut seen = std::collections::HashSet::new();
                for tie in relation::Entity::find()
                    .filter(
                        sea_orm::Condition::any()
                            .add(relation::Column::FromContactId.eq(keep_id))
                            .add(relation::Column::ToContactId.eq(keep_id)),
                    )
                    .order_by(relation::Column::Id, sea_orm::Order::Asc)
                    .all(txn)
                    .await?
                {
                    let directed = matches!(
                        tie.kind,
                        crate::domain::keys::TieKind::Superior
                            | crate::domain::keys::TieKind::Introduced
                    );
                    let (a, b) = if directed {
                        (tie.from_contact_id, tie.to_contact_id)
                    } else {
                        (
                            tie.from_contact_id.min(tie.to_contact_id),
                            tie.from_contact_id.max(tie.to_contact_id),
                        )
                    };
                    if !seen.insert((tie.kind, a, b)) {
                        relation::Entity::delete_by_id(tie.id).exec(txn).await?;
                    }
                }

                // Details keep lacks come from other; notes are joined.
                let mut merged = keep.clone().into_active_model();
                let or = |a: Option<String>, b: Option<String>| a.or(b);
                merged.place_id = Set(keep.place_id.or(other.place_id));
                merged.lang = Set(keep.lang.or(other.lang));
                merged.time_zone = Set(or(keep.time_zone.clone(), other.time_zone.clone()));
                merged.email = Set(or(keep.email.clone(), other.email.clone()));
                merged.phone = Set(or(keep.phone.clone(), other.phone.clone()));
                // The other's first e-mail and phone, when keep has its own,
                // stay as further ones (not twice).
                let kept_details = contact_detail::Entity::find()
                    .filter(contact_detail::Column::ContactId.eq(keep_id))
                    .all(txn)
                    .await?;
                for (kind, mine, theirs) in [
                    (DetailKind::Email, &keep.email, &other.email),
                    (DetailKind::Phone, &keep.phone, &other.phone),
                ] {
                    let (Some(mine), Some(theirs)) = (mine, theirs) else {
                        continue;
                    };
                    let same = |a: &str, b: &str| super::edit::same_detail(kind, a, b);
                    if same(mine, theirs)
                        || kept_details
                            .iter()
                            .any(|d| d.kind == kind && same(&d.value, theirs))
                    {
                        continue;
                    }
                    contact_detail::ActiveModel {
                        contact_id: Set(keep_id),
                        kind: Set(kind),
                        label: Set(None),
                        value: Set(theirs.clone()),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?;
                }
                merged.telegram = Set(or(keep.telegram.clone(), other.telegram.clone()));
                merged.owner_user_id = Set(keep.owner_user_id.or(other.owner_user_id));
                merged.cadence_days = Set(keep.cadence_days.or(other.cadence_days));
                merged.notes = Set(match (&keep.notes, &other.notes) {
                    (Some(a), Some(b)) if a != b => Some(format!("{a}\n\n{b}")),
                    (a, b) => a.clone().or(b.clone()),
                });
                merged.last_interaction_at = Set(match other.last_interaction_at {
                    Some(at) => Some(latest_interaction(keep.last_interaction_at, at)),
                    None => keep.last_interaction_at,
                });
                merged.created_at = Set(keep.created_at.min(other.created_at));
                merged.updated_at = Set(now);
                // A member's "no" to reminders stays whichever record it was on.
                merged.reminders_off = Set(keep.reminders_off || other.reminders_off);
                if keep.birthday.is_none() {
                    merged.birthday = Set(other.birthday);
                    merged.birthday_lunar = Set(other.birthday_lunar);
                }
                merged.update(txn).await?;
                contact::Entity::delete_by_id(other_id).exec(txn).await?;
                refresh_due(txn, &[keep_id]).await?;
                super::search::index_contacts(txn, &[keep_id]).await?;
                super::audit::changed(
                    txn,
                    now,
                    "merge",
                    &format!("contact:{other_id} contact:{keep_id}"),
                    &[keep_id, other_id],
                )
                .await?;
                let merged = contact::Entity::find_by_id(keep_id)
                    .one(txn)
                    .await?
                    .ok_or_else(|| missing(keep_id))?;
                Ok(merged)
            })
        })
        .await
        .map(Into::into)
    }
}
