//! Changing a contact: names in any script, categories, organization and
//! title, place, language, e-mails and phones with labels, birthday —
//! one unit of work, with the name keys rebuilt and the due date moved
//! (categories set the cadence), recorded in the access log.

use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use super::cadence::{categories_and_cadences, due_at_of};
use super::entity::{
    contact, contact_category, contact_detail, contact_name, organization, position,
};
use super::records::ContactDetail;
use super::search::{index_contacts, name_row};
use super::{Result, Store};
use crate::domain::keys::{Category, DetailKind};
use crate::domain::names::{PersonName, search_key};
use crate::domain::{Error, Lang};

/// An e-mail address or phone number, with an optional label (`work`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub label: Option<String>,
    pub value: String,
}

/// What to change; empty lists and `None` keep what is stored.
#[derive(Debug, Clone, Default)]
pub struct ContactEdit {
    pub add_names: Vec<PersonName>,
    /// Names to remove, as written (any script; folded to compare).
    pub remove_names: Vec<String>,
    pub add_categories: Vec<Category>,
    pub remove_categories: Vec<Category>,
    /// A new current position: (organization id, title). Other current
    /// positions end `today`.
    pub position: Option<(i32, Option<String>)>,
    pub place_id: Option<i32>,
    pub lang: Option<Lang>,
    pub add_emails: Vec<Detail>,
    pub add_phones: Vec<Detail>,
    pub remove_emails: Vec<String>,
    pub remove_phones: Vec<String>,
    /// (day, lunar).
    pub birthday: Option<(NaiveDate, bool)>,
    /// Forget the place, the language, the birthday (an emptied field).
    pub clear_place: bool,
    pub clear_lang: bool,
    pub clear_birthday: bool,
    /// End the current positions `today` without a new one.
    pub end_position: bool,
    /// `position` corrects this current post (a typo in the title, the
    /// wrong organization) instead of starting a new one: no former
    /// position is recorded.
    pub correct_position: Option<i32>,
    pub today: Option<NaiveDate>,
}

impl ContactEdit {
    pub fn is_empty(&self) -> bool {
        self.add_names.is_empty()
            && self.remove_names.is_empty()
            && self.add_categories.is_empty()
            && self.remove_categories.is_empty()
            && self.position.is_none()
            && self.place_id.is_none()
            && self.lang.is_none()
            && self.add_emails.is_empty()
            && self.add_phones.is_empty()
            && self.remove_emails.is_empty()
            && self.remove_phones.is_empty()
            && self.birthday.is_none()
            && !self.clear_place
            && !self.clear_lang
            && !self.clear_birthday
            && !self.end_position
    }
}

/// Compares details as people type them: e-mail case-insensitively,
/// phones by their digits.
pub(crate) fn same_detail(kind: DetailKind, a: &str, b: &str) -> bool {
    match kind {
        DetailKind::Email => a.trim().eq_ignore_ascii_case(b.trim()),
        DetailKind::Phone => {
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            digits(a) == digits(b)
        }
    }
}

