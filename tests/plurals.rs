//! English agrees in number: every English message that shows a count
//! chooses its words with a plural selector on that count (`{ $count ->
//! [one] … *[other] … }`), so no one reads "1 relationships going cold" or
//! "Imported 1 contacts". Korean and Chinese have no plural agreement and are
//! not checked here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use inmaek::domain::{Arg, Lang};

/// Variables that always hold a number of things (people, days, rows…) in
/// the English messages. A message that uses one must choose its words with
/// a selector on it. Not counts, and so not listed: ids (`$id`, `$contact`),
/// item numbers (`$n`), positions (`$line`, `$column`, `$index`, `$page`,
/// `$pages`), years (`$value`), and strings made of several counts or names
/// (`$counts`, `$subjects`, `$capacity`).
const COUNT_VARIABLES: &[&str] = &[
    "already",
    "attempts",
    "cold",
    "contacts",
    "count",
    "days",
    "dead",
    "deleted",
    "dialogues",
    "digests",
    "dropped",
    "duplicates",
    "events",
    "follow_ups",
    "interactions",
    "invalid",
    "late",
    "max",
    "messages",
    "months",
    "new",
    "no_account",
    "no_consent",
    "projects",
    "promises",
    "queued",
    "reachable",
    "redacted",
    "sent",
    "shown",
    "skipped",
    "texts",
    "told",
    "total",
    "unreachable",
    "users",
    "waiting",
];

/// (message, variable) pairs where the count stands without a word that
/// would agree with it, so "1" reads as well as "2".
const NOT_ATTACHED_TO_A_NOUN: &[(&str, &str)] = &[
    // "… and 1 more — /due": "more" does not inflect.
    ("due-more", "count"),
    // "Due for contact — 1 of yours".
    ("due-title", "count"),
    // A heading with the number alone in parentheses: "Nobody owns these (1)".
    ("due-unowned-heading", "count"),
    ("brief-cold", "count"),
    ("card-follow-ups", "count"),
    ("card-recent", "count"),
    // "Counterparts (1 of 1, most relevant first)".
    ("brief-counterparts", "shown"),
    ("brief-counterparts", "total"),
    // "1 it cannot. 1 invited already.": the noun is the one before.
    ("bot-invite-preview", "unreachable"),
    ("bot-invite-preview", "already"),
    // "…it cannot: 1 not enrolled in the bot, 1 without consent …".
    ("bot-invite-preview", "no_account"),
    ("bot-invite-preview", "no_consent"),
    // "cannot be reached: 1 without an account, 1 without consent, 1
    // unreachable. 1 invited already."
    ("event-invite-preview", "no_account"),
    ("event-invite-preview", "no_consent"),
    ("event-invite-preview", "unreachable"),
    ("event-invite-preview", "already"),
    ("event-invite-done", "already"),
    // Label and number: "Sent 1, waiting to retry 1, dead 1"; "accepted 1".
    ("reminders-tick-done", "sent"),
    ("reminders-tick-done", "waiting"),
    ("reminders-tick-done", "dead"),
    ("event-count", "count"),
    // "1 new, 1 duplicate, 2 invalid rows": adjectives that do not inflect;
    // the one noun agrees with $invalid, the count next to it.
    ("import-csv-checked", "new"),
    ("import-csv-checked", "duplicates"),
    // "larger than 1 MB": a unit symbol has no plural.
    ("import-too-large", "max"),
    // Here $contacts is the list of the contacts' names, not a number.
    ("interaction-added", "contacts"),
];

/// One English message: the variables it uses and those it selects on.
#[derive(Default)]
struct Uses {
    variables: BTreeSet<String>,
    selectors: BTreeSet<String>,
}

fn pattern_uses(pattern: &ast::Pattern<String>, uses: &mut Uses) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_uses(expression, uses);
        }
    }
}

