//! `/log`: guided with buttons, in one line, or from a forwarded message.
//! Saving writes the interaction and claims the update in one transaction.

use chrono::{DateTime, NaiveDate, Utc};
use teloxide::types::InlineKeyboardMarkup;

use super::chat::{Chat, HandlerResult, Written, esc, row, toggle, toggle_keyboard};
use super::press::{CallbackError, Handled, Pressed, refusal};
use super::state::{LogDraft, LogStep, State};
use crate::domain::Arg;
use crate::domain::contact::{parse_note, parse_text};
use crate::domain::dates::occurred_on;
use crate::domain::keys::{InteractionKind, PolicyArea, Track};
use crate::domain::names::{PersonName, guess_form};
use crate::domain::quicklog::{QuickLog, name_splits, parse_quick_log, parse_quick_note};
use crate::domain::spoken::{DateWords, Span, parse_future_date, read_date};
use crate::store::StoreError;
use crate::store::contacts::NewContact;
use crate::store::interactions::{Logged, NewFollowUp, NewInteraction};
use crate::store::keep::NewFollowUpFor;
use crate::store::search::ContactMatch;

/// How many people a name search offers as buttons.
const MAX_CANDIDATES: usize = 8;

/// `/log`, `/log NAME`, or `/log NAME: note #tags …`.
pub async fn start(chat: &Chat<'_>, args: &str) -> HandlerResult {
    if args.is_empty() {
        if !chat.claim().await? {
            return Ok(());
        }
        chat.set_state(State::Log(LogDraft::default())).await?;
        return chat
            .say_with(
                chat.t("bot-log-who"),
                InlineKeyboardMarkup::new([vec![chat.cancel_button()]]),
            )
            .await;
    }
    let line = args.trim();
    match parse_quick_log(args, chat.today()) {
        Some(mut quick) => {
            // "/log Wang Wei dinner at 7:30": a colon inside the note ends
            // no name; the known name at the start does.
            if quick.name.split_whitespace().count() > 1
                && !chat
                    .store()
                    .find_contacts_named(&quick.name, MAX_CANDIDATES)
                    .await?
                    .iter()
                    .any(|m| m.exact)
                && let Some(at) = known_prefix(chat, line).await?
            {
                quick = parse_quick_note(&line[..at], &line[at..], chat.today());
            }
            match quick_draft(chat, &quick).await? {
                Some(draft) => look_up(chat, draft, &quick.name).await,
                None => Ok(()),
            }
        }
        None => without_colon(chat, line).await,
    }
}

/// Where the longest leading words of `line` (at most `MOST_NAME_WORDS`)
/// that name a known person end, if any do.
async fn known_prefix(
    chat: &Chat<'_>,
    line: &str,
) -> Result<Option<usize>, super::chat::HandlerError> {
    for at in name_splits(line, MOST_NAME_WORDS) {
        let matches = chat
            .store()
            .find_contacts_named(&line[..at], MAX_CANDIDATES)
            .await?;
        if matches.iter().any(|m| m.exact) {
            return Ok(Some(at));
        }
    }
    Ok(None)
}

/// The most words a name typed before its note without a colon may have.
const MOST_NAME_WORDS: usize = 4;

/// A one-line log's draft, or `None` when its date was refused (and said so).
async fn quick_draft(
    chat: &Chat<'_>,
    quick: &QuickLog,
) -> Result<Option<LogDraft>, super::chat::HandlerError> {
    let note = match parse_note("note", &quick.note) {
        Ok(note) => note,
        Err(err) => {
            chat.say_once(refusal(chat, &err)).await?;
            return Ok(None);
        }
    };
    let (date, planned) = match &quick.when {
        None => (Some(chat.today()), None),
        Some((_, DateWords::Past(date))) => (Some(*date), None),
        Some((_, DateWords::Future(date))) => (None, Some(*date)),
        Some((text, DateWords::Impossible)) => {
            chat.say_once(chat.t_args("bot-log-date-impossible", &[("text", esc(text).into())]))
                .await?;
            return Ok(None);
        }
    };
    let kind = quick.kind.unwrap_or(InteractionKind::Meeting);
    let follow_up_due = quick.follow_up.map(|span| span.after(chat.today()));
    // "follow up in 999999 days": refused, not stored in the year 4764.
    let follow_up_due = match follow_up_due {
        Some(Some(due)) if crate::domain::dates::YEARS.contains(&chrono::Datelike::year(&due)) => {
            Some(due)
        }
        Some(due) => {
            let err = crate::domain::Error::YearOutOfRange {
                field: "follow_up",
                value: due.map_or_else(|| "9999+".to_owned(), |d| d.to_string()),
            };
            chat.say_once(refusal(chat, &err)).await?;
            return Ok(None);
        }
        None => None,
    };
    let follow_up_what = follow_up_due
        .zip(date)
        .map(|(_, on)| follow_up_text(chat, kind, on, note.as_deref()));
    Ok(Some(LogDraft {
        step: LogStep::Who,
        query: Some(quick.name.clone()),
        date,
        kind: Some(kind.key().to_owned()),
        track: quick.track.map(|t| t.key().to_owned()),
        topics: quick.topics.iter().map(|t| t.key().to_owned()).collect(),
        follow_up_what,
        note,
        follow_up_due,
        quick: true,
        planned,
        promised_by_seoul: quick.promised_by_seoul,
        ..Default::default()
    }))
}

