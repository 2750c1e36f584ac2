//! The admin CLI, through the real binary, on SQLite and (with
//! `TEST_DATABASE_URL`) PostgreSQL.

mod common;

use common::{TestDb, inmaek, ok, refused};

/// Officer Park Jiwoo, invited (not enrolled).
fn invite_park(db: &TestDb) {
    ok(
        db,
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
}

fn add_kim(db: &TestDb) -> String {
    let out = ok(
        db,
        "en",
        &[
            "contact",
            "add",
            "--hangul",
            "김영남",
            "--hanzi",
            "金永男",
            "--latin",
            "Jin Yongnan",
            "--category",
            "bridge",
            "--category",
            "next_gen_leader",
            "--place",
            "요녕",
            "--org",
            "辽宁省社会科学院",
            "--title",
            "研究员",
            "--interest",
            "waterworks",
            "--email",
            "jin@example.cn",
            "--notes",
            "Met at the Shenyang forum",
        ],
    );
    out.lines().last().unwrap().to_owned()
}

#[test]
fn migrate_reports_in_the_configured_language() {
    for db in TestDb::all() {
        assert_eq!(
            ok(&db, "en", &["migrate"]).trim(),
            "The database is up to date."
        );
        assert_eq!(
            ok(&db, "ko", &["migrate"]).trim(),
            "데이터베이스가 최신 상태입니다."
        );
        assert_eq!(ok(&db, "zh-CN", &["migrate"]).trim(), "数据库已是最新。");
    }
}

#[test]
fn a_malformed_inmaek_now_is_one_sentence_in_the_configured_language() {
    let db = TestDb::sqlite();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_inmaek"))
        .args(["contact", "list"])
        .env("DATABASE_URL", &db.url)
        .env("INMAEK_LANG", "en")
        .env("INMAEK_NOW", "tomorrow")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("INMAEK_NOW: “tomorrow” is not a valid instant (expected RFC 3339"),
        "{stderr}"
    );
}

#[test]
fn user_invite_prints_the_code_alone_on_the_last_line() {
    for db in TestDb::all() {
        let out = ok(
            &db,
            "en",
            &[
                "user",
                "invite",
                "--role",
                "officer",
                "--name",
                "Park Jiwoo",
                "--lang",
                "ko",
            ],
        );
        let code = out.lines().last().unwrap();
        assert_eq!(code.len(), 32, "{out}");
        assert!(
            code.chars()
                .all(|c| c.is_ascii_uppercase() || ('2'..='7').contains(&c))
        );
        assert!(out.contains("Invited Park Jiwoo"), "{out}");
        assert!(out.contains(&format!("/start {code}")));
        let list = ok(&db, "ko", &["user", "list"]);
        assert!(
            list.contains("Park Jiwoo · 교류 담당관 · 한국어 · 등록 전"),
            "{list}"
        );
    }
}

#[test]
fn bad_keys_are_refused_with_the_value_and_nothing_is_written() {
    for db in TestDb::all() {
        let role = refused(
            &db,
            "en",
            &["user", "invite", "--role", "admiral", "--name", "X"],
        );
        assert!(
            role.contains("Unknown role “admiral”") && role.contains("mayor-office"),
            "{role}"
        );
        let lang = refused(
            &db,
            "ko",
            &[
                "user", "invite", "--role", "officer", "--name", "X", "--lang", "fr",
            ],
        );
        assert!(lang.contains("알 수 없는 언어 “fr”"), "{lang}");
        assert!(ok(&db, "en", &["user", "list"]).contains("No users yet"));

        let category = refused(
            &db,
            "zh-CN",
            &["contact", "add", "--hangul", "김영남", "--category", "vip"],
        );
        assert!(category.contains("未知的类别“vip”"), "{category}");
        let place = refused(
            &db,
            "en",
            &[
                "contact",
                "add",
                "--hangul",
                "김영남",
                "--place",
                "Atlantis",
            ],
        );
        assert!(place.contains("Unknown place “Atlantis”"), "{place}");
        let empty = refused(&db, "en", &["contact", "add", "--hangul", "   "]);
        assert_eq!(empty, "name_hangul is empty.");
        let none = refused(&db, "en", &["contact", "add", "--category", "bridge"]);
        assert!(none.contains("at least one name"), "{none}");
        let long = "가".repeat(101);
        assert!(
            refused(&db, "en", &["contact", "add", "--hangul", &long]).contains("longer than 100")
        );
        assert!(ok(&db, "en", &["contact", "list"]).contains("No contacts match."));
    }
}

