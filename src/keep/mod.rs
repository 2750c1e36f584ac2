//! Keep-in-touch in motion: the scheduler pass that writes each officer's
//! daily digest and follow-up reminders to the outbox, and the relay that
//! sends them. `serve` runs a pass every half minute; `inmaek reminders
//! tick` runs one. Running a pass twice, or in two processes at once,
//! queues nothing twice: every message has a dedupe key.

pub mod relay;
pub mod render;

use std::collections::HashMap;

use chrono::Duration;
use chrono_tz::Tz;
use teloxide::Bot;
use tokio::sync::watch;

use crate::config::Config;
use crate::domain::dates::parse_time_zone;
use crate::domain::schedule::{
    FOLLOW_UP_HORIZON_DAYS, FOLLOW_UP_REMINDER_DAYS_BACK, digest_date, follow_up_reminder_due,
};
use crate::store::keep::{digest_key, follow_up_key};
use crate::store::records::User;
use crate::store::{Result, Store};
pub use relay::RelayReport;
use render::Rendered;

/// What a pass queued.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scheduled {
    pub digests: usize,
    pub follow_ups: usize,
    /// Reminders to members a day before an event they accepted.
    pub event_reminders: usize,
    /// Accepted invitations of events now over that nobody checked in.
    pub no_shows: u64,
}

/// What a whole tick did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TickReport {
    pub scheduled: Scheduled,
    pub relayed: RelayReport,
}

fn user_tz(user: &User, default: Tz) -> Tz {
    parse_time_zone(&user.time_zone).unwrap_or(default)
}

/// Queues what is due now: digests of officers whose morning it is and
/// who have not had today's, and reminders of follow-ups due today.
/// The digest names birthdays of the officer's contacts this many days ahead.
pub const BIRTHDAY_DAYS_AHEAD: i64 = 7;

pub async fn schedule(store: &Store, config: &Config) -> Result<Scheduled> {
    let now = store.clock.now();
    let officers = store.reachable_officers().await?;
    let mut scheduled = Scheduled::default();

    let mornings: Vec<(&User, chrono::NaiveDate)> = officers
        .iter()
        .filter_map(|u| digest_date(now, user_tz(u, config.time_zone)).map(|d| (u, d)))
        .collect();
    let done = store
        .queued_keys(mornings.iter().map(|(u, d)| digest_key(u.id, *d)).collect())
        .await?;
    let places = store.places_by_id().await?;
    let mut messages = Vec::new();
    let unowned_due = if mornings
        .iter()
        .any(|(u, d)| !done.contains(&digest_key(u.id, *d)))
    {
        store.unowned_due_count().await?
    } else {
        0
    };
    for (user, today) in mornings {
        let key = digest_key(user.id, today);
        if done.contains(&key) {
            continue;
        }
        let list = store
            .due_list(
                user.id,
                today + Duration::days(FOLLOW_UP_HORIZON_DAYS),
                false,
            )
            .await?;
        let birthdays = store
            .birthdays_of(user.id, today, BIRTHDAY_DAYS_AHEAD)
            .await?;
        let words = crate::render::Words {
            lang: render::lang_of(user, config.lang),
            tz: user_tz(user, config.time_zone),
            today,
        };
        if let Some(rendered) = render::digest(&words, &list, &birthdays, unowned_due, &places)
            && let Some(message) = rendered.to(user, "digest", key, now)
        {
            messages.push(message);
        }
    }

    // Follow-ups: a window of dates around today in every time zone; each
    // is checked against its owner's own morning.
    let today = now.date_naive();
    let candidates = store
        .open_follow_ups_between(
            today - Duration::days(FOLLOW_UP_REMINDER_DAYS_BACK + 1),
            today + Duration::days(1),
        )
        .await?;
    let by_id: HashMap<i32, &User> = officers.iter().map(|u| (u.id, u)).collect();
    let due: Vec<_> = candidates
        .iter()
        .filter_map(|row| {
            let owner = by_id.get(&row.follow_up.owner_user_id?)?;
            let tz = user_tz(owner, config.time_zone);
            follow_up_reminder_due(row.follow_up.due_on, now, tz).then_some((row, *owner, tz))
        })
        .collect();
    let done = store
        .queued_keys(
            due.iter()
                .map(|(row, _, _)| follow_up_key(row.follow_up.id, row.follow_up.due_on))
                .collect(),
        )
        .await?;
    for (row, owner, tz) in due {
        let key = follow_up_key(row.follow_up.id, row.follow_up.due_on);
        if done.contains(&key) {
            continue;
        }
        let lang = render::lang_of(owner, config.lang);
        let rendered = render::follow_up_reminder(lang, row, now.with_timezone(&tz).date_naive());
        if let Some(message) = rendered.to(owner, "followup", key, now) {
            messages.push(message);
        }
    }
    // Events: a reminder to those who accepted, a day before.
    for event in store
        .events_starting_between(now, now + Duration::hours(24))
        .await?
    {
        let place = event.place_id.and_then(|id| places.get(&id));
        for (invitation, member) in store.accepted_members(event.id).await? {
            if let Some(message) = crate::events::reminder(
                &event,
                place,
                &member,
                invitation.id,
                now,
                config.lang,
                config.time_zone,
            ) {
                messages.push(message);
            }
        }
    }
    if !messages.is_empty() {
        // Another process may have queued some meanwhile: count what was new.
        for kind in store.enqueue_all(messages).await? {
            match kind {
                "digest" => scheduled.digests += 1,
                "followup" => scheduled.follow_ups += 1,
                _ => scheduled.event_reminders += 1,
            }
        }
    }
    scheduled.no_shows = store.close_past_events().await?;
    Ok(scheduled)
}

