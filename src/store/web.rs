//! Access to the web console and the JSON API: one-time sign-in links,
//! server-side sessions and API bearer tokens. Every secret is random, shown
//! once and kept only as its SHA-256; every session and token ends when its
//! user is disabled.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use sha2::{Digest, Sha256};

use super::entity::{api_token, app_user, web_session, web_sign_in};
use super::records::User;
use super::{Result, Store, random_token};
use crate::domain::Error;

/// How long a sign-in link may wait before it is used.
pub const SIGN_IN_VALID: Duration = Duration::minutes(10);
/// A session ends after this long without a request…
pub const SESSION_IDLE: Duration = Duration::minutes(30);
/// …and after this long in any case.
pub const SESSION_MAX: Duration = Duration::hours(12);
/// `last_seen_at` is written at most this often (a page view is a read).
const SEEN_EVERY: Duration = Duration::minutes(1);

fn hash(secret: &str) -> String {
    data_encoding::HEXLOWER.encode(&Sha256::digest(secret.trim().as_bytes()))
}

/// A session begun: the cookie's value (shown once) and its form token.
#[derive(Clone)]
pub struct NewSession {
    pub cookie: String,
    pub csrf: String,
    pub user: User,
}

impl std::fmt::Debug for NewSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSession")
            .field("user", &self.user.id)
            .finish_non_exhaustive()
    }
}

/// A live session: whose it is and its form token.
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub csrf: String,
    pub expires_at: DateTime<Utc>,
}

/// An API token as listed (never the token itself).
#[derive(Debug, Clone)]
pub struct ApiToken {
    pub id: i32,
    pub user_id: i32,
    pub user_name: String,
    pub read_only: bool,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The user behind a bearer token.
#[derive(Debug, Clone)]
pub struct Bearer {
    pub token_id: i32,
    pub user: User,
    pub read_only: bool,
}

impl Store {
    /// A one-time sign-in link's token for `user_id` (an active user),
    /// valid [`SIGN_IN_VALID`]; the user's earlier unused links stop working.
    pub async fn create_sign_in_link(&self, user_id: i32) -> Result<String> {
        let now = self.clock.now();
        let token = random_token::<20>();
        let token_hash = hash(&token);
        self.write(move |txn| {
            let token_hash = token_hash.clone();
            Box::pin(async move {
                let user = user_in(txn, user_id).await?;
                if user.disabled_at.is_some() {
                    return Err(Error::UserDisabled { name: user.name }.into());
                }
                // A new link voids the ones not used yet.
                web_sign_in::Entity::delete_many()
                    .filter(web_sign_in::Column::UserId.eq(user.id))
                    .filter(web_sign_in::Column::UsedAt.is_null())
                    .exec(txn)
                    .await?;
                web_sign_in::ActiveModel {
                    token_hash: Set(token_hash),
                    user_id: Set(user.id),
                    created_at: Set(now),
                    expires_at: Set(now + SIGN_IN_VALID),
                    used_at: Set(None),
                }
                .insert(txn)
                .await?;
                super::audit::changed(txn, now, "web-link", &format!("user:{}", user.id), &[])
                    .await?;
                Ok(())
            })
        })
        .await?;
        Ok(token)
    }

    /// The user a sign-in link would sign in, without using it (the page
    /// that asks to confirm): `None` for a link that is not valid.
    pub async fn sign_in_link_user(&self, token: &str) -> Result<Option<User>> {
        let now = self.clock.now();
        let Some(link) = web_sign_in::Entity::find_by_id(hash(token))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        if link.used_at.is_some() || link.expires_at <= now {
            return Ok(None);
        }
        let user = app_user::Entity::find_by_id(link.user_id)
            .one(&self.db)
            .await?
            .filter(|u| u.disabled_at.is_none());
        Ok(user.map(Into::into))
    }

