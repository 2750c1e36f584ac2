//! The CLI's use cases: each command parses its flags into domain types,
//! calls the store and prints localized text (`INMAEK_LANG`).

mod brief;
mod cadence;
mod careers;
mod contact;
mod demo;
mod event;
mod exchange;
mod institutions;
mod interaction;
mod network;
mod out;
mod reminders;
mod serve;
mod user;
pub mod web;

use std::process::ExitCode;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::cli::{
    AgreementCommand, CadenceCommand, Cli, Command, CommitteeCommand, ContactCommand, EventCommand,
    HonorCommand, InteractionCommand, MemberCommand, OrgCommand, OutboxCommand, PositionCommand,
    ProjectCommand, RelationCommand, RemindersCommand, TokenCommand, UserCommand,
};
use crate::config::Config;
use crate::domain::access::{Action, allowed};
use crate::domain::keys::Role;
use crate::domain::{self, Arg, Lang, Message};
use crate::i18n;
use crate::store::audit::Actor;
use crate::store::{Store, StoreError};

/// Why a command failed, rendered as one localized sentence.
#[derive(Debug)]
pub enum Failure {
    Domain(domain::Error),
    /// The database failed (the store's error, never a user's mistake).
    Database(StoreError),
    Read {
        path: String,
        reason: Arg,
    },
    Write {
        path: String,
        reason: Arg,
    },
    Parse {
        path: String,
        line: usize,
        column: usize,
        reason: String,
    },
    /// A file to import that is not an Inmaek export at all: `key` says
    /// how (not JSON, broken JSON at `line`:`column`, JSON of another kind).
    NotExport {
        path: String,
        key: &'static str,
        line: usize,
        column: usize,
    },
    /// A required environment variable is missing or malformed.
    Environment {
        name: &'static str,
    },
    /// `serve --listen` could not bind its address.
    Listen {
        address: String,
        reason: Arg,
    },
    /// Telegram refused `serve --webhook-url`.
    Webhook {
        reason: String,
    },
    /// A row of an input file: where, which column, and the refusal.
    Row {
        path: String,
        line: usize,
        column: &'static str,
        message: Message,
    },
}

impl From<StoreError> for Failure {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Domain(err) => Failure::Domain(err),
            other => Failure::Database(other),
        }
    }
}

impl From<domain::Error> for Failure {
    fn from(err: domain::Error) -> Self {
        Failure::Domain(err)
    }
}

impl Failure {
    fn message(&self) -> Message {
        match self {
            Failure::Domain(err) => err.message(),
            Failure::Database(err) => match err.unknown_stored_value() {
                Some(detail) => Message::new("error-stored-value").arg("detail", detail),
                None => Message::new("error-database").arg("reason", err.to_string()),
            },
            Failure::Read { path, reason } => Message::new("error-read-file")
                .arg("path", path)
                .arg("reason", reason.clone()),
            Failure::Write { path, reason } => Message::new("error-write-file")
                .arg("path", path)
                .arg("reason", reason.clone()),
            Failure::Parse {
                path,
                line,
                column,
                reason,
            } => Message::new("error-parse-file")
                .arg("path", path)
                .arg("line", *line)
                .arg("column", *column)
                .arg("reason", reason),
            Failure::NotExport {
                path,
                key,
                line,
                column,
            } => Message::new(key)
                .arg("path", path)
                .arg("line", *line)
                .arg("column", *column),
            Failure::Environment { name } => Message::new("error-environment").arg("name", *name),
            Failure::Listen { address, reason } => Message::new("error-listen")
                .arg("address", address)
                .arg("reason", reason.clone()),
            Failure::Webhook { reason } => Message::new("error-webhook").arg("reason", reason),
            Failure::Row {
                path,
                line,
                column: "",
                message,
            } => Message::new("error-row-file")
                .arg("path", path)
                .arg("line", *line)
                .arg("reason", Arg::Rendered(Box::new(message.clone()))),
            Failure::Row {
                path,
                line,
                column,
                message,
            } => Message::new("error-row")
                .arg("path", path)
                .arg("line", *line)
                .arg("column", *column)
                .arg("reason", Arg::Rendered(Box::new(message.clone()))),
        }
    }

