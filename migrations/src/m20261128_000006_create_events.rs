//! Events and invitations: an event with its texts in up to three
//! languages, the invitations sent to members (each with an opaque RSVP
//! token), and the consents members gave, per purpose.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(
    table: &'static str,
    column: &'static str,
    target: &'static str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table, column)
        .to(target, "id")
        .on_delete(on_delete)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("event")
                    .col(pk_auto("id"))
                    .col(string("kind"))
                    .col(text_null("title_ko"))
                    .col(text_null("title_zh"))
                    .col(text_null("title_en"))
                    .col(text_null("description_ko"))
                    .col(text_null("description_zh"))
                    .col(text_null("description_en"))
                    .col(timestamp_with_time_zone("starts_at"))
                    .col(timestamp_with_time_zone_null("ends_at"))
                    .col(string("time_zone"))
                    .col(integer_null("place_id"))
                    .col(text_null("address"))
                    .col(integer_null("capacity"))
                    .col(timestamp_with_time_zone_null("rsvp_deadline"))
                    .col(integer_null("organizer_user_id"))
                    .col(string_null("track"))
                    .col(string("status"))
                    .col(integer("revision").default(1))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "event",
                        "place_id",
                        "place",
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut fk(
                        "event",
                        "organizer_user_id",
                        "app_user",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("event_topic")
                    .col(integer("event_id"))
                    .col(string("policy_area"))
                    .primary_key(Index::create().col("event_id").col("policy_area"))
                    .foreign_key(&mut fk(
                        "event_topic",
                        "event_id",
                        "event",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("invitation")
                    .col(pk_auto("id"))
                    .col(integer("event_id"))
                    .col(integer("contact_id"))
                    .col(integer_null("user_id"))
                    .col(string("status"))
                    // queued, or why the bot cannot reach them: no_account, no_consent, unreachable
                    .col(string("delivery"))
                    .col(string("token"))
                    .col(timestamp_with_time_zone("invited_at"))
                    .col(timestamp_with_time_zone_null("responded_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "invitation",
                        "event_id",
                        "event",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "invitation",
                        "contact_id",
                        "contact",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "invitation",
                        "user_id",
                        "app_user",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        for (name, columns, unique) in [
            (
                "ux_invitation_event_id_contact_id",
                vec!["event_id", "contact_id"],
                true,
            ),
            ("ux_invitation_token", vec!["token"], true),
            ("ix_invitation_user_id", vec!["user_id"], false),
            (
                "ix_invitation_event_id_status",
                vec!["event_id", "status"],
                false,
            ),
            ("ix_event_starts_at", vec!["starts_at"], false),
        ] {
            let table = if name.ends_with("starts_at") {
                "event"
            } else {
                "invitation"
            };
            let mut index = Index::create();
            index.name(name).table(table);
            for column in columns {
                index.col(column);
            }
            if unique {
                index.unique();
            }
            manager.create_index(index.to_owned()).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table("consent")
                    .col(pk_auto("id"))
                    .col(integer("user_id"))
                    .col(string("purpose"))
                    .col(string("channel"))
                    .col(string("wording_version"))
                    .col(timestamp_with_time_zone("granted_at"))
                    .col(timestamp_with_time_zone_null("withdrawn_at"))
                    .foreign_key(&mut fk(
                        "consent",
                        "user_id",
                        "app_user",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_consent_user_id_purpose")
                    .table("consent")
                    .col("user_id")
                    .col("purpose")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["consent", "invitation", "event_topic", "event"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
