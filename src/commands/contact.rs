//! `inmaek contact add|show|list`.

use super::{Context, Outcome, out, parse_all};
use crate::cli::{ContactAddArgs, ContactListArgs};
use crate::domain::cadence::Cadence;
use crate::domain::contact::{parse_email, parse_note, parse_phone, parse_telegram, parse_text};
use crate::domain::dates::parse_time_zone;
use crate::domain::keys::{Category, NameForm, PolicyArea};
use crate::domain::names::PersonName;
use crate::domain::{Arg, Lang};
use crate::render::card::{CARD_INTERACTIONS, CardView};
use crate::store::contacts::{ContactFilter, NewContact};
use crate::store::reference::{organization_name, place_name, place_with_other_names};
use crate::store::search::MatchRank;

/// Parses the flags of `contact add` into a `NewContact`.
fn parse_new_contact(args: ContactAddArgs) -> Result<NewContact, crate::domain::Error> {
    let mut names = Vec::new();
    for (form, value) in [
        (NameForm::Hangul, &args.hangul),
        (NameForm::Hanzi, &args.hanzi),
        (NameForm::Latin, &args.latin),
    ] {
        if let Some(value) = value {
            names.push(PersonName::parse(form, value)?);
        }
    }
    for alias in &args.alias {
        names.push(PersonName::parse(NameForm::Alias, alias)?);
    }
    for former in &args.former {
        names.push(PersonName::parse(NameForm::Former, former)?);
    }
    if names.is_empty() {
        return Err(crate::domain::Error::NoName);
    }
    Ok(NewContact {
        names,
        categories: parse_all(&args.category, Category::parse)?,
        interests: parse_all(&args.interest, PolicyArea::parse)?,
        organization: args
            .org
            .as_deref()
            .map(|o| parse_text("org", o, 200))
            .transpose()?
            .flatten(),
        title: args
            .title
            .as_deref()
            .map(|t| parse_text("title", t, 200))
            .transpose()?
            .flatten(),
        place: args.place,
        lang: args.lang.as_deref().map(Lang::parse).transpose()?,
        time_zone: args.tz.as_deref().map(parse_time_zone).transpose()?,
        telegram: args.telegram.as_deref().map(parse_telegram).transpose()?,
        email: args.email.as_deref().map(parse_email).transpose()?,
        phone: args.phone.as_deref().map(parse_phone).transpose()?,
        cadence: args
            .cadence_days
            .as_deref()
            .map(Cadence::parse)
            .transpose()?,
        owner: args.owner,
        notes: args
            .notes
            .as_deref()
            .map(|n| parse_note("notes", n))
            .transpose()?
            .flatten(),
        birthday: None,
        honors: Vec::new(),
    })
}

pub async fn add(ctx: &Context, args: ContactAddArgs) -> Outcome {
    let allow_duplicate = args.allow_duplicate;
    let new = parse_new_contact(args)?;
    if !allow_duplicate {
        ctx.store.refuse_duplicates(&new.names).await?;
    }
    let contact = ctx.store.add_contact(new).await?;
    let labels = ctx.store.contact_labels(&[contact.id], ctx.lang).await?;
    ctx.say(
        "contact-added",
        &[
            ("id", contact.id.into()),
            (
                "name",
                labels.get(&contact.id).cloned().unwrap_or_default().into(),
            ),
        ],
    );
    out::line(&contact.id.to_string());
    Ok(())
}

pub async fn show(ctx: &Context, query: &str) -> Outcome {
    let contact = ctx.store.resolve_contact(query).await?;
    let (card, ties) = ctx
        .store
        .read_card_with_ties(contact.id, CARD_INTERACTIONS, ctx.actor)
        .await?;
    for line in CardView::new(&ctx.words(), &card, &ties).text(&ctx.words()) {
        out::line(&line);
    }
    Ok(())
}

