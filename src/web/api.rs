//! The JSON API under `/api/v1`: the same roles and access log as every
//! other face, a bearer token from `inmaek token create` per caller, and an
//! OpenAPI 3.1 document generated from this code (`/api/v1/openapi.json`).

use std::sync::Arc;

use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use super::WebApp;
use crate::domain::access::{Action, allowed};
use crate::domain::contact::parse_note;
use crate::domain::dates::parse_occurred_at;
use crate::domain::keys::{InteractionKind, PolicyArea, Track};
use crate::domain::names::PersonName;
use crate::domain::{Error, Lang};
use crate::i18n;
use crate::render::card::{CARD_INTERACTIONS, CardView};
use crate::store::StoreError;
use crate::store::audit::Actor;
use crate::store::interactions::{InteractionSummary, NewInteraction};
use crate::store::web::Bearer;

pub fn router() -> Router<Arc<WebApp>> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/contacts", get(search))
        .route("/contacts/{id}", get(contact))
        .route("/interactions", get(interactions).post(log))
        .route("/follow-ups", get(follow_ups))
        .route("/events", get(events))
        .route("/events/{id}", get(event))
        .route("/committees", get(committees))
        .route("/agreements", get(agreements))
        .route("/projects", get(projects))
        .route("/briefs/places/{key}", get(place_brief))
        .route("/briefs/contacts/{id}", get(person_brief))
        .fallback(no_such_address)
        .method_not_allowed_fallback(no_such_method)
}

/// Any other address under `/api/v1`: a JSON 404 in the caller's language.
async fn no_such_address(
    State(app): State<Arc<WebApp>>,
    headers: axum::http::HeaderMap,
) -> Response {
    refused_in_words(
        &app,
        &headers,
        StatusCode::NOT_FOUND,
        "not_found",
        "api-no-such-address",
    )
}

/// A method an address does not answer (`DELETE /api/v1/contacts/1`): a
/// JSON 405 in the caller's language.
async fn no_such_method(
    State(app): State<Arc<WebApp>>,
    headers: axum::http::HeaderMap,
) -> Response {
    refused_in_words(
        &app,
        &headers,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "api-no-such-method",
    )
}

/// A refusal with its code and Fluent message, in the language the caller
/// asks for.
fn refused_in_words(
    app: &WebApp,
    headers: &axum::http::HeaderMap,
    status: StatusCode,
    code: &str,
    key: &str,
) -> Response {
    let lang = super::ui::accepted_lang(headers).unwrap_or(app.config.lang);
    problem(status, code, crate::i18n::t(lang, key))
}

#[derive(Debug, OpenApi)]
#[openapi(
    info(title = "Inmaek API", version = "1", description = "Contacts, interactions, follow-ups and events of Inmaek, with the roles of the bot and the console. Every call needs `Authorization: Bearer TOKEN` (from `inmaek token create`)."),
    paths(search, contact, interactions, log, follow_ups, events, event, committees, agreements, projects, place_brief, person_brief),
    components(schemas(ApiError, Problem, Name, ContactMatch, Card, CardLine, Interaction, NewInteractionBody, FollowUp, Event, Invitee, EventWithInvitees, Institution)),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
pub struct ApiDoc;

#[derive(Debug)]
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

