//! Who is asking and in which language: the session behind the cookie, the
//! language (a choice made with `?lang=`, then `Accept-Language`, then the
//! user's own), and the frame every page shares.

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};

use super::WebApp;
use crate::domain::access::{Action, allowed};
use crate::domain::keys::Role;
use crate::domain::{Arg, Lang};
use crate::i18n;
use crate::render::Words;
use crate::store::audit::Actor;
use crate::store::web::Session;

pub const SESSION_COOKIE: &str = "inmaek_session";
pub const LANG_COOKIE: &str = "inmaek_lang";

/// The value of cookie `name`.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim().to_owned())
}

/// The first of our languages `Accept-Language` asks for, by weight.
pub fn accepted_lang(headers: &HeaderMap) -> Option<Lang> {
    let value = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    let mut ranked: Vec<(f32, usize, Lang)> = value
        .split(',')
        .enumerate()
        .filter_map(|(at, item)| {
            let mut parts = item.trim().split(';');
            let tag = parts.next()?.trim().to_ascii_lowercase();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let lang = match tag.split('-').next()? {
                "ko" => Lang::Ko,
                "zh" => Lang::ZhCn,
                "en" => Lang::En,
                _ => return None,
            };
            (weight > 0.0).then_some((weight, at, lang))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.first().map(|r| r.2)
}

/// Anyone asking: signed in or not, in their language.
#[derive(Debug, Clone)]
pub struct Visitor {
    pub app: Arc<WebApp>,
    pub session: Option<Session>,
    pub lang: Lang,
    /// Chosen with `?lang=` on this request: remembered in a cookie.
    pub chose_lang: bool,
    /// The request said which language it reads (`?lang=`, the cookie or
    /// `Accept-Language`); otherwise a page about a known user may speak
    /// theirs.
    pub lang_asked: bool,
    /// The path asked for, without the query (the language links).
    pub path: String,
    /// The query string as asked (the language links keep it).
    pub query: String,
    pub htmx: bool,
    /// The request came from the console's own pages (`Sec-Fetch-Site`,
    /// else `Origin`): a form from another site is refused even with a
    /// valid token.
    pub same_origin: bool,
}

impl FromRequestParts<Arc<WebApp>> for Visitor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<WebApp>) -> Result<Self, Response> {
        let mut visitor = Self::unsigned(parts, app);
        let session = match cookie(&parts.headers, SESSION_COOKIE) {
            // The database out of reach: the page that says so, in words.
            Some(value) if !value.is_empty() => app
                .store
                .session(&value)
                .await
                .map_err(|err| super::auth::failed(&visitor, err))?,
            _ => None,
        };
        // Nothing in the request says which language: the user's own.
        if let Some(session) = &session
            && !visitor.lang_asked
        {
            visitor.lang = session.user.lang;
        }
        visitor.session = session;
        Ok(visitor)
    }
}

impl Visitor {
    /// The visitor before the session is read: the language the request
    /// asks for, else the office's.
    fn unsigned(parts: &Parts, app: &Arc<WebApp>) -> Self {
        let query = parts.uri.query().unwrap_or_default().to_owned();
        let asked = url::form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| Lang::parse(&v).ok());
        let requested = asked
            .or_else(|| cookie(&parts.headers, LANG_COOKIE).and_then(|v| Lang::parse(&v).ok()))
            .or_else(|| accepted_lang(&parts.headers));
        Self {
            app: app.clone(),
            session: None,
            lang: requested.unwrap_or(app.config.lang),
            chose_lang: asked.is_some(),
            lang_asked: requested.is_some(),
            path: parts.uri.path().to_owned(),
            query,
            htmx: parts.headers.contains_key("hx-request"),
            same_origin: super::auth::same_origin(&parts.headers, &app.config.web_url),
        }
    }
}

/// A signed-in visitor: a page that needs a session answers anyone else
/// with the sign-in page.
#[derive(Debug, Clone)]
pub struct Signed {
    pub visitor: Visitor,
    pub session: Session,
}

/// The cookie that keeps the page asked for before signing in.
pub const NEXT_COOKIE: &str = "inmaek_next";

