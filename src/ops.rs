//! Operations: `/healthz`, `/readyz` and `/metrics` (Prometheus text) on
//! `serve --listen`, and the process-wide counters behind them. Counters are
//! plain atomics: updates handled by kind, handling latency, sends by
//! outcome; the outbox depth is read from the database at each scrape.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use sha2::{Digest, Sha256};

use crate::store::Store;
use crate::store::outbox::OutboxStatus;

/// What kind of update the bot handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateKind {
    Message,
    Callback,
}

/// How one attempt to send a queued message ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendOutcome {
    Ok,
    TooManyRequests,
    Forbidden,
    Other,
}

const UPDATE_KINDS: [(UpdateKind, &str); 2] = [
    (UpdateKind::Message, "message"),
    (UpdateKind::Callback, "callback"),
];
const SEND_OUTCOMES: [(SendOutcome, &str); 4] = [
    (SendOutcome::Ok, "ok"),
    (SendOutcome::TooManyRequests, "429"),
    (SendOutcome::Forbidden, "403"),
    (SendOutcome::Other, "other"),
];
/// Upper bounds of the latency histogram, in seconds.
const BUCKETS: [f64; 11] = [
    0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

/// The process's counters.
#[derive(Debug)]
pub struct Metrics {
    updates: [AtomicU64; 2],
    /// Per kind: counts per bucket (not cumulative), then the sum in µs.
    latency: [[AtomicU64; BUCKETS.len() + 1]; 2],
    latency_micros: [AtomicU64; 2],
    sends: [AtomicU64; 4],
}

pub static METRICS: Metrics = Metrics::new();

fn index<T: PartialEq + Copy>(table: &[(T, &str)], value: T) -> usize {
    table.iter().position(|(v, _)| *v == value).unwrap_or(0)
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// Every counter at zero.
    pub const fn new() -> Self {
        Self {
            updates: [const { AtomicU64::new(0) }; 2],
            latency: [const { [const { AtomicU64::new(0) }; BUCKETS.len() + 1] }; 2],
            latency_micros: [const { AtomicU64::new(0) }; 2],
            sends: [const { AtomicU64::new(0) }; 4],
        }
    }

    /// One update handled in `elapsed`.
    pub fn update(&self, kind: UpdateKind, elapsed: Duration) {
        let k = index(&UPDATE_KINDS, kind);
        self.updates[k].fetch_add(1, Ordering::Relaxed);
        let seconds = elapsed.as_secs_f64();
        let bucket = BUCKETS
            .iter()
            .position(|bound| seconds <= *bound)
            .unwrap_or(BUCKETS.len());
        self.latency[k][bucket].fetch_add(1, Ordering::Relaxed);
        self.latency_micros[k].fetch_add(
            u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
    }

    pub fn send(&self, outcome: SendOutcome) {
        self.sends[index(&SEND_OUTCOMES, outcome)].fetch_add(1, Ordering::Relaxed);
    }
}

/// Records an update's handling time when dropped (however the handler ends).
#[derive(Debug)]
pub struct UpdateTimer {
    kind: UpdateKind,
    started: Instant,
}

impl UpdateTimer {
    pub fn start(kind: UpdateKind) -> Self {
        Self {
            kind,
            started: Instant::now(),
        }
    }
}

impl Drop for UpdateTimer {
    fn drop(&mut self) {
        METRICS.update(self.kind, self.started.elapsed());
    }
}

/// The Prometheus text of the counters and the outbox depth.
pub fn render(metrics: &Metrics, outbox: &[(OutboxStatus, u64)]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# HELP inmaek_updates_total Telegram updates handled, by kind.\n# TYPE inmaek_updates_total counter"
    );
    for (k, (_, name)) in UPDATE_KINDS.iter().enumerate() {
        let n = metrics.updates[k].load(Ordering::Relaxed);
        let _ = writeln!(out, "inmaek_updates_total{{kind=\"{name}\"}} {n}");
    }
    let _ = writeln!(
        out,
        "# HELP inmaek_update_duration_seconds Time from receiving an update to finishing its handling.\n# TYPE inmaek_update_duration_seconds histogram"
    );
    for (k, (_, name)) in UPDATE_KINDS.iter().enumerate() {
        let mut cumulative = 0;
        for (b, bound) in BUCKETS.iter().enumerate() {
            cumulative += metrics.latency[k][b].load(Ordering::Relaxed);
            let _ = writeln!(
                out,
                "inmaek_update_duration_seconds_bucket{{kind=\"{name}\",le=\"{bound}\"}} {cumulative}"
            );
        }
        cumulative += metrics.latency[k][BUCKETS.len()].load(Ordering::Relaxed);
        let _ = writeln!(
            out,
            "inmaek_update_duration_seconds_bucket{{kind=\"{name}\",le=\"+Inf\"}} {cumulative}"
        );
        let sum = metrics.latency_micros[k].load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(
            out,
            "inmaek_update_duration_seconds_sum{{kind=\"{name}\"}} {sum}\ninmaek_update_duration_seconds_count{{kind=\"{name}\"}} {cumulative}"
        );
    }
    let _ = writeln!(
        out,
        "# HELP inmaek_outbox_messages Messages in the outbox, by status.\n# TYPE inmaek_outbox_messages gauge"
    );
    for (status, n) in outbox {
        let _ = writeln!(out, "inmaek_outbox_messages{{status=\"{status}\"}} {n}");
    }
    let _ = writeln!(
        out,
        "# HELP inmaek_sends_total Attempts to send a queued message, by outcome.\n# TYPE inmaek_sends_total counter"
    );
    for (o, (_, name)) in SEND_OUTCOMES.iter().enumerate() {
        let n = metrics.sends[o].load(Ordering::Relaxed);
        let _ = writeln!(out, "inmaek_sends_total{{outcome=\"{name}\"}} {n}");
    }
    out
}

/// `/healthz`, `/readyz` and `/metrics`.
pub fn router(store: Store) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics))
        .with_state(store)
}

