//! teloxide's dialogue `Storage`, on the same sea-orm pool as everything
//! else (SQLite or PostgreSQL), serializing the state as JSON.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use super::state::State;
use crate::store::{Store, StoreError};

#[derive(Debug, Clone)]
pub struct DbStorage {
    store: Store,
}

impl DbStorage {
    pub fn new(store: Store) -> Arc<Self> {
        Arc::new(Self { store })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbStorageError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("dialogue state: {0}")]
    Json(#[from] serde_json::Error),
}

impl Storage<State> for DbStorage {
    type Error = DbStorageError;

    /// Removing a dialogue that is not there is not an error: `/cancel`
    /// twice leaves the chat idle either way.
    fn remove_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move { Ok(self.store.remove_dialogue_state(chat_id.0).await?) })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: State,
    ) -> BoxFuture<'static, Result<(), Self::Error>> {
        Box::pin(async move {
            let json = serde_json::to_string(&dialogue)?;
            Ok(self.store.set_dialogue_state(chat_id.0, json).await?)
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<Option<State>, Self::Error>> {
        Box::pin(async move {
            match self.store.dialogue_state(chat_id.0).await? {
                // A state written by an older version that no longer parses
                // starts the chat afresh rather than wedging it.
                Some(json) => Ok(Some(serde_json::from_str(&json).unwrap_or_default())),
                None => Ok(None),
            }
        })
    }
}
