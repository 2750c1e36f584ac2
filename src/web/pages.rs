//! The console's pages. Each handler checks the role (deny by default:
//! `Signed::require`), records what it shows in the access log, and renders
//! through the shared renderers (`render::`) into a template.

use std::collections::HashMap;

use askama::Template;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::auth::failed;
use super::ui::{F, Frame, Id, Q, Signed, Visitor};
use crate::domain::access::{Action, allowed};
use crate::domain::keys::{Category, InvitationStatus, Role};
use crate::domain::names::PersonName;
use crate::domain::{Arg, Lang};
use crate::render::card::{CARD_INTERACTIONS, CardLine, CardView, Section};
use crate::render::due::{DueItem, DueSection, contact_name};
use crate::store::StoreError;

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub frame: Frame,
    pub message: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    frame: Frame,
    paragraphs: Vec<String>,
    links: Vec<(&'static str, String)>,
}

/// `/`: the sign-in explanation, or what this user can open.
pub async fn home(visitor: Visitor) -> Response {
    let Some(session) = visitor.session.clone() else {
        let page = HomePage {
            frame: visitor.frame(visitor.t("web-welcome-title")),
            paragraphs: vec![visitor.t("web-welcome-how"), visitor.t("web-welcome-admin")],
            links: Vec::new(),
        };
        return visitor.page(StatusCode::OK, page.render());
    };
    let role = session.user.role;
    let mut paragraphs = vec![visitor.t_args(
        "web-home-hello",
        &[("name", session.user.name.clone().into())],
    )];
    if role == Role::Member {
        paragraphs.push(visitor.t("web-home-member"));
    }
    let mut links = Vec::new();
    for (href, key, action) in [
        ("/contacts", "web-nav-contacts", Action::ReadCard),
        ("/places", "web-nav-places", Action::ReadBrief),
        ("/institutions", "web-nav-institutions", Action::ReadBrief),
        ("/office", "web-nav-office", Action::ReadBrief),
        ("/due", "web-nav-due", Action::KeepInTouch),
        ("/events", "web-nav-events", Action::ReadEvents),
        ("/admin/users", "web-nav-users", Action::ManageUsers),
        ("/admin/access", "web-nav-access", Action::ReadAudit),
    ] {
        if allowed(role, action) {
            links.push((href, visitor.t(key)));
        }
    }
    let page = HomePage {
        frame: visitor.frame(visitor.t("web-home-title")),
        paragraphs,
        links,
    };
    visitor.page(StatusCode::OK, page.render())
}

/// Any other address.
pub async fn not_found(visitor: Visitor) -> Response {
    visitor.refusal(StatusCode::NOT_FOUND, visitor.t("web-not-found"))
}

#[derive(Debug, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

struct ResultRow {
    id: i32,
    label: String,
    names: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    frame: Frame,
    label: String,
    button: String,
    query: String,
    results: Vec<ResultRow>,
    results_note: Option<String>,
}

#[derive(Template)]
#[template(path = "results_fragment.html")]
struct ResultsFragment {
    results: Vec<ResultRow>,
    results_note: Option<String>,
}

/// How many people a search shows.
const SEARCH_LIMIT: usize = 20;

fn all_names(names: &[PersonName]) -> String {
    names
        .iter()
        .map(|n| n.value.as_str())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The people matching `query`, recorded as read.
async fn find(signed: &Signed, query: &str) -> Result<(Vec<ResultRow>, Option<String>), Response> {
    let visitor = &signed.visitor;
    let query = query.trim();
    if query.is_empty() {
        return Ok((Vec::new(), None));
    }
    // Longer than any name: said beside the search box, which stays.
    if too_long(query).is_err() {
        let max = crate::store::search::MAX_QUERY;
        return Ok((
            Vec::new(),
            Some(visitor.t_args("web-search-too-long", &[("max", max.into())])),
        ));
    }
    let found = signed
        .store()
        .find_contacts(query, SEARCH_LIMIT)
        .await
        .map_err(|err| failed(visitor, err))?;
    let ids: Vec<i32> = found.iter().map(|m| m.id).collect();
    signed
        .store()
        .record_access(signed.actor(), "search", &format!("query:{query}"), &ids)
        .await
        .map_err(|err| failed(visitor, err))?;
    if found.is_empty() {
        return Ok((
            Vec::new(),
            Some(visitor.t_args("web-search-none", &[("query", query.to_owned().into())])),
        ));
    }
    let note = visitor.t_args("web-search-count", &[("count", found.len().into())]);
    let rows = found
        .iter()
        .map(|m| ResultRow {
            id: m.id,
            label: m.label(visitor.lang),
            names: all_names(&m.names),
            detail: String::new(),
        })
        .collect();
    Ok((rows, Some(note)))
}

/// Refuses a search longer than a name (it would only fill the access log).
pub(super) fn too_long(query: &str) -> Result<(), crate::domain::Error> {
    use crate::store::search::MAX_QUERY;
    if query.chars().count() > MAX_QUERY {
        return Err(crate::domain::Error::TooLong {
            field: "q",
            max: MAX_QUERY,
        });
    }
    Ok(())
}

/// `/contacts?q=`: search as you type (any name in any script).
pub async fn search(signed: Signed, Q(query): Q<SearchQuery>) -> Response {
    if let Err(refused) = signed.require(Action::ReadCard) {
        return refused;
    }
    let (results, results_note) = match find(&signed, &query.q).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let visitor = &signed.visitor;
    let page = SearchPage {
        frame: signed.frame(visitor.t("web-search-title")),
        label: visitor.t("web-search-label"),
        button: visitor.t("web-search-button"),
        query: query.q,
        results,
        results_note,
    };
    visitor.page(StatusCode::OK, page.render())
}

/// `/contacts/results?q=`: the results alone, for htmx.
pub async fn search_results(signed: Signed, Q(query): Q<SearchQuery>) -> Response {
    if let Err(refused) = signed.require(Action::ReadCard) {
        return refused;
    }
    let (results, results_note) = match find(&signed, &query.q).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    signed.visitor.page(
        StatusCode::OK,
        ResultsFragment {
            results,
            results_note,
        }
        .render(),
    )
}

struct SectionView {
    heading: String,
    lines: Vec<CardLine>,
}

struct Field {
    name: &'static str,
    label: String,
    kind: &'static str,
    value: String,
    choices: Vec<(String, String)>,
    /// The field a refusal is about (`aria-invalid`, described by it).
    invalid: bool,
}

/// A stored e-mail or phone on the edit form: `remove_email` or
/// `remove_phone`, its value, and how it reads (with its label).
struct StoredDetail {
    name: &'static str,
    value: String,
    text: String,
    checked: bool,
}

struct CategoryBox {
    key: &'static str,
    label: String,
    checked: bool,
}

struct EditForm {
    /// [`edit_state`] of the card the form was filled from.
    seen: String,
    heading: String,
    /// Why the last try was refused, above the form.
    refused: Option<String>,
    /// After a refusal over a card changed meanwhile: what was typed that
    /// differs from the card now (label, value), shown and not saved.
    unsaved: Vec<(String, String)>,
    unsaved_label: String,
    fields: Vec<Field>,
    categories_label: String,
    categories: Vec<CategoryBox>,
    /// Stored e-mails and phones, each with a box to remove it.
    stored_label: String,
    stored: Vec<StoredDetail>,
    lunar: bool,
    lunar_label: String,
    /// "Correct the current post" ticked (kept after a refusal).
    correct: bool,
    correct_label: String,
    button: String,
}

#[derive(Template)]
#[template(path = "card.html")]
struct CardPage {
    frame: Frame,
    card: CardView,
    sections: Vec<SectionView>,
    edit: Option<EditForm>,
    saved: Option<String>,
    /// The person's brief, for those who may read briefs.
    brief: Option<String>,
}

fn may_edit(signed: &Signed, owner: Option<i32>) -> bool {
    allowed(signed.role(), Action::EditContact)
        && (signed.role() == Role::Admin || owner == Some(signed.session.user.id))
}

#[derive(Debug, Deserialize)]
pub struct CardQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// `/contacts/{id}`: the card, with the edit form for its owner and admins.
pub async fn card(signed: Signed, Id(id): Id, Q(q): Q<CardQuery>) -> Response {
    card_page(&signed, id, q.saved.is_some(), None).await
}

/// An edit the card refused: what was typed (shown again in the form),
/// the refusal in words, and the field it is about.
struct Refused {
    typed: Vec<(String, String)>,
    message: String,
    field: Option<&'static str>,
    /// The form shows the card as it is now, not what was typed (the card
    /// changed meanwhile: saving the typed form again would undo that).
    fresh: bool,
}

impl Refused {
    /// `err` about the form `typed`: the field it names is called by its
    /// label on the form ("Organization is empty", not "org is empty").
    fn new(visitor: &Visitor, typed: Vec<(String, String)>, err: &crate::domain::Error) -> Self {
        let (message, named) = super::ui::refusal_for_form(visitor.lang, err, |field| {
            form_field(field).map(|input| (input, field_label(input)))
        });
        let named = match err {
            crate::domain::Error::UnknownPlace(_) => Some("place"),
            _ => named,
        };
        Self {
            typed,
            message,
            field: named,
            fresh: false,
        }
    }
}

/// The edit form's field a domain refusal's `field` is about.
fn form_field(field: &str) -> Option<&'static str> {
    Some(match field {
        "org" | "organization" => "org",
        "title" => "title",
        "place" => "place",
        "lang" | "language" => "language",
        "email" => "email",
        "phone" => "phone",
        "birthday" => "birthday",
        name if name.starts_with("name") => "add_name",
        _ => return None,
    })
}

