//! `inmaek contact edit`, `position add|end|list`, `org add|edit|merge|list`.

use super::{Context, Outcome, out, parse_all};
use crate::cli::{ContactEditArgs, OrgCommand, OrgFieldArgs, PositionCommand};
use crate::domain::contact::{parse_email, parse_phone, parse_text};
use crate::domain::dates::parse_date;
use crate::domain::keys::{Category, OrganizationKind};
use crate::domain::names::{PersonName, guess_form};
use crate::domain::{Error, Lang};
use crate::store::careers::{NewPosition, OrganizationFields};
use crate::store::edit::{ContactEdit, parse_details as details};
use crate::store::reference::{organization_name, place_name};

/// Titles and organization names: one line, this long at most.
const LINE: usize = 200;

/// Refuses an officer changing a contact someone else keeps (admins may).
pub(super) async fn may_edit(ctx: &Context, contact: &crate::store::records::Contact) -> Outcome {
    let Some(user_id) = ctx.actor.user_id else {
        return Ok(());
    };
    let user = ctx.store.find_user(&user_id.to_string()).await?;
    if user.role == crate::domain::keys::Role::Admin || contact.owner_user_id == Some(user.id) {
        return Ok(());
    }
    Err(Error::NotTheOwner {
        contact: contact.id.to_string(),
        user: user.name,
    }
    .into())
}

pub async fn edit(ctx: &Context, args: ContactEditArgs) -> Outcome {
    let contact = ctx.store.resolve_contact(&args.contact).await?;
    may_edit(ctx, &contact).await?;
    let mut add_names = Vec::new();
    for name in &args.add_name {
        add_names.push(PersonName::parse(guess_form(name), name)?);
    }
    let position = match (&args.org, &args.title) {
        (Some(org), Some(title)) => {
            let org = parse_text("org", org, LINE)?.ok_or(Error::Empty { field: "org" })?;
            let title = parse_text("title", title, LINE)?;
            Some((org, title))
        }
        _ => None,
    };
    let place_id = match &args.place {
        Some(place) => Some(ctx.store.resolve_place(place).await?.id),
        None => None,
    };
    let birthday = args
        .birthday
        .as_deref()
        .map(|day| parse_date("birthday", day))
        .transpose()?
        .map(|day| (day, args.lunar));
    // Everything parsed: only now may a new organization be created.
    let add_emails = details(&args.email, parse_email)?;
    let add_phones = details(&args.phone, parse_phone)?;
    let lang = args.language.as_deref().map(Lang::parse).transpose()?;
    let add_categories = parse_all(&args.category, Category::parse)?;
    let remove_categories = parse_all(&args.remove_category, Category::parse)?;
    let position = match position {
        Some((org, title)) => Some((ctx.store.organization_named(&org).await?.id, title)),
        None => None,
    };
    let edit = ContactEdit {
        add_names,
        remove_names: args.remove_name.clone(),
        add_categories,
        remove_categories,
        position,
        place_id,
        lang,
        add_emails,
        add_phones,
        remove_emails: args.remove_email.clone(),
        remove_phones: args.remove_phone.clone(),
        birthday,
        today: Some(ctx.today()),
        ..ContactEdit::default()
    };
    ctx.store.edit_contact(contact.id, edit).await?;
    let label = ctx
        .store
        .contact_label(contact.id, ctx.lang)
        .await?
        .unwrap_or_default();
    ctx.say(
        "contact-edited",
        &[("id", contact.id.into()), ("name", label.into())],
    );
    Ok(())
}