async fn openapi() -> Response {
    match ApiDoc::openapi().to_json() {
        Ok(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// An error: a stable code and one sentence in the caller's language.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    pub code: String,
    pub message: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiError {
    pub error: Problem,
}

fn problem(status: StatusCode, code: &str, message: String) -> Response {
    (
        status,
        Json(ApiError {
            error: Problem {
                code: code.to_owned(),
                message,
            },
        }),
    )
        .into_response()
}

/// The caller: a live bearer token, its user and their language.
#[derive(Debug)]
pub struct Caller {
    pub app: Arc<WebApp>,
    pub bearer: Bearer,
    pub lang: Lang,
}

impl FromRequestParts<Arc<WebApp>> for Caller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<WebApp>) -> Result<Self, Response> {
        let lang = super::ui::accepted_lang(&parts.headers);
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let unauthorized = |lang: Lang| {
            let mut response = problem(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                i18n::t(lang, "api-unauthorized"),
            );
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                axum::http::HeaderValue::from_static("Bearer"),
            );
            response
        };
        let Some(token) = token else {
            return Err(unauthorized(lang.unwrap_or(app.config.lang)));
        };
        match app.store.bearer(token).await {
            Ok(Some(bearer)) => Ok(Caller {
                app: app.clone(),
                lang: lang.unwrap_or(bearer.user.lang),
                bearer,
            }),
            Ok(None) => Err(unauthorized(lang.unwrap_or(app.config.lang))),
            Err(err) => {
                tracing::error!(error = %err, "reading an API token failed");
                let lang = lang.unwrap_or(app.config.lang);
                Err(problem(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "failed",
                    i18n::t(lang, "web-failed"),
                ))
            }
        }
    }
}

impl Caller {
    fn actor(&self) -> Actor {
        Actor::api(self.bearer.user.id)
    }

    fn require(&self, action: Action) -> Result<(), Response> {
        if allowed(self.bearer.user.role, action) {
            Ok(())
        } else {
            Err(problem(
                StatusCode::FORBIDDEN,
                "forbidden",
                i18n::t_args(
                    self.lang,
                    "web-not-allowed",
                    &[(
                        "role",
                        i18n::label(
                            self.lang,
                            crate::domain::keys::Role::KIND,
                            self.bearer.user.role.key(),
                        )
                        .into(),
                    )],
                ),
            ))
        }
    }

    /// A change: refused to a read-only token.
    fn require_write(&self, action: Action) -> Result<(), Response> {
        if self.bearer.read_only {
            return Err(problem(
                StatusCode::FORBIDDEN,
                "read_only",
                i18n::t(self.lang, "api-read-only"),
            ));
        }
        self.require(action)
    }

    fn failed(&self, err: StoreError) -> Response {
        match err {
            StoreError::Domain(err) => {
                let status = match err {
                    Error::ContactNotFound(_)
                    | Error::EventNotFound(_)
                    | Error::NotFound { .. } => StatusCode::NOT_FOUND,
                    _ => StatusCode::UNPROCESSABLE_ENTITY,
                };
                let code = if status == StatusCode::NOT_FOUND {
                    "not_found"
                } else {
                    "invalid"
                };
                problem(status, code, i18n::render(self.lang, &err.message()))
            }
            err => {
                tracing::error!(error = %err, "an API request failed");
                problem(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "failed",
                    i18n::t(self.lang, "web-failed"),
                )
            }
        }
    }

    fn words(&self) -> crate::render::Words {
        crate::render::Words::new(
            self.lang,
            self.app.config.time_zone,
            self.app.store.clock.now(),
        )
    }
}

/// A numeric id from the address, or a JSON 404.
#[derive(Debug, Clone, Copy)]
pub struct ApiId(pub i32);

impl FromRequestParts<Arc<WebApp>> for ApiId {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<WebApp>) -> Result<Self, Response> {
        match Path::<i32>::from_request_parts(parts, app).await {
            Ok(Path(id)) => Ok(ApiId(id)),
            Err(_) => Err(problem(
                StatusCode::NOT_FOUND,
                "not_found",
                i18n::t(request_lang(parts, app), "api-bad-address"),
            )),
        }
    }
}

/// The query string as `T`, or a JSON 422 in the caller's language.
#[derive(Debug, Clone)]
pub struct ApiQuery<T>(pub T);

impl<T: serde::de::DeserializeOwned + Send> FromRequestParts<Arc<WebApp>> for ApiQuery<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<WebApp>) -> Result<Self, Response> {
        match Query::<T>::from_request_parts(parts, app).await {
            Ok(Query(value)) => Ok(ApiQuery(value)),
            Err(_) => Err(problem(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                i18n::t(request_lang(parts, app), "api-bad-query"),
            )),
        }
    }
}