/// A fingerprint of what the edit form shows of `card`, carried by the
/// form: a save over a card that changed meanwhile is refused.
fn edit_state(card: &crate::store::contacts::ContactCard) -> String {
    use sha2::Digest;
    let current: Vec<_> = card
        .positions
        .iter()
        .filter(|(p, _)| p.ended_on.is_none())
        .map(|(p, o)| (o.id, p.title.clone()))
        .collect();
    let names: Vec<&str> = card.names.iter().map(|n| n.value.as_str()).collect();
    let details: Vec<&str> = card.details.iter().map(|d| d.value.as_str()).collect();
    let c = &card.contact;
    let state = format!(
        "{names:?}|{:?}|{current:?}|{:?}|{:?}|{:?}|{}|{:?}|{:?}|{details:?}",
        card.categories, c.place_id, c.lang, c.birthday, c.birthday_lunar, c.email, c.phone
    );
    data_encoding::HEXLOWER.encode(&sha2::Sha256::digest(state.as_bytes())[..12])
}

/// The Fluent key of an edit field's label.
fn field_label(field: &str) -> String {
    format!("web-edit-{}", field.replace('_', "-"))
}

/// The card page; after a refused edit, with the refusal above the form
/// and the form as it was typed (422).
async fn card_page(signed: &Signed, id: i32, saved: bool, refused: Option<Refused>) -> Response {
    if let Err(refused) = signed.require(Action::ReadCard) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let store = signed.store();
    let (card, ties) = tried!(
        visitor,
        store
            .read_card_with_ties(id, CARD_INTERACTIONS, signed.actor())
            .await
    );
    let words = signed.words();
    let view = CardView::new(&words, &card, &ties);
    // One section per kind, in the card's order of first appearance.
    let mut sections: Vec<(Section, SectionView)> = Vec::new();
    for line in &view.lines {
        // A list's heading line ("Open follow-ups (2):") is the section's.
        if matches!(line.section, Section::FollowUps | Section::Interactions) && !line.item {
            continue;
        }
        match sections.iter_mut().find(|(s, _)| *s == line.section) {
            Some((_, section)) => section.lines.push(line.clone()),
            None => sections.push((
                line.section,
                SectionView {
                    heading: visitor.t(line.section.heading_key()),
                    lines: vec![line.clone()],
                },
            )),
        }
    }
    let sections: Vec<SectionView> = sections.into_iter().map(|(_, s)| s).collect();
    let status = if refused.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let edit =
        may_edit(signed, card.contact.owner_user_id).then(|| edit_form(&visitor, &card, refused));
    let title = contact_name(visitor.lang, &card.names, id);
    let page = CardPage {
        frame: signed.frame(title),
        card: view,
        sections,
        edit,
        saved: saved.then(|| visitor.t("web-saved")),
        brief: allowed(signed.role(), Action::ReadBrief).then(|| visitor.t("web-card-brief")),
    };
    visitor.page(status, page.render())
}

