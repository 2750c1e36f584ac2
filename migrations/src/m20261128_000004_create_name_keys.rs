//! Search keys derived from contact names (see `domain::namekeys`): one
//! row per key, indexed on the key for exact and prefix lookups. Derived
//! data: the application rebuilds it when its key functions change
//! (`meta.name_keys_version`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("name_key")
                    .col(pk_auto("id"))
                    .col(integer("contact_id"))
                    .col(integer("name_id"))
                    .col(string("kind"))
                    .col(string("key"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_name_key_contact_id")
                            .from("name_key", "contact_id")
                            .to("contact", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_name_key_name_id")
                            .from("name_key", "name_id")
                            .to("contact_name", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Prefix search compares keys by code point: on PostgreSQL the key
        // column uses the C collation whatever the database's default.
        if manager.get_database_backend() == sea_orm::DbBackend::Postgres {
            manager
                .get_connection()
                .execute_unprepared(
                    r#"ALTER TABLE name_key ALTER COLUMN key TYPE varchar COLLATE "C""#,
                )
                .await?;
        }
        manager
            .create_index(
                Index::create()
                    .name("ix_name_key_key")
                    .table("name_key")
                    .col("key")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_name_key_contact_id")
                    .table("name_key")
                    .col("contact_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_name_key_name_id")
                    .table("name_key")
                    .col("name_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("meta")
                    .col(string("key").primary_key())
                    .col(string("value"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("meta").to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table("name_key").to_owned())
            .await
    }
}