/// Tells officer `to` that `from` handed them a contact or follow-up; the
/// relay delivers it like any reminder (quiet hours respected).
pub async fn notify_handover(
    store: &Store,
    config: &Config,
    to: &User,
    from: &User,
    item: render::Item,
    name: &str,
) -> Result<()> {
    let now = store.clock.now();
    let lang = render::lang_of(to, config.lang);
    let about = match item {
        render::Item::Contact(id) => vec![id],
        render::Item::FollowUp(id) => vec![store.follow_up(id).await?.contact_id],
    };
    let rendered = Rendered {
        about,
        text: crate::i18n::t_args(
            lang,
            "due-handover-received",
            &[
                ("name", crate::render::html::escape(name).into()),
                ("from", crate::render::html::escape(&from.name).into()),
            ],
        ),
        keyboard: teloxide::types::InlineKeyboardMarkup::new([render::item_row(lang, 1, item)]),
    };
    let key = format!("handover:{}:{}:{}", item.code(), to.id, now.timestamp());
    if let Some(message) = rendered.to(to, "handover", key, now) {
        store.enqueue_all(vec![message]).await?;
    }
    Ok(())
}

/// One scheduler pass and one relay: what `reminders tick` runs.
pub async fn tick(
    store: &Store,
    bot: &Bot,
    config: &Config,
    stop: Option<&watch::Receiver<bool>>,
) -> Result<TickReport> {
    let scheduled = schedule(store, config).await?;
    let relayed = relay::relay(store, bot, config, stop).await?;
    store.purge_callbacks().await?;
    Ok(TickReport { scheduled, relayed })
}

/// The scheduler loop of `serve`: a pass now and every `config.scheduler_interval`
/// until `stop` turns true.
pub async fn run(store: Store, bot: Bot, config: Config, mut stop: watch::Receiver<bool>) {
    loop {
        if *stop.borrow() {
            return;
        }
        match tick(&store, &bot, &config, Some(&stop)).await {
            Ok(report) if report != TickReport::default() => {
                tracing::info!(?report, "scheduler pass");
            }
            Ok(_) => {}
            Err(err) => {
                tracing::error!(error = %crate::telegram::redact(&err.to_string(), &bot), "scheduler pass failed")
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(config.scheduler_interval) => {}
            _ = stop.changed() => {}
        }
    }
}