/// What a follow-up from a one-line log says, in the officer's language:
/// "Follow up on the meeting of 2026-11-20: phone call about sewage".
fn follow_up_text(
    chat: &Chat<'_>,
    kind: InteractionKind,
    on: NaiveDate,
    note: Option<&str>,
) -> String {
    // Inside a sentence: "the meeting of …" (Korean and Chinese have no case).
    let kind = chat.label(InteractionKind::KIND, kind.key()).to_lowercase();
    match note {
        Some(note) => chat.t_args(
            "bot-log-follow-up-text",
            &[
                ("kind", kind.into()),
                ("date", on.to_string().into()),
                ("note", note.to_owned().into()),
            ],
        ),
        None => chat.t_args(
            "bot-log-follow-up-text-bare",
            &[("kind", kind.into()), ("date", on.to_string().into())],
        ),
    }
}

/// `/log` with words but no colon: the longest leading words that name a
/// known person are the name and the rest the note; a line whose whole
/// text is a name starts the guided dialogue; otherwise the bot asks —
/// never a new contact made of the whole line.
async fn without_colon(chat: &Chat<'_>, line: &str) -> HandlerResult {
    let splits = name_splits(line, MOST_NAME_WORDS);
    if splits.is_empty() {
        return look_up(chat, LogDraft::default(), line).await;
    }
    let whole = chat
        .store()
        .find_contacts_named(line, MAX_CANDIDATES)
        .await?;
    if whole.iter().any(|m| m.exact) {
        return look_up(chat, LogDraft::default(), line).await;
    }
    if let Some(at) = known_prefix(chat, line).await? {
        let name = &line[..at];
        let quick = parse_quick_note(name, &line[at..], chat.today());
        return match quick_draft(chat, &quick).await? {
            Some(draft) => look_up(chat, draft, name).await,
            None => Ok(()),
        };
    }
    // Nobody known at the start. A line that reads as a name (no date,
    // tag or follow-up after any of its first words) is one: offered to
    // be created, as `/log NAME` does.
    let read = |at: usize| parse_quick_note(&line[..at], &line[at..], chat.today());
    let reads_as_log = |quick: &QuickLog| {
        quick.when.is_some()
            || quick.follow_up.is_some()
            || quick.kind.is_some()
            || quick.track.is_some()
            || !quick.topics.is_empty()
            || quick.promised_by_seoul.is_some()
    };
    // The name ends where the date begins, the date read whole ("김영난 지난주
    // 금요일 만찬" is "김영난" | "지난주 금요일 만찬", not "김영난 지난주" | "금요일 …";
    // "Wang Wie yesterday dinner" is "Wang Wie" | "yesterday dinner"); with
    // no date, the first word is the name.
    let dated = splits
        .iter()
        .copied()
        .filter_map(|at| {
            let words = read(at)
                .when
                .map(|(text, _)| text.split_whitespace().count())?;
            Some((words, at))
        })
        .max_by_key(|(words, at)| (*words, std::cmp::Reverse(*at)))
        .map(|(_, at)| at);
    let first_word = splits.last().copied();
    let Some(first_end) = dated.or(first_word.filter(|&at| reads_as_log(&read(at)))) else {
        return look_up(chat, LogDraft::default(), line).await;
    };
    // Near names of that name, if any; never a contact made of the line.
    let first = &line[..first_end];
    let near = chat.store().find_contacts(first, MAX_CANDIDATES).await?;
    if near.is_empty() {
        if !chat.claim().await? {
            return Ok(());
        }
        chat.read("search", &format!("query:{first}"), &[]).await?;
        return chat
            .say(chat.t_args(
                "bot-log-no-colon",
                &[("line", esc(line).into()), ("name", esc(first).into())],
            ))
            .await;
    }
    let quick = parse_quick_note(first, &line[first_end..], chat.today());
    let Some(mut draft) = quick_draft(chat, &quick).await? else {
        return Ok(());
    };
    if !chat.claim().await? {
        return Ok(());
    }
    chat.read(
        "search",
        &format!("query:{first}"),
        &near.iter().map(|m| m.id).collect::<Vec<_>>(),
    )
    .await?;
    draft.step = LogStep::Pick;
    draft.candidates = near.iter().map(|m| m.id).collect();
    chat.set_state(State::Log(draft)).await?;
    let keyboard = InlineKeyboardMarkup::new(candidate_buttons(chat, &near, "l:p:"));
    chat.say_with(
        chat.t_args(
            "bot-log-no-colon-pick",
            &[("line", esc(line).into()), ("name", esc(first).into())],
        ),
        keyboard,
    )
    .await
}