/// A JSON body refused: 415 when it is not JSON at all, else 422 naming
/// the field serde names (missing, unknown, or of the wrong type).
fn body_refused(lang: Lang, rejection: &axum::extract::rejection::JsonRejection) -> Response {
    use axum::extract::rejection::JsonRejection;
    if matches!(rejection, JsonRejection::MissingJsonContentType(_)) {
        return problem(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            i18n::t(lang, "api-not-json"),
        );
    }
    // serde's words: "missing field `kind`", "unknown field `foo`, expected
    // …", "invalid type: string \"1\", expected i32 at line 1 column 17";
    // only the field's name is taken from them.
    let text = rejection.body_text();
    let named = |marker: &str| {
        text.split_once(marker)
            .and_then(|(_, rest)| rest.split('`').next())
            .map(str::to_owned)
    };
    let message = if let Some(field) = named("missing field `") {
        i18n::t_args(lang, "api-missing-field", &[("field", field.into())])
    } else if let Some(field) = named("unknown field `") {
        i18n::t_args(lang, "api-unknown-field", &[("field", field.into())])
    } else if matches!(rejection, JsonRejection::JsonDataError(_)) {
        // axum puts the path of the value refused before serde's words
        // ("…target type: contacts: invalid type…"); "." is the body itself.
        let path = text
            .split_once("target type: ")
            .and_then(|(_, rest)| rest.split_once(": "))
            .map(|(path, _)| path.trim())
            .filter(|path| !path.is_empty() && *path != ".");
        match path {
            Some(field) => i18n::t_args(
                lang,
                "api-wrong-type-of",
                &[("field", field.to_owned().into())],
            ),
            None => i18n::t(lang, "api-wrong-type"),
        }
    } else {
        i18n::t(lang, "api-bad-body")
    };
    problem(StatusCode::UNPROCESSABLE_ENTITY, "invalid", message)
}

/// The language a request asks for, else the office's.
fn request_lang(parts: &Parts, app: &WebApp) -> Lang {
    super::ui::accepted_lang(&parts.headers).unwrap_or(app.config.lang)
}

macro_rules! tried {
    ($caller:expr, $call:expr) => {
        match $call {
            Ok(value) => value,
            Err(err) => return $caller.failed(StoreError::from(err)),
        }
    };
}

/// A name and its form (`hangul`, `hanzi`, `latin`, `alias`…).
#[derive(Debug, Serialize, ToSchema)]
pub struct Name {
    pub value: String,
    pub form: String,
}

fn names(names: &[PersonName]) -> Vec<Name> {
    names
        .iter()
        .map(|n| Name {
            value: n.value.clone(),
            form: n.form.key().to_owned(),
        })
        .collect()
}

/// A contact found by a search.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContactMatch {
    pub id: i32,
    /// The name to show in the caller's language.
    pub label: String,
    pub names: Vec<Name>,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Any name in any script: Hangul, Hanzi, pinyin, Latin, initials.
    pub q: String,
    /// At most this many (1 to 100, default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<usize>,
}

/// Finds contacts by any of their names in any script.
#[utoipa::path(get, path = "/api/v1/contacts", params(SearchParams),
    responses((status = 200, description = "The answer, in the caller's language", body = Vec<ContactMatch>), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError)))]
async fn search(caller: Caller, ApiQuery(params): ApiQuery<SearchParams>) -> Response {
    if let Err(refused) = caller.require(Action::ReadCard) {
        return refused;
    }
    let store = &caller.app.store;
    let limit = params.limit.unwrap_or(20).clamp(1, 100);
    if let Err(err) = super::pages::too_long(params.q.trim()) {
        return caller.failed(err.into());
    }
    let found = tried!(caller, store.find_contacts(&params.q, limit).await);
    let ids: Vec<i32> = found.iter().map(|m| m.id).collect();
    tried!(
        caller,
        store
            .record_access(
                caller.actor(),
                "search",
                &format!("query:{}", params.q.trim()),
                &ids
            )
            .await
    );
    Json(
        found
            .iter()
            .map(|m| ContactMatch {
                id: m.id,
                label: m.label(caller.lang),
                names: names(&m.names),
            })
            .collect::<Vec<_>>(),
    )
    .into_response()
}

