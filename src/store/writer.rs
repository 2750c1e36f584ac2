//! The write path: every change is a *unit of work* — a closure run against
//! a transaction — and nothing above the store ever sees "database is
//! locked".
//!
//! On SQLite one writer task owns the only write connection. It takes the
//! units waiting in its queue, runs them in one `BEGIN IMMEDIATE`
//! transaction, each inside its own `SAVEPOINT` (a unit that fails rolls
//! back alone and returns its own error), commits once, and only then
//! answers each caller: group commit. Reads use a pool of read-only
//! connections and never wait for the writer (WAL).
//!
//! On PostgreSQL a unit runs in its own transaction on the pool and is run
//! again, with backoff, on a serialization failure, a deadlock or a lost
//! connection.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use futures_util::FutureExt as _;
use futures_util::future::BoxFuture;
use sea_orm::{
    DatabaseConnection, DatabaseTransaction, DbErr, RuntimeErr, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};
use tokio::sync::{mpsc, oneshot};

use super::actor::Actor;
use super::{Result, StoreError};

/// At most this many units share one transaction.
const MAX_BATCH: usize = 256;
/// A unit whose transaction failed for a passing reason is run again at
/// most this many times.
const MAX_ATTEMPTS: u32 = 8;
/// How long the writer keeps asking for the write lock another process
/// holds (each ask waits SQLite's busy timeout) before its units give up.
const BEGIN_PATIENCE: Duration = Duration::from_secs(60);
/// A caller is answered within about this long: no more runs after it.
const DEADLINE: Duration = Duration::from_secs(120);

/// A unit of work: reads and writes through the transaction it is given,
/// and may be run more than once (after a passing failure), so it clones
/// what it needs from its captures.
pub trait Unit<T>:
    for<'t> Fn(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T>> + Send + Sync + 'static
{
}

impl<T, F> Unit<T> for F where
    F: for<'t> Fn(&'t DatabaseTransaction) -> BoxFuture<'t, Result<T>> + Send + Sync + 'static
{
}

/// The handle to SQLite's writer task.
#[derive(Clone)]
pub(crate) struct Writer {
    queue: mpsc::UnboundedSender<Box<dyn Job>>,
    stats: Arc<WriterStats>,
}

/// How the writer has grouped its work so far.
#[derive(Debug, Default)]
pub struct WriterStats {
    /// Transactions committed.
    pub batches: std::sync::atomic::AtomicU64,
    /// Units committed in them.
    pub units: std::sync::atomic::AtomicU64,
}

impl fmt::Debug for Writer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Writer").finish_non_exhaustive()
    }
}

impl Writer {
    /// Starts the writer task on `connection` (a pool of one).
    pub(crate) fn start(connection: DatabaseConnection) -> Self {
        let (queue, jobs) = mpsc::unbounded_channel();
        let stats = Arc::new(WriterStats::default());
        tokio::spawn(run_writer(connection, jobs, stats.clone()));
        Self { queue, stats }
    }

    pub(crate) fn stats(&self) -> (u64, u64) {
        use std::sync::atomic::Ordering::Relaxed;
        (
            self.stats.batches.load(Relaxed),
            self.stats.units.load(Relaxed),
        )
    }
}

/// Whether a unit's changes move the change mark (see `cache`): every
/// unit does, but those that only append to the access log or note when a
/// session was last seen, which nothing kept in memory shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    Change,
    Quiet,
}

/// The statement that moves the change mark on: SQLite's, in the batch's
/// transaction…
pub(crate) const BUMP: &str = "UPDATE change_mark SET generation = generation + 1 WHERE id = 1";
/// …and PostgreSQL's, after the commit (a sequence: no row lock for
/// concurrent writers to wait on, nothing to flush).
pub(crate) const BUMP_PG: &str = "SELECT nextval('change_mark_seq')";

