//! One way to make a brief, for the command line and the bot alike: find
//! the place or person, assemble, render, and record the access.

use chrono::NaiveDate;
use chrono_tz::Tz;

use crate::domain::{Error, Lang};
use crate::store::audit::Actor;
use crate::store::{Result, Store, StoreError};

/// What a brief is about.
#[derive(Debug, Clone)]
pub enum Target {
    Place(String),
    Contact(String),
    /// A place if the words name one, else a person (the bot's `/brief`).
    Either(String),
}

/// A brief, ready to hand over.
#[derive(Debug, Clone)]
pub struct Made {
    pub html: String,
    /// The short version for a chat (Telegram HTML).
    pub summary: String,
    /// A file name: `brief-harbin-2026-12-10.html`.
    pub file_name: String,
}

pub async fn make(
    store: &Store,
    target: Target,
    date: NaiveDate,
    lang: Lang,
    tz: Tz,
    actor: Actor,
) -> Result<Made> {
    let place = match &target {
        Target::Place(query) => Some(store.resolve_place(query).await?),
        Target::Contact(_) => None,
        Target::Either(query) => match store.resolve_place(query).await {
            Ok(place) => Some(place),
            Err(StoreError::Domain(Error::UnknownPlace(_))) => None,
            Err(err) => return Err(err),
        },
    };
    let generated = store.clock.now();
    if let Some(place) = place {
        let brief = store.place_brief(&place, date, tz).await?;
        let mut subjects: Vec<i32> = brief
            .counterparts
            .iter()
            .map(|c| c.card.contact.id)
            .collect();
        subjects.extend(brief.cold.iter().map(|c| c.0));
        subjects.extend(brief.follow_ups.iter().map(|f| f.follow_up.contact_id));
        subjects.extend(
            brief
                .committees
                .iter()
                .flat_map(|c| c.seats.iter().filter_map(|s| s.member.contact_id)),
        );
        subjects.extend(
            brief
                .agreements
                .iter()
                .flat_map(|a| a.signatories.iter().map(|(id, _)| *id)),
        );
        subjects.sort_unstable();
        subjects.dedup();
        store
            .record_access(
                actor,
                "brief",
                &format!("place:{} date:{date}", place.key),
                &subjects,
            )
            .await?;
        return Ok(Made {
            html: super::place_html(lang, &brief, tz, generated),
            summary: super::place_summary(lang, &brief),
            file_name: format!("brief-{}-{date}.html", place.key),
        });
    }
    let query = match target {
        Target::Contact(query) | Target::Either(query) | Target::Place(query) => query,
    };
    let contact = store.resolve_contact(&query).await?;
    let brief = store.person_brief(contact.id, date, tz).await?;
    // The person, and everyone the brief names as met with them.
    let mut subjects = vec![contact.id];
    subjects.extend(brief.met_with.iter().map(|(id, _, _)| *id));
    subjects.extend(brief.ways_in.names.keys().copied());
    subjects.sort_unstable();
    subjects.dedup();
    store
        .record_access(
            actor,
            "brief",
            &format!("contact:{} date:{date}", contact.id),
            &subjects,
        )
        .await?;
    Ok(Made {
        html: super::person_html(lang, &brief, tz, generated),
        summary: super::person_summary(lang, &brief),
        file_name: format!("brief-contact-{}-{date}.html", contact.id),
    })
}