/// One line of the card, as every face shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct CardLine {
    /// `facts`, `positions`, `reach`, `committees`, `honors`, `follow_ups`, `interactions`, `ties`, `notes`.
    pub section: String,
    pub text: String,
    /// The other contact a tie is with.
    pub contact: Option<i32>,
}

/// A contact's card: its records and the card in the caller's language.
#[derive(Debug, Serialize, ToSchema)]
pub struct Card {
    pub id: i32,
    pub names: Vec<Name>,
    pub categories: Vec<String>,
    pub place: Option<String>,
    pub owner: Option<String>,
    pub language: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub birthday: Option<NaiveDate>,
    /// `birthday` is a Korean lunar month and day (its solar day moves
    /// every year; the card's lines name the next one).
    pub birthday_lunar: bool,
    pub due_at: DateTime<Utc>,
    pub last_interaction_at: Option<DateTime<Utc>>,
    pub lines: Vec<CardLine>,
}

fn section_key(section: crate::render::card::Section) -> &'static str {
    use crate::render::card::Section as S;
    match section {
        S::Facts => "facts",
        S::Positions => "positions",
        S::Reach => "reach",
        S::Committees => "committees",
        S::Honors => "honors",
        S::FollowUps => "follow_ups",
        S::Interactions => "interactions",
        S::Ties => "ties",
        S::Notes => "notes",
    }
}

/// A contact's card (recorded in the access log).
#[utoipa::path(get, path = "/api/v1/contacts/{id}", params(("id" = i32, Path, description = "The contact's id")),
    responses((status = 200, description = "The answer, in the caller's language", body = Card), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError), (status = 404, description = "No such record", body = ApiError)))]
async fn contact(caller: Caller, ApiId(id): ApiId) -> Response {
    if let Err(refused) = caller.require(Action::ReadCard) {
        return refused;
    }
    let store = &caller.app.store;
    let (card, ties) = tried!(
        caller,
        store
            .read_card_with_ties(id, CARD_INTERACTIONS, caller.actor())
            .await
    );
    let view = CardView::new(&caller.words(), &card, &ties);
    Json(Card {
        id,
        names: names(&card.names),
        categories: card.categories.iter().map(|c| c.key().to_owned()).collect(),
        place: card.place.as_ref().map(|p| p.key.clone()),
        owner: card.owner.as_ref().map(|u| u.name.clone()),
        language: card.contact.lang.map(|l| l.tag().to_owned()),
        email: card.contact.email.clone(),
        phone: card.contact.phone.clone(),
        birthday: card.contact.birthday,
        birthday_lunar: card.contact.birthday_lunar,
        due_at: card.contact.due_at,
        last_interaction_at: card.contact.last_interaction_at,
        lines: view
            .lines
            .into_iter()
            .map(|l| CardLine {
                section: section_key(l.section).to_owned(),
                text: l.text,
                contact: l.contact,
            })
            .collect(),
    })
    .into_response()
}

/// An interaction with a counterpart.
#[derive(Debug, Serialize, ToSchema)]
pub struct Interaction {
    pub id: i32,
    pub occurred_at: DateTime<Utc>,
    pub kind: String,
    pub track: Option<String>,
    pub topics: Vec<String>,
    pub contacts: Vec<i32>,
    pub officers: Vec<String>,
    pub note: Option<String>,
    /// The interaction on one line, in the caller's language.
    pub summary: String,
}

