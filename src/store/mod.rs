//! The only place that talks SQL: sea-orm entities and the queries the use
//! cases need, on SQLite and PostgreSQL alike. Database errors that mean
//! something to a user (a unique key taken) become domain errors here.

pub mod activity;
pub mod actor;
pub mod audit;
pub mod brief;
mod bundle;
mod cache;
pub mod cadence;
pub mod callbacks;
pub mod careers;
pub mod consent;
pub mod contacts;
pub mod dialogues;
pub mod dump;
pub mod edit;
pub mod entity;
pub mod erase;
pub mod events;
pub mod export;
pub mod inbound;
pub mod institutions;
pub mod interactions;
pub mod invitations;
pub mod keep;
pub mod merge;
pub mod mydata;
pub mod network;
pub mod office;
pub mod outbox;
pub mod records;
pub mod reference;
pub mod search;
pub mod users;
pub mod web;
pub mod writer;

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

impl StoreError {
    /// For a row holding a word outside its column's vocabulary (written
    /// around Inmaek, by hand in SQL): which type and the word, as
    /// `Role: unknown role "boss"`.
    pub fn unknown_stored_value(&self) -> Option<String> {
        match self {
            StoreError::Db(DbErr::TryIntoErr { into, source, .. }) => {
                Some(format!("{into}: {source}"))
            }
            _ => None,
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// How long a SQLite writer waits for another before giving up.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The relationship store: the connections for reading, the write path
/// (see `writer`) and the clock.
#[derive(Debug, Clone)]
pub struct Store {
    /// For reading. On SQLite these connections are read-only: every
    /// change goes through [`Store::write`]. Private: nothing outside the
    /// store talks SQL.
    db: DatabaseConnection,
    pub clock: Clock,
    /// SQLite's one writer; `None` on PostgreSQL.
    writer: Option<writer::Writer>,
    /// The SQLite database's URL (for a checkpoint on a connection of
    /// its own); `None` on PostgreSQL.
    sqlite_url: Option<std::sync::Arc<str>>,
    /// Sessions, tokens and reference rows kept while nothing changed.
    kept: std::sync::Arc<cache::Kept>,
    /// Access-log rows waiting to be written together.
    log: audit::Appender,
}

impl Store {
    /// Connects to `url` (`sqlite://…` or `postgres://…`) and applies
    /// pending migrations. On SQLite it starts the writer task, so it must
    /// be called inside a tokio runtime.
    pub async fn open(url: &str, clock: Clock) -> Result<Self> {
        let store = if url.starts_with("sqlite:") {
            // Owner-only from its first byte: it holds personal data.
            if let Some(path) = crate::files::sqlite_file_to_create(url) {
                crate::files::create_private_if_missing(&path)
                    .map_err(|err| DbErr::Custom(format!("{}: {err}", path.display())))?;
                // A file made before Inmaek created them owner-only.
                if crate::files::open_to_others(&path) {
                    tracing::warn!(
                        "the database file can be read by other users of this machine: make it the owner's alone (chmod 600, and its -wal and -shm files)"
                    );
                }
            }
            let write = connect_sqlite(url, Access::Write).await?;
            Migrator::up(&write, None).await?;
            let db = connect_sqlite(url, Access::Read).await?;
            Self {
                db,
                clock,
                writer: Some(writer::Writer::start(write)),
                sqlite_url: Some(url.into()),
                kept: Default::default(),
                log: audit::Appender::default(),
            }
        } else {
            let db = connect(url).await?;
            Migrator::up(&db, None).await?;
            Self {
                db,
                clock,
                writer: None,
                sqlite_url: None,
                kept: Default::default(),
                log: audit::Appender::default(),
            }
        };
        store.ensure_name_keys().await?;
        store.ensure_activity().await?;
        Ok(store)
    }

    /// The same store read at another clock (`reminders tick --now`).
    pub fn at_clock(&self, clock: Clock) -> Self {
        Self {
            clock,
            ..self.clone()
        }
    }

    /// Runs a unit of work (a closure over a transaction) and returns its
    /// result once it is durable. On SQLite it joins the writer's next
    /// batch, in a savepoint of its own; on PostgreSQL it has its own
    /// transaction. Passing failures (a lock, a serialization failure, a
    /// lost connection) run it again; nobody above sees them.
    pub async fn write<T, U>(&self, unit: U) -> Result<T>
    where
        T: Send + 'static,
        U: writer::Unit<T>,
    {
        let result =
            writer::write(self.writer.as_ref(), &self.db, writer::Mark::Change, unit).await;
        if result.is_ok() {
            self.kept.forget();
        }
        result
    }

    /// Like [`Store::write`], for a unit that changes nothing kept in
    /// memory (appends to the access log, notes a session as seen).
    pub(crate) async fn write_quiet<T, U>(&self, unit: U) -> Result<T>
    where
        T: Send + 'static,
        U: writer::Unit<T>,
    {
        writer::write(self.writer.as_ref(), &self.db, writer::Mark::Quiet, unit).await
    }

    /// On SQLite, copies the write-ahead log into the database file and
    /// truncates it to nothing (`wal_checkpoint(TRUNCATE)`), so that no
    /// page image of a deleted row stays in the `-wal` file; a reader
    /// holding an old snapshot is waited for, a while. Nothing to do on
    /// PostgreSQL.
    pub async fn checkpoint(&self) -> Result<()> {
        let Some(url) = &self.sqlite_url else {
            return Ok(());
        };
        let connection = connect_sqlite(url, Access::ReadWrite).await?;
        let mut outcome = Ok(());
        for _ in 0..40 {
            let row = connection
                .query_one_raw(Statement::from_string(
                    DbBackend::Sqlite,
                    "PRAGMA wal_checkpoint(TRUNCATE)",
                ))
                .await?;
            let busy: i32 = match &row {
                Some(row) => row.try_get_by_index(0)?,
                None => 0,
            };
            if busy == 0 {
                outcome = Ok(());
                break;
            }
            outcome =
                Err(DbErr::Custom("the checkpoint waited for a reader in vain".to_owned()).into());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        connection.close().await.ok();
        outcome
    }

    /// How many migrations this binary has that the database lacks
    /// (read-only: `/readyz` asks it on every probe).
    pub async fn pending_migrations(&self) -> Result<usize> {
        Ok(Migrator::get_pending_migrations_read_only(&self.db)
            .await?
            .len())
    }

    /// The reading connection, for tests that check the rows a story left
    /// (the application itself never reads around the store: see
    /// `tests/architecture.rs`).
    #[doc(hidden)]
    pub fn db_for_tests(&self) -> &DatabaseConnection {
        &self.db
    }

    pub fn backend(&self) -> DbBackend {
        self.db.get_database_backend()
    }

    /// SQLite's writer so far: (transactions committed, units in them);
    /// `None` on PostgreSQL, where each unit has its own transaction.
    pub fn write_batches(&self) -> Option<(u64, u64)> {
        self.writer.as_ref().map(writer::Writer::stats)
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

/// Opens a pool: on SQLite one read-write connection per pool of at most
/// two (for tools and tests; the store itself uses [`connect_sqlite`]).
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    if url.starts_with("sqlite:") {
        return connect_sqlite(url, Access::ReadWrite).await;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    // sqlx would log every statement, with its values, at info level.
    options.sqlx_logging(false);
    // A connection used a moment ago is not asked "are you there?" again
    // before each statement (a round trip to the server each time); one
    // idle for a while, which the server or a firewall may have dropped, is.
    options.test_before_acquire_if_idle_for(Duration::from_secs(30));
    Database::connect(options).await
}

/// What a SQLite pool is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    /// The writer's one connection, kept open for the life of the store.
    Write,
    /// Read-only connections: a write through them is an error, not a lock.
    Read,
    /// Read-write, two connections (tools and tests).
    ReadWrite,
}

/// Opens a SQLite pool. Every connection gets WAL, `synchronous=FULL`,
/// foreign keys and a busy timeout.
async fn connect_sqlite(url: &str, access: Access) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url.to_owned());
    // sqlx would log every statement, with its values, at info level.
    options
        .sqlx_logging(false)
        // A file does not hang up: no "are you there?" before each
        // statement (a hand-off to the connection's thread and back).
        .test_before_acquire(false)
        .map_sqlx_sqlite_opts(move |sqlite| {
            sqlite
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(SQLITE_BUSY_TIMEOUT)
                // A deleted row's bytes are overwritten, not left in free
                // pages (erasure: nothing of the person stays in the file).
                .pragma("secure_delete", "ON")
                .read_only(access == Access::Read)
        });
    match access {
        Access::Write => {
            // One connection, never recycled: a transaction spans many
            // statements, each of which takes the connection from the pool.
            options
                .max_connections(1)
                .min_connections(1)
                .idle_timeout(None::<Duration>)
                .max_lifetime(None::<Duration>);
        }
        // Reads never wait for the writer (WAL). Each connection keeps its
        // own page cache (2 MB): more of them cost memory, not speed.
        Access::Read | Access::ReadWrite => {
            options.max_connections(2);
        }
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