/// Runs `unit` once, durably: on SQLite through the writer (`writer` is
/// `Some`), on PostgreSQL in a transaction of its own on `pool`. Passing
/// failures are retried; the result is returned once it is committed, and
/// a unit that changes something has moved the change mark on by then.
pub(crate) async fn write<T, U>(
    writer: Option<&Writer>,
    pool: &DatabaseConnection,
    mark: Mark,
    unit: U,
) -> Result<T>
where
    T: Send + 'static,
    U: Unit<T>,
{
    // A unit that waited for another would wait for the writer running it.
    if IN_UNIT.try_with(|_| ()).is_ok() {
        tracing::error!("a unit of work started another: refused");
        return Err(DbErr::Custom("a unit of work started another".to_owned()).into());
    }
    let unit = Arc::new(unit);
    let started = tokio::time::Instant::now();
    let mut attempt = 0;
    loop {
        attempt += 1;
        let outcome = match writer {
            Some(writer) => submit(writer, unit.clone(), mark).await,
            None => run_alone(pool, &*unit).await,
        };
        match outcome {
            Attempt::Done(result) => {
                // PostgreSQL: after the commit, so that nobody reads the
                // new mark before the change it stands for.
                if writer.is_none() && mark == Mark::Change && result.is_ok() {
                    use sea_orm::ConnectionTrait as _;
                    if let Err(err) = pool.execute_unprepared(BUMP_PG).await {
                        tracing::warn!(error = %err, "the change mark could not be moved on");
                    }
                }
                return result;
            }
            Attempt::Again(err) if attempt < MAX_ATTEMPTS && started.elapsed() < DEADLINE => {
                tracing::debug!(attempt, error = %err, "unit of work runs again");
                tokio::time::sleep(backoff(attempt)).await;
            }
            Attempt::Again(err) => {
                tracing::warn!(attempt, error = %err, "unit of work gave up");
                return Err(err.into());
            }
        }
    }
}

tokio::task_local! {
    /// Set while the writer runs a unit.
    static IN_UNIT: ();
}

/// What one attempt came to.
enum Attempt<T> {
    /// Committed (or failed for a reason of its own): the answer.
    Done(Result<T>),
    /// Failed for a passing reason: nothing was saved; run it again.
    Again(DbErr),
}

/// 10 ms, 20 ms, 40 ms … up to a second, with jitter.
fn backoff(attempt: u32) -> Duration {
    use rand::Rng;
    let base = 10u64 << attempt.min(7);
    let jitter = rand::rng().random_range(0..=base / 2);
    Duration::from_millis((base + jitter).min(1_000))
}

/// True for failures that say nothing about the unit itself: a lock or
/// snapshot conflict, a serialization failure or deadlock, a connection lost.
pub(crate) fn is_transient(err: &DbErr) -> bool {
    use sea_orm::sqlx::Error as SqlxError;
    let sqlx = match err {
        DbErr::ConnectionAcquire(_) => return true,
        DbErr::Conn(RuntimeErr::SqlxError(sqlx))
        | DbErr::Exec(RuntimeErr::SqlxError(sqlx))
        | DbErr::Query(RuntimeErr::SqlxError(sqlx)) => sqlx,
        _ => return false,
    };
    match sqlx.as_ref() {
        SqlxError::Database(db) => matches!(
            db.code().as_deref(),
            // PostgreSQL: serialization failure, deadlock, admin shutdown,
            // cannot connect now. SQLite: BUSY, LOCKED, BUSY_SNAPSHOT,
            // BUSY_RECOVERY.
            Some("40001" | "40P01" | "57P01" | "57P03" | "5" | "6" | "517" | "261")
        ),
        SqlxError::Io(_)
        | SqlxError::PoolTimedOut
        | SqlxError::PoolClosed
        | SqlxError::WorkerCrashed => true,
        _ => false,
    }
}

/// Runs a unit's future marked as inside a unit; a panic in it is that
/// unit's failure (rolled back by its caller), not the writer's end.
async fn guarded<T>(unit: impl std::future::Future<Output = Result<T>>) -> Result<T> {
    match std::panic::AssertUnwindSafe(IN_UNIT.scope((), unit))
        .catch_unwind()
        .await
    {
        Ok(result) => result,
        Err(_) => {
            tracing::error!("a unit of work panicked; it was rolled back");
            Err(DbErr::Custom("a unit of work panicked".to_owned()).into())
        }
    }
}

