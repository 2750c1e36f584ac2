//! `inmaek brief --place P | --contact C [--date D] [--lang L] [--out F]`.

use super::{Context, Outcome, out};
use crate::brief::make::{Target, make};
use crate::cli::BriefArgs;
use crate::domain::Lang;
use crate::domain::dates::parse_date;

pub async fn brief(ctx: &Context, args: BriefArgs) -> Outcome {
    let lang = match &args.lang {
        Some(lang) => Lang::parse(lang)?,
        None => ctx.lang,
    };
    let date = match &args.date {
        Some(date) => parse_date("date", date)?,
        None => ctx.store.clock.now().with_timezone(&ctx.tz).date_naive(),
    };
    let target = match (args.place, args.contact) {
        (Some(place), _) => Target::Place(place),
        (None, Some(contact)) => Target::Contact(contact),
        // clap requires one of the two.
        (None, None) => return Err(crate::domain::Error::Empty { field: "place" }.into()),
    };
    let made = make(&ctx.store, target, date, lang, ctx.tz, ctx.actor).await?;
    match &args.out {
        Some(path) => {
            super::exchange::write_atomically(path, &made.html).await?;
            out::note(&ctx.t_args(
                "brief-written",
                &[("path", path.display().to_string().into())],
            ));
        }
        None => out::data(&made.html)?,
    }
    Ok(())
}

/// `inmaek audit --contact C | --user U`.
pub async fn audit(ctx: &Context, contact: Option<String>, user: Option<String>) -> Outcome {
    let rows = match (contact, user) {
        (Some(pseudonym), _) if pseudonym.trim().starts_with("erased-") => {
            let pseudonym = pseudonym.trim();
            let rows = ctx.store.access_log_of_pseudonym(pseudonym).await?;
            ctx.read("audit", &format!("contact:{pseudonym}"), &[])
                .await?;
            rows
        }
        (Some(contact), _) => {
            let contact = ctx.store.resolve_contact(&contact).await?;
            let rows = ctx.store.access_log_of_contact(contact.id).await?;
            ctx.read("audit", &format!("contact:{}", contact.id), &[contact.id])
                .await?;
            rows
        }
        (None, Some(user)) => {
            let user = ctx.store.find_user(&user).await?;
            let rows = ctx.store.access_log_of_user(user.id).await?;
            let subjects: Vec<i32> = user.contact_id.into_iter().collect();
            ctx.read("audit", &format!("user:{}", user.id), &subjects)
                .await?;
            rows
        }
        (None, None) => return Err(crate::domain::Error::Empty { field: "contact" }.into()),
    };
    if rows.is_empty() {
        ctx.say("audit-none", &[]);
        return Ok(());
    }
    let user_ids: Vec<i32> = rows.iter().filter_map(|r| r.user_id).collect();
    let users = ctx.store.users_by_id(&user_ids).await?;
    for row in rows {
        let who = row.user_id.and_then(|id| users.get(&id)).map_or_else(
            || match row.channel.as_str() {
                "system" => ctx.t("audit-system"),
                "bot" => ctx.t("audit-stranger"),
                _ => ctx.t("audit-command-line"),
            },
            |u| u.name.clone(),
        );
        let subjects = if row.subjects == crate::store::audit::ALL {
            ctx.t("audit-all-contacts")
        } else {
            row.subjects.clone()
        };
        ctx.say(
            "audit-row",
            &[
                ("at", ctx.datetime(row.at).into()),
                ("who", who.into()),
                ("channel", row.channel.clone().into()),
                (
                    "action",
                    ctx.t(&format!("audit-action-{}", row.action)).into(),
                ),
                ("scope", row.scope.clone().into()),
                ("subjects", subjects.into()),
            ],
        );
    }
    Ok(())
}

/// `inmaek audit --purge-before DATE`.
pub async fn purge(ctx: &Context, before: &str) -> Outcome {
    let date = parse_date("purge_before", before)?;
    let instant = crate::domain::schedule::local_instant(ctx.tz, date, chrono::NaiveTime::MIN);
    let gone = ctx.store.purge_access_log(instant).await?;
    ctx.say(
        "audit-purged",
        &[("count", gone.into()), ("date", date.to_string().into())],
    );
    Ok(())
}
