//! The web console and the JSON API (axum), on `serve`'s listener beside
//! `/healthz`. Pages are rendered on the server from compile-time-checked
//! templates (askama) in the reader's language; the only script is htmx,
//! vendored into the binary, and nothing needs it to be read.

// A refusal is a whole response, built where the refusal is decided.
#![allow(
    clippy::result_large_err,
    reason = "handlers return their refusal page"
)]

/// Turns a store failure into the refusal page, in a page handler's `?`.
macro_rules! tried {
    ($visitor:expr, $call:expr) => {
        match $call {
            Ok(value) => value,
            Err(err) => {
                return $crate::web::auth::failed(&$visitor, $crate::store::StoreError::from(err));
            }
        }
    };
}

mod access;
mod admin;
pub mod api;
mod auth;
mod forms;
mod pages;
mod ui;

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

pub use access::{PAGES, Page};

use crate::config::Config;
use crate::store::Store;

/// What every request of the console and the API shares.
#[derive(Debug)]
pub struct WebApp {
    pub store: Store,
    pub config: Config,
    limiter: Limiter,
    /// Forms that create a secret (an enrolment code, a sign-in link)
    /// already sent: a reload re-sends them, and must not void the secret
    /// the page just showed by making another.
    sent: Mutex<std::collections::HashSet<String>>,
}

impl WebApp {
    pub fn new(store: Store, config: Config) -> Arc<Self> {
        Arc::new(Self {
            store,
            config,
            limiter: Limiter::default(),
            sent: Mutex::default(),
        })
    }

    /// Marks a form's one-time value sent; `false` when it was before.
    fn first_sending(&self, once: &str) -> bool {
        let mut sent = self.sent.lock().unwrap_or_else(|e| e.into_inner());
        // The values are random; forgetting old ones only re-opens a
        // reload of a form that old.
        if sent.len() >= 10_000 {
            sent.clear();
        }
        sent.insert(once.to_owned())
    }

    /// Cookies carry `Secure` when the console is opened over HTTPS.
    fn secure(&self) -> bool {
        self.config.web_url.starts_with("https://")
    }
}

/// The console and the API, to merge with the operations router.
pub fn router(app: Arc<WebApp>) -> Router {
    Router::new()
        .route("/", get(pages::home))
        .route("/signin/{token}", get(auth::confirm).post(auth::sign_in))
        .route(
            "/signout",
            get(|| async { axum::response::Redirect::to("/") }).post(auth::sign_out),
        )
        .route("/contacts", get(pages::search))
        .route("/contacts/results", get(pages::search_results))
        .route("/contacts/{id}", get(pages::card).post(pages::edit))
        .route("/contacts/{id}/brief", get(pages::person_brief))
        .route("/places", get(pages::places))
        .route("/places/{key}/brief", get(pages::place_brief))
        .route("/institutions", get(pages::institutions))
        .route("/office", get(pages::office))
        .route("/due", get(pages::due))
        .route("/events", get(pages::events))
        .route("/events/{id}", get(pages::event))
        // A reloaded or bookmarked preview: back to the event (it was a
        // blank 405).
        .route(
            "/events/{id}/invite",
            get(
                |axum::extract::Path(id): axum::extract::Path<String>| async move {
                    axum::response::Redirect::to(&match id.trim().parse::<i32>() {
                        Ok(id) => format!("/events/{id}"),
                        Err(_) => "/events".to_owned(),
                    })
                },
            )
            .post(pages::invite),
        )
        .route("/events/{id}/checkin/{invitation}", post(pages::check_in))
        .route("/admin/users", get(admin::users).post(admin::invite))
        .route("/admin/users/{id}/link", post(admin::link))
        .route("/admin/users/{id}/role", post(admin::role))
        .route("/admin/users/{id}/disable", post(admin::disable))
        .route("/admin/users/{id}/enable", post(admin::enable))
        .route("/admin/access", get(pages::access_log))
        .route("/static/{file}", get(asset))
        .nest("/api/v1", api::router())
        .fallback(pages::not_found)
        .layer(middleware::from_fn(security_headers))
        .with_state(app)
}

/// The content security policy: nothing but this origin; no inline script
/// or style, no frames, forms only to here.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

async fn security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        );
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // Sign-in links carry their token in the address: never sent to
    // another site (the console's own forms say their origin).
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