/// A serialization failure or deadlock: the server refused the
/// transaction as a whole.
fn is_conflict(err: &DbErr) -> bool {
    let (DbErr::Exec(RuntimeErr::SqlxError(sqlx)) | DbErr::Query(RuntimeErr::SqlxError(sqlx))) =
        err
    else {
        return false;
    };
    matches!(
        sqlx.as_ref(),
        sea_orm::sqlx::Error::Database(db) if matches!(db.code().as_deref(), Some("40001" | "40P01"))
    )
}

fn transient(err: &StoreError) -> Option<&DbErr> {
    match err {
        StoreError::Db(db) if is_transient(db) => Some(db),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// PostgreSQL: a transaction per unit.

async fn run_alone<T, U: Unit<T>>(pool: &DatabaseConnection, unit: &U) -> Attempt<T> {
    let txn = match pool.begin().await {
        Ok(txn) => txn,
        Err(err) if is_transient(&err) => return Attempt::Again(err),
        Err(err) => return Attempt::Done(Err(err.into())),
    };
    match guarded(unit(&txn)).await {
        Ok(value) => match txn.commit().await {
            Ok(()) => Attempt::Done(Ok(value)),
            // Refused by the server: nothing was saved, run it again. A
            // connection lost during COMMIT may have committed: not run
            // again (that could save twice); the caller hears it failed.
            Err(err) if is_conflict(&err) => Attempt::Again(err),
            Err(err) => Attempt::Done(Err(err.into())),
        },
        Err(err) => {
            // Dropping the transaction rolls it back; say so explicitly.
            let _ = txn.rollback().await;
            match transient(&err) {
                Some(db) => Attempt::Again(db.clone()),
                None => Attempt::Done(Err(err)),
            }
        }
    }
}

// ---------------------------------------------------------------------------
// SQLite: the writer task and group commit.

/// A unit waiting for the writer, with its caller's answer channel.
trait Job: Send {
    /// Runs the unit inside a savepoint of `txn`. `Err` means the batch's
    /// transaction is no longer usable (the reply is still returned).
    fn run<'t>(self: Box<Self>, txn: &'t DatabaseTransaction) -> BoxFuture<'t, RanJob>;

    /// The batch could not start: the caller tries again.
    fn again(self: Box<Self>, err: DbErr);
}

/// What running a job came to: its reply, whether the batch's
/// transaction broke, whether it changed something that moves the mark.
type RanJob = (Box<dyn Reply>, Option<DbErr>, bool);

/// A unit that ran, holding its result until the batch commits.
trait Reply: Send {
    fn committed(self: Box<Self>);
    fn again(self: Box<Self>, err: DbErr);
}

struct Pending<T, U> {
    unit: Arc<U>,
    /// Who asked: the unit's changes are recorded as theirs.
    actor: Actor,
    mark: Mark,
    reply: oneshot::Sender<Attempt<T>>,
}

struct Ran<T> {
    result: Result<T>,
    reply: oneshot::Sender<Attempt<T>>,
}

impl<T: Send + 'static, U: Unit<T>> Job for Pending<T, U> {
    fn run<'t>(self: Box<Self>, txn: &'t DatabaseTransaction) -> BoxFuture<'t, RanJob> {
        Box::pin(async move {
            let Pending {
                unit,
                actor,
                mark,
                reply,
            } = *self;
            let savepoint = match txn.begin().await {
                Ok(savepoint) => savepoint,
                Err(err) => {
                    let ran = Ran {
                        result: Err(err.clone().into()),
                        reply,
                    };
                    return (Box::new(ran) as Box<dyn Reply>, Some(err), false);
                }
            };
            let result = guarded(actor.acting(unit(&savepoint))).await;
            let broken = match &result {
                Ok(_) => savepoint.commit().await.err(),
                Err(_) => savepoint.rollback().await.err(),
            };
            // A lock conflict inside a unit would mean another writer got
            // in; the batch is retried rather than the unit failed.
            let broken = broken.or_else(|| result.as_ref().err().and_then(transient).cloned());
            let changed = mark == Mark::Change && result.is_ok();
            (
                Box::new(Ran { result, reply }) as Box<dyn Reply>,
                broken,
                changed,
            )
        })
    }

    fn again(self: Box<Self>, err: DbErr) {
        let _ = self.reply.send(Attempt::Again(err));
    }
}

