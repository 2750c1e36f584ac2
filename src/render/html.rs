//! The one HTML escaper, for Telegram's HTML parse mode, the brief and the
//! web console alike.

/// Escapes text for an HTML element or a double-quoted attribute: `&`,
/// `<`, `>` and `"` (attributes are always double-quoted here).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_and_quotes_are_escaped_and_the_rest_kept() {
        assert_eq!(
            escape(r#"<b>"김" & '金'</b>"#),
            "&lt;b&gt;&quot;김&quot; &amp; '金'&lt;/b&gt;"
        );
        assert_eq!(escape("Jin Yongnan 金永男"), "Jin Yongnan 金永男");
    }
}