fn interaction(words: &crate::render::Words, s: &InteractionSummary) -> Interaction {
    Interaction {
        id: s.interaction.id,
        occurred_at: s.interaction.occurred_at,
        kind: s.interaction.kind.key().to_owned(),
        track: s.interaction.track.map(|t| t.key().to_owned()),
        topics: s.topics.iter().map(|t| t.key().to_owned()).collect(),
        contacts: s.contact_ids.clone(),
        officers: s.officers.iter().map(|o| o.name.clone()).collect(),
        note: s.interaction.note.clone(),
        summary: crate::render::card::interaction_line(words, s, None),
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct InteractionParams {
    /// Only this contact's.
    pub contact: Option<i32>,
    /// At most this many (1 to 500, default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<u64>,
}

/// The latest interactions, newest first: of one contact, or of everyone.
#[utoipa::path(get, path = "/api/v1/interactions", params(InteractionParams),
    responses((status = 200, description = "The answer, in the caller's language", body = Vec<Interaction>), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError)))]
async fn interactions(caller: Caller, ApiQuery(params): ApiQuery<InteractionParams>) -> Response {
    if let Err(refused) = caller.require(Action::ReadCard) {
        return refused;
    }
    let store = &caller.app.store;
    let limit = params.limit.unwrap_or(50).clamp(1, 500);
    let found = tried!(caller, store.interactions_of(params.contact, limit).await);
    let mut subjects: Vec<i32> = found.iter().flat_map(|s| s.contact_ids.clone()).collect();
    subjects.sort_unstable();
    subjects.dedup();
    let scope = params
        .contact
        .map_or_else(|| "all".to_owned(), |c| format!("contact:{c}"));
    tried!(
        caller,
        store
            .record_access(caller.actor(), "interactions", &scope, &subjects)
            .await
    );
    let words = caller.words();
    Json(
        found
            .iter()
            .map(|s| interaction(&words, s))
            .collect::<Vec<_>>(),
    )
    .into_response()
}

/// An interaction to log, as the bot's `/log` records it. Unknown fields
/// are refused.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInteractionBody {
    /// The contacts met (ids).
    pub contacts: Vec<i32>,
    /// `meeting`, `call`, `message`, `event`, `visit` or `letter_gift`.
    pub kind: String,
    /// When it happened: RFC 3339, a local `YYYY-MM-DD HH:MM`, or a date
    /// (default: now). Not in the future.
    pub at: Option<String>,
    pub track: Option<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    pub note: Option<String>,
}

/// Logs an interaction (an officer; not with a read-only token).
#[utoipa::path(post, path = "/api/v1/interactions", request_body = NewInteractionBody,
    responses((status = 201, description = "Logged; the interaction as stored", body = Interaction), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError), (status = 415, description = "The body is not JSON", body = ApiError), (status = 422, description = "The request's fields or parameters were refused (the field named)", body = ApiError)))]
async fn log(
    caller: Caller,
    body: Result<Json<NewInteractionBody>, axum::extract::rejection::JsonRejection>,
) -> Response {
    if let Err(refused) = caller.require_write(Action::LogInteraction) {
        return refused;
    }
    let body = match body {
        Ok(Json(body)) => body,
        Err(rejection) => return body_refused(caller.lang, &rejection),
    };
    let store = caller.app.store.clone();
    let now = store.clock.now();
    let parsed = (|| -> Result<NewInteraction, Error> {
        if body.contacts.is_empty() {
            return Err(Error::Empty { field: "contacts" });
        }
        let occurred_at = match &body.at {
            Some(at) => parse_occurred_at("at", at, caller.app.config.time_zone, now)?,
            None => now,
        };
        Ok(NewInteraction {
            occurred_at,
            kind: InteractionKind::parse(&body.kind)?,
            contact_ids: {
                let mut ids = body.contacts.clone();
                ids.sort_unstable();
                ids.dedup();
                ids
            },
            officer_ids: Vec::new(),
            place: None,
            note: body
                .note
                .as_deref()
                .map(|n| parse_note("note", n))
                .transpose()?
                .flatten(),
            track: body.track.as_deref().map(Track::parse).transpose()?,
            topics: body
                .topics
                .iter()
                .map(|t| PolicyArea::parse(t))
                .collect::<Result<_, _>>()?,
            logged_by: Some(caller.bearer.user.id),
            follow_ups: Vec::new(),
        })
    })();
    let new = match parsed {
        Ok(new) => new,
        Err(err) => return caller.failed(err.into()),
    };
    for id in &new.contact_ids {
        tried!(caller, store.resolve_contact(&id.to_string()).await);
    }
    let record = tried!(
        caller,
        caller.actor().acting(store.log_interaction(new)).await
    );
    let summaries = tried!(
        caller,
        store.interactions_of(Some(record_contact(&body)), 20).await
    );
    match summaries.iter().find(|s| s.interaction.id == record.id) {
        Some(summary) => (
            StatusCode::CREATED,
            Json(interaction(&caller.words(), summary)),
        )
            .into_response(),
        None => StatusCode::CREATED.into_response(),
    }
}