/// `/log` for a person already chosen (the digest's Log now button).
pub async fn start_for(chat: &Chat<'_>, contact_id: i32) -> HandlerResult {
    let draft = LogDraft {
        contact_id: Some(contact_id),
        ..Default::default()
    };
    advance(chat, draft).await
}

fn candidate_buttons(
    chat: &Chat<'_>,
    matches: &[ContactMatch],
    prefix: &str,
) -> Vec<Vec<teloxide::types::InlineKeyboardButton>> {
    matches
        .iter()
        .map(|m| row([(m.all_names(), format!("{prefix}{}", m.id))]))
        .collect::<Vec<_>>()
        .into_iter()
        .chain([vec![chat.cancel_button()]])
        .collect()
}

/// Finds the person named `query` and moves the draft on: one match is
/// taken, several are offered as buttons, none offers to create them.
async fn look_up(chat: &Chat<'_>, mut draft: LogDraft, query: &str) -> HandlerResult {
    let matches = chat
        .store()
        .find_contacts_named(query, MAX_CANDIDATES)
        .await?;
    let exact: Vec<&ContactMatch> = matches.iter().filter(|m| m.exact).collect();
    let chosen = match (exact.as_slice(), matches.as_slice()) {
        ([one], _) => Some(one.id),
        // Only a whole name is taken; the start of one or a near name is offered.
        _ => None,
    };
    draft.query = Some(query.trim().to_owned());
    if let Some(contact_id) = chosen {
        draft.contact_id = Some(contact_id);
        return advance(chat, draft).await;
    }
    if !chat.claim().await? {
        return Ok(());
    }
    chat.read(
        "search",
        &format!("query:{}", query.trim()),
        &matches.iter().map(|m| m.id).collect::<Vec<_>>(),
    )
    .await?;
    if matches.is_empty() {
        draft.step = LogStep::Who;
        chat.set_state(State::Log(draft)).await?;
        let keyboard = InlineKeyboardMarkup::new([
            row([(
                chat.t_args("bot-btn-create", &[("name", Arg::from(query.trim()))]),
                "l:new".to_owned(),
            )]),
            vec![chat.cancel_button()],
        ]);
        return chat
            .say_with(
                chat.t_args("bot-log-none", &[("query", esc(query.trim()).into())]),
                keyboard,
            )
            .await;
    }
    // No whole name matched: the names offered only start like it or are
    // a letter off — and it may be someone new.
    let partial = matches.iter().all(|m| !m.exact);
    draft.step = LogStep::Pick;
    draft.candidates = matches.iter().map(|m| m.id).collect();
    chat.set_state(State::Log(draft)).await?;
    let mut rows = candidate_buttons(chat, &matches, "l:p:");
    if partial {
        rows.insert(
            rows.len() - 1,
            row([(
                chat.t_args("bot-btn-create", &[("name", Arg::from(query.trim()))]),
                "l:new".to_owned(),
            )]),
        );
    }
    let key = if partial {
        "bot-log-near"
    } else {
        "bot-log-pick"
    };
    chat.say_with(
        chat.t_args(key, &[("query", esc(query.trim()).into())]),
        InlineKeyboardMarkup::new(rows),
    )
    .await
}

