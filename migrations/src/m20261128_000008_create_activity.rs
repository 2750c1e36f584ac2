//! Interactions counted per place, month and track (and per place, month
//! and policy area): what a brief's charts read, kept with each logged
//! interaction instead of counted from the interactions every time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("activity")
                    .col(integer("place_id"))
                    // `YYYY-MM`, UTC.
                    .col(string("month"))
                    // A track's key, or empty for none.
                    .col(string("track"))
                    .col(integer("interactions"))
                    .primary_key(Index::create().col("place_id").col("month").col("track"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("topic_activity")
                    .col(integer("place_id"))
                    .col(string("month"))
                    .col(string("policy_area"))
                    .col(integer("interactions"))
                    .primary_key(
                        Index::create()
                            .col("place_id")
                            .col("month")
                            .col("policy_area"),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("topic_activity").to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table("activity").to_owned())
            .await
    }
}