fn record_contact(body: &NewInteractionBody) -> i32 {
    body.contacts.first().copied().unwrap_or_default()
}

/// An open follow-up.
#[derive(Debug, Serialize, ToSchema)]
pub struct FollowUp {
    pub id: i32,
    pub contact: i32,
    pub contact_name: String,
    pub what: String,
    pub due_on: NaiveDate,
    pub promised_by_seoul: bool,
}

/// The caller's open follow-ups falling due within a week (an officer).
#[utoipa::path(get, path = "/api/v1/follow-ups",
    responses((status = 200, description = "The answer, in the caller's language", body = Vec<FollowUp>), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError)))]
async fn follow_ups(caller: Caller) -> Response {
    if let Err(refused) = caller.require(Action::KeepInTouch) {
        return refused;
    }
    let store = &caller.app.store;
    let words = caller.words();
    let list = tried!(
        caller,
        store
            .due_list(
                caller.bearer.user.id,
                words.today + chrono::Days::new(7),
                false
            )
            .await
    );
    let subjects: Vec<i32> = list
        .follow_ups
        .iter()
        .map(|f| f.follow_up.contact_id)
        .collect();
    tried!(
        caller,
        store
            .record_access(
                caller.actor(),
                "due",
                &format!("user:{}", caller.bearer.user.id),
                &subjects
            )
            .await
    );
    Json(
        list.follow_ups
            .iter()
            .map(|f| FollowUp {
                id: f.follow_up.id,
                contact: f.follow_up.contact_id,
                contact_name: crate::render::due::contact_name(
                    caller.lang,
                    &f.names,
                    f.follow_up.contact_id,
                ),
                what: f.follow_up.what.clone(),
                due_on: f.follow_up.due_on,
                promised_by_seoul: f.follow_up.promised_by_seoul,
            })
            .collect::<Vec<_>>(),
    )
    .into_response()
}

/// An event.
#[derive(Debug, Serialize, ToSchema)]
pub struct Event {
    pub id: i32,
    pub title: String,
    pub kind: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: Option<DateTime<Utc>>,
    pub status: String,
    pub capacity: Option<i32>,
    pub venue: Option<String>,
    /// Invitations per status (`invited`, `accepted`, `waitlisted`…).
    pub invitations: std::collections::BTreeMap<String, i64>,
}

/// Every event, newest first.
#[utoipa::path(get, path = "/api/v1/events",
    responses((status = 200, description = "The answer, in the caller's language", body = Vec<Event>), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError)))]
async fn events(caller: Caller) -> Response {
    if let Err(refused) = caller.require(Action::ReadEvents) {
        return refused;
    }
    let store = &caller.app.store;
    let mut all = tried!(caller, store.all_events().await);
    all.sort_by_key(|e| std::cmp::Reverse(e.starts_at));
    let ids: Vec<i32> = all.iter().map(|e| e.id).collect();
    let counts = tried!(caller, store.invitation_counts(&ids).await);
    let places = tried!(caller, store.places_by_id().await);
    let words = caller.words();
    Json(
        all.iter()
            .map(|e| event_json(&caller, &words, e, &places, counts.get(&e.id)))
            .collect::<Vec<_>>(),
    )
    .into_response()
}

