//! `inmaek export` and `inmaek import`: the JSON dump and contact CSV.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::Path;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Context, Failure, Outcome, out};
use crate::cli::{DumpFormat, ExportArgs, ImportArgs};
use crate::domain::namekeys::query_keys;
use crate::domain::{Arg, Message};
use crate::exchange::csv::{CsvContact, CsvError, RowError, parse_contacts, write_contacts};
use crate::exchange::json::{parse_dump, write_dump};
use crate::exchange::text::{TextEncoding, decode};
use crate::i18n;
use crate::store::StoreError;
use crate::store::contacts::{Prepared, Resolver};

pub async fn export(ctx: &Context, args: ExportArgs) -> Outcome {
    let format = export_format(&args)?;
    ctx.store
        .record_access_all(
            ctx.actor,
            "export",
            &format!("format:{}", format!("{format:?}").to_lowercase()),
        )
        .await?;
    let (text, contacts, interactions) = match format {
        DumpFormat::Json => {
            let dump = ctx.store.export_dump().await?;
            (
                write_dump(&dump),
                dump.contacts.len(),
                dump.interactions.len(),
            )
        }
        DumpFormat::Csv => {
            let records = ctx.store.contact_records().await?;
            (write_contacts(&records), records.len(), 0)
        }
        DumpFormat::Vcard => {
            let records = ctx.store.contact_records().await?;
            (
                crate::exchange::vcard::write_contacts(&records),
                records.len(),
                0,
            )
        }
        DumpFormat::Ics => {
            let (text, events) = super::event::calendar(ctx).await?;
            if let Some(path) = &args.out {
                write_atomically(path, &text).await?;
                out::note(&ctx.t_args(
                    "export-done-events",
                    &[
                        ("path", path.display().to_string().into()),
                        ("events", events.into()),
                    ],
                ));
            } else {
                out::data(&text)?;
            }
            return Ok(());
        }
    };
    match &args.out {
        Some(path) => {
            write_atomically(path, &text).await?;
            // On stderr: standard output stays the data when it is used.
            out::note(&ctx.t_args(
                "export-done",
                &[
                    ("path", path.display().to_string().into()),
                    ("contacts", contacts.into()),
                    ("interactions", interactions.into()),
                ],
            ));
        }
        None => out::data(&text)?,
    }
    Ok(())
}

/// Writes owner-only through a temporary file created exclusively
/// beside the target, then renames: a failed export never leaves half a
/// file where a good one was, and a link planted beside it is not followed.
pub(super) async fn write_atomically(path: &Path, text: &str) -> Outcome {
    let target = path.to_owned();
    let bytes = text.as_bytes().to_vec();
    let written = tokio::task::spawn_blocking(move || crate::files::write_private(&target, &bytes))
        .await
        .unwrap_or_else(|err| Err(std::io::Error::other(err.to_string())));
    written.map_err(|err| Failure::Write {
        path: path.display().to_string(),
        reason: super::os_reason(&err),
    })
}

/// The format of an export: named, or said by the extension of `--out`
/// (`.json`, `.csv`, `.vcf`/`.vcard`, `.ics`); the two must agree.
fn export_format(args: &ExportArgs) -> Result<DumpFormat, Failure> {
    let by_extension = args.out.as_deref().and_then(|path| {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase)
            .as_deref()
        {
            Some("json") => Some(DumpFormat::Json),
            Some("csv") => Some(DumpFormat::Csv),
            Some("vcf" | "vcard") => Some(DumpFormat::Vcard),
            Some("ics") => Some(DumpFormat::Ics),
            _ => None,
        }
    });
    match (args.format, by_extension) {
        (Some(named), Some(said)) if named != said => {
            Err(crate::domain::Error::FormatContradicts {
                format: format!("{named:?}").to_lowercase(),
                path: args
                    .out
                    .as_deref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            }
            .into())
        }
        (Some(named), _) => Ok(named),
        (None, Some(said)) => Ok(said),
        (None, None) => Ok(DumpFormat::Json),
    }
}

/// The format named, or guessed from the file's extension.
fn format_of(path: &Path, named: Option<DumpFormat>) -> DumpFormat {
    named.unwrap_or_else(|| {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_lowercase)
            .as_deref()
        {
            Some("csv") => DumpFormat::Csv,
            Some("vcf" | "vcard") => DumpFormat::Vcard,
            _ => DumpFormat::Json,
        }
    })
}

