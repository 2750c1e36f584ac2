//! What the console and the API read on every request — the session behind
//! a cookie, the user behind a token, the small reference tables a card
//! names (places, users, the categories' cadences) — kept in memory while
//! nothing has changed.
//!
//! Every unit of work that changes something moves one number on (on
//! SQLite `change_mark.generation`, in the batch's own transaction; on
//! PostgreSQL the sequence `change_mark_seq`, right after the commit; see
//! `writer::Mark`). A reader reads
//! that number first (one primary-key read) and uses what is kept only when
//! it was kept at the same number; a newer number empties the cache. A
//! change made here empties it before its caller is answered; a change made
//! by another process (the CLI disabling a user, another `serve` behind the
//! webhook) is seen by the next request that reads the number.
//!
//! What is kept was read *after* the number it is kept under, so it is never
//! older than that number says.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use sea_orm::{ConnectionTrait, Statement};

use super::entity::{api_token, app_user, place, web_session};
use super::{Result, Store};
use crate::domain::cadence::Cadence;
use crate::domain::keys::Category;

/// At most this many sessions or tokens are kept (then the cache starts
/// again: a few reads each).
const MAX_KEYS: usize = 10_000;

/// A small table read whole, by id.
type Table<M> = Arc<HashMap<i32, M>>;

/// The mark of a database without one: nothing is kept for it.
pub(crate) const UNKNOWN: i64 = i64::MIN;

/// What is kept, and the number it was kept at.
#[derive(Debug, Default)]
pub(crate) struct Kept {
    state: Mutex<State>,
}

#[derive(Debug, Default)]
pub(crate) struct State {
    /// The change mark the rest was read at; `None`: unknown (a change was
    /// just made here), so the next number read is taken.
    generation: Option<i64>,
    pub sessions: HashMap<String, web_session::Model>,
    pub tokens: HashMap<String, api_token::Model>,
    /// Every user (an office's few), by id.
    pub users: Option<Table<app_user::Model>>,
    pub places: Option<Table<place::Model>>,
    pub cadences: Option<Arc<Vec<(Category, Cadence)>>>,
}

impl State {
    fn clear(&mut self) {
        *self = Self::default();
    }
}

/// The cache as of one change mark: readable and fillable only while the
/// mark is still the newest seen here.
pub(crate) struct View<'a> {
    guard: Option<MutexGuard<'a, State>>,
}

impl View<'_> {
    /// What is kept, when it may be used.
    pub fn get<T>(mut self, read: impl FnOnce(&mut State) -> Option<T>) -> Option<T> {
        self.guard.as_deref_mut().and_then(read)
    }

    /// Keeps something read after the mark (nothing when the cache has
    /// moved on to a newer mark meanwhile).
    pub fn put(&mut self, write: impl FnOnce(&mut State)) {
        if let Some(state) = self.guard.as_deref_mut() {
            if state.sessions.len() > MAX_KEYS {
                state.sessions.clear();
            }
            if state.tokens.len() > MAX_KEYS {
                state.tokens.clear();
            }
            write(state);
        }
    }
}

impl Kept {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Forgets everything: a change was just committed here.
    pub(crate) fn forget(&self) {
        self.lock().clear();
    }

    /// The cache as of mark `generation` (just read): emptied when it was
    /// kept at an older one; not usable by a reader whose mark is older
    /// than what is kept (it reads the database).
    pub(crate) fn at(&self, generation: i64) -> View<'_> {
        if generation == UNKNOWN {
            return View { guard: None };
        }
        let mut state = self.lock();
        match state.generation {
            Some(kept) if kept == generation => {}
            Some(kept) if kept > generation => return View { guard: None },
            _ => {
                state.clear();
                state.generation = Some(generation);
            }
        }
        View { guard: Some(state) }
    }
}