    /// A label for the log: never the values, which may be personal data.
    fn kind(&self) -> &'static str {
        match self {
            Failure::Domain(_) => "refused",
            Failure::Database(_) => "database",
            Failure::Read { .. } => "read",
            Failure::Write { .. } => "write",
            Failure::Parse { .. } | Failure::NotExport { .. } => "parse",
            Failure::Environment { .. } => "environment",
            Failure::Listen { .. } => "listen",
            Failure::Webhook { .. } => "webhook",
            Failure::Row { .. } => "row",
        }
    }
}

pub type Outcome = Result<(), Failure>;

/// What the operating system said, as words in the reader's language
/// ("No such file or directory (os error 2)" is English in any locale).
pub fn os_reason(err: &std::io::Error) -> Arg {
    use std::io::ErrorKind as K;
    let key = match err.kind() {
        K::NotFound => "os-error-not-found",
        K::PermissionDenied => "os-error-permission",
        K::AlreadyExists => "os-error-exists",
        K::IsADirectory => "os-error-is-a-folder",
        K::NotADirectory => "os-error-not-a-folder",
        K::StorageFull | K::QuotaExceeded => "os-error-disk-full",
        K::ReadOnlyFilesystem => "os-error-read-only",
        K::AddrInUse => "os-error-address-in-use",
        K::AddrNotAvailable => "os-error-address-not-available",
        K::InvalidData | K::InvalidInput => "os-error-invalid-data",
        K::BrokenPipe => "os-error-broken-pipe",
        K::TimedOut => "os-error-timed-out",
        K::FileTooLarge => "os-error-too-large",
        _ => {
            return Arg::Rendered(Box::new(
                Message::new("os-error-other").arg("code", err.raw_os_error().map_or(0, i64::from)),
            ));
        }
    };
    Arg::Label(key.to_owned())
}

/// What every command needs: the store, the reader's language and zone.
#[derive(Debug)]
pub struct Context {
    pub store: Store,
    pub lang: Lang,
    pub tz: Tz,
    pub config: Config,
    /// Who runs the command: the admin, or the user given with `--as`.
    pub actor: Actor,
}

impl Context {
    /// The reader's words: language, zone and today, for the renderers.
    pub fn words(&self) -> crate::render::Words {
        crate::render::Words::new(self.lang, self.tz, self.store.clock.now())
    }

    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    pub fn t_args(&self, key: &str, args: &[(&'static str, Arg)]) -> String {
        i18n::t_args(self.lang, key, args)
    }

    /// Prints one localized line on standard output.
    pub fn say(&self, key: &str, args: &[(&'static str, Arg)]) {
        out::line(&self.t_args(key, args));
    }

    /// A local date and time for the reader.
    pub fn datetime(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.tz)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }

    /// Today in the office's zone.
    pub fn today(&self) -> chrono::NaiveDate {
        self.store.clock.now().with_timezone(&self.tz).date_naive()
    }

    /// A date flag (`YYYY-MM-DD`) of something that has happened (a step
    /// of a history, a founding, an honour), or today without one.
    pub fn day_or_today(
        &self,
        field: &'static str,
        value: Option<&str>,
    ) -> Result<chrono::NaiveDate, domain::Error> {
        Ok(self.past_day(field, value)?.unwrap_or_else(|| self.today()))
    }

    /// A date flag of something that has happened: a day still to come is
    /// refused.
    pub fn past_day(
        &self,
        field: &'static str,
        value: Option<&str>,
    ) -> Result<Option<chrono::NaiveDate>, domain::Error> {
        let Some(value) = value else {
            return Ok(None);
        };
        let day = domain::dates::parse_date(field, value)?;
        if day > self.today() {
            return Err(domain::Error::StillToCome {
                field,
                value: value.trim().to_owned(),
            });
        }
        Ok(Some(day))
    }

    pub fn date(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.tz).format("%Y-%m-%d").to_string()
    }

    pub fn label(&self, kind: &str, key: impl std::fmt::Display) -> String {
        i18n::label(self.lang, kind, key)
    }

    /// Records in the access log that whoever runs the command read
    /// `subjects` (contact ids) with `action`, its filter as `scope` —
    /// before anything of them is shown.
    pub async fn read(&self, action: &str, scope: &str, subjects: &[i32]) -> Outcome {
        self.store
            .record_access(self.actor, action, scope, subjects)
            .await
            .map_err(Into::into)
    }
}

/// Runs a command and maps the outcome to an exit code (0 ok, 1 failure).
pub async fn run(cli: Cli) -> ExitCode {
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            // In the configured language when that one is valid (the
            // language itself may be what is wrong: then in the default).
            let lang = std::env::var("INMAEK_LANG")
                .ok()
                .and_then(|lang| Lang::parse(lang.trim()).ok())
                .unwrap_or_default();
            out::note(&i18n::render(lang, &err.message()));
            return ExitCode::FAILURE;
        }
    };
    let lang = config.lang;
    // Output that could not be written is a failure too (`> /dev/full`).
    match execute(cli, config)
        .await
        .and_then(|()| out::lost().map_or(Ok(()), Err))
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            match &failure {
                Failure::Database(err) if err.unknown_stored_value().is_none() => {
                    tracing::error!(error = %err, "command failed")
                }
                other => tracing::debug!(kind = other.kind(), "command refused"),
            }
            out::note(&i18n::render(lang, &failure.message()));
            ExitCode::FAILURE
        }
    }
}