fn edit_form(
    visitor: &Visitor,
    card: &crate::store::contacts::ContactCard,
    refused: Option<Refused>,
) -> EditForm {
    let current = card.positions.iter().find(|(p, _)| p.ended_on.is_none());
    let text = |name, key: &str, kind, value: String| Field {
        name,
        label: visitor.t(key),
        kind,
        value,
        choices: Vec::new(),
        invalid: false,
    };
    let mut langs = vec![(String::new(), visitor.t("web-edit-no-language"))];
    langs.extend([Lang::Ko, Lang::ZhCn, Lang::En].map(|l| {
        (
            l.tag().to_owned(),
            crate::i18n::t(visitor.lang, &format!("lang-name-{}", l.tag())),
        )
    }));
    let mut form = EditForm {
        seen: edit_state(card),
        heading: visitor.t("web-edit-heading"),
        fields: vec![
            text(
                "org",
                "web-edit-org",
                "text",
                current
                    .map(|(_, o)| {
                        crate::store::reference::organization_name(o, visitor.lang).to_owned()
                    })
                    .unwrap_or_default(),
            ),
            text(
                "title",
                "web-edit-title",
                "text",
                current
                    .and_then(|(p, _)| p.title.clone())
                    .unwrap_or_default(),
            ),
            text(
                "place",
                "web-edit-place",
                "text",
                card.place
                    .as_ref()
                    .map(|p| crate::store::reference::place_name(p, visitor.lang).to_owned())
                    .unwrap_or_default(),
            ),
            Field {
                name: "language",
                label: visitor.t("web-edit-language"),
                kind: "text",
                value: card
                    .contact
                    .lang
                    .map(|l| l.tag().to_owned())
                    .unwrap_or_default(),
                choices: langs,
                invalid: false,
            },
            text("add_name", "web-edit-add-name", "text", String::new()),
            text("email", "web-edit-email", "email", String::new()),
            text("phone", "web-edit-phone", "tel", String::new()),
            text(
                "birthday",
                "web-edit-birthday",
                "date",
                card.contact
                    .birthday
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ),
        ],
        categories_label: visitor.t("web-edit-categories"),
        categories: Category::ALL
            .iter()
            .map(|c| CategoryBox {
                key: c.key(),
                label: crate::i18n::label(visitor.lang, Category::KIND, c.key()),
                checked: card.categories.contains(c),
            })
            .collect(),
        stored_label: visitor.t("web-edit-stored"),
        stored: {
            use crate::domain::keys::DetailKind;
            let own = [
                ("remove_email", card.contact.email.clone()),
                ("remove_phone", card.contact.phone.clone()),
            ]
            .into_iter()
            .filter_map(|(name, value)| value.map(|v| (name, v.clone(), v)));
            let further = card.details.iter().map(|d| {
                let name = match d.kind {
                    DetailKind::Email => "remove_email",
                    DetailKind::Phone => "remove_phone",
                };
                let text = match &d.label {
                    Some(label) => format!("{} ({label})", d.value),
                    None => d.value.clone(),
                };
                (name, d.value.clone(), text)
            });
            own.chain(further)
                .map(|(name, value, text)| StoredDetail {
                    name,
                    value,
                    text,
                    checked: false,
                })
                .collect()
        },
        lunar: card.contact.birthday_lunar,
        lunar_label: visitor.t("web-edit-lunar"),
        correct: false,
        correct_label: visitor.t("web-edit-correct"),
        button: visitor.t("web-edit-save"),
        refused: None,
        unsaved: Vec::new(),
        unsaved_label: visitor.t("web-edit-unsaved"),
    };
    // A refused try: the form as it was typed, the refusal above it.
    if let Some(refused) = &refused {
        form.refused = Some(refused.message.clone());
    }
    // The card changed meanwhile: the form shows it as it is now, and the
    // form as it was sent stands beside it, to be typed again if wanted.
    if let Some(refused) = refused.as_ref().filter(|r| r.fresh) {
        for input in &form.fields {
            let Some(typed) = field(&refused.typed, input.name) else {
                continue;
            };
            let shown = input
                .choices
                .iter()
                .find(|(key, _)| *key == typed)
                .map_or(typed.clone(), |(_, label)| label.clone());
            form.unsaved.push((input.label.clone(), shown));
        }
        let typed: Vec<&str> = form
            .categories
            .iter()
            .filter(|c| {
                refused
                    .typed
                    .iter()
                    .any(|(k, v)| k == "category" && v == c.key)
            })
            .map(|c| c.label.as_str())
            .collect();
        if !typed.is_empty() {
            form.unsaved
                .push((form.categories_label.clone(), typed.join(", ")));
        }
    }
    if let Some(refused) = refused.filter(|r| !r.fresh) {
        let typed = |name: &str| {
            refused
                .typed
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        for field in &mut form.fields {
            field.value = typed(field.name);
            field.invalid = refused.field == Some(field.name);
        }
        for category in &mut form.categories {
            category.checked = refused
                .typed
                .iter()
                .any(|(k, v)| k == "category" && v == category.key);
        }
        for stored in &mut form.stored {
            stored.checked = refused
                .typed
                .iter()
                .any(|(k, v)| k == stored.name && *v == stored.value);
        }
        form.lunar = refused.typed.iter().any(|(k, _)| k == "lunar");
        form.correct = refused.typed.iter().any(|(k, _)| k == "correct");
    }
    form
}

/// `POST /contacts/{id}`: the edit form.
pub async fn edit(signed: Signed, Id(id): Id, F(form): F<Vec<(String, String)>>) -> Response {
    let get = |name: &str| field(&form, name);
    if let Err(refused) = signed.check_csrf(get("csrf").as_deref()) {
        return refused;
    }
    if let Err(refused) = signed.require(Action::EditContact) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let store = signed.store().clone();
    let card = tried!(visitor, store.contact_card(id, 0).await);
    if !may_edit(&signed, card.contact.owner_user_id) {
        return visitor.refusal(StatusCode::FORBIDDEN, visitor.t("web-edit-not-owner"));
    }
    // Someone saved the card since this form was opened (or the form does
    // not say what it was opened on): their change is not overwritten
    // unseen; the form comes back over the card as it is now.
    if get("seen").is_none_or(|seen| seen != edit_state(&card)) {
        let refused = Refused {
            typed: form
                .into_iter()
                .filter(|(k, _)| k != "csrf" && k != "seen")
                .collect(),
            message: visitor.t("web-edit-stale"),
            field: None,
            fresh: true,
        };
        return card_page(&signed, id, false, Some(refused)).await;
    }
    let all = |name: &str| -> Vec<String> {
        form.iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let categories = all("category");
    // As the officer: a new organization the form names is theirs in the
    // access log (it was the system's).
    let edit = match signed
        .actor()
        .acting(super::forms::contact_edit(
            &store,
            &card,
            super::forms::ContactForm {
                org: get("org"),
                title: get("title"),
                place: get("place"),
                language: get("language"),
                add_name: get("add_name"),
                email: get("email"),
                phone: get("phone"),
                birthday: get("birthday"),
                lunar: get("lunar").is_some(),
                correct_position: get("correct").is_some(),
                remove_emails: all("remove_email"),
                remove_phones: all("remove_phone"),
                categories,
                emptied: ["org", "place", "language", "birthday"]
                    .into_iter()
                    .filter(|name| form.iter().any(|(k, v)| k == name && v.trim().is_empty()))
                    .collect(),
            },
            signed.words().today,
        ))
        .await
    {
        Ok(edit) => edit,
        Err(err) => return refused_edit(&signed, id, form, err).await,
    };
    if !edit.is_empty()
        && let Err(err) = signed.actor().acting(store.edit_contact(id, edit)).await
    {
        return refused_edit(&signed, id, form, err).await;
    }
    Redirect::to(&format!("/contacts/{id}?saved=1")).into_response()
}

/// A refused edit: the card again, the refusal above the form as typed
/// (anything but a domain refusal is a failure page).
async fn refused_edit(
    signed: &Signed,
    id: i32,
    typed: Vec<(String, String)>,
    err: StoreError,
) -> Response {
    match err {
        StoreError::Domain(err) => {
            let typed = typed.into_iter().filter(|(k, _)| k != "csrf").collect();
            let refused = Refused::new(&signed.visitor, typed, &err);
            card_page(signed, id, false, Some(refused)).await
        }
        err => failed(&signed.visitor, err),
    }
}

/// A form's field, trimmed; `None` when absent or blank.
pub(super) fn field(form: &[(String, String)], name: &str) -> Option<String> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// A cell of a table page, maybe a link.
struct Cell {
    text: String,
    href: Option<String>,
    /// A button after the text: where it posts, and its label.
    action: Option<(String, String)>,
}

impl Cell {
    fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            href: None,
            action: None,
        }
    }

    fn link(text: impl Into<String>, href: String) -> Self {
        Self {
            text: text.into(),
            href: Some(href),
            action: None,
        }
    }
}

/// The console's invitation form on an event.
struct InviteForm {
    action: String,
    label: String,
    choices: Vec<(String, String)>,
    /// Where the audience lives or is posted: anywhere, or a place and
    /// its cities (the event's province first, and chosen).
    place_label: String,
    places: Vec<(String, String)>,
    place_chosen: String,
    button: String,
}

#[derive(Template)]
#[template(path = "table.html")]
struct TablePage {
    frame: Frame,
    intro: Vec<String>,
    notice: Option<String>,
    invite: Option<InviteForm>,
    caption: String,
    head: Vec<String>,
    rows: Vec<Vec<Cell>>,
    empty: String,
    /// Links to the pages before and after this one (address, label).
    pages: Vec<(String, String)>,
    pages_label: String,
    /// A step to confirm (a preview's "Send"), under the table.
    confirm: Option<ConfirmForm>,
}

/// A form that repeats a request with `confirm=1`, and a way back.
struct ConfirmForm {
    action: String,
    hidden: Vec<(String, String)>,
    button: String,
    back: (String, String),
}

fn heads(visitor: &Visitor, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| visitor.t(k)).collect()
}