/// Asks the next question the draft lacks an answer to, or saves a quick log.
/// The update is claimed here unless saving claims it.
async fn advance(chat: &Chat<'_>, mut draft: LogDraft) -> HandlerResult {
    if draft.quick && draft.contact_id.is_some() {
        if let Some(planned) = draft.planned {
            return offer_plan(chat, draft, planned).await;
        }
        save(chat, draft).await?;
        return Ok(());
    }
    if !chat.claim().await? {
        return Ok(());
    }
    let name = contact_label(chat, draft.contact_id).await?;
    let (step, text, keyboard) = if draft.date.is_none() {
        let keyboard = vec![
            row([
                (chat.t("bot-btn-today"), "l:d:today".to_owned()),
                (chat.t("bot-btn-yesterday"), "l:d:yday".to_owned()),
                (chat.t("bot-btn-other-date"), "l:d:other".to_owned()),
            ]),
            vec![chat.cancel_button()],
        ];
        (
            LogStep::When,
            chat.t_args("bot-log-when", &[("name", esc(&name).into())]),
            keyboard,
        )
    } else if draft.kind.is_none() {
        let mut rows: Vec<_> = InteractionKind::ALL
            .chunks(3)
            .map(|kinds| {
                row(kinds.iter().map(|k| {
                    (
                        chat.label(InteractionKind::KIND, k.key()),
                        format!("l:k:{}", k.key()),
                    )
                }))
            })
            .collect();
        rows.push(vec![chat.cancel_button()]);
        (LogStep::Kind, chat.t("bot-log-kind"), rows)
    } else if draft.step < LogStep::Track {
        let mut rows: Vec<_> = Track::ALL
            .chunks(2)
            .map(|tracks| {
                row(tracks
                    .iter()
                    .map(|t| (chat.label(Track::KIND, t.key()), format!("l:t:{}", t.key()))))
            })
            .collect();
        rows.push(row([(chat.t("bot-btn-skip"), "l:t:none".to_owned())]));
        rows.push(vec![chat.cancel_button()]);
        (LogStep::Track, chat.t("bot-log-track"), rows)
    } else if draft.step < LogStep::Topics {
        (
            LogStep::Topics,
            chat.t("bot-log-topics"),
            topic_rows(chat, &draft),
        )
    } else if draft.step < LogStep::Note {
        let rows = vec![
            row([(chat.t("bot-btn-skip"), "l:n:skip".to_owned())]),
            vec![chat.cancel_button()],
        ];
        (LogStep::Note, chat.t("bot-log-note"), rows)
    } else if draft.step < LogStep::FollowUp {
        let rows = vec![
            row([
                (chat.t("bot-btn-none"), "l:f:none".to_owned()),
                (chat.t("bot-btn-1w"), "l:f:1w".to_owned()),
                (chat.t("bot-btn-2w"), "l:f:2w".to_owned()),
            ]),
            row([
                (chat.t("bot-btn-1m"), "l:f:1m".to_owned()),
                (chat.t("bot-btn-other-date"), "l:f:date".to_owned()),
            ]),
            vec![chat.cancel_button()],
        ];
        (LogStep::FollowUp, chat.t("bot-log-follow-up"), rows)
    } else if draft.follow_up_due.is_some() && draft.follow_up_what.is_none() {
        let mut rows = Vec::new();
        if draft.note.is_some() {
            rows.push(row([(
                chat.t("bot-btn-same-as-note"),
                "l:w:note".to_owned(),
            )]));
        }
        rows.push(vec![chat.cancel_button()]);
        (
            LogStep::FollowUpWhat,
            chat.t("bot-log-follow-up-what"),
            rows,
        )
    } else {
        let rows = vec![
            row([(chat.t("bot-btn-save"), "l:save".to_owned())]),
            vec![chat.cancel_button()],
        ];
        let text = format!(
            "{}\n\n{}",
            chat.t("bot-log-confirm"),
            summary(chat, &draft, &name)
        );
        (LogStep::Confirm, text, rows)
    };
    draft.step = step;
    chat.set_state(State::Log(draft)).await?;
    chat.say_with(text, InlineKeyboardMarkup::new(keyboard))
        .await
}

/// A one-line log named a day still to come: an interaction is logged
/// after it happened, so the bot offers to make it a follow-up instead.
async fn offer_plan(chat: &Chat<'_>, mut draft: LogDraft, planned: NaiveDate) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let name = contact_label(chat, draft.contact_id).await?;
    draft.step = LogStep::Plan;
    chat.set_state(State::Log(draft)).await?;
    chat.say_with(
        chat.t_args(
            "bot-log-date-future-offer",
            &[
                ("date", planned.to_string().into()),
                ("name", esc(&name).into()),
            ],
        ),
        InlineKeyboardMarkup::new([
            row([(chat.t("bot-btn-make-follow-up"), "l:plan:yes".to_owned())]),
            vec![chat.cancel_button()],
        ]),
    )
    .await
}

