//! The command line (CONTRACT.md). Flags are parsed here into strings;
//! `commands` parses values into domain types so errors are localized.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "inmaek",
    version,
    about = "Relationship CRM and Telegram bot of an international-relations office"
)]
pub struct Cli {
    /// Act as this enrolled user (id or name), with their role's rights and
    /// recorded as them in the access log; without it, the command line is
    /// the admin.
    #[arg(long = "as", global = true, env = "INMAEK_AS", value_name = "USER")]
    pub as_user: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the Telegram bot (long polling, or a webhook) and the scheduler until SIGINT or SIGTERM.
    Serve(ServeArgs),
    /// Chat with the real bot in this terminal, on a sample database (no Telegram account needed).
    Demo(DemoArgs),
    /// Apply pending database migrations and exit.
    Migrate,
    /// Users of Inmaek: officers, the mayor's office, admins, members.
    #[command(subcommand)]
    User(UserCommand),
    /// The admin's contact tools.
    #[command(subcommand)]
    Contact(ContactCommand),
    /// Record and list interactions.
    #[command(subcommand)]
    Interaction(InteractionCommand),
    /// Keep-in-touch cadence per contact category.
    #[command(subcommand)]
    Cadence(CadenceCommand),
    /// Write everything except secrets (JSON), re-importable with `import`.
    Export(ExportArgs),
    /// Import a dump (all or nothing).
    Import(ImportArgs),
    /// The keep-in-touch scheduler.
    #[command(subcommand)]
    Reminders(RemindersCommand),
    /// The queue of outgoing messages (digests, reminders, invitations).
    #[command(subcommand)]
    Outbox(OutboxCommand),
    /// Events and their invitations.
    #[command(subcommand)]
    Event(EventCommand),
    /// Members (contacts enrolled in the bot).
    #[command(subcommand)]
    Member(MemberCommand),
    /// A relationship brief on a place or a person, as a self-contained HTML page.
    Brief(BriefArgs),
    /// Careers: the positions a contact held, over time.
    #[command(subcommand)]
    Position(PositionCommand),
    /// Organizations: kind, place, parent.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Honours and memberships: honorary citizenship, Seoul Club, awards.
    #[command(subcommand)]
    Honor(HonorCommand),
    /// Joint committees, their members and meetings.
    #[command(subcommand)]
    Committee(CommitteeCommand),
    /// Sister and friendship city ties and MOUs, with their history.
    #[command(subcommand)]
    Agreement(AgreementCommand),
    /// Cooperation projects and their stages.
    #[command(subcommand)]
    Project(ProjectCommand),
    /// Bearer tokens for the JSON API.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Ties between people.
    #[command(subcommand)]
    Relation(RelationCommand),
    /// The best chains of acquaintance from the office's officers to a person, each step explained.
    Path {
        /// The person (id or unambiguous name).
        #[arg(long)]
        to: String,
        /// Only from this officer (name or id).
        #[arg(long)]
        from: Option<String>,
        /// At most this many chains (1 to 50).
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=50))]
        limit: u64,
    },
    /// The access log: who read or changed what about a contact, or what a user did.
    #[command(group(clap::ArgGroup::new("whose").required(true).args(["contact", "user", "purge_before"])))]
    Audit {
        /// A contact (id or any name form).
        #[arg(long)]
        contact: Option<String>,
        /// A user (id or name).
        #[arg(long)]
        user: Option<String>,
        /// Delete records older than this date (YYYY-MM-DD), at least two years ago.
        #[arg(long)]
        purge_before: Option<String>,
    },
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("target").required(true).args(["place", "contact"])))]
pub struct BriefArgs {
    /// A city or province, any name form (harbin, 哈尔滨, 하얼빈).
    #[arg(long)]
    pub place: Option<String>,
    /// A person, by id or any name form.
    #[arg(long)]
    pub contact: Option<String>,
    /// The day of the visit, YYYY-MM-DD (default: today).
    #[arg(long)]
    pub date: Option<String>,
    /// The brief's language: ko, zh-CN or en (default: INMAEK_LANG).
    #[arg(long)]
    pub lang: Option<String>,
    /// Write here instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// Create an event; its id is printed alone on the last line.
    Add(Box<EventAddArgs>),
    /// Events from today on, with their invitations counted by status.
    List {
        /// Past events too.
        #[arg(long)]
        all: bool,
    },
    /// Invite an audience: without --yes, how many and a sample; with it, queue the invitations.
    Invite(EventInviteArgs),
    /// Move an event or change its venue; everyone who accepted is told.
    Change {
        event: String,
        #[arg(long)]
        starts: Option<String>,
        #[arg(long)]
        ends: Option<String>,
        #[arg(long)]
        place: Option<String>,
        #[arg(long)]
        address: Option<String>,
    },
    /// Cancel an event; everyone who accepted is told, invitations not yet sent are not.
    Cancel { event: String },
    /// Everyone invited, with their status.
    Attendees {
        /// The event (id or a unique part of its title).
        event: String,
        #[arg(long, value_enum, default_value_t)]
        format: ListFormat,
    },
    /// Contacts of the audience the bot cannot reach, and why.
    Unreachable {
        event: String,
        #[arg(long, value_enum, default_value_t)]
        format: ListFormat,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum, Default)]
