//! The relationship store: places, organizations, contacts and their names,
//! positions, users and enrolment codes, interactions and their participants,
//! follow-ups, honors, committees, agreements, cooperation projects, and the
//! keep-in-touch cadence per category.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A foreign key from `table.column` to `target.id`.
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

fn index(table: &'static str, columns: &[&'static str]) -> IndexCreateStatement {
    let mut statement = Index::create();
    statement
        .name(format!("ix_{table}_{}", columns.join("_")))
        .table(table);
    for column in columns {
        statement.col(*column);
    }
    statement.to_owned()
}

const CASCADE: ForeignKeyAction = ForeignKeyAction::Cascade;
const SET_NULL: ForeignKeyAction = ForeignKeyAction::SetNull;
const RESTRICT: ForeignKeyAction = ForeignKeyAction::Restrict;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // app_user and contact refer to each other. SQLite accepts a foreign
        // key to a table created later; PostgreSQL takes it as an ALTER.
        let sqlite = manager.get_database_backend() == sea_orm::DbBackend::Sqlite;
        let tables = [
            Table::create()
                .table("place")
                .col(pk_auto("id"))
                .col(string_uniq("key"))
                .col(string("kind"))
                .col(integer_null("parent_id"))
                .col(string("country"))
                .col(string("name_en"))
                .col(string("name_zh"))
                .col(string("name_ko"))
                .col(string("name_ko_hanja"))
                .col(boolean("strategic").default(false))
                .foreign_key(&mut fk("place", "parent_id", "place", RESTRICT))
                .to_owned(),
            {
                let mut user = Table::create();
                user.table("app_user")
                    .col(pk_auto("id"))
                    .col(string("role"))
                    .col(string_uniq("name"))
                    .col(integer_null("contact_id"))
                    .col(big_integer_null("telegram_user_id").unique_key())
                    .col(string("lang"))
                    .col(string("time_zone"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("disabled_at"));
                if sqlite {
                    user.foreign_key(&mut fk("app_user", "contact_id", "contact", SET_NULL));
                }
                user
            },
            Table::create()
                .table("organization")
                .col(pk_auto("id"))
                .col(string_null("name_ko"))
                .col(string_null("name_zh"))
                .col(string_null("name_en"))
                .col(string("kind"))
                .col(integer_null("place_id"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("organization", "place_id", "place", RESTRICT))
                .to_owned(),
            Table::create()
                .table("contact")
                .col(pk_auto("id"))
                .col(integer_null("place_id"))
                .col(string_null("lang"))
                .col(string_null("time_zone"))
                .col(text_null("notes"))
                .col(string_null("email"))
                .col(string_null("phone"))
                .col(string_null("telegram"))
                .col(integer_null("owner_user_id"))
                .col(integer_null("cadence_days"))
                .col(timestamp_with_time_zone_null("last_interaction_at"))
                .col(timestamp_with_time_zone("due_at"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("updated_at"))
                .foreign_key(&mut fk("contact", "place_id", "place", RESTRICT))
                .foreign_key(&mut fk("contact", "owner_user_id", "app_user", SET_NULL))
                .to_owned(),
            Table::create()
                .table("contact_category")
                .col(integer("contact_id"))
                .col(string("category"))
                .primary_key(Index::create().col("contact_id").col("category"))
                .foreign_key(&mut fk(
                    "contact_category",
                    "contact_id",
                    "contact",
                    CASCADE,
                ))
                .to_owned(),
            Table::create()
                .table("contact_interest")
                .col(integer("contact_id"))
                .col(string("policy_area"))
                .primary_key(Index::create().col("contact_id").col("policy_area"))
                .foreign_key(&mut fk(
                    "contact_interest",
                    "contact_id",
                    "contact",
                    CASCADE,
                ))
                .to_owned(),
            Table::create()
                .table("contact_name")
                .col(pk_auto("id"))
                .col(integer("contact_id"))
                .col(string("form"))
                .col(string("value"))
                .col(boolean("family_name_first"))
                .col(string("search_key"))
                .foreign_key(&mut fk("contact_name", "contact_id", "contact", CASCADE))
                .to_owned(),
            Table::create()
                .table("position")
                .col(pk_auto("id"))
                .col(integer("contact_id"))
                .col(integer("organization_id"))
                .col(string_null("title"))
                .col(date_null("started_on"))
                .col(date_null("ended_on"))
                .foreign_key(&mut fk("position", "contact_id", "contact", CASCADE))
                .foreign_key(&mut fk(
                    "position",
                    "organization_id",
                    "organization",
                    RESTRICT,
                ))
                .to_owned(),
            Table::create()
                .table("enrolment_code")
                .col(pk_auto("id"))
                .col(integer("user_id"))
                .col(string_uniq("code_hash"))
                .col(timestamp_with_time_zone("created_at"))
                .col(timestamp_with_time_zone("expires_at"))
                .col(timestamp_with_time_zone_null("used_at"))
                .col(big_integer_null("used_by_telegram_id"))
                .foreign_key(&mut fk("enrolment_code", "user_id", "app_user", CASCADE))
                .to_owned(),
            Table::create()
                .table("interaction")
                .col(pk_auto("id"))
                .col(timestamp_with_time_zone("occurred_at"))
                .col(timestamp_with_time_zone("logged_at"))
                .col(string("kind"))
                .col(integer_null("place_id"))
                .col(text_null("note"))
                .col(string_null("track"))
                .col(integer_null("logged_by"))
                .foreign_key(&mut fk("interaction", "place_id", "place", RESTRICT))
                .foreign_key(&mut fk("interaction", "logged_by", "app_user", SET_NULL))
                .to_owned(),
            Table::create()
                .table("interaction_contact")
                .col(integer("interaction_id"))
                .col(integer("contact_id"))
                // Copied from the interaction so "a contact's interactions by
                // time" is one index range.
                .col(timestamp_with_time_zone("occurred_at"))
                .primary_key(Index::create().col("interaction_id").col("contact_id"))
                .foreign_key(&mut fk(
                    "interaction_contact",
                    "interaction_id",
                    "interaction",
                    CASCADE,
                ))
                .foreign_key(&mut fk(
                    "interaction_contact",
                    "contact_id",
                    "contact",
                    CASCADE,
                ))
                .to_owned(),
            Table::create()
                .table("interaction_officer")
                .col(integer("interaction_id"))
                .col(integer("user_id"))
                .primary_key(Index::create().col("interaction_id").col("user_id"))
                .foreign_key(&mut fk(
                    "interaction_officer",
                    "interaction_id",
                    "interaction",
                    CASCADE,
                ))
                .foreign_key(&mut fk(
                    "interaction_officer",
                    "user_id",
                    "app_user",
                    CASCADE,
                ))
                .to_owned(),
            Table::create()
                .table("interaction_topic")
                .col(integer("interaction_id"))
                .col(string("policy_area"))
                .primary_key(Index::create().col("interaction_id").col("policy_area"))
                .foreign_key(&mut fk(
                    "interaction_topic",
                    "interaction_id",
                    "interaction",
                    CASCADE,
                ))
                .to_owned(),
            Table::create()
                .table("follow_up")
                .col(pk_auto("id"))
                .col(integer("contact_id"))
                .col(integer_null("interaction_id"))
                .col(integer_null("owner_user_id"))
                .col(text("what"))
                .col(date("due_on"))
                .col(boolean("promised_by_seoul").default(true))
                .col(timestamp_with_time_zone_null("done_at"))
                .col(timestamp_with_time_zone("created_at"))
                .foreign_key(&mut fk("follow_up", "contact_id", "contact", CASCADE))
                .foreign_key(&mut fk(
                    "follow_up",
                    "interaction_id",
                    "interaction",
                    SET_NULL,
                ))
                .foreign_key(&mut fk("follow_up", "owner_user_id", "app_user", SET_NULL))
                .to_owned(),
            Table::create()
                .table("honor")
                .col(pk_auto("id"))
                .col(integer("contact_id"))
                .col(string("kind"))
                .col(date_null("conferred_on"))
                .col(string("status"))
                .col(text_null("note"))
                .foreign_key(&mut fk("honor", "contact_id", "contact", CASCADE))
                .to_owned(),
            Table::create()
                .table("committee")
                .col(pk_auto("id"))
                .col(string_uniq("key"))
                .col(string("name_en"))
                .col(string("name_ko"))
                .col(string("name_zh"))
                .col(date_null("founded_on"))
                .to_owned(),
            Table::create()
                .table("committee_place")
                .col(integer("committee_id"))
                .col(integer("place_id"))
                .primary_key(Index::create().col("committee_id").col("place_id"))
                .foreign_key(&mut fk(
                    "committee_place",
                    "committee_id",
                    "committee",
                    CASCADE,
                ))
                .foreign_key(&mut fk("committee_place", "place_id", "place", RESTRICT))
                .to_owned(),
            Table::create()
                .table("committee_member")
                .col(pk_auto("id"))
                .col(integer("committee_id"))
                .col(integer_null("contact_id"))
                .col(integer_null("user_id"))
                .col(string_null("role"))
                .col(date_null("joined_on"))
                .foreign_key(&mut fk(
                    "committee_member",
                    "committee_id",
                    "committee",
                    CASCADE,
                ))
                .foreign_key(&mut fk(
                    "committee_member",
                    "contact_id",
                    "contact",
                    CASCADE,
                ))
                .foreign_key(&mut fk("committee_member", "user_id", "app_user", CASCADE))
                .to_owned(),
            Table::create()
                .table("committee_meeting")
                .col(pk_auto("id"))
                .col(integer("committee_id"))
                .col(date("held_on"))
                .col(integer_null("place_id"))
                .col(text_null("note"))
                .foreign_key(&mut fk(
                    "committee_meeting",
                    "committee_id",
                    "committee",
                    CASCADE,
                ))
                .foreign_key(&mut fk("committee_meeting", "place_id", "place", RESTRICT))
                .to_owned(),
            Table::create()
                .table("agreement")
                .col(pk_auto("id"))
                .col(integer("place_id"))
                .col(string("status"))
                .col(date_null("started_on"))
                .col(date_null("signed_on"))
                .col(date_null("ended_on"))
                .col(text_null("note"))
                .foreign_key(&mut fk("agreement", "place_id", "place", RESTRICT))
                .to_owned(),
            Table::create()
                .table("project")
                .col(pk_auto("id"))
                .col(string("title"))
                .col(integer_null("place_id"))
                .col(integer_null("organization_id"))
                .col(string_null("policy_area"))
                .col(string("stage"))
                .col(date_null("started_on"))
                .col(timestamp_with_time_zone("updated_at"))
                .col(text_null("note"))
                .foreign_key(&mut fk("project", "place_id", "place", RESTRICT))
                .foreign_key(&mut fk(
                    "project",
                    "organization_id",
                    "organization",
                    RESTRICT,
                ))
                .to_owned(),
            Table::create()
                .table("category_cadence")
                .col(string("category").primary_key())
                .col(integer("days"))
                .to_owned(),
        ];
        for table in tables {
            manager.create_table(table).await?;
        }
        if !sqlite {
            manager
                .create_foreign_key(fk("app_user", "contact_id", "contact", SET_NULL))
                .await?;
        }

        let indexes = [
            index("place", &["parent_id"]),
            index("organization", &["place_id"]),
            index("contact", &["due_at"]),
            index("contact", &["owner_user_id", "due_at"]),
            index("contact", &["place_id"]),
            index("contact_category", &["category"]),
            index("contact_name", &["search_key"]),
            index("contact_name", &["contact_id"]),
            index("position", &["contact_id"]),
            index("position", &["organization_id"]),
            index("app_user", &["contact_id"]),
            index("enrolment_code", &["user_id"]),
            index("interaction", &["occurred_at"]),
            index("interaction_contact", &["contact_id", "occurred_at"]),
            index("interaction_officer", &["user_id"]),
            index("follow_up", &["due_on"]),
            index("follow_up", &["contact_id"]),
            index("follow_up", &["owner_user_id", "due_on"]),
            index("honor", &["contact_id"]),
            index("committee_member", &["committee_id"]),
            index("committee_member", &["contact_id"]),
            index("committee_meeting", &["committee_id"]),
            index("agreement", &["place_id"]),
            index("project", &["place_id"]),
        ];
        for index in indexes {
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "category_cadence",
            "project",
            "agreement",
            "committee_meeting",
            "committee_member",
            "committee_place",
            "committee",
            "honor",
            "follow_up",
            "interaction_topic",
            "interaction_officer",
            "interaction_contact",
            "interaction",
            "enrolment_code",
            "position",
            "contact_name",
            "contact_interest",
            "contact_category",
            "contact",
            "organization",
            "app_user",
            "place",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
