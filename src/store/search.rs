//! Finding contacts by any name form in any script, through `name_key`:
//! exact keys first, then keys starting with the query (a range on the
//! index), then — for Latin queries of five letters or more — keys one
//! edit away among the few sharing its first two letters, and for Hangul
//! names keys one jamo away among those sharing the first syllable.

use std::collections::HashMap;

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::bundle::Bundle;
use super::entity::{contact_name, meta, name_key};
use super::records::{Organization, Place};
use super::{Result, Store, insert_rows, sorted_unique};
use crate::domain::Lang;

/// The longest search query, in characters: a name with its variants, not
/// a page of text (which would only fill the access log).
pub const MAX_QUERY: usize = 200;

/// A search's first statement: names with one of its keys, and names
/// starting with its prefix key.
#[derive(serde::Deserialize)]
struct Found {
    hits: Vec<name_key::Model>,
    #[serde(default)]
    prefixed: Vec<name_key::Model>,
}
use crate::domain::namekeys::{KeyKind, name_keys, prefix_key, query_keys, within_one_edit};
use crate::domain::names::{PersonName, display_name};

/// Bump when `domain::namekeys` changes what keys a name gets: every
/// database rebuilds its keys on the next start.
pub const NAME_KEYS_VERSION: &str = "2";

/// How well a contact matched a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchRank {
    /// The name as written (simplified and traditional folded).
    Written,
    /// Another script or spelling of the name.
    Exact,
    Prefix,
    Fuzzy,
}

/// Which tiers a search goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tiers {
    All,
    /// Prefix and fuzzy matches only when nothing matched whole.
    UntilExact,
}

/// Fuzzy matching looks at no more candidate keys than this.
const FUZZY_CANDIDATES: u64 = 2_000;

/// The smallest string greater than every string starting with `prefix`.
pub(crate) fn prefix_upper_bound(prefix: &str) -> String {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        if let Some(next) = char::from_u32(u32::from(last) + 1) {
            chars.push(next);
            return chars.into_iter().collect();
        }
    }
    String::from(char::MAX)
}

/// The key rows of the given names (name id, contact id, written name):
/// each key once per contact (a Hangul name and its Hanzi form share most).
pub(crate) fn key_rows(names: &[(i32, i32, String)]) -> Vec<name_key::ActiveModel> {
    let mut all: Vec<(KeyKind, i32, i32, String)> = names
        .iter()
        .flat_map(|(name_id, contact_id, value)| {
            name_keys(value)
                .into_iter()
                .map(move |(kind, key)| (kind, *contact_id, *name_id, key))
        })
        .collect();
    // A key written as someone's name keeps that kind (search ranks it first).
    all.sort_by_key(|(kind, ..)| *kind);
    let mut seen: std::collections::HashSet<(i32, String)> = std::collections::HashSet::new();
    all.into_iter()
        .filter(|(_, contact_id, _, key)| seen.insert((*contact_id, key.clone())))
        .map(|(kind, contact_id, name_id, key)| name_key::ActiveModel {
            contact_id: Set(contact_id),
            name_id: Set(name_id),
            kind: Set(kind.key().to_owned()),
            key: Set(key),
            ..Default::default()
        })
        .collect()
}

/// (Re)writes the keys of every name of `contact_ids`.
pub(crate) async fn index_contacts(conn: &impl ConnectionTrait, contact_ids: &[i32]) -> Result<()> {
    name_key::Entity::delete_many()
        .filter(name_key::Column::ContactId.is_in(contact_ids.to_vec()))
        .exec(conn)
        .await?;
    let names: Vec<(i32, i32, String)> = contact_name::Entity::find()
        .filter(contact_name::Column::ContactId.is_in(contact_ids.to_vec()))
        .all(conn)
        .await?
        .into_iter()
        .map(|n| (n.id, n.contact_id, n.value))
        .collect();
    insert_rows(conn, key_rows(&names)).await
}

/// A contact found by name.
#[derive(Debug, Clone)]
pub struct ContactMatch {
    pub id: i32,
    pub names: Vec<PersonName>,
    /// A key of a name form equals a key of the query.
    pub exact: bool,
    pub rank: super::search::MatchRank,
}

impl ContactMatch {
    pub fn label(&self, lang: Lang) -> String {
        display_name(&self.names, lang)
            .map(|n| n.value.clone())
            .unwrap_or_else(|| format!("#{}", self.id))
    }

    /// Every name form, for telling namesakes apart.
    pub fn all_names(&self) -> String {
        self.names
            .iter()
            .map(|n| n.value.as_str())
            .collect::<Vec<_>>()
            .join(" / ")
    }
}

