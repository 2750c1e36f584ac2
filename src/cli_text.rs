//! The command line in the reader's language: every `--help` text and
//! clap's usage errors come from `locales/*/help.ftl` (keys derived from
//! the command path, see [`key_of_command`] and [`key_of_arg`]), with
//! clap's own words (headings, `[default: …]`) replaced too.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

use crate::cli::Cli;
use crate::domain::Lang;
use crate::i18n;

/// "Usage: ", "사용법: ", "用法：" — a full-width colon needs no space.
fn usage_heading(lang: Lang) -> String {
    let heading = i18n::t(lang, "help-heading-usage");
    if heading.ends_with('：') {
        heading
    } else {
        format!("{heading} ")
    }
}

/// The key of a command's description: `help-inmaek`, `help-contact-list`.
pub fn key_of_command(path: &[&str]) -> String {
    if path.is_empty() {
        "help-inmaek".to_owned()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// The key of an argument's description: `help-contact-list--place`,
/// `help-inmaek--as_user` for the global `--as`.
pub fn key_of_arg(path: &[&str], id: &str) -> String {
    format!("{}--{id}", key_of_command(path))
}

/// The language the command line speaks: `INMAEK_LANG`, else Korean (the
/// configuration reports a bad value later, in Korean).
pub fn lang_from_env() -> Lang {
    std::env::var("INMAEK_LANG")
        .ok()
        .and_then(|lang| Lang::parse(lang.trim()).ok())
        .unwrap_or_default()
}

/// The whole command tree with its texts in `lang`.
pub fn command(lang: Lang) -> Command {
    localize(Cli::command(), lang, &mut Vec::new())
}

fn lookup(lang: Lang, key: &str) -> Option<String> {
    i18n::try_t(lang, key)
}

fn localize(cmd: Command, lang: Lang, path: &mut Vec<String>) -> Command {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    let mut cmd = cmd;
    if let Some(about) = lookup(lang, &key_of_command(&names)) {
        cmd = cmd.about(about).long_about(None);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    for id in ids {
        let key = key_of_arg(&names, &id);
        cmd = cmd.mut_arg(&id, |arg| localize_arg(arg, lang, &key));
    }
    let options = i18n::t(lang, "help-heading-options");
    let arguments = i18n::t(lang, "help-heading-arguments");
    cmd = cmd.mut_args(|arg| {
        if arg.get_help_heading().is_some() {
            arg
        } else if arg.is_positional() {
            arg.help_heading(arguments.clone())
        } else {
            arg.help_heading(options.clone())
        }
    });
    // clap's own flags, in our words.
    cmd = cmd
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(i18n::t(lang, "help-flag-help"))
                .help_heading(options.clone()),
        );
    if path.is_empty() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(i18n::t(lang, "help-flag-version"))
                .help_heading(options),
        );
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        usage_heading(lang)
    );
    cmd = cmd
        .help_template(template)
        .subcommand_help_heading(i18n::t(lang, "help-heading-commands"))
        .subcommand_value_name(i18n::t(lang, "help-value-command"));
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    // `inmaek help contact list`, as clap's own help command did, in our words.
    if path.is_empty() {
        cmd = cmd.subcommand(
            Command::new("help").about(i18n::t(lang, "help-help")).arg(
                Arg::new("command")
                    .num_args(0..)
                    .value_name(i18n::t(lang, "help-value-command"))
                    .help(i18n::t(lang, "help-help--command")),
            ),
        );
    }
    for name in subcommands {
        path.push(name.clone());
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, lang, path));
        path.pop();
    }
    cmd
}

fn localize_arg(arg: Arg, lang: Lang, key: &str) -> Arg {
    let Some(mut help) = lookup(lang, key) else {
        return arg;
    };
    // clap's bracketed notes in English, written again in `lang`.
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        help.push(' ');
        help.push_str(&i18n::t_args(
            lang,
            "help-note-default",
            &[("value", defaults.join(", ").into())],
        ));
    }
    let values: Vec<String> = if arg.is_hide_possible_values_set() {
        Vec::new()
    } else {
        arg.get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_owned())
            .collect()
    };
    if !values.is_empty() && !matches!(arg.get_action(), ArgAction::SetTrue | ArgAction::SetFalse) {
        help.push(' ');
        help.push_str(&i18n::t_args(
            lang,
            "help-note-values",
            &[("values", i18n::list(lang, &values).into())],
        ));
    }
    if let Some(env) = arg.get_env() {
        help.push(' ');
        help.push_str(&i18n::t_args(
            lang,
            "help-note-env",
            &[("name", env.to_string_lossy().into_owned().into())],
        ));
    }
    let arg = arg.help(help).long_help(None).hide_env(true);
    if arg.get_action().takes_values() {
        arg.hide_default_value(true).hide_possible_values(true)
    } else {
        arg
    }
}

/// What parsing the command line came to.
#[derive(Debug)]
pub enum Parsed {
    Run(Box<Cli>),
    /// Help or the version was asked for: print it (stdout), exit 0.
    Show(String),
    /// A usage error, in `lang`: print it (stderr), exit 2.
    Usage(String),
}

/// Parses the process's arguments with texts in `lang`.
pub fn parse(lang: Lang) -> Parsed {
    parse_from(lang, std::env::args_os())
}