/// `/due`: the officer's relationships due and follow-ups falling due.
pub async fn due(signed: Signed) -> Response {
    if let Err(refused) = signed.require(Action::KeepInTouch) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let words = signed.words();
    let store = signed.store();
    let list = tried!(
        visitor,
        store
            .due_list(
                signed.session.user.id,
                words.today + chrono::Days::new(7),
                true
            )
            .await
    );
    let mut subjects: Vec<i32> = list
        .owned
        .iter()
        .chain(&list.unowned)
        .map(|r| r.id)
        .collect();
    subjects.extend(list.follow_ups.iter().map(|f| f.follow_up.contact_id));
    tried!(
        visitor,
        store
            .record_access(
                signed.actor(),
                "due",
                &format!("user:{}", signed.session.user.id),
                &subjects
            )
            .await
    );
    let places = tried!(visitor, store.places_by_id().await);
    let items = crate::render::due::due_items(&words, &list, &places);
    let sections = [
        (DueSection::Mine, "web-due-mine-heading", "web-due-empty"),
        (
            DueSection::FollowUps,
            "web-due-follow-ups-heading",
            "web-due-no-follow-ups",
        ),
        (
            DueSection::Unowned,
            "web-due-unowned-heading",
            "web-due-none-unowned",
        ),
    ]
    .into_iter()
    .map(|(section, heading, empty)| ListSection {
        heading: visitor.t(heading),
        empty: visitor.t(empty),
        items: items
            .iter()
            .filter(|item| item.section == section)
            .map(|item| Item {
                text: due_text(&visitor, item),
                href: Some(format!("/contacts/{}", item.contact_id)),
                links: Vec::new(),
            })
            .collect(),
    })
    .collect();
    let page = ListsPage {
        frame: signed.frame(visitor.t("web-due-title")),
        intro: vec![visitor.t_args("web-due-caption", &[("count", items.len().into())])],
        sections,
    };
    visitor.page(StatusCode::OK, page.render())
}

/// A due item as a line of the console's due page: the same item the
/// bot's `/due` and digest show, laid out for the page.
fn due_text(visitor: &Visitor, item: &DueItem) -> String {
    match item.due_on {
        None => visitor.t_args(
            "web-due-contact-item",
            &[
                ("name", item.name.clone().into()),
                ("city", item.city.clone().into()),
                ("health", item.detail.clone().into()),
            ],
        ),
        Some(due_on) => visitor.t_args(
            "web-due-follow-up-item",
            &[
                ("date", due_on.to_string().into()),
                ("name", item.name.clone().into()),
                ("what", item.detail.clone().into()),
                ("late", item.late_days.max(0).into()),
                ("promised", if item.promised { "yes" } else { "no" }.into()),
            ],
        ),
    }
}

/// `/events`: every event, newest first, with its invitations counted.
pub async fn events(signed: Signed) -> Response {
    if let Err(refused) = signed.require(Action::ReadEvents) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let words = signed.words();
    let store = signed.store();
    let mut events = tried!(visitor, store.all_events().await);
    events.sort_by_key(|e| std::cmp::Reverse(e.starts_at));
    let ids: Vec<i32> = events.iter().map(|e| e.id).collect();
    let counts = tried!(visitor, store.invitation_counts(&ids).await);
    let count = |id: i32, status: &str| {
        counts
            .get(&id)
            .and_then(|c| c.get(status))
            .copied()
            .unwrap_or(0)
    };
    let rows = events
        .iter()
        .map(|e| {
            let (title, _) = crate::store::events::event_title(e, visitor.lang);
            let invited: i64 = counts.get(&e.id).map(|c| c.values().sum()).unwrap_or(0);
            vec![
                Cell::link(title, format!("/events/{}", e.id)),
                Cell::text(words.datetime(e.starts_at)),
                Cell::text(visitor.t(&format!("event-status-{}", e.status))),
                Cell::text(visitor.t_args(
                    "web-events-counts",
                    &[
                        ("invited", invited.into()),
                        ("accepted", count(e.id, "accepted").into()),
                        ("waitlisted", count(e.id, "waitlisted").into()),
                        ("attended", count(e.id, "attended").into()),
                    ],
                )),
            ]
        })
        .collect();
    let page = TablePage {
        frame: signed.frame(visitor.t("web-events-title")),
        intro: Vec::new(),
        notice: None,
        invite: None,
        caption: visitor.t("web-events-caption"),
        head: heads(
            &visitor,
            &[
                "web-col-event",
                "web-col-when",
                "web-col-status",
                "web-col-answers",
            ],
        ),
        rows,
        empty: visitor.t("web-events-empty"),
        pages: Vec::new(),
        pages_label: String::new(),
        confirm: None,
    };
    visitor.page(StatusCode::OK, page.render())
}

#[derive(Debug, Deserialize)]
pub struct EventQuery {
    #[serde(default)]
    invited: Option<usize>,
    #[serde(default)]
    unreachable: Option<usize>,
}

/// `/events/{id}`: who is invited and how they answered; the invitation
/// form for those who manage events.
pub async fn event(signed: Signed, Id(id): Id, Q(q): Q<EventQuery>) -> Response {
    if let Err(refused) = signed.require(Action::ReadEvents) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let words = signed.words();
    let store = signed.store();
    let event = tried!(visitor, store.resolve_event(&id.to_string()).await);
    let attendees = tried!(visitor, store.attendees(event.id).await);
    let subjects: Vec<i32> = attendees.iter().map(|a| a.invitation.contact_id).collect();
    tried!(
        visitor,
        store
            .record_access(
                signed.actor(),
                "attendees",
                &format!("event:{}", event.id),
                &subjects
            )
            .await
    );
    let places = tried!(visitor, store.places_by_id().await);
    let place = event.place_id.and_then(|p| places.get(&p));
    let view =
        crate::render::event::EventView::new(&words, &event, place, visitor.app.config.time_zone);
    let mut intro = vec![format!("{} · {}", view.kind, view.when)];
    intro.extend(view.venue.clone());
    intro.extend(view.description.clone());
    if let Some(capacity) = event.capacity {
        intro.push(visitor.t_args(
            "web-event-capacity",
            &[("count", i64::from(capacity).into())],
        ));
    }
    // Check-in buttons only while check-in is open (from 12 hours before
    // the start; they were shown days ahead and refused when pressed).
    let may_check_in = allowed(signed.role(), Action::KeepInTouch)
        && store.clock.now() >= event.starts_at - crate::store::invitations::CHECK_IN_OPENS;
    let rows = attendees
        .iter()
        .map(|a| {
            vec![
                Cell::link(
                    contact_name(visitor.lang, &a.names, a.invitation.contact_id),
                    format!("/contacts/{}", a.invitation.contact_id),
                ),
                Cell {
                    action: (may_check_in
                        && matches!(
                            a.invitation.status,
                            InvitationStatus::Accepted
                                | InvitationStatus::Tentative
                                | InvitationStatus::Invited
                        ))
                    .then(|| {
                        (
                            format!("/events/{}/checkin/{}", event.id, a.invitation.id),
                            visitor.t("web-event-check-in"),
                        )
                    }),
                    ..Cell::text(crate::i18n::label(
                        visitor.lang,
                        InvitationStatus::KIND,
                        a.invitation.status,
                    ))
                },
                Cell::text(
                    a.invitation
                        .responded_at
                        .map(|at| words.datetime(at))
                        .unwrap_or_default(),
                ),
                Cell::text(visitor.t(&format!("event-delivery-{}", a.invitation.delivery))),
            ]
        })
        .collect();
    // A cancelled event says so, and invites no one.
    let cancelled = event.status == crate::store::events::EventStatus::Cancelled;
    if cancelled {
        intro.insert(0, visitor.t("web-event-cancelled"));
    }
    let invite = (allowed(signed.role(), Action::ManageEvents) && !cancelled).then(|| {
        let mut choices = vec![(String::new(), visitor.t("web-invite-everyone"))];
        choices.extend(Category::ALL.iter().map(|c| {
            (
                c.key().to_owned(),
                crate::i18n::label(visitor.lang, Category::KIND, c.key()),
            )
        }));
        // The event's province (or the place itself when it has no
        // parent) is chosen; any other province, or anywhere, may be.
        let province_of = |place: &crate::store::records::Place| {
            place
                .parent_id
                .and_then(|id| places.get(&id))
                .cloned()
                .unwrap_or_else(|| place.clone())
        };
        let chosen = event
            .place_id
            .and_then(|id| places.get(&id))
            .map(province_of);
        let mut provinces: Vec<&crate::store::records::Place> =
            places.values().filter(|p| p.parent_id.is_none()).collect();
        provinces.sort_by_key(|p| p.id);
        let mut place_choices = vec![(String::new(), visitor.t("web-invite-anywhere"))];
        place_choices.extend(provinces.iter().map(|p| {
            (
                p.key.clone(),
                crate::store::reference::place_name(p, visitor.lang).to_owned(),
            )
        }));
        InviteForm {
            action: format!("/events/{}/invite", event.id),
            label: visitor.t("web-invite-label"),
            choices,
            place_label: visitor.t("web-invite-place"),
            places: place_choices,
            place_chosen: chosen.map(|p| p.key).unwrap_or_default(),
            button: visitor.t("web-invite-button"),
        }
    });
    let page = TablePage {
        frame: signed.frame(view.title.clone()),
        intro,
        notice: q.invited.map(|n| {
            visitor.t_args(
                "web-invited",
                &[
                    ("queued", n.into()),
                    ("unreachable", q.unreachable.unwrap_or(0).into()),
                ],
            )
        }),
        invite,
        caption: visitor.t_args("web-event-caption", &[("count", attendees.len().into())]),
        head: heads(
            &visitor,
            &[
                "web-col-who",
                "web-col-answer",
                "web-col-answered",
                "web-col-delivery",
            ],
        ),
        rows,
        empty: visitor.t("web-event-empty"),
        pages: Vec::new(),
        pages_label: String::new(),
        confirm: None,
    };
    visitor.page(StatusCode::OK, page.render())
}