    /// Uses a sign-in link (once) and begins a session for its user.
    pub async fn sign_in(&self, token: &str) -> Result<NewSession> {
        let now = self.clock.now();
        let token_hash = hash(token);
        let cookie = random_token::<32>();
        let csrf = random_token::<20>();
        let (cookie_hash, csrf_kept) = (hash(&cookie), csrf.clone());
        let user = self
            .write(move |txn| {
                let (token_hash, cookie_hash, csrf) =
                    (token_hash.clone(), cookie_hash.clone(), csrf_kept.clone());
                Box::pin(async move {
                    let link = web_sign_in::Entity::find_by_id(token_hash)
                        .one(txn)
                        .await?
                        .filter(|l| l.used_at.is_none() && l.expires_at > now)
                        .ok_or(Error::SignInLinkInvalid)?;
                    let user = user_in(txn, link.user_id).await?;
                    if user.disabled_at.is_some() {
                        return Err(Error::SignInLinkInvalid.into());
                    }
                    let mut used: web_sign_in::ActiveModel = link.into();
                    used.used_at = Set(Some(now));
                    used.update(txn).await?;
                    web_session::ActiveModel {
                        id_hash: Set(cookie_hash),
                        user_id: Set(user.id),
                        csrf: Set(csrf),
                        created_at: Set(now),
                        last_seen_at: Set(now),
                        expires_at: Set(now + SESSION_MAX),
                    }
                    .insert(txn)
                    .await?;
                    super::audit::changed(
                        txn,
                        now,
                        "web-sign-in",
                        &format!("user:{}", user.id),
                        &[],
                    )
                    .await?;
                    Ok(User::from(user))
                })
            })
            .await?;
        Ok(NewSession { cookie, csrf, user })
    }

    /// The live session behind a cookie's value: not idle for
    /// [`SESSION_IDLE`], not older than [`SESSION_MAX`], its user active.
    pub async fn session(&self, cookie: &str) -> Result<Option<Session>> {
        let now = self.clock.now();
        let id_hash = hash(cookie);
        let mark = self.change_mark().await?;
        let live = |row: &web_session::Model| {
            row.expires_at > now && row.last_seen_at + SESSION_IDLE > now
        };
        // Kept since the last change; one that looks idle is read again
        // (another server may have seen it since).
        let kept = self
            .kept
            .at(mark)
            .get(|s| s.sessions.get(&id_hash).filter(|row| live(row)).cloned());
        let row = match kept {
            Some(row) => row,
            None => {
                let Some(row) = web_session::Entity::find_by_id(id_hash.clone())
                    .one(&self.db)
                    .await?
                else {
                    return Ok(None);
                };
                self.kept.at(mark).put(|s| {
                    s.sessions.insert(id_hash.clone(), row.clone());
                });
                row
            }
        };
        if !live(&row) {
            return Ok(None);
        }
        let Some(user) = self.active_user(mark, row.user_id).await? else {
            return Ok(None);
        };
        if now - row.last_seen_at >= SEEN_EVERY {
            self.mark_seen::<web_session::Entity>(
                web_session::Column::LastSeenAt,
                sea_orm::Condition::all().add(web_session::Column::IdHash.eq(id_hash.clone())),
                now,
            )
            .await?;
            self.kept.at(mark).put(|s| {
                if let Some(kept) = s.sessions.get_mut(&id_hash) {
                    kept.last_seen_at = now;
                }
            });
        }
        Ok(Some(Session {
            user: user.into(),
            csrf: row.csrf,
            expires_at: row.expires_at.min(now + SESSION_IDLE),
        }))
    }

