//! Users and their one-time enrolment codes.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult,
    PaginatorTrait, QueryFilter, QueryOrder,
};
use sha2::{Digest, Sha256};

use sea_orm::sea_query::Expr;

use super::entity::{
    app_user, callback_token, contact, dialogue, enrolment_code, follow_up, outbox,
};
use super::records::User;
use super::{Result, Store, is_unique_violation};
use crate::domain::keys::Role;
use crate::domain::names::search_key;
use crate::domain::{Error, Lang};

/// How long an enrolment code stays valid unless told otherwise.
pub const DEFAULT_CODE_VALIDITY_DAYS: i64 = 7;

/// What an admin asks for with `inmaek user invite`.
#[derive(Debug, Clone)]
pub struct Invitation {
    pub role: Role,
    pub name: String,
    pub lang: Lang,
    pub time_zone: Tz,
    pub contact_id: Option<i32>,
    pub valid_for: Duration,
}

/// A created (or re-invited) user and the code, shown once and stored hashed.
#[derive(Debug, Clone)]
pub struct Invited {
    pub user: User,
    pub code: String,
    pub expires_at: DateTime<Utc>,
}

/// A fresh code: 160 random bits in base32 (32 characters, fits a
/// Telegram deep link's `start` parameter).
fn new_code() -> String {
    super::random_token::<20>()
}

fn hash_code(code: &str) -> String {
    let normalized = code.trim().to_uppercase();
    data_encoding::HEXLOWER.encode(&Sha256::digest(normalized.as_bytes()))
}

impl Store {
    /// Creates a user with a one-time code. Inviting a name again before it
    /// was enrolled issues a new code and voids the old ones.
    pub async fn invite_user(&self, invitation: Invitation) -> Result<Invited> {
        let name = crate::domain::contact::parse_required_text("name", &invitation.name, 100)?;
        match (invitation.role, invitation.contact_id) {
            (Role::Member, None) => return Err(Error::MemberNeedsContact.into()),
            (Role::Officer | Role::MayorOffice | Role::Admin, Some(_)) => {
                return Err(Error::ContactOnlyForMember.into());
            }
            _ => {}
        }
        let now = self.clock.now();
        self.write(move |txn| {
            let invitation = invitation.clone();
            let name = name.clone();
            Box::pin(async move {
                if let Some(contact_id) = invitation.contact_id
                    && contact::Entity::find_by_id(contact_id)
                        .one(txn)
                        .await?
                        .is_none()
                {
                    return Err(Error::ContactNotFound(contact_id.to_string()).into());
                }
                // Names are how officers are referred to (a contact's owner), so two
                // names that fold to the same key would be ambiguous: one user.
                let key = search_key(&name);
                let existing = app_user::Entity::find()
                    .all(txn)
                    .await?
                    .into_iter()
                    .find(|user| search_key(&user.name) == key);
                let user = match existing {
                    Some(user) if user.telegram_user_id.is_some() => {
                        return Err(Error::UserNameTaken(name).into());
                    }
                    Some(user) if user.disabled_at.is_some() => {
                        return Err(Error::UserDisabled { name: user.name }.into());
                    }
                    // A new code for the same person in the same role: a
                    // role or contact is changed with `user role`, never by
                    // inviting again.
                    Some(user)
                        if user.role != invitation.role
                            || user.contact_id != invitation.contact_id =>
                    {
                        return Err(Error::ReinviteOtherRole {
                            name: user.name,
                            role: user.role.key(),
                        }
                        .into());
                    }
                    Some(user) => {
                        void_unused_codes(txn, user.id).await?;
                        let mut active: app_user::ActiveModel = user.into();
                        active.lang = Set(invitation.lang);
                        active.time_zone = Set(invitation.time_zone.name().to_owned());
                        active.update(txn).await?
                    }
                    None => {
                        let user = app_user::ActiveModel {
                            role: Set(invitation.role),
                            name: Set(name.clone()),
                            contact_id: Set(invitation.contact_id),
                            telegram_user_id: Set(None),
                            lang: Set(invitation.lang),
                            time_zone: Set(invitation.time_zone.name().to_owned()),
                            created_at: Set(now),
                            disabled_at: Set(None),
                            ..Default::default()
                        };
                        app_user::Entity::insert(user)
                            .exec_with_returning(txn)
                            .await
                            .map_err(|err| {
                                if is_unique_violation(&err) {
                                    Error::UserNameTaken(name.clone()).into()
                                } else {
                                    super::StoreError::from(err)
                                }
                            })?
                    }
                };
                let code = new_code();
                let expires_at = now + invitation.valid_for;
                enrolment_code::Entity::insert(enrolment_code::ActiveModel {
                    user_id: Set(user.id),
                    code_hash: Set(hash_code(&code)),
                    created_at: Set(now),
                    expires_at: Set(expires_at),
                    used_at: Set(None),
                    used_by_telegram_id: Set(None),
                    ..Default::default()
                })
                .exec_without_returning(txn)
                .await?;
                access_changed(txn, now, "user-invite", &user).await?;
                Ok(Invited {
                    user: user.into(),
                    code,
                    expires_at,
                })
            })
        })
        .await
    }