/// Records the planned day as a follow-up, claiming the press with it.
async fn save_plan(chat: &Chat<'_>, draft: LogDraft) -> Result<bool, super::chat::HandlerError> {
    let (Some(contact_id), Some(due_on)) = (draft.contact_id, draft.planned) else {
        return Ok(false);
    };
    let what = draft
        .note
        .clone()
        .unwrap_or_else(|| chat.t("bot-log-follow-up-default"));
    let new = NewFollowUpFor {
        contact_id,
        owner_user_id: Some(chat.user.id),
        due_on,
        promised_by_seoul: draft.promised_by_seoul.unwrap_or(true),
        what: what.clone(),
    };
    let written = chat
        .store()
        .add_follow_up_once(new, chat.unclaimed_update())
        .await;
    let added = match chat.claimed_write(written).await? {
        Written::Done(added) => added,
        Written::Earlier => return Ok(false),
        Written::Refused => return Ok(true),
    };
    chat.reset_state().await?;
    let name = contact_label(chat, Some(contact_id)).await?;
    chat.say_with(
        chat.t_args(
            "bot-log-planned",
            &[
                ("name", esc(&name).into()),
                ("date", due_on.to_string().into()),
                ("what", esc(&added.what).into()),
                ("by", promiser(chat, added.promised_by_seoul).into()),
            ],
        ),
        promise_keyboard(chat, added.id, added.promised_by_seoul),
    )
    .await?;
    Ok(true)
}

/// "Seoul" or "the counterpart", as who promised a follow-up.
pub fn promiser(chat: &Chat<'_>, promised_by_seoul: bool) -> String {
    chat.t(if promised_by_seoul {
        "bot-promised-by-seoul"
    } else {
        "bot-promised-by-them"
    })
}

/// The button that records the other side as having promised a follow-up.
pub fn promise_keyboard(
    chat: &Chat<'_>,
    follow_up_id: i32,
    promised_by_seoul: bool,
) -> InlineKeyboardMarkup {
    let (label, side) = if promised_by_seoul {
        ("bot-btn-promised-by-them", "t")
    } else {
        ("bot-btn-promised-by-seoul", "s")
    };
    InlineKeyboardMarkup::new([row([(
        chat.t(label),
        format!("k:w:f{follow_up_id}:{side}"),
    )])])
}

fn topic_rows(
    chat: &Chat<'_>,
    draft: &LogDraft,
) -> Vec<Vec<teloxide::types::InlineKeyboardButton>> {
    let items: Vec<(&str, String)> = PolicyArea::ALL
        .iter()
        .map(|a| (a.key(), chat.label(PolicyArea::KIND, a.key())))
        .collect();
    toggle_keyboard(chat, &items, &draft.topics, "l:tp:")
}

async fn contact_label(
    chat: &Chat<'_>,
    contact_id: Option<i32>,
) -> Result<String, super::chat::HandlerError> {
    let Some(id) = contact_id else {
        return Ok(String::new());
    };
    Ok(chat
        .store()
        .contact_labels(&[id], chat.lang)
        .await?
        .remove(&id)
        .unwrap_or_default())
}

/// The draft as the confirmation and the saved message show it.
fn summary(chat: &Chat<'_>, draft: &LogDraft, name: &str) -> String {
    let kind = draft
        .kind
        .as_deref()
        .and_then(|k| InteractionKind::parse(k).ok());
    let track = draft.track.as_deref().and_then(|t| Track::parse(t).ok());
    let topics: Vec<String> = draft
        .topics
        .iter()
        .filter_map(|t| PolicyArea::parse(t).ok())
        .map(|a| chat.label(PolicyArea::KIND, a.key()))
        .collect();
    let none = chat.t("bot-none");
    let mut lines = vec![
        chat.t_args("bot-log-summary-who", &[("name", esc(name).into())]),
        chat.t_args(
            "bot-log-summary-when",
            &[(
                "date",
                draft.date.map(|d| d.to_string()).unwrap_or_default().into(),
            )],
        ),
        chat.t_args(
            "bot-log-summary-kind",
            &[
                (
                    "kind",
                    kind.map(|k| chat.label(InteractionKind::KIND, k.key()))
                        .unwrap_or_default()
                        .into(),
                ),
                (
                    "track",
                    track
                        .map(|t| chat.label(Track::KIND, t.key()))
                        .unwrap_or_else(|| none.clone())
                        .into(),
                ),
            ],
        ),
        chat.t_args(
            "bot-log-summary-topics",
            &[(
                "topics",
                (if topics.is_empty() {
                    none.clone()
                } else {
                    crate::i18n::list(chat.lang, &topics)
                })
                .into(),
            )],
        ),
    ];
    if let (Some(due), Some(what)) = (draft.follow_up_due, &draft.follow_up_what) {
        lines.push(chat.t_args(
            "bot-log-summary-follow-up",
            &[
                ("date", due.to_string().into()),
                ("what", esc(what).into()),
                (
                    "by",
                    promiser(chat, draft.promised_by_seoul.unwrap_or(true)).into(),
                ),
            ],
        ));
    }
    // The note last, on its own lines: it may be long and is split safely.
    lines.push(chat.t_args(
        "bot-log-summary-note",
        &[("note", esc(draft.note.as_deref().unwrap_or(&none)).into())],
    ));
    lines.join("\n")
}