pub(crate) fn name_row(contact_id: i32, name: &PersonName) -> contact_name::ActiveModel {
    contact_name::ActiveModel {
        contact_id: Set(contact_id),
        form: Set(name.form),
        value: Set(name.value.clone()),
        family_name_first: Set(name.family_name_first),
        search_key: Set(name.search_key()),
        ..Default::default()
    }
}

pub(crate) fn person_name(row: &contact_name::Model) -> PersonName {
    PersonName {
        form: row.form,
        value: row.value.clone(),
        family_name_first: row.family_name_first,
    }
}

pub(crate) async fn names_of(
    conn: &impl ConnectionTrait,
    contact_ids: &[i32],
) -> Result<HashMap<i32, Vec<PersonName>>> {
    if contact_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = contact_name::Entity::find()
        .filter(contact_name::Column::ContactId.is_in(contact_ids.to_vec()))
        .all(conn)
        .await?;
    Ok(group_names(rows))
}

/// Name rows by contact, each contact's in the order they were added.
pub(crate) fn group_names(mut rows: Vec<contact_name::Model>) -> HashMap<i32, Vec<PersonName>> {
    rows.sort_by_key(|row| row.id);
    let mut map: HashMap<i32, Vec<PersonName>> = HashMap::new();
    for row in rows {
        map.entry(row.contact_id)
            .or_default()
            .push(person_name(&row));
    }
    map
}

impl Store {
    /// Rebuilds every name key when the key functions changed since they
    /// were written (or never were).
    pub(crate) async fn ensure_name_keys(&self) -> Result<()> {
        let current = meta::Entity::find_by_id("name_keys_version")
            .one(&self.db)
            .await?
            .map(|m| m.value);
        if current.as_deref() == Some(NAME_KEYS_VERSION) {
            return Ok(());
        }
        self.rebuild_name_keys().await
    }

    /// Derives the keys of every name again, in one transaction.
    pub async fn rebuild_name_keys(&self) -> Result<()> {
        self.write(move |txn| Box::pin(rebuild_name_keys_in(txn)))
            .await?;
        self.analyze_after_bulk_load().await
    }

    /// Refreshes PostgreSQL's planner statistics after a bulk load, so the
    /// first searches use the key index rather than scanning (SQLite plans
    /// by the index without statistics).
    pub(crate) async fn analyze_after_bulk_load(&self) -> Result<()> {
        if self.backend() == sea_orm::DbBackend::Postgres {
            self.db
                .execute_unprepared("ANALYZE name_key, contact_name, contact")
                .await?;
        }
        Ok(())
    }

    /// Contacts whose names match `query` (at most [`MAX_QUERY`] characters)
    /// in any script, best first, at most `limit`.
    pub async fn find_contacts(&self, query: &str, limit: usize) -> Result<Vec<ContactMatch>> {
        self.search_contacts(query, limit, Tiers::All).await
    }

    /// Like [`Store::find_contacts`], but names merely starting with the
    /// query are looked for only when no name matches it whole: for picking
    /// the one person meant (`/log NAME`), where those would not be taken.
    pub async fn find_contacts_named(
        &self,
        query: &str,
        limit: usize,
    ) -> Result<Vec<ContactMatch>> {
        self.search_contacts(query, limit, Tiers::UntilExact).await
    }