impl Store {
    /// Applies `edit` to a contact, all or nothing.
    pub async fn edit_contact(&self, contact_id: i32, edit: ContactEdit) -> Result<()> {
        if edit.is_empty() {
            return Err(Error::Empty { field: "change" }.into());
        }
        if let Some((day, _)) = edit.birthday {
            crate::domain::dates::check_year(
                "birthday",
                &day.to_string(),
                chrono::Datelike::year(&day),
            )?;
            if edit.today.is_some_and(|today| day > today) {
                return Err(Error::StillToCome {
                    field: "birthday",
                    value: day.to_string(),
                }
                .into());
            }
            if edit.birthday.is_some_and(|(_, lunar)| lunar)
                && crate::domain::birthday::in_year(day, true, chrono::Datelike::year(&day) + 1)
                    .is_none()
            {
                return Err(Error::InvalidDate {
                    field: "birthday",
                    value: day.to_string(),
                }
                .into());
            }
        }
        let now = self.clock.now();
        self.write(move |txn| {
            let edit = edit.clone();
            Box::pin(async move {
                let Some(row) = contact::Entity::find_by_id(contact_id).one(txn).await? else {
                    return Err(Error::ContactNotFound(contact_id.to_string()).into());
                };
                // Names: removed ones must exist; the contact keeps at least one.
                let names = contact_name::Entity::find()
                    .filter(contact_name::Column::ContactId.eq(contact_id))
                    .all(txn)
                    .await?;
                let mut removed = Vec::new();
                for gone in &edit.remove_names {
                    let key = search_key(gone);
                    let Some(name) = names
                        .iter()
                        .find(|n| search_key(&n.value) == key && !removed.contains(&n.id))
                    else {
                        return Err(Error::NotOnCard {
                            kind: "name",
                            value: gone.clone(),
                        }
                        .into());
                    };
                    removed.push(name.id);
                }
                let added: Vec<&PersonName> = edit
                    .add_names
                    .iter()
                    .filter(|new| {
                        !names.iter().any(|n| {
                            !removed.contains(&n.id) && search_key(&n.value) == new.search_key()
                        })
                    })
                    .collect();
                if names.len() - removed.len() + added.len() == 0 {
                    return Err(Error::NoName.into());
                }
                if !removed.is_empty() {
                    contact_name::Entity::delete_many()
                        .filter(contact_name::Column::Id.is_in(removed.clone()))
                        .exec(txn)
                        .await?;
                }
                if !added.is_empty() {
                    contact_name::Entity::insert_many(
                        added.iter().map(|name| name_row(contact_id, name)),
                    )
                    .exec_without_returning(txn)
                    .await?;
                }
                if !removed.is_empty() || !added.is_empty() {
                    index_contacts(txn, &[contact_id]).await?;
                }
                // Categories.
                if !edit.remove_categories.is_empty() {
                    contact_category::Entity::delete_many()
                        .filter(contact_category::Column::ContactId.eq(contact_id))
                        .filter(
                            contact_category::Column::Category.is_in(
                                edit.remove_categories
                                    .iter()
                                    .map(|c| c.key())
                                    .collect::<Vec<_>>(),
                            ),
                        )
                        .exec(txn)
                        .await?;
                }
                if !edit.add_categories.is_empty() {
                    let (have, _) = categories_and_cadences(txn, &[contact_id]).await?;
                    let have = have.get(&contact_id).cloned().unwrap_or_default();
                    let new: Vec<Category> = super::sorted_unique(&edit.add_categories)
                        .into_iter()
                        .filter(|c| !have.contains(c))
                        .collect();
                    if !new.is_empty() {
                        contact_category::Entity::insert_many(new.iter().map(|category| {
                            contact_category::ActiveModel {
                                contact_id: Set(contact_id),
                                category: Set(*category),
                            }
                        }))
                        .exec_without_returning(txn)
                        .await?;
                    }
                }
                // A new current position.
                if let Some((org_id, title)) = &edit.position {
                    if organization::Entity::find_by_id(*org_id)
                        .one(txn)
                        .await?
                        .is_none()
                    {
                        return Err(Error::NotFound {
                            kind: "organization",
                            query: org_id.to_string(),
                        }
                        .into());
                    }
                    let today = edit.today.unwrap_or_else(|| now.date_naive());
                    // The post they hold already stays as it is.
                    let same = position::Entity::find()
                        .filter(position::Column::ContactId.eq(contact_id))
                        .filter(position::Column::EndedOn.is_null())
                        .all(txn)
                        .await?
                        .iter()
                        .any(|p| p.organization_id == *org_id && p.title == *title);
                    let corrected = match edit.correct_position {
                        Some(id) => {
                            position::Entity::find_by_id(id)
                                .filter(position::Column::ContactId.eq(contact_id))
                                .filter(position::Column::EndedOn.is_null())
                                .one(txn)
                                .await?
                        }
                        None => None,
                    };
                    if let (false, Some(current)) = (same, corrected) {
                        position::Entity::update_many()
                            .col_expr(position::Column::OrganizationId, Expr::value(*org_id))
                            .col_expr(position::Column::Title, Expr::value(title.clone()))
                            .filter(position::Column::Id.eq(current.id))
                            .exec(txn)
                            .await?;
                    } else if !same {
                        super::careers::end_current_positions(txn, contact_id, today).await?;
                        position::Entity::insert(position::ActiveModel {
                            contact_id: Set(contact_id),
                            organization_id: Set(*org_id),
                            title: Set(title.clone()),
                            started_on: Set(Some(today)),
                            ended_on: Set(None),
                            ..Default::default()
                        })
                        .exec_without_returning(txn)
                        .await?;
                    }
                }
                if edit.end_position && edit.position.is_none() {
                    let today = edit.today.unwrap_or_else(|| now.date_naive());
                    super::careers::end_current_positions(txn, contact_id, today).await?;
                }
                // Details: the first e-mail and phone are the contact's own
                // columns; more go to `contact_detail` with their labels.
                let mut email = row.email.clone();
                let mut phone = row.phone.clone();
                let details = contact_detail::Entity::find()
                    .filter(contact_detail::Column::ContactId.eq(contact_id))
                    .all(txn)
                    .await?;
                for (kind, removals, primary) in [
                    (DetailKind::Email, &edit.remove_emails, &mut email),
                    (DetailKind::Phone, &edit.remove_phones, &mut phone),
                ] {
                    for gone in removals {
                        let extra = details
                            .iter()
                            .find(|d| d.kind == kind && same_detail(kind, &d.value, gone));
                        if primary
                            .as_deref()
                            .is_some_and(|p| same_detail(kind, p, gone))
                        {
                            // The next one, if any, becomes the first.
                            let next = details.iter().find(|d| {
                                d.kind == kind
                                    && !removals.iter().any(|r| same_detail(kind, &d.value, r))
                            });
                            *primary = next.map(|d| d.value.clone());
                            if let Some(next) = next {
                                contact_detail::Entity::delete_by_id(next.id)
                                    .exec(txn)
                                    .await?;
                            }
                        } else if let Some(extra) = extra {
                            contact_detail::Entity::delete_by_id(extra.id)
                                .exec(txn)
                                .await?;
                        } else {
                            return Err(Error::NotOnCard {
                                kind: kind.key(),
                                value: gone.clone(),
                            }
                            .into());
                        }
                    }
                }
                let details = contact_detail::Entity::find()
                    .filter(contact_detail::Column::ContactId.eq(contact_id))
                    .all(txn)
                    .await?;
                for (kind, additions, primary) in [
                    (DetailKind::Email, &edit.add_emails, &mut email),
                    (DetailKind::Phone, &edit.add_phones, &mut phone),
                ] {
                    for new in additions {
                        let known = primary
                            .as_deref()
                            .is_some_and(|p| same_detail(kind, p, &new.value))
                            || details
                                .iter()
                                .any(|d| d.kind == kind && same_detail(kind, &d.value, &new.value));
                        if known {
                            continue;
                        }
                        // The first of its kind is the contact's own (its
                        // label is not kept there).
                        if primary.is_none() {
                            *primary = Some(new.value.clone());
                            continue;
                        }
                        contact_detail::Entity::insert(contact_detail::ActiveModel {
                            contact_id: Set(contact_id),
                            kind: Set(kind),
                            label: Set(new.label.clone()),
                            value: Set(new.value.clone()),
                            ..Default::default()
                        })
                        .exec_without_returning(txn)
                        .await?;
                    }
                }
                // The contact's own columns, and its due date (the cadence
                // follows the categories).
                let changed = contact::Model {
                    email,
                    phone,
                    place_id: edit.place_id.or(row.place_id).filter(|_| !edit.clear_place),
                    lang: edit.lang.or(row.lang).filter(|_| !edit.clear_lang),
                    birthday: edit
                        .birthday
                        .map(|(d, _)| d)
                        .or(row.birthday)
                        .filter(|_| !edit.clear_birthday),
                    birthday_lunar: edit.birthday.map_or(row.birthday_lunar, |(_, l)| l)
                        && !edit.clear_birthday,
                    updated_at: now,
                    ..row.clone()
                };
                let (categories, defaults) = categories_and_cadences(txn, &[contact_id]).await?;
                let due_at = due_at_of(&changed, categories.get(&contact_id), &defaults);
                contact::Entity::update_many()
                    .filter(contact::Column::Id.eq(contact_id))
                    .col_expr(contact::Column::Email, Expr::value(changed.email.clone()))
                    .col_expr(contact::Column::Phone, Expr::value(changed.phone.clone()))
                    .col_expr(contact::Column::PlaceId, Expr::value(changed.place_id))
                    .col_expr(contact::Column::Lang, Expr::value(changed.lang))
                    .col_expr(contact::Column::Birthday, Expr::value(changed.birthday))
                    .col_expr(
                        contact::Column::BirthdayLunar,
                        Expr::value(changed.birthday_lunar),
                    )
                    .col_expr(contact::Column::UpdatedAt, Expr::value(now))
                    .col_expr(contact::Column::DueAt, Expr::value(due_at))
                    .exec(txn)
                    .await?;
                super::audit::changed(
                    txn,
                    now,
                    "contact-edit",
                    &format!("contact:{contact_id}"),
                    &[contact_id],
                )
                .await?;
                Ok(())
            })
        })
        .await
    }

