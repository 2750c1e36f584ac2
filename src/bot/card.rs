//! A contact's card in the chat: the shared card (`render::card`), read
//! with the ties it shows recorded in the access log.

use super::chat::{Chat, HandlerError};
use crate::render::card::{CARD_INTERACTIONS, CardView};

/// Reads contact `id`'s card for this user (recording the read) and renders
/// it as Telegram HTML.
pub async fn read_card_html(
    chat: &Chat<'_>,
    id: i32,
) -> Result<(String, Option<i32>), HandlerError> {
    let (card, ties) = chat
        .store()
        .read_card_with_ties(
            id,
            CARD_INTERACTIONS,
            crate::store::audit::Actor::bot(chat.user.id),
        )
        .await?;
    Ok((
        CardView::new(&chat.words(), &card, &ties).chat_html(),
        card.contact.owner_user_id,
    ))
}
