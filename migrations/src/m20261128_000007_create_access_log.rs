//! The access log: every read of personal data (a brief, a card, an
//! export) and every change, appended — who, when, what, which subjects.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("access_log")
                    .col(pk_auto("id"))
                    .col(timestamp_with_time_zone("at"))
                    // The user, or none for the admin's command line.
                    .col(integer_null("user_id"))
                    .col(string("channel"))
                    .col(string("action"))
                    .col(text("scope"))
                    // The contact ids concerned, as a JSON array.
                    .col(text("subjects"))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("ix_access_log_at", "at"),
            ("ix_access_log_user_id", "user_id"),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table("access_log")
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("access_log").to_owned())
            .await
    }
}