pub enum DataFormat {
    /// The data as stored.
    #[default]
    Json,
    /// A readable page.
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum, Default)]
pub enum ListFormat {
    /// Lines for reading.
    #[default]
    Text,
    /// CSV with a header, for a spreadsheet.
    Csv,
}

#[derive(Debug, Args, Default)]
pub struct EventAddArgs {
    /// forum, seoul_club_gathering, academic_exchange, delegation_visit or other.
    #[arg(long)]
    pub kind: String,
    /// The title; its language is told from its script (Hangul: Korean, Han: Chinese, else English).
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub title_ko: Option<String>,
    #[arg(long)]
    pub title_zh: Option<String>,
    #[arg(long)]
    pub title_en: Option<String>,
    #[arg(long)]
    pub description_ko: Option<String>,
    #[arg(long)]
    pub description_zh: Option<String>,
    #[arg(long)]
    pub description_en: Option<String>,
    /// RFC 3339, e.g. 2026-12-10T14:00:00+09:00.
    #[arg(long)]
    pub starts: String,
    #[arg(long)]
    pub ends: Option<String>,
    /// The event's time zone (default: INMAEK_TZ).
    #[arg(long)]
    pub tz: Option<String>,
    /// The city (any name form).
    #[arg(long)]
    pub place: Option<String>,
    #[arg(long)]
    pub address: Option<String>,
    #[arg(long)]
    pub capacity: Option<String>,
    /// The last moment to answer, RFC 3339.
    #[arg(long)]
    pub deadline: Option<String>,
    /// The organizing officer (name or user id).
    #[arg(long)]
    pub organizer: Option<String>,
    /// The diplomacy track attendance is logged with.
    #[arg(long)]
    pub track: Option<String>,
    /// Policy areas (repeatable).
    #[arg(long = "topic")]
    pub topics: Vec<String>,
}

#[derive(Debug, Args)]
pub struct EventInviteArgs {
    pub event: String,
    /// Contacts in any of these categories (repeatable).
    #[arg(long = "category")]
    pub categories: Vec<String>,
    /// Contacts in any of these places; a province includes its cities (repeatable).
    #[arg(long = "place")]
    pub places: Vec<String>,
    /// Contacts currently at any of these organizations (repeatable).
    #[arg(long = "organization")]
    pub organizations: Vec<String>,
    /// Members of any of these committees (repeatable).
    #[arg(long = "committee")]
    pub committees: Vec<String>,
    /// Contacts whose language is this (ko, zh-CN, en).
    #[arg(long)]
    pub language: Option<String>,
    /// Queue the invitations (without it, nothing is written).
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address for /healthz, /readyz and /metrics (and the webhook): e.g. 127.0.0.1:8080.
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<std::net::SocketAddr>,
    /// Receive updates by webhook at this public HTTPS URL instead of long polling
    /// (listening on --listen, 127.0.0.1:8080 if not given).
    #[arg(long, value_name = "URL")]
    pub webhook_url: Option<url::Url>,
}

