//! Importing and exporting contacts through the real binary: CSV in UTF-8
//! (with a BOM), CP949 and GB18030, broken files that import nothing and
//! name the line, duplicates, and export → import reproducing the data.

mod common;

use std::path::PathBuf;

use common::TestDb;

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

fn ok(db: &TestDb, args: &[&str]) -> String {
    common::ok(db, "en", args)
}

fn refused(db: &TestDb, args: &[&str]) -> String {
    common::refused(db, "en", args)
}

fn with_officer(db: &TestDb) {
    ok(
        db,
        &[
            "user",
            "invite",
            "--role",
            "officer",
            "--name",
            "Park Jiwoo",
        ],
    );
}

#[test]
fn a_utf8_csv_with_a_bom_imports_every_column() {
    for db in TestDb::all() {
        with_officer(&db);
        let dry = ok(
            &db,
            &["import", &fixture("contacts_utf8_bom.csv"), "--dry-run"],
        );
        assert!(
            dry.contains("4 new, 0 duplicate, 0 invalid rows. Nothing was written (dry run)."),
            "{dry}"
        );
        assert!(ok(&db, &["contact", "list"]).contains("No contacts match."));
        let out = ok(&db, &["import", &fixture("contacts_utf8_bom.csv")]);
        assert!(out.contains("Imported 4 contacts from"), "{out}");
        let card = ok(&db, &["contact", "show", "Jin Yongnan"]);
        assert!(
            card.contains(
                "김영남 (Hangul) · 金永男 (Hanzi) · Jin Yongnan (Latin) · 김용남 (alias)"
            ),
            "{card}"
        );
        assert!(card.contains("Position: 副教授 — 延边大学"), "{card}");
        assert!(card.contains("Place: Yanji"), "{card}");
        assert!(card.contains("Owning officer: Park Jiwoo"), "{card}");
        assert!(
            card.contains("Telegram: @jin_yongnan") && card.contains("E-mail: jin@example.cn"),
            "{card}"
        );
        assert!(
            card.contains("every 30 days (set for this contact)"),
            "{card}"
        );
        assert!(
            card.contains("Notes: Met at the Yanji forum;\nprefers WeChat"),
            "{card}"
        );
        assert!(
            ok(&db, &["contact", "show", "王伟"]).contains("Place: Changchun"),
            "{}",
            db.backend
        );
        // The same file again: everyone is recorded already.
        let again = refused(&db, &["import", &fixture("contacts_utf8_bom.csv")]);
        assert!(
            again.contains(":2: 4 rows are people already recorded (this one: #1)"),
            "{again}"
        );
        let skipped = ok(
            &db,
            &[
                "import",
                &fixture("contacts_utf8_bom.csv"),
                "--skip-duplicates",
            ],
        );
        assert!(
            skipped.contains("Imported 0 contacts")
                && skipped.contains("skipped 4 already recorded"),
            "{skipped}"
        );
    }
}

