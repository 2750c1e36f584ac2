//! Organizations (with a kind, a place and a parent) and the positions
//! people hold in them over time.

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use super::entity::{contact, organization, position, project_organization};
use super::institutions::pick;
use super::records::{Organization, Position};
use super::{Result, Store, dedup_ids};
use crate::domain::Error;
use crate::domain::keys::OrganizationKind;
use crate::domain::names::search_key;

/// An organization to add, or what to change in one (`None` keeps it).
#[derive(Debug, Clone, Default)]
pub struct OrganizationFields {
    pub name_ko: Option<String>,
    pub name_zh: Option<String>,
    pub name_en: Option<String>,
    pub kind: Option<OrganizationKind>,
    pub place_id: Option<i32>,
    pub parent_id: Option<i32>,
}

impl OrganizationFields {
    /// A name in the column of its script: Hangul → Korean, Han → Chinese,
    /// else English.
    pub fn with_name(mut self, name: &str) -> Self {
        let name = name.trim().to_owned();
        if name.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
            self.name_ko = Some(name);
        } else if name.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)) {
            self.name_zh = Some(name);
        } else {
            self.name_en = Some(name);
        }
        self
    }

    pub fn names(&self) -> impl Iterator<Item = &String> {
        [&self.name_ko, &self.name_zh, &self.name_en]
            .into_iter()
            .flatten()
    }
}

/// A position to record.
#[derive(Debug, Clone)]
pub struct NewPosition {
    pub contact_id: i32,
    pub organization_id: i32,
    pub title: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// End the contact's other current positions the day this one starts
    /// (or `today`).
    pub end_current: bool,
    pub today: NaiveDate,
}

/// An organization with where it stands among the others.
#[derive(Debug, Clone)]
pub struct OrganizationRow {
    pub organization: Organization,
    /// Its parents, nearest first.
    pub parents: Vec<Organization>,
    /// People holding a current position there.
    pub current: usize,
}

/// The names of an organization, for matching.
fn org_names(org: &organization::Model) -> Vec<String> {
    [&org.name_ko, &org.name_zh, &org.name_en]
        .into_iter()
        .flatten()
        .cloned()
        .collect()
}

fn org_label(org: &organization::Model) -> String {
    org_names(org).join(" / ")
}

fn not_found(id: i32) -> super::StoreError {
    Error::NotFound {
        kind: "organization",
        query: id.to_string(),
    }
    .into()
}

/// Refuses a parent that is the organization itself or one within it.
fn check_parent(all: &[organization::Model], org_id: i32, parent_id: i32) -> Result<()> {
    let mut at = Some(parent_id);
    let mut steps = 0;
    while let Some(id) = at {
        if id == org_id {
            return Err(Error::WithItself {
                kind: "organization",
            }
            .into());
        }
        at = all.iter().find(|o| o.id == id).and_then(|o| o.parent_id);
        steps += 1;
        if steps > all.len() {
            break;
        }
    }
    Ok(())
}