#[derive(Debug, Subcommand)]
pub enum MemberCommand {
    /// Withdraw a member's consents (user id, name, or their contact): every
    /// purpose, or the one given.
    Revoke {
        member: String,
        /// Only this purpose: `invitations` or `reminders` (about the member).
        #[arg(long, value_parser = ["invitations", "reminders"])]
        purpose: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RemindersCommand {
    /// Run one scheduler pass (digests, follow-up reminders) and relay the outbox once.
    Tick {
        /// The instant to run the pass at, RFC 3339 (default: now).
        #[arg(long)]
        now: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// Queued and sent messages, newest first.
    List {
        /// Only dead letters (messages that could not be sent).
        #[arg(long)]
        dead: bool,
        /// At most this many (1 to 10000).
        #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        limit: u64,
    },
    /// Queue a dead letter again; the next relay sends it.
    Retry { id: String },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a bearer token for the JSON API; the token is shown once, alone on the last line.
    Create {
        /// The user the token acts as (id or name).
        #[arg(long)]
        user: String,
        /// The token may only read.
        #[arg(long)]
        read_only: bool,
    },
    /// Revoke a token at once.
    Revoke {
        /// The token's id (from `token list`).
        id: String,
    },
    /// List tokens: id, user, read-only, created, last used, revoked.
    List,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a one-time enrolment code; the code is printed alone on the last line.
    Invite(InviteArgs),
    /// List users with their role, language and status (enrolled, not yet, disabled).
    List,
    /// End a user's access at once (bot, --as, buttons already sent); their contacts and open follow-ups move to --handover-to or become unowned.
    Disable {
        /// The user (id or name).
        user: String,
        /// The officer who takes over their contacts and follow-ups.
        #[arg(long, value_name = "OFFICER")]
        handover_to: Option<String>,
    },
    /// Give a disabled user access again.
    Enable {
        /// The user (id or name).
        user: String,
    },
    /// Print a one-time sign-in link to the web console for a user (valid 10 minutes), alone on the last line.
    Link {
        /// The user (id or name).
        user: String,
    },
    /// Change a staff user's role: officer, mayor-office or admin.
    Role {
        /// The user (id or name).
        user: String,
        /// The new role.
        role: String,
        /// When an officer stops being one: who takes over their contacts and follow-ups (else they become unowned).
        #[arg(long, value_name = "OFFICER")]
        handover_to: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// officer, mayor-office, admin or member.
    #[arg(long)]
    pub role: String,
    /// The user's name, as officers will refer to them (e.g. as a contact's owner).
    #[arg(long)]
    pub name: String,
    /// The user's language: ko, zh-CN or en (default: INMAEK_LANG).
    #[arg(long)]
    pub lang: Option<String>,
    /// The user's time zone (default: INMAEK_TZ).
    #[arg(long)]
    pub tz: Option<String>,
    /// For a member: the contact they are (id or unambiguous name).
    #[arg(long)]
    pub contact: Option<String>,
    /// Days before the code expires.
    #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u16).range(1..=90))]
    pub valid_days: u16,
}

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact; at least one of --hangul, --hanzi, --latin.
    Add(Box<ContactAddArgs>),
    /// Show a contact's card.
    Show {
        /// Id or any unambiguous name, in any script.
        contact: String,
    },
    /// List contacts.
    List(ContactListArgs),
    /// Find contacts, places and organizations by any name in any script.
    Search {
        /// 김영남, 金永男, "kim yong nam", ㄱㅇㄴ, 요녕 …
        query: String,
        /// At most this many of each (1 to 1000).
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=1000))]
        limit: u64,
        /// Only contacts in this place; a province includes its cities.
        #[arg(long)]
        place: Option<String>,
        /// Only contacts in this category.
        #[arg(long)]
        category: Option<String>,
    },
    /// Answer a person's request to see their data: everything stored about them, as they may see it (of a meeting shared with others, not the note nor who).
    Data {
        /// The contact (id or unambiguous name).
        contact: String,
        /// json (as stored) or html (readable, in INMAEK_LANG).
        #[arg(long, value_enum, default_value_t)]
        format: DataFormat,
        /// Write here (owner-only) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Erase a person on request: everything about them, for good (needs --yes).
    Erase {
        /// The contact (id or unambiguous name).
        contact: String,
        /// Really erase (without it, only says what would be erased).
        #[arg(long)]
        yes: bool,
    },
    /// Hand an officer's contacts (all, or one) and open follow-ups over to another officer.
    Handover {
        /// The officer handing over (name or user id).
        #[arg(long)]
        from: String,
        /// The officer taking over (name or user id).
        #[arg(long)]
        to: String,
        /// Only this contact (id or unambiguous name).
        #[arg(long)]
        contact: Option<String>,
    },
    /// Merge OTHER into KEEP: names, positions, interactions, follow-ups, honors; OTHER is deleted.
    Merge {
        /// The contact that stays (id or unambiguous name).
        keep: String,
        /// The duplicate that is merged into it and removed.
        other: String,
    },
    /// Change a contact: names, categories, organization and title, place, language, e-mails, phones, birthday.
    Edit(Box<ContactEditArgs>),
}

#[derive(Debug, Args, Default)]
pub struct ContactEditArgs {
    /// The contact (id or unambiguous name).
    pub contact: String,
    /// Add a name in any script (repeatable).
    #[arg(long)]
    pub add_name: Vec<String>,
    /// Remove a name, as written (repeatable).
    #[arg(long)]
    pub remove_name: Vec<String>,
    /// Add a category (repeatable).
    #[arg(long)]
    pub category: Vec<String>,
    /// Remove a category (repeatable).
    #[arg(long)]
    pub remove_category: Vec<String>,
    /// A new current organization (created if new); the current position ends today.
    #[arg(long, requires = "title")]
    pub org: Option<String>,
    /// The title at --org.
    #[arg(long, requires = "org")]
    pub title: Option<String>,
    /// A city or province, any name form.
    #[arg(long)]
    pub place: Option<String>,
    /// ko, zh-CN or en.
    #[arg(long)]
    pub language: Option<String>,
    /// Add an e-mail address, optionally labelled: work:kim@example.cn (repeatable).
    #[arg(long)]
    pub email: Vec<String>,
    /// Add a phone number, optionally labelled: mobile:+86 138 0000 0000 (repeatable).
    #[arg(long)]
    pub phone: Vec<String>,
    /// Remove an e-mail address (repeatable).
    #[arg(long)]
    pub remove_email: Vec<String>,
    /// Remove a phone number (repeatable).
    #[arg(long)]
    pub remove_phone: Vec<String>,
    /// Birthday, YYYY-MM-DD.
    #[arg(long)]
    pub birthday: Option<String>,
    /// The birthday is a date of the Korean lunar calendar (reminded on its solar day each year).
    #[arg(long, requires = "birthday")]
    pub lunar: bool,
}

#[derive(Debug, Subcommand)]
pub enum PositionCommand {
    /// Record a position a contact holds or held; its id is printed alone on the last line.
    Add {
        /// The contact (id or unambiguous name).
        #[arg(long)]
        contact: String,
        /// The organization (id or a name in any language; created if new).
        #[arg(long)]
        org: String,
        /// The title.
        #[arg(long)]
        title: String,
        /// Since, YYYY-MM-DD.
        #[arg(long)]
        from: Option<String>,
        /// Until, YYYY-MM-DD (a past position).
        #[arg(long)]
        to: Option<String>,
        /// End the contact's current positions the day this one starts.
        #[arg(long)]
        end_current: bool,
    },
    /// End a current position.
    End {
        /// The position's number (from position list).
        id: String,
        /// The last day, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
    },
    /// A contact's positions: current, then past.
    List {
        /// The contact (id or unambiguous name).
        contact: String,
    },
    /// Every position as CSV (contact_id, contact, organization, title, from, to).
    Export {
        /// Write here (owner-only) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Positions from a CSV file like export's, all or nothing.
    Import(TableImportArgs),
}

#[derive(Debug, Args)]
pub struct TableImportArgs {
    /// The CSV file.
    pub file: PathBuf,
    /// Check every row and say what would be added, without writing.
    #[arg(long)]
    pub dry_run: bool,
    /// The file's encoding when it is not UTF-8: cp949 (euc-kr) or gb18030.
    #[arg(long)]
    pub encoding: Option<String>,
}

#[derive(Debug, Args, Default)]
pub struct OrgFieldArgs {
    /// Its Korean name.
    #[arg(long)]
    pub name_ko: Option<String>,
    /// Its Chinese name.
    #[arg(long)]
    pub name_zh: Option<String>,
    /// Its English name.
    #[arg(long)]
    pub name_en: Option<String>,
    /// government, research_institute, university, company, association or other.
    #[arg(long)]
    pub kind: Option<String>,
    /// A city or province, any name form.
    #[arg(long)]
    pub place: Option<String>,
    /// The organization it is part of (id or name).
    #[arg(long)]
    pub parent: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Add an organization; its id is printed alone on the last line.
    Add {
        /// Its name, in any language.
        name: String,
        #[command(flatten)]
        fields: OrgFieldArgs,
    },
    /// Change an organization's names, kind, place or parent.
    Edit {
        /// The organization (id or a name in any language).
        org: String,
        #[command(flatten)]
        fields: OrgFieldArgs,
    },
    /// Merge an organization into another: positions and projects move, it is removed.
    Merge {
        /// The duplicate, removed.
        org: String,
        /// The organization that stays.
        into: String,
    },
    /// Every organization, within its parents, with how many hold a post there.
    List,
}

#[derive(Debug, Subcommand)]
pub enum HonorCommand {
    /// Record an honour or membership of a contact.
    Add {
        /// The contact (id or unambiguous name).
        #[arg(long)]
        contact: String,
        /// honorary_citizen, seoul_club or award.
        #[arg(long)]
        kind: String,
        /// Conferred or member since, YYYY-MM-DD.
        #[arg(long)]
        on: Option<String>,
        /// active, lapsed or revoked (default: active).
        #[arg(long)]
        status: Option<String>,
        /// The award's name, or any remark.
        #[arg(long)]
        note: Option<String>,
    },
    /// Honours and memberships, of one contact or of everyone.
    List {
        /// Only this contact (id or unambiguous name).
        #[arg(long)]
        contact: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CommitteeCommand {
    /// Add a committee; its id is printed alone on the last line.
    Add {
        /// Its English name.
        #[arg(long)]
        name: String,
        /// Its Korean name (default: the English one).
        #[arg(long)]
        name_ko: Option<String>,
        /// Its Chinese name (default: the English one).
        #[arg(long)]
        name_zh: Option<String>,
        /// The places it covers (repeatable).
        #[arg(long, required = true)]
        place: Vec<String>,
        /// Founded, YYYY-MM-DD.
        #[arg(long)]
        founded: Option<String>,
    },
    /// Change a committee's names, places or founding day.
    Edit {
        /// The committee (id or a name in any language).
        committee: String,
        /// Its English name.
        #[arg(long)]
        name: Option<String>,
        /// Its Korean name.
        #[arg(long)]
        name_ko: Option<String>,
        /// Its Chinese name.
        #[arg(long)]
        name_zh: Option<String>,
        /// The places it covers, instead of the current ones (repeatable).
        #[arg(long)]
        place: Vec<String>,
        /// Founded, YYYY-MM-DD.
        #[arg(long)]
        founded: Option<String>,
    },
    /// Members of a committee.
    #[command(subcommand)]
    Member(CommitteeMemberCommand),
    /// Meetings of a committee.
    #[command(subcommand)]
    Meeting(CommitteeMeetingCommand),
    /// Every committee with its places, members and last meeting.
    List,
    /// A committee with its members and meetings.
    Show {
        /// The committee (id or a name in any language).
        committee: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum CommitteeMemberCommand {
    /// Give a contact, or an officer, a seat on a committee.
    Add {
        /// The committee (id or a name in any language).
        committee: String,
        /// The contact (id or unambiguous name).
        #[arg(long, required_unless_present = "user", conflicts_with = "user")]
        contact: Option<String>,
        /// Or one of Seoul's users (name or id).
        #[arg(long)]
        user: Option<String>,
        /// chair, vice_chair, secretary or member.
        #[arg(long)]
        role: String,
        /// seoul or counterpart (default: counterpart for a contact, seoul for a user).
        #[arg(long)]
        side: Option<String>,
        /// Since, YYYY-MM-DD.
        #[arg(long)]
        from: Option<String>,
        /// Until, YYYY-MM-DD.
        #[arg(long)]
        to: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CommitteeMeetingCommand {
    /// Record a meeting; it is logged as an interaction with every attendee. Its id is printed alone on the last line.
    Add {
        /// The committee (id or a name in any language).
        committee: String,
        /// The day, YYYY-MM-DD.
        #[arg(long)]
        on: String,
        /// Where, any place name form.
        #[arg(long)]
        place: Option<String>,
        /// The agenda.
        #[arg(long)]
        agenda: Option<String>,
        /// The minutes.
        #[arg(long)]
        minutes: Option<String>,
        /// A contact who attended (repeatable).
        #[arg(long)]
        attendee: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AgreementCommand {
    /// Record a sister or friendship city tie or an MOU with a place; its id is printed alone on the last line.
    Add {
        /// The city or province, any name form.
        #[arg(long)]
        place: String,
        /// exploring, friendship, sister_city or mou.
        #[arg(long)]
        status: String,
        /// From, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
        /// A contact who signed it (repeatable).
        #[arg(long)]
        signatory: Vec<String>,
        /// Where the signed text is kept (a file number, a link).
        #[arg(long)]
        document: Option<String>,
        /// A remark.
        #[arg(long)]
        note: Option<String>,
    },
    /// A new step in an agreement's history.
    Status {
        /// The agreement (its number, or its place when there is one there).
        agreement: String,
        /// exploring, friendship, sister_city, mou, renewed or suspended.
        #[arg(long)]
        to: String,
        /// From, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
    },
    /// Agreements with their history.
    List {
        /// Only in this place; a province includes its cities.
        #[arg(long)]
        place: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// Record a cooperation project; its id is printed alone on the last line.
    Add {
        /// Its title (in English, or the one language it has).
        #[arg(long)]
        title: String,
        /// Its Korean title.
        #[arg(long)]
        title_ko: Option<String>,
        /// Its Chinese title.
        #[arg(long)]
        title_zh: Option<String>,
        /// A policy area (repeatable).
        #[arg(long, required = true)]
        area: Vec<String>,
        /// The city or province, any name form.
        #[arg(long)]
        place: String,
        /// A counterpart organization (repeatable; created if new).
        #[arg(long)]
        org: Vec<String>,
        /// Seoul's responsible officer (name or id).
        #[arg(long)]
        officer: Option<String>,
        /// idea, proposal, mou, pilot, running, done or stopped (default: idea).
        #[arg(long)]
        stage: Option<String>,
        /// Since, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
    },
    /// A new stage in a project's history.
    Stage {
        /// The project (id or a title in any language).
        project: String,
        /// idea, proposal, mou, pilot, running, done or stopped.
        #[arg(long)]
        to: String,
        /// From, YYYY-MM-DD (default: today).
        #[arg(long)]
        on: Option<String>,
    },
    /// Attach a follow-up to a project: something promised to (or by) a contact.
    FollowUp {
        /// The project (id or a title in any language).
        project: String,
        /// Who it is promised to (id or unambiguous name).
        #[arg(long)]
        contact: String,
        /// What is promised.
        #[arg(long)]
        what: String,
        /// Due, YYYY-MM-DD.
        #[arg(long)]
        due: String,
        /// The contact promised it (default: Seoul did).
        #[arg(long)]
        theirs: bool,
    },
    /// Projects with their stage.
    List {
        /// Only in this place; a province includes its cities.
        #[arg(long)]
        place: Option<String>,
    },
    /// A project with its history and follow-ups.
    Show {
        /// The project (id or a title in any language).
        project: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum RelationCommand {
    /// Record a tie between two people; its id is printed alone on the last line.
    Add {
        /// The first person (id or unambiguous name); for superior, the superior; for introduced, who introduced.
        #[arg(long)]
        from: String,
        /// The second person (id or unambiguous name).
        #[arg(long)]
        to: String,
        /// introduced, colleague, superior, family, classmate or friend.
        #[arg(long)]
        kind: String,
        /// A remark (how they know each other).
        #[arg(long)]
        note: Option<String>,
    },
    /// The ties recorded with a contact.
    List {
        /// The contact (id or unambiguous name).
        contact: String,
    },
    /// Remove a recorded tie.
    Remove {
        /// The tie's number (from relation list).
        id: String,
    },
    /// Every recorded tie as CSV (from_id, from, to_id, to, kind, note).
    Export {
        /// Write here (owner-only) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Ties from a CSV file like export's, all or nothing; ties recorded already are skipped.
    Import(TableImportArgs),
}

#[derive(Debug, Args, Default)]
pub struct ContactAddArgs {
    /// Korean name, family name first (김영남).
    #[arg(long)]
    pub hangul: Option<String>,
    /// Chinese name (金永男).
    #[arg(long)]
    pub hanzi: Option<String>,
    /// Latin-letter name as the person writes it (Jin Yongnan).
    #[arg(long)]
    pub latin: Option<String>,
    /// Another name (repeatable).
    #[arg(long)]
    pub alias: Vec<String>,
    /// A former name (repeatable).
    #[arg(long)]
    pub former: Vec<String>,
    /// Category key (repeatable): seoul_club, honorary_citizen, next_gen_leader, bridge, official, researcher.
    #[arg(long)]
    pub category: Vec<String>,
    /// Policy-area interest (repeatable): transportation, e_government, waterworks, environment, urban_planning_housing, sewage.
    #[arg(long)]
    pub interest: Vec<String>,
    /// Organization name (created if new).
    #[arg(long)]
    pub org: Option<String>,
    /// Current title at that organization.
    #[arg(long)]
    pub title: Option<String>,
    /// A place key or any of its names.
    #[arg(long)]
    pub place: Option<String>,
    /// Preferred language: ko, zh-CN or en.
    #[arg(long)]
    pub lang: Option<String>,
    /// Time zone (IANA name).
    #[arg(long)]
    pub tz: Option<String>,
    /// Telegram user id (digits) or @username.
    #[arg(long)]
    pub telegram: Option<String>,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    /// Keep-in-touch cadence override, whole days.
    #[arg(long)]
    pub cadence_days: Option<String>,
    /// The owning officer, by name.
    #[arg(long)]
    pub owner: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// Add even when someone with one of these names exists.
    #[arg(long)]
    pub allow_duplicate: bool,
}

#[derive(Debug, Args, Default)]
pub struct ContactListArgs {
    #[arg(long)]
    pub category: Option<String>,
    #[arg(long)]
    pub place: Option<String>,
    /// Owning officer, by name.
    #[arg(long)]
    pub owner: Option<String>,
    /// Only relationships due or overdue, most urgent first.
    #[arg(long)]
    pub due: bool,
}

#[derive(Debug, Subcommand)]
pub enum InteractionCommand {
    /// Record an interaction.
    Add(Box<InteractionAddArgs>),
    /// List interactions, newest first.
    List {
        /// Only this contact's (id or name).
        #[arg(long)]
        contact: Option<String>,
        /// At most this many (1 to 10000).
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=10_000))]
        limit: u64,
    },
}

#[derive(Debug, Args, Default)]
pub struct InteractionAddArgs {
    /// A contact who took part (repeatable): id or unambiguous name.
    #[arg(long, required = true)]
    pub contact: Vec<String>,
    /// meeting, call, message, event, visit or letter_gift.
    #[arg(long)]
    pub kind: String,
    /// When it happened: RFC 3339, "YYYY-MM-DD HH:MM" or YYYY-MM-DD (office time zone); default now.
    #[arg(long)]
    pub at: Option<String>,
    /// Where: a place key or name.
    #[arg(long)]
    pub place: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    /// political, public, economic or peace.
    #[arg(long)]
    pub track: Option<String>,
    /// Policy area discussed (repeatable).
    #[arg(long)]
    pub topic: Vec<String>,
    /// Another officer who took part (repeatable), by name.
    #[arg(long)]
    pub officer: Vec<String>,
    /// The officer recording it (becomes the owner of contacts without one).
    #[arg(long)]
    pub by: Option<String>,
    /// A follow-up promised in the meeting.
    #[arg(long, requires = "follow_up_due")]
    pub follow_up: Option<String>,
    /// Its due date, YYYY-MM-DD.
    #[arg(long, requires = "follow_up")]
    pub follow_up_due: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CadenceCommand {
    /// The default cadence of each category.
    List,
    /// Set a category's default cadence, or one contact's own cadence.
    #[command(group(clap::ArgGroup::new("target").required(true).args(["category", "contact"])))]
    #[command(group(clap::ArgGroup::new("value").required(true).args(["days", "default"])))]
    Set {
        /// A category (next_gen_leader, bridge, official, …).
        #[arg(long)]
        category: Option<String>,
        /// A contact (id or unambiguous name): their own cadence overrides the categories'.
        #[arg(long)]
        contact: Option<String>,
        /// Days between contacts (1 to 3650).
        #[arg(long)]
        days: Option<String>,
        /// With --contact: drop the contact's own cadence, back to its categories'.
        #[arg(long, requires = "contact")]
        default: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum DumpFormat {
    /// The complete dump (export) or a dump to restore (import).
    #[default]
    Json,
    /// Contacts, with the columns of CONTRACT.md.
    Csv,
    /// Contacts as vCard (import: 2.1, 3.0, 4.0; export: 4.0).
    Vcard,
    /// Events as iCalendar (export only).
    Ics,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// json (the default), csv, vcard or ics; with --out, the file's
    /// extension (.json, .csv, .vcf, .ics) says it when this is not given.
    #[arg(long, value_enum)]
    pub format: Option<DumpFormat>,
    /// Write here instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    pub file: PathBuf,
    /// Guessed from the extension when not given.
    #[arg(long, value_enum)]
    pub format: Option<DumpFormat>,
    /// Check and report new, duplicate and invalid rows without writing.
    #[arg(long)]
    pub dry_run: bool,
    /// The file's encoding when it is not UTF-8: cp949 (euc-kr) or gb18030 (a file that is not UTF-8 is refused without it, naming the likely one).
    #[arg(long)]
    pub encoding: Option<String>,
    /// Import only the people not recorded yet; skip the others.
    #[arg(long, conflicts_with = "allow_duplicates")]
    pub skip_duplicates: bool,
    /// Import every row, even people who seem to be recorded already.
    #[arg(long)]
    pub allow_duplicates: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// The demo's SQLite file (created with sample data if missing).
    #[arg(long, default_value = "inmaek-demo.db")]
    pub db: PathBuf,
    /// Where the web console listens (another free port if this one is taken).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub web: std::net::SocketAddr,
}
