//! `inmaek interaction add|list`.

use super::{Context, Outcome, out, parse_all};
use crate::cli::InteractionAddArgs;
use crate::domain::Error;
use crate::domain::contact::{parse_note, parse_required_text};
use crate::domain::dates::{parse_date, parse_occurred_at};
use crate::domain::keys::{InteractionKind, PolicyArea, Role, Track};
use crate::render::card::interaction_line;
use crate::store::interactions::{NewFollowUp, NewInteraction};

pub async fn add(ctx: &Context, args: InteractionAddArgs) -> Outcome {
    let now = ctx.store.clock.now();
    let kind = InteractionKind::parse(&args.kind)?;
    let occurred_at = match &args.at {
        Some(at) => parse_occurred_at("at", at, ctx.tz, now)?,
        None => now,
    };
    let track = args.track.as_deref().map(Track::parse).transpose()?;
    let topics = parse_all(&args.topic, PolicyArea::parse)?;
    let note = args
        .note
        .as_deref()
        .map(|n| parse_note("note", n))
        .transpose()?
        .flatten();
    let follow_ups = match (&args.follow_up, &args.follow_up_due) {
        (Some(what), Some(due)) => vec![NewFollowUp {
            what: parse_required_text("follow_up", what, 500)?,
            due_on: parse_date("follow_up_due", due)?,
            promised_by_seoul: true,
        }],
        _ => Vec::new(),
    };
    let mut contact_ids = Vec::with_capacity(args.contact.len());
    for query in &args.contact {
        contact_ids.push(ctx.store.resolve_contact(query).await?.id);
    }
    let mut officer_ids = Vec::with_capacity(args.officer.len());
    for name in &args.officer {
        officer_ids.push(ctx.store.find_officer(name).await?.id);
    }
    let logged_by = recorder(ctx, args.by.as_deref()).await?;
    let record = ctx
        .store
        .log_interaction(NewInteraction {
            occurred_at,
            kind,
            contact_ids: contact_ids.clone(),
            officer_ids,
            place: args.place,
            note,
            track,
            topics,
            logged_by,
            follow_ups,
        })
        .await?;
    let labels = ctx.store.contact_labels(&contact_ids, ctx.lang).await?;
    let names: Vec<String> = contact_ids
        .iter()
        .filter_map(|id| labels.get(id).cloned())
        .collect();
    ctx.say(
        "interaction-added",
        &[
            ("id", record.id.into()),
            ("kind", ctx.label(InteractionKind::KIND, kind.key()).into()),
            ("date", ctx.datetime(occurred_at).into()),
            ("contacts", crate::i18n::list(ctx.lang, &names).into()),
        ],
    );
    out::line(&record.id.to_string());
    Ok(())
}

pub async fn list(ctx: &Context, contact: Option<&str>, limit: u64) -> Outcome {
    let contact_id = match contact {
        Some(query) => Some(ctx.store.resolve_contact(query).await?.id),
        None => None,
    };
    let summaries = ctx.store.interactions_of(contact_id, limit.max(1)).await?;
    let mut ids: Vec<i32> = summaries
        .iter()
        .flat_map(|s| s.contact_ids.iter().copied())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let scope = match contact_id {
        Some(id) => format!("contact:{id} limit:{limit}"),
        None => format!("limit:{limit}"),
    };
    ctx.read("interactions", &scope, &ids).await?;
    if summaries.is_empty() {
        ctx.say("interaction-list-empty", &[]);
        return Ok(());
    }
    let labels = ctx.store.contact_labels(&ids, ctx.lang).await?;
    for summary in &summaries {
        let names: Vec<String> = summary
            .contact_ids
            .iter()
            .filter_map(|id| labels.get(id).cloned())
            .collect();
        out::line(&interaction_line(
            &ctx.words(),
            summary,
            Some(&crate::i18n::list(ctx.lang, &names)),
        ));
    }
    Ok(())
}

/// Who records the interaction: `--by` (an active officer), or the
/// officer acting with `--as`. Only an admin records for someone else.
async fn recorder(ctx: &Context, by: Option<&str>) -> Result<Option<i32>, super::Failure> {
    let acting = match ctx.actor.user_id {
        Some(id) => Some(ctx.store.find_user(&id.to_string()).await?),
        None => None,
    };
    let Some(name) = by else {
        return Ok(acting
            .filter(|user| user.role == Role::Officer)
            .map(|user| user.id));
    };
    let officer = ctx.store.find_officer(name).await?;
    if officer.disabled_at.is_some() {
        return Err(Error::UserDisabled { name: officer.name }.into());
    }
    if let Some(acting) = acting
        && acting.role != Role::Admin
        && acting.id != officer.id
    {
        return Err(Error::RecordForOther { by: officer.name }.into());
    }
    Ok(Some(officer.id))
}
