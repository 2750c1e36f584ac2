//! Reading text files in the encodings Korean and Chinese offices use:
//! UTF-8 (with or without a byte-order mark), CP949/EUC-KR and GB18030 —
//! detected, or named by `--encoding`.

use encoding_rs::{Encoding, GB18030, UTF_8};

/// An encoding a user can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    /// CP949, a superset of EUC-KR (encoding_rs's "EUC-KR" is windows-949).
    Cp949,
    Gb18030,
}

impl TextEncoding {
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim().to_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Some(Self::Utf8),
            "cp949" | "euc-kr" | "euckr" | "uhc" | "windows-949" => Some(Self::Cp949),
            "gb18030" | "gbk" | "gb2312" => Some(Self::Gb18030),
            _ => None,
        }
    }

    fn encoding(self) -> &'static Encoding {
        match self {
            Self::Utf8 => UTF_8,
            Self::Cp949 => encoding_rs::EUC_KR,
            Self::Gb18030 => GB18030,
        }
    }
}

/// Where a file stops being text in its encoding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// 1-based line of the first byte that does not decode.
    pub line: usize,
    pub encoding: &'static str,
    /// For a file that is not UTF-8 and named no encoding: the encodings
    /// it decodes in cleanly, the likelier first (`cp949`, `gb18030`).
    pub likely: Vec<&'static str>,
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The first offset where `bytes` is not valid in `encoding`.
fn first_error(encoding: &'static Encoding, bytes: &[u8]) -> Option<usize> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 2);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(_, _) => Some(read.saturating_sub(1)),
        _ => None,
    }
}

/// Whether the bytes above 0x7F come mostly in pairs, as CP949's Hangul
/// and GB18030's Han characters do.
fn mostly_pairs(bytes: &[u8]) -> bool {
    let (mut pairs, mut lone) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
        } else if bytes.get(i + 1).is_some_and(|b| *b >= 0x80) {
            pairs += 1;
            i += 2;
        } else {
            lone += 1;
            i += 1;
        }
    }
    pairs > 0 && lone * 3 <= pairs
}

/// Decodes a file. Without a named encoding it must be UTF-8 (a BOM is
/// dropped): a file in another encoding is refused, naming the encodings
/// it decodes in cleanly — CP949 and GB18030, the one with more of its
/// own script (Hangul, Han) first — never guessed ("Müller" in Latin-1
/// decodes as CP949 too, as "M黮ler").
pub fn decode(bytes: &[u8], named: Option<TextEncoding>) -> Result<String, DecodeError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(named) = named {
        let encoding = named.encoding();
        if let Some(offset) = first_error(encoding, bytes) {
            return Err(DecodeError {
                line: line_of(bytes, offset),
                encoding: encoding.name(),
                likely: Vec::new(),
            });
        }
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return Ok(text.into_owned());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(utf8) => {
            let score = |encoding: &'static Encoding, script: fn(char) -> bool| -> Option<usize> {
                if first_error(encoding, bytes).is_some() {
                    return None;
                }
                let (text, _) = encoding.decode_without_bom_handling(bytes);
                Some(text.chars().filter(|c| script(*c)).count())
            };
            // Korean and Chinese text is mostly pairs of high bytes; a
            // Western file has lone ones ("M\xFCller"), which CP949 and
            // GB18030 also decode, into nonsense ("M黮ler"): suggest neither.
            if !mostly_pairs(bytes) {
                return Err(DecodeError {
                    line: line_of(bytes, utf8.valid_up_to()),
                    encoding: "UTF-8",
                    likely: Vec::new(),
                });
            }
            let korean = score(encoding_rs::EUC_KR, crate::domain::hangul::is_syllable);
            let chinese = score(GB18030, crate::domain::hanzi::is_han);
            let likely = match (korean, chinese) {
                (Some(k), Some(c)) if k >= c => vec!["cp949", "gb18030"],
                (Some(_), Some(_)) => vec!["gb18030", "cp949"],
                (Some(_), None) => vec!["cp949"],
                (None, Some(_)) => vec!["gb18030"],
                (None, None) => Vec::new(),
            };
            Err(DecodeError {
                line: line_of(bytes, utf8.valid_up_to()),
                encoding: "UTF-8",
                likely,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_a_bom_is_read_without_it() {
        assert_eq!(decode("\u{feff}김영남".as_bytes(), None).unwrap(), "김영남");
    }

    #[test]
    fn korean_and_chinese_legacy_encodings_are_named_not_guessed() {
        let (korean, _, _) = encoding_rs::EUC_KR.encode("name_hangul\n김영남,서울특별시\n");
        let err = decode(&korean, None).unwrap_err();
        assert_eq!((err.line, err.likely[0]), (2, "cp949"));
        assert_eq!(
            decode(&korean, Some(TextEncoding::Cp949)).unwrap(),
            "name_hangul\n김영남,서울특별시\n"
        );
        let (chinese, _, _) = GB18030.encode("name_hanzi\n金永男,辽宁省沈阳市\n");
        assert_eq!(decode(&chinese, None).unwrap_err().likely[0], "gb18030");
        assert_eq!(
            decode(&chinese, Some(TextEncoding::Gb18030)).unwrap(),
            "name_hanzi\n金永男,辽宁省沈阳市\n"
        );
        // Latin-1 is no Korean: refused, never read as "M黮ler", and no
        // encoding suggested that would read it so.
        let err = decode(b"name_latin\nM\xFCller\nJos\xE9 Garc\xEDa\n", None).unwrap_err();
        assert!(err.likely.is_empty(), "{:?}", err.likely);
    }

    #[test]
    fn a_file_that_is_not_in_the_named_encoding_names_the_line() {
        let mut bytes = b"name_latin\nKim\n".to_vec();
        bytes.extend_from_slice(&[0xFF, 0xFE, 0xFD, b'\n']);
        let err = decode(&bytes, Some(TextEncoding::Utf8)).unwrap_err();
        assert_eq!(err.line, 3);
    }
}
