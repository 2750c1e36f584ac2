//! Erasure of a person on request: the contact, every name and key, notes,
//! follow-ups, honors, seats, invitations, their member account with its
//! consents and queued messages; interactions with nobody else are deleted,
//! shared ones keep the others. Every trace of the person left in free
//! text — every name form in every script, their phones, e-mail and
//! handle — is blacked out wherever it stands: notes, follow-ups, other
//! contacts' notes, committee meetings, the text of messages sent (a
//! message still waiting is dropped, and a digest is written again
//! without them), the access log's scopes. An open dialogue that
//! mentions them is cleared and its officer told. The access log keeps
//! its rows, the person replaced by a pseudonym. On SQLite, deleted
//! bytes are overwritten (`secure_delete`) and the log checkpointed.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

use super::audit::{Actor, record};
use super::entity::{
    OutboxStatus, access_log, agreement, app_user, callback_token, committee_meeting, contact,
    contact_name, dialogue, event, follow_up, honor, interaction, interaction_contact, name_key,
    outbox, position, project, relation,
};
use super::outbox::NewMessage;
use super::{Result, Store};
use crate::domain::redact::Traces;
use crate::domain::{Error, Lang};

/// What an erasure did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Erased {
    /// What the access log says instead of the person.
    pub pseudonym: String,
    pub interactions_deleted: usize,
    pub interactions_redacted: usize,
    /// Texts elsewhere (notes, follow-ups, messages, the log's scopes)
    /// that named them and were blacked out.
    pub texts_blacked_out: usize,
    /// Messages still waiting that were about them, dropped.
    pub messages_dropped: usize,
    /// Open dialogues that mentioned them, cleared (their officer told).
    pub dialogues_cleared: usize,
}

/// The sentence an officer whose open dialogue was cleared receives, in
/// their language.
pub type Notice = fn(Lang) -> String;

impl Store {
    pub async fn erase_contact(
        &self,
        contact_id: i32,
        actor: Actor,
        notice: Notice,
    ) -> Result<Erased> {
        let now = self.clock.now();
        let erased = self
            .write(move |txn| {
                Box::pin(async move {
                    let Some(person) = contact::Entity::find_by_id(contact_id).one(txn).await?
                    else {
                        return Err(Error::ContactNotFound(contact_id.to_string()).into());
                    };
                    // A pseudonym nobody can turn back into the id without the time.
                    let digest =
                        Sha256::digest(format!("{}:{}", person.id, person.created_at.to_rfc3339()));
                    let pseudonym =
                        format!("erased-{}", &data_encoding::HEXLOWER.encode(&digest)[..12]);
                    let mut names: Vec<String> = contact_name::Entity::find()
                        .filter(contact_name::Column::ContactId.eq(contact_id))
                        .all(txn)
                        .await?
                        .into_iter()
                        .map(|n| n.value)
                        .filter(|v| !v.trim().is_empty())
                        .collect();
                    // The keys hold the readings too (金永男 → 김영남).
                    names.extend(
                        name_key::Entity::find()
                            .filter(name_key::Column::ContactId.eq(contact_id))
                            .all(txn)
                            .await?
                            .into_iter()
                            .map(|k| k.key),
                    );
                    // Every e-mail and phone they have, the further ones too.
                    let details = super::entity::contact_detail::Entity::find()
                        .filter(super::entity::contact_detail::Column::ContactId.eq(contact_id))
                        .all(txn)
                        .await?;
                    let phones: Vec<String> = person
                        .phone
                        .iter()
                        .cloned()
                        .chain(
                            details
                                .iter()
                                .filter(|d| d.kind == crate::domain::keys::DetailKind::Phone)
                                .map(|d| d.value.clone()),
                        )
                        .collect();
                    let handles: Vec<String> = [person.email.clone(), person.telegram.clone()]
                        .into_iter()
                        .flatten()
                        .chain(
                            details
                                .iter()
                                .filter(|d| d.kind == crate::domain::keys::DetailKind::Email)
                                .map(|d| d.value.clone()),
                        )
                        .collect();
                    let traces = Traces::of(&names, &phones, &handles);
                    let members: Vec<app_user::Model> = app_user::Entity::find()
                        .filter(app_user::Column::ContactId.eq(contact_id))
                        .all(txn)
                        .await?;

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
                        redacted += 1;
                    }

                    // Their member account: its consents, invitations, messages
                    // and conversation go too.
                    for member in &members {
                        outbox::Entity::delete_many()
                            .filter(outbox::Column::UserId.eq(member.id))
                            .exec(txn)
                            .await?;
                        if let Some(chat) = member.telegram_user_id {
                            dialogue::Entity::delete_by_id(chat).exec(txn).await?;
                        }
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
                                part.trim_start_matches(|c: char| c.is_ascii_alphabetic())
                                    == id_text
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

                    let texts = black_out_texts(txn, &traces).await?;
                    let (messages_dropped, messages_blacked) =
                        black_out_messages(txn, &traces).await?;
                    let dialogues_cleared =
                        clear_dialogues(txn, &traces, contact_id, notice, &pseudonym, now).await?;

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
                        let scope = traces.black_out(&row.scope).unwrap_or(row.scope.clone());
                        let scope = scope
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
                    // A search or a filter that named them, anywhere in the log.
                    let mut scopes_blacked = 0;
                    for row in access_log::Entity::find().all(txn).await? {
                        if let Some(scope) = traces.black_out(&row.scope) {
                            access_log::Entity::update_many()
                                .filter(access_log::Column::Id.eq(row.id))
                                .col_expr(access_log::Column::Scope, Expr::value(scope))
                                .exec(txn)
                                .await?;
                            scopes_blacked += 1;
                        }
                    }
                    Ok(Erased {
                        pseudonym,
                        interactions_deleted: deleted,
                        interactions_redacted: redacted,
                        texts_blacked_out: texts + messages_blacked + scopes_blacked,
                        messages_dropped,
                        dialogues_cleared,
                    })
                })
            })
            .await?;
        // No page image of what was deleted stays in SQLite's log.
        self.checkpoint().await?;
        Ok(erased)
    }
}

