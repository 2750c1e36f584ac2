//! Consent per purpose reaches keep-in-touch: a member who says no to
//! reminders about them (or withdraws) is left out of digests, `/due` and
//! follow-up reminders — kept on their contact so the due query stays an
//! index range.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("contact")
                    .add_column(boolean("reminders_off").default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("contact")
                    .drop_column("reminders_off")
                    .to_owned(),
            )
            .await
    }
}