/// `POST /events/{id}/invite`: invites the audience (every member, or
/// those of a category) as `event invite --yes` does.
pub async fn invite(signed: Signed, Id(id): Id, F(form): F<Vec<(String, String)>>) -> Response {
    let get = |name: &str| field(&form, name);
    if let Err(refused) = signed.check_csrf(get("csrf").as_deref()) {
        return refused;
    }
    if let Err(refused) = signed.require(Action::ManageEvents) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let store = signed.store().clone();
    let event = tried!(visitor, store.resolve_event(&id.to_string()).await);
    if event.status == crate::store::events::EventStatus::Cancelled {
        return failed(&visitor, crate::domain::Error::EventCancelled.into());
    }
    let categories = match get("category").map(|c| Category::parse(&c)).transpose() {
        Ok(category) => category.into_iter().collect(),
        Err(err) => return failed(&visitor, err.into()),
    };
    let audience = crate::store::invitations::Audience {
        categories,
        places: get("place").into_iter().collect(),
        ..Default::default()
    };
    let invitees = tried!(visitor, store.audience(event.id, &audience).await);
    // First a preview: who would be invited and who the bot can reach;
    // nothing is sent until it is confirmed (as `event invite` without
    // `--yes`).
    if get("confirm").is_none() {
        return invite_preview(&signed, &event, [get("category"), get("place")], &invitees).await;
    }
    let places = tried!(visitor, store.places_by_id().await);
    let place = event.place_id.and_then(|p| places.get(&p)).cloned();
    let now = store.clock.now();
    let (lang, tz) = (visitor.lang, visitor.app.config.time_zone);
    let report = tried!(
        visitor,
        signed
            .actor()
            .acting(store.invite(event.id, &invitees, {
                let event = event.clone();
                move |member, token| {
                    crate::events::invitation(&event, place.as_ref(), member, token, now, lang, tz)
                }
            }))
            .await
    );
    Redirect::to(&format!(
        "/events/{}?invited={}&unreachable={}",
        event.id, report.queued, report.unreachable
    ))
    .into_response()
}

/// The invitation's preview: everyone it would reach, and a button that
/// sends it.
async fn invite_preview(
    signed: &Signed,
    event: &crate::store::records::Event,
    [category, place]: [Option<String>; 2],
    invitees: &[crate::store::invitations::Invitee],
) -> Response {
    use crate::store::invitations::Reach;
    let visitor = signed.visitor.clone();
    let fresh: Vec<_> = invitees.iter().filter(|i| !i.already).collect();
    let ids: Vec<i32> = fresh.iter().map(|i| i.contact_id).collect();
    tried!(
        visitor,
        signed
            .store()
            .record_access(
                signed.actor(),
                "list",
                &format!("event:{} audience-preview", event.id),
                &ids
            )
            .await
    );
    let count = |f: &dyn Fn(&Reach) -> bool| fresh.iter().filter(|i| f(&i.reach)).count();
    let reachable = count(&|r| matches!(r, Reach::Member(_)));
    let title = crate::store::events::event_title(event, visitor.lang).0;
    let summary = visitor.t_args(
        "event-invite-preview",
        &[
            ("title", title.clone().into()),
            ("total", fresh.len().into()),
            ("reachable", reachable.into()),
            ("no_account", count(&|r| *r == Reach::NoAccount).into()),
            ("no_consent", count(&|r| *r == Reach::NoConsent).into()),
            ("unreachable", count(&|r| *r == Reach::Unreachable).into()),
            ("already", (invitees.len() - fresh.len()).into()),
        ],
    );
    let rows = fresh
        .iter()
        .map(|i| {
            let reach = match &i.reach {
                Reach::Member(_) => visitor.t("web-invite-reach-member"),
                other => visitor.t(&format!("event-delivery-{}", other.delivery())),
            };
            vec![
                Cell::link(
                    contact_name(visitor.lang, &i.names, i.contact_id),
                    format!("/contacts/{}", i.contact_id),
                ),
                Cell::text(reach),
            ]
        })
        .collect();
    let back = format!("/events/{}", event.id);
    let page = TablePage {
        frame: signed.frame(visitor.t_args("web-invite-preview-title", &[("title", title.into())])),
        intro: vec![summary, visitor.t("web-invite-preview-nothing-yet")],
        notice: None,
        invite: None,
        caption: visitor.t_args(
            "web-invite-preview-caption",
            &[("count", fresh.len().into())],
        ),
        head: heads(&visitor, &["web-col-who", "web-col-delivery"]),
        rows,
        empty: visitor.t("web-invite-preview-empty"),
        pages: Vec::new(),
        pages_label: String::new(),
        confirm: (!fresh.is_empty()).then(|| ConfirmForm {
            action: format!("/events/{}/invite", event.id),
            hidden: vec![
                ("category".to_owned(), category.unwrap_or_default()),
                ("place".to_owned(), place.unwrap_or_default()),
                ("confirm".to_owned(), "1".to_owned()),
            ],
            button: visitor.t_args("web-invite-send", &[("count", reachable.into())]),
            back: (back.clone(), visitor.t("web-invite-back")),
        }),
    };
    visitor.page(StatusCode::OK, page.render())
}

