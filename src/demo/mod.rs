//! `inmaek demo`: the real bot, in the terminal. A sample database, the
//! in-process fake Bot API, the production dispatcher, and a prompt where
//! the user types messages and presses inline buttons by number.

mod institutions;
mod sample;

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::Duration as Days;
use teloxide::Bot;

use crate::bot::storage::DbStorage;
use crate::bot::{BotApp, run_polling};
use crate::config::Config;
use crate::domain::Lang;
use crate::domain::keys::Role;
use crate::i18n;
use crate::store::users::Invitation;
use crate::store::{Store, StoreError};
use crate::telegram_sim::{Call, SimUser, TelegramSim};

/// The terminal user's Telegram id in the simulation.
pub const DEMO_USER_ID: i64 = 100_001;
pub const DEMO_OFFICER: &str = "Demo Officer";

/// Prepares the demo database: sample data once, and the terminal user
/// enrolled as an officer. Returns the number of contacts seeded (0 if the
/// database already had its data).
pub async fn prepare(store: &Store, lang: Lang) -> Result<usize, StoreError> {
    if store.user_by_telegram(DEMO_USER_ID).await?.is_some() {
        return Ok(0);
    }
    let invited = store
        .invite_user(Invitation {
            role: Role::Officer,
            name: DEMO_OFFICER.to_owned(),
            lang,
            time_zone: chrono_tz::Asia::Seoul,
            contact_id: None,
            valid_for: Days::days(1),
        })
        .await?;
    let seeded = if store.list_contacts(&Default::default()).await?.is_empty() {
        sample::seed(store, DEMO_OFFICER).await?
    } else {
        0
    };
    store
        .enrol(&invited.code, DEMO_USER_ID, Some(lang), None)
        .await?;
    Ok(seeded)
}

/// Turns the bot's HTML into terminal text.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// What the terminal shows for one bot call, and the buttons it offers;
/// true when it showed something.
fn show(
    call: &Call,
    lang: Lang,
    out: &mut impl Write,
    buttons: &mut Vec<(String, i64)>,
) -> std::io::Result<bool> {
    let name = call.name();
    let rows = call.buttons();
    match name.as_str() {
        "sendmessage" | "editmessagetext" => {
            writeln!(out)?;
            let text = crate::domain::text::visible(&html_to_text(call.text().unwrap_or_default()));
            for line in text.lines() {
                writeln!(out, "  │ {line}")?;
            }
        }
        "senddocument" => write_document(call, lang, out)?,
        // The toast Telegram shows for a press (snoozed, done, why not).
        "answercallbackquery" => {
            let Some(text) = call.params.get("text").and_then(|t| t.as_str()) else {
                return Ok(false);
            };
            writeln!(out)?;
            writeln!(out, "  💬 {}", crate::domain::text::visible(text))?;
            return Ok(true);
        }
        // The buttons of one message taken off: those only (a new message
        // may have brought its own just before).
        "editmessagereplymarkup" if rows.is_empty() => {
            let message_id = call.message_id().unwrap_or_default();
            let before = buttons.len();
            buttons.retain(|(_, id)| *id != message_id);
            if buttons.len() == before || !buttons.is_empty() {
                return Ok(false);
            }
            writeln!(out)?;
            writeln!(out, "  {}", i18n::t(lang, "demo-buttons-gone"))?;
            return Ok(true);
        }
        // The buttons changed under a message: say so, and number them again.
        "editmessagereplymarkup" => {
            writeln!(out)?;
            writeln!(out, "  {}", i18n::t(lang, "demo-buttons-changed"))?;
        }
        _ => return Ok(false),
    }
    if !rows.is_empty() {
        buttons.clear();
        let message_id = call.message_id().unwrap_or_default();
        for row in rows {
            let labels: Vec<String> = row
                .into_iter()
                .map(|(label, data)| {
                    buttons.push((data, message_id));
                    format!("[{}] {label}", buttons.len())
                })
                .collect();
            writeln!(out, "  │ {}", labels.join("  "))?;
        }
    }
    Ok(true)
}

