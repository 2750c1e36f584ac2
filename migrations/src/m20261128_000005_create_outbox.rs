//! Keep-in-touch: the transactional outbox every system-started message
//! goes through, a snooze on contacts, and users the bot cannot reach.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("outbox")
                    .col(pk_auto("id"))
                    .col(integer_null("user_id"))
                    .col(big_integer("chat_id"))
                    .col(string("kind"))
                    .col(string("dedupe_key"))
                    .col(text("text"))
                    .col(text_null("keyboard"))
                    .col(string("status"))
                    .col(timestamp_with_time_zone("not_before"))
                    .col(timestamp_with_time_zone_null("lease_until"))
                    .col(integer("attempts").default(0))
                    .col(text_null("last_error"))
                    .col(big_integer_null("message_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("sent_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_outbox_user_id")
                            .from("outbox", "user_id")
                            .to("app_user", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_outbox_dedupe_key")
                    .table("outbox")
                    .col("dedupe_key")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_outbox_status_not_before")
                    .table("outbox")
                    .col("status")
                    .col("not_before")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_outbox_user_id")
                    .table("outbox")
                    .col("user_id")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("contact")
                    .add_column(timestamp_with_time_zone_null("snoozed_until"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("app_user")
                    .add_column(timestamp_with_time_zone_null("unreachable_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("app_user")
                    .drop_column("unreachable_at")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("contact")
                    .drop_column("snoozed_until")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table("outbox").to_owned())
            .await
    }
}