/// `POST /events/{id}/checkin/{invitation}`: checks an invitee in (logged
/// as their attendance, as `/checkin` does in the bot).
pub async fn check_in(
    signed: Signed,
    Path((id, invitation)): Path<(String, String)>,
    F(form): F<super::auth::CsrfForm>,
) -> Response {
    if let Err(refused) = signed.check_csrf(form.csrf.as_deref()) {
        return refused;
    }
    if let Err(refused) = signed.require(Action::KeepInTouch) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let (Ok(id), Ok(invitation)) = (id.parse::<i32>(), invitation.parse::<i32>()) else {
        return visitor.refusal(StatusCode::NOT_FOUND, visitor.t("web-bad-address"));
    };
    let store = signed.store().clone();
    let attendees = tried!(visitor, store.attendees(id).await);
    if !attendees.iter().any(|a| a.invitation.id == invitation) {
        return visitor.refusal(StatusCode::NOT_FOUND, visitor.t("web-not-found"));
    }
    tried!(
        visitor,
        signed
            .actor()
            .acting(store.check_in(invitation, signed.session.user.id, None))
            .await
    );
    Redirect::to(&format!("/events/{id}")).into_response()
}

#[derive(Debug, Deserialize)]
pub struct AccessQuery {
    #[serde(default)]
    user: Option<i32>,
    /// A contact's number or name.
    #[serde(default)]
    contact: Option<String>,
    /// Entries older than this one (its number): the next page. Pages
    /// are anchored to entries, so reading the log (which adds a line)
    /// does not shift them.
    #[serde(default)]
    before: Option<i32>,
}

/// How many of a line's subjects the access log names.
const ACCESS_SUBJECTS: usize = 5;

/// The ids of `kind` (`contact`, `user`) a scope names (`contact:12`,
/// `user:3:officer->user:6`).
fn scope_ids<'a>(scope: &'a str, kind: &'a str) -> impl Iterator<Item = i32> + 'a {
    scope.split("->").filter_map(move |part| {
        let mut pieces = part.split(':');
        (pieces.next() == Some(kind))
            .then(|| pieces.next()?.parse().ok())
            .flatten()
    })
}

/// A scope with its people named: `contact:12` is the contact's name,
/// `user:3:officer->user:6` reads `Park Jiwoo (officer) → Lee Minho`;
/// anything else (a search's words, `event:4`) as written.
/// Names for a scope's ids and keys: users and contacts by id, places by
/// key.
struct ScopeNames<'a> {
    users: &'a HashMap<i32, String>,
    contacts: &'a HashMap<i32, String>,
    places: &'a HashMap<String, String>,
}

