//! The only place that talks SQL: sea-orm entities and the queries the use
//! cases need, on SQLite and PostgreSQL alike. Database errors that mean
//! something to a user (a unique key taken) become domain errors here.

pub mod activity;
pub mod audit;
pub mod brief;
pub mod callbacks;
pub mod contacts;
pub mod dialogues;
pub mod dump;
pub mod entity;
pub mod erase;
pub mod events;
pub mod export;
pub mod inbound;
pub mod interactions;
pub mod keep;
pub mod merge;
pub mod mydata;
pub mod outbox;
pub mod reference;
pub mod relations;
pub mod search;
pub mod users;

use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr, SqlErr,
    Statement,
};

use crate::clock::Clock;
use crate::domain;

/// What a store operation can fail with.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Refused by a rule: shown to the user as a localized sentence.
    #[error(transparent)]
    Domain(#[from] domain::Error),
    /// The database failed.
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    /// The inbound update was handled before: nothing was done again.
    #[error("update already handled")]
    AlreadyHandled,
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// How long a SQLite writer waits for another before giving up.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The relationship store: one connection pool and the clock.
#[derive(Debug, Clone)]
pub struct Store {
    pub db: DatabaseConnection,
    pub clock: Clock,
}

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`) and applies
    /// pending migrations.
    pub async fn open(url: &str, clock: Clock) -> Result<Self> {
        let db = connect(url).await?;
        Migrator::up(&db, None).await?;
        let store = Self { db, clock };
        store.ensure_name_keys().await?;
        store.ensure_activity().await?;
        Ok(store)
    }

    pub fn backend(&self) -> DbBackend {
        self.db.get_database_backend()
    }

    /// Reads one value of a pragma (SQLite) or setting, for diagnostics and tests.
    pub async fn scalar_text(&self, sql: &str) -> Result<Option<String>> {
        let row = self
            .db
            .query_one_raw(Statement::from_string(self.backend(), sql.to_owned()))
            .await?;
        Ok(match row {
            Some(row) => match row.try_get_by_index::<String>(0) {
                Ok(text) => Some(text),
                Err(_) => Some(row.try_get_by_index::<i64>(0)?.to_string()),
            },
            None => None,
        })
    }
}

/// Opens a pool. SQLite gets WAL, `synchronous=FULL`, foreign keys and a
/// busy timeout on every connection.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    // sqlx would log every statement, with its values, at info level.
    options.sqlx_logging(false).map_sqlx_sqlite_opts(|sqlite| {
        sqlite
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(SQLITE_BUSY_TIMEOUT)
    });
    if url.starts_with("sqlite:") {
        // One writer at a time anyway; a second connection lets a long read
        // (a brief, an export) run beside it. Each connection keeps its own
        // page cache (2 MB): more of them cost memory, not speed (the
        // bot_load bench: 1, 2 and 4 connections within run-to-run noise).
        options.max_connections(2);
    }
    Database::connect(options).await
}

/// For a bulk load on PostgreSQL: the foreign-key checks of the rows
/// inserted are planned while the tables are still small, and a sequential
/// scan planned then makes every check slower as the load grows (the names
/// bench went quadratic: 760 rows/s at 4,000 contacts, 165 at 20,000).
/// Within the transaction only, index scans are preferred.
pub(crate) async fn prefer_index_scans(txn: &impl ConnectionTrait) -> Result<()> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.execute_unprepared("SET LOCAL enable_seqscan = off")
            .await?;
    }
    Ok(())
}

/// True when `err` is a unique-key violation (same on both backends).
pub(crate) fn is_unique_violation(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// Inserts rows in few statements (on SQLite up to its limit of 32,766
/// bound values); nothing at all for no rows.
pub async fn insert_rows<A>(conn: &impl ConnectionTrait, rows: Vec<A>) -> Result<()>
where
    A: sea_orm::ActiveModelTrait + Send,
{
    use sea_orm::Iterable;
    // Under SQLite's limit of 32,766 bound values (PostgreSQL's is higher).
    let bound_values = 30_000;
    let columns = <<A::Entity as sea_orm::EntityTrait>::Column as Iterable>::iter()
        .count()
        .max(1);
    let per_statement = (bound_values / columns).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(per_statement).collect();
        <A::Entity as sea_orm::EntityTrait>::insert_many(chunk)
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}

/// The values sorted, each once.
pub(crate) fn sorted_unique<T: Ord + Clone>(values: &[T]) -> Vec<T> {
    let mut values = values.to_vec();
    values.sort();
    values.dedup();
    values
}

/// `ids` as a filter value list, for `is_in`.
pub(crate) fn dedup_ids(mut ids: Vec<i32>) -> Vec<i32> {
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// `N` random bytes in base32 without padding: enrolment codes (20 bytes,
/// 32 characters), RSVP tokens (16 bytes, 26 characters).
pub(crate) fn random_token<const N: usize>() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; N];
    rand::rng().fill_bytes(&mut bytes);
    data_encoding::BASE32_NOPAD.encode(&bytes)
}
