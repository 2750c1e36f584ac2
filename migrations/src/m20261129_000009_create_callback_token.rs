//! Opaque callback tokens: every inline button the bot sends carries a
//! random token instead of its meaning; the meaning, the user it was sent to
//! and when it stops working are kept here, keyed by the token's hash.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("callback_token")
                    // SHA-256 of the token, hex.
                    .col(string("token_hash").primary_key())
                    .col(integer("user_id"))
                    .col(text("data"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_callback_token_user_id")
                            .from("callback_token", "user_id")
                            .to("app_user", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_callback_token_expires_at")
                    .table("callback_token")
                    .col("expires_at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("callback_token").to_owned())
            .await
    }
}
