//! The environment, read once at start-up into a `Config`.

use std::fmt;

use chrono_tz::Tz;

use chrono::{DateTime, SubsecRound, Utc};

use crate::clock::Clock;
use crate::domain::dates::{parse_instant, parse_time_zone};
use crate::domain::{Error, Lang};

pub const DEFAULT_DATABASE_URL: &str = "sqlite://inmaek.db?mode=rwc";
/// How long a relay holds the outbox rows it claimed before another may
/// take them (`INMAEK_OUTBOX_LEASE_SECS`).
pub const DEFAULT_OUTBOX_LEASE: std::time::Duration = std::time::Duration::from_secs(120);
/// How often `serve` runs a scheduler pass (`INMAEK_SCHEDULER_INTERVAL_SECS`).
pub const DEFAULT_SCHEDULER_INTERVAL: std::time::Duration = std::time::Duration::from_secs(30);

#[derive(Clone)]
pub struct Config {
    /// `DATABASE_URL`; may carry a password, so `Debug` redacts it.
    pub database_url: String,
    /// `INMAEK_TZ`: the office's time zone.
    pub time_zone: Tz,
    /// `INMAEK_LANG`: default language of new users and of CLI output.
    pub lang: Lang,
    /// `INMAEK_OUTBOX_LEASE_SECS`: how long claimed outbox rows are held.
    pub outbox_lease: std::time::Duration,
    /// `INMAEK_SCHEDULER_INTERVAL_SECS`: the pause between scheduler passes.
    pub scheduler_interval: std::time::Duration,
    /// `INMAEK_NOW` (RFC 3339): the instant the clock stands at for the
    /// whole run instead of the system clock — tests and rehearsals.
    pub now: Option<DateTime<Utc>>,
    /// `INMAEK_WEB_URL`: the console's address as people open it (sign-in
    /// links point there), without a trailing slash.
    pub web_url: String,
    /// `INMAEK_TRUSTED_PROXIES`: the addresses of the reverse proxies in
    /// front of the console, comma-separated; the client of a request one
    /// of them forwards is the one its `X-Forwarded-For` names.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// The console's address when `INMAEK_WEB_URL` is not set.
pub const DEFAULT_WEB_URL: &str = "http://127.0.0.1:8080";

/// An `http(s)://` address without a trailing slash, or the refusal.
fn web_url(value: String) -> Result<String, Error> {
    let trimmed = value.trim().trim_end_matches('/').to_owned();
    match url::Url::parse(&trimmed) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => Ok(trimmed),
        _ => Err(Error::Invalid {
            field: "INMAEK_WEB_URL",
            value,
        }),
    }
}

impl Config {
    /// Reads `DATABASE_URL`, `INMAEK_TZ`, `INMAEK_LANG`, `INMAEK_NOW` and the
    /// `INMAEK_*_SECS` settings.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, Error> {
        let nonempty = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let database_url =
            nonempty("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.to_owned());
        let time_zone =
            nonempty("INMAEK_TZ").map_or(Ok(chrono_tz::Asia::Seoul), |tz| parse_time_zone(&tz))?;
        let lang = nonempty("INMAEK_LANG").map_or(Ok(Lang::Ko), |lang| Lang::parse(&lang))?;
        let seconds = |name: &'static str, default: std::time::Duration| {
            nonempty(name).map_or(Ok(default), |value| {
                value
                    .trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|secs| (1..=86_400).contains(secs))
                    .map(std::time::Duration::from_secs)
                    .ok_or(Error::Invalid { field: name, value })
            })
        };
        let outbox_lease = seconds("INMAEK_OUTBOX_LEASE_SECS", DEFAULT_OUTBOX_LEASE)?;
        let scheduler_interval =
            seconds("INMAEK_SCHEDULER_INTERVAL_SECS", DEFAULT_SCHEDULER_INTERVAL)?;
        let now = nonempty("INMAEK_NOW")
            .map(|now| parse_instant("INMAEK_NOW", &now).map(|at| at.trunc_subsecs(0)))
            .transpose()?;
        let web_url = nonempty("INMAEK_WEB_URL").map_or(Ok(DEFAULT_WEB_URL.to_owned()), web_url)?;
        let trusted_proxies = nonempty("INMAEK_TRUSTED_PROXIES")
            .map(|value| {
                value
                    .split(',')
                    .map(|address| address.trim().parse::<std::net::IpAddr>())
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|_| Error::Invalid {
                        field: "INMAEK_TRUSTED_PROXIES",
                        value,
                    })
            })
            .transpose()?
            .unwrap_or_default();
        Ok(Self {
            database_url,
            time_zone,
            lang,
            outbox_lease,
            scheduler_interval,
            now,
            web_url,
            trusted_proxies,
        })
    }

    /// The console's sign-in address for a one-time link's token.
    pub fn sign_in_url(&self, token: &str) -> String {
        format!("{}/signin/{token}", self.web_url)
    }

    /// The clock every part of this run reads: standing at `INMAEK_NOW`
    /// when it is set, else the system clock.
    pub fn clock(&self) -> Clock {
        self.now.map_or(Clock::System, Clock::fixed)
    }
}