/// The file of a `sqlite://PATH?…` URL (not of an in-memory database).
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && !path.starts_with(":memory:") && !rest.contains("mode=memory"))
        .then(|| std::path::PathBuf::from(path))
}

async fn execute(cli: Cli, config: Config) -> Outcome {
    // The demo opens its own database, not DATABASE_URL.
    if let Command::Demo(args) = &cli.command {
        return demo::run(config, args).await;
    }
    // A SQLite file that is not there is created only by the commands that
    // begin a database; any other says where it looked.
    if let Some(path) = sqlite_file(&config.database_url)
        && !path.exists()
    {
        let creates = matches!(
            &cli.command,
            Command::Migrate | Command::User(UserCommand::Invite(_))
        ) || matches!(&cli.command, Command::Import(args) if !args.dry_run
        );
        let shown = std::path::absolute(&path).unwrap_or(path);
        if !creates {
            return Err(domain::Error::NoDatabase {
                path: shown.display().to_string(),
            }
            .into());
        }
        if let Some(folder) = shown.parent()
            && !folder.as_os_str().is_empty()
            && !folder.is_dir()
        {
            return Err(Failure::Write {
                path: shown.display().to_string(),
                reason: os_reason(&std::io::Error::from(std::io::ErrorKind::NotFound)),
            });
        }
        // Created here, owner-only, whatever the URL's mode (a URL without
        // `?mode=rwc` said it created the file, then could not open it).
        crate::files::create_private_if_missing(&shown).map_err(|err| Failure::Write {
            path: shown.display().to_string(),
            reason: os_reason(&err),
        })?;
        out::note(&i18n::t_args(
            config.lang,
            "database-created",
            &[("path", shown.display().to_string().into())],
        ));
    }
    let store = Store::open(&config.database_url, config.clock()).await?;
    let actor = match &cli.as_user {
        None => Actor::CLI,
        Some(query) => {
            let user = store.find_user(query).await?;
            let role = user.role;
            let action = action_of(&cli.command);
            // Only someone who enrolled and still has access can be acted as.
            if user.disabled_at.is_some() {
                return Err(domain::Error::UserDisabled { name: user.name }.into());
            }
            if user.telegram_user_id.is_none() {
                return Err(domain::Error::UserNotEnrolled { name: user.name }.into());
            }
            // Deny by default: admins everything, others what their role may.
            if !(role == Role::Admin || allowed(role, action)) {
                tracing::debug!(user = user.id, ?action, "command refused");
                return Err(domain::Error::NotAllowed {
                    user: user.name,
                    role: role.key().to_owned(),
                }
                .into());
            }
            Actor::cli_as(user.id)
        }
    };
    let ctx = Context {
        store,
        lang: config.lang,
        tz: config.time_zone,
        config,
        actor,
    };
    actor.acting(dispatch(cli.command, ctx)).await
}

