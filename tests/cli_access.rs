//! Roles on the command line: every command run `--as` each kind of user,
//! allowed or refused (deny by default). Without `--as` the command line is
//! the admin. The role check does not depend on the database, so this table
//! runs on SQLite only.

mod common;

use common::{TestDb, at};
use inmaek::domain::Lang;
use inmaek::domain::keys::Role;
use inmaek::store::users::Invitation;

const O: &str = "officer";
const M: &str = "mayor-office";
const A: &str = "admin";

/// Stands for an instant a month after the test's clock in `TABLE`
/// (replaced before the command runs).
const IN_A_MONTH: &str = "{in a month}";

/// Each command with arguments clap accepts, and the roles that may run it
/// (members may run none: their own data is in the bot).
const TABLE: &[(&[&str], &[&str])] = &[
    (&["serve"], &[A]),
    (&["migrate"], &[A]),
    (
        &[
            "user",
            "invite",
            "--role",
            "officer",
            "--name",
            "New Officer",
        ],
        &[A],
    ),
    (&["user", "list"], &[A]),
    (&["user", "disable", "Newcomer"], &[A]),
    (&["user", "enable", "Newcomer"], &[A]),
    (&["user", "role", "Newcomer", "admin"], &[A]),
    (&["contact", "add", "--hangul", "권한시험"], &[O, A]),
    (&["contact", "show", "1"], &[O, M, A]),
    (&["contact", "list"], &[O, M, A]),
    (&["contact", "search", "Kim"], &[O, M, A]),
    (&["contact", "merge", "1", "2"], &[O, A]),
    (
        &[
            "contact", "handover", "--from", "Officer", "--to", "Officer",
        ],
        &[O, A],
    ),
    (&["contact", "erase", "999"], &[A]),
    (
        &["interaction", "add", "--contact", "1", "--kind", "call"],
        &[O, A],
    ),
    (&["interaction", "list"], &[O, M, A]),
    (&["cadence", "list"], &[O, M, A]),
    (
        &["cadence", "set", "--category", "bridge", "--days", "30"],
        &[A],
    ),
    (
        &["cadence", "set", "--contact", "1", "--days", "30"],
        &[O, A],
    ),
    (
        &[
            "contact",
            "handover",
            "--from",
            "Other Officer",
            "--to",
            "Officer",
        ],
        &[A],
    ),
    (
        &[
            "event", "add", "--kind", "forum", "--title", "T", "--starts",
            // A month after the test clock (see `IN_A_MONTH`).
            IN_A_MONTH, "--place", "harbin",
        ],
        &[O, A],
    ),
    (&["event", "list"], &[O, A]),
    (&["event", "invite", "999"], &[O, A]),
    (&["event", "attendees", "999"], &[O, A]),
    (&["event", "unreachable", "999"], &[O, A]),
    (&["event", "change", "999", "--address", "x"], &[O, A]),
    (&["event", "cancel", "999"], &[O, A]),
    (&["outbox", "list"], &[A]),
    (&["outbox", "retry", "999"], &[A]),
    (&["reminders", "tick"], &[A]),
    (&["member", "revoke", "999"], &[A]),
    (&["brief", "--place", "harbin"], &[O, M, A]),
    (&["audit", "--contact", "1"], &[A]),
    (&["contact", "edit", "999", "--add-name", "X"], &[O, A]),
    (&["position", "list", "1"], &[O, M, A]),
    (&["position", "end", "999"], &[O, A]),
    (&["position", "export"], &[A]),
    (&["position", "import", "/nonexistent.csv"], &[A]),
    (&["org", "list"], &[O, M, A]),
    (&["org", "add", "Access Test Org"], &[O, A]),
    (&["honor", "list"], &[O, M, A]),
    (&["committee", "list"], &[O, M, A]),
    (&["committee", "show", "999"], &[O, M, A]),
    (
        &["committee", "add", "--name", "Access", "--place", "jilin"],
        &[O, A],
    ),
    (&["agreement", "list"], &[O, M, A]),
    (
        &["agreement", "status", "999", "--to", "friendship"],
        &[O, A],
    ),
    (&["project", "list"], &[O, M, A]),
    (&["project", "stage", "999", "--to", "mou"], &[O, A]),
    (&["relation", "list", "1"], &[O, M, A]),
    (&["relation", "remove", "999"], &[O, A]),
    (&["relation", "export"], &[A]),
    (&["path", "--to", "1"], &[O, M, A]),
    (&["export", "--format", "csv"], &[A]),
    (&["import", "/nonexistent/contacts.csv", "--dry-run"], &[A]),
];

/// A user invited and enrolled with a Telegram account.
async fn enrolled(
    store: &inmaek::store::Store,
    name: &str,
    role: Role,
    contact_id: Option<i32>,
    telegram: i64,
) -> i32 {
    let invited = store
        .invite_user(common::invitation(name, role, contact_id))
        .await
        .unwrap();
    store.redeem_code(&invited.code, telegram).await.unwrap();
    invited.user.id
}