/// Parses `args` (the program name first) with texts in `lang`.
pub fn parse_from<I, T>(lang: Lang, args: I) -> Parsed
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let mut cmd = command(lang);
    let matches = match cmd.try_get_matches_from_mut(args.clone()) {
        Ok(matches) => matches,
        Err(err) => return from_error(lang, &mut cmd, &args, err),
    };
    if let Some(("help", wanted)) = matches.subcommand() {
        let path: Vec<String> = wanted
            .get_many::<String>("command")
            .map(|words| words.cloned().collect())
            .unwrap_or_default();
        cmd.build();
        let mut found = cmd.clone();
        for name in &path {
            match found.find_subcommand(name).cloned() {
                Some(sub) => found = sub,
                None => {
                    let mut probe = vec![args[0].clone()];
                    probe.extend(path.iter().map(Into::into));
                    return parse_from(lang, probe);
                }
            }
        }
        return Parsed::Show(found.render_long_help().to_string());
    }
    let result = Cli::from_arg_matches(&matches);
    match result {
        Ok(cli) => Parsed::Run(Box::new(cli)),
        Err(err) => from_error(lang, &mut cmd, &args, err),
    }
}

/// The subcommands named on the command line (`contact list`), as far as
/// they exist, and (a copy of) the command they lead to.
fn named_command(cmd: &Command, args: &[std::ffi::OsString]) -> (Vec<String>, Command) {
    let mut path = Vec::new();
    let mut current = cmd.clone();
    for arg in args.iter().skip(1) {
        let Some(word) = arg.to_str() else { break };
        if word.starts_with('-') {
            continue;
        }
        let Some(sub) = current.find_subcommand(word).cloned() else {
            break;
        };
        path.push(word.to_owned());
        current = sub;
    }
    (path, current)
}

fn from_error(
    lang: Lang,
    cmd: &mut Command,
    args: &[std::ffi::OsString],
    err: clap::Error,
) -> Parsed {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            Parsed::Show(err.render().to_string())
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            Parsed::Usage(err.render().to_string())
        }
        _ => {
            cmd.build();
            let (path, mut found) = named_command(cmd, args);
            let usage = found.render_usage().to_string();
            let usage = usage.trim();
            let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
            let mut command = vec![cmd.get_name().to_owned()];
            command.extend(path);
            Parsed::Usage(usage_error(lang, &err, usage, &command.join(" ")))
        }
    }
}

fn context(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(list) => Some(
            list.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A usage error as one localized sentence, a suggestion when clap has one,
/// the usage line, and where to read more.
fn usage_error(lang: Lang, err: &clap::Error, usage: &str, command: &str) -> String {
    let arg = context(err, ContextKind::InvalidArg).unwrap_or_default();
    let value = context(err, ContextKind::InvalidValue).unwrap_or_default();
    let (key, args): (&str, Vec<(&'static str, crate::domain::Arg)>) = match err.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            ("help-error-no-value", vec![("arg", arg.into())])
        }
        ErrorKind::InvalidValue => (
            "help-error-invalid-value",
            vec![("arg", arg.into()), ("value", value.into())],
        ),
        ErrorKind::ValueValidation => (
            "help-error-value-validation",
            vec![("arg", arg.into()), ("value", value.into())],
        ),
        ErrorKind::UnknownArgument => ("help-error-unknown-argument", vec![("arg", arg.into())]),
        ErrorKind::InvalidSubcommand => {
            let name = context(err, ContextKind::InvalidSubcommand).unwrap_or_default();
            ("help-error-unknown-command", vec![("name", name.into())])
        }
        ErrorKind::NoEquals => ("help-error-no-equals", vec![("arg", arg.into())]),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            ("help-error-number-of-values", vec![("arg", arg.into())])
        }
        ErrorKind::ArgumentConflict => {
            let prior = context(err, ContextKind::PriorArg).unwrap_or_default();
            if prior == arg {
                return usage_lines(
                    lang,
                    vec![i18n::t_args(
                        lang,
                        "help-error-repeated",
                        &[("arg", arg.into())],
                    )],
                    usage,
                    command,
                );
            }
            (
                "help-error-conflict",
                vec![("arg", arg.into()), ("prior", prior.into())],
            )
        }
        ErrorKind::MissingRequiredArgument => ("help-error-missing", vec![("arg", arg.into())]),
        ErrorKind::InvalidUtf8 => ("help-error-utf8", Vec::new()),
        _ => ("help-error-other", Vec::new()),
    };
    let mut lines = vec![i18n::t_args(lang, key, &args)];
    if let Some(valid) = context(err, ContextKind::ValidValue).filter(|v| !v.is_empty()) {
        let valid: Vec<&str> = valid.split(", ").collect();
        lines.push(i18n::t_args(
            lang,
            "help-error-valid-values",
            &[("values", i18n::list(lang, &valid).into())],
        ));
    }
    let suggested = context(err, ContextKind::SuggestedArg)
        .or_else(|| context(err, ContextKind::SuggestedSubcommand))
        .or_else(|| context(err, ContextKind::SuggestedValue));
    if let Some(suggested) = suggested {
        lines.push(i18n::t_args(
            lang,
            "help-error-did-you-mean",
            &[("suggestion", suggested.into())],
        ));
    }
    usage_lines(lang, lines, usage, command)
}

/// The sentences of an error, then the usage line of the command in error
/// headed in `lang`, and where to read more.
fn usage_lines(lang: Lang, mut lines: Vec<String>, usage: &str, command: &str) -> String {
    lines.push(String::new());
    lines.push(format!("{}{usage}", usage_heading(lang)));
    lines.push(String::new());
    lines.push(i18n::t_args(
        lang,
        "help-error-more",
        &[("command", command.to_owned().into())],
    ));
    lines.join("\n") + "\n"
}