/// A page of this console to go back to: one slash, then not another
/// (`//host` and `/\\host` lead elsewhere), no control character, and a
/// whole page — not the API, a search's results alone, or signing in or
/// out.
pub fn local_path(path: &str) -> bool {
    let page = path.split('?').next().unwrap_or_default();
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control())
        && !page.starts_with("/api/")
        && !page.starts_with("/signin")
        && !page.starts_with("/static/")
        && !matches!(page, "/signout" | "/contacts/results")
}

impl FromRequestParts<Arc<WebApp>> for Signed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<WebApp>) -> Result<Self, Response> {
        let visitor = Visitor::from_request_parts(parts, app).await?;
        match visitor.session.clone() {
            Some(session) => Ok(Self { visitor, session }),
            None if visitor.htmx => {
                Err((StatusCode::UNAUTHORIZED, [("hx-redirect", "/")], "").into_response())
            }
            // The landing page, which says how to sign in; the page asked
            // for is kept for a quarter of an hour, to go back to after.
            None => {
                let mut response = Redirect::to("/").into_response();
                let asked = match parts.uri.query() {
                    Some(query) => format!("{}?{query}", parts.uri.path()),
                    None => parts.uri.path().to_owned(),
                };
                if parts.method == axum::http::Method::GET
                    && local_path(&asked)
                    && asked != "/"
                    && let Ok(value) = HeaderValue::from_str(&format!(
                        "{NEXT_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=900",
                        url::form_urlencoded::byte_serialize(asked.as_bytes()).collect::<String>()
                    ))
                {
                    response.headers_mut().insert(header::SET_COOKIE, value);
                }
                Err(response)
            }
        }
    }
}

impl Signed {
    pub fn role(&self) -> Role {
        self.session.user.role
    }

    pub fn actor(&self) -> Actor {
        Actor::web(self.session.user.id)
    }

    pub fn store(&self) -> &crate::store::Store {
        &self.visitor.app.store
    }

    pub fn words(&self) -> Words {
        self.visitor.words()
    }

    /// Refuses (403, in words) what the role does not allow.
    pub fn require(&self, action: Action) -> Result<(), Response> {
        if allowed(self.role(), action) {
            Ok(())
        } else {
            Err(self.visitor.refusal(
                StatusCode::FORBIDDEN,
                self.visitor.t_args(
                    "web-not-allowed",
                    &[(
                        "role",
                        i18n::label(self.visitor.lang, Role::KIND, self.role().key()).into(),
                    )],
                ),
            ))
        }
    }

    /// Refuses a form without this session's token.
    pub fn check_csrf(&self, token: Option<&str>) -> Result<(), Response> {
        if !self.visitor.same_origin {
            return Err(self
                .visitor
                .refusal(StatusCode::FORBIDDEN, self.visitor.t("web-form-elsewhere")));
        }
        match token {
            Some(token) if super::same_secret(token, &self.session.csrf) => Ok(()),
            _ => Err(self
                .visitor
                .refusal(StatusCode::FORBIDDEN, self.visitor.t("web-form-expired"))),
        }
    }

    pub fn frame(&self, title: String) -> Frame {
        self.visitor.frame(title)
    }
}