impl<T: Send + 'static> Reply for Ran<T> {
    fn committed(self: Box<Self>) {
        let _ = self.reply.send(Attempt::Done(self.result));
    }

    fn again(self: Box<Self>, err: DbErr) {
        let _ = self.reply.send(Attempt::Again(err));
    }
}

async fn submit<T: Send + 'static, U: Unit<T>>(
    writer: &Writer,
    unit: Arc<U>,
    mark: Mark,
) -> Attempt<T> {
    let (reply, answer) = oneshot::channel();
    let job: Box<dyn Job> = Box::new(Pending {
        unit,
        actor: Actor::current(),
        mark,
        reply,
    });
    if writer.queue.send(job).is_err() {
        return Attempt::Done(Err(
            DbErr::Custom("the writer has stopped".to_owned()).into()
        ));
    }
    answer.await.unwrap_or_else(|_| {
        Attempt::Done(Err(DbErr::Custom(
            "the writer stopped before answering".to_owned(),
        )
        .into()))
    })
}

async fn run_writer(
    connection: DatabaseConnection,
    mut jobs: mpsc::UnboundedReceiver<Box<dyn Job>>,
    stats: Arc<WriterStats>,
) {
    while let Some(first) = jobs.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let txn = match begin_immediate(&connection).await {
            Ok(txn) => txn,
            Err(err) => {
                tracing::warn!(error = %err, units = batch.len(), "the writer could not begin");
                for job in batch {
                    job.again(err.clone());
                }
                continue;
            }
        };
        let mut replies = Vec::with_capacity(batch.len());
        let mut broken = None;
        let mut changed = false;
        let mut jobs_left = batch.into_iter();
        for job in jobs_left.by_ref() {
            let (reply, failure, change) = job.run(&txn).await;
            replies.push(reply);
            changed |= change;
            if let Some(err) = failure {
                broken = Some(err);
                break;
            }
        }
        // The mark moves in the same transaction as the changes.
        if changed && broken.is_none() {
            use sea_orm::ConnectionTrait as _;
            broken = txn.execute_unprepared(BUMP).await.err();
        }
        let outcome = match broken {
            None => txn.commit().await,
            Some(err) => {
                let _ = txn.rollback().await;
                Err(err)
            }
        };
        match outcome {
            Ok(()) => {
                use std::sync::atomic::Ordering::Relaxed;
                stats.batches.fetch_add(1, Relaxed);
                stats.units.fetch_add(replies.len() as u64, Relaxed);
                for reply in replies {
                    reply.committed();
                }
                for job in jobs_left {
                    job.again(DbErr::Custom("not run".to_owned()));
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, units = replies.len(), "a batch was rolled back");
                for reply in replies {
                    reply.again(err.clone());
                }
                for job in jobs_left {
                    job.again(err.clone());
                }
            }
        }
    }
}

/// `BEGIN IMMEDIATE`: the write lock is taken now, waiting (SQLite's busy
/// timeout) while another process holds it, and asked again until
/// `BEGIN_PATIENCE` has passed.
async fn begin_immediate(connection: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    };
    let started = tokio::time::Instant::now();
    let mut attempt = 0;
    loop {
        attempt += 1;
        match connection.begin_with_options(options).await {
            Ok(txn) => return Ok(txn),
            Err(err) if is_transient(&err) && started.elapsed() < BEGIN_PATIENCE => {
                tracing::debug!(attempt, error = %err, "the write lock is busy");
                tokio::time::sleep(backoff(attempt)).await;
            }
            Err(err) => return Err(err),
        }
    }
}

// ---------------------------------------------------------------------------
// Writes whose results a unit does not read, in one round trip.

