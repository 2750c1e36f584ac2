//! Signing in by a one-time link, and out. The link's GET only asks to
//! confirm (link previews and scanners fetch addresses); the POST uses it.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::WebApp;
use super::ui::{F, Frame, SESSION_COOKIE, Signed, Visitor, cookie};
use crate::store::StoreError;

#[derive(Template)]
#[template(path = "signin.html")]
pub struct ConfirmPage {
    pub frame: Frame,
    pub token: String,
    pub prompt: String,
    pub button: String,
}

fn limited(visitor: &Visitor, parts_client: Option<std::net::IpAddr>) -> Option<Response> {
    (!visitor.app.limiter.allow(parts_client)).then(|| {
        let mut response = visitor.refusal(
            StatusCode::TOO_MANY_REQUESTS,
            visitor.t("web-sign-in-too-many"),
        );
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
        response
    })
}

/// `GET /signin/{token}`: whose link it is, and a button to sign in.
pub async fn confirm(mut visitor: Visitor, client: Client, Path(token): Path<String>) -> Response {
    if let Some(response) = limited(&visitor, client.0) {
        return response;
    }
    let user = match visitor.app.store.sign_in_link_user(&token).await {
        Ok(user) => user,
        Err(err) => return failed(&visitor, err),
    };
    let Some(user) = user else {
        return visitor.refusal(
            StatusCode::NOT_FOUND,
            crate::i18n::render(
                visitor.lang,
                &crate::domain::Error::SignInLinkInvalid.message(),
            ),
        );
    };
    // Nothing in the request says which language: the link's owner's.
    if !visitor.lang_asked {
        visitor.lang = user.lang;
    }
    let page = ConfirmPage {
        frame: visitor.frame(visitor.t("web-sign-in-title")),
        token,
        prompt: visitor.t_args("web-sign-in-prompt", &[("name", user.name.into())]),
        button: visitor.t("web-sign-in-button"),
    };
    visitor.page(StatusCode::OK, page.render())
}

/// `POST /signin/{token}`: uses the link, sets the session cookie.
pub async fn sign_in(
    visitor: Visitor,
    client: Client,
    headers: axum::http::HeaderMap,
    Path(token): Path<String>,
) -> Response {
    if let Some(response) = limited(&visitor, client.0) {
        return response;
    }
    // Signed in only from the console's own page: another site may not sign
    // a browser into an account of its choosing.
    if !same_origin(&headers, &visitor.app.config.web_url) {
        return visitor.refusal(StatusCode::FORBIDDEN, visitor.t("web-sign-in-elsewhere"));
    }
    let user = match visitor.app.store.sign_in_link_user(&token).await {
        Ok(user) => user,
        Err(err) => return failed(&visitor, err),
    };
    let actor = match user {
        Some(user) => crate::store::audit::Actor::web(user.id),
        None => crate::store::audit::Actor::SYSTEM,
    };
    let session = match actor.acting(visitor.app.store.sign_in(&token)).await {
        Ok(session) => session,
        Err(err) => return failed(&visitor, err),
    };
    let mut cookie = format!(
        "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Strict; Max-Age={}",
        session.cookie,
        crate::store::web::SESSION_MAX.num_seconds()
    );
    if visitor.app.secure() {
        cookie.push_str("; Secure");
    }
    // Back to the page asked for before signing in (kept by the redirect
    // to the landing page), when it is one of the console's own.
    let back = cookie_value(&headers, super::ui::NEXT_COOKIE)
        .filter(|path| super::ui::local_path(path))
        .unwrap_or_else(|| "/".to_owned());
    let mut response = Redirect::to(&back).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    if let Ok(value) = HeaderValue::from_str(&format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0",
        super::ui::NEXT_COOKIE
    )) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// A cookie's value, decoded from the percent-encoding it was set with.
fn cookie_value(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    let raw = cookie(headers, name)?;
    url::form_urlencoded::parse(raw.as_bytes())
        .next()
        .map(|(value, _)| value.into_owned())
}

/// Whether a POST comes from this console. A browser says where a request
/// comes from in `Sec-Fetch-Site` (same-origin, or none when typed);
/// without it, its `Origin` must be the console's address or the host the
/// request was sent to — `null` (a sandboxed frame, a redirect from
/// elsewhere) is not. A request with neither is no browser's form (the
/// session's token still has to be right).
pub(super) fn same_origin(headers: &axum::http::HeaderMap, web_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return site == "same-origin" || site == "none";
    }
    let origin = match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => return true,
        Some("null") => return false,
        Some(origin) => origin,
    };
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    origin == web_url
        || host.is_some_and(|host| {
            origin == format!("http://{host}") || origin == format!("https://{host}")
        })
}

/// A form that carries only the session's token.
#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    pub csrf: Option<String>,
}

/// `POST /signout`: ends this session.
pub async fn sign_out(
    State(app): State<Arc<WebApp>>,
    signed: Signed,
    headers: axum::http::HeaderMap,
    F(form): F<CsrfForm>,
) -> Response {
    if let Err(refused) = signed.check_csrf(form.csrf.as_deref()) {
        return refused;
    }
    if let Some(value) = cookie(&headers, SESSION_COOKIE)
        && let Err(err) = signed.actor().acting(app.store.sign_out(&value)).await
    {
        return failed(&signed.visitor, err);
    }
    let mut response = Redirect::to("/").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("inmaek_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"),
    );
    response
}

/// A store failure as a page: a domain refusal in words (400), anything
/// else logged and answered 500.
pub fn failed(visitor: &Visitor, err: StoreError) -> Response {
    match err {
        StoreError::Domain(err) => {
            let status = match err {
                crate::domain::Error::SignInLinkInvalid => StatusCode::NOT_FOUND,
                crate::domain::Error::ContactNotFound(_)
                | crate::domain::Error::EventNotFound(_)
                | crate::domain::Error::UserNotFound(_)
                | crate::domain::Error::NotFound { .. } => StatusCode::NOT_FOUND,
                _ => StatusCode::BAD_REQUEST,
            };
            visitor.refusal(status, crate::i18n::render(visitor.lang, &err.message()))
        }
        err => {
            tracing::error!(error = %err, "a console request failed");
            visitor.refusal(StatusCode::INTERNAL_SERVER_ERROR, visitor.t("web-failed"))
        }
    }
}

/// The client's address, when the server knows it.
#[derive(Debug, Clone, Copy)]
pub struct Client(pub Option<std::net::IpAddr>);

impl axum::extract::FromRequestParts<Arc<WebApp>> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &Arc<WebApp>,
    ) -> Result<Self, Self::Rejection> {
        Ok(Client(super::client_of(parts, &app.config.trusted_proxies)))
    }
}
