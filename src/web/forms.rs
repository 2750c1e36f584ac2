//! What a console form says, parsed as the command line parses its flags
//! (the same domain rules, the same refusals).

use chrono::NaiveDate;

use crate::domain::contact::{parse_email, parse_phone, parse_text};
use crate::domain::dates::parse_date;
use crate::domain::keys::Category;
use crate::domain::names::{PersonName, guess_form};
use crate::domain::{Error, Lang};
use crate::store::contacts::ContactCard;
use crate::store::edit::{ContactEdit, parse_details};
use crate::store::reference::{organization_name, place_name};
use crate::store::{Store, StoreError};

/// Titles and organization names: one line, this long at most.
const LINE: usize = 200;

/// The contact's edit form, as sent (blank fields are `None`). The form
/// shows what is stored, so an organization, place, language or birthday
/// sent blank is one the officer emptied: it is forgotten (a field not
/// sent at all is left alone).
#[derive(Debug, Default)]
pub struct ContactForm {
    pub org: Option<String>,
    pub title: Option<String>,
    pub place: Option<String>,
    pub language: Option<String>,
    pub add_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub birthday: Option<String>,
    pub lunar: bool,
    /// The categories ticked: the contact's categories become these.
    pub categories: Vec<String>,
    /// The fields sent blank.
    pub emptied: Vec<&'static str>,
    /// The organization and title correct the current post (a typo), not
    /// a new one.
    pub correct_position: bool,
    /// Stored e-mails and phones ticked for removal, as stored.
    pub remove_emails: Vec<String>,
    pub remove_phones: Vec<String>,
}

/// The change the form asks for against the card as it is: only what
/// differs. A new organization is created only once everything parsed.
pub async fn contact_edit(
    store: &Store,
    card: &ContactCard,
    form: ContactForm,
    today: NaiveDate,
) -> Result<ContactEdit, StoreError> {
    let mut edit = ContactEdit {
        today: Some(today),
        ..ContactEdit::default()
    };
    if let Some(name) = &form.add_name {
        edit.add_names
            .push(PersonName::parse(guess_form(name), name)?);
    }
    let current = card.positions.iter().find(|(p, _)| p.ended_on.is_none());
    let org = form
        .org
        .as_deref()
        .map(|org| parse_text("org", org, LINE))
        .transpose()?
        .flatten();
    let title = form
        .title
        .as_deref()
        .map(|title| parse_text("title", title, LINE))
        .transpose()?
        .flatten();
    let same_position = current.is_some_and(|(p, o)| {
        org.as_deref().is_some_and(|org| {
            [Lang::Ko, Lang::ZhCn, Lang::En]
                .iter()
                .any(|l| organization_name(o, *l) == org)
        }) && p.title == title
    });
    // An emptied organization with the title left as it was ends the post
    // (the title goes with it); a new title needs an organization.
    let current_title = current.and_then(|(p, _)| p.title.clone());
    let position = match (&org, same_position) {
        (Some(org), false) => Some((org.clone(), title.clone())),
        (None, _) if title.is_some() && title != current_title => {
            return Err(Error::Empty { field: "org" }.into());
        }
        _ => None,
    };
    // A field emptied forgets what it showed: the post ends today.
    edit.end_position = form.emptied.contains(&"org") && current.is_some();
    edit.clear_place = form.emptied.contains(&"place") && card.place.is_some();
    edit.clear_lang = form.emptied.contains(&"language") && card.contact.lang.is_some();
    edit.clear_birthday = form.emptied.contains(&"birthday") && card.contact.birthday.is_some();
    if let Some(place) = &form.place {
        let unchanged = card.place.as_ref().is_some_and(|p| {
            [Lang::Ko, Lang::ZhCn, Lang::En]
                .iter()
                .any(|l| place_name(p, *l) == place)
        });
        if !unchanged {
            edit.place_id = Some(store.resolve_place(place).await?.id);
        }
    }
    if let Some(language) = &form.language {
        let language = Lang::parse(language)?;
        if card.contact.lang != Some(language) {
            edit.lang = Some(language);
        }
    }
    edit.add_emails = parse_details(&form.email.into_iter().collect::<Vec<_>>(), parse_email)?;
    edit.add_phones = parse_details(&form.phone.into_iter().collect::<Vec<_>>(), parse_phone)?;
    edit.remove_emails = form.remove_emails;
    edit.remove_phones = form.remove_phones;
    if let Some(day) = &form.birthday {
        let day = parse_date("birthday", day)?;
        if card.contact.birthday != Some(day) || card.contact.birthday_lunar != form.lunar {
            edit.birthday = Some((day, form.lunar));
        }
    }
    let ticked = form
        .categories
        .iter()
        .map(|c| Category::parse(c))
        .collect::<Result<Vec<_>, _>>()?;
    edit.add_categories = ticked
        .iter()
        .filter(|c| !card.categories.contains(c))
        .copied()
        .collect();
    edit.remove_categories = card
        .categories
        .iter()
        .filter(|c| !ticked.contains(c))
        .copied()
        .collect();
    if let Some((org, title)) = position {
        edit.position = Some((store.organization_named(&org).await?.id, title));
        // The post the form showed (the card's first current one).
        edit.correct_position = current.filter(|_| form.correct_position).map(|(p, _)| p.id);
    }
    Ok(edit)
}