pub async fn list(ctx: &Context, args: ContactListArgs) -> Outcome {
    let category = args.category.as_deref().map(Category::parse).transpose()?;
    let place_id = match &args.place {
        Some(query) => Some(ctx.store.resolve_place(query).await?.id),
        None => None,
    };
    let owner_user_id = match &args.owner {
        Some(query) => Some(ctx.store.find_user(query).await?.id),
        None => None,
    };
    let rows = ctx
        .store
        .list_contacts(&ContactFilter {
            category,
            place_id,
            owner_user_id,
            due_only: args.due,
            ..Default::default()
        })
        .await?;
    let filter: Vec<String> = [
        args.category.as_ref().map(|c| format!("category:{c}")),
        args.place.as_ref().map(|p| format!("place:{p}")),
        args.owner.as_ref().map(|o| format!("owner:{o}")),
        args.due.then(|| "due".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect();
    ctx.read(
        "list",
        &filter.join(" "),
        &rows.iter().map(|row| row.id).collect::<Vec<_>>(),
    )
    .await?;
    if rows.is_empty() {
        ctx.say("contact-list-empty", &[]);
        return Ok(());
    }
    let places = ctx.store.places().await?;
    for row in &rows {
        let categories: Vec<String> = row
            .categories
            .iter()
            .map(|c| ctx.label(Category::KIND, c.key()))
            .collect();
        let place = row
            .place_id
            .and_then(|id| places.iter().find(|p| p.id == id))
            .map(|p| place_name(p, ctx.lang).to_owned())
            .unwrap_or_default();
        // Categories and place when known (an empty one left "·  ·").
        let details = [
            crate::i18n::list(ctx.lang, &categories),
            place,
            crate::render::health_text(&ctx.words(), row.health),
        ]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        ctx.say(
            "contact-list-row",
            &[
                ("id", row.id.into()),
                ("name", row.label(ctx.lang).into()),
                ("details", details.into()),
            ],
        );
    }
    ctx.say("contact-list-count", &[("count", rows.len().into())]);
    Ok(())
}

pub async fn search(
    ctx: &Context,
    query: &str,
    limit: u64,
    place: Option<&str>,
    category: Option<&str>,
) -> Outcome {
    // clap keeps it within 1..=1000.
    let limit = usize::try_from(limit).unwrap_or(1000).max(1);
    let category = category.map(Category::parse).transpose()?;
    let place_id = match place {
        Some(query) => Some(ctx.store.resolve_place(query).await?.id),
        None => None,
    };
    let filtered = place_id.is_some() || category.is_some();
    let mut contacts = if filtered {
        // Filter among many matches, then keep `limit` of them.
        let within: std::collections::HashSet<i32> = ctx
            .store
            .list_contacts(&ContactFilter {
                category,
                place_id,
                ..Default::default()
            })
            .await?
            .into_iter()
            .map(|row| row.id)
            .collect();
        let mut found = ctx
            .store
            .find_contacts(query, limit.saturating_mul(50))
            .await?;
        found.retain(|m| within.contains(&m.id));
        found
    } else {
        ctx.store.find_contacts(query, limit).await?
    };
    contacts.truncate(limit);
    // Filtered by place or category, the search is of people only.
    let (places, organizations) = if filtered {
        (Vec::new(), Vec::new())
    } else {
        (
            ctx.store.search_places(query).await?,
            ctx.store.search_organizations(query, limit).await?,
        )
    };
    let scope = [
        Some(format!("query:{}", query.trim())),
        place.map(|p| format!("place:{p}")),
        category.map(|c| format!("category:{}", c.key())),
    ];
    ctx.read(
        "search",
        &scope.into_iter().flatten().collect::<Vec<_>>().join(" "),
        &contacts.iter().map(|c| c.id).collect::<Vec<_>>(),
    )
    .await?;
    if contacts.is_empty() && places.is_empty() && organizations.is_empty() {
        ctx.say("search-none", &[("query", query.trim().into())]);
        return Ok(());
    }
    for found in &contacts {
        let rank = match found.rank {
            MatchRank::Written | MatchRank::Exact => "search-rank-exact",
            MatchRank::Prefix => "search-rank-prefix",
            MatchRank::Fuzzy => "search-rank-fuzzy",
        };
        ctx.say(
            "search-contact",
            &[
                ("id", found.id.into()),
                ("names", found.all_names().into()),
                ("rank", ctx.t(rank).into()),
            ],
        );
    }
    for place in &places {
        ctx.say(
            "search-place",
            &[
                ("key", Arg::from(&place.key)),
                ("names", place_with_other_names(place, ctx.lang).into()),
            ],
        );
    }
    for org in &organizations {
        ctx.say(
            "search-organization",
            &[
                ("id", org.id.into()),
                ("name", organization_name(org, ctx.lang).into()),
            ],
        );
    }
    Ok(())
}

pub async fn merge(ctx: &Context, keep: &str, other: &str) -> Outcome {
    let keep = ctx.store.resolve_contact(keep).await?;
    let other = ctx.store.resolve_contact(other).await?;
    let labels = ctx
        .store
        .contact_labels(&[keep.id, other.id], ctx.lang)
        .await?;
    let merged = ctx.store.merge_contacts(keep.id, other.id).await?;
    ctx.say(
        "contact-merged",
        &[
            ("keep", merged.id.into()),
            ("other", other.id.into()),
            (
                "name",
                labels.get(&keep.id).cloned().unwrap_or_default().into(),
            ),
            (
                "other_name",
                labels.get(&other.id).cloned().unwrap_or_default().into(),
            ),
        ],
    );
    Ok(())
}

/// `contact handover --from A --to B [--contact C]`.
pub async fn handover(ctx: &Context, from: &str, to: &str, contact: Option<&str>) -> Outcome {
    // An officer hands over their own relationships; only an admin moves
    // someone else's.
    if let Some(acting) = ctx.actor.user_id {
        let acting = ctx.store.find_user(&acting.to_string()).await?;
        let giver = ctx.store.find_user(from).await?;
        if acting.role != crate::domain::keys::Role::Admin && giver.id != acting.id {
            return Err(crate::domain::Error::NotAllowed {
                user: acting.name,
                role: acting.role.key().to_owned(),
            }
            .into());
        }
    }
    let contact_id = match contact {
        Some(query) => Some(ctx.store.resolve_contact(query).await?.id),
        None => None,
    };
    let done = ctx.store.handover(from, to, contact_id).await?;
    ctx.say(
        "contact-handover-done",
        &[
            ("from", done.from.name.clone().into()),
            ("to", done.to.name.clone().into()),
            ("contacts", done.contacts.into()),
            ("follow_ups", done.follow_ups.into()),
        ],
    );
    Ok(())
}

/// `contact erase C [--yes]`.
pub async fn erase(ctx: &Context, query: &str, yes: bool) -> Outcome {
    let contact = ctx.store.resolve_contact(query).await?;
    let names = ctx
        .store
        .read_card(contact.id, 0, ctx.actor)
        .await?
        .names
        .iter()
        .map(|n| n.value.clone())
        .collect::<Vec<_>>()
        .join(" / ");
    if !yes {
        ctx.say(
            "contact-erase-confirm",
            &[("id", contact.id.into()), ("names", names.into())],
        );
        return Ok(());
    }
    let erased = ctx
        .store
        .erase_contact(contact.id, ctx.actor, |lang| {
            crate::i18n::t(lang, "erase-dialogue-cleared")
        })
        .await?;
    ctx.say(
        "contact-erased",
        &[
            ("id", contact.id.into()),
            ("pseudonym", erased.pseudonym.into()),
            ("deleted", erased.interactions_deleted.into()),
            ("redacted", erased.interactions_redacted.into()),
        ],
    );
    ctx.say(
        "contact-erased-traces",
        &[
            ("texts", erased.texts_blacked_out.into()),
            ("dropped", erased.messages_dropped.into()),
            ("dialogues", erased.dialogues_cleared.into()),
        ],
    );
    Ok(())
}

/// `contact data C [--format json|html] [--out FILE]`: the answer to a
/// person's request to see what is stored about them.
pub async fn data(
    ctx: &Context,
    query: &str,
    format: crate::cli::DataFormat,
    path: Option<&std::path::Path>,
) -> Outcome {
    let contact = ctx.store.resolve_contact(query).await?;
    let data = ctx.store.personal_data_of(contact.id, None).await?;
    ctx.store
        .record_access(
            ctx.actor,
            "access-request",
            &format!("contact:{}", contact.id),
            &[contact.id],
        )
        .await?;
    let text = match format {
        crate::cli::DataFormat::Json => {
            let mut json = serde_json::to_string_pretty(&data).unwrap_or_default();
            json.push('\n');
            json
        }
        crate::cli::DataFormat::Html => crate::bot::mydata::page(ctx.lang, ctx.tz, &data),
    };
    match path {
        Some(path) => {
            super::exchange::write_atomically(path, &text).await?;
            out::note(&ctx.t_args(
                "contact-data-written",
                &[("path", path.display().to_string().into())],
            ));
            Ok(())
        }
        None => out::data(&text),
    }
}
