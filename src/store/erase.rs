//! Erasure of a person on request: the contact, every name and key, notes,
//! follow-ups, honors, seats, invitations, their member account with its
//! consents and queued messages; interactions with nobody else are deleted,
//! shared ones keep the others with this person's names blacked out. The
//! access log keeps its rows, the person replaced by a pseudonym.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

use super::audit::{Actor, record};
use super::entity::{
    access_log, app_user, callback_token, contact, contact_name, follow_up, interaction,
    interaction_contact, outbox,
};
use super::{Result, Store};
use crate::domain::Error;

/// What an erasure did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erased {
    /// What the access log says instead of the person.
    pub pseudonym: String,
    pub interactions_deleted: usize,
    pub interactions_redacted: usize,
}

const BLACKED_OUT: &str = "▇▇▇";

impl Store {
    pub async fn erase_contact(&self, contact_id: i32, actor: Actor) -> Result<Erased> {
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let Some(person) = contact::Entity::find_by_id(contact_id).one(txn).await? else {
                    return Err(Error::ContactNotFound(contact_id.to_string()).into());
                };
                // A pseudonym nobody can turn back into the id without the time.
                let digest =
                    Sha256::digest(format!("{}:{}", person.id, person.created_at.to_rfc3339()));
                let pseudonym =
                    format!("erased-{}", &data_encoding::HEXLOWER.encode(&digest)[..12]);
                let names: Vec<String> = contact_name::Entity::find()
                    .filter(contact_name::Column::ContactId.eq(contact_id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|n| n.value)
                    .filter(|v| !v.trim().is_empty())
                    .collect();

                // Interactions: theirs alone go; shared ones lose them.
                let links: Vec<i32> = interaction_contact::Entity::find()
                    .filter(interaction_contact::Column::ContactId.eq(contact_id))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|l| l.interaction_id)
                    .collect();
                let mut deleted = 0;
                let mut redacted = 0;
                for interaction_id in links {
                    let others = interaction_contact::Entity::find()
                        .filter(interaction_contact::Column::InteractionId.eq(interaction_id))
                        .filter(interaction_contact::Column::ContactId.ne(contact_id))
                        .all(txn)
                        .await?;
                    if others.is_empty() {
                        interaction::Entity::delete_by_id(interaction_id)
                            .exec(txn)
                            .await?;
                        deleted += 1;
                        continue;
                    }
                    interaction_contact::Entity::delete_many()
                        .filter(interaction_contact::Column::InteractionId.eq(interaction_id))
                        .filter(interaction_contact::Column::ContactId.eq(contact_id))
                        .exec(txn)
                        .await?;
                    if let Some(record) = interaction::Entity::find_by_id(interaction_id)
                        .one(txn)
                        .await?
                        && let Some(note) = &record.note
                    {
                        let mut cleaned = note.clone();
                        for name in &names {
                            cleaned = cleaned.replace(name.as_str(), BLACKED_OUT);
                        }
                        if cleaned != *note {
                            interaction::Entity::update_many()
                                .filter(interaction::Column::Id.eq(interaction_id))
                                .col_expr(interaction::Column::Note, Expr::value(cleaned))
                                .exec(txn)
                                .await?;
                        }
                    }
                    // Follow-ups promised in that meeting may name them too.
                    for follow in follow_up::Entity::find()
                        .filter(follow_up::Column::InteractionId.eq(interaction_id))
                        .all(txn)
                        .await?
                    {
                        let mut cleaned = follow.what.clone();
                        for name in &names {
                            cleaned = cleaned.replace(name.as_str(), BLACKED_OUT);
                        }
                        if cleaned != follow.what {
                            follow_up::Entity::update_many()
                                .filter(follow_up::Column::Id.eq(follow.id))
                                .col_expr(follow_up::Column::What, Expr::value(cleaned))
                                .exec(txn)
                                .await?;
                        }
                    }
                    redacted += 1;
                }

                // Their member account: its consents, invitations and messages go too.
                for member in app_user::Entity::find()
                    .filter(app_user::Column::ContactId.eq(contact_id))
                    .all(txn)
                    .await?
                {
                    outbox::Entity::delete_many()
                        .filter(outbox::Column::UserId.eq(member.id))
                        .exec(txn)
                        .await?;
                    app_user::Entity::delete_by_id(member.id).exec(txn).await?;
                }
                // Names, keys, categories, interests, positions, follow-ups,
                // honors, seats and invitations go with the contact (cascades).
                contact::Entity::delete_by_id(contact_id).exec(txn).await?;

                // Buttons still out there that point at them stop working.
                let id_text = contact_id.to_string();
                let stale: Vec<String> = callback_token::Entity::find()
                    .all(txn)
                    .await?
                    .into_iter()
                    .filter(|row| {
                        row.data.split(':').any(|part| {
                            part.trim_start_matches(|c: char| c.is_ascii_alphabetic()) == id_text
                        })
                    })
                    .map(|row| row.token_hash)
                    .collect();
                for chunk in stale.chunks(500) {
                    callback_token::Entity::delete_many()
                        .filter(callback_token::Column::TokenHash.is_in(chunk.to_vec()))
                        .exec(txn)
                        .await?;
                }

                // The access log keeps its rows, the person pseudonymised.
                for row in access_log::Entity::find().all(txn).await? {
                    let Ok(ids) = serde_json::from_str::<Vec<serde_json::Value>>(&row.subjects)
                    else {
                        continue;
                    };
                    let mentions = ids
                        .iter()
                        .any(|v| v.as_i64() == Some(i64::from(contact_id)));
                    let scope_key = format!("contact:{contact_id}");
                    let in_scope = row.scope.split_whitespace().any(|part| part == scope_key);
                    if !mentions && !in_scope {
                        continue;
                    }
                    let subjects: Vec<serde_json::Value> = ids
                        .into_iter()
                        .map(|v| {
                            if v.as_i64() == Some(i64::from(contact_id)) {
                                serde_json::Value::String(pseudonym.clone())
                            } else {
                                v
                            }
                        })
                        .collect();
                    let scope = row
                        .scope
                        .split_whitespace()
                        .map(|part| {
                            if part == scope_key {
                                format!("contact:{pseudonym}")
                            } else {
                                part.to_owned()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ");
                    access_log::Entity::update_many()
                        .filter(access_log::Column::Id.eq(row.id))
                        .col_expr(
                            access_log::Column::Subjects,
                            Expr::value(serde_json::to_string(&subjects).unwrap_or_default()),
                        )
                        .col_expr(access_log::Column::Scope, Expr::value(scope))
                        .exec(txn)
                        .await?;
                }
                record(
                    txn,
                    now,
                    actor,
                    "erase",
                    &format!("contact:{pseudonym}"),
                    &[],
                )
                .await?;
                Ok(Erased {
                    pseudonym,
                    interactions_deleted: deleted,
                    interactions_redacted: redacted,
                })
            })
        })
        .await
    }
}
