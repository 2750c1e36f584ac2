//! `inmaek relation add|list|remove` and `inmaek path`.

use super::careers::parse_id;
use super::{Context, Outcome, out};
use crate::brief::ways::chain_text;
use crate::cli::RelationCommand;
use crate::domain::contact::parse_note;
use crate::domain::keys::TieKind;
use crate::store::network::NewTie;

pub async fn relation(ctx: &Context, command: RelationCommand) -> Outcome {
    match command {
        RelationCommand::Add {
            from,
            to,
            kind,
            note,
        } => {
            let kind = TieKind::parse(&kind)?;
            let from = ctx.store.resolve_contact(&from).await?;
            let to = ctx.store.resolve_contact(&to).await?;
            let note = note
                .as_deref()
                .map(|n| parse_note("note", n))
                .transpose()?
                .flatten();
            let tie = ctx
                .store
                .add_tie(NewTie {
                    from: from.id,
                    to: to.id,
                    kind,
                    note,
                    recorded_by: ctx.actor.user_id,
                })
                .await?;
            let labels = ctx
                .store
                .contact_labels(&[from.id, to.id], ctx.lang)
                .await?;
            ctx.say(
                "relation-added",
                &[(
                    "sentence",
                    tie_sentence(ctx, kind, &labels, from.id, to.id).into(),
                )],
            );
            out::line(&tie.id.to_string());
        }
        RelationCommand::List { contact } => {
            let contact = ctx.store.resolve_contact(&contact).await?;
            let ties = ctx.store.ties_of(contact.id).await?;
            let mut subjects = vec![contact.id];
            subjects.extend(
                ties.iter()
                    .map(|(t, _)| t.from_contact_id + t.to_contact_id - contact.id),
            );
            ctx.read("relations", &format!("contact:{}", contact.id), &subjects)
                .await?;
            let labels = ctx.store.contact_labels(&subjects, ctx.lang).await?;
            if ties.is_empty() {
                ctx.say("relation-none", &[]);
            }
            let users = ctx.store.users().await?;
            for (tie, _) in &ties {
                let by = tie
                    .recorded_by
                    .and_then(|id| users.iter().find(|u| u.id == id))
                    .map(|u| u.name.clone())
                    .unwrap_or_else(|| ctx.t("relation-by-admin"));
                ctx.say(
                    "relation-row",
                    &[
                        ("id", tie.id.into()),
                        (
                            "sentence",
                            tie_sentence(
                                ctx,
                                tie.kind,
                                &labels,
                                tie.from_contact_id,
                                tie.to_contact_id,
                            )
                            .into(),
                        ),
                        ("by", by.into()),
                        ("date", ctx.date(tie.recorded_at).into()),
                        ("note", tie.note.clone().unwrap_or_default().into()),
                    ],
                );
            }
        }
        RelationCommand::Export { out } => {
            let ties = ctx.store.all_ties().await?;
            ctx.store
                .record_access_all(ctx.actor, "export", "relations")
                .await?;
            let ids: Vec<i32> = ties
                .iter()
                .flat_map(|t| [t.from_contact_id, t.to_contact_id])
                .collect();
            let labels = ctx
                .store
                .contact_labels(&ids, crate::domain::Lang::Ko)
                .await?;
            let label = |id: i32| labels.get(&id).cloned().unwrap_or_default();
            let rows: Vec<Vec<String>> = ties
                .iter()
                .map(|t| {
                    vec![
                        t.from_contact_id.to_string(),
                        label(t.from_contact_id),
                        t.to_contact_id.to_string(),
                        label(t.to_contact_id),
                        t.kind.key().to_owned(),
                        t.note.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            let text = crate::exchange::tables::write(&crate::exchange::tables::TIE_COLUMNS, &rows);
            super::careers::write_table(ctx, out.as_deref(), &text, rows.len()).await?;
        }
        RelationCommand::Import(args) => {
            let (path, rows) =
                super::careers::read_table(ctx, &args, &crate::exchange::tables::TIE_COLUMNS)
                    .await?;
            let mut ties = Vec::with_capacity(rows.len());
            for row in &rows {
                let from = super::careers::row_contact(ctx, &path, row, "from_id", "from").await?;
                let to = super::careers::row_contact(ctx, &path, row, "to_id", "to").await?;
                let kind = TieKind::parse(row.get("kind").unwrap_or_default())
                    .map_err(|e| super::careers::row_failure(&path, row, "kind", e.into()))?;
                if from == to {
                    return Err(super::careers::row_failure(
                        &path,
                        row,
                        "to",
                        crate::domain::Error::WithItself { kind: "relation" }.into(),
                    ));
                }
                let note = row
                    .get("note")
                    .map(|n| parse_note("note", n))
                    .transpose()
                    .map_err(|e| super::careers::row_failure(&path, row, "note", e.into()))?
                    .flatten();
                ties.push(NewTie {
                    from,
                    to,
                    kind,
                    note,
                    recorded_by: ctx.actor.user_id,
                });
            }
            if args.dry_run {
                ctx.say("table-checked", &[("count", ties.len().into())]);
            } else {
                let (added, skipped) = ctx.store.import_ties(ties).await?;
                ctx.say(
                    "table-imported",
                    &[("count", added.into()), ("skipped", skipped.into())],
                );
            }
        }
        RelationCommand::Remove { id } => {
            let id = parse_id("relation", &id)?;
            // An officer removes the ties they recorded; an admin any.
            let tie = ctx.store.tie(id).await?;
            if let Some(user_id) = ctx.actor.user_id {
                let user = ctx.store.find_user(&user_id.to_string()).await?;
                if user.role != crate::domain::keys::Role::Admin && tie.recorded_by != Some(user.id)
                {
                    return Err(crate::domain::Error::NotYourRecord { kind: "relation" }.into());
                }
            }
            ctx.store.remove_tie(id).await?;
            ctx.say("relation-removed", &[("id", id.into())]);
        }
    }
    Ok(())
}

fn tie_sentence(
    ctx: &Context,
    kind: TieKind,
    labels: &std::collections::HashMap<i32, String>,
    from: i32,
    to: i32,
) -> String {
    let label = |id: i32| labels.get(&id).cloned().unwrap_or_else(|| format!("#{id}"));
    ctx.t_args(
        &format!("path-tie-{}", kind.key()),
        &[("a", label(from).into()), ("b", label(to).into())],
    )
}

pub async fn path(ctx: &Context, to: &str, from: Option<&str>, limit: u64) -> Outcome {
    let contact = ctx.store.resolve_contact(to).await?;
    let officer = match from {
        Some(query) => Some(ctx.store.find_user(query).await?.id),
        None => None,
    };
    let limit = usize::try_from(limit).unwrap_or(5);
    let paths = ctx.store.paths_to(contact.id, officer, limit).await?;
    let mut subjects: Vec<i32> = paths.names.keys().copied().collect();
    subjects.push(contact.id);
    subjects.sort_unstable();
    subjects.dedup();
    ctx.read("path", &format!("contact:{}", contact.id), &subjects)
        .await?;
    let name = ctx
        .store
        .contact_label(contact.id, ctx.lang)
        .await?
        .unwrap_or_default();
    if paths.chains.is_empty() {
        ctx.say("path-none", &[("name", name.into())]);
        return Ok(());
    }
    ctx.say(
        "path-header",
        &[("name", name.into()), ("count", paths.chains.len().into())],
    );
    for (n, chain) in paths.chains.iter().enumerate() {
        out::line(&format!(
            "{}. {}",
            n + 1,
            chain_text(ctx.lang, ctx.tz, chain, &paths.names)
        ));
    }
    Ok(())
}
