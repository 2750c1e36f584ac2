//! Fluent messages for `ko`, `zh-CN` and `en`, compiled into the binary
//! from `locales/`. User-visible text lives only there.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};

pub use crate::domain::Lang;
use crate::domain::{Arg, Message};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Tests compare plain text; bidi isolation marks would be invisible noise.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static KO: LanguageIdentifier = langid!("ko");
static ZH_CN: LanguageIdentifier = langid!("zh-CN");
static EN: LanguageIdentifier = langid!("en");

fn langid(lang: Lang) -> &'static LanguageIdentifier {
    match lang {
        Lang::Ko => &KO,
        Lang::ZhCn => &ZH_CN,
        Lang::En => &EN,
    }
}

/// Renders a message without arguments.
pub fn t(lang: Lang, key: &str) -> String {
    LOCALES.lookup(langid(lang), key)
}

/// Renders a message without arguments, if `lang` has it.
pub fn try_t(lang: Lang, key: &str) -> Option<String> {
    LOCALES.try_lookup(langid(lang), key)
}

/// Renders a message with arguments.
pub fn t_args(lang: Lang, key: &str, args: &[(&'static str, Arg)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.clone()),
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Label(id) => FluentValue::from(t(lang, id)),
                Arg::Rendered(message) => FluentValue::from(render(lang, message)),
            };
            (Cow::Borrowed(*name), value)
        })
        .collect();
    LOCALES.lookup_with_args(langid(lang), key, &args)
}

/// Items as a list in running text: `、` between them in Chinese, `, ` in
/// Korean and English.
pub fn list<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(list_separator(lang))
}

/// What goes between the items of a list in running text.
pub fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhCn => "、",
        Lang::Ko | Lang::En => ", ",
    }
}

/// Renders a domain message.
pub fn render(lang: Lang, message: &Message) -> String {
    t_args(lang, message.key, &message.args)
}

/// The localized label of a vocabulary key: `label(lang, "category", "bridge")`.
pub fn label(lang: Lang, kind: &str, key: impl std::fmt::Display) -> String {
    t(lang, &format!("{kind}-{key}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_render_in_each_language_without_isolation_marks() {
        let message = Message::new("error-contact-not-found").arg("query", "김영남");
        let ko = render(Lang::Ko, &message);
        assert!(ko.contains("김영남"), "{ko}");
        assert!(!ko.contains('\u{2068}'));
        assert_ne!(ko, render(Lang::En, &message));
        assert_ne!(render(Lang::ZhCn, &message), render(Lang::En, &message));
    }

    #[test]
    fn every_vocabulary_key_has_a_label_in_every_language() {
        use crate::domain::keys::*;
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        pairs.extend(Category::ALL.iter().map(|k| (Category::KIND, k.key())));
        pairs.extend(PolicyArea::ALL.iter().map(|k| (PolicyArea::KIND, k.key())));
        pairs.extend(Track::ALL.iter().map(|k| (Track::KIND, k.key())));
        pairs.extend(
            InteractionKind::ALL
                .iter()
                .map(|k| (InteractionKind::KIND, k.key())),
        );
        pairs.extend(Role::ALL.iter().map(|k| (Role::KIND, k.key())));
        pairs.extend(NameForm::ALL.iter().map(|k| (NameForm::KIND, k.key())));
        pairs.extend(HonorKind::ALL.iter().map(|k| (HonorKind::KIND, k.key())));
        pairs.extend(
            HonorStatus::ALL
                .iter()
                .map(|k| (HonorStatus::KIND, k.key())),
        );
        pairs.extend(
            AgreementStatus::ALL
                .iter()
                .map(|k| (AgreementStatus::KIND, k.key())),
        );
        pairs.extend(
            ProjectStage::ALL
                .iter()
                .map(|k| (ProjectStage::KIND, k.key())),
        );
        pairs.extend(
            OrganizationKind::ALL
                .iter()
                .map(|k| (OrganizationKind::KIND, k.key())),
        );
        pairs.extend(EventKind::ALL.iter().map(|k| (EventKind::KIND, k.key())));
        pairs.extend(
            InvitationStatus::ALL
                .iter()
                .map(|k| (InvitationStatus::KIND, k.key())),
        );
        for lang in Lang::ALL {
            for (kind, key) in &pairs {
                let id = format!("{kind}-{key}");
                assert!(
                    LOCALES.try_lookup(langid(lang), &id).is_some(),
                    "{id} missing in {lang}"
                );
            }
        }
    }
}
