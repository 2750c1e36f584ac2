//! Free text as typed and as shown: control characters are refused at
//! input (a note may hold tab and newline) and never shown raw.

use super::Error;

/// Whether `c` may not appear in a one-line field.
fn forbidden(c: char, multiline: bool) -> bool {
    match c {
        '\n' | '\t' => !multiline,
        // The bidirectional overrides reorder what a reader sees.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        c => c.is_control(),
    }
}

/// Refuses a control character in `value` (tab and newline are allowed
/// when `multiline`), naming the field and the character's code.
pub fn check_controls(field: &'static str, value: &str, multiline: bool) -> Result<(), Error> {
    match value.chars().find(|c| forbidden(*c, multiline)) {
        None => Ok(()),
        Some(c) => Err(Error::ControlCharacter {
            field,
            code: format!("U+{:04X}", c as u32),
        }),
    }
}

/// Line ends as `\n` only (a file from Windows writes `\r\n`).
pub fn unix_lines(value: &str) -> String {
    value.replace("\r\n", "\n")
}

/// Text safe to show on a terminal: C0 and C1 control characters (but
/// newline and tab) become visible symbols (␛ for ESC), and the
/// bidirectional overrides the replacement character, so a stored note
/// cannot retitle the terminal, move the cursor or reorder what follows.
pub fn visible(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
            '\u{7f}' => '\u{2421}',
            '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => '\u{fffd}',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_symbols() {
        assert_eq!(visible("a\u{1b}]0;owned\u{7}b"), "a␛]0;owned␇b");
        assert_eq!(visible("line\nnext\tcell"), "line\nnext\tcell");
        assert_eq!(visible("x\r\u{7f}\u{9b}\u{202e}"), "x␍␡\u{fffd}\u{fffd}");
        assert_eq!(visible("김영남 金永男"), "김영남 金永男");
    }

    #[test]
    fn notes_keep_tab_and_newline_and_nothing_else() {
        assert!(check_controls("note", "one\n\ttwo", true).is_ok());
        assert!(check_controls("title", "one\ntwo", false).is_err());
        let Err(Error::ControlCharacter { field, code }) =
            check_controls("note", "title\u{1b}]0;x\u{7}", true)
        else {
            panic!("ESC was accepted");
        };
        assert_eq!((field, code.as_str()), ("note", "U+001B"));
        assert!(check_controls("note", "a\rb", true).is_err());
        assert!(check_controls("name", "abc\u{202e}fed", false).is_err());
    }
}
