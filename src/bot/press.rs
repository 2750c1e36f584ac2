//! What a handler answers with, below the router: the button pressed and
//! where, what became of the press, refusals in the user's language. The
//! router imports the handlers and this; the handlers import this, never the
//! router.

use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardMarkup, MessageId};

use super::chat::{Chat, HandlerResult};
use crate::domain::access::{Action, allowed};
use crate::domain::keys::Role;
use crate::store::StoreError;

/// The button a user pressed and where.
pub struct Pressed {
    pub message_id: MessageId,
    pub chat_id: ChatId,
    /// The buttons of the message as Telegram had them.
    pub keyboard: Option<InlineKeyboardMarkup>,
}

impl Pressed {
    /// Whether the message pressed actually carries a button with `data`:
    /// a button made up by the client, or taken from another message, is
    /// not honoured. (The message is in the presser's own private chat.)
    pub fn offered(&self, data: &str) -> bool {
        self.keyboard.as_ref().is_some_and(|keyboard| {
            keyboard.inline_keyboard.iter().flatten().any(|button| {
                matches!(
                    &button.kind,
                    teloxide::types::InlineKeyboardButtonKind::CallbackData(d) if d == data
                )
            })
        })
    }

    /// Takes the buttons off the message that was answered, so it cannot be pressed twice.
    pub async fn clear_buttons(&self, chat: &Chat<'_>) -> HandlerResult {
        chat.bot
            .edit_message_reply_markup(self.chat_id, self.message_id)
            .await?;
        Ok(())
    }

    /// Replaces the buttons (a multi-select after a toggle).
    pub async fn replace_buttons(
        &self,
        chat: &Chat<'_>,
        keyboard: InlineKeyboardMarkup,
    ) -> HandlerResult {
        chat.bot
            .edit_message_reply_markup(self.chat_id, self.message_id)
            .reply_markup(chat.seal(keyboard).await?)
            .await?;
        Ok(())
    }
}

/// What became of a button press.
pub enum Handled {
    Done,
    /// Done; the answer is a short notice over the chat.
    Toast(String),
    /// Refused, and why (a dialog the user closes).
    Alert(String),
    /// Not a button of the current dialogue step (old, forged, or another flow's).
    Stale,
    /// This update was handled before.
    Duplicate,
}

#[derive(Debug)]
pub enum CallbackError {
    Duplicate,
    Other(super::chat::HandlerError),
}

impl<E: Into<super::chat::HandlerError>> From<E> for CallbackError {
    fn from(err: E) -> Self {
        let err: super::chat::HandlerError = err.into();
        if matches!(
            err.downcast_ref::<StoreError>(),
            Some(StoreError::AlreadyHandled)
        ) {
            CallbackError::Duplicate
        } else {
            CallbackError::Other(err)
        }
    }
}

/// The result of a store call that claimed the update in its own
/// transaction: the value (the update is now claimed), or how the press was
/// answered instead — silently for a redelivery, with the refusal for a
/// domain error.
pub async fn saved<T>(
    chat: &Chat<'_>,
    result: Result<T, StoreError>,
) -> Result<Result<T, Handled>, CallbackError> {
    match result {
        Ok(value) => {
            chat.mark_claimed();
            Ok(Ok(value))
        }
        Err(StoreError::AlreadyHandled) => Ok(Err(Handled::Duplicate)),
        Err(StoreError::Domain(err)) => {
            if chat.claim().await? {
                chat.say(refusal(chat, &err)).await?;
            }
            Ok(Err(Handled::Done))
        }
        Err(err) => Err(err.into()),
    }
}

pub use super::chat::refusal;

/// Refuses what the user's role does not allow; true when allowed.
pub async fn permit(chat: &Chat<'_>, action: Action) -> Result<bool, super::chat::HandlerError> {
    if allowed(chat.role, action) {
        return Ok(true);
    }
    if chat.claim().await? {
        let role = chat.label(Role::KIND, chat.role.key());
        chat.say(chat.t_args("bot-not-allowed", &[("role", role.into())]))
            .await?;
    }
    Ok(false)
}