/// Ready when the database answers and no migration is pending.
async fn ready(State(store): State<Store>) -> impl IntoResponse {
    match store.pending_migrations().await {
        Ok(0) => (StatusCode::OK, "ready\n".to_owned()),
        Ok(pending) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("{pending} migrations pending\n"),
        ),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "database unreachable\n".to_owned(),
        ),
    }
}

async fn metrics(State(store): State<Store>) -> impl IntoResponse {
    let outbox = store.outbox_depth().await.unwrap_or_default();
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        render(&METRICS, &outbox),
    )
}

/// The secret Telegram sends with every webhook request: derived from the
/// bot token, so every instance of one bot agrees on it without another
/// setting, and no one without the token can forge it.
pub fn webhook_secret(token: &str) -> String {
    let digest = Sha256::digest(format!("inmaek-webhook:{token}").as_bytes());
    data_encoding::HEXLOWER.encode(&digest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_format_counts_buckets_cumulatively() {
        let metrics = Metrics::new();
        metrics.update(UpdateKind::Message, Duration::from_millis(3));
        metrics.update(UpdateKind::Message, Duration::from_millis(30));
        metrics.update(UpdateKind::Callback, Duration::from_secs(9));
        metrics.send(SendOutcome::TooManyRequests);
        let text = render(&metrics, &[(OutboxStatus::Pending, 4)]);
        assert!(text.contains("inmaek_updates_total{kind=\"message\"} 2"));
        assert!(
            text.contains(
                "inmaek_update_duration_seconds_bucket{kind=\"message\",le=\"0.0025\"} 0"
            )
        );
        assert!(
            text.contains("inmaek_update_duration_seconds_bucket{kind=\"message\",le=\"0.005\"} 1")
        );
        assert!(
            text.contains("inmaek_update_duration_seconds_bucket{kind=\"message\",le=\"0.05\"} 2")
        );
        assert!(
            text.contains("inmaek_update_duration_seconds_bucket{kind=\"callback\",le=\"2.5\"} 0")
        );
        assert!(
            text.contains("inmaek_update_duration_seconds_bucket{kind=\"callback\",le=\"+Inf\"} 1")
        );
        assert!(text.contains("inmaek_update_duration_seconds_count{kind=\"message\"} 2"));
        assert!(text.contains("inmaek_sends_total{outcome=\"429\"} 1"));
        assert!(text.contains("inmaek_outbox_messages{status=\"pending\"} 4"));
    }

    #[test]
    fn the_webhook_secret_is_stable_and_allowed_by_telegram() {
        let secret = webhook_secret("123:ABC");
        assert_eq!(secret, webhook_secret("123:ABC"));
        assert_ne!(secret, webhook_secret("123:ABD"));
        assert!(secret.len() <= 256);
        assert!(secret.chars().all(|c| c.is_ascii_alphanumeric()));
    }
}