/// A stored text, blacked out when it holds a trace of the person.
trait Scrub {
    fn scrubbed(&self, traces: &Traces) -> Option<String>;
}

impl Scrub for String {
    fn scrubbed(&self, traces: &Traces) -> Option<String> {
        traces.black_out(self)
    }
}

impl Scrub for Option<String> {
    fn scrubbed(&self, traces: &Traces) -> Option<String> {
        self.as_deref().and_then(|text| traces.black_out(text))
    }
}

/// Blacks the person out of the named text columns of every row of a
/// table; counts the rows changed into `$changed`.
macro_rules! scrub_table {
    ($txn:expr, $traces:expr, $changed:ident, $module:ident, [$($column:ident: $field:ident),+ $(,)?]) => {
        for row in $module::Entity::find().all($txn).await? {
            let mut update = $module::Entity::update_many().filter($module::Column::Id.eq(row.id));
            let mut any = false;
            $(
                if let Some(text) = row.$field.scrubbed($traces) {
                    update = update.col_expr($module::Column::$column, Expr::value(text));
                    any = true;
                }
            )+
            if any {
                update.exec($txn).await?;
                $changed += 1;
            }
        }
    };
}

/// Blacks the person out of every free text that is not theirs: notes
/// of interactions and of other contacts, follow-ups, positions,
/// honours, committee seats and meetings, agreements, projects, events.
/// How many rows changed.
async fn black_out_texts(txn: &impl ConnectionTrait, traces: &Traces) -> Result<usize> {
    let mut changed = 0;
    scrub_table!(txn, traces, changed, interaction, [Note: note]);
    scrub_table!(txn, traces, changed, follow_up, [What: what]);
    scrub_table!(txn, traces, changed, contact, [Notes: notes]);
    scrub_table!(txn, traces, changed, position, [Title: title]);
    scrub_table!(txn, traces, changed, honor, [Note: note]);
    scrub_table!(
        txn,
        traces,
        changed,
        committee_meeting,
        [Agenda: agenda, Minutes: minutes]
    );
    scrub_table!(txn, traces, changed, agreement, [Note: note, Document: document]);
    scrub_table!(
        txn,
        traces,
        changed,
        project,
        [Title: title, TitleKo: title_ko, TitleZh: title_zh, Note: note]
    );
    scrub_table!(txn, traces, changed, relation, [Note: note]);
    scrub_table!(
        txn,
        traces,
        changed,
        event,
        [
            TitleKo: title_ko,
            TitleZh: title_zh,
            TitleEn: title_en,
            DescriptionKo: description_ko,
            DescriptionZh: description_zh,
            DescriptionEn: description_en,
            Address: address,
        ]
    );
    Ok(changed)
}

