//! `inmaek export` and `inmaek import` (the JSON dump).

use std::path::Path;

use super::{Context, Failure, Outcome};
use crate::cli::{DumpFormat, ExportArgs, ImportArgs};
use crate::exchange::json::{parse_dump, write_dump};

pub async fn export(ctx: &Context, args: ExportArgs) -> Outcome {
    let DumpFormat::Json = args.format;
    let dump = ctx.store.export_dump().await?;
    let text = write_dump(&dump);
    match &args.out {
        Some(path) => {
            write_atomically(path, &text).await?;
            let contacts = dump.contacts.len();
            let interactions = dump.interactions.len();
            // On stderr, so `--out -`-style piping of stdout stays clean.
            eprintln!(
                "{}",
                ctx.t_args(
                    "export-done",
                    &[
                        ("path", path.display().to_string().into()),
                        ("contacts", contacts.into()),
                        ("interactions", interactions.into())
                    ]
                )
            );
        }
        None => print!("{text}"),
    }
    Ok(())
}

/// Writes beside the target and renames, so a failed export never leaves
/// half a file where a good one was.
async fn write_atomically(path: &Path, text: &str) -> Outcome {
    let failure = |err: std::io::Error| Failure::Write {
        path: path.display().to_string(),
        reason: err.to_string(),
    };
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".partial");
    tokio::fs::write(&temporary, text).await.map_err(failure)?;
    tokio::fs::rename(&temporary, path).await.map_err(failure)
}

pub async fn import(ctx: &Context, args: ImportArgs) -> Outcome {
    let path = args.file.display().to_string();
    // Only JSON exists so far; the extension is not needed to guess it.
    let _format = args.format.unwrap_or(DumpFormat::Json);
    let bytes = tokio::fs::read(&args.file)
        .await
        .map_err(|err| Failure::Read {
            path: path.clone(),
            reason: err.to_string(),
        })?;
    let text = String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        let line = err.as_bytes()[..offset]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        Failure::Parse {
            path: path.clone(),
            line,
            column: 1,
            reason: ctx.t("import-not-utf8"),
        }
    })?;
    let dump = parse_dump(&text).map_err(|err| Failure::Parse {
        path: path.clone(),
        line: err.line,
        column: err.column,
        reason: err.reason,
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
