//! The command line speaks the user's language: every `--help` and clap's
//! usage errors in ko, zh-CN and en from `locales/*/help.ftl`, compared
//! across the three; OS errors as localized sentences; languages by name.

mod common;

use common::TestDb;
use inmaek::cli_text::{command, key_of_arg, key_of_command};
use inmaek::domain::Lang;

/// Every command of the tree with its path (`["contact", "list"]`).
fn commands(
    cmd: &clap::Command,
    path: &mut Vec<String>,
    out: &mut Vec<(Vec<String>, clap::Command)>,
) {
    out.push((path.clone(), cmd.clone()));
    for sub in cmd.get_subcommands() {
        path.push(sub.get_name().to_owned());
        commands(sub, path, out);
        path.pop();
    }
}

fn help_of(lang: Lang, path: &[String]) -> String {
    let mut cmd = command(lang);
    cmd.build();
    let mut current = cmd;
    for name in path {
        current = current.find_subcommand(name).unwrap().clone();
    }
    current.render_long_help().to_string()
}

fn has_hangul(text: &str) -> bool {
    text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

#[test]
fn every_command_and_argument_has_its_text_in_all_three_languages() {
    let mut all = Vec::new();
    commands(
        &<inmaek::cli::Cli as clap::CommandFactory>::command(),
        &mut Vec::new(),
        &mut all,
    );
    assert!(all.len() > 40, "{}", all.len());
    let mut missing = Vec::new();
    for (path, cmd) in &all {
        let names: Vec<&str> = path.iter().map(String::as_str).collect();
        let mut keys = vec![key_of_command(&names)];
        for arg in cmd.get_arguments() {
            if path.is_empty() || !arg.is_global_set() {
                keys.push(key_of_arg(&names, arg.get_id().as_str()));
            }
        }
        for key in keys {
            for lang in Lang::ALL {
                if inmaek::i18n::try_t(lang, &key).is_none() {
                    missing.push(format!("{key} ({lang})"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "missing: {missing:#?}");
}

#[test]
fn every_help_page_is_in_the_readers_language_and_the_three_differ() {
    let mut all = Vec::new();
    commands(
        &<inmaek::cli::Cli as clap::CommandFactory>::command(),
        &mut Vec::new(),
        &mut all,
    );
    for (path, _) in &all {
        let en = help_of(Lang::En, path);
        let ko = help_of(Lang::Ko, path);
        let zh = help_of(Lang::ZhCn, path);
        assert!(
            en.contains("Usage:") && en.contains("Print help"),
            "{path:?}: {en}"
        );
        assert!(
            ko.contains("사용법:") && ko.contains("도움말"),
            "{path:?}: {ko}"
        );
        assert!(
            zh.contains("用法：") && zh.contains("帮助"),
            "{path:?}: {zh}"
        );
        assert!(has_hangul(&ko) && has_han(&zh), "{path:?}");
        assert!(en != ko && ko != zh && zh != en, "{path:?}");
        // clap's own English words are gone.
        for english in [
            "Usage:",
            "Options:",
            "Print help",
            "[default:",
            "[env:",
            "[possible values:",
        ] {
            assert!(
                !ko.contains(english) && !zh.contains(english),
                "{path:?}: {english} in\n{ko}\n{zh}"
            );
        }
        // No sentence of the English help is left untranslated.
        for line in en.lines().skip(1) {
            let text = line.trim();
            let words = text.split_whitespace().count();
            if words >= 6 && text.is_ascii() && !text.starts_with('-') {
                assert!(
                    !ko.contains(text) && !zh.contains(text),
                    "{path:?}: {text:?} untranslated"
                );
            }
        }
    }
}

#[test]
fn usage_errors_are_one_localized_sentence_with_a_suggestion_and_exit_2() {
    let db = TestDb::sqlite();
    for (lang, unknown_command, unknown_option, usage, more) in [
        (
            "en",
            "There is no command “lst”.",
            "--plac is not expected here.",
            "Usage: inmaek contact list",
            "For more, see: inmaek contact list --help",
        ),
        (
            "ko",
            "“lst” 명령은 없습니다.",
            "--plac",
            "사용법: inmaek contact list",
            "inmaek contact list --help",
        ),
        (
            "zh-CN",
            "没有“lst”命令。",
            "--plac",
            "用法：inmaek contact list",
            "inmaek contact list --help",
        ),
    ] {
        let run = common::inmaek(&db, lang, &["contact", "lst"]);
        assert_eq!(run.code, 2, "{lang}: {}", run.stderr);
        assert!(
            run.stderr.starts_with(unknown_command),
            "{lang}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("list"), "a suggestion: {}", run.stderr);
        let run = common::inmaek(&db, lang, &["contact", "list", "--plac", "jilin"]);
        assert_eq!(run.code, 2, "{lang}: {}", run.stderr);
        assert!(
            run.stderr.contains(unknown_option),
            "{lang}: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains("--place"),
            "a suggestion: {}",
            run.stderr
        );
        assert!(
            run.stderr.contains(usage) && run.stderr.contains(more),
            "{lang}: {}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("error:") && !run.stderr.contains("unexpected argument"),
            "{}",
            run.stderr
        );
        if lang != "en" {
            assert!(
                has_hangul(&run.stderr) || has_han(&run.stderr),
                "{}",
                run.stderr
            );
        }
        let run = common::inmaek(&db, lang, &["export", "--format", "xml"]);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.contains(if lang == "zh-CN" {
                "json、csv、vcard、ics"
            } else {
                "json, csv, vcard, ics"
            }),
            "{}",
            run.stderr
        );
        // --help goes to stdout with exit 0.
        let run = common::inmaek(&db, lang, &["contact", "--help"]);
        assert_eq!(run.code, 0);
        assert!(run.stdout.contains("search"), "{}", run.stdout);
    }
}

#[test]
fn os_errors_and_language_names_read_in_the_readers_language() {
    let db = TestDb::sqlite();
    let missing = "/nonexistent/contacts.csv";
    for (lang, expected) in [
        (
            "en",
            "Cannot read /nonexistent/contacts.csv: there is no such file or folder",
        ),
        (
            "ko",
            "/nonexistent/contacts.csv 파일을 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다",
        ),
        (
            "zh-CN",
            "无法读取 /nonexistent/contacts.csv：没有这个文件或文件夹",
        ),
    ] {
        let err = common::refused(&db, lang, &["import", missing]);
        assert_eq!(err, expected);
        assert!(!err.contains("os error"), "{err}");
    }
    common::ok(
        &db,
        "en",
        &[
            "user", "invite", "--role", "officer", "--name", "Wang", "--lang", "zh-CN",
        ],
    );
    let listed = common::ok(&db, "ko", &["user", "list"]);
    assert!(
        listed.contains("中文") && !listed.contains("zh-CN"),
        "{listed}"
    );
    common::ok(
        &db,
        "en",
        &[
            "contact",
            "add",
            "--latin",
            "Li Ming",
            "--lang",
            "zh-CN",
            "--category",
            "official",
            "--category",
            "bridge",
        ],
    );
    let card = common::ok(&db, "ko", &["contact", "show", "Li Ming"]);
    assert!(card.contains("언어: 中文"), "{card}");
    let card = common::ok(&db, "zh-CN", &["contact", "show", "Li Ming"]);
    assert!(card.contains("、"), "Chinese lists use 、: {card}");
}

#[test]
fn logs_have_no_colour_codes_off_a_terminal_and_are_json_when_asked() {
    let db = TestDb::sqlite();
    let run = |format: Option<&str>| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_inmaek"));
        command
            .arg("migrate")
            .env("DATABASE_URL", &db.url)
            .env("INMAEK_LANG", "en")
            .env("RUST_LOG", "debug");
        match format {
            Some(format) => command.env("INMAEK_LOG_FORMAT", format),
            None => command.env_remove("INMAEK_LOG_FORMAT"),
        };
        command.output().unwrap()
    };
    let text = run(None);
    let stderr = String::from_utf8(text.stderr).unwrap();
    assert!(stderr.lines().count() > 1, "{stderr}");
    assert!(
        !stderr.contains('\u{1b}'),
        "no ANSI codes in a log file: {stderr:?}"
    );
    let json = run(Some("json"));
    let stderr = String::from_utf8(json.stderr).unwrap();
    assert!(stderr.lines().count() > 1, "{stderr}");
    for line in stderr.lines() {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(
            value["level"].is_string() && value["fields"]["message"].is_string(),
            "{line}"
        );
    }
    let bad = run(Some("xml"));
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(bad.stderr).unwrap().trim(),
        "The environment variable INMAEK_LOG_FORMAT is missing or malformed."
    );
}

#[test]
fn help_as_a_command_shows_a_commands_help_in_the_readers_language() {
    let db = TestDb::sqlite();
    let run = common::inmaek(&db, "ko", &["help", "contact", "list"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("사용법: inmaek contact list"),
        "{}",
        run.stdout
    );
    let run = common::inmaek(&db, "en", &["help", "contact", "lst"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("There is no command “lst”."),
        "{}",
        run.stderr
    );
}
