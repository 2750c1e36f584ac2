//! What may import what (docs/ARCHITECTURE.md), checked on the sources:
//! SQL only in the store, Telegram's types never in it, the store's modules
//! without an import circle, the scheduler and the file formats without the
//! bot, the domain without anything of ours but itself.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The code of a file without its comments (doc comments name other parts).
fn code(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn relative(path: &Path) -> String {
    path.strip_prefix(src())
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

/// Files under `src/` (outside `inside`) whose code mentions `needle`.
fn offenders(needle: &str, keep: impl Fn(&str) -> bool) -> Vec<String> {
    sources(&src())
        .into_iter()
        .filter(|path| keep(&relative(path)))
        .filter(|path| code(path).contains(needle))
        .map(|path| relative(&path))
        .collect()
}

#[test]
fn only_the_store_talks_sql() {
    let outside = |file: &str| !file.starts_with("store/");
    assert_eq!(offenders("sea_orm::", outside), Vec::<String>::new());
    assert_eq!(offenders("use sea_orm", outside), Vec::<String>::new());
    let not_its_definition = |file: &str| file != "store/mod.rs";
    assert_eq!(
        offenders("db_for_tests", not_its_definition),
        Vec::<String>::new()
    );
}

#[test]
fn the_store_knows_nothing_of_telegram_or_the_faces() {
    let inside = |file: &str| file.starts_with("store/");
    for face in [
        "teloxide",
        "crate::bot",
        "crate::commands",
        "crate::keep",
        "crate::events",
        "crate::brief",
        "crate::exchange",
    ] {
        assert_eq!(offenders(face, inside), Vec::<String>::new(), "{face}");
    }
}

#[test]
fn the_scheduler_and_the_file_formats_do_not_use_the_bot() {
    let parts = |file: &str| {
        ["keep/", "events/", "brief/", "exchange/", "ops.rs"]
            .iter()
            .any(|part| file.starts_with(part))
    };
    assert_eq!(offenders("crate::bot", parts), Vec::<String>::new());
    assert_eq!(offenders("crate::commands", parts), Vec::<String>::new());
    assert_eq!(offenders("crate::web", parts), Vec::<String>::new());
}

#[test]
fn the_renderers_use_no_face() {
    let render = |file: &str| file.starts_with("render/");
    for face in ["crate::bot", "crate::commands", "crate::web", "teloxide"] {
        assert_eq!(offenders(face, render), Vec::<String>::new(), "{face}");
    }
}

#[test]
fn the_bot_handlers_never_import_the_router() {
    let handlers =
        |file: &str| file.starts_with("bot/") && file != "bot/router.rs" && file != "bot/mod.rs";
    assert_eq!(offenders("router::", handlers), Vec::<String>::new());
    assert_eq!(offenders("router::{", handlers), Vec::<String>::new());
}

#[test]
fn html_is_escaped_in_one_place_and_the_card_written_once() {
    let elsewhere = |file: &str| file != "render/html.rs";
    assert_eq!(
        offenders("utils::html::escape", elsewhere),
        Vec::<String>::new()
    );
    assert_eq!(offenders("fn esc(", elsewhere), Vec::<String>::new());
    assert_eq!(offenders("fn escape_html", elsewhere), Vec::<String>::new());
    // Every face shows the card (and its lines) through render/card.rs.
    let not_the_card = |file: &str| file != "render/card.rs";
    for key in [
        "\"card-categories\"",
        "\"card-seat\"",
        "\"card-tie\"",
        "\"interaction-row\"",
    ] {
        assert_eq!(offenders(key, not_the_card), Vec::<String>::new(), "{key}");
    }
}

#[test]
fn the_domain_uses_nothing_of_ours() {
    let domain = |file: &str| file.starts_with("domain/");
    for part in [
        "crate::store",
        "crate::bot",
        "crate::commands",
        "crate::i18n",
        "crate::config",
        "sea_orm",
        "teloxide",
        "tokio::",
    ] {
        assert_eq!(offenders(part, domain), Vec::<String>::new(), "{part}");
    }
}

#[test]
fn faces_receive_records_never_entity_models() {
    let outside = |file: &str| !file.starts_with("store/");
    assert_eq!(offenders("store::entity", outside), Vec::<String>::new());
    assert_eq!(offenders("::Model", outside), Vec::<String>::new());
}

/// The modules of `src/store/` and the ones each imports (`super::x`).
fn store_imports() -> BTreeMap<String, BTreeSet<String>> {
    let dir = src().join("store");
    let modules: BTreeSet<String> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_stem()?.to_string_lossy().into_owned();
            (name != "mod").then_some(name)
        })
        .collect();
    let mut graph = BTreeMap::new();
    for module in &modules {
        let path = if dir.join(format!("{module}.rs")).exists() {
            dir.join(format!("{module}.rs"))
        } else {
            dir.join(module).join("mod.rs")
        };
        let text = code(&path);
        let uses: BTreeSet<String> = modules
            .iter()
            .filter(|other| *other != module)
            .filter(|other| {
                text.contains(&format!("super::{other}::"))
                    || text.contains(&format!("super::{other};"))
                    || text.contains(&format!("super::{other}}}"))
                    || text.contains(&format!("store::{other}::"))
            })
            .cloned()
            .collect();
        graph.insert(module.clone(), uses);
    }
    graph
}

#[test]
fn the_store_modules_import_each_other_without_a_circle() {
    let graph = store_imports();
    assert!(graph.contains_key("contacts") && graph.contains_key("records"));
    // Depth-first search for a back edge; reports the circle it finds.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_owned());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in &graph[node] {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(circle) = visit(node, &graph, &mut Vec::new(), &mut done) {
            panic!("import circle in src/store: {}", circle.join(" → "));
        }
    }
}

#[test]
fn a_circle_would_be_found() {
    // The check above must be able to fail: the graph it reads is real.
    let graph = store_imports();
    assert!(graph["contacts"].contains("search"), "{graph:?}");
    assert!(graph["interactions"].contains("cadence"), "{graph:?}");
}
