//! User administration in the console (admins): invite a user (the
//! enrolment code shown once), hand someone a sign-in link, change a staff
//! role, disable and enable, with the hand-over of an officer's contacts
//! and follow-ups. The same store calls as `inmaek user …`, in the access
//! log under the admin's name.

use askama::Template;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::failed;
use super::pages::field;
use super::ui::{F, Frame, Q, Signed, Visitor};
use crate::domain::access::Action;
use crate::domain::keys::Role;
use crate::domain::{Arg, Error, Lang};
use crate::store::StoreError;
use crate::store::records::User;
use crate::store::users::{AccessChange, Invitation};

/// How long a code invited from the console stays valid (as the CLI's
/// default).
const CODE_DAYS: i64 = crate::store::users::DEFAULT_CODE_VALIDITY_DAYS;

/// A select's options: (value, label).
type Choices = Vec<(String, String)>;

/// A row's forms: what an admin may do to that user.
struct UserRow {
    /// Whether the row is the admin's own.
    me: bool,
    id: i32,
    name: String,
    role: String,
    lang: String,
    state: String,
    /// Active staff other than the admin: role change (options) and
    /// disabling; an officer's with the hand-over choice.
    roles: Choices,
    handover: Option<Choices>,
    may_disable: bool,
    may_enable: bool,
    may_link: bool,
}

/// A secret shown once (an enrolment code, a sign-in link) and what it is.
struct Secret {
    label: String,
    value: String,
}

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    frame: Frame,
    /// The forms' one-time value (a reload does not send them twice).
    once: String,
    /// The invite form as typed when it was refused, and the field the
    /// refusal is about.
    typed: Typed,
    intro: String,
    notice: Vec<String>,
    refused: Option<String>,
    secret: Option<Secret>,
    t: Words,
    invite_roles: Choices,
    invite_langs: Choices,
    caption: String,
    head: Vec<String>,
    rows: Vec<UserRow>,
}

/// The page's own words.
struct Words {
    invite_heading: String,
    name: String,
    role: String,
    language: String,
    contact: String,
    contact_hint: String,
    invite: String,
    link: String,
    change_role: String,
    handover: String,
    disable: String,
    enable: String,
    actions: String,
    you: String,
}