fn event_json(
    caller: &Caller,
    words: &crate::render::Words,
    e: &crate::store::records::Event,
    places: &std::collections::HashMap<i32, crate::store::records::Place>,
    counts: Option<&std::collections::HashMap<String, i64>>,
) -> Event {
    let view = crate::render::event::EventView::new(
        words,
        e,
        e.place_id.and_then(|p| places.get(&p)),
        caller.app.config.time_zone,
    );
    Event {
        id: e.id,
        title: view.title,
        kind: e.kind.key().to_owned(),
        starts_at: e.starts_at,
        ends_at: e.ends_at,
        status: e.status.to_string(),
        capacity: e.capacity,
        venue: view.venue,
        invitations: counts
            .map(|c| c.iter().map(|(k, v)| (k.clone(), *v)).collect())
            .unwrap_or_default(),
    }
}

/// Someone invited, and how they answered.
#[derive(Debug, Serialize, ToSchema)]
pub struct Invitee {
    pub contact: i32,
    pub name: String,
    pub status: String,
    pub responded_at: Option<DateTime<Utc>>,
}

/// An event with its invitations (recorded in the access log).
#[derive(Debug, Serialize, ToSchema)]
pub struct EventWithInvitees {
    pub event: Event,
    pub invitees: Vec<Invitee>,
}

/// One event and who is invited.
#[utoipa::path(get, path = "/api/v1/events/{id}", params(("id" = i32, Path, description = "The event's id")),
    responses((status = 200, description = "The answer, in the caller's language", body = EventWithInvitees), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError), (status = 404, description = "No such record", body = ApiError)))]
async fn event(caller: Caller, ApiId(id): ApiId) -> Response {
    if let Err(refused) = caller.require(Action::ReadEvents) {
        return refused;
    }
    let store = &caller.app.store;
    let found = tried!(caller, store.resolve_event(&id.to_string()).await);
    let attendees = tried!(caller, store.attendees(found.id).await);
    let subjects: Vec<i32> = attendees.iter().map(|a| a.invitation.contact_id).collect();
    tried!(
        caller,
        store
            .record_access(
                caller.actor(),
                "attendees",
                &format!("event:{}", found.id),
                &subjects
            )
            .await
    );
    let counts = tried!(caller, store.invitation_counts(&[found.id]).await);
    let places = tried!(caller, store.places_by_id().await);
    let words = caller.words();
    Json(EventWithInvitees {
        event: event_json(&caller, &words, &found, &places, counts.get(&found.id)),
        invitees: attendees
            .iter()
            .map(|a| Invitee {
                contact: a.invitation.contact_id,
                name: crate::render::due::contact_name(
                    caller.lang,
                    &a.names,
                    a.invitation.contact_id,
                ),
                status: a.invitation.status.to_string(),
                responded_at: a.invitation.responded_at,
            })
            .collect(),
    })
    .into_response()
}

/// A committee, an agreement or a project: its id, its name or state, and
/// the line every face shows for it.
#[derive(Debug, Serialize, ToSchema)]
pub struct Institution {
    pub id: i32,
    /// What it is called in the caller's language: the committee's name,
    /// the agreement's partner place, the project's title.
    pub name: String,
    pub line: String,
}

/// Answers a list of committees, agreements or projects: the read goes to
/// the access log under `action` (with the people seated or signing as its
/// subjects) and every view becomes a row.
async fn institutions<V>(
    caller: &Caller,
    action: &'static str,
    views: Vec<V>,
    subjects: impl Fn(&V) -> Vec<i32>,
    row: impl Fn(&crate::render::Words, &V) -> Institution,
) -> Response {
    let people: Vec<i32> = views.iter().flat_map(&subjects).collect();
    let rows = {
        let words = caller.words();
        views.iter().map(|v| row(&words, v)).collect::<Vec<_>>()
    };
    tried!(
        caller,
        caller
            .app
            .store
            .record_access(caller.actor(), action, "all", &people)
            .await
    );
    Json(rows).into_response()
}

/// Joint committees.
#[utoipa::path(get, path = "/api/v1/committees",
    responses((status = 200, description = "The answer, in the caller's language", body = Vec<Institution>), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError)))]
