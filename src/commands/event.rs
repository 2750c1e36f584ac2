//! `inmaek event add|list|invite|attendees|unreachable`, `inmaek member revoke`.

use std::collections::HashMap;

use super::{Context, Outcome, out, parse_all};
use crate::cli::{EventAddArgs, EventInviteArgs, ListFormat};
use crate::domain::contact::{parse_note, parse_text};
use crate::domain::dates::{parse_local_instant, parse_time_zone};
use crate::domain::keys::{
    Category, EventKind, InvitationStatus, NameForm, PolicyArea, Role, Track,
};
use crate::domain::names::{PersonName, display_name, guess_form};
use crate::domain::{Error, Lang};
use crate::events;
use crate::store::events::{EventChange, NewEvent, event_title};
use crate::store::invitations::{Audience, Delivery, Reach};
use crate::store::records::Event;

const TITLE_CHARS: usize = 300;

fn name(names: &[PersonName], lang: Lang, id: i32) -> String {
    display_name(names, lang).map_or_else(|| format!("#{id}"), |n| n.value.clone())
}

fn all_names(names: &[PersonName]) -> String {
    names
        .iter()
        .map(|n| n.value.as_str())
        .collect::<Vec<_>>()
        .join(" / ")
}

pub async fn add(ctx: &Context, args: EventAddArgs) -> Outcome {
    let kind = EventKind::parse(&args.kind)?;
    let text = |field, value: &Option<String>, max| -> Result<Option<String>, Error> {
        match value {
            Some(value) => parse_text(field, value, max),
            None => Ok(None),
        }
    };
    let note = |field, value: &Option<String>| -> Result<Option<String>, Error> {
        value
            .as_deref()
            .map(|value| parse_note(field, value))
            .transpose()
            .map(Option::flatten)
    };
    let mut titles = [
        text("title_ko", &args.title_ko, TITLE_CHARS)?,
        text("title_zh", &args.title_zh, TITLE_CHARS)?,
        text("title_en", &args.title_en, TITLE_CHARS)?,
    ];
    if let Some(title) = text("title", &args.title, TITLE_CHARS)? {
        let slot = match guess_form(&title) {
            NameForm::Hangul => 0,
            NameForm::Hanzi => 1,
            _ => 2,
        };
        titles[slot].get_or_insert(title);
    }
    let descriptions = [
        note("description_ko", &args.description_ko)?,
        note("description_zh", &args.description_zh)?,
        note("description_en", &args.description_en)?,
    ];
    let time_zone = match &args.tz {
        Some(tz) => parse_time_zone(tz)?,
        None => ctx.config.time_zone,
    };
    // RFC 3339, or a local "2026-12-20 10:00" in the event's time zone.
    let starts_at = parse_local_instant("starts", &args.starts, time_zone)?;
    let ends_at = args
        .ends
        .as_deref()
        .map(|v| parse_local_instant("ends", v, time_zone))
        .transpose()?;
    let rsvp_deadline = args
        .deadline
        .as_deref()
        .map(|v| parse_local_instant("deadline", v, time_zone))
        .transpose()?;
    let capacity = args
        .capacity
        .as_deref()
        .map(|v| {
            v.trim()
                .parse::<i32>()
                .ok()
                .filter(|n| *n >= 1)
                .ok_or_else(|| Error::NotACount {
                    field: "capacity",
                    value: v.trim().to_owned(),
                    least: 1,
                })
        })
        .transpose()?;
    let organizer_user_id = match &args.organizer {
        Some(query) => Some(ctx.store.find_officer(query).await?.id),
        None => None,
    };
    let track = args.track.as_deref().map(Track::parse).transpose()?;
    let topics = parse_all(&args.topics, PolicyArea::parse)?;
    let event = ctx
        .store
        .add_event(NewEvent {
            kind,
            titles,
            descriptions,
            starts_at,
            ends_at,
            time_zone,
            place: args.place.clone(),
            address: text("address", &args.address, TITLE_CHARS)?,
            capacity,
            rsvp_deadline,
            organizer_user_id,
            track,
            topics,
        })
        .await?;
    ctx.say(
        "event-added",
        &[
            ("title", event_title(&event, ctx.lang).0.into()),
            (
                "when",
                events::local_time(event.starts_at, events::event_tz(&event, ctx.tz)).into(),
            ),
        ],
    );
    out::line(&event.id.to_string());
    Ok(())
}

