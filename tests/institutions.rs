//! Institutions and the network through the real binary, on SQLite and
//! (with `TEST_DATABASE_URL`) PostgreSQL: committees with members and
//! meetings (logged as interactions), agreements and projects with their
//! history, organizations within one another, careers, contact edits, ties
//! and the chains of acquaintance from officers to a person.

mod common;

use common::{TestDb, ok, refused};

/// A day `days` before the test clock (`common::NOW`), as typed.
fn days_ago(days: i64) -> String {
    (common::at(common::NOW).date_naive() - chrono::Duration::days(days)).to_string()
}

fn last_line(out: &str) -> String {
    out.lines().last().unwrap_or_default().trim().to_owned()
}

fn add(db: &TestDb, args: &[&str]) -> String {
    let mut all = vec!["contact", "add", "--category", "official"];
    all.extend_from_slice(args);
    last_line(&ok(db, "en", &all))
}

#[test]
fn a_committee_meeting_moves_its_attendees_clocks_and_institutions_keep_their_history() {
    for db in TestDb::all() {
        let meeting_day = days_ago(10);
        let kim = add(
            &db,
            &[
                "--hangul",
                "김영남",
                "--hanzi",
                "金永男",
                "--place",
                "jilin",
            ],
        );
        add(
            &db,
            &[
                "--hanzi",
                "王伟",
                "--latin",
                "Wang Wei",
                "--place",
                "changchun",
            ],
        );
        let committee = last_line(&ok(
            &db,
            "en",
            &[
                "committee",
                "add",
                "--name",
                "Seoul–Jilin Joint Committee",
                "--name-ko",
                "서울-지린성 공동위원회",
                "--name-zh",
                "首尔—吉林省联合委员会",
                "--place",
                "jilin",
                "--founded",
                "2012-05-01",
            ],
        ));
        for (who, role) in [("王伟", "chair"), ("김영남", "member")] {
            ok(
                &db,
                "en",
                &[
                    "committee",
                    "member",
                    "add",
                    "서울-지린성 공동위원회",
                    "--contact",
                    who,
                    "--role",
                    role,
                ],
            );
        }
        let refusal = refused(
            &db,
            "en",
            &[
                "committee",
                "member",
                "add",
                &committee,
                "--contact",
                "王伟",
                "--role",
                "boss",
            ],
        );
        assert!(
            refusal.contains("boss") && refusal.contains("vice_chair"),
            "{refusal}"
        );
        let meeting = ok(
            &db,
            "en",
            &[
                "committee",
                "meeting",
                "add",
                "首尔—吉林省联合委员会",
                "--on",
                &meeting_day,
                "--place",
                "changchun",
                "--agenda",
                "Youth exchange 2027",
                "--minutes",
                "Agreed on forty students",
                "--attendee",
                "김영남",
                "--attendee",
                "Wang Wei",
            ],
        );
        assert!(meeting.contains("2 attendees"), "{meeting}");
        // Each attendee's keep-in-touch clock moved to the meeting.
        let card = ok(&db, "en", &["contact", "show", &kim]);
        assert!(card.contains(&meeting_day), "{card}");
        let shown = ok(&db, "ko", &["committee", "show", &committee]);
        assert!(shown.contains("서울-지린성 공동위원회"), "{shown}");
        assert!(shown.contains("위원장"), "the chair, in Korean: {shown}");
        assert!(shown.contains("Youth exchange 2027"), "{shown}");
        assert!(shown.contains("Agreed on forty students"), "{shown}");
        let listed = ok(&db, "en", &["committee", "list"]);
        assert!(
            listed.contains("2 members") && listed.contains(&meeting_day),
            "{listed}"
        );

        // An agreement's history, oldest first, in years before the clock.
        let (explored, befriended, twinned) =
            (days_ago(7 * 365), days_ago(5 * 365), days_ago(2 * 365));
        let agreement = last_line(&ok(
            &db,
            "en",
            &[
                "agreement",
                "add",
                "--place",
                "changchun",
                "--status",
                "exploring",
                "--on",
                &explored,
                "--signatory",
                "王伟",
                "--document",
                "IR-2019-031",
            ],
        ));
        ok(
            &db,
            "en",
            &[
                "agreement",
                "status",
                &agreement,
                "--to",
                "friendship",
                "--on",
                &befriended,
            ],
        );
        ok(
            &db,
            "en",
            &[
                "agreement",
                "status",
                "长春",
                "--to",
                "sister_city",
                "--on",
                &twinned,
            ],
        );
        let refusal = refused(
            &db,
            "en",
            &["agreement", "status", &agreement, "--to", "sister_city"],
        );
        assert!(refusal.contains("already"), "{refusal}");
        let agreements = ok(&db, "en", &["agreement", "list", "--place", "jilin"]);
        assert!(
            agreements.contains(&format!(
                "Exploring {explored} → Friendship city {befriended} → Sister city {twinned}"
            )),
            "{agreements}"
        );
        assert!(
            agreements.contains("Wang Wei") || agreements.contains("王伟"),
            "{agreements}"
        );

        // A project in two policy areas, with its stages and a follow-up.
        let project = last_line(&ok(
            &db,
            "en",
            &[
                "project",
                "add",
                "--title",
                "Changchun smart water meters",
                "--title-zh",
                "长春智能水表",
                "--area",
                "waterworks",
                "--area",
                "e_government",
                "--place",
                "changchun",
                "--org",
                "长春市水务局",
                "--stage",
                "proposal",
                "--on",
                &days_ago(274),
            ],
        ));
        ok(
            &db,
            "en",
            &[
                "project",
                "stage",
                "长春智能水表",
                "--to",
                "mou",
                "--on",
                &days_ago(60),
            ],
        );
        ok(
            &db,
            "en",
            &[
                "project",
                "follow-up",
                &project,
                "--contact",
                "王伟",
                "--what",
                "Send the pilot plan",
                "--due",
                &days_ago(-15),
            ],
        );
        let shown = ok(&db, "zh-CN", &["project", "show", &project]);
        assert!(shown.contains("长春智能水表"), "{shown}");
        assert!(
            shown.contains("谅解备忘录") || shown.contains("MoU"),
            "{shown}"
        );
        assert!(shown.contains("Send the pilot plan"), "{shown}");
        let refusal = refused(&db, "en", &["project", "stage", &project, "--to", "mou"]);
        assert!(refusal.contains("already"), "{refusal}");
        let refusal = refused(&db, "en", &["project", "show", "no such project"]);
        assert!(refusal.contains("No project"), "{refusal}");

        // The place brief lists them, for the province and its cities.
        let brief = ok(&db, "en", &["brief", "--place", "jilin", "--lang", "en"]);
        assert!(
            brief.contains("Seoul–Jilin Joint Committee"),
            "{}",
            db.backend
        );
        assert!(brief.contains("Changchun smart water meters"));
        assert!(brief.contains(&format!("Sister city {twinned}")));
    }
}

