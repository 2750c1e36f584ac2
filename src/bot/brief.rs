//! `/brief PLACE-or-NAME [DATE]`: a short summary in the chat and the
//! whole brief as an HTML document.

use teloxide::prelude::*;
use teloxide::types::InputFile;

use super::chat::{Chat, HandlerResult};
use super::router::refusal;
use crate::brief::make::{Target, make};
use crate::domain::dates::parse_date;
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
    // A trailing date is the day of the visit.
    let (query, date) = match args.rsplit_once(char::is_whitespace) {
        Some((query, last)) if parse_date("date", last).is_ok() => {
            (query.trim(), parse_date("date", last).ok())
        }
        _ => (args, None),
    };
    let date = date.unwrap_or_else(|| chat.today());
    let made = match make(
        chat.store(),
        Target::Either(query.to_owned()),
        date,
        chat.lang,
        chat.tz,
        Actor::bot(chat.user.id),
    )
    .await
    {
        Ok(made) => made,
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
