//! One number that every change moves on: what a server keeps in memory
//! (sessions, tokens, small reference tables) is used only while the
//! number is the one it was read at, so a change made by another process
//! (the CLI disabling a user, another `serve`) is seen at once. SQLite
//! keeps it in a row, moved in the writer's transaction; PostgreSQL in a
//! sequence, moved right after each commit.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == sea_orm::DbBackend::Postgres {
            // A sequence: moved on by `nextval` after each commit, with no
            // row lock for concurrent writers to queue on.
            return manager
                .get_connection()
                .execute_unprepared(
                    "CREATE SEQUENCE change_mark_seq; SELECT setval('change_mark_seq', 1, true)",
                )
                .await
                .map(|_| ());
        }
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
        if manager.get_database_backend() == sea_orm::DbBackend::Postgres {
            return manager
                .get_connection()
                .execute_unprepared("DROP SEQUENCE change_mark_seq")
                .await
                .map(|_| ());
        }
        manager
            .drop_table(Table::drop().table("change_mark").to_owned())
            .await
    }
}