#[test]
fn a_contact_added_on_the_command_line_shows_in_each_language() {
    for db in TestDb::all() {
        let id = add_kim(&db);
        let en = ok(&db, "en", &["contact", "show", "jin yongnan"]);
        assert!(
            en.starts_with(&format!(
                "#{id} 김영남 (Hangul) · 金永男 (Hanzi) · Jin Yongnan (Latin)"
            )),
            "{en}"
        );
        assert!(
            en.contains("Categories: Next-generation leader, Korean-Chinese bridge figure"),
            "{en}"
        );
        assert!(
            en.contains("Place: Liaoning (辽宁省 / 랴오닝성 / 요녕성)"),
            "{en}"
        );
        assert!(en.contains("Position: 研究员 — 辽宁省社会科学院"), "{en}");
        assert!(
            en.contains(
                "Keep in touch every 45 days (category default): in touch (due in 45 days)"
            ),
            "{en}"
        );
        assert!(en.contains("Last interaction: never"));
        let ko = ok(&db, "ko", &["contact", "show", "金永男"]);
        assert!(
            ko.contains("분류: 차세대 리더, 중국동포(조선족) 가교 인물"),
            "{ko}"
        );
        assert!(ko.contains("관심 분야: 상수도"), "{ko}");
        let zh = ok(&db, "zh-CN", &["contact", "show", &id]);
        assert!(zh.contains("类别：新一代领导人、朝鲜族桥梁人物"), "{zh}");
        assert!(zh.contains("地区：辽宁省"), "{zh}");
        let list = ok(&db, "en", &["contact", "list", "--place", "liaoning"]);
        assert!(list.contains(&format!("#{id} Jin Yongnan")), "{list}");
        assert!(list.contains("One contact."));
    }
}

#[test]
fn an_ambiguous_name_lists_the_candidates() {
    for db in TestDb::all() {
        ok(
            &db,
            "en",
            &["contact", "add", "--hangul", "김영남", "--hanzi", "金永男"],
        );
        let dup = refused(
            &db,
            "en",
            &["contact", "add", "--hangul", "김영남", "--hanzi", "金英男"],
        );
        assert!(
            dup.starts_with("Already recorded under one of these names: #1 김영남 / 金永男."),
            "{dup}"
        );
        ok(
            &db,
            "en",
            &[
                "contact",
                "add",
                "--hangul",
                "김영남",
                "--hanzi",
                "金英男",
                "--allow-duplicate",
            ],
        );
        let err = refused(&db, "en", &["contact", "show", "김영남"]);
        assert!(
            err.contains("matches several contacts")
                && err.contains("#1 김영남 / 金永男")
                && err.contains("#2 김영남 / 金英男"),
            "{err}"
        );
        let missing = refused(&db, "ko", &["contact", "show", "홍길동"]);
        assert_eq!(missing, "“홍길동”에 해당하는 연락처가 없습니다.");
    }
}

#[test]
fn an_interaction_resets_the_clock_and_shows_on_the_card() {
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
        let id = add_kim(&db);
        let out = ok(
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
                "2026-11-20 14:30",
                "--place",
                "沈阳",
                "--track",
                "public",
                "--topic",
                "waterworks",
                "--note",
                "Waterworks cooperation",
                "--by",
                "Park Jiwoo",
                "--follow-up",
                "Send the waterworks report",
                "--follow-up-due",
                "2026-12-05",
            ],
        );
        assert!(
            out.contains("Logged interaction #1: Meeting on 2026-11-20 14:30 with Jin Yongnan."),
            "{out}"
        );
        let card = ok(&db, "en", &["contact", "show", &id]);
        assert!(card.contains("Last interaction: 2026-11-20"), "{card}");
        assert!(card.contains("Owning officer: Park Jiwoo"), "{card}");
        assert!(
            card.contains("2026-12-05 — Send the waterworks report (Seoul promised)"),
            "{card}"
        );
        assert!(card.contains("#1 2026-11-20 14:30 Meeting · Public diplomacy · Shenyang · Park Jiwoo · Waterworks · Waterworks cooperation"), "{card}");
        let list = ok(
            &db,
            "zh-CN",
            &["interaction", "list", "--contact", "Jin Yongnan"],
        );
        assert!(
            list.contains("#1 2026-11-20 14:30 会面 · 公共外交 · 沈阳 · 金永男"),
            "{list}"
        );
    }
}

