//! The relationship brief rendered: a self-contained HTML page (inline CSS
//! and SVG, system fonts, A4 print) and a short chat summary, entirely in
//! the requested language with every person's names in every script.

mod charts;
pub mod make;
pub mod ways;

use std::fmt::Write as _;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::domain::cadence::Health;
use crate::domain::contact::excerpt;
use crate::domain::keys::{
    AgreementStatus, Category, CommitteeRole, EventKind, HonorKind, HonorStatus, InteractionKind,
    NameForm, PolicyArea, ProjectStage, Track,
};
use crate::domain::names::{PersonName, display_name};
use crate::domain::{Arg, Lang};
use crate::i18n;
use crate::keep::render::health_text;
use crate::store::brief::{Counterpart, OpenFollowUp, PersonBrief, PlaceBrief};
use crate::store::events::event_title;
use crate::store::institutions::{committee_name, project_title};
use crate::store::interactions::InteractionSummary;
use crate::store::records::Place;
use crate::store::reference::{organization_name, place_name};

/// How many talking points a brief suggests at most.
const POINTS: usize = 8;
/// How much of a note the history quotes.
const NOTE_EXCERPT: usize = 160;

use crate::render::html::escape as esc;

fn t(lang: Lang, key: &str) -> String {
    i18n::t(lang, key)
}

fn ta(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    i18n::t_args(lang, key, args)
}

fn label(lang: Lang, kind: &str, key: impl std::fmt::Display) -> String {
    i18n::label(lang, kind, key)
}

/// The name to show first, and the others.
fn names_line(names: &[PersonName], lang: Lang, id: i32) -> (String, String) {
    let main = display_name(names, lang).map_or_else(|| format!("#{id}"), |n| n.value.clone());
    let others: Vec<String> = names
        .iter()
        .filter(|n| n.value != main)
        .map(|n| {
            format!(
                "{} ({})",
                n.value,
                label(lang, NameForm::KIND, n.form.key())
            )
        })
        .collect();
    (main, others.join(" · "))
}

fn place_all_names(place: &Place, lang: Lang) -> String {
    let main = place_name(place, lang).to_owned();
    let mut others: Vec<&str> = [
        place.name_ko.as_str(),
        place.name_zh.as_str(),
        place.name_en.as_str(),
        place.name_ko_hanja.as_str(),
    ]
    .into_iter()
    .filter(|n| !n.is_empty() && *n != main)
    .collect();
    others.dedup();
    if others.is_empty() {
        main
    } else {
        format!("{main} ({})", others.join(" / "))
    }
}

fn is_overdue(health: Health) -> bool {
    matches!(health, Health::Overdue { .. })
}

/// A relationship's health in words, its days counted in `tz` as of `today`.
fn health_words(lang: Lang, tz: Tz, today: NaiveDate, health: Health) -> String {
    health_text(&crate::render::Words { lang, tz, today }, health)
}

fn health_badge(lang: Lang, tz: Tz, today: NaiveDate, health: Health) -> String {
    let class = match health {
        Health::Ok { .. } => "ok",
        Health::Due { .. } => "due",
        Health::Overdue { .. } => "overdue",
    };
    format!(
        "<span class=\"badge {class}\">{}</span>",
        esc(&health_words(lang, tz, today, health))
    )
}