#[test]
fn careers_organizations_and_contact_edits_keep_history_and_search() {
    for db in TestDb::all() {
        let wang = add(
            &db,
            &[
                "--hanzi",
                "王伟",
                "--place",
                "harbin",
                "--org",
                "哈尔滨市人民政府",
                "--title",
                "副市长",
            ],
        );
        let province = last_line(&ok(
            &db,
            "en",
            &[
                "org",
                "add",
                "黑龙江省人民政府",
                "--kind",
                "government",
                "--place",
                "heilongjiang",
            ],
        ));
        ok(
            &db,
            "en",
            &[
                "org",
                "add",
                "黑龙江省外事办公室",
                "--name-en",
                "Heilongjiang Foreign Affairs Office",
                "--kind",
                "government",
                "--parent",
                &province,
            ],
        );
        let orgs = ok(&db, "en", &["org", "list"]);
        assert!(
            orgs.contains("黑龙江省人民政府 › Heilongjiang Foreign Affairs Office"),
            "{orgs}"
        );
        // A new post ends the current one the day it starts.
        ok(
            &db,
            "en",
            &[
                "position",
                "add",
                "--contact",
                "王伟",
                "--org",
                "黑龙江省外事办公室",
                "--title",
                "主任",
                "--from",
                &days_ago(90),
                "--end-current",
            ],
        );
        let since = days_ago(90);
        let positions = ok(&db, "en", &["position", "list", &wang]);
        let lines: Vec<&str> = positions.lines().collect();
        assert!(
            lines[0].contains("主任") && lines[0].contains(&format!("since {since}")),
            "{positions}"
        );
        assert!(
            lines[1].contains("副市长") && lines[1].contains(&format!("{since})")),
            "{positions}"
        );
        // A duplicate organization merges into the other: its posts move.
        ok(&db, "en", &["org", "add", "Harbin Government"]);
        ok(
            &db,
            "en",
            &[
                "position",
                "add",
                "--contact",
                "王伟",
                "--org",
                "Harbin Government",
                "--title",
                "顾问",
                "--to",
                "2020-01-01",
            ],
        );
        ok(
            &db,
            "en",
            &["org", "merge", "Harbin Government", "哈尔滨市人民政府"],
        );
        // One organization now, with both names; in Chinese, its Chinese one.
        let positions = ok(&db, "zh-CN", &["position", "list", &wang]);
        assert_eq!(
            positions.matches("哈尔滨市人民政府").count(),
            2,
            "{positions}"
        );
        let orgs = ok(&db, "en", &["org", "list"]);
        assert_eq!(orgs.matches("Harbin Government").count(), 1, "{orgs}");
        let refusal = refused(
            &db,
            "en",
            &["org", "edit", &province, "--parent", "黑龙江省外事办公室"],
        );
        assert!(refusal.contains("itself"), "{refusal}");

        // Editing a contact: a name in another script is found at once.
        ok(
            &db,
            "en",
            &[
                "contact",
                "edit",
                "王伟",
                "--add-name",
                "왕웨이",
                "--add-name",
                "Wang Wei",
                "--category",
                "honorary_citizen",
                "--email",
                "wang@example.cn",
                "--email",
                "work:wei.wang@hlj.gov.cn",
                "--phone",
                "mobile:+86 138 0000 0000",
                "--birthday",
                "1968-08-15",
                "--lunar",
            ],
        );
        let found = ok(&db, "en", &["contact", "search", "왕웨이"]);
        assert!(found.contains(&format!("#{wang}")), "{found}");
        let card = ok(&db, "en", &["contact", "show", "Wang Wei"]);
        assert!(card.contains("wang@example.cn"), "{card}");
        assert!(card.contains("wei.wang@hlj.gov.cn (work)"), "{card}");
        // The first phone is the contact's own (its label is not kept there).
        assert!(card.contains("Phone: +86 138 0000 0000"), "{card}");
        assert!(card.contains("lunar calendar"), "{card}");
        ok(
            &db,
            "en",
            &[
                "contact",
                "edit",
                "Wang Wei",
                "--remove-name",
                "왕웨이",
                "--remove-email",
                "wang@example.cn",
            ],
        );
        let card = ok(&db, "en", &["contact", "show", &wang]);
        assert!(!card.contains("왕웨이"), "{card}");
        assert!(!card.contains("wang@example.cn"), "{card}");
        assert!(
            card.contains("wei.wang@hlj.gov.cn"),
            "the next e-mail stays: {card}"
        );
        let refusal = refused(
            &db,
            "en",
            &[
                "contact",
                "edit",
                &wang,
                "--remove-name",
                "王伟",
                "--remove-name",
                "Wang Wei",
            ],
        );
        assert!(refusal.to_lowercase().contains("name"), "{refusal}");
        let refusal = refused(
            &db,
            "en",
            &["contact", "edit", &wang, "--email", "not an address"],
        );
        assert_eq!(refusal.trim().lines().count(), 1, "{refusal}");
        // Every change is in the access log.
        let audit = ok(&db, "en", &["audit", "--contact", &wang]);
        assert!(audit.contains("changed a contact"), "{audit}");
        assert!(audit.contains("recorded a position"), "{audit}");
    }
}

