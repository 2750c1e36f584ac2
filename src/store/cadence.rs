//! Keep-in-touch clocks: each category's default cadence, a contact's
//! effective cadence and the due date kept in step with it. One rule for
//! a category's cadence: its stored days, or the global default.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
};

use super::entity::{category_cadence, contact, contact_category};
use super::{Result, Store};
use crate::domain::cadence::{self, Cadence};
use crate::domain::keys::Category;

/// A category's cadence: the days stored for it, or the global default.
fn stored_cadence(days: Option<i32>) -> Cadence {
    days.and_then(|days| Cadence::from_days(days.into()))
        .unwrap_or_default()
}

/// The default cadence of every category, read through `conn`.
pub(crate) async fn category_cadences_in(
    conn: &impl ConnectionTrait,
) -> Result<Vec<(Category, Cadence)>> {
    let rows = category_cadence::Entity::find().all(conn).await?;
    Ok(Category::ALL
        .iter()
        .map(|category| {
            let days = rows
                .iter()
                .find(|row| row.category == *category)
                .map(|row| row.days);
            (*category, stored_cadence(days))
        })
        .collect())
}

/// Recomputes the due date of `contact_ids` from their latest interaction
/// and effective cadence. Runs inside the caller's transaction.
pub(crate) async fn refresh_due(conn: &impl ConnectionTrait, contact_ids: &[i32]) -> Result<()> {
    if contact_ids.is_empty() {
        return Ok(());
    }
    let defaults = category_cadences_in(conn).await?;
    let contacts = contact::Entity::find()
        .filter(contact::Column::Id.is_in(contact_ids.to_vec()))
        .all(conn)
        .await?;
    let categories = categories_of(conn, contact_ids).await?;
    for contact in contacts {
        let due_at = due_at_of(&contact, categories.get(&contact.id), &defaults);
        if due_at != contact.due_at {
            contact::Entity::update_many()
                .col_expr(
                    contact::Column::DueAt,
                    sea_orm::sea_query::Expr::value(due_at),
                )
                .filter(contact::Column::Id.eq(contact.id))
                .exec(conn)
                .await?;
        }
    }
    Ok(())
}

/// When `contact` is next due, from its latest interaction (or creation),
/// its cadence and any snooze.
pub(crate) fn due_at_of(
    contact: &contact::Model,
    categories: Option<&Vec<Category>>,
    defaults: &[(Category, Cadence)],
) -> DateTime<Utc> {
    let cadence = effective_cadence(contact, categories, defaults);
    cadence::due_at(
        cadence::baseline(contact.last_interaction_at, contact.created_at),
        cadence,
    )
    .max(contact.snoozed_until.unwrap_or_default())
}

pub(crate) fn effective_cadence(
    contact: &contact::Model,
    categories: Option<&Vec<Category>>,
    defaults: &[(Category, Cadence)],
) -> Cadence {
    let own = contact
        .cadence_days
        .and_then(|days| Cadence::from_days(days.into()));
    let categories = categories.map(Vec::as_slice).unwrap_or_default();
    cadence::effective_cadence(
        own,
        defaults
            .iter()
            .copied()
            .filter(|(category, _)| categories.contains(category)),
    )
}

/// The categories of `contact_ids` and the cadence of each category they
/// have, in one query (what a due date needs).
pub(crate) async fn categories_and_cadences(
    conn: &impl ConnectionTrait,
    contact_ids: &[i32],
) -> Result<(HashMap<i32, Vec<Category>>, Vec<(Category, Cadence)>)> {
    let backend = conn.get_database_backend();
    let placeholders: Vec<String> = (1..=contact_ids.len())
        .map(|n| match backend {
            sea_orm::DbBackend::Postgres => format!("${n}"),
            _ => "?".to_owned(),
        })
        .collect();
    let sql = format!(
        "SELECT cc.contact_id, cc.category, cad.days FROM contact_category cc \
         LEFT JOIN category_cadence cad ON cad.category = cc.category \
         WHERE cc.contact_id IN ({})",
        placeholders.join(", ")
    );
    let rows = conn
        .query_all_raw(sea_orm::Statement::from_sql_and_values(
            backend,
            sql,
            contact_ids.iter().map(|id| sea_orm::Value::from(*id)),
        ))
        .await?;
    let mut categories: HashMap<i32, Vec<Category>> = HashMap::new();
    let mut cadences: Vec<(Category, Cadence)> = Vec::new();
    for row in rows {
        let contact_id: i32 = row.try_get_by_index(0)?;
        let key: String = row.try_get_by_index(1)?;
        let days: Option<i32> = row.try_get_by_index(2)?;
        let Ok(category) = Category::parse(&key) else {
            continue;
        };
        categories.entry(contact_id).or_default().push(category);
        if !cadences.iter().any(|(c, _)| *c == category) {
            cadences.push((category, stored_cadence(days)));
        }
    }
    for list in categories.values_mut() {
        list.sort();
    }
    Ok((categories, cadences))
}

pub(crate) async fn categories_of(
    conn: &impl ConnectionTrait,
    contact_ids: &[i32],
) -> Result<HashMap<i32, Vec<Category>>> {
    let rows = contact_category::Entity::find()
        .filter(contact_category::Column::ContactId.is_in(contact_ids.to_vec()))
        .all(conn)
        .await?;
    Ok(group_categories(rows))
}

/// Category rows by contact, each contact's sorted.
pub(crate) fn group_categories(rows: Vec<contact_category::Model>) -> HashMap<i32, Vec<Category>> {
    let mut map: HashMap<i32, Vec<Category>> = HashMap::new();
    for row in rows {
        map.entry(row.contact_id).or_default().push(row.category);
    }
    for categories in map.values_mut() {
        categories.sort();
    }
    map
}

impl Store {
    /// The default cadence of every category (the seeded value, or the
    /// global default where a row is missing).
    pub async fn category_cadences(&self) -> Result<Vec<(Category, Cadence)>> {
        category_cadences_in(&self.db).await
    }

    /// Sets the default cadence of a category and moves the due date of
    /// every contact in it.
    pub async fn set_category_cadence(&self, category: Category, cadence: Cadence) -> Result<()> {
        let store = self.clone();
        self.write(move |txn| {
            let store = store.clone();
            Box::pin(async move {
                category_cadence::Entity::insert(category_cadence::ActiveModel {
                    category: Set(category),
                    days: Set(cadence.days().into()),
                })
                .on_conflict(
                    OnConflict::column(category_cadence::Column::Category)
                        .update_column(category_cadence::Column::Days)
                        .to_owned(),
                )
                .exec_without_returning(txn)
                .await?;
                let contact_ids: Vec<i32> = contact_category::Entity::find()
                    .select_only()
                    .column(contact_category::Column::ContactId)
                    .filter(contact_category::Column::Category.eq(category.key()))
                    .into_tuple()
                    .all(txn)
                    .await?;
                refresh_due(txn, &contact_ids).await?;
                super::audit::changed(
                    txn,
                    store.clock.now(),
                    "cadence",
                    &format!("category:{}:{}", category.key(), cadence.days()),
                    &[],
                )
                .await?;
                Ok(())
            })
        })
        .await
    }
}
