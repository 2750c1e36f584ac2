//! What the bot needs to survive restarts and redeliveries: the inbound
//! updates already handled (one effect per update) and each chat's
//! dialogue state.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("inbound_update")
                    .col(big_integer("update_id").primary_key())
                    .col(timestamp_with_time_zone("received_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_inbound_update_received_at")
                    .table("inbound_update")
                    .col("received_at")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("dialogue")
                    .col(big_integer("chat_id").primary_key())
                    .col(text("state"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("dialogue").to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table("inbound_update").to_owned())
            .await
    }
}