#[test]
fn path_explains_each_step_from_an_officer_to_the_person() {
    for db in TestDb::all() {
        ok(
            &db,
            "en",
            &[
                "user",
                "invite",
                "--role",
                "officer",
                "--name",
                "Park Jiwoo",
            ],
        );
        add(&db, &["--hangul", "김영남", "--hanzi", "金永男"]);
        let wang = add(&db, &["--hanzi", "王伟", "--latin", "Wang Wei"]);
        add(&db, &["--hanzi", "张丽", "--latin", "Zhang Li"]);
        let alone = add(&db, &["--hanzi", "李强"]);
        let (first, last) = (days_ago(59), days_ago(20));
        for at in [&first, &last] {
            ok(
                &db,
                "en",
                &[
                    "interaction",
                    "add",
                    "--contact",
                    "김영남",
                    "--kind",
                    "meeting",
                    "--at",
                    at,
                    "--by",
                    "Park Jiwoo",
                ],
            );
        }
        ok(
            &db,
            "en",
            &[
                "relation",
                "add",
                "--from",
                "金永男",
                "--to",
                "王伟",
                "--kind",
                "classmate",
                "--note",
                "Jilin University",
            ],
        );
        ok(
            &db,
            "en",
            &[
                "relation", "add", "--from", "张丽", "--to", "王伟", "--kind", "superior",
            ],
        );
        let path = ok(&db, "en", &["path", "--to", "Zhang Li"]);
        assert!(
            path.contains(&format!("Park Jiwoo met 김영남 2 times, last on {last} → 김영남 and Wang Wei were classmates → Zhang Li is Wang Wei's superior")),
            "{path}"
        );
        let path = ok(&db, "ko", &["path", "--to", &wang]);
        assert!(
            path.contains("Park Jiwoo이(가) 김영남을(를) 2번 만났습니다"),
            "{path}"
        );
        let none = ok(&db, "en", &["path", "--to", &alone]);
        assert!(none.contains("No known way in"), "{none}");
        let refusal = refused(
            &db,
            "en",
            &[
                "relation", "add", "--from", "王伟", "--to", "王伟", "--kind", "friend",
            ],
        );
        assert!(refusal.contains("itself"), "{refusal}");
        let refusal = refused(
            &db,
            "en",
            &[
                "relation",
                "add",
                "--from",
                "王伟",
                "--to",
                "金永男",
                "--kind",
                "classmate",
            ],
        );
        assert!(refusal.contains("recorded already"), "{refusal}");
        let ties = ok(&db, "en", &["relation", "list", "王伟"]);
        assert!(
            ties.contains("Jilin University") && ties.contains("the admin"),
            "{ties}"
        );
        let id = ties
            .lines()
            .next()
            .unwrap()
            .trim_start_matches('#')
            .split(' ')
            .next()
            .unwrap()
            .to_owned();
        ok(&db, "en", &["relation", "remove", &id]);
        let path = ok(&db, "en", &["path", "--to", "Zhang Li"]);
        assert!(path.contains("No known way in"), "{path}");
    }
}