/// A message still waiting that names the person is dropped (a digest
/// is written again, without them, by the next pass of the scheduler);
/// the stored text of one sent, or given up on, is blacked out — the
/// fact that it was sent stays. (Dropped, blacked out.)
async fn black_out_messages(txn: &impl ConnectionTrait, traces: &Traces) -> Result<(usize, usize)> {
    let mut dropped = 0;
    let mut blacked = 0;
    for row in outbox::Entity::find().all(txn).await? {
        let text = traces.black_out(&row.text);
        let keyboard = row.keyboard.as_deref().and_then(|k| traces.black_out(k));
        if text.is_none() && keyboard.is_none() {
            continue;
        }
        if row.status == OutboxStatus::Pending {
            outbox::Entity::delete_by_id(row.id).exec(txn).await?;
            dropped += 1;
            continue;
        }
        outbox::Entity::update_many()
            .filter(outbox::Column::Id.eq(row.id))
            .col_expr(outbox::Column::Text, Expr::value(text.unwrap_or(row.text)))
            .col_expr(
                outbox::Column::Keyboard,
                Expr::value(keyboard.or(row.keyboard)),
            )
            .exec(txn)
            .await?;
        blacked += 1;
    }
    Ok((dropped, blacked))
}

/// Whether a dialogue's state points at the contact: a `contact_id` or
/// a list of `candidates` holding its id, at any depth.
fn points_at(state: &serde_json::Value, contact_id: i32) -> bool {
    let is_id = |v: &serde_json::Value| v.as_i64() == Some(i64::from(contact_id));
    match state {
        serde_json::Value::Object(fields) => fields.iter().any(|(key, value)| {
            let about_contacts = key.contains("contact") || key == "candidates";
            (about_contacts
                && (is_id(value) || value.as_array().is_some_and(|ids| ids.iter().any(is_id))))
                || points_at(value, contact_id)
        }),
        serde_json::Value::Array(items) => items.iter().any(|item| points_at(item, contact_id)),
        _ => false,
    }
}

/// Clears every open dialogue that mentions the person (by id, or in
/// what was typed) and queues the sentence `notice` to its officer.
async fn clear_dialogues(
    txn: &impl ConnectionTrait,
    traces: &Traces,
    contact_id: i32,
    notice: Notice,
    pseudonym: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<usize> {
    let mut cleared = 0;
    for row in dialogue::Entity::find().all(txn).await? {
        let mentions = traces.black_out(&row.state).is_some()
            || serde_json::from_str::<serde_json::Value>(&row.state)
                .is_ok_and(|state| points_at(&state, contact_id));
        if !mentions {
            continue;
        }
        dialogue::Entity::delete_by_id(row.chat_id)
            .exec(txn)
            .await?;
        cleared += 1;
        let officer = app_user::Entity::find()
            .filter(app_user::Column::TelegramUserId.eq(row.chat_id))
            .one(txn)
            .await?;
        if let Some(officer) = officer {
            super::outbox::enqueue(
                txn,
                NewMessage {
                    user_id: officer.id,
                    chat_id: row.chat_id,
                    kind: "erase-notice",
                    dedupe_key: format!("erase-notice:{}:{pseudonym}", row.chat_id),
                    text: notice(officer.lang),
                    keyboard: None,
                    not_before: now,
                    about: Vec::new(),
                },
                now,
            )
            .await?;
        }
    }
    Ok(cleared)
}