fn expression_uses(expression: &Expression<String>, uses: &mut Uses) {
    match expression {
        Expression::Inline(inline) => inline_uses(inline, uses),
        Expression::Select { selector, variants } => {
            // `{ $count -> … }` or `{ NUMBER($count) -> … }`.
            let mut selected = Uses::default();
            inline_uses(selector, &mut selected);
            uses.selectors.extend(selected.variables.iter().cloned());
            uses.variables.extend(selected.variables);
            for variant in variants {
                pattern_uses(&variant.value, uses);
            }
        }
    }
}

fn inline_uses(inline: &InlineExpression<String>, uses: &mut Uses) {
    match inline {
        InlineExpression::VariableReference { id } => {
            uses.variables.insert(id.name.clone());
        }
        InlineExpression::Placeable { expression } => expression_uses(expression, uses),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_uses(arg, uses);
            }
        }
        _ => {}
    }
}

/// Every English message with a value, by key.
fn english() -> BTreeMap<String, Uses> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ftl files in {}", dir.display());
    let mut messages = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
            panic!("{} does not parse: {errors:?}", file.display());
        });
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut uses = Uses::default();
                if let Some(value) = &message.value {
                    pattern_uses(value, &mut uses);
                }
                messages.insert(message.id.name, uses);
            }
        }
    }
    messages
}

fn allowed(key: &str, variable: &str) -> bool {
    NOT_ATTACHED_TO_A_NOUN.contains(&(key, variable))
}

/// (message, count variable) for every count that must agree.
fn counts(messages: &BTreeMap<String, Uses>) -> Vec<(&str, &'static str)> {
    let mut out = Vec::new();
    for (key, uses) in messages {
        for &variable in COUNT_VARIABLES {
            if uses.variables.contains(variable) && !allowed(key, variable) {
                out.push((key.as_str(), variable));
            }
        }
    }
    out
}

#[test]
fn every_english_count_has_a_plural_selector() {
    let messages = english();
    let missing: Vec<String> = counts(&messages)
        .into_iter()
        .filter(|(key, variable)| !messages[*key].selectors.contains(*variable))
        .map(|(key, variable)| format!("{key} (${variable})"))
        .collect();
    assert!(
        missing.is_empty(),
        "English messages showing a count without `{{ $var -> [one] … *[other] … }}`: {missing:?}"
    );
}

#[test]
fn the_allow_list_names_only_counts_that_exist() {
    let messages = english();
    for (key, variable) in NOT_ATTACHED_TO_A_NOUN {
        assert!(
            COUNT_VARIABLES.contains(variable),
            "{key}: ${variable} is not a count variable"
        );
        let uses = messages
            .get(*key)
            .unwrap_or_else(|| panic!("allow-listed {key} is not an English message"));
        assert!(
            uses.variables.contains(*variable),
            "allow-listed {key} does not use ${variable}"
        );
    }
}

/// Renders `key` with `count` for `variable` and "x" for every other one.
fn render(key: &str, uses: &Uses, variable: &'static str, count: i64) -> String {
    let args: Vec<(&'static str, Arg)> = uses
        .variables
        .iter()
        .map(|name| {
            if name == variable {
                (variable, Arg::Num(count))
            } else {
                let name: &'static str = Box::leak(name.clone().into_boxed_str());
                (name, Arg::Str("x".to_owned()))
            }
        })
        .collect();
    inmaek::i18n::t_args(Lang::En, key, &args)
}

#[test]
fn one_reads_differently_from_two() {
    let messages = english();
    let mut same = Vec::new();
    for (key, variable) in counts(&messages) {
        let uses = &messages[key];
        let one = render(key, uses, variable, 1);
        let two = render(key, uses, variable, 2);
        assert_ne!(one, key, "{key} does not render");
        // Other digits of the text stay equal on both sides.
        if one.replace('1', "2") == two.replace('1', "2") {
            same.push(format!("{key} (${variable}): {one:?} / {two:?}"));
        }
    }
    assert!(
        same.is_empty(),
        "these read the same for 1 as for 2, but for the number: {same:#?}"
    );
}