impl Store {
    /// The change mark now: one read of one row.
    pub(crate) async fn change_mark(&self) -> Result<i64> {
        let backend = self.db.get_database_backend();
        let sql = match backend {
            sea_orm::DbBackend::Postgres => "SELECT last_value AS generation FROM change_mark_seq",
            _ => "SELECT generation FROM change_mark WHERE id = 1",
        };
        let row = self
            .db
            .query_one_raw(Statement::from_string(backend, sql))
            .await?;
        Ok(match row {
            Some(row) => row.try_get::<i64>("", "generation")?,
            // No row (a database changed from outside): nothing is kept.
            None => UNKNOWN,
        })
    }

    /// A small table, whole, by id, as kept at mark `generation` in the
    /// slot `slot` picks.
    async fn kept_table<E>(
        &self,
        generation: i64,
        slot: fn(&mut State) -> &mut Option<Table<E::Model>>,
        id: fn(&E::Model) -> i32,
    ) -> Result<Table<E::Model>>
    where
        E: sea_orm::EntityTrait,
        E::Model: Sync,
    {
        if let Some(rows) = self.kept.at(generation).get(|s| slot(s).clone()) {
            return Ok(rows);
        }
        let rows: Table<E::Model> = Arc::new(
            E::find()
                .all(&self.db)
                .await?
                .into_iter()
                .map(|row| (id(&row), row))
                .collect(),
        );
        self.kept
            .at(generation)
            .put(|s| *slot(s) = Some(rows.clone()));
        Ok(rows)
    }

    /// The places, by id, as kept at mark `generation`.
    pub(crate) async fn kept_places(
        &self,
        generation: i64,
    ) -> Result<Arc<HashMap<i32, place::Model>>> {
        self.kept_table::<place::Entity>(generation, |s| &mut s.places, |p| p.id)
            .await
    }

    /// Every user, by id, as kept at mark `generation`.
    pub(crate) async fn kept_users(
        &self,
        generation: i64,
    ) -> Result<Arc<HashMap<i32, app_user::Model>>> {
        self.kept_table::<app_user::Entity>(generation, |s| &mut s.users, |u| u.id)
            .await
    }

    /// User `id` as kept at mark `generation`.
    pub(crate) async fn kept_user(
        &self,
        generation: i64,
        id: i32,
    ) -> Result<Option<app_user::Model>> {
        Ok(self.kept_users(generation).await?.get(&id).cloned())
    }

    /// The categories' default cadences as kept at mark `generation`.
    pub(crate) async fn kept_cadences(
        &self,
        generation: i64,
    ) -> Result<Arc<Vec<(Category, Cadence)>>> {
        if let Some(cadences) = self.kept.at(generation).get(|s| s.cadences.clone()) {
            return Ok(cadences);
        }
        let cadences = Arc::new(self.category_cadences().await?);
        self.kept
            .at(generation)
            .put(|s| s.cadences = Some(cadences.clone()));
        Ok(cadences)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keep_cadences(kept: &Kept, mark: i64) {
        kept.at(mark)
            .put(|s| s.cadences = Some(Arc::new(Vec::new())));
    }

    fn has_cadences(kept: &Kept, mark: i64) -> bool {
        kept.at(mark).get(|s| s.cadences.clone()).is_some()
    }

    #[test]
    fn kept_only_at_its_own_mark_and_never_for_an_older_reader() {
        let kept = Kept::default();
        keep_cadences(&kept, 5);
        assert!(has_cadences(&kept, 5));
        // A reader that read the mark before a change: the database, not
        // what was kept after it, and nothing it reads is kept.
        assert!(!has_cadences(&kept, 4));
        keep_cadences(&kept, 4);
        assert!(has_cadences(&kept, 5));
        // A newer mark: everything kept before is gone.
        assert!(!has_cadences(&kept, 6));
        assert!(!has_cadences(&kept, 5));
        keep_cadences(&kept, 6);
        assert!(has_cadences(&kept, 6));
        // A change made here: gone at once, whatever mark comes next.
        kept.forget();
        assert!(!has_cadences(&kept, 6));
        // No mark in the database: nothing kept at all.
        keep_cadences(&kept, UNKNOWN);
        assert!(!has_cadences(&kept, UNKNOWN));
    }
}