impl Visitor {
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    pub fn t_args(&self, key: &str, args: &[(&'static str, Arg)]) -> String {
        i18n::t_args(self.lang, key, args)
    }

    pub fn words(&self) -> Words {
        Words::new(
            self.lang,
            self.app.config.time_zone,
            self.app.store.clock.now(),
        )
    }

    /// The frame of a page titled `title`.
    pub fn frame(&self, title: String) -> Frame {
        let role = self.session.as_ref().map(|s| s.user.role);
        let may = |action| role.is_some_and(|r| allowed(r, action));
        let mut nav = Vec::new();
        let mut link = |href: &'static str, key: &str| {
            nav.push(NavLink {
                href,
                label: i18n::t(self.lang, key),
                current: self.path == href
                    || (href != "/" && self.path.starts_with(&format!("{href}/"))),
            })
        };
        if role.is_some() {
            link("/", "web-nav-home");
        }
        if may(Action::ReadCard) {
            link("/contacts", "web-nav-contacts");
        }
        if may(Action::ReadBrief) {
            link("/places", "web-nav-places");
            link("/institutions", "web-nav-institutions");
            link("/office", "web-nav-office");
        }
        if may(Action::KeepInTouch) {
            link("/due", "web-nav-due");
        }
        if may(Action::ReadEvents) {
            link("/events", "web-nav-events");
        }
        if may(Action::ManageUsers) {
            link("/admin/users", "web-nav-users");
        }
        if may(Action::ReadAudit) {
            link("/admin/access", "web-nav-access");
        }
        // The same page, its other parameters kept (a search stays).
        let kept: String = url::form_urlencoded::parse(self.query.as_bytes())
            .filter(|(k, _)| !["lang", "saved", "invited", "unreachable"].contains(&k.as_ref()))
            .fold(
                url::form_urlencoded::Serializer::new(String::new()),
                |mut out, (k, v)| {
                    out.append_pair(&k, &v);
                    out
                },
            )
            .finish();
        let here = self.path.clone();
        let langs = [Lang::Ko, Lang::ZhCn, Lang::En]
            .into_iter()
            .map(|lang| LangLink {
                href: if kept.is_empty() {
                    format!("{here}?lang={}", lang.tag())
                } else {
                    format!("{here}?{kept}&lang={}", lang.tag())
                },
                tag: lang.tag(),
                name: lang_name(lang),
                current: lang == self.lang,
            })
            .collect();
        Frame {
            lang: self.lang.tag(),
            title,
            app_name: self.t("web-app-name"),
            nav,
            langs,
            csrf: self
                .session
                .as_ref()
                .map(|s| s.csrf.clone())
                .unwrap_or_default(),
            skip: self.t("web-skip"),
            nav_label: self.t("web-nav-label"),
            lang_label: self.t("web-lang-label"),
            sign_out: self.t("web-sign-out"),
            signed_in_as: self.session.as_ref().map(|s| {
                self.t_args(
                    "web-signed-in-as",
                    &[
                        ("name", s.user.name.clone().into()),
                        (
                            "role",
                            i18n::label(self.lang, Role::KIND, s.user.role.key()).into(),
                        ),
                    ],
                )
            }),
        }
    }

    /// A page of `html`, with the language cookie when one was chosen.
    pub fn page(&self, status: StatusCode, html: Result<String, askama::Error>) -> Response {
        let html = match html {
            Ok(html) => html,
            Err(err) => {
                tracing::error!(error = %err, "rendering a page failed");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        };
        let mut response = (status, Html(html)).into_response();
        if self.chose_lang {
            let mut cookie = format!(
                "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                self.lang.tag()
            );
            if self.app.secure() {
                cookie.push_str("; Secure");
            }
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
        }
        response
    }

    /// A page saying one sentence: a refusal, a link not valid, nothing here.
    pub fn refusal(&self, status: StatusCode, message: String) -> Response {
        use askama::Template;
        // The page says what happened in its title (it read "Inmaek ·
        // Inmaek"); a value echoed from the address shows no control
        // character (a NUL was sent back as it came).
        let title = match status {
            StatusCode::NOT_FOUND => "web-title-not-found",
            StatusCode::FORBIDDEN | StatusCode::UNAUTHORIZED => "web-title-forbidden",
            status if status.is_server_error() => "web-title-failed",
            _ => "web-title-refused",
        };
        let message = message
            .chars()
            .map(|c| match c {
                '\n' | '\t' => c,
                c if c.is_control() => '\u{fffd}',
                c => c,
            })
            .collect();
        let page = super::pages::MessagePage {
            frame: self.frame(self.t(title)),
            message,
        };
        self.page(status, page.render())
    }
}

/// The language's own name for the switcher.
fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ko => "한국어",
        Lang::ZhCn => "中文",
        Lang::En => "English",
    }
}

/// A link of the navigation.
#[derive(Debug, Clone)]
pub struct NavLink {
    pub href: &'static str,
    pub label: String,
    pub current: bool,
}

/// A link of the language switcher.
#[derive(Debug, Clone)]
pub struct LangLink {
    pub href: String,
    pub tag: &'static str,
    pub name: &'static str,
    pub current: bool,
}

