//! `/mydata`: a member receives everything stored about them — the JSON
//! as stored, and a readable HTML page in their language.

use std::fmt::Write as _;

use teloxide::prelude::*;
use teloxide::types::InputFile;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::chat::{Chat, HandlerResult, esc};
use crate::domain::keys::{Category, InteractionKind, InvitationStatus, NameForm, PolicyArea};
use crate::domain::{Arg, Lang};
use crate::i18n;
use crate::store::audit::Actor;
use crate::store::events::event_title;
use crate::store::mydata::PersonalData;

/// What `page` needs of its reader: a language and a time zone.
struct Reader {
    lang: Lang,
    tz: Tz,
}

impl Reader {
    fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key)
    }

    fn t_args(&self, key: &str, args: &[(&'static str, Arg)]) -> String {
        i18n::t_args(self.lang, key, args)
    }

    fn label(&self, kind: &str, key: impl std::fmt::Display) -> String {
        i18n::label(self.lang, kind, key)
    }

    fn date(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.tz).format("%Y-%m-%d").to_string()
    }
}

/// The readable page of everything stored about a person, in `lang`.
pub fn page(lang: Lang, tz: Tz, data: &PersonalData) -> String {
    let chat = &Reader { lang, tz };
    let mut body = String::new();
    let mut section = |title: &str, items: Vec<String>| {
        let _ = write!(body, "<h2>{}</h2><ul>", esc(title));
        if items.is_empty() {
            let _ = write!(body, "<li>{}</li>", esc(&chat.t("brief-none")));
        }
        for item in items {
            let _ = write!(body, "<li>{}</li>", esc(&item));
        }
        body.push_str("</ul>");
    };
    section(
        &chat.t("mydata-names"),
        data.names
            .iter()
            .map(|n| {
                let form = chat.label(NameForm::KIND, n.form);
                format!("{} ({form})", n.value)
            })
            .collect(),
    );
    let c = &data.contact;
    section(
        &chat.t("mydata-details"),
        [
            data.categories
                .iter()
                .map(|k| chat.label(Category::KIND, k))
                .collect::<Vec<_>>()
                .join(crate::i18n::list_separator(chat.lang)),
            data.interests
                .iter()
                .map(|k| chat.label(PolicyArea::KIND, k))
                .collect::<Vec<_>>()
                .join(crate::i18n::list_separator(chat.lang)),
            c.email.clone().unwrap_or_default(),
            c.phone.clone().unwrap_or_default(),
            c.telegram.clone().unwrap_or_default(),
            c.birthday
                .map(|d| {
                    if c.birthday_lunar {
                        chat.t_args("mydata-birthday-lunar", &[("date", d.to_string().into())])
                    } else {
                        chat.t_args("mydata-birthday", &[("date", d.to_string().into())])
                    }
                })
                .unwrap_or_default(),
            c.notes.clone().unwrap_or_default(),
        ]
        .into_iter()
        .chain(data.contact_details.iter().map(|d| match &d.label {
            Some(label) => format!("{} ({label})", d.value),
            None => d.value.clone(),
        }))
        .filter(|s| !s.is_empty())
        .collect(),
    );
    section(
        &chat.t("mydata-positions"),
        data.positions
            .iter()
            .map(|p| {
                let org = data
                    .organizations
                    .iter()
                    .find(|o| o.id == p.organization_id)
                    .map(|o| crate::store::reference::organization_name(o, lang).to_owned())
                    .unwrap_or_default();
                let span = |d: Option<chrono::NaiveDate>| {
                    d.map_or_else(|| "…".to_owned(), |d| d.to_string())
                };
                format!(
                    "{} — {org} ({} – {})",
                    p.title.clone().unwrap_or_default(),
                    span(p.started_on),
                    if p.ended_on.is_some() {
                        span(p.ended_on)
                    } else {
                        String::new()
                    }
                )
            })
            .chain(data.honors.iter().map(|h| {
                format!(
                    "{} {}",
                    chat.label(crate::domain::keys::HonorKind::KIND, h.kind),
                    h.conferred_on.map(|d| d.to_string()).unwrap_or_default()
                )
            }))
            .chain(data.committee_seats.iter().map(|s| {
                let name = data
                    .committees
                    .iter()
                    .find(|c| c.id == s.committee_id)
                    .map(|c| crate::store::institutions::committee_name(c, lang).to_owned())
                    .unwrap_or_default();
                format!(
                    "{name} · {}",
                    chat.label(crate::domain::keys::CommitteeRole::KIND, s.role)
                )
            }))
            .chain(data.signatures.iter().map(|a| {
                chat.t_args(
                    "mydata-signed",
                    &[(
                        "status",
                        chat.label(crate::domain::keys::AgreementStatus::KIND, a.status)
                            .into(),
                    )],
                )
            }))
            .collect(),
    );
    section(
        &chat.t("mydata-ties"),
        data.ties
            .iter()
            .map(|t| {
                format!(
                    "{} · {}",
                    chat.label(crate::domain::keys::TieKind::KIND, t.kind),
                    chat.date(t.recorded_at)
                )
            })
            .collect(),
    );
    section(
        &chat.t("mydata-interactions"),
        data.interactions
            .iter()
            .map(|i| {
                let kind = chat.label(InteractionKind::KIND, i.kind);
                let shared = if i.others > 0 {
                    format!(
                        " · {}",
                        chat.t_args("mydata-with-others", &[("count", i.others.into())])
                    )
                } else {
                    String::new()
                };
                format!(
                    "{} · {kind}{shared}{}",
                    chat.date(i.occurred_at),
                    i.note
                        .as_deref()
                        .map(|n| format!(" — {n}"))
                        .unwrap_or_default()
                )
            })
            .collect(),
    );
    section(
        &chat.t("mydata-follow-ups"),
        data.follow_ups
            .iter()
            .map(|f| match &f.what {
                Some(what) => format!("{} · {what}", f.due_on),
                None => format!("{} · {}", f.due_on, chat.t("mydata-follow-up-shared")),
            })
            .collect(),
    );
    section(
        &chat.t("mydata-invitations"),
        data.invitations
            .iter()
            .map(|i| {
                let title = data
                    .events
                    .iter()
                    .find(|e| e.id == i.event_id)
                    .map(|e| event_title(e, lang).0)
                    .unwrap_or_default();
                format!("{title} · {}", chat.label(InvitationStatus::KIND, i.status))
            })
            .collect(),
    );
    section(
        &chat.t("mydata-consents"),
        data.consents
            .iter()
            .map(|k| {
                chat.t_args(
                    "mydata-consent",
                    &[
                        (
                            "purpose",
                            chat.t(&format!("consent-purpose-{}", k.purpose)).into(),
                        ),
                        ("granted", chat.date(k.granted_at).into()),
                        ("version", k.wording_version.clone().into()),
                        (
                            "withdrawn",
                            k.withdrawn_at
                                .map(|at| chat.date(at))
                                .unwrap_or_else(|| chat.t("brief-none"))
                                .into(),
                        ),
                    ],
                )
            })
            .collect(),
    );
    let name = match &data.account {
        Some(account) => account.name.clone(),
        None => data
            .names
            .first()
            .map(|n| n.value.clone())
            .unwrap_or_default(),
    };
    let title = chat.t_args("mydata-title", &[("name", name.into())]);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"/><title>{}</title><style>body{{font-family:system-ui,sans-serif;max-width:180mm;margin:8mm auto;line-height:1.45}}h2{{font-size:12pt;border-bottom:1px solid #ccd}}</style></head><body><h1>{}</h1><p>{}</p>{body}</body></html>\n",
        lang.tag(),
        esc(&title),
        esc(&title),
        esc(&chat.t("mydata-intro"))
    )
}

pub async fn send(chat: &Chat<'_>) -> HandlerResult {
    if !chat.claim().await? {
        return Ok(());
    }
    let data = match chat.store().personal_data(&chat.user).await {
        Ok(data) => data,
        Err(crate::store::StoreError::Domain(err)) => {
            return chat.say(super::press::refusal(chat, &err)).await;
        }
        Err(err) => return Err(err.into()),
    };
    chat.store()
        .record_access(
            Actor::bot(chat.user.id),
            "mydata",
            &format!("contact:{}", data.contact.id),
            &[data.contact.id],
        )
        .await?;
    let json = serde_json::to_string_pretty(&data)?;
    chat.say(chat.t("mydata-sent")).await?;
    chat.bot
        .send_document(
            chat.chat_id,
            InputFile::memory(json.into_bytes()).file_name("my-data.json"),
        )
        .await?;
    chat.bot
        .send_document(
            chat.chat_id,
            InputFile::memory(page(chat.lang, chat.tz, &data).into_bytes())
                .file_name("my-data.html"),
        )
        .await?;
    Ok(())
}