    /// Binds a Telegram account to the user a code was made for. The code
    /// works once, before it expires, for the first account that uses it.
    pub async fn redeem_code(&self, code: &str, telegram_user_id: i64) -> Result<User> {
        self.redeem_code_once(code, telegram_user_id, None).await
    }

    /// Like `redeem_code`, recording the Telegram update in the same transaction.
    pub async fn redeem_code_once(
        &self,
        code: &str,
        telegram_user_id: i64,
        update_id: Option<i64>,
    ) -> Result<User> {
        self.enrol(code, telegram_user_id, None, update_id).await
    }

    /// Redeems a code for a Telegram account and, when Telegram told us
    /// the account's language, makes it the user's language.
    pub async fn enrol(
        &self,
        code: &str,
        telegram_user_id: i64,
        lang: Option<Lang>,
        update_id: Option<i64>,
    ) -> Result<User> {
        let now = self.clock.now();
        let code = code.to_owned();
        self.write(move |txn| {
            let code = code.clone();
            Box::pin(async move {
                super::inbound::claim_for(txn, update_id, now).await?;
                let Some(record) = enrolment_code::Entity::find()
                    .filter(enrolment_code::Column::CodeHash.eq(hash_code(&code)))
                    .one(txn)
                    .await?
                else {
                    return Err(Error::CodeUnknown.into());
                };
                if record.used_at.is_some() {
                    return Err(Error::CodeUsed.into());
                }
                if record.expires_at <= now {
                    return Err(Error::CodeExpired.into());
                }
                let enrolled_elsewhere = app_user::Entity::find()
                    .filter(app_user::Column::TelegramUserId.eq(telegram_user_id))
                    .filter(app_user::Column::Id.ne(record.user_id))
                    .one(txn)
                    .await?;
                if enrolled_elsewhere.is_some() {
                    return Err(Error::TelegramAlreadyEnrolled.into());
                }
                // Claim the code only if nobody claimed it meanwhile.
                let claimed = enrolment_code::Entity::update_many()
                    .col_expr(
                        enrolment_code::Column::UsedAt,
                        sea_orm::sea_query::Expr::value(now),
                    )
                    .col_expr(
                        enrolment_code::Column::UsedByTelegramId,
                        sea_orm::sea_query::Expr::value(telegram_user_id),
                    )
                    .filter(enrolment_code::Column::Id.eq(record.id))
                    .filter(enrolment_code::Column::UsedAt.is_null())
                    .exec(txn)
                    .await?;
                if claimed.rows_affected != 1 {
                    return Err(Error::CodeUsed.into());
                }
                let Some(user) = app_user::Entity::find_by_id(record.user_id)
                    .one(txn)
                    .await?
                else {
                    return Err(Error::CodeUnknown.into());
                };
                if user
                    .telegram_user_id
                    .is_some_and(|bound| bound != telegram_user_id)
                {
                    return Err(Error::CodeUsed.into());
                }
                let mut active: app_user::ActiveModel = user.into();
                active.telegram_user_id = Set(Some(telegram_user_id));
                if let Some(lang) = lang {
                    active.lang = Set(lang);
                }
                let user = active.update(txn).await.map_err(|err| {
                    if is_unique_violation(&err) {
                        Error::TelegramAlreadyEnrolled.into()
                    } else {
                        super::StoreError::from(err)
                    }
                })?;
                access_changed(txn, now, "enrol", &user).await?;
                Ok(user)
            })
        })
        .await
        .map(Into::into)
    }