const HTMX: &[u8] = include_bytes!("../../assets/web/htmx.min.js");
const CSS: &[u8] = include_bytes!("../../assets/web/console.css");

async fn asset(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    let (body, kind) = match file.as_str() {
        "htmx.min.js" => (HTMX, "text/javascript; charset=utf-8"),
        "console.css" => (CSS, "text/css; charset=utf-8"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// Sign-in attempts allowed per client address in a minute, and overall.
const PER_CLIENT: u32 = 20;
const OVERALL: u32 = 120;

/// When a window began and how many attempts it has seen.
type Window = (Instant, u32);
/// Each client's window, and the overall one.
type Windows = (HashMap<Option<IpAddr>, Window>, Option<Window>);

/// A fixed-window limit on sign-in attempts, per client address and overall.
#[derive(Debug, Default)]
struct Limiter {
    windows: Mutex<Windows>,
}

impl Limiter {
    /// Counts one attempt from `client`; false when over the limit.
    fn allow(&self, client: Option<IpAddr>) -> bool {
        let now = Instant::now();
        let window = Duration::from_secs(60);
        let Ok(mut guard) = self.windows.lock() else {
            return false;
        };
        let (clients, overall) = &mut *guard;
        let fresh = |slot: &mut (Instant, u32)| {
            if now.duration_since(slot.0) >= window {
                *slot = (now, 0);
            }
            slot.1 += 1;
            slot.1
        };
        let all = overall.get_or_insert((now, 0));
        if fresh(all) > OVERALL {
            return false;
        }
        if clients.len() > 10_000 {
            clients.retain(|_, slot| now.duration_since(slot.0) < window);
        }
        fresh(clients.entry(client).or_insert((now, 0))) <= PER_CLIENT
    }
}

/// The address a request came from, when the server knows it: the peer,
/// or, when the peer is a trusted proxy, the last address its
/// `X-Forwarded-For` names that is not a trusted proxy too.
fn client_of(parts: &axum::http::request::Parts, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = parts
        .extensions
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip())?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded: Vec<IpAddr> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|address| address.trim().parse().ok())
        .collect();
    Some(
        forwarded
            .into_iter()
            .rev()
            .find(|address| !trusted.contains(address))
            .unwrap_or(peer),
    )
}

/// Whether two secrets are equal, in time independent of where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |diff, (x, y)| diff | (x ^ y))
            == 0
}

#[allow(dead_code, reason = "the state type of every handler")]
type AppState = State<Arc<WebApp>>;

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(peer: &str, forwarded: &[&str]) -> axum::http::request::Parts {
        let mut request = axum::http::Request::builder().uri("/signin/x");
        for value in forwarded {
            request = request.header("x-forwarded-for", *value);
        }
        let (mut parts, ()) = request.body(()).unwrap().into_parts();
        parts
            .extensions
            .insert(axum::extract::ConnectInfo(SocketAddr::new(
                peer.parse().unwrap(),
                50_000,
            )));
        parts
    }

    fn ip(address: &str) -> Option<IpAddr> {
        Some(address.parse().unwrap())
    }

    /// Found in a trial: behind the proxy every person was one address, so
    /// twenty bad links from anyone locked everyone out of signing in.
    #[test]
    fn the_client_is_who_a_trusted_proxy_says_and_nobody_else_is_believed() {
        let proxy = [ip("10.0.0.5").unwrap()];
        // No proxy trusted: the peer, whatever the header claims.
        assert_eq!(
            client_of(&parts("10.0.0.5", &["203.0.113.7"]), &[]),
            ip("10.0.0.5")
        );
        // Through the trusted proxy: the address it appended.
        assert_eq!(
            client_of(&parts("10.0.0.5", &["198.51.100.1, 203.0.113.7"]), &proxy),
            ip("203.0.113.7")
        );
        // A client's own forged entries come before the proxy's: ignored.
        assert_eq!(
            client_of(&parts("10.0.0.5", &["1.2.3.4", "203.0.113.9"]), &proxy),
            ip("203.0.113.9")
        );
        // Not through the proxy: its header is not believed.
        assert_eq!(
            client_of(&parts("203.0.113.50", &["1.2.3.4"]), &proxy),
            ip("203.0.113.50")
        );
        // The proxy without the header (its own health check): the proxy.
        assert_eq!(client_of(&parts("10.0.0.5", &[]), &proxy), ip("10.0.0.5"));
    }
}