/// Writes the interaction, claiming the update in the same transaction.
/// False when an earlier delivery of the update did it.
async fn save(chat: &Chat<'_>, draft: LogDraft) -> Result<bool, super::chat::HandlerError> {
    let Some(contact_id) = draft.contact_id else {
        return Ok(false);
    };
    let now = chat.store().clock.now();
    let date = draft.date.unwrap_or_else(|| chat.today());
    let kind = draft
        .kind
        .as_deref()
        .and_then(|k| InteractionKind::parse(k).ok())
        .unwrap_or(InteractionKind::Meeting);
    let new = NewInteraction {
        occurred_at: occurred_on(date, chat.tz, now),
        kind,
        contact_ids: vec![contact_id],
        officer_ids: Vec::new(),
        place: None,
        note: draft.note.clone(),
        track: draft.track.as_deref().and_then(|t| Track::parse(t).ok()),
        topics: draft
            .topics
            .iter()
            .filter_map(|t| PolicyArea::parse(t).ok())
            .collect(),
        logged_by: Some(chat.user.id),
        follow_ups: match (draft.follow_up_due, &draft.follow_up_what) {
            (Some(due_on), Some(what)) => vec![NewFollowUp {
                what: what.clone(),
                due_on,
                promised_by_seoul: draft.promised_by_seoul.unwrap_or(true),
            }],
            _ => Vec::new(),
        },
    };
    let written = chat
        .store()
        .log_interaction_once(new, chat.unclaimed_update())
        .await;
    let logged = match chat.claimed_write(written).await? {
        Written::Done(logged) => logged,
        Written::Earlier => return Ok(false),
        Written::Refused => return Ok(true),
    };
    chat.reset_state().await?;
    let due_at = due_date(chat, &logged, contact_id).await?;
    let name = contact_label(chat, Some(contact_id)).await?;
    let text = format!(
        "{}\n\n{}",
        chat.t_args(
            "bot-log-saved",
            &[
                ("name", esc(&name).into()),
                ("due", chat.date(due_at).into())
            ]
        ),
        summary(chat, &draft, &name)
    );
    // A follow-up was promised: a button records that the other side promised it.
    match chat
        .store()
        .follow_ups_of_interaction(logged.interaction.id)
        .await?
        .first()
    {
        Some(follow) => {
            chat.say_with(
                text,
                promise_keyboard(chat, follow.id, follow.promised_by_seoul),
            )
            .await?
        }
        None => chat.say(text).await?,
    }
    Ok(true)
}

/// When `contact_id` is due after `logged`: the write returns it for each of
/// its contacts; read only if it somehow did not.
async fn due_date(
    chat: &Chat<'_>,
    logged: &Logged,
    contact_id: i32,
) -> Result<DateTime<Utc>, super::chat::HandlerError> {
    match logged.due_of(contact_id) {
        Some(due_at) => Ok(due_at),
        None => Ok(chat.store().contact_due_at(contact_id).await?),
    }
}

/// Text typed while a `/log` dialogue waits for it.
pub async fn on_text(chat: &Chat<'_>, mut draft: LogDraft, text: &str) -> HandlerResult {
    match draft.step {
        LogStep::Who | LogStep::Pick => look_up(chat, draft, text).await,
        LogStep::Date => match read_date(text, chat.today()) {
            Some(DateWords::Past(date)) => {
                draft.date = Some(date);
                advance(chat, draft).await
            }
            Some(DateWords::Future(_)) => {
                chat.say_once(chat.t_args("bot-log-date-future", &[("text", esc(text).into())]))
                    .await
            }
            Some(DateWords::Impossible) => {
                chat.say_once(chat.t_args("bot-log-date-impossible", &[("text", esc(text).into())]))
                    .await
            }
            None => {
                chat.say_once(chat.t_args("bot-log-date-invalid", &[("text", esc(text).into())]))
                    .await
            }
        },
        LogStep::Note => match parse_note("note", text) {
            Ok(note) => {
                draft.note = note;
                draft.step = LogStep::Note;
                advance(chat, draft).await
            }
            Err(err) => chat.say_once(refusal(chat, &err)).await,
        },
        LogStep::FollowUpDate => match parse_future_date(text, chat.today()) {
            Some(date) => {
                draft.follow_up_due = Some(date);
                advance(chat, draft).await
            }
            None => {
                chat.say_once(chat.t_args("bot-log-date-invalid", &[("text", esc(text).into())]))
                    .await
            }
        },
        LogStep::FollowUpWhat => match parse_text("follow_up", text, 500) {
            Ok(Some(what)) => {
                draft.follow_up_what = Some(what);
                advance(chat, draft).await
            }
            Ok(None) => chat.say_once(chat.t("bot-use-buttons")).await,
            Err(err) => chat.say_once(refusal(chat, &err)).await,
        },
        _ => chat.say_once(chat.t("bot-use-buttons")).await,
    }
}