    /// The enrolled user of a Telegram account, if any.
    pub async fn user_by_telegram(&self, telegram_user_id: i64) -> Result<Option<User>> {
        Ok((app_user::Entity::find()
            .filter(app_user::Column::TelegramUserId.eq(telegram_user_id))
            .filter(app_user::Column::DisabledAt.is_null())
            .one(&self.db)
            .await?)
            .map(Into::into))
    }

    /// What every update reads first, in one query: whether `update_id`
    /// was handled already, and the enrolled, active user of the Telegram
    /// account `telegram_user_id`, if any.
    pub async fn update_and_sender(
        &self,
        update_id: i64,
        telegram_user_id: i64,
    ) -> Result<(bool, Option<User>)> {
        let backend = self.db.get_database_backend();
        let (first, second) = match backend {
            sea_orm::DbBackend::Postgres => ("$1", "$2"),
            _ => ("?", "?"),
        };
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM inbound_update WHERE update_id = {first}) AS handled, \
             app_user.* FROM (SELECT 1 AS probe) AS probe \
             LEFT JOIN app_user ON app_user.telegram_user_id = {second} \
             AND app_user.disabled_at IS NULL"
        );
        let Some(row) = self
            .db
            .query_one_raw(sea_orm::Statement::from_sql_and_values(
                backend,
                sql,
                [update_id.into(), telegram_user_id.into()],
            ))
            .await?
        else {
            return Ok((false, None));
        };
        let handled: bool = row.try_get("", "handled")?;
        let user = match row.try_get::<Option<i32>>("", "id")? {
            Some(_) => Some(app_user::Model::from_query_result(&row, "")?.into()),
            None => None,
        };
        Ok((handled, user))
    }

    /// Changes a user's language.
    pub async fn set_user_lang(&self, user_id: i32, lang: Lang) -> Result<()> {
        self.write(move |txn| {
            Box::pin(async move {
                app_user::Entity::update_many()
                    .col_expr(
                        app_user::Column::Lang,
                        sea_orm::sea_query::Expr::value(lang.tag()),
                    )
                    .filter(app_user::Column::Id.eq(user_id))
                    .exec(txn)
                    .await?;
                Ok(())
            })
        })
        .await
    }

    pub async fn users(&self) -> Result<Vec<User>> {
        Ok(super::records::records(
            app_user::Entity::find()
                .order_by_asc(app_user::Column::Id)
                .all(&self.db)
                .await?,
        ))
    }

    /// Finds a user by the name given to `user invite` (case and spacing
    /// folded) or by numeric id.
    pub async fn find_user(&self, query: &str) -> Result<User> {
        let conn = &self.db;
        if let Ok(id) = query.trim().parse::<i32>()
            && let Some(user) = app_user::Entity::find_by_id(id).one(conn).await?
        {
            return Ok(user.into());
        }
        let key = search_key(query);
        app_user::Entity::find()
            .all(conn)
            .await?
            .into_iter()
            .find(|user| search_key(&user.name) == key)
            .ok_or_else(|| Error::UserNotFound(query.trim().to_owned()).into())
            .map(Into::into)
    }

    /// Like `find_user`, but the user must be an officer with access.
    pub async fn find_officer(&self, query: &str) -> Result<User> {
        let user = self.find_user(query).await?;
        if user.disabled_at.is_some() {
            return Err(Error::UserDisabled { name: user.name }.into());
        }
        let role = user.role;
        if role != Role::Officer {
            return Err(Error::NotAnOfficer {
                name: user.name,
                role: role.key(),
            }
            .into());
        }
        Ok(user)
    }
}

/// What `disable_user` or `set_role` did with the user's relationships.
#[derive(Debug, Clone)]
pub struct AccessChange {
    pub user: User,
    /// The officer who took over, if one was named.
    pub to: Option<User>,
    /// Contacts moved (to `to`, or left unowned).
    pub contacts: u64,
    /// Open follow-ups moved.
    pub follow_ups: u64,
    /// Queued messages to the user that were dropped.
    pub messages: u64,
}