/// The largest file `import` reads: a dump of 100,000 contacts with their
/// history is well under it.
const MAX_IMPORT_BYTES: u64 = 512 * 1024 * 1024;

/// Reads a file to import: a regular file of a sensible size, decoded
/// (UTF-8 with or without a BOM, or the encoding named); each refusal one
/// localized sentence naming the file.
pub(super) async fn read_import(
    ctx: &Context,
    file: &Path,
    encoding_name: Option<&String>,
) -> Result<String, Failure> {
    let path = file.display().to_string();
    let encoding = match encoding_name {
        Some(name) => Some(
            TextEncoding::parse(name).ok_or(crate::domain::Error::Invalid {
                field: "encoding",
                value: (*name).clone(),
            })?,
        ),
        None => None,
    };
    // A regular file of a sensible size: not /dev/zero, a pipe that never
    // ends, or a file bigger than any office's contacts.
    let metadata = tokio::fs::metadata(file)
        .await
        .map_err(|err| Failure::Read {
            path: path.clone(),
            reason: super::os_reason(&err),
        })?;
    if !metadata.is_file() {
        return Err(Failure::Read {
            path,
            reason: ctx.t("import-not-a-file").into(),
        });
    }
    if metadata.len() > MAX_IMPORT_BYTES {
        return Err(Failure::Read {
            path,
            reason: ctx
                .t_args(
                    "import-too-large",
                    &[("max", (MAX_IMPORT_BYTES / (1024 * 1024)).into())],
                )
                .into(),
        });
    }
    let bytes = tokio::fs::read(file).await.map_err(|err| Failure::Read {
        path: path.clone(),
        reason: super::os_reason(&err),
    })?;
    let text = decode(&bytes, encoding).map_err(|err| Failure::Parse {
        path: path.clone(),
        line: err.line,
        column: 1,
        reason: if err.likely.is_empty() {
            ctx.t_args(
                "import-not-in-encoding",
                &[("encoding", err.encoding.into())],
            )
        } else {
            ctx.t_args(
                "import-not-utf8",
                &[
                    ("likely", err.likely.join(" / ").into()),
                    ("first", err.likely[0].into()),
                ],
            )
        },
    })?;
    Ok(text)
}

pub async fn import(ctx: &Context, args: ImportArgs) -> Outcome {
    let path = args.file.display().to_string();
    let text = read_import(ctx, &args.file, args.encoding.as_ref()).await?;
    match format_of(&args.file, args.format) {
        DumpFormat::Json => import_dump(ctx, &args, &path, &text).await,
        DumpFormat::Csv => {
            let (rows, invalid) = parse_contacts(&text).map_err(|err| csv_failure(&path, err))?;
            import_rows(ctx, &args, &path, rows, invalid).await
        }
        DumpFormat::Vcard => {
            let (rows, invalid) = crate::exchange::vcard::parse_contacts(&text);
            if rows.is_empty() && invalid.is_empty() {
                return Err(Failure::Parse {
                    path: path.clone(),
                    line: 1,
                    column: 1,
                    reason: ctx.t("import-no-vcard"),
                });
            }
            import_rows(ctx, &args, &path, rows, invalid).await
        }
        DumpFormat::Ics => Err(crate::domain::Error::Invalid {
            field: "format",
            value: "ics".to_owned(),
        }
        .into()),
    }
}

async fn import_dump(ctx: &Context, args: &ImportArgs, path: &str, text: &str) -> Outcome {
    // A file that is no export at all is said so in words; a refusal
    // inside an export names its line and column.
    let not_export = |key, line, column| Failure::NotExport {
        path: path.to_owned(),
        key,
        line,
        column,
    };
    match serde_json::from_str::<serde_json::Value>(text.strip_prefix('\u{feff}').unwrap_or(text)) {
        Err(err) if err.line() <= 1 && err.column() <= 1 => {
            return Err(not_export("error-import-not-json", 1, 1));
        }
        Err(err) => {
            return Err(not_export(
                "error-import-broken-json",
                err.line(),
                err.column(),
            ));
        }
        Ok(value)
            if value.get("format").and_then(serde_json::Value::as_str)
                != Some(crate::store::dump::DUMP_FORMAT) =>
        {
            return Err(not_export("error-import-not-export", 1, 1));
        }
        Ok(_) => {}
    }
    let dump = parse_dump(text).map_err(|err| match err.refused {
        Some(refused) => Failure::Domain(refused),
        None => Failure::Parse {
            path: path.to_owned(),
            line: err.line,
            column: err.column,
            reason: err.reason,
        },
    })?;
    if args.dry_run {
        ctx.store.check_dump(&dump).await?;
    } else {
        ctx.store.import_dump(dump.clone()).await?;
    }
    let key = if args.dry_run {
        "import-checked"
    } else {
        "import-done"
    };
    ctx.say(
        key,
        &[
            ("path", path.into()),
            ("contacts", dump.contacts.len().into()),
            ("interactions", dump.interactions.len().into()),
            ("users", dump.users.len().into()),
        ],
    );
    Ok(())
}

