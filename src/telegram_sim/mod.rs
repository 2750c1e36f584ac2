//! An in-process fake Telegram Bot API on 127.0.0.1, for tests and
//! `inmaek demo`. It speaks what the bot uses — getMe, getUpdates (long
//! poll with offset), sendMessage, editMessageText, editMessageReplyMarkup,
//! answerCallbackQuery, sendDocument (multipart), setMyCommands,
//! deleteWebhook, getWebhookInfo — records every call, and can be told to
//! answer 429 (with `retry_after`), 403 (blocked) or 500.
//!
//! teloxide is pointed at it with `Bot::set_api_url`, or `TELOXIDE_API_URL`:
//! the bot's code path is the production one.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};
use tokio::sync::Notify;

use crate::clock::Clock;

/// The bot's own Telegram user id in the simulation.
pub const BOT_USER_ID: i64 = 7_000_000_001;
pub const BOT_USERNAME: &str = "inmaek_bot";

/// A failure the fake server answers with, once, for a method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// 429 with `parameters.retry_after`.
    TooManyRequests { retry_after: u32 },
    /// 403: the user blocked the bot.
    Blocked,
    /// 500.
    ServerError,
    /// 400 with a description Telegram uses for malformed requests.
    BadRequest,
}

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    /// The method as sent (teloxide sends PascalCase: `SendMessage`).
    pub method: String,
    pub params: Value,
    /// What the server answered: the `result`, or the error.
    pub response: Value,
    /// When the request arrived (to check rate limits).
    pub at: std::time::Instant,
}

impl Call {
    /// The method in lower case, for comparisons (`sendmessage`).
    pub fn name(&self) -> String {
        self.method.to_lowercase()
    }

    pub fn chat_id(&self) -> Option<i64> {
        self.params.get("chat_id").map(|_| chat_id_of(&self.params))
    }

    pub fn text(&self) -> Option<&str> {
        self.params.get("text").and_then(Value::as_str)
    }

