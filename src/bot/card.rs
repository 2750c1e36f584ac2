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
    let card = chat
        .store()
        .read_card(
            id,
            CARD_INTERACTIONS,
            crate::store::audit::Actor::bot(chat.user.id),
        )
        .await?;
    let ties = chat.store().ties_of(id).await?;
    if !ties.is_empty() {
        let others: Vec<i32> = ties
            .iter()
            .map(|(t, _)| t.from_contact_id + t.to_contact_id - id)
            .collect();
        chat.read("relations", &format!("contact:{id}"), &others)
            .await?;
    }
    Ok((
        CardView::new(&chat.words(), &card, &ties).chat_html(),
        card.contact.owner_user_id,
    ))
}
