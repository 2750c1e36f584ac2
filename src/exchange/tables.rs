//! Positions and ties as their own CSV files (README, "Institutions and
//! the network"): one header row, columns in any order, unknown columns
//! refused; a BOM first (Excel); cells that could start a formula quoted
//! and restored exactly, as in the contact CSV.

use std::collections::HashMap;

use super::csv::{BOM, CsvError, neutralize, restore};

/// The columns of a positions file, in the order export writes them.
pub const POSITION_COLUMNS: [&str; 6] = [
    "contact_id",
    "contact",
    "organization",
    "title",
    "from",
    "to",
];
/// The columns of a ties file.
pub const TIE_COLUMNS: [&str; 6] = ["from_id", "from", "to_id", "to", "kind", "note"];

/// One row: its line, and its non-empty cells by column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub cells: HashMap<&'static str, String>,
}

impl Row {
    pub fn get(&self, column: &str) -> Option<&str> {
        self.cells.get(column).map(String::as_str)
    }
}

/// Reads a table whose columns are among `known`; blank rows are skipped.
pub fn read(text: &str, known: &[&'static str]) -> Result<Vec<Row>, CsvError> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|err| CsvError::Syntax {
            line: 1,
            reason: err.to_string(),
        })?
        .clone();
    // One cell holding another separator: not a comma-separated file.
    if headers.len() == 1
        && let Some(separator) = [';', '\t'].into_iter().find(|s| headers[0].contains(*s))
    {
        return Err(CsvError::Separator { separator });
    }
    let mut columns: Vec<&'static str> = Vec::new();
    for header in &headers {
        let header = header.trim();
        let Some(column) = known.iter().find(|c| **c == header) else {
            return Err(CsvError::UnknownColumn {
                column: header.to_owned(),
            });
        };
        if columns.contains(column) {
            return Err(CsvError::DuplicateColumn {
                column: header.to_owned(),
            });
        }
        columns.push(column);
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|err| CsvError::Syntax {
            line: err
                .position()
                .map_or(0, |p| usize::try_from(p.line()).unwrap_or(0)),
            reason: err.to_string(),
        })?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let line = record
            .position()
            .map_or(0, |p| usize::try_from(p.line()).unwrap_or(0));
        let cells = columns
            .iter()
            .zip(record.iter())
            .map(|(column, cell)| (*column, restore(cell).trim().to_owned()))
            .filter(|(_, cell)| !cell.is_empty())
            .collect();
        rows.push(Row { line, cells });
    }
    Ok(rows)
}

/// Writes a table after a BOM, every cell neutralized.
pub fn write(columns: &[&str], rows: &[Vec<String>]) -> String {
    let mut writer = csv::Writer::from_writer(BOM.as_bytes().to_vec());
    let _ = writer.write_record(columns);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|cell| neutralize(cell).into_owned()));
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_round_trips_and_refuses_unknown_columns() {
        let text = write(
            &TIE_COLUMNS,
            &[vec![
                "1".into(),
                "王伟".into(),
                "2".into(),
                "=cmd".into(),
                "friend".into(),
                "a, \"quoted\"\nnote".into(),
            ]],
        );
        let rows = read(&text, &TIE_COLUMNS).unwrap();
        assert_eq!(rows[0].get("to"), Some("=cmd"));
        assert_eq!(rows[0].get("note"), Some("a, \"quoted\"\nnote"));
        assert_eq!(rows[0].line, 2);
        assert_eq!(
            read("from,to,kind,weight\n", &TIE_COLUMNS).unwrap_err(),
            CsvError::UnknownColumn {
                column: "weight".into()
            }
        );
    }
}