    /// A contact's e-mails and phones beyond the first of each.
    pub async fn details_of(&self, contact_id: i32) -> Result<Vec<ContactDetail>> {
        Ok(super::records::records(
            contact_detail::Entity::find()
                .filter(contact_detail::Column::ContactId.eq(contact_id))
                .all(&self.db)
                .await?,
        ))
    }
}

/// `work:kim@example.cn` → (work, kim@example.cn); a label is letters only.
fn labelled(value: &str) -> (Option<String>, &str) {
    match value.split_once(':') {
        Some((label, rest))
            if !label.trim().is_empty()
                && label.trim().chars().count() <= 20
                && label.trim().chars().all(char::is_alphabetic) =>
        {
            (Some(label.trim().to_owned()), rest.trim())
        }
        _ => (None, value.trim()),
    }
}

/// E-mails or phones as typed, each maybe with a label (`work:…`).
pub fn parse_details(
    values: &[String],
    parse: fn(&str) -> Result<String, Error>,
) -> Result<Vec<Detail>, Error> {
    values
        .iter()
        .map(|value| {
            let (label, value) = labelled(value);
            Ok(Detail {
                label,
                value: parse(value)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn a_label_is_letters_before_a_colon() {
        assert_eq!(
            labelled("work:kim@example.cn"),
            (Some("work".to_owned()), "kim@example.cn")
        );
        assert_eq!(labelled("직장: 010-1234-5678").0.as_deref(), Some("직장"));
        assert_eq!(labelled("+86 138 0000 0000"), (None, "+86 138 0000 0000"));
        assert_eq!(labelled("tel1:123").0, None);
    }
}