/// A button of the `/log` dialogue (`l:…`), checked against the step.
pub async fn on_button(
    chat: &Chat<'_>,
    mut draft: LogDraft,
    data: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let (verb, value) = data.split_once(':').unwrap_or((data, ""));
    match (draft.step, verb) {
        (LogStep::Pick, "p") => {
            let Some(id) = value
                .parse::<i32>()
                .ok()
                .filter(|id| draft.candidates.contains(id))
            else {
                return Ok(Handled::Stale);
            };
            draft.contact_id = Some(id);
            draft.candidates.clear();
        }
        (LogStep::Who | LogStep::Pick, "new") => {
            let Some(query) = draft.query.clone() else {
                return Ok(Handled::Stale);
            };
            let name = match PersonName::parse(guess_form(&query), &query) {
                Ok(name) => name,
                Err(err) => {
                    if chat.claim().await? {
                        chat.say(refusal(chat, &err)).await?;
                    }
                    return Ok(Handled::Done);
                }
            };
            // Creating the person claims the update, in its transaction.
            let owner = Some(chat.user.name.clone());
            let new = NewContact {
                names: vec![name],
                owner,
                ..Default::default()
            };
            let contact = match chat
                .store()
                .add_contact_once(new, chat.unclaimed_update())
                .await
            {
                Ok(contact) => contact,
                Err(StoreError::AlreadyHandled) => return Ok(Handled::Duplicate),
                Err(err) => return Err(err.into()),
            };
            chat.mark_claimed();
            pressed.clear_buttons(chat).await?;
            chat.say(chat.t_args(
                "bot-log-created",
                &[("name", esc(&query).into()), ("id", contact.id.into())],
            ))
            .await?;
            draft.contact_id = Some(contact.id);
            advance(chat, draft).await?;
            return Ok(Handled::Done);
        }
        (LogStep::When, "d") => match value {
            "today" => draft.date = Some(chat.today()),
            "yday" => draft.date = chat.today().pred_opt(),
            "other" => {
                if !chat.claim().await? {
                    return Ok(Handled::Duplicate);
                }
                pressed.clear_buttons(chat).await?;
                draft.step = LogStep::Date;
                chat.set_state(State::Log(draft)).await?;
                chat.say_with(
                    chat.t("bot-log-date-ask"),
                    InlineKeyboardMarkup::new([vec![chat.cancel_button()]]),
                )
                .await?;
                return Ok(Handled::Done);
            }
            _ => return Ok(Handled::Stale),
        },
        (LogStep::Kind, "k") => {
            let Ok(kind) = InteractionKind::parse(value) else {
                return Ok(Handled::Stale);
            };
            draft.kind = Some(kind.key().to_owned());
        }
        (LogStep::Track, "t") => {
            draft.track = match value {
                "none" => None,
                other => match Track::parse(other) {
                    Ok(track) => Some(track.key().to_owned()),
                    Err(_) => return Ok(Handled::Stale),
                },
            };
            draft.step = LogStep::Track;
        }
        (LogStep::Topics, "tp") if value == "done" => draft.step = LogStep::Topics,
        (LogStep::Topics, "tp") => {
            let Ok(area) = PolicyArea::parse(value) else {
                return Ok(Handled::Stale);
            };
            if !chat.claim().await? {
                return Ok(Handled::Duplicate);
            }
            toggle(&mut draft.topics, area.key());
            let keyboard = InlineKeyboardMarkup::new(topic_rows(chat, &draft));
            chat.set_state(State::Log(draft)).await?;
            pressed.replace_buttons(chat, keyboard).await?;
            return Ok(Handled::Done);
        }
        (LogStep::Note, "n") if value == "skip" => {
            draft.note = None;
            draft.step = LogStep::Note;
        }
        (LogStep::FollowUp, "f") => {
            let span = match value {
                "none" => None,
                "1w" => Some(Span::Weeks(1)),
                "2w" => Some(Span::Weeks(2)),
                "1m" => Some(Span::Months(1)),
                "date" => {
                    if !chat.claim().await? {
                        return Ok(Handled::Duplicate);
                    }
                    pressed.clear_buttons(chat).await?;
                    draft.step = LogStep::FollowUpDate;
                    chat.set_state(State::Log(draft)).await?;
                    chat.say_with(
                        chat.t("bot-log-follow-up-date"),
                        InlineKeyboardMarkup::new([vec![chat.cancel_button()]]),
                    )
                    .await?;
                    return Ok(Handled::Done);
                }
                _ => return Ok(Handled::Stale),
            };
            draft.follow_up_due = span.and_then(|s| s.after(chat.today()));
            draft.step = LogStep::FollowUp;
        }
        (LogStep::FollowUpWhat, "w") if value == "note" && draft.note.is_some() => {
            draft.follow_up_what = draft.note.clone();
        }
        (LogStep::Plan, "plan") if value == "yes" => {
            if !save_plan(chat, draft).await? {
                return Ok(Handled::Duplicate);
            }
            pressed.clear_buttons(chat).await?;
            return Ok(Handled::Done);
        }
        (LogStep::Confirm, "save") => {
            if !save(chat, draft).await? {
                return Ok(Handled::Duplicate);
            }
            pressed.clear_buttons(chat).await?;
            return Ok(Handled::Done);
        }
        _ => return Ok(Handled::Stale),
    }
    // A step answered: claim, then the next question.
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    pressed.clear_buttons(chat).await?;
    advance(chat, draft).await?;
    Ok(Handled::Done)
}