const CSS: &str = r#"
@page { size: A4; margin: 14mm 13mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2433; font-size: 10.5pt; line-height: 1.45; margin: 0 auto; max-width: 190mm; padding: 8mm 0; background: #fff; }
:lang(zh) body, body:lang(zh) { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo", system-ui, sans-serif; }
svg text { font-family: inherit; }
h1 { font-size: 19pt; margin: 0 0 2mm; color: #0b3c73; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; padding-bottom: 1mm; border-bottom: 2px solid #0b3c73; color: #0b3c73; break-after: avoid; }
h3 { font-size: 11pt; margin: 0 0 1mm; }
.meta { color: #56607a; margin: 0; }
.alt { color: #56607a; font-weight: normal; font-size: 9.5pt; }
.person { border: 1px solid #d5dbe8; border-radius: 2mm; padding: 2.5mm 3mm; margin: 2.5mm 0; break-inside: avoid; }
.person p { margin: 0.6mm 0; }
.person ul { margin: 1mm 0 0 4mm; padding: 0; }
.badge { display: inline-block; border-radius: 1.5mm; padding: 0 1.5mm; font-size: 8.5pt; font-weight: 600; white-space: nowrap; }
.badge.ok { background: #e3f4e8; color: #1d6b35; }
.badge.due { background: #fff1d6; color: #8a5a00; }
.badge.overdue { background: #fde1e1; color: #a01818; }
.promise { color: #a01818; font-weight: 600; }
.points li { margin: 1mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { text-align: left; border-bottom: 1px solid #e4e8f0; padding: 1mm 1.5mm; vertical-align: top; }
th { color: #56607a; font-weight: 600; }
.charts { display: flex; gap: 6mm; flex-wrap: wrap; }
.chart { break-inside: avoid; }
.chart figcaption { font-size: 9pt; color: #56607a; }
footer { margin-top: 8mm; color: #56607a; font-size: 8.5pt; border-top: 1px solid #d5dbe8; padding-top: 2mm; }
@media print { body { padding: 0; } a { color: inherit; text-decoration: none; } }
"#;

fn page(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}<footer>{}</footer>\n</body>\n</html>\n",
        lang.tag(),
        esc(title),
        esc(&t(lang, "brief-footer"))
    )
}

fn date_of(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%Y-%m-%d").to_string()
}

fn history_item(lang: Lang, summary: &InteractionSummary, tz: Tz) -> String {
    let kind = label(lang, InteractionKind::KIND, summary.interaction.kind);
    let track = summary
        .interaction
        .track
        .map(|k| format!(" · {}", label(lang, Track::KIND, k.key())))
        .unwrap_or_default();
    let topics: Vec<String> = summary
        .topics
        .iter()
        .map(|a| label(lang, PolicyArea::KIND, a.key()))
        .collect();
    let topics = if topics.is_empty() {
        String::new()
    } else {
        format!(" · {}", crate::i18n::list(lang, &topics))
    };
    let note = summary
        .interaction
        .note
        .as_deref()
        .map(|n| format!(" — {}", esc(&excerpt(n, NOTE_EXCERPT))))
        .unwrap_or_default();
    format!(
        "<li>{} · {}{}{}{}</li>",
        date_of(summary.interaction.occurred_at, tz),
        esc(&kind),
        esc(&track),
        esc(&topics),
        note
    )
}

/// "due 2026-11-27", or "due 2026-11-27 · 5 days late" once past `today`.
fn due_text(lang: Lang, due_on: NaiveDate, today: NaiveDate) -> String {
    let late = (today - due_on).num_days();
    if late > 0 {
        ta(
            lang,
            "brief-due-late",
            &[("date", due_on.to_string().into()), ("late", late.into())],
        )
    } else {
        ta(lang, "brief-due-on", &[("date", due_on.to_string().into())])
    }
}

fn follow_up_item(lang: Lang, open: &OpenFollowUp, with_name: bool, today: NaiveDate) -> String {
    let who = if with_name {
        let (name, _) = names_line(&open.names, lang, open.follow_up.contact_id);
        format!(" ({})", esc(&name))
    } else {
        String::new()
    };
    let (class, key) = if open.follow_up.promised_by_seoul {
        ("promise", "brief-promised-by-seoul")
    } else {
        ("", "brief-promised-by-them")
    };
    format!(
        "<li class=\"{class}\">{} — {}{} · {}</li>",
        esc(&t(lang, key)),
        esc(&excerpt(&open.follow_up.what, NOTE_EXCERPT)),
        who,
        esc(&due_text(lang, open.follow_up.due_on, today))
    )
}

/// `health_day` is the day the health is counted as of (the visit's, when
/// later than today); `today` the day follow-ups are late as of.
fn counterpart_block(
    lang: Lang,
    c: &Counterpart,
    tz: Tz,
    (today, health_day): (NaiveDate, NaiveDate),
    out: &mut String,
) {
    let card = &c.card;
    let (main, others) = names_line(&card.names, lang, card.contact.id);
    let _ = write!(
        out,
        "<article class=\"person\"><h3>{} <span class=\"alt\">{}</span> {}</h3>",
        esc(&main),
        esc(&others),
        health_badge(lang, tz, health_day, c.health)
    );
    let positions: Vec<String> = card
        .positions
        .iter()
        .filter(|(p, _)| p.ended_on.is_none())
        .map(|(p, o)| {
            let org = organization_name(o, lang);
            match &p.title {
                Some(title) => format!("{} — {}", esc(title), esc(org)),
                None => esc(org),
            }
        })
        .collect();
    if !positions.is_empty() {
        let here = if c.posted_here {
            format!(
                " <span class=\"alt\">({})</span>",
                esc(&t(lang, "brief-posted-here"))
            )
        } else {
            String::new()
        };
        let _ = write!(out, "<p>{}{here}</p>", positions.join("; "));
    }
    let categories: Vec<String> = card
        .categories
        .iter()
        .map(|k| label(lang, Category::KIND, k.key()))
        .collect();
    let owner = card.owner.as_ref().map_or_else(
        || t(lang, "brief-no-owner"),
        |u| ta(lang, "brief-owner", &[("name", u.name.clone().into())]),
    );
    // Where the person lives and works: a person brief says it; in a
    // place brief it tells the province's cities apart.
    let city = card
        .place
        .as_ref()
        .map(|p| {
            format!(
                " · {}",
                esc(&ta(
                    lang,
                    "brief-person-place",
                    &[("place", place_name(p, lang).into())]
                ))
            )
        })
        .unwrap_or_default();
    // Categories (when any) and the owner, then the city.
    let line = [crate::i18n::list(lang, &categories), owner]
        .into_iter()
        .filter(|part| !part.is_empty())
        .map(|part| esc(&part))
        .collect::<Vec<_>>()
        .join(" · ");
    let _ = write!(out, "<p>{line}{city}</p>");
    let honors: Vec<String> = card
        .honors
        .iter()
        .map(|h| {
            let kind = label(lang, HonorKind::KIND, h.kind);
            let status = label(lang, HonorStatus::KIND, h.status);
            let date = h.conferred_on.map(|d| format!(" {d}")).unwrap_or_default();
            format!("{kind}{date} ({status})")
        })
        .collect();
    let seats: Vec<String> = c
        .committees
        .iter()
        .map(|cm| committee_name(cm, lang).to_owned())
        .collect();
    if !honors.is_empty() || !seats.is_empty() {
        let _ = write!(
            out,
            "<p>{}</p>",
            esc(&[
                crate::i18n::list(lang, &honors),
                crate::i18n::list(lang, &seats)
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · "))
        );
    }
    if !card.interests.is_empty() {
        let interests: Vec<String> = card
            .interests
            .iter()
            .map(|a| label(lang, PolicyArea::KIND, a.key()))
            .collect();
        let _ = write!(
            out,
            "<p>{}</p>",
            esc(&ta(
                lang,
                "brief-interests",
                &[("value", crate::i18n::list(lang, &interests).into())]
            ))
        );
    }
    if !card.recent.is_empty() || !card.open_follow_ups.is_empty() {
        out.push_str("<ul>");
        for summary in &card.recent {
            out.push_str(&history_item(lang, summary, tz));
        }
        for follow_up in &card.open_follow_ups {
            out.push_str(&follow_up_item(
                lang,
                &OpenFollowUp {
                    follow_up: follow_up.clone(),
                    names: Vec::new(),
                },
                false,
                today,
            ));
        }
        out.push_str("</ul>");
    } else {
        let _ = write!(
            out,
            "<p class=\"alt\">{}</p>",
            esc(&t(lang, "brief-never-met"))
        );
    }
    out.push_str("</article>\n");
}

/// A heading (`tag`) and a list of `items` (whole `<li>` elements), or a
/// "none" line when there is nothing in it.
fn list(out: &mut String, lang: Lang, tag: &str, title: &str, items: Vec<String>) {
    list_with(out, lang, tag, title, "", items, "brief-none");
}

fn list_with(
    out: &mut String,
    lang: Lang,
    tag: &str,
    title: &str,
    class: &str,
    items: Vec<String>,
    empty: &str,
) {
    let _ = write!(
        out,
        "<{tag}>{}</{tag}><ul class=\"{class}\">",
        esc(&t(lang, title))
    );
    if items.is_empty() {
        let _ = write!(out, "<li>{}</li>", esc(&t(lang, empty)));
    }
    for item in items {
        out.push_str(&item);
    }
    out.push_str("</ul>");
}

/// A section holding a list, or a line saying `empty` when there is nothing.
fn list_section(
    out: &mut String,
    lang: Lang,
    title: &str,
    class: &str,
    items: Vec<String>,
    empty: &str,
) {
    out.push_str("<section>");
    list_with(out, lang, "h2", title, class, items, empty);
    out.push_str("</section>\n");
}

/// Talking points for a place: Seoul's promises, other open follow-ups,
/// relationships to repair, shared interests, recent topics, events.
pub fn place_points(lang: Lang, brief: &PlaceBrief, tz: Tz) -> Vec<String> {
    let mut points = Vec::new();
    for open in brief
        .follow_ups
        .iter()
        .filter(|f| f.follow_up.promised_by_seoul)
        .take(3)
    {
        let (name, _) = names_line(&open.names, lang, open.follow_up.contact_id);
        points.push(ta(
            lang,
            "brief-point-promise",
            &[
                ("what", excerpt(&open.follow_up.what, NOTE_EXCERPT).into()),
                ("name", name.into()),
                (
                    "due",
                    due_text(lang, open.follow_up.due_on, brief.made_on).into(),
                ),
            ],
        ));
    }
    for open in brief
        .follow_ups
        .iter()
        .filter(|f| !f.follow_up.promised_by_seoul)
        .take(2)
    {
        let (name, _) = names_line(&open.names, lang, open.follow_up.contact_id);
        points.push(ta(
            lang,
            "brief-point-follow-up",
            &[
                ("what", excerpt(&open.follow_up.what, NOTE_EXCERPT).into()),
                ("name", name.into()),
            ],
        ));
    }
    for (id, names, health) in brief.cold.iter().take(2) {
        let (name, _) = names_line(names, lang, *id);
        points.push(ta(
            lang,
            "brief-point-reconnect",
            &[
                ("name", name.into()),
                (
                    "health",
                    health_words(lang, brief.tz, brief.health_day(), *health).into(),
                ),
            ],
        ));
    }
    for (area, count) in brief.shared_interests.iter().take(2) {
        let projects = brief
            .projects
            .iter()
            .filter(|p| p.areas.contains(area))
            .count();
        points.push(ta(
            lang,
            "brief-point-interest",
            &[
                ("area", label(lang, PolicyArea::KIND, area.key()).into()),
                ("count", (*count).into()),
                ("projects", projects.into()),
            ],
        ));
    }
    for (area, count) in brief.recent_topics.iter().take(2) {
        points.push(ta(
            lang,
            "brief-point-topic",
            &[
                ("area", label(lang, PolicyArea::KIND, area.key()).into()),
                ("count", (*count).into()),
            ],
        ));
    }
    for event in brief.events.iter().take(2) {
        points.push(ta(
            lang,
            "brief-point-event",
            &[
                ("title", event_title(event, lang).0.into()),
                ("date", date_of(event.starts_at, tz).into()),
            ],
        ));
    }
    points.truncate(POINTS);
    points
}

/// The place brief as a self-contained HTML page.
pub fn place_html(lang: Lang, brief: &PlaceBrief, tz: Tz, generated: DateTime<Utc>) -> String {
    let place = place_all_names(&brief.place, lang);
    let title = ta(
        lang,
        "brief-place-title",
        &[("place", place.clone().into())],
    );
    let mut body = String::new();
    let region: Vec<String> = brief
        .region
        .iter()
        .skip(1)
        .map(|p| place_name(p, lang).to_owned())
        .collect();
    let _ = writeln!(
        body,
        "<header><h1>{}</h1><p class=\"meta\">{}</p><p class=\"meta\">{}</p></header>",
        esc(&title),
        esc(&ta(
            lang,
            "brief-meta",
            &[
                ("date", brief.date.to_string().into()),
                (
                    "generated",
                    generated
                        .with_timezone(&tz)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                        .into()
                ),
                ("count", brief.contacts_total.into()),
            ]
        )),
        esc(&ta(
            lang,
            "brief-region",
            &[("places", crate::i18n::list(lang, &region).into())]
        ))
    );

    let points = place_points(lang, brief, tz);
    list_section(
        &mut body,
        lang,
        "brief-points",
        "points",
        points
            .iter()
            .map(|p| format!("<li>{}</li>", esc(p)))
            .collect(),
        "brief-none",
    );

    let _ = writeln!(
        body,
        "<section><h2>{}</h2>",
        esc(&ta(
            lang,
            "brief-counterparts",
            &[
                ("shown", brief.counterparts.len().into()),
                ("total", brief.contacts_total.into())
            ]
        ))
    );
    if brief.counterparts.is_empty() {
        let _ = write!(body, "<p>{}</p>", esc(&t(lang, "brief-none")));
    }
    for counterpart in &brief.counterparts {
        counterpart_block(
            lang,
            counterpart,
            tz,
            (brief.made_on, brief.health_day()),
            &mut body,
        );
    }
    body.push_str("</section>\n");

    let _ = write!(
        body,
        "<section><h2>{}</h2>",
        esc(&ta(
            lang,
            "brief-cold",
            &[("count", brief.cold.len().into())]
        ))
    );
    if brief.cold.is_empty() {
        let _ = write!(body, "<p>{}</p>", esc(&t(lang, "brief-none")));
    } else {
        body.push_str("<table><tbody>");
        for (id, names, health) in &brief.cold {
            let (main, others) = names_line(names, lang, *id);
            let _ = write!(
                body,
                "<tr><td>{}{} <span class=\"alt\">{}</span></td><td>{}</td></tr>",
                if is_overdue(*health) { "⚠ " } else { "" },
                esc(&main),
                esc(&others),
                health_badge(lang, tz, brief.health_day(), *health)
            );
        }
        body.push_str("</tbody></table>");
    }
    body.push_str("</section>\n");

    list_section(
        &mut body,
        lang,
        "brief-promises",
        "",
        brief
            .follow_ups
            .iter()
            .map(|open| follow_up_item(lang, open, true, brief.made_on))
            .collect(),
        "brief-none",
    );

    let _ = write!(body, "<section><h2>{}</h2>", esc(&t(lang, "brief-ties")));
    let agreements = brief
        .agreements
        .iter()
        .map(|view| {
            let agreement = &view.agreement;
            let place = view
                .place
                .as_ref()
                .map(|p| place_name(p, lang).to_owned())
                .unwrap_or_default();
            // The history, oldest first: "exploring 2019-03-01 → friendship 2021-05-02".
            let history: Vec<String> = view
                .steps
                .iter()
                .map(|step| {
                    let status = label(lang, AgreementStatus::KIND, step.status);
                    match step.on_date {
                        Some(day) => format!("{status} {day}"),
                        None => status,
                    }
                })
                .collect();
            let signatories: Vec<String> = view
                .signatories
                .iter()
                .map(|(id, names)| names_line(names, lang, *id).0)
                .collect();
            let signed = if signatories.is_empty() {
                String::new()
            } else {
                format!(" · {}", crate::i18n::list(lang, &signatories))
            };
            let note = agreement
                .note
                .as_deref()
                .map(|n| format!(" — {}", excerpt(n, NOTE_EXCERPT)))
                .unwrap_or_default();
            format!(
                "<li>{}</li>",
                esc(&format!("{place}: {}{signed}{note}", history.join(" → ")))
            )
        })
        .collect();
    list(&mut body, lang, "h3", "brief-agreements", agreements);
    let committees = brief
        .committees
        .iter()
        .map(|view| {
            let members: Vec<String> = view
                .seats
                .iter()
                .filter(|seat| seat.member.left_on.is_none_or(|day| day > brief.made_on))
                .map(|seat| {
                    format!(
                        "{} ({})",
                        seat.label(lang),
                        label(lang, CommitteeRole::KIND, seat.member.role)
                    )
                })
                .collect();
            let last = view
                .meetings
                .first()
                .map(|m| {
                    format!(
                        " · {}",
                        ta(
                            lang,
                            "brief-committee-last-meeting",
                            &[("date", m.meeting.held_on.to_string().into())]
                        )
                    )
                })
                .unwrap_or_default();
            format!(
                "<li><b>{}</b>: {}{}</li>",
                esc(committee_name(&view.committee, lang)),
                esc(&crate::i18n::list(lang, &members)),
                esc(&last)
            )
        })
        .collect();
    list(&mut body, lang, "h3", "brief-committees", committees);
    let projects = brief
        .projects
        .iter()
        .map(|view| {
            let stage = label(lang, ProjectStage::KIND, view.project.stage);
            let areas: Vec<String> = view
                .areas
                .iter()
                .map(|a| label(lang, PolicyArea::KIND, a.key()))
                .collect();
            let orgs: Vec<String> = view
                .organizations
                .iter()
                .map(|o| organization_name(o, lang).to_owned())
                .collect();
            let orgs = if orgs.is_empty() {
                String::new()
            } else {
                format!(" · {}", crate::i18n::list(lang, &orgs))
            };
            format!(
                "<li>{} — {} · {}{}</li>",
                esc(project_title(&view.project, lang)),
                esc(&stage),
                esc(&crate::i18n::list(lang, &areas)),
                esc(&orgs)
            )
        })
        .collect();
    list(&mut body, lang, "h3", "brief-projects", projects);
    let events = brief
        .events
        .iter()
        .map(|event| {
            let kind = label(lang, EventKind::KIND, event.kind);
            format!(
                "<li>{} · {} — {}</li>",
                date_of(event.starts_at, tz),
                esc(&kind),
                esc(&event_title(event, lang).0)
            )
        })
        .collect();
    list(&mut body, lang, "h3", "brief-events", events);
    body.push_str("</section>\n");

    let _ = writeln!(
        body,
        "<section><h2>{}</h2><div class=\"charts\">{}{}</div></section>",
        esc(&t(lang, "brief-activity")),
        charts::tracks(lang, &brief.tracks),
        charts::timeline(lang, &brief.timeline)
    );
    page(lang, &title, &body)
}

/// The chat summary of a place brief (HTML for Telegram).
pub fn place_summary(lang: Lang, brief: &PlaceBrief) -> String {
    let place = place_all_names(&brief.place, lang);
    let promises = brief
        .follow_ups
        .iter()
        .filter(|f| f.follow_up.promised_by_seoul)
        .count();
    let mut lines = vec![ta(
        lang,
        "brief-chat-place",
        &[
            ("place", esc(&place).into()),
            ("date", brief.date.to_string().into()),
            ("total", brief.contacts_total.into()),
            ("cold", brief.cold.len().into()),
            ("promises", promises.into()),
        ],
    )];
    for (n, c) in brief.counterparts.iter().take(5).enumerate() {
        let (main, others) = names_line(&c.card.names, lang, c.card.contact.id);
        let mark = if is_overdue(c.health) { "⚠ " } else { "" };
        lines.push(format!(
            "{}. {mark}<b>{}</b> <i>{}</i> — {}",
            n + 1,
            esc(&main),
            esc(&others),
            esc(&health_words(lang, brief.tz, brief.health_day(), c.health))
        ));
    }
    lines.push(t(lang, "brief-chat-attached"));
    lines.join("\n")
}

/// The person brief as a self-contained HTML page.
pub fn person_html(lang: Lang, brief: &PersonBrief, tz: Tz, generated: DateTime<Utc>) -> String {
    let card = &brief.card;
    let (main, others) = names_line(&card.names, lang, card.contact.id);
    let title = ta(lang, "brief-person-title", &[("name", main.clone().into())]);
    let mut body = String::new();
    let _ = writeln!(
        body,
        "<header><h1>{}</h1><p class=\"meta\">{}</p><p class=\"meta\">{}</p></header>",
        esc(&title),
        esc(&others),
        esc(&ta(
            lang,
            "brief-meta-person",
            &[
                ("date", brief.date.to_string().into()),
                (
                    "generated",
                    generated
                        .with_timezone(&tz)
                        .format("%Y-%m-%d %H:%M")
                        .to_string()
                        .into()
                ),
            ]
        ))
    );
    let points = person_points(lang, brief);
    list_section(
        &mut body,
        lang,
        "brief-points",
        "points",
        points
            .iter()
            .map(|p| format!("<li>{}</li>", esc(p)))
            .collect(),
        "brief-none",
    );
    let counterpart = Counterpart {
        card: crate::store::contacts::ContactCard {
            recent: Vec::new(),
            met_with: Default::default(),
            ..card.clone()
        },
        health: brief.health,
        posted_here: false,
        committees: brief.committees.clone(),
        score: 0,
    };
    let _ = write!(body, "<section><h2>{}</h2>", esc(&t(lang, "brief-card")));
    counterpart_block(
        lang,
        &counterpart,
        tz,
        (brief.made_on, brief.health_day()),
        &mut body,
    );
    body.push_str("</section>\n");
    list_section(
        &mut body,
        lang,
        "brief-history",
        "",
        brief
            .history
            .iter()
            .map(|summary| history_item(lang, summary, tz))
            .collect(),
        "brief-never-met",
    );
    let mut met = Vec::new();
    for (id, names, n) in &brief.met_with {
        let (main, others) = names_line(names, lang, *id);
        met.push(format!(
            "<li>{} <span class=\"alt\">{}</span> × {n}</li>",
            esc(&main),
            esc(&others)
        ));
    }
    for (officer, n) in &brief.officers {
        met.push(format!(
            "<li>{} × {n}</li>",
            esc(&ta(
                lang,
                "brief-officer",
                &[("name", officer.clone().into())]
            ))
        ));
    }
    list_section(&mut body, lang, "brief-met-with", "", met, "brief-none");
    let ways: Vec<String> = brief
        .ways_in
        .chains
        .iter()
        .map(|chain| {
            format!(
                "<li>{}</li>",
                esc(&ways::chain_text(lang, tz, chain, &brief.ways_in.names))
            )
        })
        .collect();
    list_section(
        &mut body,
        lang,
        "brief-ways-in",
        "",
        ways,
        "brief-ways-in-none",
    );
    page(lang, &title, &body)
}

/// What to raise with one person.
pub fn person_points(lang: Lang, brief: &PersonBrief) -> Vec<String> {
    let (name, _) = names_line(&brief.card.names, lang, brief.card.contact.id);
    let mut points = Vec::new();
    let mut follow_ups = brief.card.open_follow_ups.clone();
    follow_ups.sort_by_key(|f| (!f.promised_by_seoul, f.due_on));
    for follow_up in follow_ups.iter().take(4) {
        let key = if follow_up.promised_by_seoul {
            "brief-point-promise"
        } else {
            "brief-point-follow-up"
        };
        points.push(ta(
            lang,
            key,
            &[
                ("what", excerpt(&follow_up.what, NOTE_EXCERPT).into()),
                ("name", name.clone().into()),
                (
                    "due",
                    due_text(lang, follow_up.due_on, brief.made_on).into(),
                ),
            ],
        ));
    }
    if !matches!(brief.health, Health::Ok { .. }) {
        points.push(ta(
            lang,
            "brief-point-reconnect",
            &[
                ("name", name.clone().into()),
                (
                    "health",
                    health_words(lang, brief.tz, brief.health_day(), brief.health).into(),
                ),
            ],
        ));
    }
    for area in brief.card.interests.iter().take(2) {
        points.push(ta(
            lang,
            "brief-point-interest-person",
            &[("area", label(lang, PolicyArea::KIND, area.key()).into())],
        ));
    }
    for (area, count) in brief.recent_topics.iter().take(2) {
        points.push(ta(
            lang,
            "brief-point-topic",
            &[
                ("area", label(lang, PolicyArea::KIND, area.key()).into()),
                ("count", (*count).into()),
            ],
        ));
    }
    points.truncate(POINTS);
    points
}

/// The chat summary of a person brief.
pub fn person_summary(lang: Lang, brief: &PersonBrief) -> String {
    let (main, others) = names_line(&brief.card.names, lang, brief.card.contact.id);
    let mut lines = vec![ta(
        lang,
        "brief-chat-person",
        &[
            ("name", esc(&main).into()),
            ("others", esc(&others).into()),
            (
                "health",
                esc(&health_words(
                    lang,
                    brief.tz,
                    brief.health_day(),
                    brief.health,
                ))
                .into(),
            ),
            ("follow_ups", brief.card.open_follow_ups.len().into()),
        ],
    )];
    for point in person_points(lang, brief).iter().take(4) {
        lines.push(format!("• {}", esc(point)));
    }
    lines.push(t(lang, "brief-chat-attached"));
    lines.join("\n")
}
