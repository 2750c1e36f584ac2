//! `inmaek cadence list|set`.

use super::{Context, Outcome};
use crate::domain::cadence::Cadence;
use crate::domain::keys::Category;

pub async fn list(ctx: &Context) -> Outcome {
    for (category, cadence) in ctx.store.category_cadences().await? {
        ctx.say(
            "cadence-row",
            &[
                ("category", ctx.label(Category::KIND, category.key()).into()),
                ("key", category.key().into()),
                ("days", i64::from(cadence.days()).into()),
            ],
        );
    }
    Ok(())
}

pub async fn set(ctx: &Context, category: &str, days: Option<&str>) -> Outcome {
    let category = Category::parse(category)?;
    let cadence = Cadence::parse(days.unwrap_or_default())?;
    ctx.store.set_category_cadence(category, cadence).await?;
    ctx.say(
        "cadence-set",
        &[
            ("category", ctx.label(Category::KIND, category.key()).into()),
            ("days", i64::from(cadence.days()).into()),
        ],
    );
    Ok(())
}

/// A contact's own cadence (`days`), or back to its categories' (`None`).
pub async fn set_contact(ctx: &Context, contact: &str, days: Option<&str>) -> Outcome {
    let cadence = days.map(Cadence::parse).transpose()?;
    let contact = ctx.store.resolve_contact(contact).await?;
    let updated = ctx.store.set_contact_cadence(contact.id, cadence).await?;
    let name = ctx
        .store
        .contact_labels(&[contact.id], ctx.lang)
        .await?
        .remove(&contact.id)
        .unwrap_or_default();
    match cadence {
        Some(cadence) => ctx.say(
            "cadence-set-contact",
            &[
                ("id", contact.id.into()),
                ("name", name.into()),
                ("days", i64::from(cadence.days()).into()),
                ("due", ctx.date(updated.due_at).into()),
            ],
        ),
        None => ctx.say(
            "cadence-cleared-contact",
            &[
                ("id", contact.id.into()),
                ("name", name.into()),
                ("due", ctx.date(updated.due_at).into()),
            ],
        ),
    }
    Ok(())
}
