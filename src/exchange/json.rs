//! The JSON dump file: pretty-printed, UTF-8, re-importable.

use crate::store::dump::Dump;

/// Why a file is not a dump, with where (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub reason: String,
}

/// Parses a dump; a UTF-8 byte-order mark is allowed.
pub fn parse_dump(text: &str) -> Result<Dump, ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|err| ParseError {
        line: err.line(),
        column: err.column(),
        reason: err.to_string(),
    })
}

pub fn write_dump(dump: &Dump) -> String {
    let mut text = serde_json::to_string_pretty(dump).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_file_reports_the_line_and_column() {
        let err =
            parse_dump("{\n  \"format\": \"inmaek-dump\",\n  \"version\": oops\n}").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.column > 0);
    }
}
