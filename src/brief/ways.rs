//! *Ways in*: a chain of acquaintance as one sentence per step, the same
//! in the bot, on the command line and in the person brief (plain text;
//! each face escapes it for its markup).

use std::collections::HashMap;

use chrono_tz::Tz;

use crate::domain::keys::TieKind;
use crate::domain::names::{PersonName, display_name};
use crate::domain::{Arg, Lang};
use crate::i18n::t_args;
use crate::store::network::{Chain, Link, Via};

/// A person's name in `lang` (their number when nameless).
fn name(names: &HashMap<i32, Vec<PersonName>>, id: i32, lang: Lang) -> String {
    names
        .get(&id)
        .and_then(|n| display_name(n, lang))
        .map_or_else(|| format!("#{id}"), |n| n.value.clone())
}

/// One step: "Officer Kim met 金永男 3 times, last on 2026-10-02".
pub fn step(
    lang: Lang,
    tz: Tz,
    chain: &Chain,
    link: &Link,
    names: &HashMap<i32, Vec<PersonName>>,
) -> String {
    let to = name(names, link.to, lang);
    let from = match link.from {
        Some(id) => name(names, id, lang),
        None => chain.officer.name.clone(),
    };
    match &link.via {
        Via::Met { times, last } => t_args(
            lang,
            "path-step-met",
            &[
                ("officer", from.into()),
                ("name", to.into()),
                ("times", (*times).into()),
                (
                    "date",
                    last.with_timezone(&tz).date_naive().to_string().into(),
                ),
            ],
        ),
        Via::MetTogether { times, last } => t_args(
            lang,
            "path-step-together",
            &[
                ("a", from.into()),
                ("b", to.into()),
                ("times", (*times).into()),
                (
                    "date",
                    last.with_timezone(&tz).date_naive().to_string().into(),
                ),
            ],
        ),
        Via::Tie { kind, forward } => {
            // Directed ties read from the one recorded first.
            let (a, b) = if *forward || !matches!(kind, TieKind::Superior | TieKind::Introduced) {
                (from, to)
            } else {
                (to, from)
            };
            t_args(
                lang,
                &format!("path-tie-{}", kind.key()),
                &[("a", Arg::from(a)), ("b", Arg::from(b))],
            )
        }
    }
}

/// A whole chain: its steps joined with arrows.
pub fn chain_text(
    lang: Lang,
    tz: Tz,
    chain: &Chain,
    names: &HashMap<i32, Vec<PersonName>>,
) -> String {
    chain
        .links
        .iter()
        .map(|link| step(lang, tz, chain, link, names))
        .collect::<Vec<_>>()
        .join(" → ")
}
