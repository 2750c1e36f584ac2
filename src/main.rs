//! The `inmaek` binary: parse the command line, start tracing, hand over.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // --help and usage errors in INMAEK_LANG, from locales/*/help.ftl.
    let cli = match inmaek::cli_text::parse(inmaek::cli_text::lang_from_env()) {
        inmaek::cli_text::Parsed::Run(cli) => *cli,
        inmaek::cli_text::Parsed::Show(text) => {
            use std::io::Write as _;
            let _ = write!(std::io::stdout(), "{text}");
            return ExitCode::SUCCESS;
        }
        inmaek::cli_text::Parsed::Usage(text) => {
            use std::io::Write as _;
            let _ = write!(std::io::stderr(), "{text}");
            return ExitCode::from(2);
        }
    };
    // RUST_LOG wins; by default, info — without sqlx's and the migrator's chatter.
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new("info,sqlx=warn,sea_orm_migration=warn,sea_orm=warn,teloxide=warn")
    });
    // Colours on a terminal only: a log file stays plain text; with
    // INMAEK_LOG_FORMAT=json, one JSON object per line for log collectors.
    let json = match std::env::var("INMAEK_LOG_FORMAT")
        .ok()
        .as_deref()
        .map(str::trim)
    {
        None | Some("" | "text") => false,
        Some("json") => true,
        Some(_) => {
            use std::io::Write as _;
            let lang = inmaek::cli_text::lang_from_env();
            let _ = writeln!(
                std::io::stderr(),
                "{}",
                inmaek::i18n::t_args(
                    lang,
                    "error-environment",
                    &[("name", "INMAEK_LOG_FORMAT".into())]
                )
            );
            return ExitCode::FAILURE;
        }
    };
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        logs.json().with_current_span(false).init();
    } else {
        logs.with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init();
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            use std::io::Write as _;
            let _ = writeln!(std::io::stderr(), "inmaek: {err}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(inmaek::commands::run(cli))
}
