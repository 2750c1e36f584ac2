//! `inmaek brief --place P | --contact C [--date D] [--lang L] [--out F]`.

use super::{Context, Outcome};
use crate::brief::make::{Target, make};
use crate::cli::BriefArgs;
use crate::domain::Lang;
use crate::domain::dates::parse_date;
use crate::store::audit::Actor;

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
    let made = make(&ctx.store, target, date, lang, ctx.tz, Actor::CLI).await?;
    match &args.out {
        Some(path) => {
            super::exchange::write_atomically(path, &made.html).await?;
            eprintln!(
                "{}",
                ctx.t_args(
                    "brief-written",
                    &[("path", path.display().to_string().into())]
                )
            );
        }
        None => print!("{}", made.html),
    }
    Ok(())
}