impl Words {
    fn new(visitor: &Visitor) -> Self {
        let t = |key: &str| visitor.t(key);
        Self {
            invite_heading: t("web-users-invite-heading"),
            name: t("web-users-name"),
            role: t("web-users-role"),
            language: t("web-users-language"),
            contact: t("web-users-contact"),
            contact_hint: t("web-users-contact-hint"),
            invite: t("web-users-invite"),
            link: t("web-users-link"),
            change_role: t("web-users-change-role"),
            handover: t("web-users-handover"),
            disable: t("web-users-disable"),
            enable: t("web-users-enable"),
            actions: t("web-col-actions"),
            you: t("web-users-you"),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct Done {
    /// What was done (`disabled`, `enabled`, `role`) to `user`, and where
    /// their relationships went.
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    user: Option<i32>,
    #[serde(default)]
    contacts: Option<u64>,
    #[serde(default)]
    follow_ups: Option<u64>,
    #[serde(default)]
    to: Option<i32>,
}

/// What the page shows above the table beside the users.
#[derive(Default)]
struct Shown {
    notice: Vec<String>,
    refused: Option<String>,
    secret: Option<Secret>,
    typed: Typed,
}

/// The invite form's values (blank, or as typed before a refusal).
#[derive(Default)]
struct Typed {
    name: String,
    role: String,
    lang: String,
    contact: String,
    invalid: Option<&'static str>,
}

/// `/admin/users`: every user, their state, and the admin's forms.
pub async fn users(signed: Signed, Q(done): Q<Done>) -> Response {
    if let Err(refused) = signed.require(Action::ManageUsers) {
        return refused;
    }
    let users = tried!(signed.visitor, signed.store().users().await);
    let notice = done_notice(&signed.visitor, &users, &done);
    users_page(
        &signed,
        users,
        Shown {
            notice,
            ..Shown::default()
        },
        StatusCode::OK,
    )
    .await
}

/// The sentence(s) a finished action left (after its redirect).
fn done_notice(visitor: &Visitor, users: &[User], done: &Done) -> Vec<String> {
    let name_of = |id: Option<i32>| {
        users
            .iter()
            .find(|u| Some(u.id) == id)
            .map(|u| (u.name.clone(), u.id, u.role))
    };
    let Some((name, id, role)) = name_of(done.user) else {
        return Vec::new();
    };
    // Only what is so: an address cannot make the page claim a change.
    let disabled = users.iter().any(|u| u.id == id && u.disabled_at.is_some());
    let person = [("name", Arg::from(&name)), ("id", id.into())];
    let mut notice = vec![match done.done.as_deref() {
        Some("disabled") if disabled => visitor.t_args("web-users-disabled-done", &person),
        Some("enabled") if !disabled => visitor.t_args("user-enabled-done", &person),
        Some("role") => visitor.t_args(
            "user-role-done",
            &[
                person[0].clone(),
                person[1].clone(),
                (
                    "role",
                    crate::i18n::label(visitor.lang, Role::KIND, role.key()).into(),
                ),
            ],
        ),
        _ => return Vec::new(),
    }];
    let (contacts, follow_ups) = (
        done.contacts.unwrap_or_default(),
        done.follow_ups.unwrap_or_default(),
    );
    if contacts > 0 || follow_ups > 0 {
        let counts = [
            ("contacts", Arg::from(contacts)),
            ("follow_ups", follow_ups.into()),
        ];
        notice.push(match name_of(done.to) {
            Some((officer, _, _)) => visitor.t_args(
                "user-moved-to",
                &[
                    counts[0].clone(),
                    counts[1].clone(),
                    ("officer", officer.into()),
                ],
            ),
            None => visitor.t_args("user-moved-unowned", &counts),
        });
    }
    notice
}

async fn users_page(
    signed: &Signed,
    users: Vec<User>,
    shown: Shown,
    status: StatusCode,
) -> Response {
    let visitor = &signed.visitor;
    let words = signed.words();
    let store = signed.store();
    let members: Vec<i32> = users.iter().filter_map(|u| u.contact_id).collect();
    tried!(
        visitor,
        store
            .record_access(signed.actor(), "users", "all", &members)
            .await
    );
    let role_name = |role: Role| crate::i18n::label(visitor.lang, Role::KIND, role.key());
    let lang_name = |lang: Lang| crate::i18n::t(visitor.lang, &format!("lang-name-{}", lang.tag()));
    let staff = [Role::Officer, Role::MayorOffice, Role::Admin];
    let officers: Vec<&User> = users
        .iter()
        .filter(|u| u.role == Role::Officer && u.disabled_at.is_none())
        .collect();
    let me = signed.session.user.id;
    let rows = users
        .iter()
        .map(|u| {
            let active = u.disabled_at.is_none();
            let state = match (u.disabled_at, u.telegram_user_id) {
                (Some(at), _) => {
                    visitor.t_args("web-user-disabled", &[("date", words.date(at).into())])
                }
                (None, Some(_)) => visitor.t("web-user-enrolled"),
                (None, None) => visitor.t("web-user-not-enrolled"),
            };
            let manageable = active && u.id != me;
            let handover = (manageable && u.role == Role::Officer).then(|| {
                let mut choices = vec![(String::new(), visitor.t("web-users-unowned"))];
                choices.extend(
                    officers
                        .iter()
                        .filter(|o| o.id != u.id)
                        .map(|o| (o.id.to_string(), o.name.clone())),
                );
                choices
            });
            UserRow {
                me: u.id == me,
                id: u.id,
                name: u.name.clone(),
                role: role_name(u.role),
                lang: lang_name(u.lang),
                state,
                roles: if manageable && u.role != Role::Member {
                    staff
                        .iter()
                        .filter(|r| **r != u.role)
                        .map(|r| (r.key().to_owned(), role_name(*r)))
                        .collect()
                } else {
                    Vec::new()
                },
                handover,
                may_disable: manageable,
                may_enable: !active,
                may_link: active && may_link(me, u),
            }
        })
        .collect();
    let page = UsersPage {
        frame: signed.frame(visitor.t("web-users-title")),
        once: crate::store::random_token::<16>(),
        typed: shown.typed,
        intro: visitor.t("web-users-intro"),
        notice: shown.notice,
        refused: shown.refused,
        secret: shown.secret,
        t: Words::new(visitor),
        invite_roles: staff
            .iter()
            .chain([&Role::Member])
            .map(|r| (r.key().to_owned(), role_name(*r)))
            .collect(),
        invite_langs: [Lang::Ko, Lang::ZhCn, Lang::En]
            .iter()
            .map(|l| (l.tag().to_owned(), lang_name(*l)))
            .collect(),
        caption: visitor.t_args("web-users-caption", &[("count", users.len().into())]),
        head: [
            "web-col-id",
            "web-col-name",
            "web-col-role",
            "web-col-language",
            "web-col-state",
        ]
        .iter()
        .map(|k| visitor.t(k))
        .collect(),
        rows,
    };
    let mut response = visitor.page(status, page.render());
    // A code or a link is shown once: never kept by a cache.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The checks every action makes: the form's token, then the role.
fn admitted(signed: &Signed, form: &[(String, String)]) -> Result<(), Response> {
    signed.check_csrf(field(form, "csrf").as_deref())?;
    signed.require(Action::ManageUsers)
}

/// A refused action: the users page again with the refusal on top (a
/// domain refusal), or the failure page.
async fn refused(signed: &Signed, err: StoreError) -> Response {
    match err {
        StoreError::Domain(err) => {
            let message = crate::i18n::render(signed.visitor.lang, &err.message());
            refused_with(
                signed,
                message,
                Typed::default(),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        err => failed(&signed.visitor, err),
    }
}

/// The users page with `message` on top and the invite form as `typed`.
async fn refused_with(
    signed: &Signed,
    message: String,
    typed: Typed,
    status: StatusCode,
) -> Response {
    let users = tried!(signed.visitor, signed.store().users().await);
    let shown = Shown {
        refused: Some(message),
        typed,
        ..Shown::default()
    };
    users_page(signed, users, shown, status).await
}

/// An invitation's refusal in the console's words (the command line's
/// name its flags), and the form's field it is about.
fn invite_refusal(visitor: &Visitor, err: &Error) -> (String, Option<&'static str>) {
    match err {
        Error::MemberNeedsContact => (visitor.t("web-users-member-needs-contact"), Some("contact")),
        Error::ContactOnlyForMember => (
            visitor.t("web-users-contact-only-for-member"),
            Some("contact"),
        ),
        Error::ReinviteOtherRole { name, role } => (
            visitor.t_args(
                "web-users-reinvite-other-role",
                &[
                    ("name", Arg::from(name)),
                    (
                        "role",
                        crate::i18n::label(visitor.lang, Role::KIND, role).into(),
                    ),
                ],
            ),
            Some("name"),
        ),
        Error::ContactNotFound(_)
        | Error::NotFound { .. }
        | Error::Ambiguous { .. }
        | Error::AmbiguousContact { .. } => (
            crate::i18n::render(visitor.lang, &err.message()),
            Some("contact"),
        ),
        _ => {
            let (message, invalid) = super::ui::refusal_for_form(visitor.lang, err, |field| {
                let (input, key) = match field {
                    "name" => ("name", "web-users-name-field"),
                    "role" => ("role", "web-users-role"),
                    "lang" | "language" => ("lang", "web-users-language"),
                    _ => return None,
                };
                Some((input, key.to_owned()))
            });
            match err {
                Error::UnknownKey { kind: "role", .. } => (message, Some("role")),
                _ => (message, invalid),
            }
        }
    }
}

/// Whether an admin may hand out a sign-in link to `user`: their own, or
/// one for a user without the bot (who cannot ask `/web`) who is not an
/// admin — never a way to act as another enrolled user or admin.
fn may_link(me: i32, user: &User) -> bool {
    user.id == me || (user.telegram_user_id.is_none() && user.role != Role::Admin)
}

/// Refuses a form that makes a secret when it was sent before (a reload):
/// the secret that page showed stays the valid one.
async fn once(signed: &Signed, form: &[(String, String)]) -> Result<(), Response> {
    match field(form, "once") {
        Some(once) if signed.visitor.app.first_sending(&once) => Ok(()),
        _ => {
            let message = signed.visitor.t("web-users-sent-twice");
            Err(refused_with(signed, message, Typed::default(), StatusCode::CONFLICT).await)
        }
    }
}

/// `POST /admin/users`: invites a user; the page shows the code once.
pub async fn invite(signed: Signed, F(form): F<Vec<(String, String)>>) -> Response {
    if let Err(refusal) = admitted(&signed, &form) {
        return refusal;
    }
    if let Err(refusal) = once(&signed, &form).await {
        return refusal;
    }
    let store = signed.store();
    let invited = async {
        let role = Role::parse(&field(&form, "role").unwrap_or_default())?;
        let lang = match field(&form, "lang") {
            Some(lang) => Lang::parse(&lang)?,
            None => signed.visitor.app.config.lang,
        };
        let contact_id = match field(&form, "contact") {
            Some(query) => Some(store.resolve_contact(&query).await?.id),
            None => None,
        };
        signed
            .actor()
            .acting(store.invite_user(Invitation {
                role,
                name: field(&form, "name").unwrap_or_default(),
                lang,
                time_zone: signed.visitor.app.config.time_zone,
                contact_id,
                valid_for: chrono::Duration::days(CODE_DAYS),
            }))
            .await
    }
    .await;
    let invited = match invited {
        Ok(invited) => invited,
        Err(StoreError::Domain(err)) => {
            let (message, invalid) = invite_refusal(&signed.visitor, &err);
            let typed = Typed {
                name: field(&form, "name").unwrap_or_default(),
                role: field(&form, "role").unwrap_or_default(),
                lang: field(&form, "lang").unwrap_or_default(),
                contact: field(&form, "contact").unwrap_or_default(),
                invalid,
            };
            return refused_with(&signed, message, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
        Err(err) => return failed(&signed.visitor, err),
    };
    let visitor = &signed.visitor;
    let words = signed.words();
    let users = tried!(visitor, store.users().await);
    let shown = Shown {
        notice: vec![visitor.t_args(
            "user-invited",
            &[
                ("name", Arg::from(&invited.user.name)),
                ("id", invited.user.id.into()),
                (
                    "role",
                    crate::i18n::label(visitor.lang, Role::KIND, invited.user.role.key()).into(),
                ),
                ("lang", invited.user.lang.name()),
                ("expires", words.datetime(invited.expires_at).into()),
            ],
        )],
        secret: Some(Secret {
            label: visitor.t_args("user-invited-how", &[("code", Arg::from(&invited.code))]),
            value: invited.code,
        }),
        ..Shown::default()
    };
    users_page(&signed, users, shown, StatusCode::OK).await
}

/// `POST /admin/users/{id}/link`: a one-time sign-in link for that user,
/// shown once (to hand over in person or by the office's own channel).
pub async fn link(
    signed: Signed,
    Path(id): Path<String>,
    F(form): F<Vec<(String, String)>>,
) -> Response {
    let store = signed.store();
    let user = match acted_on(&signed, &id, &form).await {
        Ok(user) => user,
        Err(refusal) => return refusal,
    };
    if user.disabled_at.is_some() {
        return refused(&signed, Error::UserDisabled { name: user.name }.into()).await;
    }
    if !may_link(signed.session.user.id, &user) {
        let message = signed.visitor.t("web-users-link-not-yours");
        return refused_with(&signed, message, Typed::default(), StatusCode::FORBIDDEN).await;
    }
    if let Err(refusal) = once(&signed, &form).await {
        return refusal;
    }
    let token = match signed
        .actor()
        .acting(store.create_sign_in_link(user.id))
        .await
    {
        Ok(token) => token,
        Err(err) => return refused(&signed, err).await,
    };
    let visitor = &signed.visitor;
    let users = tried!(visitor, store.users().await);
    let shown = Shown {
        secret: Some(Secret {
            label: visitor.t_args(
                "web-link-made",
                &[
                    ("name", Arg::from(&user.name)),
                    (
                        "minutes",
                        crate::store::web::SIGN_IN_VALID.num_minutes().into(),
                    ),
                ],
            ),
            value: visitor.app.config.sign_in_url(&token),
        }),
        ..Shown::default()
    };
    users_page(&signed, users, shown, StatusCode::OK).await
}

/// The checks of an action on one user (the form's token, the role), and
/// that user.
async fn acted_on(signed: &Signed, id: &str, form: &[(String, String)]) -> Result<User, Response> {
    admitted(signed, form)?;
    user_of(signed, id).await
}

/// The user the address names, or the refusal page (404 in words).
async fn user_of(signed: &Signed, id: &str) -> Result<User, Response> {
    let Ok(id) = id.parse::<i32>() else {
        return Err(failed(
            &signed.visitor,
            Error::UserNotFound(id.chars().take(40).collect()).into(),
        ));
    };
    let users = signed
        .store()
        .users()
        .await
        .map_err(|err| failed(&signed.visitor, err))?;
    users
        .into_iter()
        .find(|u| u.id == id)
        .ok_or_else(|| failed(&signed.visitor, Error::UserNotFound(id.to_string()).into()))
}

/// The officer chosen to take over, if any.
fn handover(form: &[(String, String)]) -> Result<Option<i32>, StoreError> {
    field(form, "handover_to")
        .map(|id| id.parse::<i32>().map_err(|_| Error::UserNotFound(id)))
        .transpose()
        .map_err(StoreError::from)
}

/// Where an action that moved relationships sends the admin: the page,
/// saying what was done and where the contacts went.
fn done(what: &str, change: &AccessChange) -> Response {
    let mut to = format!(
        "/admin/users?done={what}&user={}&contacts={}&follow_ups={}",
        change.user.id, change.contacts, change.follow_ups
    );
    if let Some(officer) = &change.to {
        to.push_str(&format!("&to={}", officer.id));
    }
    Redirect::to(&to).into_response()
}

/// An admin's own account: never disabled or demoted from the console
/// (nobody would be left to undo it).
fn not_yourself(signed: &Signed, user: &User) -> Result<(), StoreError> {
    if user.id == signed.session.user.id {
        return Err(Error::NotYourself.into());
    }
    Ok(())
}

/// `POST /admin/users/{id}/disable`.
pub async fn disable(
    signed: Signed,
    Path(id): Path<String>,
    F(form): F<Vec<(String, String)>>,
) -> Response {
    let user = match acted_on(&signed, &id, &form).await {
        Ok(user) => user,
        Err(refusal) => return refusal,
    };
    let changed = async {
        not_yourself(&signed, &user)?;
        let to = handover(&form)?;
        signed
            .actor()
            .acting(signed.store().disable_user(user.id, to))
            .await
    }
    .await;
    match changed {
        Ok(change) => done("disabled", &change),
        Err(err) => refused(&signed, err).await,
    }
}

/// `POST /admin/users/{id}/enable`.
pub async fn enable(
    signed: Signed,
    Path(id): Path<String>,
    F(form): F<Vec<(String, String)>>,
) -> Response {
    let user = match acted_on(&signed, &id, &form).await {
        Ok(user) => user,
        Err(refusal) => return refusal,
    };
    match signed
        .actor()
        .acting(signed.store().enable_user(user.id))
        .await
    {
        Ok(user) => {
            Redirect::to(&format!("/admin/users?done=enabled&user={}", user.id)).into_response()
        }
        Err(err) => refused(&signed, err).await,
    }
}

/// `POST /admin/users/{id}/role`: a staff user's new role.
pub async fn role(
    signed: Signed,
    Path(id): Path<String>,
    F(form): F<Vec<(String, String)>>,
) -> Response {
    let user = match acted_on(&signed, &id, &form).await {
        Ok(user) => user,
        Err(refusal) => return refusal,
    };
    let changed = async {
        not_yourself(&signed, &user)?;
        let role = Role::parse(&field(&form, "role").unwrap_or_default())?;
        let to = handover(&form)?;
        signed
            .actor()
            .acting(signed.store().set_role(user.id, role, to))
            .await
    }
    .await;
    match changed {
        Ok(change) => done("role", &change),
        Err(err) => refused(&signed, err).await,
    }
}