impl Store {
    /// Ends `user_id`'s access at once: the bot no longer knows the
    /// account, `--as` refuses it, buttons already sent answer as to a
    /// stranger. Their contacts and open follow-ups move to `handover_to`
    /// (an active officer) or become unowned; messages queued for them
    /// are dropped, their open dialogue and unused codes deleted; the
    /// access log records it.
    pub async fn disable_user(
        &self,
        user_id: i32,
        handover_to: Option<i32>,
    ) -> Result<AccessChange> {
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let user = user_in(txn, user_id).await?;
                if user.disabled_at.is_some() {
                    return Err(Error::UserAlreadyDisabled { name: user.name }.into());
                }
                keeps_an_admin(txn, &user).await?;
                let to = successor(txn, &user, handover_to).await?;
                let mut change = move_relationships(txn, &user, to.as_ref(), now).await?;
                change.messages = outbox::Entity::delete_many()
                    .filter(outbox::Column::UserId.eq(user.id))
                    .filter(outbox::Column::Status.eq(super::entity::OutboxStatus::Pending))
                    .exec(txn)
                    .await?
                    .rows_affected;
                if let Some(chat) = user.telegram_user_id {
                    dialogue::Entity::delete_by_id(chat).exec(txn).await?;
                }
                // Buttons already sent stay dead, even if access comes back.
                callback_token::Entity::delete_many()
                    .filter(callback_token::Column::UserId.eq(user.id))
                    .exec(txn)
                    .await?;
                void_unused_codes(txn, user.id).await?;
                super::web::end_web_access(txn, user.id, now).await?;
                let mut active: app_user::ActiveModel = user.clone().into();
                active.disabled_at = Set(Some(now));
                let user = active.update(txn).await?;
                super::audit::changed(
                    txn,
                    now,
                    "user-disable",
                    &access_scope(&user, to.as_ref()),
                    &change.moved,
                )
                .await?;
                Ok(change.into_change(user, to))
            })
        })
        .await
    }

    /// Gives a disabled user their access back (their relationships stay
    /// with whoever took them over).
    pub async fn enable_user(&self, user_id: i32) -> Result<User> {
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let user = user_in(txn, user_id).await?;
                if user.disabled_at.is_none() {
                    return Err(Error::UserNotDisabled { name: user.name }.into());
                }
                let mut active: app_user::ActiveModel = user.into();
                active.disabled_at = Set(None);
                let user = active.update(txn).await?;
                access_changed(txn, now, "user-enable", &user).await?;
                Ok(user.into())
            })
        })
        .await
    }

    /// Changes a staff user's role (officer, mayor's office, admin). An
    /// officer who stops being one hands their contacts and open
    /// follow-ups to `handover_to`, or leaves them unowned. A member's
    /// role never changes: a member is a contact.
    pub async fn set_role(
        &self,
        user_id: i32,
        role: Role,
        handover_to: Option<i32>,
    ) -> Result<AccessChange> {
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let user = user_in(txn, user_id).await?;
                if user.role == role {
                    return Err(Error::RoleUnchanged {
                        name: user.name,
                        role: role.key(),
                    }
                    .into());
                }
                if user.role == Role::Member || role == Role::Member {
                    return Err(Error::RoleMemberChange { name: user.name }.into());
                }
                keeps_an_admin(txn, &user).await?;
                let mut change = Moved::default();
                let mut to = None;
                if user.role == Role::Officer {
                    to = successor(txn, &user, handover_to).await?;
                    change = move_relationships(txn, &user, to.as_ref(), now).await?;
                }
                // What the old role had under way stops: its conversation,
                // its queued digests and reminders.
                if let Some(chat) = user.telegram_user_id {
                    dialogue::Entity::delete_by_id(chat).exec(txn).await?;
                }
                change.messages = outbox::Entity::delete_many()
                    .filter(outbox::Column::UserId.eq(user.id))
                    .filter(outbox::Column::Status.eq(super::entity::OutboxStatus::Pending))
                    .exec(txn)
                    .await?
                    .rows_affected;
                let before = user.role;
                let mut active: app_user::ActiveModel = user.into();
                active.role = Set(role);
                let user = active.update(txn).await?;
                super::audit::changed(
                    txn,
                    now,
                    "user-role",
                    &format!("{}:{before}->{role}", access_scope(&user, to.as_ref())),
                    &change.moved,
                )
                .await?;
                Ok(change.into_change(user, to))
            })
        })
        .await
    }
}

