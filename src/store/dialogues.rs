//! Dialogue state per chat, as JSON text (see `bot::storage`).

use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, EntityTrait};

use super::entity::dialogue;
use super::{Result, Store};

impl Store {
    pub async fn dialogue_state(&self, chat_id: i64) -> Result<Option<String>> {
        Ok(dialogue::Entity::find_by_id(chat_id)
            .one(&self.db)
            .await?
            .map(|row| row.state))
    }

    pub async fn set_dialogue_state(&self, chat_id: i64, state: String) -> Result<()> {
        let now = self.clock.now();
        self.write(move |txn| {
            let state = state.clone();
            Box::pin(async move {
                dialogue::Entity::insert(dialogue::ActiveModel {
                    chat_id: Set(chat_id),
                    state: Set(state),
                    updated_at: Set(now),
                })
                .on_conflict(
                    OnConflict::column(dialogue::Column::ChatId)
                        .update_columns([dialogue::Column::State, dialogue::Column::UpdatedAt])
                        .to_owned(),
                )
                .exec_without_returning(txn)
                .await?;
                Ok(())
            })
        })
        .await
    }

    pub async fn remove_dialogue_state(&self, chat_id: i64) -> Result<()> {
        self.write(move |txn| {
            Box::pin(async move {
                dialogue::Entity::delete_by_id(chat_id).exec(txn).await?;
                Ok(())
            })
        })
        .await
    }
}