#[test]
fn an_impossible_or_future_date_is_refused_and_nothing_is_logged() {
    for db in TestDb::all() {
        add_kim(&db);
        let err = refused(
            &db,
            "en",
            &[
                "interaction",
                "add",
                "--contact",
                "1",
                "--kind",
                "meeting",
                "--at",
                "2026-02-30",
            ],
        );
        assert!(
            err.starts_with("at: “2026-02-30” is not a valid date"),
            "{err}"
        );
        let err = refused(
            &db,
            "en",
            &[
                "interaction",
                "add",
                "--contact",
                "1",
                "--kind",
                "meeting",
                "--at",
                "2999-01-01",
            ],
        );
        assert!(err.contains("is in the future"), "{err}");
        let err = refused(
            &db,
            "en",
            &[
                "interaction",
                "add",
                "--contact",
                "1",
                "--kind",
                "meeting",
                "--follow-up",
                "x",
                "--follow-up-due",
                "2026-13-01",
            ],
        );
        assert!(err.starts_with("follow_up_due: “2026-13-01”"), "{err}");
        let err = refused(
            &db,
            "en",
            &["interaction", "add", "--contact", "1", "--kind", "dinner"],
        );
        assert!(err.contains("Unknown interaction kind “dinner”"), "{err}");
        assert!(ok(&db, "en", &["interaction", "list"]).contains("No interactions recorded."));
    }
}