#[test]
fn korean_and_chinese_legacy_encodings_are_named_never_guessed() {
    let db = TestDb::sqlite();
    // Not UTF-8 and no --encoding: refused, naming the likely encodings.
    let err = refused(&db, &["import", &fixture("contacts_cp949.csv")]);
    assert!(
        err.ends_with(
            "contacts_cp949.csv:2:1: not UTF-8 text; it reads as cp949 / gb18030: name its encoding, e.g. --encoding cp949, or save it as UTF-8"
        ),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.csv");
    std::fs::write(&latin1, b"name_latin\nM\xFCller\n").unwrap();
    let err = refused(&db, &["import", latin1.to_str().unwrap()]);
    assert!(
        err.ends_with("latin1.csv:2:1: not valid UTF-8 text"),
        "{err}"
    );
    let out = ok(
        &db,
        &[
            "import",
            &fixture("contacts_cp949.csv"),
            "--encoding",
            "cp949",
        ],
    );
    assert!(out.contains("Imported 2 contacts"), "{out}");
    assert!(
        ok(&db, &["contact", "show", "최미란"]).contains("Organization: 길림성 조선족 기업가 협회")
    );
    let out = ok(
        &db,
        &[
            "import",
            &fixture("contacts_gb18030.csv"),
            "--encoding",
            "gb18030",
        ],
    );
    assert!(out.contains("Imported 2 contacts"), "{out}");
    let card = ok(&db, &["contact", "show", "周涛"]);
    assert!(
        card.contains("Position: 市长助理 — 沈阳市人民政府") && card.contains("Place: Shenyang"),
        "{card}"
    );
    let err = refused(
        &db,
        &[
            "import",
            &fixture("contacts_wrong_encoding.csv"),
            "--encoding",
            "utf-8",
        ],
    );
    assert!(
        err.ends_with("contacts_wrong_encoding.csv:2:1: not valid UTF-8 text"),
        "{err}"
    );
    let err = refused(
        &db,
        &[
            "import",
            &fixture("contacts_cp949.csv"),
            "--encoding",
            "latin9",
        ],
    );
    assert_eq!(err, "encoding: “latin9” is not valid.");
}

#[test]
fn a_broken_file_imports_nothing_and_names_the_line_and_column() {
    for db in TestDb::all() {
        let err = refused(&db, &["import", &fixture("contacts_bad_row.csv")]);
        assert!(err.ends_with("contacts_bad_row.csv:3: cadence_days: cadence_days: “0” is not valid. Nothing was imported."), "{err}");
        assert!(
            ok(&db, &["contact", "list"]).contains("No contacts match."),
            "all or nothing on {}",
            db.backend
        );
        // A dry run lists every invalid row and fails: a script must not
        // go on to import.
        let run = common::inmaek(
            &db,
            "en",
            &["import", &fixture("contacts_bad_row.csv"), "--dry-run"],
        );
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(
            run.stderr
                .trim_end()
                .ends_with("contacts_bad_row.csv: 2 rows are invalid (listed above); an import would write nothing."),
            "{}",
            run.stderr
        );
        let dry = run.stdout;
        assert!(dry.contains("line 3: cadence_days:"), "{dry}");
        assert!(
            dry.contains("line 4: categories: Unknown category “vip”"),
            "{dry}"
        );
        assert!(dry.contains("2 new, 0 duplicate, 2 invalid rows"), "{dry}");
        let err = refused(
            &db,
            &["import", &fixture("contacts_missing_name_column.csv")],
        );
        assert!(err.ends_with(":1: the file needs a name_hangul, name_hanzi or name_latin column. Nothing was imported."), "{err}");
        let unknown_owner = tempfile::NamedTempFile::with_suffix(".csv").unwrap();
        std::fs::write(unknown_owner.path(), "name_latin,owner\nKim,Nobody\n").unwrap();
        // An owner unknown here: imported unowned, with one warning line.
        let run = common::inmaek(
            &db,
            "en",
            &["import", unknown_owner.path().to_str().unwrap()],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(
            run.stderr.trim_end(),
            "One contact names an owner who is not a user here (Nobody): it is imported without an owner."
        );
        let listed = ok(&db, &["contact", "list"]);
        assert!(listed.contains("Kim"), "{listed}");
    }
}

#[test]
fn duplicates_within_one_file_and_across_scripts_are_flagged() {
    let db = TestDb::sqlite();
    ok(&db, &["contact", "add", "--hanzi", "金永男"]);
    let file = tempfile::NamedTempFile::with_suffix(".csv").unwrap();
    std::fs::write(
        file.path(),
        "name_hangul,name_latin\n김영남,\n,Lee Seoyeon\n이서연,Lee Seoyeon\n",
    )
    .unwrap();
    let dry = ok(&db, &["import", file.path().to_str().unwrap(), "--dry-run"]);
    assert!(
        dry.contains("line 2: already recorded as #1"),
        "김영남 is 金永男 read in Korean: {dry}"
    );
    assert!(
        dry.contains("line 4: already recorded as line 3 of this file"),
        "{dry}"
    );
    assert!(dry.contains("1 new, 2 duplicate, 0 invalid rows"), "{dry}");
}

#[test]
fn csv_export_then_import_reproduces_the_contacts() {
    for (source, target) in TestDb::all().into_iter().zip(TestDb::all()) {
        with_officer(&source);
        with_officer(&target);
        ok(&source, &["import", &fixture("contacts_utf8_bom.csv")]);
        let exported = ok(&source, &["export", "--format", "csv"]);
        let file = tempfile::NamedTempFile::with_suffix(".csv").unwrap();
        std::fs::write(file.path(), &exported).unwrap();
        ok(&target, &["import", file.path().to_str().unwrap()]);
        assert_eq!(
            ok(&target, &["export", "--format", "csv"]),
            exported,
            "{}",
            target.backend
        );
        assert!(exported.starts_with("\u{feff}name_hangul,name_hanzi,name_latin,aliases,categories,organization,title,place,language,telegram,email,phone,cadence_days,owner,notes,interests,birthday,birthday_lunar,honorary_citizen_on,seoul_club_since\n"));
    }
}

#[test]
fn ios_and_android_vcards_with_korean_and_chinese_names_import() {
    for db in TestDb::all() {
        let out = ok(&db, &["import", &fixture("contacts_ios.vcf")]);
        assert!(out.contains("Imported 2 contacts"), "{out}");
        let card = ok(&db, &["contact", "show", "金永男"]);
        assert!(
            card.contains("김영남 (Hangul) · 金永男 (Hanzi) · Kim Yongnam (Latin)"),
            "{card}"
        );
        assert!(
            card.contains("Categories: Korean-Chinese bridge figure"),
            "the phone's own group is left out: {card}"
        );
        assert!(card.contains("Position: 副教授 — 延边大学"), "{card}");
        assert!(
            card.contains("E-mail: jin@example.cn") && card.contains("Phone: +86 433 000 0001"),
            "{card}"
        );
        assert!(
            card.contains("Notes: 연길 포럼에서 만남, 위챗 선호"),
            "{card}"
        );
        // Android 2.1: quoted-printable UTF-8.
        let out = ok(&db, &["import", &fixture("contacts_android.vcf")]);
        assert!(out.contains("Imported 2 contacts"), "{out}");
        let card = ok(&db, &["contact", "show", "박춘화"]);
        assert!(
            card.contains("Organization: 延边朝鲜族自治州商会")
                && card.contains("Phone: +8613800000001"),
            "{card}"
        );
        assert!(
            ok(&db, &["contact", "search", "刘洋"]).contains("(exact)"),
            "{}",
            db.backend
        );
    }
}

#[test]
fn a_broken_vcard_imports_nothing_and_names_the_card() {
    let db = TestDb::sqlite();
    let err = refused(&db, &["import", &fixture("contacts_bad_card.vcf")]);
    assert!(err.ends_with("contacts_bad_card.vcf:5: EMAIL: email: “not an email” is not valid. Nothing was imported."), "{err}");
    assert!(ok(&db, &["contact", "list"]).contains("No contacts match."));
}

#[test]
fn vcard_export_carries_every_name_form_and_imports_back() {
    for (source, target) in TestDb::all().into_iter().zip(TestDb::all()) {
        with_officer(&source);
        with_officer(&target);
        ok(&source, &["import", &fixture("contacts_utf8_bom.csv")]);
        let vcf = ok(&source, &["export", "--format", "vcard"]);
        assert!(vcf.contains("VERSION:4.0\r\n"), "{vcf}");
        assert!(vcf.contains("FN;ALTID=1;LANGUAGE=ko:김영남\r\n"), "{vcf}");
        assert!(vcf.contains("FN;ALTID=1;LANGUAGE=zh:金永男\r\n"), "{vcf}");
        assert!(
            vcf.contains("FN;ALTID=1;LANGUAGE=en:Jin Yongnan\r\n"),
            "{vcf}"
        );
        assert!(
            vcf.contains("N;ALTID=1;LANGUAGE=ko:김;영남;;;\r\n"),
            "{vcf}"
        );
        assert!(
            vcf.contains("NOTE:Met at the Yanji forum\\;\\nprefers WeChat\r\n"),
            "{vcf}"
        );
        let file = tempfile::NamedTempFile::with_suffix(".vcf").unwrap();
        std::fs::write(file.path(), &vcf).unwrap();
        ok(&target, &["import", file.path().to_str().unwrap()]);
        assert_eq!(
            ok(&target, &["export", "--format", "csv"]),
            ok(&source, &["export", "--format", "csv"]),
            "vCard round trip on {}",
            target.backend
        );
    }
}

#[test]
fn a_google_contacts_export_is_recognised_and_read() {
    for db in TestDb::all() {
        let out = ok(&db, &["import", &fixture("google_contacts.csv")]);
        assert!(out.contains("Imported 3 contacts"), "{out}");
        let card = ok(&db, &["contact", "show", "Kim Yongnam"]);
        assert!(
            card.contains("김영남 (Hangul) · Yongnam Kim (Latin) · 金永男 (Hanzi)"),
            "{card}"
        );
        assert!(
            card.contains("Categories: Korean-Chinese bridge figure"),
            "{card}"
        );
        assert!(
            card.contains("E-mail: jin@example.cn") && !card.contains("jin2@"),
            "{card}"
        );
        assert!(card.contains("Position: 副教授 — 延边大学"), "{card}");
        let wang = ok(&db, &["contact", "show", "王伟"]);
        assert!(
            wang.contains("王伟 (Hanzi) · Wei Wang (Latin)")
                && wang.contains("Government official"),
            "{wang}"
        );
        assert!(
            ok(&db, &["contact", "show", "이서연"])
                .contains("Seoyeon Lee (Latin) · 이서연 (Hangul)")
        );
    }
}

#[test]
fn an_impossible_date_in_the_middle_of_a_google_export_imports_nothing() {
    let db = TestDb::sqlite();
    let err = refused(&db, &["import", &fixture("google_contacts_bad_date.csv")]);
    assert!(err.ends_with("google_contacts_bad_date.csv:3: Birthday: Birthday: “1980-02-30” is not a valid date (expected YYYY-MM-DD). Nothing was imported."), "{err}");
    assert!(ok(&db, &["contact", "list"]).contains("No contacts match."));
}

#[test]
fn export_out_takes_its_format_from_the_extension_and_refuses_a_contradiction() {
    let db = TestDb::sqlite();
    ok(&db, &["contact", "add", "--hangul", "김영남"]);
    let dir = tempfile::tempdir().unwrap();
    for (name, starts) in [
        ("contacts.csv", "\u{feff}name_hangul,"),
        ("contacts.vcf", "BEGIN:VCARD"),
        ("dump.json", "{"),
        ("events.ics", "BEGIN:VCALENDAR"),
    ] {
        let path = dir.path().join(name);
        ok(&db, &["export", "--out", path.to_str().unwrap()]);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with(starts), "{name}: {text}");
    }
    let path = dir.path().join("other.csv");
    let err = refused(
        &db,
        &[
            "export",
            "--format",
            "json",
            "--out",
            path.to_str().unwrap(),
        ],
    );
    assert!(
        err.contains("--format json contradicts the file name"),
        "{err}"
    );
    assert!(!path.exists(), "nothing written");
}

#[tokio::test]
async fn the_demos_csv_and_vcard_exports_import_into_an_empty_database_with_every_field() {
    for db in TestDb::all() {
        let store = db.store_at(common::at("2026-12-02T10:00:00+09:00")).await;
        inmaek::demo::prepare(&store, inmaek::domain::Lang::En)
            .await
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        for extension in ["csv", "vcf"] {
            let file = dir.path().join(format!("demo.{extension}"));
            let file = file.to_str().unwrap();
            common::ok(&db, "en", &["export", "--out", file]);
            let bytes = std::fs::read(file).unwrap();
            if extension == "csv" {
                assert!(bytes.starts_with("\u{feff}".as_bytes()), "a BOM for Excel");
            }
            let fresh = TestDb::sqlite();
            // The dry run finds nothing invalid; the demo's officer is not a
            // user there: every contact comes in, the owned ones unowned.
            let dry = common::inmaek(&fresh, "en", &["import", file, "--dry-run"]);
            assert_eq!(dry.code, 0, "{}{}", dry.stdout, dry.stderr);
            assert!(
                dry.stdout.contains(" new, 0 duplicate, 0 invalid rows"),
                "{}",
                dry.stdout
            );
            let run = common::inmaek(&fresh, "en", &["import", file]);
            assert_eq!(run.code, 0, "{extension}: {}", run.stderr);
            assert!(
                run.stderr.contains("name an owner who is not a user here (Demo Officer): they are imported without an owner."),
                "{}",
                run.stderr
            );
            // Every field but the owner, as the demo has it.
            let original = common::ok(&db, "en", &["export", "--format", "csv"]);
            let again = common::ok(&fresh, "en", &["export", "--format", "csv"]);
            assert_eq!(
                again,
                original.replace("Demo Officer", ""),
                "{extension} on {}",
                db.backend
            );
            assert!(original.contains("waterworks"), "interests are exported");
        }
    }
}
