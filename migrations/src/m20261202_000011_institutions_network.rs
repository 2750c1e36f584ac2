//! Institutions and the network: organizations get a parent; contacts get
//! a birthday (solar or lunar) and labelled e-mails and phones beyond the
//! first; committee members get a side and an end; meetings an agenda,
//! minutes and the interaction they were logged as; agreements their
//! history, signatories and a document; projects titles in three languages,
//! several policy areas and counterpart organizations, an officer and their
//! history; follow-ups may belong to a project; ties between people.
//!
//! Columns replaced here (`project.policy_area`, `project.organization_id`,
//! `committee_meeting.note`) are copied into their new home and left empty:
//! SQLite cannot drop a column that a foreign key names.

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

/// Columns with a foreign key, added the way both SQLite and PostgreSQL
/// accept (`ALTER TABLE … ADD COLUMN … REFERENCES …`).
const REFERENCING_COLUMNS: &[(&str, &str, &str)] = &[
    ("organization", "parent_id", "organization"),
    ("committee_meeting", "interaction_id", "interaction"),
    ("project", "officer_user_id", "app_user"),
    ("follow_up", "project_id", "project"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (table, column, target) in REFERENCING_COLUMNS {
            db.execute_unprepared(&format!(
                "ALTER TABLE {table} ADD COLUMN {column} integer NULL \
                 REFERENCES {target}(id) ON DELETE SET NULL"
            ))
            .await?;
        }
        let alterations = [
            Table::alter()
                .table("contact")
                .add_column(date_null("birthday"))
                .to_owned(),
            Table::alter()
                .table("contact")
                .add_column(boolean("birthday_lunar").default(false))
                .to_owned(),
            Table::alter()
                .table("committee_member")
                .add_column(string("side").default("counterpart"))
                .to_owned(),
            Table::alter()
                .table("committee_member")
                .add_column(date_null("left_on"))
                .to_owned(),
            Table::alter()
                .table("committee_meeting")
                .add_column(text_null("agenda"))
                .to_owned(),
            Table::alter()
                .table("committee_meeting")
                .add_column(text_null("minutes"))
                .to_owned(),
            Table::alter()
                .table("agreement")
                .add_column(string_null("document"))
                .to_owned(),
            Table::alter()
                .table("project")
                .add_column(string_null("title_ko"))
                .to_owned(),
            Table::alter()
                .table("project")
                .add_column(string_null("title_zh"))
                .to_owned(),
        ];
        for alteration in alterations {
            manager.alter_table(alteration).await?;
        }
        let tables = [
            Table::create()
                .table("contact_detail")
                .col(pk_auto("id"))
                .col(integer("contact_id"))
                .col(string("kind"))
                .col(string_null("label"))
                .col(string("value"))
                .foreign_key(&mut fk("contact_detail", "contact_id", "contact", CASCADE))
                .to_owned(),
            Table::create()
                .table("agreement_step")
                .col(pk_auto("id"))
                .col(integer("agreement_id"))
                .col(string("status"))
                .col(date_null("on_date"))
                .col(timestamp_with_time_zone("recorded_at"))
                .foreign_key(&mut fk(
                    "agreement_step",
                    "agreement_id",
                    "agreement",
                    CASCADE,
                ))
                .to_owned(),
            Table::create()
                .table("agreement_signatory")
                .col(integer("agreement_id"))
                .col(integer("contact_id"))
                .primary_key(Index::create().col("agreement_id").col("contact_id"))
                .foreign_key(&mut fk(
                    "agreement_signatory",
                    "agreement_id",
                    "agreement",
                    CASCADE,
                ))
                .foreign_key(&mut fk(
                    "agreement_signatory",
                    "contact_id",
                    "contact",
                    CASCADE,
                ))
                .to_owned(),
            Table::create()
                .table("project_area")
                .col(integer("project_id"))
                .col(string("policy_area"))
                .primary_key(Index::create().col("project_id").col("policy_area"))
                .foreign_key(&mut fk("project_area", "project_id", "project", CASCADE))
                .to_owned(),
            Table::create()
                .table("project_organization")
                .col(integer("project_id"))
                .col(integer("organization_id"))
                .primary_key(Index::create().col("project_id").col("organization_id"))
                .foreign_key(&mut fk(
                    "project_organization",
                    "project_id",
                    "project",
                    CASCADE,
                ))
                .foreign_key(&mut fk(
                    "project_organization",
                    "organization_id",
                    "organization",
                    RESTRICT,
                ))
                .to_owned(),
            Table::create()
                .table("project_step")
                .col(pk_auto("id"))
                .col(integer("project_id"))
                .col(string("stage"))
                .col(date_null("on_date"))
                .col(timestamp_with_time_zone("recorded_at"))
                .foreign_key(&mut fk("project_step", "project_id", "project", CASCADE))
                .to_owned(),
            Table::create()
                .table("relation")
                .col(pk_auto("id"))
                .col(integer("from_contact_id"))
                .col(integer("to_contact_id"))
                .col(string("kind"))
                .col(text_null("note"))
                .col(integer_null("recorded_by"))
                .col(timestamp_with_time_zone("recorded_at"))
                .foreign_key(&mut fk("relation", "from_contact_id", "contact", CASCADE))
                .foreign_key(&mut fk("relation", "to_contact_id", "contact", CASCADE))
                .foreign_key(&mut fk("relation", "recorded_by", "app_user", SET_NULL))
                .to_owned(),
        ];
        for table in tables {
            manager.create_table(table).await?;
        }
        let indexes = [
            index("organization", &["parent_id"]),
            index("contact_detail", &["contact_id"]),
            index("agreement_step", &["agreement_id"]),
            index("agreement_signatory", &["contact_id"]),
            index("project_organization", &["organization_id"]),
            index("project_step", &["project_id"]),
            index("follow_up", &["project_id"]),
            index("committee_meeting", &["interaction_id"]),
            index("relation", &["from_contact_id"]),
            index("relation", &["to_contact_id"]),
        ];
        for index in indexes {
            manager.create_index(index).await?;
        }
        // What earlier versions stored, moved to where it lives now.
        for statement in [
            "INSERT INTO project_area (project_id, policy_area) \
             SELECT id, policy_area FROM project WHERE policy_area IS NOT NULL",
            "INSERT INTO project_organization (project_id, organization_id) \
             SELECT id, organization_id FROM project WHERE organization_id IS NOT NULL",
            "UPDATE project SET policy_area = NULL, organization_id = NULL",
            "UPDATE project SET stage = 'running' WHERE stage = 'contract'",
            "INSERT INTO project_step (project_id, stage, on_date, recorded_at) \
             SELECT id, stage, started_on, updated_at FROM project",
            "INSERT INTO agreement_step (agreement_id, status, on_date, recorded_at) \
             SELECT id, status, COALESCE(signed_on, started_on), CURRENT_TIMESTAMP FROM agreement",
            "UPDATE committee_meeting SET agenda = note, note = NULL",
            "UPDATE committee_member SET role = 'member' WHERE role IS NULL \
             OR role NOT IN ('chair', 'vice_chair', 'secretary', 'member')",
            "UPDATE committee_member SET side = 'seoul' WHERE user_id IS NOT NULL",
        ] {
            db.execute_unprepared(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "relation",
            "project_step",
            "project_organization",
            "project_area",
            "agreement_signatory",
            "agreement_step",
            "contact_detail",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