    /// Ends the session behind a cookie's value (signing out).
    pub async fn sign_out(&self, cookie: &str) -> Result<()> {
        let now = self.clock.now();
        let id_hash = hash(cookie);
        self.write(move |txn| {
            let id_hash = id_hash.clone();
            Box::pin(async move {
                let Some(row) = web_session::Entity::find_by_id(id_hash).one(txn).await? else {
                    return Ok(());
                };
                web_session::Entity::delete_by_id(row.id_hash)
                    .exec(txn)
                    .await?;
                super::audit::changed(
                    txn,
                    now,
                    "web-sign-out",
                    &format!("user:{}", row.user_id),
                    &[],
                )
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// A new API token for `user_id`: its id and the token (shown once).
    pub async fn create_api_token(&self, user_id: i32, read_only: bool) -> Result<(i32, String)> {
        let now = self.clock.now();
        let token = format!("inm_{}", random_token::<32>());
        let token_hash = hash(&token);
        let id = self
            .write(move |txn| {
                let token_hash = token_hash.clone();
                Box::pin(async move {
                    let user = user_in(txn, user_id).await?;
                    if user.disabled_at.is_some() {
                        return Err(Error::UserDisabled { name: user.name }.into());
                    }
                    let row = api_token::ActiveModel {
                        token_hash: Set(token_hash),
                        user_id: Set(user.id),
                        read_only: Set(read_only),
                        created_at: Set(now),
                        ..Default::default()
                    }
                    .insert(txn)
                    .await?;
                    super::audit::changed(
                        txn,
                        now,
                        "token-create",
                        &format!("user:{} token:{}", user.id, row.id),
                        &[],
                    )
                    .await?;
                    Ok(row.id)
                })
            })
            .await?;
        Ok((id, token))
    }

    /// Revokes API token `id` at once.
    pub async fn revoke_api_token(&self, id: i32) -> Result<()> {
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let row = api_token::Entity::find_by_id(id)
                    .one(txn)
                    .await?
                    .filter(|t| t.revoked_at.is_none())
                    .ok_or(Error::ApiTokenNotFound(id))?;
                let user_id = row.user_id;
                let mut active: api_token::ActiveModel = row.into();
                active.revoked_at = Set(Some(now));
                active.update(txn).await?;
                super::audit::changed(
                    txn,
                    now,
                    "token-revoke",
                    &format!("user:{user_id} token:{id}"),
                    &[],
                )
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// Every API token, newest first, with its user's name.
    pub async fn api_tokens(&self) -> Result<Vec<ApiToken>> {
        let rows = api_token::Entity::find()
            .order_by_desc(api_token::Column::Id)
            .all(&self.db)
            .await?;
        let users: std::collections::HashMap<i32, String> = app_user::Entity::find()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|u| (u.id, u.name))
            .collect();
        Ok(rows
            .into_iter()
            .map(|t| ApiToken {
                id: t.id,
                user_id: t.user_id,
                user_name: users.get(&t.user_id).cloned().unwrap_or_default(),
                read_only: t.read_only,
                created_at: t.created_at,
                last_used_at: t.last_used_at,
                revoked_at: t.revoked_at,
            })
            .collect())
    }

    /// The user behind a bearer token: not revoked, the user active.
    pub async fn bearer(&self, token: &str) -> Result<Option<Bearer>> {
        let now = self.clock.now();
        let token_hash = hash(token);
        let mark = self.change_mark().await?;
        let kept = self
            .kept
            .at(mark)
            .get(|s| s.tokens.get(&token_hash).cloned());
        let row = match kept {
            Some(row) => row,
            None => {
                let Some(row) = api_token::Entity::find()
                    .filter(api_token::Column::TokenHash.eq(token_hash.clone()))
                    .filter(api_token::Column::RevokedAt.is_null())
                    .one(&self.db)
                    .await?
                else {
                    return Ok(None);
                };
                self.kept.at(mark).put(|s| {
                    s.tokens.insert(token_hash.clone(), row.clone());
                });
                row
            }
        };
        let Some(user) = self.active_user(mark, row.user_id).await? else {
            return Ok(None);
        };
        if row.last_used_at.is_none_or(|at| now - at >= SEEN_EVERY) {
            self.mark_seen::<api_token::Entity>(
                api_token::Column::LastUsedAt,
                sea_orm::Condition::all().add(api_token::Column::Id.eq(row.id)),
                now,
            )
            .await?;
            self.kept.at(mark).put(|s| {
                if let Some(kept) = s.tokens.get_mut(&token_hash) {
                    kept.last_used_at = Some(now);
                }
            });
        }
        Ok(Some(Bearer {
            token_id: row.id,
            user: user.into(),
            read_only: row.read_only,
        }))
    }

    /// The user `id`, unless disabled, as of change mark `mark`.
    async fn active_user(&self, mark: i64, id: i32) -> Result<Option<app_user::Model>> {
        Ok(self
            .kept_user(mark, id)
            .await?
            .filter(|u| u.disabled_at.is_none()))
    }

    /// Marks the session or token that `key` picks as seen at `now` (in
    /// `column`); callers do so at most every [`SEEN_EVERY`].
    async fn mark_seen<E: EntityTrait>(
        &self,
        column: E::Column,
        key: sea_orm::Condition,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.write_quiet(move |txn| {
            let key = key.clone();
            Box::pin(async move {
                E::update_many()
                    .col_expr(column, sea_orm::sea_query::Expr::value(now))
                    .filter(key)
                    .exec(txn)
                    .await?;
                Ok(())
            })
        })
        .await
    }
}

async fn user_in(txn: &impl sea_orm::ConnectionTrait, user_id: i32) -> Result<app_user::Model> {
    app_user::Entity::find_by_id(user_id)
        .one(txn)
        .await?
        .ok_or_else(|| Error::UserNotFound(user_id.to_string()).into())
}

/// Ends every way `user_id` had into the console and the API (a disabled
/// user): sessions and unused links deleted, tokens revoked.
pub(super) async fn end_web_access(
    txn: &impl sea_orm::ConnectionTrait,
    user_id: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    web_session::Entity::delete_many()
        .filter(web_session::Column::UserId.eq(user_id))
        .exec(txn)
        .await?;
    web_sign_in::Entity::delete_many()
        .filter(web_sign_in::Column::UserId.eq(user_id))
        .exec(txn)
        .await?;
    api_token::Entity::update_many()
        .col_expr(
            api_token::Column::RevokedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(txn)
        .await?;
    Ok(())
}