/// Offers to log a forwarded message as a `message` interaction.
pub async fn offer_forward(
    chat: &Chat<'_>,
    name: String,
    sent_at: DateTime<Utc>,
    text: &str,
    sender_id: Option<i64>,
) -> HandlerResult {
    if !super::press::permit(chat, crate::domain::access::Action::LogInteraction).await? {
        return Ok(());
    }
    if !chat.claim().await? {
        return Ok(());
    }
    let mut matches = match sender_id {
        Some(id) => chat.store().find_contacts_by_telegram(id).await?,
        None => Vec::new(),
    };
    if matches.is_empty() && !name.trim().is_empty() {
        matches = chat.store().find_contacts(&name, MAX_CANDIDATES).await?;
    }
    chat.read(
        "search",
        &format!("forwarded:{}", name.trim()),
        &matches.iter().map(|m| m.id).collect::<Vec<_>>(),
    )
    .await?;
    if matches.is_empty() {
        return chat
            .say(chat.t_args("bot-forward-none", &[("name", esc(&name).into())]))
            .await;
    }
    let note = text.to_owned();
    chat.set_state(State::Forward {
        candidates: matches.iter().map(|m| m.id).collect(),
        note,
        occurred_at: sent_at,
    })
    .await?;
    let keyboard = InlineKeyboardMarkup::new(candidate_buttons(chat, &matches, "f:"));
    chat.say_with(
        chat.t_args(
            "bot-forward-offer",
            &[
                ("name", esc(&name).into()),
                ("date", chat.date(sent_at).into()),
            ],
        ),
        keyboard,
    )
    .await
}

/// The person a forwarded message came from was picked: log it.
pub async fn on_forward_pick(
    chat: &Chat<'_>,
    candidates: &[i32],
    note: &str,
    occurred_at: DateTime<Utc>,
    data: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let Some(contact_id) = data
        .parse::<i32>()
        .ok()
        .filter(|id| candidates.contains(id))
    else {
        return Ok(Handled::Stale);
    };
    let new = NewInteraction {
        occurred_at: occurred_at.min(chat.store().clock.now()),
        kind: InteractionKind::Message,
        contact_ids: vec![contact_id],
        officer_ids: Vec::new(),
        place: None,
        note: parse_note("note", note).ok().flatten(),
        track: None,
        topics: Vec::new(),
        logged_by: Some(chat.user.id),
        follow_ups: Vec::new(),
    };
    let logged = match chat
        .store()
        .log_interaction_once(new, chat.unclaimed_update())
        .await
    {
        Ok(logged) => {
            chat.mark_claimed();
            logged
        }
        Err(StoreError::AlreadyHandled) => return Ok(Handled::Duplicate),
        Err(err) => return Err(err.into()),
    };
    pressed.clear_buttons(chat).await?;
    chat.reset_state().await?;
    let due_at = due_date(chat, &logged, contact_id).await?;
    let name = contact_label(chat, Some(contact_id)).await?;
    chat.say(chat.t_args(
        "bot-forward-saved",
        &[
            ("name", esc(&name).into()),
            ("due", chat.date(due_at).into()),
        ],
    ))
    .await?;
    Ok(Handled::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_ordered_so_the_dialogue_moves_forward() {
        assert!(
            LogStep::Track < LogStep::Topics
                && LogStep::Topics < LogStep::Note
                && LogStep::Note < LogStep::FollowUp
        );
    }
}