pub async fn position(ctx: &Context, command: PositionCommand) -> Outcome {
    match command {
        PositionCommand::Add {
            contact,
            org,
            title,
            from,
            to,
            end_current,
        } => {
            let contact = ctx.store.resolve_contact(&contact).await?;
            may_edit(ctx, &contact).await?;
            let org = parse_text("org", &org, LINE)?.ok_or(Error::Empty { field: "org" })?;
            let title = parse_text("title", &title, LINE)?;
            let from = ctx.past_day("from", from.as_deref())?;
            let to = to.as_deref().map(|d| parse_date("to", d)).transpose()?;
            let org = ctx.store.organization_named(&org).await?;
            let position = ctx
                .store
                .add_position(NewPosition {
                    contact_id: contact.id,
                    organization_id: org.id,
                    title,
                    from,
                    to,
                    end_current,
                    today: ctx.today(),
                })
                .await?;
            ctx.say(
                "position-added",
                &[("organization", organization_name(&org, ctx.lang).into())],
            );
            out::line(&position.id.to_string());
        }
        PositionCommand::End { id, on } => {
            let id = parse_id("position", &id)?;
            let on = ctx.day_or_today("on", on.as_deref())?;
            let position = ctx.store.position(id).await?;
            let contact = ctx
                .store
                .resolve_contact(&position.contact_id.to_string())
                .await?;
            may_edit(ctx, &contact).await?;
            ctx.store.end_position(id, on).await?;
            ctx.say(
                "position-end-done",
                &[("id", id.into()), ("date", on.to_string().into())],
            );
        }
        PositionCommand::Export { out } => export_positions(ctx, out.as_deref()).await?,
        PositionCommand::Import(args) => import_positions(ctx, &args).await?,
        PositionCommand::List { contact } => {
            let contact = ctx.store.resolve_contact(&contact).await?;
            let positions = ctx.store.positions_of(contact.id).await?;
            ctx.read(
                "positions",
                &format!("contact:{}", contact.id),
                &[contact.id],
            )
            .await?;
            if positions.is_empty() {
                ctx.say("position-none", &[]);
            }
            for (position, org) in positions {
                ctx.say(
                    if position.ended_on.is_some() {
                        "position-row-past"
                    } else {
                        "position-row-current"
                    },
                    &[
                        ("id", position.id.into()),
                        ("organization", organization_name(&org, ctx.lang).into()),
                        ("title", position.title.unwrap_or_default().into()),
                        ("from", span_day(position.started_on).into()),
                        ("to", span_day(position.ended_on).into()),
                    ],
                );
            }
        }
    }
    Ok(())
}

/// A day of a span, or `…` when not known.
fn span_day(day: Option<chrono::NaiveDate>) -> String {
    day.map_or_else(|| "…".to_owned(), |d| d.to_string())
}

/// A record's number as typed (`12`, `#12`).
pub(super) fn parse_id(kind: &'static str, value: &str) -> Result<i32, Error> {
    value
        .trim()
        .trim_start_matches('#')
        .parse::<i32>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| Error::NotFound {
            kind,
            query: value.trim().to_owned(),
        })
}

async fn org_fields(
    ctx: &Context,
    args: &OrgFieldArgs,
) -> Result<OrganizationFields, super::Failure> {
    let name = |field: &'static str, value: &Option<String>| -> Result<Option<String>, Error> {
        value
            .as_deref()
            .map(|v| parse_text(field, v, LINE))
            .transpose()
            .map(Option::flatten)
    };
    Ok(OrganizationFields {
        name_ko: name("name-ko", &args.name_ko)?,
        name_zh: name("name-zh", &args.name_zh)?,
        name_en: name("name-en", &args.name_en)?,
        kind: args
            .kind
            .as_deref()
            .map(OrganizationKind::parse)
            .transpose()?,
        place_id: match &args.place {
            Some(place) => Some(ctx.store.resolve_place(place).await?.id),
            None => None,
        },
        parent_id: match &args.parent {
            Some(parent) => Some(ctx.store.resolve_organization(parent).await?.id),
            None => None,
        },
    })
}