    /// The inline buttons sent with the message: (label, callback data) by row.
    pub fn buttons(&self) -> Vec<Vec<(String, String)>> {
        let markup = markup_of(&self.params).unwrap_or(Value::Null);
        markup
            .get("inline_keyboard")
            .and_then(Value::as_array)
            .map(|rows| {
                rows.iter()
                    .map(|row| {
                        row.as_array()
                            .map(|buttons| {
                                buttons
                                    .iter()
                                    .map(|b| {
                                        let label = b
                                            .get("text")
                                            .and_then(Value::as_str)
                                            .unwrap_or_default();
                                        let data = b
                                            .get("callback_data")
                                            .and_then(Value::as_str)
                                            .unwrap_or_default();
                                        (label.to_owned(), data.to_owned())
                                    })
                                    .collect()
                            })
                            .unwrap_or_default()
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The message id this call created or edited.
    /// The reply markup sent with the call, if any.
    pub fn markup(&self) -> Option<Value> {
        markup_of(&self.params)
    }

    pub fn message_id(&self) -> Option<i64> {
        self.response
            .get("message_id")
            .and_then(Value::as_i64)
            .or_else(|| self.params.get("message_id").and_then(Value::as_i64))
    }
}

/// A person talking to the bot.
#[derive(Debug, Clone)]
pub struct SimUser {
    pub id: i64,
    pub first_name: String,
    pub language_code: Option<String>,
}

impl SimUser {
    pub fn new(id: i64, first_name: &str, language_code: Option<&str>) -> Self {
        Self {
            id,
            first_name: first_name.to_owned(),
            language_code: language_code.map(str::to_owned),
        }
    }

    fn json(&self) -> Value {
        let mut user = json!({ "id": self.id, "is_bot": false, "first_name": self.first_name });
        if let Some(code) = &self.language_code {
            user["language_code"] = json!(code);
        }
        user
    }
}

#[derive(Debug, Default)]
struct Inner {
    updates: Vec<Value>,
    next_update_id: i64,
    next_message_id: i64,
    calls: Vec<Call>,
    failures: VecDeque<(String, Failure)>,
    /// The text and buttons of every message the bot sent or edited, by
    /// (chat, message id); the latest entry is the message as it stands.
    messages: Vec<(i64, i64, Value, Value)>,
}

#[derive(Debug, Default)]
struct Shared {
    /// Gives messages their `date`: the test's clock, or the system's.
    clock: Clock,
    inner: Mutex<Inner>,
    calls_changed: Notify,
    updates_changed: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Now in Unix seconds, as Telegram dates messages.
    fn unix_now(&self) -> i64 {
        self.clock.now().timestamp()
    }
}

/// The running fake server. Dropping it stops the server.
#[derive(Debug)]
pub struct TelegramSim {
    addr: SocketAddr,
    shared: Arc<Shared>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for TelegramSim {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl TelegramSim {
    /// Starts the server on 127.0.0.1 on a free port; messages are dated
    /// by the system clock.
    pub async fn start() -> std::io::Result<Self> {
        Self::start_with_clock(Clock::System).await
    }

    /// Starts the server, dating messages by `clock` (the bot's own, so a
    /// forwarded message's date and the bot's "now" agree).
    pub async fn start_with_clock(clock: Clock) -> std::io::Result<Self> {
        let shared = Arc::new(Shared {
            clock,
            ..Shared::default()
        });
        {
            let mut inner = shared.lock();
            inner.next_update_id = 1;
            inner.next_message_id = 1;
        }
        let app = Router::new()
            .route("/{bot}/{method}", post(handle))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(Self {
            addr,
            shared,
            server,
        })
    }

    /// The base URL for `Bot::set_api_url` / `TELOXIDE_API_URL`.
    pub fn api_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Numbers the next updates from `first` on (Telegram's ids only grow;
    /// a bot restarted on the same database must not see old ids again).
    pub fn start_update_ids_at(&self, first: i64) {
        let mut inner = self.shared.lock();
        inner.next_update_id = inner.next_update_id.max(first);
    }

    /// Queues an update; assigns `update_id` when it has none. Returns it.
    pub fn push_update(&self, mut update: Value) -> i64 {
        let id = {
            let mut inner = self.shared.lock();
            let id = match update.get("update_id").and_then(Value::as_i64) {
                Some(id) => id,
                None => {
                    let id = inner.next_update_id;
                    update["update_id"] = json!(id);
                    id
                }
            };
            inner.next_update_id = inner.next_update_id.max(id + 1);
            inner.updates.push(update);
            id
        };
        self.shared.updates_changed.notify_waiters();
        id
    }

    fn next_message_id(&self) -> i64 {
        let mut inner = self.shared.lock();
        let id = inner.next_message_id;
        inner.next_message_id += 1;
        id
    }

    /// The update a private message from `user` makes.
    pub fn text_update(&self, user: &SimUser, text: &str) -> Value {
        json!({
            "message": {
                "message_id": self.next_message_id(),
                "date": self.shared.unix_now(),
                "chat": { "id": user.id, "type": "private", "first_name": user.first_name },
                "from": user.json(),
                "text": text,
            }
        })
    }

    /// A private text message from `user`. Returns the update id.
    pub fn send_text(&self, user: &SimUser, text: &str) -> i64 {
        let update = self.text_update(user, text);
        self.push_update(update)
    }

    /// A message in a group chat.
    pub fn send_group_text(&self, user: &SimUser, group_id: i64, text: &str) -> i64 {
        let update = json!({
            "message": {
                "message_id": self.next_message_id(),
                "date": self.shared.unix_now(),
                "chat": { "id": group_id, "type": "group", "title": "Office" },
                "from": user.json(),
                "text": text,
            }
        });
        self.push_update(update)
    }

    /// A message `user` forwards from someone else (`sender` is their
    /// Telegram user; `None` means a hidden account known only by `name`).
    pub fn forward_text(
        &self,
        user: &SimUser,
        sender: Option<&SimUser>,
        name: &str,
        text: &str,
    ) -> i64 {
        let origin = match sender {
            Some(sender) => {
                json!({ "type": "user", "date": self.shared.unix_now() - 3600, "sender_user": sender.json() })
            }
            None => {
                json!({ "type": "hidden_user", "date": self.shared.unix_now() - 3600, "sender_user_name": name })
            }
        };
        let update = json!({
            "message": {
                "message_id": self.next_message_id(),
                "date": self.shared.unix_now(),
                "chat": { "id": user.id, "type": "private", "first_name": user.first_name },
                "from": user.json(),
                "forward_origin": origin,
                "text": text,
            }
        });
        self.push_update(update)
    }

    /// The inline keyboard of the bot's message `message_id` in `chat`, as
    /// the client shows it now.
    pub fn keyboard_of(&self, chat: i64, message_id: i64) -> Option<serde_json::Value> {
        let inner = self.shared.lock();
        inner
            .messages
            .iter()
            .rev()
            .find(|(c, id, _, _)| *c == chat && *id == message_id)
            .map(|(_, _, _, markup)| markup.clone())
            .filter(|markup| !markup.is_null())
    }

    /// `user` presses an inline button with `data` under the bot's message `message_id`.
    pub fn press_button(&self, user: &SimUser, message_id: i64, data: &str) -> i64 {
        let (text, markup) = {
            let inner = self.shared.lock();
            inner
                .messages
                .iter()
                .rev()
                .find(|(chat, id, _, _)| *chat == user.id && *id == message_id)
                .map(|(_, _, text, markup)| {
                    (
                        text.as_str().map(str::to_owned).unwrap_or_default(),
                        markup.clone(),
                    )
                })
                .unwrap_or_default()
        };
        let update = json!({
            "callback_query": {
                "id": format!("cb{}", self.next_message_id()),
                "from": user.json(),
                "chat_instance": format!("ci{}", user.id),
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": self.shared.unix_now(),
                    "chat": { "id": user.id, "type": "private", "first_name": user.first_name },
                    "from": { "id": BOT_USER_ID, "is_bot": true, "first_name": "Inmaek", "username": BOT_USERNAME },
                    "text": text,
                }
            }
        });
        let mut update = update;
        if !markup.is_null() {
            update["callback_query"]["message"]["reply_markup"] = markup;
        }
        self.push_update(update)
    }

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// The calls recorded after the first `after` (cheap to poll: only the
    /// new ones are copied).
    pub fn calls_since(&self, after: usize) -> Vec<Call> {
        self.shared
            .lock()
            .calls
            .get(after..)
            .map(<[Call]>::to_vec)
            .unwrap_or_default()
    }

    /// How many calls were recorded so far (a cursor for `wait_for_call_after`).
    pub fn call_count(&self) -> usize {
        self.shared.lock().calls.len()
    }

    /// The next call after the first `after` calls that satisfies `matches`,
    /// waiting up to `timeout`.
    pub async fn wait_for_call_after(
        &self,
        after: usize,
        timeout: Duration,
        matches: impl Fn(&Call) -> bool,
    ) -> Option<Call> {
        let deadline = Instant::now() + timeout;
        loop {
            let notified = self.shared.calls_changed.notified();
            if let Some(call) = self
                .shared
                .lock()
                .calls
                .iter()
                .skip(after)
                .find(|c| matches(c))
                .cloned()
            {
                return Some(call);
            }
            let left = deadline.checked_duration_since(Instant::now())?;
            if tokio::time::timeout(left, notified).await.is_err() {
                return self
                    .shared
                    .lock()
                    .calls
                    .iter()
                    .skip(after)
                    .find(|c| matches(c))
                    .cloned();
            }
        }
    }

    /// Whether every update pushed so far has been fetched and confirmed.
    pub fn pending_updates(&self) -> usize {
        self.shared.lock().updates.len()
    }

    /// The next call of `method` fails with `failure`.
    pub fn fail_next(&self, method: &str, failure: Failure) {
        self.shared
            .lock()
            .failures
            .push_back((method.to_lowercase(), failure));
    }
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((_bot, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let is_multipart = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let params = if is_multipart {
        parse_multipart(&headers, body).await
    } else if body.is_empty() {
        json!({})
    } else {
        serde_json::from_slice(&body).unwrap_or(json!({}))
    };
    let name = method.to_lowercase();

    let failure = {
        let mut inner = shared.lock();
        let position = inner.failures.iter().position(|(m, _)| *m == name);
        position
            .and_then(|p| inner.failures.remove(p))
            .map(|(_, f)| f)
    };
    if let Some(failure) = failure {
        let (status, body) = match failure {
            Failure::TooManyRequests { retry_after } => (
                StatusCode::TOO_MANY_REQUESTS,
                json!({ "ok": false, "error_code": 429, "description": format!("Too Many Requests: retry after {retry_after}"), "parameters": { "retry_after": retry_after } }),
            ),
            Failure::Blocked => (
                StatusCode::FORBIDDEN,
                json!({ "ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user" }),
            ),
            Failure::BadRequest => (
                StatusCode::BAD_REQUEST,
                json!({ "ok": false, "error_code": 400, "description": "Bad Request: can't parse entities: unsupported start tag" }),
            ),
            Failure::ServerError => (
                StatusCode::INTERNAL_SERVER_ERROR,
                json!({ "ok": false, "error_code": 500, "description": "Internal Server Error" }),
            ),
        };
        record(&shared, &method, params, body.clone());
        return (status, axum::Json(body)).into_response();
    }

    if name == "getupdates" {
        return get_updates(&shared, params).await.into_response();
    }

    let result = match name.as_str() {
        "getme" => json!({
            "id": BOT_USER_ID, "is_bot": true, "first_name": "Inmaek", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false, "supports_inline_queries": false,
            "can_connect_to_business": false, "has_main_web_app": false
        }),
        "sendmessage" | "senddocument" => {
            let chat_id = chat_id_of(&params);
            let message_id = {
                let mut inner = shared.lock();
                let id = inner.next_message_id;
                inner.next_message_id += 1;
                id
            };
            let mut message = bot_message(&shared, chat_id, message_id);
            if let Some(text) = params.get("text") {
                message["text"] = text.clone();
            }
            if let Some(markup) = markup_of(&params) {
                message["reply_markup"] = markup;
            }
            if name == "senddocument" {
                let file_name = params
                    .pointer("/document/filename")
                    .cloned()
                    .unwrap_or(json!("document"));
                message["document"] = json!({ "file_id": format!("doc{message_id}"), "file_unique_id": format!("u{message_id}"), "file_name": file_name });
                if let Some(caption) = params.get("caption") {
                    message["caption"] = caption.clone();
                }
            }
            shared.lock().messages.push((
                chat_id,
                message_id,
                params.get("text").cloned().unwrap_or(Value::Null),
                markup_of(&params).unwrap_or(Value::Null),
            ));
            message
        }
        "editmessagetext" | "editmessagereplymarkup" => {
            let chat_id = chat_id_of(&params);
            let message_id = params
                .get("message_id")
                .and_then(Value::as_i64)
                .unwrap_or_default();
            let mut message = bot_message(&shared, chat_id, message_id);
            let text = params.get("text").cloned().or_else(|| {
                let inner = shared.lock();
                inner
                    .messages
                    .iter()
                    .rev()
                    .find(|(c, id, _, _)| *c == chat_id && *id == message_id)
                    .map(|(_, _, t, _)| t.clone())
            });
            if let Some(text) = &text {
                message["text"] = text.clone();
            }
            if let Some(markup) = markup_of(&params) {
                message["reply_markup"] = markup;
            }
            shared.lock().messages.push((
                chat_id,
                message_id,
                text.unwrap_or(Value::Null),
                markup_of(&params).unwrap_or(Value::Null),
            ));
            message
        }
        "answercallbackquery"
        | "setmycommands"
        | "deletemycommands"
        | "deletewebhook"
        | "deletemessage"
        | "setwebhook" => json!(true),
        "getwebhookinfo" => {
            json!({ "url": "", "has_custom_certificate": false, "pending_update_count": 0 })
        }
        _ => {
            let body = json!({ "ok": false, "error_code": 404, "description": "Not Found: method not found" });
            record(&shared, &method, params, body.clone());
            return (StatusCode::NOT_FOUND, axum::Json(body)).into_response();
        }
    };
    record(&shared, &method, params, result.clone());
    axum::Json(json!({ "ok": true, "result": result })).into_response()
}

fn record(shared: &Shared, method: &str, params: Value, response: Value) {
    shared.lock().calls.push(Call {
        method: method.to_owned(),
        params,
        response,
        at: std::time::Instant::now(),
    });
    shared.calls_changed.notify_waiters();
}

fn chat_id_of(params: &Value) -> i64 {
    params
        .get("chat_id")
        .and_then(|v| v.as_i64().or_else(|| v.as_str()?.parse().ok()))
        .unwrap_or_default()
}

fn markup_of(params: &Value) -> Option<Value> {
    match params.get("reply_markup")? {
        Value::String(text) => serde_json::from_str(text).ok(),
        value => Some(value.clone()),
    }
}

fn bot_message(shared: &Shared, chat_id: i64, message_id: i64) -> Value {
    json!({
        "message_id": message_id,
        "date": shared.unix_now(),
        "chat": { "id": chat_id, "type": if chat_id < 0 { "group" } else { "private" }, "first_name": "User", "title": "Chat" },
        "from": { "id": BOT_USER_ID, "is_bot": true, "first_name": "Inmaek", "username": BOT_USERNAME },
    })
}

async fn get_updates(shared: &Shared, params: Value) -> axum::Json<Value> {
    let offset = params.get("offset").and_then(Value::as_i64).unwrap_or(0);
    let timeout = params
        .get("timeout")
        .and_then(Value::as_u64)
        .unwrap_or(0)
        .min(30);
    let deadline = Instant::now() + Duration::from_secs(timeout);
    loop {
        let notified = shared.updates_changed.notified();
        let ready: Vec<Value> = {
            let mut inner = shared.lock();
            // Everything below the offset is confirmed: forget it.
            inner.updates.retain(|u| {
                u.get("update_id")
                    .and_then(Value::as_i64)
                    .unwrap_or_default()
                    >= offset
            });
            inner.updates.clone()
        };
        if !ready.is_empty() {
            record(shared, "GetUpdates", params.clone(), json!(ready.len()));
            return axum::Json(json!({ "ok": true, "result": ready }));
        }
        let Some(left) = deadline.checked_duration_since(Instant::now()) else {
            return axum::Json(json!({ "ok": true, "result": [] }));
        };
        if tokio::time::timeout(left, notified).await.is_err() {
            return axum::Json(json!({ "ok": true, "result": [] }));
        }
    }
}

/// Reads a multipart request into JSON: text fields as strings, files as
/// `{filename, size, text}` (text when the file is UTF-8).
async fn parse_multipart(headers: &HeaderMap, body: axum::body::Bytes) -> Value {
    let Some(boundary) = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split("boundary=").nth(1))
        .map(|b| b.trim_matches('"').to_owned())
    else {
        return json!({});
    };
    let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(body) });
    let mut multipart = multer::Multipart::new(stream, boundary);
    let mut object = serde_json::Map::new();
    while let Ok(Some(field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let Ok(bytes) = field.bytes().await else {
            break;
        };
        let value = match file_name {
            Some(file_name) => json!({
                "filename": file_name,
                "size": bytes.len(),
                "text": String::from_utf8(bytes.to_vec()).ok(),
            }),
            None => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                serde_json::from_str::<Value>(&text)
                    .ok()
                    .filter(|v| !v.is_string())
                    .filter(|_| name == "reply_markup")
                    .unwrap_or(Value::String(text))
            }
        };
        object.insert(name, value);
    }
    // `document: "attach://<field>"` names the part that holds the file.
    let attached: Vec<(String, String)> = object
        .iter()
        .filter_map(|(k, v)| {
            v.as_str()
                .and_then(|v| v.strip_prefix("attach://"))
                .map(|field| (k.clone(), field.to_owned()))
        })
        .collect();
    for (key, field) in attached {
        if let Some(file) = object.get(&field).cloned() {
            object.insert(key, file);
        }
    }
    Value::Object(object)
}