impl Store {
    /// Adds an organization; refuses a name another one already has.
    pub async fn add_organization(&self, fields: OrganizationFields) -> Result<Organization> {
        if fields.names().next().is_none() {
            return Err(Error::Empty {
                field: "organization",
            }
            .into());
        }
        let now = self.clock.now();
        self.write(move |txn| {
            let fields = fields.clone();
            Box::pin(async move {
                let all = organization::Entity::find().all(txn).await?;
                let keys: Vec<String> = fields.names().map(|n| search_key(n)).collect();
                if let Some(same) = all
                    .iter()
                    .find(|o| org_names(o).iter().any(|n| keys.contains(&search_key(n))))
                {
                    return Err(Error::Exists {
                        kind: "organization",
                        id: same.id,
                    }
                    .into());
                }
                if let Some(parent) = fields.parent_id
                    && !all.iter().any(|o| o.id == parent)
                {
                    return Err(not_found(parent));
                }
                let row = organization::Entity::insert(organization::ActiveModel {
                    name_ko: Set(fields.name_ko.clone()),
                    name_zh: Set(fields.name_zh.clone()),
                    name_en: Set(fields.name_en.clone()),
                    kind: Set(fields.kind.unwrap_or(OrganizationKind::Other)),
                    place_id: Set(fields.place_id),
                    created_at: Set(now),
                    parent_id: Set(fields.parent_id),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                super::audit::changed(
                    txn,
                    now,
                    "org-add",
                    &format!("organization:{}", row.id),
                    &[],
                )
                .await?;
                Ok(Organization::from(row))
            })
        })
        .await
    }

    /// Changes an organization's names, kind, place or parent.
    pub async fn change_organization(
        &self,
        id: i32,
        fields: OrganizationFields,
    ) -> Result<Organization> {
        let now = self.clock.now();
        self.write(move |txn| {
            let fields = fields.clone();
            Box::pin(async move {
                let all = organization::Entity::find().all(txn).await?;
                let Some(row) = all.iter().find(|o| o.id == id).cloned() else {
                    return Err(not_found(id));
                };
                if let Some(parent) = fields.parent_id {
                    if !all.iter().any(|o| o.id == parent) {
                        return Err(not_found(parent));
                    }
                    check_parent(&all, id, parent)?;
                }
                let keys: Vec<String> = fields.names().map(|n| search_key(n)).collect();
                if let Some(same) = all.iter().find(|o| {
                    o.id != id && org_names(o).iter().any(|n| keys.contains(&search_key(n)))
                }) {
                    return Err(Error::Exists {
                        kind: "organization",
                        id: same.id,
                    }
                    .into());
                }
                let changed = organization::Model {
                    name_ko: fields.name_ko.clone().or(row.name_ko.clone()),
                    name_zh: fields.name_zh.clone().or(row.name_zh.clone()),
                    name_en: fields.name_en.clone().or(row.name_en.clone()),
                    kind: fields.kind.unwrap_or(row.kind),
                    place_id: fields.place_id.or(row.place_id),
                    parent_id: fields.parent_id.or(row.parent_id),
                    ..row
                };
                organization::Entity::update_many()
                    .filter(organization::Column::Id.eq(id))
                    .col_expr(
                        organization::Column::NameKo,
                        Expr::value(changed.name_ko.clone()),
                    )
                    .col_expr(
                        organization::Column::NameZh,
                        Expr::value(changed.name_zh.clone()),
                    )
                    .col_expr(
                        organization::Column::NameEn,
                        Expr::value(changed.name_en.clone()),
                    )
                    .col_expr(organization::Column::Kind, Expr::value(changed.kind.key()))
                    .col_expr(organization::Column::PlaceId, Expr::value(changed.place_id))
                    .col_expr(
                        organization::Column::ParentId,
                        Expr::value(changed.parent_id),
                    )
                    .exec(txn)
                    .await?;
                super::audit::changed(txn, now, "org-change", &format!("organization:{id}"), &[])
                    .await?;
                Ok(Organization::from(changed))
            })
        })
        .await
    }

    /// Merges organization `from` into `into`: positions, projects and
    /// the organizations within it move; names `into` lacks are kept; `from`
    /// is deleted.
    pub async fn merge_organizations(&self, from: i32, into: i32) -> Result<Organization> {
        if from == into {
            return Err(Error::WithItself {
                kind: "organization",
            }
            .into());
        }
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let all = organization::Entity::find().all(txn).await?;
                let Some(gone) = all.iter().find(|o| o.id == from).cloned() else {
                    return Err(not_found(from));
                };
                let Some(kept) = all.iter().find(|o| o.id == into).cloned() else {
                    return Err(not_found(into));
                };
                // `into` must not be within `from` (it would become its own parent).
                check_parent(&all, from, into)?;
                let people: Vec<i32> = position::Entity::find()
                    .filter(position::Column::OrganizationId.eq(from))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|p| p.contact_id)
                    .collect();
                position::Entity::update_many()
                    .filter(position::Column::OrganizationId.eq(from))
                    .col_expr(position::Column::OrganizationId, Expr::value(into))
                    .exec(txn)
                    .await?;
                let already: Vec<i32> = project_organization::Entity::find()
                    .filter(project_organization::Column::OrganizationId.eq(into))
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|p| p.project_id)
                    .collect();
                project_organization::Entity::delete_many()
                    .filter(project_organization::Column::OrganizationId.eq(from))
                    .filter(project_organization::Column::ProjectId.is_in(already))
                    .exec(txn)
                    .await?;
                project_organization::Entity::update_many()
                    .filter(project_organization::Column::OrganizationId.eq(from))
                    .col_expr(
                        project_organization::Column::OrganizationId,
                        Expr::value(into),
                    )
                    .exec(txn)
                    .await?;
                organization::Entity::update_many()
                    .filter(organization::Column::ParentId.eq(from))
                    .col_expr(organization::Column::ParentId, Expr::value(into))
                    .exec(txn)
                    .await?;
                organization::Entity::delete_by_id(from).exec(txn).await?;
                let merged = organization::Model {
                    name_ko: kept.name_ko.clone().or(gone.name_ko.clone()),
                    name_zh: kept.name_zh.clone().or(gone.name_zh.clone()),
                    name_en: kept.name_en.clone().or(gone.name_en.clone()),
                    place_id: kept.place_id.or(gone.place_id),
                    // Never a parent within `into` (that would be a loop).
                    parent_id: kept.parent_id.or(gone
                        .parent_id
                        .filter(|p| *p != into && check_parent(&all, into, *p).is_ok())),
                    ..kept
                };
                organization::Entity::update_many()
                    .filter(organization::Column::Id.eq(into))
                    .col_expr(
                        organization::Column::NameKo,
                        Expr::value(merged.name_ko.clone()),
                    )
                    .col_expr(
                        organization::Column::NameZh,
                        Expr::value(merged.name_zh.clone()),
                    )
                    .col_expr(
                        organization::Column::NameEn,
                        Expr::value(merged.name_en.clone()),
                    )
                    .col_expr(organization::Column::PlaceId, Expr::value(merged.place_id))
                    .col_expr(
                        organization::Column::ParentId,
                        Expr::value(merged.parent_id),
                    )
                    .exec(txn)
                    .await?;
                super::audit::changed(
                    txn,
                    now,
                    "org-merge",
                    &format!("organization:{from}>{into}"),
                    &dedup_ids(people),
                )
                .await?;
                Ok(Organization::from(merged))
            })
        })
        .await
    }

    /// Every organization with its parents and how many hold a post there.
    pub async fn organization_rows(&self) -> Result<Vec<OrganizationRow>> {
        let all = organization::Entity::find()
            .order_by_asc(organization::Column::Id)
            .all(&self.db)
            .await?;
        let mut current: HashMap<i32, usize> = HashMap::new();
        for p in position::Entity::find()
            .filter(position::Column::EndedOn.is_null())
            .all(&self.db)
            .await?
        {
            *current.entry(p.organization_id).or_default() += 1;
        }
        let by_id: HashMap<i32, &organization::Model> = all.iter().map(|o| (o.id, o)).collect();
        Ok(all
            .iter()
            .map(|org| {
                let mut parents = Vec::new();
                let mut at = org.parent_id;
                while let Some(id) = at {
                    let Some(parent) = by_id.get(&id) else { break };
                    if parents.len() > all.len() {
                        break;
                    }
                    parents.push(Organization::from((*parent).clone()));
                    at = parent.parent_id;
                }
                OrganizationRow {
                    organization: org.clone().into(),
                    parents,
                    current: current.get(&org.id).copied().unwrap_or_default(),
                }
            })
            .collect())
    }

    /// The organization `query` names: its number or a name in any language.
    pub async fn resolve_organization(&self, query: &str) -> Result<Organization> {
        let all = organization::Entity::find()
            .order_by_asc(organization::Column::Id)
            .all(&self.db)
            .await?;
        let id = pick(
            "organization",
            query,
            all.iter().map(|o| (o.id, org_names(o), org_label(o))),
        )?;
        all.into_iter()
            .find(|o| o.id == id)
            .map(Into::into)
            .ok_or_else(|| not_found(id))
    }

    /// The organization `query` names, created (kind `other`) when no
    /// organization has that name or a name containing it — as `contact
    /// add` and imports do. A part of a longer name is refused, listing
    /// those (`org add` makes such an organization on purpose).
    pub async fn organization_named(&self, query: &str) -> Result<Organization> {
        match self.resolve_organization(query).await {
            Err(super::StoreError::Domain(Error::NotFound { .. }))
                if query.trim().parse::<i32>().is_err() =>
            {
                self.add_organization(OrganizationFields::default().with_name(query))
                    .await
            }
            other => other,
        }
    }

    // ---- positions -----------------------------------------------------

    /// Records a position; with `end_current`, the contact's other current
    /// positions end the day it starts.
    pub async fn add_position(&self, new: NewPosition) -> Result<Position> {
        for (field, day) in [("from", new.from), ("to", new.to)] {
            if let Some(day) = day {
                crate::domain::dates::check_year(
                    field,
                    &day.to_string(),
                    chrono::Datelike::year(&day),
                )?;
            }
        }
        if let (Some(from), Some(to)) = (new.from, new.to)
            && to < from
        {
            return Err(Error::EndsBeforeStart {
                field: "to",
                value: to.to_string(),
            }
            .into());
        }
        let now = self.clock.now();
        self.write(move |txn| {
            let new = new.clone();
            Box::pin(async move {
                if contact::Entity::find_by_id(new.contact_id)
                    .one(txn)
                    .await?
                    .is_none()
                {
                    return Err(Error::ContactNotFound(new.contact_id.to_string()).into());
                }
                if organization::Entity::find_by_id(new.organization_id)
                    .one(txn)
                    .await?
                    .is_none()
                {
                    return Err(not_found(new.organization_id));
                }
                if new.end_current {
                    end_current_positions(txn, new.contact_id, new.from.unwrap_or(new.today))
                        .await?;
                }
                let row = position::Entity::insert(position::ActiveModel {
                    contact_id: Set(new.contact_id),
                    organization_id: Set(new.organization_id),
                    title: Set(new.title.clone()),
                    started_on: Set(new.from),
                    ended_on: Set(new.to),
                    ..Default::default()
                })
                .exec_with_returning(txn)
                .await?;
                super::audit::changed(
                    txn,
                    now,
                    "position-add",
                    &format!("position:{}", row.id),
                    &[new.contact_id],
                )
                .await?;
                Ok(Position::from(row))
            })
        })
        .await
    }

    /// Ends a current position on `on`.
    pub async fn end_position(&self, id: i32, on: NaiveDate) -> Result<Position> {
        crate::domain::dates::check_year("on", &on.to_string(), chrono::Datelike::year(&on))?;
        let now = self.clock.now();
        self.write(move |txn| {
            Box::pin(async move {
                let Some(row) = position::Entity::find_by_id(id).one(txn).await? else {
                    return Err(Error::NotFound {
                        kind: "position",
                        query: id.to_string(),
                    }
                    .into());
                };
                if row.ended_on.is_some() {
                    return Err(Error::Unchanged {
                        kind: "position",
                        value: "ended".to_owned(),
                    }
                    .into());
                }
                if row.started_on.is_some_and(|from| on < from) {
                    return Err(Error::EndsBeforeStart {
                        field: "on",
                        value: on.to_string(),
                    }
                    .into());
                }
                position::Entity::update_many()
                    .filter(position::Column::Id.eq(id))
                    .col_expr(position::Column::EndedOn, Expr::value(on))
                    .exec(txn)
                    .await?;
                super::audit::changed(
                    txn,
                    now,
                    "position-end",
                    &format!("position:{id}"),
                    &[row.contact_id],
                )
                .await?;
                Ok(Position::from(position::Model {
                    ended_on: Some(on),
                    ..row
                }))
            })
        })
        .await
    }

    /// One position by its number.
    pub async fn position(&self, id: i32) -> Result<Position> {
        position::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(Into::into)
            .ok_or_else(|| {
                Error::NotFound {
                    kind: "position",
                    query: id.to_string(),
                }
                .into()
            })
    }

    /// Every position with its organization, by id (the positions file).
    pub async fn all_positions(&self) -> Result<Vec<(Position, Organization)>> {
        let orgs: HashMap<i32, organization::Model> = organization::Entity::find()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
        Ok(position::Entity::find()
            .order_by_asc(position::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .filter_map(|p| {
                let org = orgs.get(&p.organization_id).cloned()?;
                Some((p.into(), org.into()))
            })
            .collect())
    }

    /// Records many positions at once, all or nothing (an import); a
    /// position recorded already (the same person, organization, title and
    /// days) is skipped. (added, skipped).
    pub async fn import_positions(&self, rows: Vec<NewPosition>) -> Result<(usize, usize)> {
        let now = self.clock.now();
        self.write(move |txn| {
            let rows = rows.clone();
            Box::pin(async move {
                let mut known: std::collections::HashSet<_> = position::Entity::find()
                    .filter(
                        position::Column::ContactId
                            .is_in(dedup_ids(rows.iter().map(|r| r.contact_id).collect())),
                    )
                    .all(txn)
                    .await?
                    .into_iter()
                    .map(|p| {
                        (
                            p.contact_id,
                            p.organization_id,
                            p.title,
                            p.started_on,
                            p.ended_on,
                        )
                    })
                    .collect();
                let total = rows.len();
                let rows: Vec<NewPosition> = rows
                    .into_iter()
                    .filter(|r| {
                        known.insert((
                            r.contact_id,
                            r.organization_id,
                            r.title.clone(),
                            r.from,
                            r.to,
                        ))
                    })
                    .collect();
                let added = rows.len();
                let contacts: Vec<i32> = rows.iter().map(|r| r.contact_id).collect();
                super::insert_rows(
                    txn,
                    rows.into_iter()
                        .map(|r| position::ActiveModel {
                            contact_id: Set(r.contact_id),
                            organization_id: Set(r.organization_id),
                            title: Set(r.title),
                            started_on: Set(r.from),
                            ended_on: Set(r.to),
                            ..Default::default()
                        })
                        .collect(),
                )
                .await?;
                super::audit::changed(txn, now, "position-add", "import", &dedup_ids(contacts))
                    .await?;
                Ok((added, total - added))
            })
        })
        .await
    }

    /// A contact's positions with their organizations: current first (the
    /// latest start first), then past (the latest end first).
    pub async fn positions_of(&self, contact_id: i32) -> Result<Vec<(Position, Organization)>> {
        let positions = position::Entity::find()
            .filter(position::Column::ContactId.eq(contact_id))
            .order_by_asc(position::Column::Id)
            .all(&self.db)
            .await?;
        if positions.is_empty() {
            return Ok(Vec::new());
        }
        let org_ids = dedup_ids(positions.iter().map(|p| p.organization_id).collect());
        let orgs = organization::Entity::find()
            .filter(organization::Column::Id.is_in(org_ids))
            .all(&self.db)
            .await?;
        Ok(positions_with(positions, orgs))
    }
}