/// A row that is someone already recorded (in the database or earlier in the file).
struct Duplicate {
    line: usize,
    candidates: String,
}

fn row_failure(path: &str, error: &RowError) -> Failure {
    Failure::Row {
        path: path.to_owned(),
        line: error.line,
        column: error.column,
        message: error.error.message(),
    }
}

pub(super) fn csv_failure(path: &str, error: CsvError) -> Failure {
    csv_failure_of(path, error, &crate::exchange::csv::COLUMNS)
}

/// A CSV file's refusal, naming the columns a file of its kind has.
pub(super) fn csv_failure_of(path: &str, error: CsvError, columns: &[&str]) -> Failure {
    let message = match error {
        CsvError::UnknownColumn { column } => Message::new("error-csv-unknown-column")
            .arg("column", column)
            .arg("expected", columns.join(", ")),
        CsvError::Separator { separator } => Message::new("error-csv-separator").arg(
            "separator",
            match separator {
                '\t' => "tab".to_owned(),
                other => other.to_string(),
            },
        ),
        CsvError::DuplicateColumn { column } => {
            Message::new("error-csv-duplicate-column").arg("column", column)
        }
        CsvError::NoNameColumn => Message::new("error-csv-no-name-column"),
        CsvError::Syntax { line, reason } => {
            return Failure::Parse {
                path: path.to_owned(),
                line,
                column: 1,
                reason,
            };
        }
    };
    Failure::Row {
        path: path.to_owned(),
        line: 1,
        column: "",
        message,
    }
}