/// Records a change to `user`'s access (invited, enrolled, enabled …),
/// concerning their contact if they are a member.
async fn access_changed(
    txn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    action: &str,
    user: &app_user::Model,
) -> Result<()> {
    super::audit::changed(
        txn,
        now,
        action,
        &format!("user:{}:{}", user.id, user.role),
        &user.contact_id.into_iter().collect::<Vec<_>>(),
    )
    .await
}

/// Voids the codes issued to `user_id` and not used yet.
async fn void_unused_codes(txn: &impl ConnectionTrait, user_id: i32) -> Result<()> {
    enrolment_code::Entity::delete_many()
        .filter(enrolment_code::Column::UserId.eq(user_id))
        .filter(enrolment_code::Column::UsedAt.is_null())
        .exec(txn)
        .await?;
    Ok(())
}

async fn user_in(txn: &impl ConnectionTrait, user_id: i32) -> Result<app_user::Model> {
    app_user::Entity::find_by_id(user_id)
        .one(txn)
        .await?
        .ok_or_else(|| Error::UserNotFound(user_id.to_string()).into())
}

/// The officer named to take over from `user`: active, an officer, not
/// `user`.
async fn successor(
    txn: &impl ConnectionTrait,
    user: &app_user::Model,
    handover_to: Option<i32>,
) -> Result<Option<app_user::Model>> {
    let Some(id) = handover_to else {
        return Ok(None);
    };
    if id == user.id {
        return Err(Error::HandoverToSelf.into());
    }
    let to = user_in(txn, id).await?;
    if to.role != Role::Officer {
        return Err(Error::NotAnOfficer {
            name: to.name,
            role: to.role.key(),
        }
        .into());
    }
    if to.disabled_at.is_some() {
        return Err(Error::UserDisabled { name: to.name }.into());
    }
    Ok(Some(to))
}

fn access_scope(user: &app_user::Model, to: Option<&app_user::Model>) -> String {
    match to {
        Some(to) => format!("user:{}:{}->user:{}", user.id, user.role, to.id),
        None => format!("user:{}:{}", user.id, user.role),
    }
}

#[derive(Debug, Default)]
struct Moved {
    moved: Vec<i32>,
    contacts: u64,
    follow_ups: u64,
    messages: u64,
}

impl Moved {
    fn into_change(self, user: app_user::Model, to: Option<app_user::Model>) -> AccessChange {
        AccessChange {
            user: user.into(),
            to: to.map(Into::into),
            contacts: self.contacts,
            follow_ups: self.follow_ups,
            messages: self.messages,
        }
    }
}

/// Moves `user`'s contacts and open follow-ups to `to`, or leaves them
/// without an owner.
async fn move_relationships(
    txn: &impl ConnectionTrait,
    user: &app_user::Model,
    to: Option<&app_user::Model>,
    now: DateTime<Utc>,
) -> Result<Moved> {
    let owner = to.map(|to| to.id);
    let moved: Vec<i32> = contact::Entity::find()
        .filter(contact::Column::OwnerUserId.eq(user.id))
        .all(txn)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    let contacts = contact::Entity::update_many()
        .col_expr(contact::Column::OwnerUserId, Expr::value(owner))
        .col_expr(contact::Column::UpdatedAt, Expr::value(now))
        .filter(contact::Column::OwnerUserId.eq(user.id))
        .exec(txn)
        .await?
        .rows_affected;
    let follow_ups = follow_up::Entity::update_many()
        .col_expr(follow_up::Column::OwnerUserId, Expr::value(owner))
        .filter(follow_up::Column::OwnerUserId.eq(user.id))
        .filter(follow_up::Column::DoneAt.is_null())
        .exec(txn)
        .await?
        .rows_affected;
    Ok(Moved {
        moved,
        contacts,
        follow_ups,
        messages: 0,
    })
}

/// Refuses to disable or demote the last active admin (two admins acting
/// on each other at once included: this runs inside the unit of work).
async fn keeps_an_admin(txn: &impl sea_orm::ConnectionTrait, user: &app_user::Model) -> Result<()> {
    if user.role != Role::Admin {
        return Ok(());
    }
    let others = app_user::Entity::find()
        .filter(app_user::Column::Role.eq(Role::Admin))
        .filter(app_user::Column::DisabledAt.is_null())
        .filter(app_user::Column::Id.ne(user.id))
        .count(txn)
        .await?;
    if others == 0 {
        return Err(Error::LastAdmin {
            name: user.name.clone(),
        }
        .into());
    }
    Ok(())
}