    async fn search_contacts(
        &self,
        query: &str,
        limit: usize,
        tiers: Tiers,
    ) -> Result<Vec<ContactMatch>> {
        // A name, not a page of text: a longer line names nobody (the
        // bot's `/log` offers to create the contact, as for any unknown
        // name); the console and the API refuse it before searching.
        if query.trim().chars().count() > MAX_QUERY {
            return Ok(Vec::new());
        }
        let keys = query_keys(query);
        if keys.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let mut ranked: Vec<(i32, MatchRank)> = Vec::new();
        let add = |ids: Vec<i32>, rank: MatchRank, ranked: &mut Vec<(i32, MatchRank)>| {
            for id in ids {
                if !ranked.iter().any(|(seen, _)| *seen == id) {
                    ranked.push((id, rank));
                }
            }
        };
        let take = u64::try_from(limit * 8).unwrap_or(u64::MAX);
        let written_keys: Vec<String> = name_keys(query)
            .into_iter()
            .filter(|(kind, _)| matches!(kind, KeyKind::Written | KeyKind::Simplified))
            .map(|(_, key)| key)
            .collect();
        let mut wanted = keys.clone();
        wanted.extend(written_keys.iter().cloned());
        // The name as written and in every other form, and the names that
        // start with it, in one statement (the limits written out: SQLite
        // prepares a statement again whenever a value bound to its LIMIT
        // changes).
        let prefix = prefix_key(query);
        let mut values: Vec<sea_orm::Value> = Vec::new();
        let mut bind = |value: String| {
            values.push(value.into());
            format!("${}", values.len())
        };
        let wanted: Vec<String> = sorted_unique(&wanted).into_iter().map(&mut bind).collect();
        // Under the limit, names as written first ("written" and
        // "simplified" sort after the other kinds).
        let mut bundle = Bundle::new(self.backend()).rows::<name_key::Entity>(
            "hits",
            &format!(
                "key IN ({}) ORDER BY kind DESC, contact_id LIMIT {}",
                wanted.join(", "),
                take.saturating_mul(2)
            ),
        );
        if !prefix.is_empty() {
            let (low, high) = (bind(prefix.clone()), bind(prefix_upper_bound(&prefix)));
            bundle = bundle.rows::<name_key::Entity>(
                "prefixed",
                &format!("key >= {low} AND key < {high} ORDER BY key, id LIMIT {take}"),
            );
        }
        let found: Found = bundle.read(&self.db, values).await?;
        let hits: Vec<(i32, String, String)> = found
            .hits
            .into_iter()
            .map(|row| (row.contact_id, row.kind, row.key))
            .collect();
        let written_kinds = [KeyKind::Written.key(), KeyKind::Simplified.key()];
        let ids_where = |keep: &dyn Fn(&str, &String) -> bool| {
            let ids: Vec<i32> = hits
                .iter()
                .filter(|(_, kind, key)| keep(kind, key))
                .map(|(id, _, _)| *id)
                .collect();
            sorted_unique(&ids)
        };
        let written =
            ids_where(&|kind, key| written_kinds.contains(&kind) && written_keys.contains(key));
        add(written, MatchRank::Written, &mut ranked);
        add(
            ids_where(&|_, key| keys.contains(key)),
            MatchRank::Exact,
            &mut ranked,
        );
        let whole_names_only = tiers == Tiers::UntilExact && !ranked.is_empty();
        if ranked.len() < limit && !whole_names_only {
            let mut prefixed = found.prefixed;
            prefixed.sort_by(|a, b| a.key.cmp(&b.key).then(a.id.cmp(&b.id)));
            let ids = prefixed.into_iter().map(|row| row.contact_id).collect();
            add(ids, MatchRank::Prefix, &mut ranked);
        }
        let latin = prefix.chars().count() >= 5 && prefix.chars().all(|c| c.is_ascii_lowercase());
        if ranked.is_empty() && latin {
            let head: String = prefix.chars().take(2).collect();
            let candidates: Vec<(i32, String)> = name_key::Entity::find()
                .select_only()
                .column(name_key::Column::ContactId)
                .column(name_key::Column::Key)
                .filter(
                    name_key::Column::Kind.is_in([KeyKind::Latin.key(), KeyKind::Written.key()]),
                )
                .filter(name_key::Column::Key.gte(head.clone()))
                .filter(name_key::Column::Key.lt(prefix_upper_bound(&head)))
                .limit(FUZZY_CANDIDATES)
                .into_tuple()
                .all(&self.db)
                .await?;
            let ids = candidates
                .into_iter()
                .filter(|(_, key)| within_one_edit(key, &prefix))
                .map(|(id, _)| id)
                .collect();
            add(ids, MatchRank::Fuzzy, &mut ranked);
        }
        // A Hangul name one jamo off (김영난 for 김영남), among the names
        // sharing its first syllable.
        let hangul_name =
            prefix.chars().count() >= 2 && prefix.chars().all(crate::domain::hangul::is_syllable);
        if ranked.is_empty() && hangul_name {
            let head: String = prefix.chars().take(1).collect();
            let candidates: Vec<(i32, String)> = name_key::Entity::find()
                .select_only()
                .column(name_key::Column::ContactId)
                .column(name_key::Column::Key)
                .filter(
                    name_key::Column::Kind
                        .is_in([KeyKind::Written.key(), KeyKind::HanjaReading.key()]),
                )
                .filter(name_key::Column::Key.gte(head.clone()))
                .filter(name_key::Column::Key.lt(prefix_upper_bound(&head)))
                .limit(FUZZY_CANDIDATES)
                .into_tuple()
                .all(&self.db)
                .await?;
            let wanted = crate::domain::hangul::decompose(&prefix);
            let ids: Vec<i32> = candidates
                .into_iter()
                .filter(|(_, key)| within_one_edit(&crate::domain::hangul::decompose(key), &wanted))
                .map(|(id, _)| id)
                .collect();
            add(sorted_unique(&ids), MatchRank::Fuzzy, &mut ranked);
        }
        ranked.truncate(limit);
        let ids: Vec<i32> = ranked.iter().map(|(id, _)| *id).collect();
        let mut names: HashMap<i32, _> = names_of(&self.db, &ids).await?;
        Ok(ranked
            .into_iter()
            .map(|(id, rank)| ContactMatch {
                id,
                names: names.remove(&id).unwrap_or_default(),
                exact: rank <= MatchRank::Exact,
                rank,
            })
            .collect())
    }

