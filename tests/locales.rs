//! Every Fluent message exists in ko, zh-CN and en, with the same variables.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};

const LOCALES: [&str; 3] = ["ko", "zh-CN", "en"];

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of_pattern(pattern: &ast::Pattern<String>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(expression: &Expression<String>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => variables_of_inline(inline, out),
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for variant in variants {
                variables_of_pattern(&variant.value, out);
            }
        }
    }
}

fn variables_of_inline(inline: &InlineExpression<String>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                variables_of_inline(arg, out);
            }
        }
        _ => {}
    }
}

fn messages(locale: &str) -> Messages {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale);
    let mut messages = Messages::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{locale} has no .ftl files");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
            panic!("{} does not parse: {errors:?}", file.display());
        });
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_of_pattern(value, &mut variables);
                }
                let id = message.id.name.clone();
                assert!(
                    messages.insert(id.clone(), variables).is_none(),
                    "{id} twice in {locale}"
                );
            }
        }
    }
    messages
}

#[test]
fn every_key_and_variable_exists_in_every_locale() {
    let all: Vec<(&str, Messages)> = LOCALES.iter().map(|l| (*l, messages(l))).collect();
    let (reference_locale, reference) = &all[2];
    for (locale, messages) in &all {
        let missing: Vec<_> = reference
            .keys()
            .filter(|k| !messages.contains_key(*k))
            .collect();
        let extra: Vec<_> = messages
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty(),
            "{locale} lacks {missing:?} (present in {reference_locale})"
        );
        assert!(
            extra.is_empty(),
            "{locale} has {extra:?} that {reference_locale} lacks"
        );
        for (key, variables) in reference {
            assert_eq!(
                &messages[key], variables,
                "variables of {key} differ in {locale}"
            );
        }
    }
}

#[test]
fn every_key_used_in_the_source_exists() {
    let en = messages("en");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    let mut missing = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            // keys.rs names vocabularies ("interaction-kind"), not messages;
            // the store names access-log actions (checked below).
            if path.ends_with("domain/keys.rs") || path.to_string_lossy().contains("src/store/") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            // Literal keys passed to the renderers: say("…"), t("…"), Message::new("…") …
            for (index, _) in text.match_indices('"') {
                let rest = &text[index + 1..];
                let Some(end) = rest.find('"') else { continue };
                let candidate = &rest[..end];
                let known_prefix = [
                    "error-",
                    "card-",
                    "user-",
                    "contact-",
                    "interaction-",
                    "cadence-",
                    "health-",
                    "import-",
                    "export-",
                    "migrate-",
                    "bot-",
                    "serve-",
                    "demo-",
                    "search-",
                    "cmd-",
                    "lang-name-",
                    "due-",
                    "outbox-",
                    "reminders-",
                    "brief-",
                    "audit-",
                    "mydata-",
                    "event-",
                    "member-",
                    "position-",
                    "org-",
                    "honor-",
                    "committee-",
                    "agreement-",
                    "project-",
                    "relation-",
                    "path-",
                    "table-",
                ]
                .iter()
                .any(|p| candidate.starts_with(p));
                let looks_like_key = candidate
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit());
                if known_prefix && looks_like_key && !en.contains_key(candidate) {
                    missing.push(format!("{}: {candidate}", path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys used in src/ but missing in locales: {missing:?}"
    );
}

#[test]
fn every_access_log_action_has_a_label_in_every_locale() {
    for lang in ["en", "ko", "zh-CN"] {
        let keys = messages(lang);
        for action in inmaek::store::audit::ACTIONS {
            let key = format!("audit-action-{action}");
            assert!(keys.contains_key(&key), "{lang}: {key}");
        }
    }
}