/// Statements a unit sends together at its end: each statement to SQLite is
/// a hand-off to the connection's thread and back (to PostgreSQL a round
/// trip), so the inserts and updates whose results nobody reads are written
/// out with their values and sent as one script. A value that cannot be
/// written out exactly as the driver would bind it (a NUL in a string, a
/// float that is not finite, a type not listed) sends its statement bound,
/// in order.
#[derive(Debug)]
pub(crate) struct Later {
    backend: sea_orm::DbBackend,
    parts: Vec<Part>,
}

#[derive(Debug)]
enum Part {
    Script(String),
    Bound(sea_orm::Statement),
}

impl Later {
    pub(crate) fn new(backend: sea_orm::DbBackend) -> Self {
        Self {
            backend,
            parts: Vec::new(),
        }
    }

    /// Adds an insert, update or delete built by sea-orm.
    pub(crate) fn add(&mut self, query: &impl sea_orm::QueryTrait) {
        self.push(query.build(self.backend));
    }

    /// Adds a multi-row insert of `rows` (nothing for none).
    pub(crate) fn add_rows<A>(&mut self, rows: Vec<A>)
    where
        A: sea_orm::ActiveModelTrait + Send,
    {
        if !rows.is_empty() {
            self.add(&<A::Entity as sea_orm::EntityTrait>::insert_many(rows));
        }
    }

    pub(crate) fn push(&mut self, statement: sea_orm::Statement) {
        match written_out(&statement) {
            Some(sql) => match self.parts.last_mut() {
                Some(Part::Script(script)) => {
                    script.push_str(";\n");
                    script.push_str(&sql);
                }
                _ => self.parts.push(Part::Script(sql)),
            },
            None => self.parts.push(Part::Bound(statement)),
        }
    }

    /// Sends everything, in order, through `conn`.
    pub(crate) async fn flush(self, conn: &impl sea_orm::ConnectionTrait) -> Result<()> {
        for part in self.parts {
            match part {
                Part::Script(sql) => {
                    conn.execute_unprepared(&sql).await?;
                }
                Part::Bound(statement) => {
                    conn.execute_raw(statement).await?;
                }
            }
        }
        Ok(())
    }
}

/// `statement` with its values written into the SQL text exactly as sqlx
/// would bind them (SQLite stores dates as the text sqlx writes), or `None`.
fn written_out(statement: &sea_orm::Statement) -> Option<String> {
    use chrono::SubsecRound;
    use sea_orm::sea_query::{PostgresQueryBuilder, SqliteQueryBuilder, Value, inject_parameters};
    let Some(values) = &statement.values else {
        return Some(statement.sql.clone());
    };
    let sqlite = statement.db_backend == sea_orm::DbBackend::Sqlite;
    // sqlx's SQLite encoding of an instant; PostgreSQL reads the same text
    // into its own type, keeping microseconds as sqlx does.
    let instant = |at: chrono::DateTime<chrono::FixedOffset>| {
        let at = if sqlite { at } else { at.trunc_subsecs(6) };
        at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false)
    };
    let mut plain = Vec::with_capacity(values.0.len());
    for value in &values.0 {
        let value = match value {
            Value::String(Some(text)) if text.contains('\0') => return None,
            // sea-query writes a quote for PostgreSQL as E'\'', which a
            // server with backslash_quote = off refuses: sent bound.
            Value::String(Some(text)) if !sqlite && text.contains('\'') => return None,
            Value::Double(Some(x)) if !x.is_finite() => return None,
            Value::Bool(_)
            | Value::TinyInt(_)
            | Value::SmallInt(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::TinyUnsigned(_)
            | Value::SmallUnsigned(_)
            | Value::Unsigned(_)
            | Value::Double(_)
            | Value::String(_) => value.clone(),
            Value::ChronoDateTimeUtc(at) => Value::String(at.map(|at| instant(at.fixed_offset()))),
            Value::ChronoDateTimeWithTimeZone(at) => Value::String(at.map(instant)),
            Value::ChronoDate(day) => Value::String(day.map(|day| day.format("%F").to_string())),
            _ => return None,
        };
        plain.push(value);
    }
    Some(if sqlite {
        inject_parameters(&statement.sql, &plain, &SqliteQueryBuilder)
    } else {
        inject_parameters(&statement.sql, &plain, &PostgresQueryBuilder)
    })
}