/// What every page's frame shows: title, navigation, languages, who is
/// signed in, the form token.
#[derive(Debug, Clone)]
pub struct Frame {
    pub lang: &'static str,
    pub title: String,
    pub app_name: String,
    pub nav: Vec<NavLink>,
    pub langs: Vec<LangLink>,
    pub signed_in_as: Option<String>,
    pub csrf: String,
    pub skip: String,
    pub nav_label: String,
    pub lang_label: String,
    pub sign_out: String,
}

/// A numeric id from the address (`/contacts/{id}`); anything else is
/// answered with one localized sentence, not the framework's English.
#[derive(Debug, Clone, Copy)]
pub struct Id(pub i32);

impl FromRequestParts<Arc<WebApp>> for Id {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<WebApp>) -> Result<Self, Response> {
        match axum::extract::Path::<i32>::from_request_parts(parts, app).await {
            Ok(axum::extract::Path(id)) => Ok(Id(id)),
            Err(_) => {
                let visitor = Visitor::from_request_parts(parts, app).await?;
                Err(visitor.refusal(StatusCode::NOT_FOUND, visitor.t("web-bad-address")))
            }
        }
    }
}

/// The query string as `T`; a value that does not parse is answered with
/// one localized sentence.
#[derive(Debug, Clone)]
pub struct Q<T>(pub T);

impl<T: serde::de::DeserializeOwned + Send> FromRequestParts<Arc<WebApp>> for Q<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<WebApp>) -> Result<Self, Response> {
        match axum::extract::Query::<T>::from_request_parts(parts, app).await {
            Ok(axum::extract::Query(value)) => Ok(Q(value)),
            Err(_) => {
                let visitor = Visitor::from_request_parts(parts, app).await?;
                Err(visitor.refusal(StatusCode::BAD_REQUEST, visitor.t("web-bad-address")))
            }
        }
    }
}

/// A posted form as `T`; a body that is not a form (another content type,
/// bytes that do not decode) is answered with one localized sentence, not
/// the framework's English.
#[derive(Debug, Clone)]
pub struct F<T>(pub T);

impl<T: serde::de::DeserializeOwned + Send> axum::extract::FromRequest<Arc<WebApp>> for F<T> {
    type Rejection = Response;

    async fn from_request(
        request: axum::extract::Request,
        app: &Arc<WebApp>,
    ) -> Result<Self, Response> {
        // What the refusal's language is read from, kept before the body
        // is taken (the address and the headers).
        let mut probe = axum::http::Request::new(());
        *probe.uri_mut() = request.uri().clone();
        *probe.headers_mut() = request.headers().clone();
        match axum::extract::Form::<T>::from_request(request, app).await {
            Ok(axum::extract::Form(value)) => Ok(F(value)),
            Err(rejection) => {
                let (mut parts, ()) = probe.into_parts();
                let visitor = Visitor::from_request_parts(&mut parts, app).await?;
                let status = match rejection {
                    axum::extract::rejection::FormRejection::InvalidFormContentType(_) => {
                        StatusCode::UNSUPPORTED_MEDIA_TYPE
                    }
                    _ => StatusCode::BAD_REQUEST,
                };
                Err(visitor.refusal(status, visitor.t("web-bad-form")))
            }
        }
    }
}

/// A domain refusal in a form's words: the `field` it names (`org`,
/// `name`) becomes the form's label for it, as `input` maps it to the
/// form's input and the label's key. The message, and the input it is
/// about (to mark).
pub fn refusal_for_form(
    lang: Lang,
    err: &crate::domain::Error,
    input: impl Fn(&str) -> Option<(&'static str, String)>,
) -> (String, Option<&'static str>) {
    use crate::domain::message::Arg as A;
    let mut message = err.message();
    let mut named = None;
    for (name, arg) in &mut message.args {
        if let (&mut "field", A::Str(field)) = (name, &*arg)
            && let Some((field, label)) = input(field)
        {
            named = Some(field);
            *arg = A::Label(label);
        }
    }
    (i18n::render(lang, &message), named)
}