fn counts_text(ctx: &Context, counts: Option<&HashMap<String, i64>>) -> String {
    let Some(counts) = counts else {
        return ctx.t("event-no-invitations");
    };
    InvitationStatus::ALL
        .iter()
        .filter_map(|status| {
            counts.get(status.key()).map(|n| {
                ctx.t_args(
                    "event-count",
                    &[
                        (
                            "status",
                            ctx.label(InvitationStatus::KIND, status.key()).into(),
                        ),
                        ("count", (*n).into()),
                    ],
                )
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub async fn list(ctx: &Context, all: bool) -> Outcome {
    let events = if all {
        ctx.store.all_events().await?
    } else {
        ctx.store.upcoming_events(ctx.store.clock.now()).await?
    };
    if events.is_empty() {
        ctx.say("event-none", &[]);
        return Ok(());
    }
    let ids: Vec<i32> = events.iter().map(|e| e.id).collect();
    let counts = ctx.store.invitation_counts(&ids).await?;
    let places = ctx.store.places_by_id().await?;
    for event in &events {
        let place = event
            .place_id
            .and_then(|id| places.get(&id))
            .map(|p| crate::store::reference::place_name(p, ctx.lang).to_owned())
            .unwrap_or_else(|| ctx.t("card-none"));
        let key = if event.status == crate::store::events::EventStatus::Cancelled {
            "event-row-cancelled"
        } else {
            "event-row"
        };
        ctx.say(
            key,
            &[
                ("id", event.id.into()),
                ("title", event_title(event, ctx.lang).0.into()),
                ("kind", ctx.label(EventKind::KIND, event.kind).into()),
                (
                    "when",
                    events::local_time(event.starts_at, events::event_tz(event, ctx.tz)).into(),
                ),
                ("place", place.into()),
                ("counts", counts_text(ctx, counts.get(&event.id)).into()),
            ],
        );
    }
    Ok(())
}

pub async fn invite(ctx: &Context, args: EventInviteArgs) -> Outcome {
    let event = ctx.store.resolve_event(&args.event).await?;
    if event.status == crate::store::events::EventStatus::Cancelled {
        return Err(Error::EventCancelled.into());
    }
    let audience = Audience {
        categories: parse_all(&args.categories, Category::parse)?,
        places: args.places.clone(),
        organizations: args.organizations.clone(),
        committees: args.committees.clone(),
        language: args.language.as_deref().map(Lang::parse).transpose()?,
    };
    let invitees = ctx.store.audience(event.id, &audience).await?;
    let count = |f: &dyn Fn(&Reach) -> bool| {
        invitees
            .iter()
            .filter(|i| !i.already && f(&i.reach))
            .count()
    };
    let title = event_title(&event, ctx.lang).0;
    if !args.yes {
        ctx.say(
            "event-invite-preview",
            &[
                ("title", title.clone().into()),
                (
                    "total",
                    invitees.iter().filter(|i| !i.already).count().into(),
                ),
                (
                    "reachable",
                    count(&|r| matches!(r, Reach::Member(_))).into(),
                ),
                ("no_account", count(&|r| *r == Reach::NoAccount).into()),
                ("no_consent", count(&|r| *r == Reach::NoConsent).into()),
                ("unreachable", count(&|r| *r == Reach::Unreachable).into()),
                (
                    "already",
                    invitees.iter().filter(|i| i.already).count().into(),
                ),
            ],
        );
        let shown: Vec<_> = invitees.iter().filter(|i| !i.already).take(10).collect();
        ctx.read(
            "list",
            &format!("event:{} audience-preview", event.id),
            &shown.iter().map(|i| i.contact_id).collect::<Vec<_>>(),
        )
        .await?;
        let sample: Vec<String> = shown
            .iter()
            .map(|i| name(&i.names, ctx.lang, i.contact_id))
            .collect();
        if !sample.is_empty() {
            ctx.say(
                "event-invite-sample",
                &[("names", crate::i18n::list(ctx.lang, &sample).into())],
            );
        }
        ctx.say("event-invite-confirm", &[]);
        return Ok(());
    }
    let places = ctx.store.places_by_id().await?;
    let place = event.place_id.and_then(|id| places.get(&id)).cloned();
    let now = ctx.store.clock.now();
    let report = ctx
        .store
        .invite(event.id, &invitees, {
            let (event, lang, tz) = (event.clone(), ctx.lang, ctx.tz);
            move |member, token| {
                events::invitation(&event, place.as_ref(), member, token, now, lang, tz)
            }
        })
        .await?;
    ctx.say(
        "event-invite-done",
        &[
            ("title", title.into()),
            ("queued", report.queued.into()),
            ("unreachable", report.unreachable.into()),
            ("already", report.already.into()),
            ("id", event.id.into()),
        ],
    );
    Ok(())
}

/// `event change` and `event cancel`.
pub async fn change(
    ctx: &Context,
    query: &str,
    [starts, ends]: [Option<&str>; 2],
    place: Option<String>,
    address: Option<String>,
    cancel: bool,
) -> Outcome {
    let event = ctx.store.resolve_event(query).await?;
    let tz = events::event_tz(&event, ctx.tz);
    let change = EventChange {
        starts_at: starts
            .map(|v| parse_local_instant("starts", v, tz))
            .transpose()?,
        ends_at: ends
            .map(|v| parse_local_instant("ends", v, tz))
            .transpose()?,
        place,
        address: address
            .as_deref()
            .map(|a| parse_text("address", a, TITLE_CHARS))
            .transpose()?
            .flatten(),
        cancel,
    };
    let places = ctx.store.places_by_id().await?;
    let now = ctx.store.clock.now();
    let changed = ctx
        .store
        .change_event(event.id, change, {
            let (lang, tz) = (ctx.lang, ctx.tz);
            move |event, member| {
                let place = event.place_id.and_then(|id| places.get(&id));
                events::change_notice(event, place, member, now, lang, tz)
            }
        })
        .await?;
    let told = ctx.store.accepted_members(changed.id).await?.len();
    ctx.say(
        if cancel {
            "event-cancelled"
        } else {
            "event-changed"
        },
        &[
            ("title", event_title(&changed, ctx.lang).0.into()),
            (
                "when",
                events::local_time(changed.starts_at, events::event_tz(&changed, ctx.tz)).into(),
            ),
            ("told", told.into()),
        ],
    );
    Ok(())
}

/// The first line of a CSV: the header after a BOM, so that Excel reads
/// Korean and Chinese as UTF-8.
fn csv_header(fields: &[String]) -> String {
    format!("{}{}", crate::exchange::csv::BOM, csv_line(fields))
}

fn csv_line(fields: &[String]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Cells a spreadsheet could run as formulas are shown as text.
    let _ = writer.write_record(
        fields
            .iter()
            .map(|cell| crate::exchange::csv::neutralize(cell).into_owned()),
    );
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Records that the invited contacts of `rows` were read (`action`).
async fn read_invited(
    ctx: &Context,
    action: &str,
    event_id: i32,
    rows: &[crate::store::invitations::Attendee],
) -> Outcome {
    let contacts: Vec<i32> = rows.iter().map(|row| row.invitation.contact_id).collect();
    ctx.read(action, &format!("event:{event_id}"), &contacts)
        .await
}

pub async fn attendees(ctx: &Context, query: &str, format: ListFormat) -> Outcome {
    let event = ctx.store.resolve_event(query).await?;
    let rows = ctx.store.attendees(event.id).await?;
    read_invited(ctx, "attendees", event.id, &rows).await?;
    if let ListFormat::Csv = format {
        out::data(&csv_header(&[
            "contact_id".into(),
            "name".into(),
            "names".into(),
            "status".into(),
            "delivery".into(),
            "responded_at".into(),
            "member_user_id".into(),
        ]))?;
        for row in &rows {
            out::data(&csv_line(&[
                row.invitation.contact_id.to_string(),
                name(&row.names, ctx.lang, row.invitation.contact_id),
                all_names(&row.names),
                row.invitation.status.to_string(),
                row.invitation.delivery.to_string(),
                row.invitation
                    .responded_at
                    .map(|at| at.to_rfc3339())
                    .unwrap_or_default(),
                row.invitation
                    .user_id
                    .map(|id| id.to_string())
                    .unwrap_or_default(),
            ]))?;
        }
        return Ok(());
    }
    if rows.is_empty() {
        ctx.say("event-no-invitations", &[]);
    }
    for row in &rows {
        ctx.say(
            "event-attendee-row",
            &[
                ("id", row.invitation.contact_id.into()),
                ("name", all_names(&row.names).into()),
                (
                    "status",
                    ctx.label(InvitationStatus::KIND, row.invitation.status)
                        .into(),
                ),
                (
                    "delivery",
                    ctx.t(&format!("event-delivery-{}", row.invitation.delivery))
                        .into(),
                ),
            ],
        );
    }
    Ok(())
}

pub async fn unreachable(ctx: &Context, query: &str, format: ListFormat) -> Outcome {
    let event = ctx.store.resolve_event(query).await?;
    let rows: Vec<_> = ctx
        .store
        .attendees(event.id)
        .await?
        .into_iter()
        .filter(|row| {
            row.invitation.delivery != Delivery::Queued
                || row
                    .member
                    .as_ref()
                    .is_some_and(|m| m.unreachable_at.is_some())
        })
        .map(|mut row| {
            // Blocked after the invitation was queued: unreachable now.
            if row.invitation.delivery == Delivery::Queued {
                row.invitation.delivery = Delivery::Unreachable;
            }
            row
        })
        .collect();
    read_invited(ctx, "unreachable", event.id, &rows).await?;
    let contacts = ctx
        .store
        .contact_records()
        .await?
        .into_iter()
        .filter(|r| rows.iter().any(|row| row.invitation.contact_id == r.id))
        .map(|r| (r.id, r))
        .collect::<HashMap<_, _>>();
    let field = |id: i32, f: fn(&crate::store::export::ContactRecord) -> Option<String>| {
        contacts.get(&id).and_then(f).unwrap_or_default()
    };
    if let ListFormat::Csv = format {
        out::data(&csv_header(&[
            "contact_id".into(),
            "name".into(),
            "names".into(),
            "reason".into(),
            "email".into(),
            "phone".into(),
            "telegram".into(),
        ]))?;
        for row in &rows {
            let id = row.invitation.contact_id;
            out::data(&csv_line(&[
                id.to_string(),
                name(&row.names, ctx.lang, id),
                all_names(&row.names),
                row.invitation.delivery.to_string(),
                field(id, |r| r.email.clone()),
                field(id, |r| r.phone.clone()),
                field(id, |r| r.telegram.clone()),
            ]))?;
        }
        return Ok(());
    }
    if rows.is_empty() {
        ctx.say("event-unreachable-none", &[]);
    }
    for row in &rows {
        let id = row.invitation.contact_id;
        ctx.say(
            "event-unreachable-row",
            &[
                ("id", id.into()),
                ("name", all_names(&row.names).into()),
                (
                    "reason",
                    ctx.t(&format!("event-delivery-{}", row.invitation.delivery))
                        .into(),
                ),
            ],
        );
    }
    Ok(())
}

/// `member revoke`: by user id or name, or by the member's contact.
pub async fn revoke(ctx: &Context, query: &str, purpose: Option<&str>) -> Outcome {
    let user = match ctx.store.find_user(query).await {
        Ok(user) if user.role == Role::Member => user,
        Ok(user) => {
            return Err(Error::NotAMember { name: user.name }.into());
        }
        Err(_) => {
            let contact = ctx.store.resolve_contact(query).await?;
            ctx.store
                .member_of(contact.id)
                .await?
                .ok_or_else(|| Error::NotAMember {
                    name: query.trim().to_owned(),
                })?
        }
    };
    let withdrawn = ctx.store.withdraw_consent(user.id, purpose, None).await?;
    let purposes = match purpose {
        Some(purpose) => ctx.t(&format!("consent-purpose-{purpose}")),
        None => ctx.t("consent-purpose-all"),
    };
    ctx.say(
        if withdrawn {
            "member-revoked"
        } else {
            "member-no-consent"
        },
        &[
            ("name", user.name.clone().into()),
            ("purposes", purposes.into()),
        ],
    );
    Ok(())
}

/// Events for `export --format ics`.
pub async fn calendar(ctx: &Context) -> Result<(String, usize), super::Failure> {
    let events: Vec<Event> = ctx.store.all_events().await?;
    let places = ctx.store.places_by_id().await?;
    Ok((
        crate::exchange::ics::write_events(&events, &places, ctx.lang, ctx.store.clock.now()),
        events.len(),
    ))
}