/// What each command does, for the role check of `--as`.
pub fn action_of(command: &Command) -> Action {
    match command {
        Command::Serve(_)
        | Command::Demo(_)
        | Command::Migrate
        | Command::Reminders(_)
        | Command::Outbox(_) => Action::Operate,
        Command::User(_) | Command::Member(_) | Command::Token(_) => Action::ManageUsers,
        Command::Contact(ContactCommand::Add(_)) => Action::AddContact,
        Command::Contact(
            ContactCommand::Show { .. } | ContactCommand::List(_) | ContactCommand::Search { .. },
        ) => Action::ReadCard,
        Command::Contact(ContactCommand::Merge { .. } | ContactCommand::Handover { .. }) => {
            Action::ManageContacts
        }
        Command::Contact(ContactCommand::Erase { .. }) => Action::EraseData,
        Command::Contact(ContactCommand::Data { .. }) => Action::ExportData,
        Command::Interaction(InteractionCommand::Add(_)) => Action::LogInteraction,
        Command::Interaction(InteractionCommand::List { .. }) => Action::ReadCard,
        Command::Cadence(CadenceCommand::List) => Action::ReadCard,
        // A category's cadence is the office's; one contact's, its keeper's.
        Command::Cadence(CadenceCommand::Set {
            category: Some(_), ..
        }) => Action::OfficeSettings,
        Command::Cadence(CadenceCommand::Set { .. }) => Action::ManageContacts,
        Command::Event(
            EventCommand::List { .. }
            | EventCommand::Attendees { .. }
            | EventCommand::Unreachable { .. },
        ) => Action::ReadEvents,
        Command::Event(_) => Action::ManageEvents,
        Command::Brief(_) => Action::ReadBrief,
        Command::Audit { .. } => Action::ReadAudit,
        Command::Export(_) => Action::ExportData,
        Command::Import(_) => Action::ImportData,
        Command::Contact(ContactCommand::Edit(_)) => Action::EditContact,
        Command::Position(PositionCommand::Export { .. })
        | Command::Relation(RelationCommand::Export { .. }) => Action::ExportData,
        Command::Position(PositionCommand::Import(_))
        | Command::Relation(RelationCommand::Import(_)) => Action::ImportData,
        Command::Position(PositionCommand::List { .. })
        | Command::Org(OrgCommand::List)
        | Command::Honor(HonorCommand::List { .. })
        | Command::Committee(CommitteeCommand::List | CommitteeCommand::Show { .. })
        | Command::Agreement(AgreementCommand::List { .. })
        | Command::Project(ProjectCommand::List { .. } | ProjectCommand::Show { .. })
        | Command::Relation(RelationCommand::List { .. })
        | Command::Path { .. } => Action::ReadCard,
        Command::Position(_)
        | Command::Org(_)
        | Command::Honor(_)
        | Command::Committee(_)
        | Command::Agreement(_)
        | Command::Project(_)
        | Command::Relation(_) => Action::ManageInstitutions,
    }
}