#[test]
fn a_merge_keeps_ties_signatures_and_further_details_once() {
    for db in TestDb::all() {
        let keep = add(&db, &["--hanzi", "王伟"]);
        let other = add(
            &db,
            &[
                "--latin",
                "Wang Wei",
                "--email",
                "wang@example.cn",
                "--allow-duplicate",
            ],
        );
        add(&db, &["--hanzi", "张丽"]);
        ok(
            &db,
            "en",
            &[
                "relation", "add", "--from", "张丽", "--to", &other, "--kind", "superior",
            ],
        );
        ok(
            &db,
            "en",
            &[
                "relation", "add", "--from", &keep, "--to", &other, "--kind", "friend",
            ],
        );
        for signatory in [&keep, &other] {
            ok(
                &db,
                "en",
                &[
                    "agreement",
                    "add",
                    "--place",
                    "harbin",
                    "--status",
                    "exploring",
                    "--signatory",
                    signatory,
                ],
            );
        }
        ok(
            &db,
            "en",
            &[
                "contact",
                "edit",
                &other,
                "--phone",
                "mobile:+86 138 0000 0000",
                "--birthday",
                "1970-05-04",
            ],
        );
        ok(&db, "en", &["contact", "merge", &keep, &other]);
        let ties = ok(&db, "en", &["relation", "list", &keep]);
        assert_eq!(ties.lines().count(), 1, "{ties}");
        assert!(ties.contains("张丽 is Wang Wei's superior"), "{ties}");
        let agreements = ok(&db, "zh-CN", &["agreement", "list"]);
        assert_eq!(agreements.matches("王伟").count(), 2, "{agreements}");
        let card = ok(&db, "en", &["contact", "show", &keep]);
        assert!(card.contains("wang@example.cn"), "{card}");
        assert!(
            card.contains("+86 138 0000 0000") && card.contains("1970-05-04"),
            "{card}"
        );
    }
}

