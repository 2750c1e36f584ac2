//! Contact details as typed, each parsed into a valid value.

use super::Error;

/// The longest free-text note we accept, in characters.
pub const MAX_NOTE_CHARS: usize = 10_000;

/// Trims one-line text; `None` when blank; refuses text longer than
/// `max` or holding a control character (a line break included).
pub fn parse_text(field: &'static str, value: &str, max: usize) -> Result<Option<String>, Error> {
    parse_trimmed(field, value, max, false)
}

/// A note: like `parse_text`, but tab and line breaks are kept (`\r\n`
/// as `\n`), up to `MAX_NOTE_CHARS`.
pub fn parse_note(field: &'static str, value: &str) -> Result<Option<String>, Error> {
    parse_trimmed(field, &super::text::unix_lines(value), MAX_NOTE_CHARS, true)
}

fn parse_trimmed(
    field: &'static str,
    value: &str,
    max: usize,
    multiline: bool,
) -> Result<Option<String>, Error> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > max {
        return Err(Error::TooLong { field, max });
    }
    super::text::check_controls(field, value, multiline)?;
    Ok(Some(value.to_owned()))
}

/// Like `parse_text`, but blank is an error.
pub fn parse_required_text(field: &'static str, value: &str, max: usize) -> Result<String, Error> {
    parse_text(field, value, max)?.ok_or(Error::Empty { field })
}

/// The first `max` characters of a text, on one line, with `…` when cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let mut cut: String = flat.chars().take(max).collect();
    cut.push('…');
    cut
}

/// An e-mail address: one `@`, something on each side, no spaces.
pub fn parse_email(value: &str) -> Result<String, Error> {
    let value = value.trim();
    let valid = value.len() <= 254
        && !value.contains(char::is_whitespace)
        && super::text::check_controls("email", value, false).is_ok()
        && !value.contains(|c: char| "<>\",;()[]\\".contains(c))
        && value.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.contains('@')
        });
    if valid {
        Ok(value.to_owned())
    } else {
        Err(Error::Invalid {
            field: "email",
            value: value.to_owned(),
        })
    }
}

/// A phone number: digits with optional `+`, spaces, dashes, dots and brackets.
pub fn parse_phone(value: &str) -> Result<String, Error> {
    let value = value.trim();
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let valid = (5..=20).contains(&digits)
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()".contains(c))
        && value.chars().skip(1).all(|c| c != '+');
    if valid {
        Ok(value.to_owned())
    } else {
        Err(Error::Invalid {
            field: "phone",
            value: value.to_owned(),
        })
    }
}

/// A Telegram account: a numeric user id, or `@username` (5–32 letters, digits, `_`).
pub fn parse_telegram(value: &str) -> Result<String, Error> {
    let value = value.trim();
    let invalid = || Error::Invalid {
        field: "telegram",
        value: value.to_owned(),
    };
    if !value.is_empty() && value.len() <= 20 && value.chars().all(|c| c.is_ascii_digit()) {
        return Ok(value.to_owned());
    }
    let username = value.strip_prefix('@').unwrap_or(value);
    let valid = (5..=32).contains(&username.len())
        && username
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && username.starts_with(|c: char| c.is_ascii_alphabetic());
    if valid {
        Ok(format!("@{username}"))
    } else {
        Err(invalid())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_accepts_a_numeric_id_or_a_username_and_normalizes_the_at_sign() {
        assert_eq!(parse_telegram("123456789").unwrap(), "123456789");
        assert_eq!(parse_telegram("jin_yongnan").unwrap(), "@jin_yongnan");
        assert_eq!(parse_telegram("@jin_yongnan").unwrap(), "@jin_yongnan");
        assert!(parse_telegram("@ab").is_err());
        assert!(parse_telegram("김영남").is_err());
    }

    #[test]
    fn email_and_phone_are_checked_for_shape() {
        assert!(parse_email("jin@jl.gov.cn").is_ok());
        assert!(parse_email("jin at jl").is_err());
        assert!(parse_phone("+86 431-8888-1234").is_ok());
        assert!(parse_phone("call me").is_err());
    }

    #[test]
    fn notes_longer_than_the_limit_are_refused_and_blank_is_none() {
        assert_eq!(parse_text("notes", "   ", MAX_NOTE_CHARS).unwrap(), None);
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            parse_text("notes", &long, MAX_NOTE_CHARS).unwrap_err(),
            Error::TooLong {
                field: "notes",
                max: MAX_NOTE_CHARS
            }
        );
    }
}
