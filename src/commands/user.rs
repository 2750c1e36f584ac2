//! `inmaek user invite|list`.

use chrono::Duration;

use super::{Context, Outcome, out};
use crate::cli::InviteArgs;
use crate::domain::dates::parse_time_zone;
use crate::domain::keys::Role;
use crate::domain::{Arg, Lang};
use crate::store::users::{AccessChange, Invitation};

pub async fn invite(ctx: &Context, args: InviteArgs) -> Outcome {
    let role = Role::parse(&args.role)?;
    let lang = args
        .lang
        .as_deref()
        .map(Lang::parse)
        .transpose()?
        .unwrap_or(ctx.config.lang);
    let time_zone = args
        .tz
        .as_deref()
        .map(parse_time_zone)
        .transpose()?
        .unwrap_or(ctx.config.time_zone);
    let contact_id = match &args.contact {
        Some(query) => Some(ctx.store.resolve_contact(query).await?.id),
        None => None,
    };
    let invited = ctx
        .store
        .invite_user(Invitation {
            role,
            name: args.name,
            lang,
            time_zone,
            contact_id,
            valid_for: Duration::days(args.valid_days.into()),
        })
        .await?;
    ctx.say(
        "user-invited",
        &[
            ("name", Arg::from(&invited.user.name)),
            ("id", invited.user.id.into()),
            ("role", ctx.label(Role::KIND, role.key()).into()),
            ("lang", lang.name()),
            ("expires", ctx.datetime(invited.expires_at).into()),
        ],
    );
    ctx.say("user-invited-how", &[("code", Arg::from(&invited.code))]);
    out::line(&invited.code);
    Ok(())
}

pub async fn list(ctx: &Context) -> Outcome {
    let users = ctx.store.users().await?;
    let members: Vec<i32> = users.iter().filter_map(|u| u.contact_id).collect();
    ctx.read("users", "", &members).await?;
    if users.is_empty() {
        ctx.say("user-list-empty", &[]);
        return Ok(());
    }
    for user in users {
        let role = ctx.label(Role::KIND, user.role);
        let status = if user.disabled_at.is_some() {
            "user-disabled"
        } else if user.telegram_user_id.is_some() {
            "user-enrolled"
        } else {
            "user-not-enrolled"
        };
        ctx.say(
            "user-list-row",
            &[
                ("id", user.id.into()),
                ("name", Arg::from(&user.name)),
                ("role", role.into()),
                ("lang", user.lang.name()),
                ("status", ctx.t(status).into()),
            ],
        );
    }
    Ok(())
}

/// `user disable USER [--handover-to OFFICER]`.
pub async fn disable(ctx: &Context, user: &str, handover_to: Option<&str>) -> Outcome {
    let user = ctx.store.find_user(user).await?;
    let to = match handover_to {
        Some(officer) => Some(ctx.store.find_user(officer).await?.id),
        None => None,
    };
    let change = ctx.store.disable_user(user.id, to).await?;
    ctx.say(
        "user-disabled-done",
        &[
            ("name", Arg::from(&change.user.name)),
            ("id", change.user.id.into()),
            ("messages", change.messages.into()),
        ],
    );
    say_moved(ctx, &change);
    Ok(())
}

/// `user enable USER`.
pub async fn enable(ctx: &Context, user: &str) -> Outcome {
    let user = ctx.store.find_user(user).await?;
    let user = ctx.store.enable_user(user.id).await?;
    ctx.say(
        "user-enabled-done",
        &[("name", Arg::from(&user.name)), ("id", user.id.into())],
    );
    Ok(())
}

/// `user role USER ROLE [--handover-to OFFICER]`.
pub async fn role(ctx: &Context, user: &str, role: &str, handover_to: Option<&str>) -> Outcome {
    let role = Role::parse(role)?;
    let user = ctx.store.find_user(user).await?;
    let to = match handover_to {
        Some(officer) => Some(ctx.store.find_user(officer).await?.id),
        None => None,
    };
    let change = ctx.store.set_role(user.id, role, to).await?;
    ctx.say(
        "user-role-done",
        &[
            ("name", Arg::from(&change.user.name)),
            ("id", change.user.id.into()),
            ("role", ctx.label(Role::KIND, role.key()).into()),
        ],
    );
    say_moved(ctx, &change);
    Ok(())
}

/// Where the user's contacts and follow-ups went, when they had any.
fn say_moved(ctx: &Context, change: &AccessChange) {
    if change.contacts == 0 && change.follow_ups == 0 {
        return;
    }
    match &change.to {
        Some(to) => ctx.say(
            "user-moved-to",
            &[
                ("contacts", change.contacts.into()),
                ("follow_ups", change.follow_ups.into()),
                ("officer", Arg::from(&to.name)),
            ],
        ),
        None => ctx.say(
            "user-moved-unowned",
            &[
                ("contacts", change.contacts.into()),
                ("follow_ups", change.follow_ups.into()),
            ],
        ),
    }
}