/// Positions with their organizations: current first (the latest start
/// first), then past (the latest end first).
pub(crate) fn positions_with(
    positions: Vec<position::Model>,
    orgs: Vec<organization::Model>,
) -> Vec<(Position, Organization)> {
    let orgs: HashMap<i32, organization::Model> = orgs.into_iter().map(|o| (o.id, o)).collect();
    let mut out: Vec<(Position, Organization)> = positions
        .into_iter()
        .filter_map(|p| {
            let org = orgs.get(&p.organization_id).cloned()?;
            Some((p.into(), org.into()))
        })
        .collect();
    out.sort_by(|(a, _), (b, _)| {
        a.ended_on
            .is_some()
            .cmp(&b.ended_on.is_some())
            .then(b.ended_on.cmp(&a.ended_on))
            .then(b.started_on.cmp(&a.started_on))
            .then(b.id.cmp(&a.id))
    });
    out
}

/// Ends every current position of a contact on `on` (a start after `on`
/// is kept as the end, so no position ends before it began).
pub(crate) async fn end_current_positions(
    txn: &impl ConnectionTrait,
    contact_id: i32,
    on: NaiveDate,
) -> Result<()> {
    for row in position::Entity::find()
        .filter(position::Column::ContactId.eq(contact_id))
        .filter(position::Column::EndedOn.is_null())
        .all(txn)
        .await?
    {
        let end = row.started_on.map_or(on, |from| from.max(on));
        position::Entity::update_many()
            .filter(position::Column::Id.eq(row.id))
            .col_expr(position::Column::EndedOn, Expr::value(end))
            .exec(txn)
            .await?;
    }
    Ok(())
}
