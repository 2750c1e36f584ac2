//! One number that every change moves on: what a server keeps in memory
//! (sessions, tokens, small reference tables) is used only while the
//! number is the one it was read at, so a change made by another process
//! (the CLI disabling a user, another `serve`) is seen at once.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("change_mark")
                    .col(integer("id").primary_key())
                    .col(big_integer("generation"))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table("change_mark")
                    .columns(["id", "generation"])
                    .values_panic([1.into(), 0i64.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("change_mark").to_owned())
            .await
    }
}
