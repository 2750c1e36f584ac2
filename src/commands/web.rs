//! `inmaek user link` and `inmaek token …`: ways into the web console and
//! the JSON API.

use super::careers::parse_id;
use super::{Context, Outcome, out};
use crate::domain::Arg;

/// `user link USER`: a one-time sign-in link, alone on the last line.
pub async fn link(ctx: &Context, user: &str) -> Outcome {
    let user = ctx.store.find_user(user).await?;
    let token = ctx.store.create_sign_in_link(user.id).await?;
    ctx.say(
        "web-link-made",
        &[("name", Arg::from(&user.name)), ("minutes", 10.into())],
    );
    out::line(&ctx.config.sign_in_url(&token));
    Ok(())
}

/// `token create --user USER [--read-only]`: the token alone on the last line.
pub async fn create(ctx: &Context, user: &str, read_only: bool) -> Outcome {
    let user = ctx.store.find_user(user).await?;
    // A user whose role may change nothing through the API (the mayor's
    // office, a member) gets a read-only token, and is told so: "read
    // and write" was said and then refused at the first write.
    let read_only = read_only
        || !crate::domain::access::allowed(
            user.role,
            crate::domain::access::Action::LogInteraction,
        );
    let (id, token) = ctx.store.create_api_token(user.id, read_only).await?;
    ctx.say(
        if read_only {
            "token-created-read-only"
        } else {
            "token-created"
        },
        &[("id", id.into()), ("name", Arg::from(&user.name))],
    );
    out::line(&token);
    Ok(())
}

/// `token revoke ID`.
pub async fn revoke(ctx: &Context, id: &str) -> Outcome {
    // Tokens have numbers, not names.
    let id = parse_id("token", id)
        .map_err(|_| crate::domain::Error::ApiTokenNumber(id.trim().to_owned()))?;
    ctx.store.revoke_api_token(id).await?;
    ctx.say("token-revoked", &[("id", id.into())]);
    Ok(())
}

/// `token list`.
pub async fn list(ctx: &Context) -> Outcome {
    let tokens = ctx.store.api_tokens().await?;
    if tokens.is_empty() {
        ctx.say("token-list-empty", &[]);
        return Ok(());
    }
    for token in tokens {
        let state = match token.revoked_at {
            Some(at) => ctx.t_args("token-state-revoked", &[("date", ctx.datetime(at).into())]),
            None => ctx.t("token-state-active"),
        };
        let used = token
            .last_used_at
            .map(|at| ctx.datetime(at))
            .unwrap_or_else(|| ctx.t("card-never"));
        ctx.say(
            "token-row",
            &[
                ("id", token.id.into()),
                ("name", Arg::from(&token.user_name)),
                (
                    "access",
                    ctx.t(if token.read_only {
                        "token-read-only"
                    } else {
                        "token-read-write"
                    })
                    .into(),
                ),
                ("created", ctx.datetime(token.created_at).into()),
                ("used", used.into()),
                ("state", state.into()),
            ],
        );
    }
    Ok(())
}
