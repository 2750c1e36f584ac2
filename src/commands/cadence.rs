//! `inmaek cadence list|set`.

use super::{Context, Outcome};
use crate::domain::cadence::Cadence;
use crate::domain::keys::Category;

pub async fn list(ctx: &Context) -> Outcome {
    for (category, cadence) in ctx.store.category_cadences(&ctx.store.db).await? {
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

pub async fn set(ctx: &Context, category: &str, days: &str) -> Outcome {
    let category = Category::parse(category)?;
    let cadence = Cadence::parse(days)?;
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
