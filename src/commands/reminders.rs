//! `inmaek reminders tick`, `inmaek outbox list|retry`.

use super::serve::bot_from_env;
use super::{Context, Outcome};
use crate::clock::Clock;
use crate::domain::Error;
use crate::domain::dates::parse_instant;
use crate::keep;

/// One scheduler pass and one relay, at `now` (RFC 3339) or the present.
pub async fn tick(ctx: &Context, now: Option<&str>) -> Outcome {
    let bot = bot_from_env()?;
    let store = match now {
        Some(now) => ctx.store.at_clock(Clock::fixed(parse_instant("now", now)?)),
        None => ctx.store.clone(),
    };
    let report = keep::tick(&store, &bot, &ctx.config, None).await?;
    ctx.say(
        "reminders-tick-done",
        &[
            ("digests", report.scheduled.digests.into()),
            ("follow_ups", report.scheduled.follow_ups.into()),
            ("sent", report.relayed.sent.into()),
            (
                "waiting",
                (report.relayed.rate_limited + report.relayed.retrying + report.relayed.deferred)
                    .into(),
            ),
            ("dead", report.relayed.dead.into()),
        ],
    );
    Ok(())
}

pub async fn list(ctx: &Context, dead: bool, limit: u64) -> Outcome {
    let rows = ctx.store.outbox_list(dead, limit).await?;
    let user_ids: Vec<i32> = rows.iter().filter_map(|r| r.user_id).collect();
    let users = ctx.store.users_by_id(&user_ids).await?;
    // The messages name contacts; their member recipients are contacts.
    let mut members: Vec<i32> = users.values().filter_map(|u| u.contact_id).collect();
    members.sort_unstable();
    members.dedup();
    let scope = if dead {
        format!("dead limit:{limit}")
    } else {
        format!("limit:{limit}")
    };
    ctx.read("outbox", &scope, &members).await?;
    if rows.is_empty() {
        ctx.say(
            if dead {
                "outbox-none-dead"
            } else {
                "outbox-none"
            },
            &[],
        );
        return Ok(());
    }
    for row in rows {
        let recipient = row
            .user_id
            .and_then(|id| users.get(&id))
            .map_or_else(|| row.chat_id.to_string(), |u| u.name.clone());
        ctx.say(
            "outbox-row",
            &[
                ("id", row.id.into()),
                (
                    "status",
                    ctx.t(&format!("outbox-status-{}", row.status)).into(),
                ),
                ("kind", ctx.t(&format!("outbox-kind-{}", row.kind)).into()),
                ("recipient", recipient.into()),
                (
                    "at",
                    ctx.datetime(row.sent_at.unwrap_or(row.not_before)).into(),
                ),
                ("attempts", row.attempts.into()),
                ("error", row.last_error.clone().unwrap_or_default().into()),
            ],
        );
    }
    Ok(())
}

pub async fn retry(ctx: &Context, id: &str) -> Outcome {
    let id: i32 = id
        .trim()
        .trim_start_matches('#')
        .parse()
        .map_err(|_| Error::OutboxNotFound(id.trim().to_owned()))?;
    let row = ctx.store.outbox_retry(id).await?;
    ctx.say(
        "outbox-retried",
        &[
            ("id", row.id.into()),
            ("kind", ctx.t(&format!("outbox-kind-{}", row.kind)).into()),
        ],
    );
    Ok(())
}