    /// Places whose names match `query` in any script (a key or any name,
    /// with or without 省/市/성/시; traditional characters folded).
    pub async fn search_places(&self, query: &str) -> Result<Vec<Place>> {
        let folded = crate::domain::hanzi::simplify(query);
        let mut found = Vec::new();
        for candidate in [query, folded.as_str()] {
            if let Ok(place) = self.resolve_place(candidate).await
                && !found.iter().any(|p: &Place| p.id == place.id)
            {
                found.push(place);
            }
        }
        Ok(super::records::records(found))
    }

    /// Organizations whose names (in any of their languages) share a key
    /// with `query` or start with it. The organizations table is small
    /// reference data: read whole.
    pub async fn search_organizations(
        &self,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Organization>> {
        let keys: std::collections::HashSet<String> = query_keys(query).into_iter().collect();
        let prefix = prefix_key(query);
        let mut ranked: Vec<(MatchRank, super::entity::organization::Model)> = Vec::new();
        for org in super::entity::organization::Entity::find()
            .all(&self.db)
            .await?
        {
            let names = [&org.name_ko, &org.name_zh, &org.name_en];
            let org_keys: Vec<String> = names
                .into_iter()
                .flatten()
                .flat_map(|n| name_keys(n).into_iter().map(|(_, k)| k))
                .collect();
            let rank = if org_keys.iter().any(|k| keys.contains(k)) {
                // Organizations are ranked exact or prefix only.
                Some(MatchRank::Exact)
            } else if !prefix.is_empty() && org_keys.iter().any(|k| k.starts_with(&prefix)) {
                Some(MatchRank::Prefix)
            } else {
                None
            };
            if let Some(rank) = rank {
                ranked.push((rank, org));
            }
        }
        ranked.sort_by_key(|(rank, org)| (*rank, org.id));
        Ok(ranked
            .into_iter()
            .take(limit)
            .map(|(_, org)| org.into())
            .collect())
    }

    /// The contacts having each of `keys` (exact key matches, any kind but
    /// initials), looked up a few hundred keys per query.
    pub async fn contacts_by_keys(&self, keys: &[String]) -> Result<HashMap<String, Vec<i32>>> {
        let mut found: HashMap<String, Vec<i32>> = HashMap::new();
        for chunk in keys.chunks(500) {
            let rows: Vec<(String, i32)> = name_key::Entity::find()
                .select_only()
                .column(name_key::Column::Key)
                .column(name_key::Column::ContactId)
                .filter(name_key::Column::Key.is_in(chunk.to_vec()))
                .filter(name_key::Column::Kind.ne(KeyKind::Initials.key()))
                .into_tuple()
                .all(&self.db)
                .await?;
            for (key, id) in rows {
                let ids = found.entry(key).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        Ok(found)
    }

    /// How many name keys the store holds (for reports and benchmarks).
    pub async fn name_key_count(&self) -> Result<u64> {
        use sea_orm::PaginatorTrait;
        Ok(name_key::Entity::find().count(&self.db).await?)
    }
}

/// Derives the keys of every name again, in the caller's transaction.
pub(crate) async fn rebuild_name_keys_in(txn: &impl ConnectionTrait) -> Result<()> {
    super::prefer_index_scans(txn).await?;
    name_key::Entity::delete_many().exec(txn).await?;
    let mut after = 0;
    loop {
        let batch: Vec<(i32, i32, String)> = contact_name::Entity::find()
            .filter(contact_name::Column::Id.gt(after))
            .order_by_asc(contact_name::Column::Id)
            .limit(5_000)
            .all(txn)
            .await?
            .into_iter()
            .map(|n| (n.id, n.contact_id, n.value))
            .collect();
        let Some(last) = batch.last() else { break };
        after = last.0;
        insert_rows(txn, key_rows(&batch)).await?;
    }
    super::reference::set_meta(txn, "name_keys_version", NAME_KEYS_VERSION).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_shared_by_two_forms_of_a_name_is_stored_once_as_written() {
        let names = [
            (1, 7, "김영남".to_owned()),
            (2, 7, "金永男".to_owned()),
            (3, 7, "Jin Yongnan".to_owned()),
        ];
        let rows = key_rows(&names);
        let separately: usize = names.iter().map(|(_, _, n)| name_keys(n).len()).sum();
        assert!(rows.len() < separately, "{} of {separately}", rows.len());
        let written = rows.iter().find(|r| r.key.as_ref() == "김영남").unwrap();
        assert_eq!(written.kind.as_ref(), "written");
        assert_eq!(written.name_id.as_ref(), &1);
    }
}