#[test]
fn export_and_import_round_trip_through_files() {
    for (source, target) in TestDb::all().into_iter().zip(TestDb::all()) {
        invite_park(&source);
        add_kim(&source);
        ok(
            &source,
            "en",
            &[
                "interaction",
                "add",
                "--contact",
                "1",
                "--kind",
                "call",
                "--at",
                "2026-11-01",
                "--by",
                "Park Jiwoo",
            ],
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dump.json");
        let path = path.to_str().unwrap();
        let run = inmaek(&source, "en", &["export", "--out", path]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr
                .contains("Exported one contact and one interaction"),
            "{}",
            run.stderr
        );

        let dry = ok(&target, "en", &["import", path, "--dry-run"]);
        assert!(
            dry.contains("can be imported: one contact, one interaction, one user"),
            "{dry}"
        );
        assert!(
            ok(&target, "en", &["contact", "list"]).contains("No contacts match."),
            "dry run writes nothing"
        );
        let done = ok(&target, "ko", &["import", path]);
        assert!(done.contains("가져왔습니다"), "{done}");

        // Everything comes back as it was; the access log too, after
        // what the target recorded itself (its own reads, the restore).
        let dump = |db: &TestDb| -> serde_json::Value {
            let mut dump: serde_json::Value =
                serde_json::from_str(&ok(db, "en", &["export"])).unwrap();
            dump["exported_at"] = serde_json::Value::Null;
            dump
        };
        let (mut restored, mut original) = (dump(&target), dump(&source));
        let trail = |dump: &mut serde_json::Value| -> Vec<(String, String, String)> {
            let rows = dump["access_log"].take();
            rows.as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    (
                        r["action"].as_str().unwrap().to_owned(),
                        r["scope"].as_str().unwrap().to_owned(),
                        r["at"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        };
        let (restored_trail, original_trail) = (trail(&mut restored), trail(&mut original));
        assert_eq!(restored, original, "{}", target.backend);
        let carried = &original_trail[..original_trail.len() - 1];
        assert!(
            restored_trail
                .windows(carried.len())
                .any(|window| window == carried),
            "{restored_trail:?} lacks {carried:?}"
        );
        let again = refused(&target, "en", &["import", path]);
        assert!(again.contains("already holds"), "{again}");
    }
}

#[test]
fn a_broken_or_dangling_dump_names_the_place_and_writes_nothing() {
    let db = TestDb::sqlite();
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(
        &broken,
        "{\n  \"format\": \"inmaek-dump\",\n  \"version\": 1,\n  \"contacts\": [oops]\n}\n",
    )
    .unwrap();
    let err = refused(&db, "en", &["import", broken.to_str().unwrap()]);
    assert_eq!(
        err,
        format!(
            "{} is not complete JSON: it breaks off or goes wrong at line 4, column 16. Export it again.",
            broken.display()
        )
    );
    // Found in a trial: a file that is no export at all was answered with
    // the JSON parser's words ("README.md:1:1: expected value", or
    // "unknown field `a`, expected one of …" and 36 table names).
    for (name, text, said) in [
        (
            "notes.md",
            "# Notes\n",
            "is not an Inmaek export: it is not JSON.",
        ),
        (
            "other.json",
            "{\"a\": 1}",
            "is JSON but not an Inmaek export",
        ),
    ] {
        let file = dir.path().join(name);
        std::fs::write(&file, text).unwrap();
        let err = refused(&db, "en", &["import", file.to_str().unwrap()]);
        assert!(err.contains(said) && !err.contains("expected"), "{err}");
        let err = refused(&db, "ko", &["import", file.to_str().unwrap()]);
        assert!(err.contains("Inmaek 내보내기 파일이 아닙니다"), "{err}");
    }

    let dangling = dir.path().join("dangling.json");
    let contact = r#"{"id": 1, "place_id": null, "lang": null, "time_zone": null, "notes": null, "email": null,
        "phone": null, "telegram": null, "owner_user_id": 9, "cadence_days": null, "last_interaction_at": null,
        "due_at": "2026-01-01T00:00:00Z", "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}"#;
    std::fs::write(&dangling, format!(r#"{{"format": "inmaek-dump", "version": 1, "exported_at": null, "contacts": [{contact}]}}"#))
        .unwrap();
    let err = refused(&db, "en", &["import", dangling.to_str().unwrap()]);
    assert_eq!(
        err,
        "contacts[0].owner_user_id = 9: no such record in the dump; nothing was imported."
    );
    assert!(ok(&db, "en", &["contact", "list"]).contains("No contacts match."));

    let missing = refused(
        &db,
        "en",
        &["import", dir.path().join("nope.json").to_str().unwrap()],
    );
    assert!(missing.starts_with("Cannot read"), "{missing}");
}

#[test]
fn usage_errors_exit_with_two_and_runtime_errors_with_one() {
    let db = TestDb::sqlite();
    assert_eq!(inmaek(&db, "en", &["frobnicate"]).code, 2);
    assert_eq!(inmaek(&db, "en", &["export", "--format", "xml"]).code, 2);
    let run = inmaek(&db, "xx", &["migrate"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("“xx”"), "{}", run.stderr);
}

#[test]
fn search_finds_contacts_places_and_organizations_in_any_script() {
    for db in TestDb::all() {
        add_kim(&db);
        ok(
            &db,
            "en",
            &[
                "contact",
                "add",
                "--hanzi",
                "王伟",
                "--org",
                "Harbin Municipal Government",
                "--place",
                "harbin",
            ],
        );
        for query in [
            "김영남",
            "金永男",
            "kim yong nam",
            "Jin Yongnan",
            "Yongnan Jin",
            "ㄱㅇㄴ",
            "Kim Yong-nam",
        ] {
            let out = ok(&db, "en", &["contact", "search", query]);
            assert!(
                out.contains("#1 김영남 / 金永男 / Jin Yongnan (exact)"),
                "{query}: {out}"
            );
        }
        let out = ok(&db, "en", &["contact", "search", "Jin Yongnna"]);
        assert!(
            out.contains("#1 김영남 / 金永男 / Jin Yongnan (one letter off)"),
            "{out}"
        );
        let out = ok(&db, "en", &["contact", "search", "金永"]);
        assert!(out.contains("(starts with)"), "{out}");
        for query in ["요녕", "랴오닝", "辽宁", "遼寧", "Liaoning"] {
            let out = ok(&db, "en", &["contact", "search", query]);
            assert!(
                out.contains("Place liaoning: Liaoning (辽宁省 / 랴오닝성 / 요녕성)"),
                "{query}: {out}"
            );
        }
        let out = ok(&db, "zh-CN", &["contact", "search", "harbin municipal"]);
        assert!(
            out.contains("机构 #2：Harbin Municipal Government"),
            "{out}"
        );
        assert_eq!(
            ok(&db, "ko", &["contact", "search", "홍길동"]).trim(),
            "“홍길동”에 해당하는 것이 없습니다."
        );
    }
}

#[test]
fn merging_two_records_of_one_person_keeps_every_name_and_interaction() {
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
        ok(
            &db,
            "en",
            &[
                "contact",
                "add",
                "--hangul",
                "김영남",
                "--category",
                "bridge",
                "--email",
                "kim@example.kr",
            ],
        );
        ok(
            &db,
            "en",
            &[
                "contact",
                "add",
                "--latin",
                "Jin Yongnan",
                "--hanzi",
                "金永男",
                "--category",
                "researcher",
                "--allow-duplicate",
            ],
        );
        ok(
            &db,
            "en",
            &[
                "interaction",
                "add",
                "--contact",
                "2",
                "--kind",
                "call",
                "--at",
                "2026-10-01",
                "--by",
                "Park Jiwoo",
                "--follow-up",
                "Send the report",
                "--follow-up-due",
                "2026-12-01",
            ],
        );
        ok(
            &db,
            "en",
            &[
                "interaction",
                "add",
                "--contact",
                "1",
                "--kind",
                "meeting",
                "--at",
                "2026-09-01",
            ],
        );
        let out = ok(&db, "en", &["contact", "merge", "1", "2"]);
        assert_eq!(out.trim(), "Merged #2 Jin Yongnan into #1 김영남.");
        let card = ok(&db, "en", &["contact", "show", "1"]);
        assert!(
            card.contains("김영남 (Hangul) · 金永男 (Hanzi) · Jin Yongnan (Latin)"),
            "{card}"
        );
        assert!(
            card.contains("Categories: Korean-Chinese bridge figure, Researcher"),
            "{card}"
        );
        assert!(
            card.contains("Last interaction: 2026-10-01"),
            "the later interaction counts: {card}"
        );
        assert!(card.contains("Send the report"), "{card}");
        assert!(card.contains("E-mail: kim@example.kr"), "{card}");
        let list = ok(&db, "en", &["interaction", "list", "--contact", "1"]);
        assert_eq!(list.lines().count(), 2, "{list}");
        assert!(refused(&db, "en", &["contact", "show", "2"]).contains("No contact matches “2”"));
        assert!(
            ok(&db, "en", &["contact", "search", "Jin Yongnan"])
                .contains("#1 김영남 / 金永男 / Jin Yongnan")
        );
        assert_eq!(
            refused(&db, "en", &["contact", "merge", "1", "1"]),
            "A contact cannot be merged into itself."
        );
    }
}

#[test]
fn cadence_defaults_are_listed_and_a_change_moves_due_dates() {
    let db = TestDb::sqlite();
    let list = ok(&db, "en", &["cadence", "list"]);
    assert!(
        list.contains("Researcher (researcher): every 120 days"),
        "{list}"
    );
    ok(
        &db,
        "en",
        &[
            "contact",
            "add",
            "--latin",
            "Chen Jing",
            "--category",
            "researcher",
        ],
    );
    assert!(ok(&db, "en", &["contact", "show", "Chen Jing"]).contains("every 120 days"));
    let set = ok(
        &db,
        "ko",
        &["cadence", "set", "--category", "researcher", "--days", "30"],
    );
    assert_eq!(set.trim(), "연구자: 30일마다 연락합니다.");
    assert!(
        ok(&db, "en", &["contact", "show", "Chen Jing"])
            .contains("Keep in touch every 30 days (category default): in touch (due in 30 days)")
    );
    assert!(
        refused(
            &db,
            "en",
            &["cadence", "set", "--category", "researcher", "--days", "0"]
        )
        .contains("“0” is not valid")
    );
}

/// A dump carrying a word outside a vocabulary (a role, a category, an
/// event status …) is refused in one sentence naming the record, the field
/// and the words allowed, in the user's language; nothing is written.
#[test]
fn a_dump_with_an_unknown_word_is_refused_naming_the_record() {
    for (source, target) in TestDb::all().into_iter().zip(TestDb::all()) {
        invite_park(&source);
        add_kim(&source);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dump.json");
        let path = path.to_str().unwrap();
        assert_eq!(inmaek(&source, "en", &["export", "--out", path]).code, 0);
        let text = std::fs::read_to_string(path).unwrap();
        for (from, to, expected) in [
            (
                "\"role\": \"officer\"",
                "\"role\": \"boss\"",
                "users[0].role = “boss”: 알 수 없는 역할입니다",
            ),
            (
                "\"category\": \"bridge\"",
                "\"category\": \"vip\"",
                "contact_categories[0].category = “vip”: 알 수 없는",
            ),
        ] {
            assert!(text.contains(from), "{from} in {text}");
            std::fs::write(path, text.replacen(from, to, 1)).unwrap();
            let refusal = refused(&target, "ko", &["import", path]);
            assert!(refusal.contains(expected), "{refusal}");
            assert!(
                refusal.contains("아무것도 가져오지 않았습니다"),
                "{refusal}"
            );
            let list = ok(&target, "en", &["contact", "list"]);
            assert!(!list.contains("Kim"), "nothing written: {list}");
        }
    }
}

/// A row holding a word outside its vocabulary (written by hand in SQL) is
/// reported as that, in one sentence in the user's language — not as a
/// database failure.
#[test]
fn a_row_with_an_unknown_word_is_reported_as_such() {
    for db in TestDb::all() {
        add_kim(&db);
        common::around_inmaek(
            &db,
            "UPDATE contact_category SET category = 'vip' WHERE category = 'bridge'",
        );
        let refusal = refused(&db, "en", &["contact", "list"]);
        assert!(
            refusal.contains("The database holds a value Inmaek does not know"),
            "{refusal}"
        );
        assert!(refusal.contains("vip"), "{refusal}");
    }
}