async fn dispatch(command: Command, ctx: Context) -> Outcome {
    match command {
        Command::Serve(args) => serve::serve(&ctx, args).await,
        Command::Demo(_) => Ok(()),
        Command::Migrate => {
            ctx.say("migrate-done", &[]);
            Ok(())
        }
        Command::User(UserCommand::Invite(args)) => user::invite(&ctx, args).await,
        Command::User(UserCommand::List) => user::list(&ctx).await,
        Command::User(UserCommand::Disable { user, handover_to }) => {
            user::disable(&ctx, &user, handover_to.as_deref()).await
        }
        Command::User(UserCommand::Enable { user }) => user::enable(&ctx, &user).await,
        Command::User(UserCommand::Link { user }) => web::link(&ctx, &user).await,
        Command::Token(TokenCommand::Create { user, read_only }) => {
            web::create(&ctx, &user, read_only).await
        }
        Command::Token(TokenCommand::Revoke { id }) => web::revoke(&ctx, &id).await,
        Command::Token(TokenCommand::List) => web::list(&ctx).await,
        Command::User(UserCommand::Role {
            user,
            role,
            handover_to,
        }) => user::role(&ctx, &user, &role, handover_to.as_deref()).await,
        Command::Contact(ContactCommand::Add(args)) => contact::add(&ctx, *args).await,
        Command::Contact(ContactCommand::Show { contact }) => contact::show(&ctx, &contact).await,
        Command::Contact(ContactCommand::List(args)) => contact::list(&ctx, args).await,
        Command::Contact(ContactCommand::Search {
            query,
            limit,
            place,
            category,
        }) => contact::search(&ctx, &query, limit, place.as_deref(), category.as_deref()).await,
        Command::Contact(ContactCommand::Merge { keep, other }) => {
            contact::merge(&ctx, &keep, &other).await
        }
        Command::Interaction(InteractionCommand::Add(args)) => interaction::add(&ctx, *args).await,
        Command::Interaction(InteractionCommand::List { contact, limit }) => {
            interaction::list(&ctx, contact.as_deref(), limit).await
        }
        Command::Cadence(CadenceCommand::List) => cadence::list(&ctx).await,
        Command::Cadence(CadenceCommand::Set {
            category,
            contact,
            days,
            default: _,
        }) => match (category, contact) {
            (Some(category), _) => cadence::set(&ctx, &category, days.as_deref()).await,
            (None, Some(contact)) => cadence::set_contact(&ctx, &contact, days.as_deref()).await,
            (None, None) => Ok(()),
        },
        Command::Contact(ContactCommand::Data {
            contact,
            format,
            out,
        }) => contact::data(&ctx, &contact, format, out.as_deref()).await,
        Command::Contact(ContactCommand::Erase { contact, yes }) => {
            contact::erase(&ctx, &contact, yes).await
        }
        Command::Contact(ContactCommand::Handover { from, to, contact }) => {
            contact::handover(&ctx, &from, &to, contact.as_deref()).await
        }
        Command::Reminders(RemindersCommand::Tick { now }) => {
            reminders::tick(&ctx, now.as_deref()).await
        }
        Command::Outbox(OutboxCommand::List { dead, limit }) => {
            reminders::list(&ctx, dead, limit).await
        }
        Command::Outbox(OutboxCommand::Retry { id }) => reminders::retry(&ctx, &id).await,
        Command::Event(EventCommand::Add(args)) => event::add(&ctx, *args).await,
        Command::Event(EventCommand::List { all }) => event::list(&ctx, all).await,
        Command::Event(EventCommand::Invite(args)) => event::invite(&ctx, args).await,
        Command::Event(EventCommand::Change {
            event,
            starts,
            ends,
            place,
            address,
        }) => {
            event::change(
                &ctx,
                &event,
                [starts.as_deref(), ends.as_deref()],
                place,
                address,
                false,
            )
            .await
        }
        Command::Event(EventCommand::Cancel { event }) => {
            event::change(&ctx, &event, [None, None], None, None, true).await
        }
        Command::Event(EventCommand::Attendees { event, format }) => {
            event::attendees(&ctx, &event, format).await
        }
        Command::Event(EventCommand::Unreachable { event, format }) => {
            event::unreachable(&ctx, &event, format).await
        }
        Command::Member(MemberCommand::Revoke { member, purpose }) => {
            event::revoke(&ctx, &member, purpose.as_deref()).await
        }
        Command::Brief(args) => brief::brief(&ctx, args).await,
        Command::Audit {
            contact,
            user,
            purge_before: Some(before),
        } if contact.is_none() && user.is_none() => brief::purge(&ctx, &before).await,
        Command::Audit { contact, user, .. } => brief::audit(&ctx, contact, user).await,
        Command::Export(args) => exchange::export(&ctx, args).await,
        Command::Import(args) => exchange::import(&ctx, args).await,
        Command::Contact(ContactCommand::Edit(args)) => careers::edit(&ctx, *args).await,
        Command::Position(command) => careers::position(&ctx, command).await,
        Command::Org(command) => careers::org(&ctx, command).await,
        Command::Honor(command) => institutions::honor(&ctx, command).await,
        Command::Committee(command) => institutions::committee(&ctx, command).await,
        Command::Agreement(command) => institutions::agreement(&ctx, command).await,
        Command::Project(command) => institutions::project(&ctx, command).await,
        Command::Relation(command) => network::relation(&ctx, command).await,
        Command::Path { to, from, limit } => network::path(&ctx, &to, from.as_deref(), limit).await,
    }
}

/// Parses every value of a repeatable flag.
fn parse_all<T>(
    values: &[String],
    parse: impl Fn(&str) -> Result<T, domain::Error>,
) -> Result<Vec<T>, domain::Error> {
    values.iter().map(|value| parse(value)).collect()
}