async fn committees(caller: Caller) -> Response {
    if let Err(refused) = caller.require(Action::ReadBrief) {
        return refused;
    }
    let store = &caller.app.store;
    let all = tried!(caller, store.committees().await);
    let views = tried!(caller, store.committee_views(all).await);
    let lang = caller.lang;
    institutions(
        &caller,
        "committee",
        views,
        |v| v.seats.iter().filter_map(|s| s.member.contact_id).collect(),
        |words, v| Institution {
            id: v.committee.id,
            name: crate::store::institutions::committee_name(&v.committee, lang).to_owned(),
            line: crate::render::institutions::committee_line(words, v),
        },
    )
    .await
}

/// Sister and friendship city ties and MOUs.
#[utoipa::path(get, path = "/api/v1/agreements",
    responses((status = 200, description = "The answer, in the caller's language", body = Vec<Institution>), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError)))]
async fn agreements(caller: Caller) -> Response {
    if let Err(refused) = caller.require(Action::ReadBrief) {
        return refused;
    }
    let views = tried!(caller, caller.app.store.agreement_views(&[]).await);
    let lang = caller.lang;
    institutions(
        &caller,
        "agreement",
        views,
        |v| v.signatories.iter().map(|(id, _)| *id).collect(),
        |words, v| Institution {
            id: v.agreement.id,
            name: v
                .place
                .as_ref()
                .map(|p| crate::store::reference::place_name(p, lang).to_owned())
                .unwrap_or_default(),
            line: crate::render::institutions::agreement_line(words, v),
        },
    )
    .await
}

/// Cooperation projects.
#[utoipa::path(get, path = "/api/v1/projects",
    responses((status = 200, description = "The answer, in the caller's language", body = Vec<Institution>), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError)))]
async fn projects(caller: Caller) -> Response {
    if let Err(refused) = caller.require(Action::ReadBrief) {
        return refused;
    }
    let views = tried!(caller, caller.app.store.project_views(&[]).await);
    let lang = caller.lang;
    institutions(
        &caller,
        "project",
        views,
        |_| Vec::new(),
        |words, v| Institution {
            id: v.project.id,
            name: crate::store::institutions::project_title(&v.project, lang).to_owned(),
            line: crate::render::institutions::project_line(words, v),
        },
    )
    .await
}

async fn brief(caller: Caller, target: crate::brief::make::Target) -> Response {
    if let Err(refused) = caller.require(Action::ReadBrief) {
        return refused;
    }
    let words = caller.words();
    let made = tried!(
        caller,
        crate::brief::make::make(
            &caller.app.store,
            target,
            words.today,
            caller.lang,
            caller.app.config.time_zone,
            caller.actor(),
        )
        .await
    );
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        made.html,
    )
        .into_response()
}

/// The relationship brief on a place as of today: one self-contained HTML
/// page in the caller's language.
#[utoipa::path(get, path = "/api/v1/briefs/places/{key}", params(("key" = String, Path, description = "A place key or any of its names")),
    responses((status = 200, description = "The answer, in the caller's language", content_type = "text/html", body = String), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError), (status = 404, description = "No such record", body = ApiError)))]
async fn place_brief(caller: Caller, Path(key): Path<String>) -> Response {
    brief(caller, crate::brief::make::Target::Place(key)).await
}

/// The relationship brief on a person as of today.
#[utoipa::path(get, path = "/api/v1/briefs/contacts/{id}", params(("id" = i32, Path, description = "The contact's id")),
    responses((status = 200, description = "The answer, in the caller's language", content_type = "text/html", body = String), (status = 401, description = "No valid bearer token", body = ApiError), (status = 403, description = "The token's user or access may not do this", body = ApiError), (status = 404, description = "No such record", body = ApiError)))]
async fn person_brief(caller: Caller, ApiId(id): ApiId) -> Response {
    brief(caller, crate::brief::make::Target::Contact(id.to_string())).await
}

#[allow(dead_code, reason = "the state the API's handlers share")]
type AppState = State<Arc<WebApp>>;
