//! The three languages Inmaek speaks.

use std::fmt;

use super::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Ko,
    ZhCn,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ko, Lang::ZhCn, Lang::En];

    /// The BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses what an admin types (`ko`, `zh-CN`, `zh`, `en`, any case).
    /// The language's own name as a message argument (한국어, 中文, English).
    pub fn name(self) -> super::Arg {
        super::Arg::Label(format!("lang-name-{}", self.tag()))
    }

    pub fn parse(value: &str) -> Result<Self, Error> {
        let folded = value.trim().to_lowercase().replace('_', "-");
        match folded.as_str() {
            "ko" | "ko-kr" => Ok(Lang::Ko),
            "zh" | "zh-cn" | "zh-hans" | "zh-hans-cn" => Ok(Lang::ZhCn),
            "en" | "en-us" | "en-gb" => Ok(Lang::En),
            _ => Err(Error::UnknownKey {
                kind: "lang",
                value: value.trim().to_owned(),
                expected: Lang::ALL.iter().map(|l| l.tag()).collect(),
            }),
        }
    }

    /// Maps a Telegram `language_code` (`zh-hans`, `ko`, `en-GB`, …):
    /// Chinese and Korean are recognised by prefix, English likewise.
    pub fn from_telegram(code: &str) -> Option<Self> {
        let code = code.trim().to_lowercase();
        if code.starts_with("zh") {
            Some(Lang::ZhCn)
        } else if code.starts_with("ko") {
            Some(Lang::Ko)
        } else if code.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Compares with a stored tag, as in `user.lang == "zh-CN"`.
impl PartialEq<&str> for Lang {
    fn eq(&self, other: &&str) -> bool {
        self.tag() == *other
    }
}

impl std::str::FromStr for Lang {
    type Err = Error;
    fn from_str(value: &str) -> Result<Self, Error> {
        Self::parse(value)
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Self::parse(&value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_chinese_variants_map_to_simplified_chinese() {
        assert_eq!(Lang::from_telegram("zh-hans"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_telegram("zh-TW"), Some(Lang::ZhCn));
        assert_eq!(Lang::from_telegram("ko"), Some(Lang::Ko));
        assert_eq!(Lang::from_telegram("ru"), None);
    }

    #[test]
    fn admin_input_accepts_the_tag_in_any_case() {
        assert_eq!(Lang::parse("ZH-cn").unwrap(), Lang::ZhCn);
        assert!(Lang::parse("ja").is_err());
    }
}