impl Config {
    /// The defaults for a database: what `from_env` gives with only
    /// `DATABASE_URL` set.
    pub fn for_database(database_url: &str) -> Self {
        Self {
            database_url: database_url.to_owned(),
            time_zone: chrono_tz::Asia::Seoul,
            lang: Lang::Ko,
            outbox_lease: DEFAULT_OUTBOX_LEASE,
            scheduler_interval: DEFAULT_SCHEDULER_INTERVAL,
            now: None,
            web_url: DEFAULT_WEB_URL.to_owned(),
            trusted_proxies: Vec::new(),
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &redact_url(&self.database_url))
            .field("time_zone", &self.time_zone.name())
            .field("lang", &self.lang)
            .field("outbox_lease", &self.outbox_lease)
            .field("scheduler_interval", &self.scheduler_interval)
            .field("now", &self.now)
            .field("web_url", &self.web_url)
            .field("trusted_proxies", &self.trusted_proxies)
            .finish()
    }
}

/// Hides the password of `scheme://user:password@host/…`.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    match rest.split_once('@') {
        Some((credentials, host)) => {
            let user = credentials.split(':').next().unwrap_or_default();
            format!("{scheme}://{user}:***@{host}")
        }
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_hides_the_database_password() {
        let config = Config::from_lookup(|name| {
            (name == "DATABASE_URL").then(|| "postgres://inmaek:s3cret@db/inmaek".to_owned())
        })
        .unwrap();
        let debug = format!("{config:?}");
        assert!(!debug.contains("s3cret"), "{debug}");
        assert!(debug.contains("postgres://inmaek:***@db/inmaek"));
    }

    #[test]
    fn defaults_are_sqlite_seoul_and_korean() {
        let config = Config::from_lookup(|_| None).unwrap();
        assert_eq!(config.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(config.time_zone, chrono_tz::Asia::Seoul);
        assert_eq!(config.lang, Lang::Ko);
    }

    #[test]
    fn inmaek_now_stands_the_clock_at_that_instant() {
        let config = Config::from_lookup(|name| {
            (name == "INMAEK_NOW").then(|| "2031-02-28T23:30:00+09:00".to_owned())
        })
        .unwrap();
        let clock = config.clock();
        let expected = chrono::DateTime::parse_from_rfc3339("2031-02-28T14:30:00Z").unwrap();
        assert_eq!(clock.now(), expected);
        std::thread::sleep(std::time::Duration::from_millis(1100));
        assert_eq!(clock.now(), expected, "the clock stands still");
        assert!(matches!(
            Config::from_lookup(|_| None).unwrap().clock(),
            Clock::System
        ));
    }

    #[test]
    fn a_malformed_inmaek_now_is_refused() {
        assert!(
            Config::from_lookup(|name| (name == "INMAEK_NOW").then(|| "tomorrow".to_owned()))
                .is_err()
        );
    }

    #[test]
    fn an_unknown_language_is_refused() {
        assert!(
            Config::from_lookup(|name| (name == "INMAEK_LANG").then(|| "fr".to_owned())).is_err()
        );
    }
}