fn readable_scope(lang: Lang, scope: &str, names: &ScopeNames) -> String {
    // A search's words, as typed (never read as names).
    if let Some(words) = scope.strip_prefix("query:") {
        return words.to_owned();
    }
    // Words separated by spaces (`place:harbin date:2026-12-05`), each
    // `kind:value` or a bare word; a chain of users by `->`.
    scope
        .split_whitespace()
        .map(|word| {
            word.split("->")
                .map(|part| scope_part(lang, part, names))
                .collect::<Vec<_>>()
                .join(" → ")
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One `kind:value` of a scope in words: people by name, anything else
/// under its localized kind (`Position #33`), unknown kinds as written.
fn scope_part(lang: Lang, part: &str, names: &ScopeNames) -> String {
    let ScopeNames {
        users,
        contacts,
        places,
    } = names;
    let pieces: Vec<&str> = part.split(':').collect();
    let id = pieces.get(1).and_then(|id| id.parse::<i32>().ok());
    match (pieces.first().copied(), id) {
        (Some("user"), Some(id)) => {
            let name = users.get(&id).cloned().unwrap_or_else(|| format!("#{id}"));
            match pieces.get(2).filter(|role| !role.is_empty()) {
                Some(role) => format!("{name} ({})", crate::i18n::label(lang, Role::KIND, role)),
                None => name,
            }
        }
        (Some("contact"), Some(id)) => contacts
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("#{id}")),
        (Some(kind), _) if pieces.len() == 2 => {
            let value = match kind {
                "place" => places.get(pieces[1]).map(String::as_str),
                _ => None,
            }
            .unwrap_or(pieces[1]);
            // Counts are numbers, not records' numbers.
            let counted = matches!(kind, "limit" | "page");
            match crate::i18n::try_t(lang, &format!("web-scope-{kind}")) {
                Some(label) if id.is_some() && !counted => format!("{label} #{value}"),
                Some(label) => format!("{label} {value}"),
                None => part.to_owned(),
            }
        }
        (Some(word), _) if pieces.len() == 1 => {
            crate::i18n::try_t(lang, &format!("web-scope-{word}"))
                .unwrap_or_else(|| part.to_owned())
        }
        _ => part.to_owned(),
    }
}

/// The people a line is about, by name: the first few, and how many more.
fn readable_subjects(visitor: &Visitor, ids: &[i32], contacts: &HashMap<i32, String>) -> String {
    let mut shown: Vec<String> = ids
        .iter()
        .take(ACCESS_SUBJECTS)
        .map(|id| {
            contacts
                .get(id)
                .cloned()
                .unwrap_or_else(|| format!("#{id}"))
        })
        .collect();
    if ids.len() > ACCESS_SUBJECTS {
        shown.push(visitor.t_args(
            "web-access-more",
            &[("count", (ids.len() - ACCESS_SUBJECTS).into())],
        ));
    }
    shown.join(", ")
}

/// How many access-log entries the page shows.
const ACCESS_ROWS: usize = 500;

/// `/admin/access`: the access log, newest first; of one user or contact.
pub async fn access_log(signed: Signed, Q(q): Q<AccessQuery>) -> Response {
    if let Err(refused) = signed.require(Action::ReadAudit) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let words = signed.words();
    let store = signed.store();
    // A contact by number or by any of its names, as the command line.
    let contact = match q
        .contact
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(query) => Some(tried!(visitor, store.resolve_contact(query).await).id),
        None => None,
    };
    // A contact and a user: what that user did about that contact.
    let entries = match (contact, q.user) {
        (Some(contact), user) => {
            let mut entries = tried!(visitor, store.access_log_of_contact(contact).await);
            entries.retain(|e| user.is_none_or(|u| e.user_id == Some(u)));
            entries
        }
        (None, user) => tried!(visitor, store.access_log(user).await),
    };
    let scope = match (contact, q.user) {
        (Some(c), Some(u)) => format!("contact:{c} user:{u}"),
        (Some(c), None) => format!("contact:{c}"),
        (None, Some(u)) => format!("user:{u}"),
        (None, None) => "all".to_owned(),
    };
    tried!(
        visitor,
        store
            .record_access(signed.actor(), "audit", &scope, &[])
            .await
    );
    let names: HashMap<i32, String> = tried!(visitor, store.users().await)
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    if let Some(user) = q.user
        && !names.contains_key(&user)
    {
        return visitor.refusal(
            StatusCode::NOT_FOUND,
            visitor.t_args("web-access-no-user", &[("id", user.into())]),
        );
    }
    // A page of entries, newest first, from `before` on; links to the
    // page of newer entries and to the older ones.
    let newer: Vec<_> = entries
        .iter()
        .filter(|e| q.before.is_some_and(|before| e.id >= before))
        .collect();
    let shown: Vec<_> = entries
        .iter()
        .rev()
        .filter(|e| q.before.is_none_or(|before| e.id < before))
        .take(ACCESS_ROWS)
        .collect();
    let page_link = |before: Option<i32>| {
        let mut query = Vec::new();
        if let Some(contact) = contact {
            query.push(format!("contact={contact}"));
        }
        if let Some(user) = q.user {
            query.push(format!("user={user}"));
        }
        if let Some(before) = before {
            query.push(format!("before={before}"));
        }
        match query.is_empty() {
            true => "/admin/access".to_owned(),
            false => format!("/admin/access?{}", query.join("&")),
        }
    };
    let mut pages = Vec::new();
    if contact.is_some() || q.user.is_some() {
        pages.push(("/admin/access".to_owned(), visitor.t("web-access-whole")));
    }
    if !newer.is_empty() {
        // The page just newer: it starts ACCESS_ROWS entries up.
        let before = newer.get(ACCESS_ROWS).map(|e| e.id);
        pages.push((page_link(before), visitor.t("web-page-newer")));
    }
    if newer.len() + shown.len() < entries.len()
        && let Some(last) = shown.last()
    {
        pages.push((page_link(Some(last.id)), visitor.t("web-page-older")));
    }
    let skip = newer.len();
    // The people a line is about, by name: the first few of each line.
    let subjects: Vec<Vec<i32>> = shown
        .iter()
        .map(|e| serde_json::from_str(&e.subjects).unwrap_or_default())
        .collect();
    let mut named: Vec<i32> = subjects
        .iter()
        .flat_map(|ids| ids.iter().take(ACCESS_SUBJECTS).copied())
        .chain(shown.iter().flat_map(|e| scope_ids(&e.scope, "contact")))
        .chain(contact)
        .collect();
    named.sort_unstable();
    named.dedup();
    let contacts = tried!(visitor, store.contact_labels(&named, visitor.lang).await);
    let place_names: HashMap<String, String> = tried!(visitor, store.places_by_id().await)
        .into_values()
        .map(|p| {
            let name = crate::store::reference::place_name(&p, visitor.lang).to_owned();
            (p.key, name)
        })
        .collect();
    let scope_names = ScopeNames {
        users: &names,
        contacts: &contacts,
        places: &place_names,
    };
    let rows = shown
        .iter()
        .zip(&subjects)
        .map(|(e, ids)| {
            let who = match (e.user_id, e.channel.as_str()) {
                (Some(id), _) => names.get(&id).cloned().unwrap_or_else(|| format!("#{id}")),
                (None, "cli") => visitor.t("web-access-cli"),
                (None, _) => visitor.t("web-access-system"),
            };
            let action = crate::i18n::try_t(visitor.lang, &format!("audit-action-{}", e.action))
                .unwrap_or_else(|| e.action.clone());
            vec![
                Cell::text(words.datetime(e.at)),
                Cell::text(who),
                Cell::text(
                    crate::i18n::try_t(visitor.lang, &format!("web-channel-{}", e.channel))
                        .unwrap_or_else(|| e.channel.clone()),
                ),
                Cell::text(action),
                Cell::text(readable_scope(visitor.lang, &e.scope, &scope_names)),
                Cell::text(if e.subjects == crate::store::audit::ALL {
                    // An export or a list of everyone.
                    visitor.t("web-access-everyone")
                } else {
                    readable_subjects(&visitor, ids, &contacts)
                }),
            ]
        })
        .collect();
    let page = TablePage {
        frame: signed.frame(visitor.t("web-access-title")),
        intro: {
            let mut intro = vec![visitor.t("web-access-intro")];
            // Filtered: on whom, in words (the way back is among the links).
            if scope != "all" {
                let on = readable_scope(visitor.lang, &scope, &scope_names);
                intro.push(visitor.t_args("web-access-filtered", &[("on", on.into())]));
            }
            intro
        },
        notice: None,
        invite: None,
        caption: visitor.t_args(
            "web-access-caption",
            &[
                ("from", (skip + 1).into()),
                ("to", (skip + shown.len()).into()),
                ("count", entries.len().into()),
            ],
        ),
        head: heads(
            &visitor,
            &[
                "web-col-when",
                "web-col-who",
                "web-col-channel",
                "web-col-action",
                "web-col-scope",
                "web-col-subjects",
            ],
        ),
        rows,
        empty: visitor.t(if entries.is_empty() {
            "web-access-empty"
        } else {
            "web-access-no-older"
        }),
        pages,
        pages_label: visitor.t("web-pages-label"),
        confirm: None,
    };
    visitor.page(StatusCode::OK, page.render())
}

#[allow(dead_code, reason = "kept for the arguments of web-* messages")]
fn arg(value: impl Into<Arg>) -> Arg {
    value.into()
}

/// A line of a list page, maybe a link, with further links after it.
struct Item {
    text: String,
    href: Option<String>,
    links: Vec<(String, String)>,
}

struct ListSection {
    heading: String,
    empty: String,
    items: Vec<Item>,
}

#[derive(Template)]
#[template(path = "lists.html")]
struct ListsPage {
    frame: Frame,
    intro: Vec<String>,
    sections: Vec<ListSection>,
}

/// `/places`: the provinces and their cities, each with its brief.
pub async fn places(signed: Signed) -> Response {
    if let Err(refused) = signed.require(Action::ReadBrief) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let places = tried!(visitor, signed.store().places().await);
    let name = |p: &crate::store::records::Place| {
        crate::store::reference::place_with_other_names(p, visitor.lang)
    };
    let brief = visitor.t("web-places-brief");
    let mut sections = Vec::new();
    for province in places.iter().filter(|p| p.kind == "province") {
        let cities: Vec<Item> = places
            .iter()
            .filter(|c| c.parent_id == Some(province.id))
            .map(|c| Item {
                text: name(c),
                href: Some(format!("/places/{}/brief", c.key)),
                links: Vec::new(),
            })
            .collect();
        sections.push(ListSection {
            heading: name(province),
            empty: visitor.t("web-places-no-cities"),
            items: std::iter::once(Item {
                text: brief.clone(),
                href: Some(format!("/places/{}/brief", province.key)),
                links: Vec::new(),
            })
            .chain(cities)
            .collect(),
        });
    }
    let page = ListsPage {
        frame: signed.frame(visitor.t("web-places-title")),
        intro: vec![visitor.t("web-places-intro")],
        sections,
    };
    visitor.page(StatusCode::OK, page.render())
}

/// The brief's own policy: its styles are inline (it is also a file to
/// keep), and it has no script at all.
const BRIEF_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

#[derive(Debug, Deserialize)]
pub struct BriefQuery {
    #[serde(default)]
    date: Option<String>,
}

async fn brief_page(
    signed: Signed,
    target: crate::brief::make::Target,
    date: Option<String>,
) -> Response {
    if let Err(refused) = signed.require(Action::ReadBrief) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let day = match date.as_deref().filter(|d| !d.trim().is_empty()) {
        Some(day) => match crate::domain::dates::parse_date("date", day) {
            Ok(day) => day,
            Err(err) => return failed(&visitor, err.into()),
        },
        None => signed.words().today,
    };
    let made = tried!(
        visitor,
        crate::brief::make::make(
            signed.store(),
            target,
            day,
            visitor.lang,
            visitor.app.config.time_zone,
            signed.actor(),
        )
        .await
    );
    let mut response = visitor.page(StatusCode::OK, Ok(made.html));
    response.headers_mut().insert(
        axum::http::header::CONTENT_SECURITY_POLICY,
        axum::http::HeaderValue::from_static(BRIEF_CSP),
    );
    response
}

/// `/places/{key}/brief`: the live brief on a place, printable.
pub async fn place_brief(signed: Signed, Path(key): Path<String>, Q(q): Q<BriefQuery>) -> Response {
    brief_page(signed, crate::brief::make::Target::Place(key), q.date).await
}

/// `/contacts/{id}/brief`: the live brief on a person.
pub async fn person_brief(signed: Signed, Id(id): Id, Q(q): Q<BriefQuery>) -> Response {
    brief_page(
        signed,
        crate::brief::make::Target::Contact(id.to_string()),
        q.date,
    )
    .await
}

/// `/institutions`: joint committees, agreements and projects.
pub async fn institutions(signed: Signed) -> Response {
    if let Err(refused) = signed.require(Action::ReadBrief) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let words = signed.words();
    let store = signed.store();
    let committees = tried!(visitor, store.committees().await);
    let committees = tried!(visitor, store.committee_views(committees).await);
    let agreements = tried!(visitor, store.agreement_views(&[]).await);
    let projects = tried!(visitor, store.project_views(&[]).await);
    let mut subjects: Vec<i32> = committees
        .iter()
        .flat_map(|v| v.seats.iter().filter_map(|s| s.member.contact_id))
        .collect();
    subjects.extend(
        agreements
            .iter()
            .flat_map(|v| v.signatories.iter().map(|(id, _)| *id)),
    );
    for (action, subjects) in [("committee", subjects), ("project", Vec::new())] {
        tried!(
            visitor,
            store
                .record_access(signed.actor(), action, "all", &subjects)
                .await
        );
    }
    let text = |text: String| Item {
        text,
        href: None,
        links: Vec::new(),
    };
    let sections = vec![
        ListSection {
            heading: visitor.t("web-institutions-committees"),
            empty: visitor.t("committee-none"),
            items: committees
                .iter()
                .map(|v| text(crate::render::institutions::committee_line(&words, v)))
                .collect(),
        },
        ListSection {
            heading: visitor.t("web-institutions-agreements"),
            empty: visitor.t("agreement-none"),
            items: agreements
                .iter()
                .map(|v| text(crate::render::institutions::agreement_line(&words, v)))
                .collect(),
        },
        ListSection {
            heading: visitor.t("web-institutions-projects"),
            empty: visitor.t("project-none"),
            items: projects
                .iter()
                .map(|v| text(crate::render::institutions::project_line(&words, v)))
                .collect(),
        },
    ];
    let page = ListsPage {
        frame: signed.frame(visitor.t("web-institutions-title")),
        intro: Vec::new(),
        sections,
    };
    visitor.page(StatusCode::OK, page.render())
}

/// A table of counts: the first cell of each row is its heading.
struct CountTable {
    heading: String,
    caption: String,
    empty: String,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
}

#[derive(Template)]
#[template(path = "office.html")]
struct OfficePage {
    frame: Frame,
    intro: Vec<String>,
    tables: Vec<CountTable>,
}

/// `/office`: relationships going cold by province, category and owner;
/// activity by track and policy area, month by month.
pub async fn office(signed: Signed) -> Response {
    use crate::domain::keys::{PolicyArea, Track};
    use crate::store::office::{Cold, LONG_COLD_DAYS};
    if let Err(refused) = signed.require(Action::ReadBrief) {
        return refused;
    }
    let visitor = signed.visitor.clone();
    let store = signed.store();
    let now = store.clock.now();
    let view = tried!(
        visitor,
        store.office_view(now, visitor.app.config.time_zone).await
    );
    tried!(
        visitor,
        store
            .record_access(signed.actor(), "office", "all", &[])
            .await
    );
    let places = tried!(visitor, store.places_by_id().await);
    let users: HashMap<i32, String> = tried!(visitor, store.users().await)
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let lang = visitor.lang;
    // Each table's first column says what its rows are.
    let cold_head = |first: &str| {
        heads(
            &visitor,
            &[first, "web-office-col-due", "web-office-col-long"],
        )
    };
    let cold_rows = |mut counts: Vec<(String, Cold)>| {
        counts.sort_by(|a, b| b.1.due.cmp(&a.1.due).then(a.0.cmp(&b.0)));
        counts
            .into_iter()
            .map(|(name, c)| vec![name, c.due.to_string(), c.long_cold.to_string()])
            .collect::<Vec<_>>()
    };
    let mut provinces: HashMap<String, Cold> = HashMap::new();
    for (place, cold) in &view.by_place {
        let name = match place.and_then(|p| places.get(&p)) {
            Some(p) => {
                let province = p.parent_id.and_then(|id| places.get(&id)).unwrap_or(p);
                crate::store::reference::place_name(province, lang).to_owned()
            }
            None => visitor.t("web-office-no-place"),
        };
        let entry = provinces.entry(name).or_default();
        entry.due += cold.due;
        entry.long_cold += cold.long_cold;
    }
    let by_category = view
        .by_category
        .iter()
        .map(|(c, cold)| (crate::i18n::label(lang, Category::KIND, c.key()), *cold))
        .collect();
    let by_owner = view
        .by_owner
        .iter()
        .map(|(owner, cold)| {
            (
                owner
                    .and_then(|id| users.get(&id).cloned())
                    .unwrap_or_else(|| visitor.t("web-due-unowned")),
                *cold,
            )
        })
        .collect();
    let cold_caption = visitor.t_args(
        "web-office-cold-caption",
        &[("days", LONG_COLD_DAYS.into())],
    );
    let mut tables = vec![
        CountTable {
            heading: visitor.t("web-office-by-province"),
            caption: cold_caption.clone(),
            empty: visitor.t("web-office-none-cold"),
            head: cold_head("web-office-col-province"),
            rows: cold_rows(provinces.into_iter().collect()),
        },
        CountTable {
            heading: visitor.t("web-office-by-category"),
            caption: cold_caption.clone(),
            empty: visitor.t("web-office-none-cold"),
            head: cold_head("web-office-col-category"),
            rows: cold_rows(by_category),
        },
        CountTable {
            heading: visitor.t("web-office-by-owner"),
            caption: cold_caption,
            empty: visitor.t("web-office-none-cold"),
            head: cold_head("web-office-col-owner"),
            rows: cold_rows(by_owner),
        },
    ];
    let tracks: Vec<Option<Track>> = Track::ALL
        .iter()
        .copied()
        .map(Some)
        .chain(std::iter::once(None))
        .collect();
    let mut head = vec![visitor.t("web-office-col-month")];
    head.extend(tracks.iter().map(|t| match t {
        Some(t) => crate::i18n::label(lang, Track::KIND, t.key()),
        None => visitor.t("track-none"),
    }));
    tables.push(CountTable {
        heading: visitor.t("web-office-by-track"),
        caption: visitor.t("web-office-activity-caption"),
        empty: visitor.t("web-office-no-activity"),
        head,
        rows: view
            .by_track
            .iter()
            .map(|(month, counts)| {
                std::iter::once(month.clone())
                    .chain(
                        tracks
                            .iter()
                            .map(|t| counts.get(t).copied().unwrap_or(0).to_string()),
                    )
                    .collect()
            })
            .collect(),
    });
    let areas: Vec<PolicyArea> = PolicyArea::ALL
        .iter()
        .copied()
        .filter(|a| view.by_area.values().any(|m| m.contains_key(a)))
        .collect();
    let mut head = vec![visitor.t("web-office-col-month")];
    head.extend(
        areas
            .iter()
            .map(|a| crate::i18n::label(lang, PolicyArea::KIND, a.key())),
    );
    tables.push(CountTable {
        heading: visitor.t("web-office-by-area"),
        caption: visitor.t("web-office-activity-caption"),
        empty: visitor.t("web-office-no-activity"),
        head,
        rows: view
            .by_area
            .iter()
            .map(|(month, counts)| {
                std::iter::once(month.clone())
                    .chain(
                        areas
                            .iter()
                            .map(|a| counts.get(a).copied().unwrap_or(0).to_string()),
                    )
                    .collect()
            })
            .collect(),
    });
    let page = OfficePage {
        frame: signed.frame(visitor.t("web-office-title")),
        intro: vec![visitor.t("web-office-intro")],
        tables,
    };
    visitor.page(StatusCode::OK, page.render())
}