/// Imports contacts read from a CSV or vCard file: all or nothing.
async fn import_rows(
    ctx: &Context,
    args: &ImportArgs,
    path: &str,
    rows: Vec<CsvContact>,
    mut invalid: Vec<RowError>,
) -> Outcome {
    // Places and owners are names too: resolve them now, per row.
    let mut resolver = Resolver::default();
    let mut prepared: Vec<(usize, Prepared)> = Vec::with_capacity(rows.len());
    // An owner unknown here (a file from another office, the demo's
    // "Demo Officer"): the contact comes in unowned, counted in one warning.
    let mut unknown_owners: std::collections::BTreeSet<String> = Default::default();
    let mut known_owners: std::collections::BTreeSet<String> = Default::default();
    let mut unowned = 0usize;
    for CsvContact { line, mut contact } in rows {
        let column = if contact.place.is_some() {
            "place"
        } else {
            "owner"
        };
        if let Some(owner) = contact.owner.clone()
            && !known_owners.contains(&owner)
        {
            // Each owner's name looked up once per file.
            let unknown = unknown_owners.contains(&owner)
                || matches!(
                    ctx.store.find_officer(&owner).await,
                    Err(StoreError::Domain(crate::domain::Error::UserNotFound(_)))
                );
            if unknown {
                contact.owner = None;
                unknown_owners.insert(owner);
                unowned += 1;
            } else {
                known_owners.insert(owner);
            }
        }
        match resolver.prepare(&ctx.store, contact).await {
            Ok(ready) => prepared.push((line, ready)),
            Err(StoreError::Domain(error)) => {
                let column = match error {
                    crate::domain::Error::UnknownPlace(_) => "place",
                    crate::domain::Error::UserNotFound(_)
                    | crate::domain::Error::NotAnOfficer { .. } => "owner",
                    _ => column,
                };
                invalid.push(RowError {
                    line,
                    column,
                    error,
                });
            }
            Err(err) => return Err(err.into()),
        }
    }
    invalid.sort_by_key(|e| e.line);

    // Who is recorded already, or twice in this file.
    let keys_of = |p: &Prepared| -> Vec<String> {
        p.new
            .names
            .iter()
            .flat_map(|n| query_keys(&n.value))
            .collect()
    };
    let all_keys: Vec<String> = prepared.iter().flat_map(|(_, p)| keys_of(p)).collect();
    let known = ctx.store.contacts_by_keys(&all_keys).await?;
    let mut seen_in_file: HashMap<String, usize> = HashMap::new();
    let mut duplicates = Vec::new();
    let mut fresh = Vec::with_capacity(prepared.len());
    for (line, ready) in prepared {
        let keys = keys_of(&ready);
        let mut ids: Vec<i32> = keys
            .iter()
            .filter_map(|k| known.get(k))
            .flatten()
            .copied()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let earlier = keys.iter().find_map(|k| seen_in_file.get(k).copied());
        for key in keys {
            seen_in_file.entry(key).or_insert(line);
        }
        let candidates: Vec<String> = ids
            .iter()
            .map(|id| format!("#{id}"))
            .chain(earlier.map(|l| ctx.t_args("import-earlier-line", &[("line", l.into())])))
            .collect();
        if candidates.is_empty() {
            fresh.push(ready);
        } else {
            duplicates.push(Duplicate {
                line,
                candidates: candidates.join(", "),
            });
            if args.allow_duplicates {
                fresh.push(ready);
            }
        }
    }

    if args.dry_run {
        for error in &invalid {
            let reason = i18n::render(ctx.lang, &error.error.message());
            ctx.say(
                "import-row-invalid",
                &[
                    ("line", error.line.into()),
                    ("column", error.column.into()),
                    ("reason", reason.into()),
                ],
            );
        }
        for duplicate in &duplicates {
            ctx.say(
                "import-row-duplicate",
                &[
                    ("line", duplicate.line.into()),
                    ("candidates", Arg::from(&duplicate.candidates)),
                ],
            );
        }
        let new = fresh.len()
            - if args.allow_duplicates {
                duplicates.len()
            } else {
                0
            };
        ctx.say(
            "import-csv-checked",
            &[
                ("path", path.into()),
                ("new", new.into()),
                ("duplicates", duplicates.len().into()),
                ("invalid", invalid.len().into()),
            ],
        );
        warn_unowned(ctx, &unknown_owners, unowned);
        if !invalid.is_empty() {
            return Err(crate::domain::Error::InvalidRows {
                path: path.to_owned(),
                count: invalid.len(),
            }
            .into());
        }
        return Ok(());
    }
    if let Some(first) = invalid.first() {
        return Err(row_failure(path, first));
    }
    if !duplicates.is_empty() && !args.skip_duplicates && !args.allow_duplicates {
        let first = &duplicates[0];
        return Err(Failure::Row {
            path: path.to_owned(),
            line: first.line,
            column: "",
            message: Message::new("error-import-duplicates")
                .arg("count", duplicates.len())
                .arg("candidates", first.candidates.clone()),
        });
    }

    let total = fresh.len();
    let bar = progress_bar(total as u64);
    let imported = ctx
        .store
        .import_contacts(fresh, resolver, {
            let bar = bar.clone();
            move |done| bar.set_position(done as u64)
        })
        .await?;
    bar.finish_and_clear();
    let skipped = if args.skip_duplicates {
        duplicates.len()
    } else {
        0
    };
    ctx.say(
        "import-csv-done",
        &[
            ("path", path.into()),
            ("count", imported.into()),
            ("skipped", skipped.into()),
        ],
    );
    warn_unowned(ctx, &unknown_owners, unowned);
    Ok(())
}

/// One line on stderr: how many contacts named an owner unknown here, and who.
fn warn_unowned(ctx: &Context, owners: &std::collections::BTreeSet<String>, count: usize) {
    if count == 0 {
        return;
    }
    let names: Vec<&str> = owners.iter().map(String::as_str).collect();
    super::out::note(&ctx.t_args(
        "import-unknown-owner",
        &[
            ("count", count.into()),
            ("owners", i18n::list(ctx.lang, &names).into()),
        ],
    ));
}

/// A progress bar on a terminal's stderr; nothing when piped.
fn progress_bar(total: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {eta}") {
        bar.set_style(style);
    }
    bar
}