fn run_as(db: &TestDb, user: &str, args: &[&str]) -> (i32, String) {
    let output = common::binary(db, "http://127.0.0.1:9/")
        .arg("--as")
        .arg(user)
        .args(args)
        .env_remove("TELOXIDE_TOKEN")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn every_cli_command_against_every_role() {
    let db = TestDb::sqlite();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let store = db.store_at(at("2026-11-29T10:00:00+09:00")).await;
        let member_of = store
            .add_contact(inmaek::store::contacts::NewContact {
                names: vec![
                    inmaek::domain::names::PersonName::parse(
                        inmaek::domain::keys::NameForm::Hangul,
                        "회원권한",
                    )
                    .unwrap(),
                ],
                ..Default::default()
            })
            .await
            .unwrap();
        for (telegram, (name, role, contact)) in [
            ("Officer", Role::Officer, None),
            ("Mayor Office", Role::MayorOffice, None),
            ("Admin", Role::Admin, None),
            ("Member", Role::Member, Some(member_of.id)),
            ("Other Officer", Role::Officer, None),
        ]
        .into_iter()
        .enumerate()
        {
            enrolled(&store, name, role, contact, 7000 + telegram as i64).await;
        }
        // Invited, never enrolled.
        store
            .invite_user(Invitation {
                role: Role::Officer,
                name: "Newcomer".into(),
                lang: Lang::En,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: chrono::Duration::days(1),
            })
            .await
            .unwrap();
    });
    let users = [
        ("Officer", O),
        ("Mayor Office", M),
        ("Admin", A),
        ("Member", "member"),
    ];
    let in_a_month = (db.clock.now() + chrono::Duration::days(30)).to_rfc3339();
    for (args, allowed) in TABLE {
        let args: Vec<&str> = args
            .iter()
            .map(|arg| {
                if *arg == IN_A_MONTH {
                    in_a_month.as_str()
                } else {
                    arg
                }
            })
            .collect();
        let args = args.as_slice();
        for (user, role) in users {
            let (code, stderr) = run_as(&db, user, args);
            let refused = stderr.contains("may not run this command");
            if allowed.contains(&role) {
                assert!(!refused, "{role} should run {args:?}: {stderr}");
            } else {
                assert!(refused, "{role} should not run {args:?} ({code}): {stderr}");
                assert_eq!(code, 1, "{args:?}");
                assert_eq!(stderr.lines().count(), 1, "one sentence: {stderr}");
            }
        }
    }
    // Someone invited who never enrolled cannot be acted as.
    let (code, stderr) = run_as(&db, "Newcomer", &["contact", "list"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr.trim(),
        "Newcomer has not enrolled yet (no Telegram account is linked), so nobody can act as them."
    );
    // Someone who is no user at all is refused before anything runs.
    let (code, stderr) = run_as(&db, "Nobody", &["contact", "list"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("Nobody"), "{stderr}");
    // A refusal says who and in which role, in the reader's language.
    let (_, stderr) = run_as(&db, "Mayor Office", &["export"]);
    assert_eq!(
        stderr.trim(),
        "Mayor Office (Mayor's office) may not run this command. Nothing was done."
    );
}

#[test]
fn changes_made_as_a_user_are_recorded_as_theirs() {
    let db = TestDb::sqlite();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let store = runtime.block_on(async {
        let store = db.store_at(at("2026-11-29T10:00:00+09:00")).await;
        enrolled(&store, "Officer", Role::Officer, None, 7100).await;
        store
    });
    let (code, stderr) = run_as(&db, "Officer", &["contact", "add", "--hangul", "기록시험"]);
    assert_eq!(code, 0, "{stderr}");
    let history = common::ok(&db, "en", &["audit", "--user", "Officer"]);
    assert!(
        history.contains("Officer (cli) · added a contact · contacts · subjects ["),
        "{history}"
    );
    drop(store);
}

/// An officer changes only the contacts they keep (admins any); a tie is
/// removed by whoever recorded it, or an admin.
#[test]
fn an_officer_changes_only_their_own_contacts_and_ties() {
    let db = TestDb::sqlite();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let store = db.store_at(at("2026-11-29T10:00:00+09:00")).await;
        enrolled(&store, "Officer", Role::Officer, None, 7200).await;
        enrolled(&store, "Other Officer", Role::Officer, None, 7201).await;
    });
    common::ok(
        &db,
        "en",
        &[
            "contact",
            "add",
            "--hanzi",
            "王伟",
            "--owner",
            "Other Officer",
        ],
    );
    common::ok(
        &db,
        "en",
        &["contact", "add", "--hanzi", "金永男", "--owner", "Officer"],
    );
    for args in [
        &["contact", "edit", "王伟", "--add-name", "Wang Wei"][..],
        &[
            "position",
            "add",
            "--contact",
            "王伟",
            "--org",
            "X",
            "--title",
            "Y",
            "--end-current",
        ][..],
    ] {
        let (code, stderr) = run_as(&db, "Officer", args);
        assert_eq!(code, 1, "{args:?}");
        assert!(stderr.contains("not owned by"), "{stderr}");
    }
    let (code, stderr) = run_as(
        &db,
        "Officer",
        &["contact", "edit", "金永男", "--add-name", "Jin Yongnan"],
    );
    assert_eq!(code, 0, "{stderr}");
    let (code, stderr) = run_as(
        &db,
        "Other Officer",
        &[
            "relation",
            "add",
            "--from",
            "王伟",
            "--to",
            "金永男",
            "--kind",
            "friend",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let (code, stderr) = run_as(&db, "Officer", &["relation", "remove", "1"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("Only who recorded this tie"), "{stderr}");
    let (code, stderr) = run_as(&db, "Other Officer", &["relation", "remove", "1"]);
    assert_eq!(code, 0, "{stderr}");
}