#[test]
fn positions_ties_and_honours_travel_as_csv_files() {
    for db in TestDb::all() {
        add(
            &db,
            &[
                "--hanzi",
                "王伟",
                "--latin",
                "Wang Wei",
                "--org",
                "长春市人民政府",
                "--title",
                "副市长",
            ],
        );
        add(&db, &["--hanzi", "金永男", "--latin", "Jin Yongnan"]);
        ok(
            &db,
            "en",
            &[
                "relation",
                "add",
                "--from",
                "金永男",
                "--to",
                "王伟",
                "--kind",
                "classmate",
                "--note",
                "=HYPERLINK(\"x\")",
            ],
        );
        ok(
            &db,
            "en",
            &[
                "position",
                "add",
                "--contact",
                "王伟",
                "--org",
                "吉林省人民政府",
                "--title",
                "处长",
                "--from",
                "2015-01-01",
                "--to",
                "2019-12-31",
            ],
        );
        ok(
            &db,
            "en",
            &[
                "honor",
                "add",
                "--contact",
                "王伟",
                "--kind",
                "honorary_citizen",
                "--on",
                "2019-10-01",
            ],
        );
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str| dir.path().join(name).display().to_string();
        ok(
            &db,
            "en",
            &["position", "export", "--out", &file("positions.csv")],
        );
        ok(
            &db,
            "en",
            &["relation", "export", "--out", &file("ties.csv")],
        );
        ok(&db, "en", &["export", "--out", &file("contacts.csv")]);
        let ties = std::fs::read_to_string(file("ties.csv")).unwrap();
        assert!(ties.starts_with('\u{feff}'), "a BOM for Excel");
        assert!(
            ties.contains("'=HYPERLINK"),
            "a formula is neutralized: {ties}"
        );
        let contacts = std::fs::read_to_string(file("contacts.csv")).unwrap();
        assert!(contacts.contains("2019-10-01"), "{contacts}");

        // Into an empty database: the people first, then their careers and ties.
        let target = TestDb::sqlite();
        ok(&target, "en", &["import", &file("contacts.csv")]);
        let honors = ok(&target, "en", &["honor", "list"]);
        assert!(
            honors.contains("Honorary citizenship 2019-10-01"),
            "{honors}"
        );
        let checked = ok(
            &target,
            "en",
            &["position", "import", &file("positions.csv"), "--dry-run"],
        );
        assert!(checked.contains("All 2 rows are valid"), "{checked}");
        ok(
            &target,
            "en",
            &["position", "import", &file("positions.csv")],
        );
        let positions = ok(&target, "en", &["position", "list", "Wang Wei"]);
        assert!(positions.contains("2015-01-01 – 2019-12-31"), "{positions}");
        let imported = ok(&target, "en", &["relation", "import", &file("ties.csv")]);
        assert!(imported.contains("Imported 1 row."), "{imported}");
        let again = ok(&target, "en", &["relation", "import", &file("ties.csv")]);
        assert!(again.contains("1 was recorded already"), "{again}");
        let listed = ok(&target, "en", &["relation", "list", "Wang Wei"]);
        assert!(
            listed.contains("=HYPERLINK(\"x\")"),
            "restored exactly: {listed}"
        );
        // A row naming nobody: the line and column, nothing written.
        std::fs::write(
            file("bad.csv"),
            "from,to,kind\n金永男,王伟,friend\n金永男,Nobody,friend\n",
        )
        .unwrap();
        let refusal = refused(&target, "en", &["relation", "import", &file("bad.csv")]);
        assert!(
            refusal.contains(":3") && refusal.contains("to"),
            "{refusal}"
        );
        let listed = ok(&target, "en", &["relation", "list", "Wang Wei"]);
        assert!(!listed.contains("friend"), "nothing written: {listed}");
    }
}

