//! Many reads in one statement: each part the rows of one table (a JSON
//! array of objects, one per row, keyed by column) or one number, the
//! whole one JSON object decoded into the entities' models — which
//! serialize as they are stored, for the dump. A contact card is some
//! seventeen small reads; as one statement it is one hand-off to the
//! database (on SQLite, to sqlx's connection thread and back) instead of
//! seventeen, and every part is read from the same snapshot.
//!
//! The conditions are written here, in the store, with their values bound
//! (`contact_id = $1`, on both backends): the statement's text is the same
//! for every contact, so each connection prepares it once.

use sea_orm::sea_query::ColumnType;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, IdenStatic, Iterable, Statement,
};
use serde::de::DeserializeOwned;

use super::Result;

/// One statement's parts, as they will be named in its JSON object.
#[derive(Debug)]
pub(crate) struct Bundle {
    backend: DbBackend,
    parts: Vec<String>,
}

impl Bundle {
    pub(crate) fn new(backend: DbBackend) -> Self {
        Self {
            backend,
            parts: Vec::new(),
        }
    }

    /// Part `name`: the rows of `E`'s table that `condition` picks (what
    /// follows `WHERE`), as an array (empty when none).
    pub(crate) fn rows<E: EntityTrait + Default>(mut self, name: &str, condition: &str) -> Self {
        let table = E::default().table_name();
        let rows = format!("SELECT * FROM \"{table}\" WHERE {condition}");
        let array = match self.backend {
            DbBackend::Postgres => {
                format!("(SELECT COALESCE(json_agg(t), '[]'::json) FROM ({rows}) AS t)")
            }
            _ => {
                let columns: Vec<String> = E::Column::iter()
                    .map(|column| sqlite_member(column.as_str(), column.def().get_column_type()))
                    .collect();
                // `json()`: a subquery's result would lose its JSON type
                // and be embedded as a string.
                format!(
                    "json((SELECT json_group_array(json_object({})) FROM ({rows}) AS t))",
                    columns.join(", ")
                )
            }
        };
        self.parts.push(format!("'{name}', {array}"));
        self
    }

    /// Part `name`: the change mark now (see `cache`).
    pub(crate) fn change_mark(mut self, name: &str) -> Self {
        let value = match self.backend {
            DbBackend::Postgres => "(SELECT last_value FROM change_mark_seq)",
            _ => "(SELECT generation FROM change_mark WHERE id = 1)",
        };
        self.parts.push(format!("'{name}', {value}"));
        self
    }

    fn sql(&self) -> String {
        match self.backend {
            DbBackend::Postgres => format!(
                "SELECT json_build_object({})::text AS bundle",
                self.parts.join(", ")
            ),
            _ => format!("SELECT json_object({}) AS bundle", self.parts.join(", ")),
        }
    }

    /// Runs the statement with `values` bound to `$1`, `$2` … and decodes
    /// its object into `T` (a struct with a field per part).
    pub(crate) async fn read<T: DeserializeOwned>(
        self,
        conn: &impl ConnectionTrait,
        values: Vec<sea_orm::Value>,
    ) -> Result<T> {
        let row = conn
            .query_one_raw(Statement::from_sql_and_values(
                self.backend,
                self.sql(),
                values,
            ))
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("bundle".to_owned()))?;
        let text: String = row.try_get("", "bundle")?;
        serde_json::from_str(&text)
            .map_err(|err| DbErr::Json(format!("a row does not read as its model: {err}")).into())
    }
}

/// One column of a row's JSON object on SQLite, as the model reads it: a
/// boolean as `true`/`false` (SQLite keeps 0 and 1), a time with its offset
/// (sqlx writes RFC 3339; a time written in SQL, `2026-12-01 09:00:00`, is
/// UTC and gains its `Z`), anything else as stored.
fn sqlite_member(column: &str, kind: &ColumnType) -> String {
    let value = format!("t.\"{column}\"");
    let member = match kind {
        ColumnType::Boolean => format!(
            "json(CASE WHEN {value} IS NULL THEN NULL WHEN {value} THEN 'true' ELSE 'false' END)"
        ),
        ColumnType::TimestampWithTimeZone => format!(
            "CASE WHEN {value} GLOB '*[+-][0-9][0-9]:[0-9][0-9]' OR {value} GLOB '*Z' \
             THEN {value} ELSE strftime('%Y-%m-%dT%H:%M:%fZ', {value}) END"
        ),
        _ => value,
    };
    format!("'{column}', {member}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::entity::contact;

    #[test]
    fn a_sqlite_row_names_every_column_and_reads_booleans_and_times_as_the_model_does() {
        let sql = Bundle::new(DbBackend::Sqlite)
            .rows::<contact::Entity>("contact", "id = $1")
            .change_mark("mark")
            .sql();
        assert!(sql.starts_with("SELECT json_object('contact', json((SELECT json_group_array"));
        assert!(sql.contains("FROM \"contact\" WHERE id = $1"));
        assert!(sql.contains("'reminders_off', json(CASE WHEN t.\"reminders_off\" IS NULL"));
        assert!(sql.contains("'due_at', CASE WHEN t.\"due_at\" GLOB"));
        assert!(sql.contains("'mark', (SELECT generation FROM change_mark WHERE id = 1)"));
        let pg = Bundle::new(DbBackend::Postgres)
            .rows::<contact::Entity>("contact", "id = $1")
            .sql();
        assert!(pg.contains("COALESCE(json_agg(t), '[]'::json)"));
    }
}