/// A document the bot sent (a brief): written into the current folder
/// under its own name, and its path printed.
fn write_document(call: &Call, lang: Lang, out: &mut impl Write) -> std::io::Result<()> {
    let name = call
        .params
        .pointer("/document/filename")
        .and_then(|v| v.as_str())
        .unwrap_or("document.html");
    // Only the name: a file name from a message never chooses the folder.
    let name = Path::new(name)
        .file_name()
        .and_then(|n| n.to_str())
        .filter(|n| !n.starts_with('.'))
        .unwrap_or("document.html");
    let text = call
        .params
        .pointer("/document/text")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let path = std::env::current_dir()
        .map(|dir| dir.join(name))
        .unwrap_or_else(|_| PathBuf::from(name));
    let line = match crate::files::write_private(&path, text.as_bytes()) {
        Ok(()) => i18n::t_args(
            lang,
            "demo-document-written",
            &[("path", path.display().to_string().into())],
        ),
        Err(err) => i18n::t_args(
            lang,
            "demo-document-failed",
            &[
                ("path", path.display().to_string().into()),
                ("reason", crate::commands::os_reason(&err)),
            ],
        ),
    };
    writeln!(out, "  📎 {line}")
}

/// Runs the terminal chat until `/quit` or end of input.
/// `console`: the sign-in link to the web console the demo started, said
/// after the greeting.
pub async fn run_terminal(
    store: Store,
    config: Config,
    console: Option<String>,
) -> std::io::Result<()> {
    let web_url = config.web_url.clone();
    let office_lang = config.lang;
    let sim = TelegramSim::start_with_clock(store.clock.clone()).await?;
    if let Ok(Some(last)) = store.last_update_id().await {
        sim.start_update_ids_at(last + 1);
    }
    let api_url = url::Url::parse(&sim.api_url()).map_err(std::io::Error::other)?;
    let bot = Bot::new("100001:DEMO").set_api_url(api_url);
    let app = Arc::new(BotApp {
        store: store.clone(),
        config,
        storage: DbStorage::new(store.clone()),
        menus: Default::default(),
    });
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let dispatcher = tokio::spawn(run_polling(bot, app, async move {
        let _ = stopped.await;
    }));
    let user_lang = store
        .user_by_telegram(DEMO_USER_ID)
        .await
        .ok()
        .flatten()
        .map(|u| u.lang)
        .unwrap_or(office_lang);
    let user = SimUser::new(DEMO_USER_ID, DEMO_OFFICER, Some(user_lang.tag()));
    let mut stdout = std::io::stdout();
    // The officer's language, which /lang changes as the demo goes.
    let mut lang = user_lang;
    writeln!(stdout, "{}", i18n::t(lang, "demo-banner"))?;
    if let Some(link) = console {
        writeln!(
            stdout,
            "{}",
            i18n::t_args(
                lang,
                "demo-console",
                &[("url", format!("{web_url}/").into()), ("link", link.into())],
            )
        )?;
    }
    let (lines_tx, mut lines) = tokio::sync::mpsc::unbounded_channel::<String>();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut buttons: Vec<(String, i64)> = Vec::new();
    let mut seen = sim.call_count();
    // Start with the help, as a new officer would.
    sim.send_text(&user, "/help");
    let mut pressed = false;
    loop {
        // Print what the bot said, waiting until it has been quiet briefly.
        let settle = Duration::from_millis(300);
        let mut shown = false;
        while sim
            .wait_for_call_after(seen, settle, |c| !c.name().starts_with("getupdates"))
            .await
            .is_some()
        {
            let calls = sim.calls();
            for call in calls.iter().skip(seen) {
                shown |= show(call, lang, &mut stdout, &mut buttons)?;
            }
            seen = calls.len();
        }
        if pressed && !shown {
            writeln!(stdout)?;
            writeln!(stdout, "  {}", i18n::t(lang, "demo-pressed-nothing"))?;
        }
        pressed = false;
        if let Ok(Some(now)) = store.user_by_telegram(DEMO_USER_ID).await {
            lang = now.lang;
        }
        write!(stdout, "\n> ")?;
        stdout.flush()?;
        let Some(line) = lines.recv().await else {
            break;
        };
        let line = line.trim().to_owned();
        if line == "/quit" || line == "/exit" {
            break;
        }
        if line.is_empty() {
            continue;
        }
        match line
            .parse::<usize>()
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| buttons.get(i).cloned())
        {
            Some((data, message_id)) => {
                sim.press_button(&user, message_id, &data);
                pressed = true;
            }
            None => {
                sim.send_text(&user, &line);
            }
        }
    }
    let _ = stop.send(());
    let _ = tokio::time::timeout(Duration::from_secs(5), dispatcher).await;
    writeln!(stdout, "{}", i18n::t(lang, "demo-bye"))?;
    Ok(())
}