pub async fn org(ctx: &Context, command: OrgCommand) -> Outcome {
    match command {
        OrgCommand::Add { name, fields } => {
            let name = parse_text("name", &name, LINE)?.ok_or(Error::Empty { field: "name" })?;
            let mut fields = org_fields(ctx, &fields).await?;
            // The positional name goes to its script's column unless given there.
            let guessed = OrganizationFields::default().with_name(&name);
            fields.name_ko = fields.name_ko.or(guessed.name_ko);
            fields.name_zh = fields.name_zh.or(guessed.name_zh);
            fields.name_en = fields.name_en.or(guessed.name_en);
            let org = ctx.store.add_organization(fields).await?;
            ctx.say(
                "org-added",
                &[("name", organization_name(&org, ctx.lang).into())],
            );
            out::line(&org.id.to_string());
        }
        OrgCommand::Edit { org, fields } => {
            let org = ctx.store.resolve_organization(&org).await?;
            let fields = org_fields(ctx, &fields).await?;
            if fields.names().next().is_none()
                && fields.kind.is_none()
                && fields.place_id.is_none()
                && fields.parent_id.is_none()
            {
                return Err(Error::Empty { field: "change" }.into());
            }
            let org = ctx.store.change_organization(org.id, fields).await?;
            ctx.say(
                "org-changed",
                &[("name", organization_name(&org, ctx.lang).into())],
            );
        }
        OrgCommand::Merge { org, into } => {
            let gone = ctx.store.resolve_organization(&org).await?;
            let kept = ctx.store.resolve_organization(&into).await?;
            let kept = ctx.store.merge_organizations(gone.id, kept.id).await?;
            ctx.say(
                "org-merged",
                &[
                    ("gone", organization_name(&gone, ctx.lang).into()),
                    ("name", organization_name(&kept, ctx.lang).into()),
                ],
            );
        }
        OrgCommand::List => {
            let rows = ctx.store.organization_rows().await?;
            let places = ctx.store.places_by_id().await?;
            ctx.read("organizations", "all", &[]).await?;
            if rows.is_empty() {
                ctx.say("org-none", &[]);
            }
            for row in rows {
                let org = &row.organization;
                let mut within: Vec<String> = row
                    .parents
                    .iter()
                    .rev()
                    .map(|p| organization_name(p, ctx.lang).to_owned())
                    .collect();
                within.push(organization_name(org, ctx.lang).to_owned());
                ctx.say(
                    "org-row",
                    &[
                        ("id", org.id.into()),
                        ("name", within.join(" › ").into()),
                        (
                            "kind",
                            ctx.label(OrganizationKind::KIND, org.kind.key()).into(),
                        ),
                        (
                            "place",
                            org.place_id
                                .and_then(|id| places.get(&id))
                                .map(|p| place_name(p, ctx.lang).to_owned())
                                .unwrap_or_default()
                                .into(),
                        ),
                        ("people", row.current.into()),
                    ],
                );
            }
        }
    }
    Ok(())
}

/// A row's refusal: where, which column, and why (nothing is written).
pub(super) fn row_failure(
    path: &str,
    row: &crate::exchange::tables::Row,
    column: &'static str,
    err: super::Failure,
) -> super::Failure {
    let message = match err {
        super::Failure::Domain(err) => err.message(),
        other => return other,
    };
    super::Failure::Row {
        path: path.to_owned(),
        line: row.line,
        column,
        message,
    }
}

/// The contact a row names: by `id_column` when given, else by the whole
/// name in `name_column`.
pub(super) async fn row_contact(
    ctx: &Context,
    path: &str,
    row: &crate::exchange::tables::Row,
    id_column: &'static str,
    name_column: &'static str,
) -> Result<i32, super::Failure> {
    // The name decides (numbers differ from one database to another); the
    // number only tells apart people of the same name, and must be one of
    // them.
    match (row.get(id_column), row.get(name_column)) {
        (None, None) => Err(row_failure(
            path,
            row,
            name_column,
            Error::Empty { field: name_column }.into(),
        )),
        (Some(id), None) => ctx
            .store
            .resolve_contact(id)
            .await
            .map(|c| c.id)
            .map_err(|err| row_failure(path, row, id_column, err.into())),
        (id, Some(name)) => match ctx.store.resolve_contact(name).await {
            Ok(contact) => Ok(contact.id),
            Err(crate::store::StoreError::Domain(Error::AmbiguousContact {
                query,
                candidates,
            })) => {
                let chosen = id
                    .and_then(|id| id.trim().trim_start_matches('#').parse::<i32>().ok())
                    .filter(|id| candidates.iter().any(|c| c.id == *id));
                chosen.ok_or_else(|| {
                    row_failure(
                        path,
                        row,
                        name_column,
                        Error::AmbiguousContact { query, candidates }.into(),
                    )
                })
            }
            Err(err) => Err(row_failure(path, row, name_column, err.into())),
        },
    }
}