/// What a trial from the README found, each refused or kept right.
#[test]
fn trial_findings_stay_fixed() {
    for db in TestDb::all() {
        let wang = add(
            &db,
            &["--hanzi", "王伟", "--org", "延边大学", "--title", "教授"],
        );
        add(&db, &["--hanzi", "金永男"]);
        let dir = tempfile::tempdir().unwrap();
        let file = |name: &str| dir.path().join(name).display().to_string();
        // A row's name decides, not a number from another database.
        std::fs::write(
            file("p.csv"),
            format!("contact_id,contact,organization,title\n{wang},金永男,X,Y\n"),
        )
        .unwrap();
        ok(&db, "en", &["position", "import", &file("p.csv")]);
        let kim = ok(&db, "en", &["position", "list", "金永男"]);
        assert!(kim.contains("Y — X"), "{kim}");
        // The same positions twice: skipped.
        ok(
            &db,
            "en",
            &["position", "export", "--out", &file("all.csv")],
        );
        let again = ok(&db, "en", &["position", "import", &file("all.csv")]);
        assert!(
            again.contains("Imported 0 rows; 2 were recorded already"),
            "{again}"
        );
        // A file separated by semicolons, or with no rows.
        std::fs::write(file("semi.csv"), "from;to;kind\n王伟;金永男;friend\n").unwrap();
        let refusal = refused(&db, "en", &["relation", "import", &file("semi.csv")]);
        assert!(refusal.contains("separated by “;”"), "{refusal}");
        std::fs::write(file("empty.csv"), "").unwrap();
        let refusal = refused(&db, "en", &["relation", "import", &file("empty.csv")]);
        assert!(refusal.contains("no rows"), "{refusal}");
        std::fs::write(file("self.csv"), "from,to,kind\n王伟,王伟,friend\n").unwrap();
        refused(&db, "en", &["relation", "import", &file("self.csv")]);
        // A part of an organization's name is not a new organization.
        let refusal = refused(
            &db,
            "en",
            &[
                "position",
                "add",
                "--contact",
                "王伟",
                "--org",
                "延边",
                "--title",
                "T",
            ],
        );
        assert!(refusal.contains("延边大学"), "{refusal}");
        // Histories in order, and of what has happened.
        let agreement = last_line(&ok(
            &db,
            "en",
            &[
                "agreement",
                "add",
                "--place",
                "yanji",
                "--status",
                "exploring",
                "--on",
                "2020-01-01",
            ],
        ));
        ok(
            &db,
            "en",
            &[
                "agreement",
                "status",
                &agreement,
                "--to",
                "friendship",
                "--on",
                "2022-01-01",
            ],
        );
        let refusal = refused(
            &db,
            "en",
            &[
                "agreement",
                "status",
                &agreement,
                "--to",
                "sister_city",
                "--on",
                "2021-01-01",
            ],
        );
        assert!(
            refusal.contains("before the latest step (2022-01-01)"),
            "{refusal}"
        );
        let refusal = refused(
            &db,
            "en",
            &[
                "honor",
                "add",
                "--contact",
                "王伟",
                "--kind",
                "award",
                "--on",
                "2099-01-01",
            ],
        );
        assert!(refusal.contains("still to come"), "{refusal}");
        // One seat per person.
        ok(
            &db,
            "en",
            &[
                "committee",
                "add",
                "--name",
                "Yanbian Forum",
                "--place",
                "yanji",
            ],
        );
        ok(
            &db,
            "en",
            &[
                "committee",
                "member",
                "add",
                "Yanbian Forum",
                "--contact",
                "王伟",
                "--role",
                "chair",
            ],
        );
        let refusal = refused(
            &db,
            "en",
            &[
                "committee",
                "member",
                "add",
                "Yanbian Forum",
                "--contact",
                "王伟",
                "--role",
                "member",
            ],
        );
        assert!(refusal.contains("recorded already"), "{refusal}");
        // The post they hold, entered again, stays one post.
        ok(
            &db,
            "en",
            &[
                "contact",
                "edit",
                "王伟",
                "--org",
                "延边大学",
                "--title",
                "教授",
            ],
        );
        let posts = ok(&db, "en", &["position", "list", "王伟"]);
        assert_eq!(posts.matches("教授").count(), 1, "{posts}");
    }
}

