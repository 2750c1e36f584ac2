//! `inmaek user invite|list`.

use chrono::Duration;

use super::{Context, Outcome};
use crate::cli::InviteArgs;
use crate::domain::dates::parse_time_zone;
use crate::domain::keys::Role;
use crate::domain::{Arg, Lang};
use crate::store::users::Invitation;

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
            ("lang", lang.tag().into()),
            ("expires", ctx.datetime(invited.expires_at).into()),
        ],
    );
    ctx.say("user-invited-how", &[("code", Arg::from(&invited.code))]);
    println!("{}", invited.code);
    Ok(())
}

pub async fn list(ctx: &Context) -> Outcome {
    let users = ctx.store.users().await?;
    if users.is_empty() {
        ctx.say("user-list-empty", &[]);
        return Ok(());
    }
    for user in users {
        let role = ctx.label(Role::KIND, user.role);
        let status = if user.telegram_user_id.is_some() {
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
                ("lang", Arg::from(user.lang.tag())),
                ("status", ctx.t(status).into()),
            ],
        );
    }
    Ok(())
}
