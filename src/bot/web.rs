//! `/web`: a one-time sign-in link to the web console, for this account.

use super::chat::{Chat, HandlerResult, esc};

/// How long the link works, in minutes (the store's limit).
const MINUTES: i64 = crate::store::web::SIGN_IN_VALID.num_minutes();

pub async fn send_link(chat: &Chat<'_>) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let token = chat.store().create_sign_in_link(chat.user.id).await?;
    let url = chat.app.config.sign_in_url(&token);
    chat.say(chat.t_args(
        "bot-web-link",
        &[("url", esc(&url).into()), ("minutes", MINUTES.into())],
    ))
    .await
}
