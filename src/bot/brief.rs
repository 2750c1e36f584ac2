//! `/brief PLACE-or-NAME [DATE]`: a short summary in the chat and the
//! whole brief as an HTML document.

use chrono::NaiveDate;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, InputFile};

use super::chat::{Chat, HandlerResult, esc, row};
use super::press::{CallbackError, Handled, Pressed, refusal};
use crate::brief::make::{Target, make};
use crate::domain::Error;
use crate::domain::spoken::{DateWords, parse_future_date, read_date};
use crate::store::StoreError;
use crate::store::audit::Actor;

pub async fn brief(chat: &Chat<'_>, args: &str) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let args = args.trim();
    if args.is_empty() {
        return chat.say(chat.t("brief-usage")).await;
    }
    // A trailing date is the day of the visit, in any advertised form
    // (`12월 10일`, `December 10`, `2026-12-10`, `next Friday`).
    let words: Vec<&str> = args.split_whitespace().collect();
    let (query, date) = match visit_date(&words, chat.today()) {
        Some((taken, Some(date))) => (words[..words.len() - taken].join(" "), date),
        Some((taken, None)) => {
            let text = words[words.len() - taken..].join(" ");
            return chat
                .say(chat.t_args("brief-date-impossible", &[("text", esc(&text).into())]))
                .await;
        }
        None => (args.to_owned(), chat.today()),
    };
    send(chat, Target::Either(query), date).await
}

/// The brief on contact `contact_id` for `date`, from a button offered
/// when a name matched several people (`b:ID:DATE`).
pub async fn on_pick(
    chat: &Chat<'_>,
    rest: &str,
    pressed: &Pressed,
) -> Result<Handled, CallbackError> {
    let Some((id, date)) = rest.split_once(':') else {
        return Ok(Handled::Stale);
    };
    let (Ok(id), Ok(date)) = (id.parse::<i32>(), date.parse::<NaiveDate>()) else {
        return Ok(Handled::Stale);
    };
    if !chat.claim().await? {
        return Ok(Handled::Duplicate);
    }
    pressed.clear_buttons(chat).await?;
    send(chat, Target::Contact(id.to_string()), date).await?;
    Ok(Handled::Done)
}

/// A date at the end of the words (the last one to four): the words it
/// took, and the day — `None` for a date that cannot exist. A month and
/// day without a year is the next such day (a visit is ahead); a date with
/// its year is taken as written, past or future.
fn visit_date(words: &[&str], today: NaiveDate) -> Option<(usize, Option<NaiveDate>)> {
    // The words before the date must name something.
    (1..=words.len().saturating_sub(1).min(4))
        .rev()
        .find_map(|n| {
            let text = words[words.len() - n..].join(" ");
            match read_date(&text, today)? {
                DateWords::Impossible => Some((n, None)),
                DateWords::Future(date) => Some((n, Some(date))),
                DateWords::Past(date) => Some((
                    n,
                    Some(
                        parse_future_date(&text, today)
                            .filter(|_| !has_year(&text))
                            .unwrap_or(date),
                    ),
                )),
            }
        })
}

/// Whether a date as typed names its year (`2026-11-20`, `2026년 …`).
fn has_year(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_digit())
        .any(|digits| digits.len() == 4)
}

async fn send(chat: &Chat<'_>, target: Target, date: NaiveDate) -> HandlerResult {
    let made = match make(
        chat.store(),
        target,
        date,
        chat.lang,
        chat.tz,
        Actor::bot(chat.user.id),
    )
    .await
    {
        Ok(made) => made,
        // Several people: one button each, the visit's date kept.
        Err(StoreError::Domain(
            Error::AmbiguousContact { query, candidates }
            | Error::OnlyNearNames { query, candidates },
        )) => {
            chat.read(
                "search",
                &format!("query:{query}"),
                &candidates.iter().take(8).map(|c| c.id).collect::<Vec<_>>(),
            )
            .await?;
            let mut rows: Vec<_> = candidates
                .iter()
                .take(8)
                .map(|c| {
                    row([(
                        format!("#{} {}", c.id, c.label),
                        format!("b:{}:{date}", c.id),
                    )])
                })
                .collect();
            rows.push(vec![chat.cancel_button()]);
            return chat
                .say_with(
                    chat.t_args("brief-pick", &[("query", esc(&query).into())]),
                    InlineKeyboardMarkup::new(rows),
                )
                .await;
        }
        Err(StoreError::Domain(err)) => return chat.say(refusal(chat, &err)).await,
        Err(err) => return Err(err.into()),
    };
    chat.say(made.summary).await?;
    chat.bot
        .send_document(
            chat.chat_id,
            InputFile::memory(made.html.into_bytes()).file_name(made.file_name),
        )
        .await?;
    Ok(())
}