/// Reads a table file, or says why not (the file, or the CSV as a whole).
pub(super) async fn read_table(
    ctx: &Context,
    args: &crate::cli::TableImportArgs,
    columns: &[&'static str],
) -> Result<(String, Vec<crate::exchange::tables::Row>), super::Failure> {
    let path = args.file.display().to_string();
    let text = super::exchange::read_import(ctx, &args.file, args.encoding.as_ref()).await?;
    let rows = crate::exchange::tables::read(&text, columns)
        .map_err(|err| super::exchange::csv_failure_of(&path, err, columns))?;
    if rows.is_empty() {
        return Err(super::Failure::Parse {
            path,
            line: 1,
            column: 1,
            reason: ctx.t("table-no-rows"),
        });
    }
    Ok((path, rows))
}

/// Writes a table to `out` (owner-only) or standard output.
pub(super) async fn write_table(
    ctx: &Context,
    out: Option<&std::path::Path>,
    text: &str,
    rows: usize,
) -> Outcome {
    match out {
        Some(path) => {
            super::exchange::write_atomically(path, text).await?;
            out::note(&ctx.t_args(
                "table-exported",
                &[
                    ("path", path.display().to_string().into()),
                    ("count", rows.into()),
                ],
            ));
            Ok(())
        }
        None => out::data(text),
    }
}

pub(super) async fn export_positions(ctx: &Context, out: Option<&std::path::Path>) -> Outcome {
    let positions = ctx.store.all_positions().await?;
    ctx.store
        .record_access_all(ctx.actor, "export", "positions")
        .await?;
    let ids: Vec<i32> = positions.iter().map(|(p, _)| p.contact_id).collect();
    let labels = ctx.store.contact_labels(&ids, Lang::Ko).await?;
    let rows: Vec<Vec<String>> = positions
        .iter()
        .map(|(p, org)| {
            vec![
                p.contact_id.to_string(),
                labels.get(&p.contact_id).cloned().unwrap_or_default(),
                organization_name(org, Lang::Ko).to_owned(),
                p.title.clone().unwrap_or_default(),
                p.started_on.map(|d| d.to_string()).unwrap_or_default(),
                p.ended_on.map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    let text = crate::exchange::tables::write(&crate::exchange::tables::POSITION_COLUMNS, &rows);
    write_table(ctx, out, &text, rows.len()).await
}

pub(super) async fn import_positions(ctx: &Context, args: &crate::cli::TableImportArgs) -> Outcome {
    let (path, rows) = read_table(ctx, args, &crate::exchange::tables::POSITION_COLUMNS).await?;
    let mut parsed = Vec::with_capacity(rows.len());
    for row in &rows {
        let contact_id = row_contact(ctx, &path, row, "contact_id", "contact").await?;
        let date = |column: &'static str| {
            row.get(column)
                .map(|d| parse_date(column, d))
                .transpose()
                .map_err(|e| row_failure(&path, row, column, e.into()))
        };
        let (from, to) = (date("from")?, date("to")?);
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            return Err(row_failure(
                &path,
                row,
                "to",
                Error::EndsBeforeStart {
                    field: "to",
                    value: to.to_string(),
                }
                .into(),
            ));
        }
        let title = row
            .get("title")
            .map(|t| parse_text("title", t, LINE))
            .transpose()
            .map_err(|e| row_failure(&path, row, "title", e.into()))?
            .flatten();
        let org = row
            .get("organization")
            .map(|o| parse_text("organization", o, LINE))
            .transpose()
            .map_err(|e| row_failure(&path, row, "organization", e.into()))?
            .flatten()
            .ok_or_else(|| {
                row_failure(
                    &path,
                    row,
                    "organization",
                    Error::Empty {
                        field: "organization",
                    }
                    .into(),
                )
            })?;
        parsed.push((contact_id, org, title, from, to));
    }
    if args.dry_run {
        ctx.say("table-checked", &[("count", parsed.len().into())]);
        return Ok(());
    }
    let mut positions = Vec::with_capacity(parsed.len());
    for (contact_id, org, title, from, to) in parsed {
        let org = ctx.store.organization_named(&org).await?;
        positions.push(NewPosition {
            contact_id,
            organization_id: org.id,
            title,
            from,
            to,
            end_current: false,
            today: ctx.today(),
        });
    }
    let (count, skipped) = ctx.store.import_positions(positions).await?;
    ctx.say(
        "table-imported",
        &[("count", count.into()), ("skipped", skipped.into())],
    );
    Ok(())
}