/// The remaining commands of the issue, walked once through the binary.
#[test]
fn position_end_committee_edit_and_the_rest_of_contact_edit() {
    for db in TestDb::all() {
        add(
            &db,
            &[
                "--hanzi",
                "王伟",
                "--place",
                "harbin",
                "--category",
                "researcher",
            ],
        );
        let post = last_line(&ok(
            &db,
            "en",
            &[
                "position",
                "add",
                "--contact",
                "王伟",
                "--org",
                "哈尔滨工业大学",
                "--title",
                "教授",
                "--from",
                &days_ago(400),
            ],
        ));
        ok(&db, "en", &["position", "end", &post, "--on", &days_ago(3)]);
        let posts = ok(&db, "en", &["position", "list", "王伟"]);
        assert!(
            posts.contains(&format!("{} – {})", days_ago(400), days_ago(3))),
            "{posts}"
        );
        let refusal = refused(&db, "en", &["position", "end", &post]);
        assert!(refusal.contains("already"), "{refusal}");

        let committee = last_line(&ok(
            &db,
            "en",
            &[
                "committee",
                "add",
                "--name",
                "Harbin Forum",
                "--place",
                "harbin",
            ],
        ));
        ok(
            &db,
            "en",
            &[
                "committee",
                "edit",
                &committee,
                "--name-ko",
                "하얼빈 포럼",
                "--place",
                "heilongjiang",
            ],
        );
        let shown = ok(&db, "ko", &["committee", "show", &committee]);
        assert!(
            shown.contains("하얼빈 포럼") && shown.contains("헤이룽장"),
            "{shown}"
        );

        ok(
            &db,
            "en",
            &[
                "contact",
                "edit",
                "王伟",
                "--place",
                "dalian",
                "--language",
                "ko",
                "--remove-category",
                "researcher",
                "--category",
                "official",
            ],
        );
        let card = ok(&db, "en", &["contact", "show", "王伟"]);
        assert!(card.contains("Dalian"), "{card}");
        assert!(
            card.contains("Government official") && !card.contains("Researcher"),
            "{card}"
        );
        assert!(card.contains("Korean") || card.contains("한국어"), "{card}");
    }
}

/// From a trial: the card left out an honour's note ("Seoul Peace Culture
/// Award" was shown as just "Award"), and called the cadence of a contact
/// in no category the category's default.
#[test]
fn a_card_names_an_honour_and_says_whose_cadence_it_keeps() {
    for db in TestDb::all() {
        let plain = last_line(&ok(&db, "en", &["contact", "add", "--hanzi", "蔡强"]));
        ok(
            &db,
            "en",
            &[
                "honor",
                "add",
                "--contact",
                &plain,
                "--kind",
                "award",
                "--on",
                &days_ago(30),
                "--note",
                "Seoul Peace Culture Award",
            ],
        );
        let card = ok(&db, "en", &["contact", "show", &plain]);
        assert!(
            card.contains("(active) — Seoul Peace Culture Award"),
            "{card}"
        );
        assert!(card.contains("(office default, no category)"), "{card}");
        let card = ok(&db, "ko", &["contact", "show", &plain]);
        assert!(card.contains("— Seoul Peace Culture Award"), "{card}");
        assert!(card.contains("분류 없음"), "{card}");
        let official = add(&db, &["--hanzi", "王伟"]);
        let card = ok(&db, "en", &["contact", "show", &official]);
        assert!(card.contains("(category default)"), "{card}");

        // Found in a trial: a card's meeting did not say who else was
        // there; each card names the others, not itself.
        ok(
            &db,
            "en",
            &[
                "interaction",
                "add",
                "--contact",
                &plain,
                "--contact",
                &official,
                "--kind",
                "meeting",
                "--at",
                &days_ago(3),
            ],
        );
        for (whose, other, own) in [(&plain, "王伟", "蔡强"), (&official, "蔡强", "王伟")] {
            let card = ok(&db, "en", &["contact", "show", whose]);
            let met = card
                .lines()
                .find(|line| line.contains(" Meeting"))
                .unwrap_or_else(|| panic!("{card}"));
            assert!(met.contains(other) && !met.contains(own), "{card}");
        }

        // A tie with a direction reads the right way on both cards (both
        // said "Superior — the other").
        for (from, to, kind) in [("王伟", "蔡强", "superior"), ("蔡强", "王伟", "introduced")]
        {
            ok(
                &db,
                "en",
                &[
                    "relation", "add", "--from", from, "--to", to, "--kind", kind,
                ],
            );
        }
        let boss = ok(&db, "en", &["contact", "show", &official]);
        assert!(boss.contains("Tie: superior of 蔡强"), "{boss}");
        assert!(boss.contains("Tie: introduced by 蔡强"), "{boss}");
        let report = ok(&db, "zh-CN", &["contact", "show", &plain]);
        assert!(report.contains("关系：王伟 的下属"), "{report}");
        assert!(report.contains("关系：引荐了 王伟"), "{report}");
    }
}
