//! The complete dump: every table except secrets (enrolment codes), in an
//! order that respects references. Importing a dump into an empty database
//! reproduces it, ids included; a dump with a dangling reference is refused
//! before anything is written.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, TransactionTrait,
};
use serde::{Deserialize, Serialize};

mod fields;

use super::entity::*;
use super::{Result, Store};
use crate::domain::Error;

/// What a dump file says it is.
pub const DUMP_FORMAT: &str = "inmaek-dump";
/// 2: institutions and the network (a version 1 dump is upgraded on
/// reading, `exchange::json::upgrade_v1`).
pub const DUMP_VERSION: u32 = 2;

macro_rules! dump_tables {
    ($($field:ident: $module:ident),+ $(,)?) => {
        /// Everything Inmaek stores but secrets.
        /// A field it does not know is refused: a dump is restored
        /// faithfully or not at all.
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Dump {
            pub format: String,
            pub version: u32,
            pub exported_at: Option<DateTime<Utc>>,
            $(#[serde(default)] pub $field: Vec<$module::Model>,)+
        }

        impl Dump {
            /// Rows per table, in dump order, for reports.
            pub fn counts(&self) -> Vec<(&'static str, usize)> {
                vec![$((stringify!($field), self.$field.len())),+]
            }
        }

        async fn read_all(conn: &impl ConnectionTrait) -> Result<Dump> {
            Ok(Dump {
                format: DUMP_FORMAT.to_owned(),
                version: DUMP_VERSION,
                exported_at: None,
                $($field: $module::Entity::find()
                    .order_by_asc(<$module::Entity as EntityTrait>::PrimaryKey::iter().next().map(|pk| pk.into_column()).expect("a primary key"))
                    .all(conn)
                    .await?,)+
            })
        }
    };
}

use sea_orm::{Iterable, PrimaryKeyToColumn};

dump_tables!(
    places: place,
    users: app_user,
    organizations: organization,
    contacts: contact,
    contact_categories: contact_category,
    contact_interests: contact_interest,
    contact_names: contact_name,
    contact_details: contact_detail,
    positions: position,
    interactions: interaction,
    interaction_contacts: interaction_contact,
    interaction_officers: interaction_officer,
    interaction_topics: interaction_topic,
    follow_ups: follow_up,
    honors: honor,
    committees: committee,
    committee_places: committee_place,
    committee_members: committee_member,
    committee_meetings: committee_meeting,
    agreements: agreement,
    agreement_steps: agreement_step,
    agreement_signatories: agreement_signatory,
    projects: project,
    project_areas: project_area,
    project_organizations: project_organization,
    project_steps: project_step,
    relations: relation,
    category_cadences: category_cadence,
    events: event,
    event_topics: event_topic,
    invitations: invitation,
    consents: consent,
    access_log: access_log,
);

/// Tables with a generated `id`, whose PostgreSQL sequences follow an import.
const SERIAL_TABLES: &[&str] = &[
    "place",
    "app_user",
    "organization",
    "contact",
    "contact_name",
    "position",
    "interaction",
    "follow_up",
    "honor",
    "committee",
    "committee_member",
    "committee_meeting",
    "agreement",
    "project",
    "event",
    "contact_detail",
    "agreement_step",
    "project_step",
    "relation",
    "invitation",
    "consent",
];

async fn insert_models<M, A>(conn: &impl ConnectionTrait, models: Vec<M>) -> Result<()>
where
    M: IntoActiveModel<A>,
    A: ActiveModelTrait + Send,
{
    super::insert_rows(
        conn,
        models
            .into_iter()
            .map(IntoActiveModel::into_active_model)
            .collect(),
    )
    .await
}

/// The ids of `rows`, refusing duplicates.
fn ids<T>(table: &'static str, rows: &[T], id: impl Fn(&T) -> i32) -> Result<HashSet<i32>> {
    let mut seen = HashSet::with_capacity(rows.len());
    for (index, row) in rows.iter().enumerate() {
        if !seen.insert(id(row)) {
            return Err(Error::DumpDuplicateId {
                table,
                index,
                id: id(row).into(),
            }
            .into());
        }
    }
    Ok(seen)
}

/// Refuses a reference that names no row.
fn check(
    table: &'static str,
    index: usize,
    field: &'static str,
    value: Option<i32>,
    known: &HashSet<i32>,
) -> Result<()> {
    match value {
        Some(value) if !known.contains(&value) => Err(Error::DumpMissingReference {
            table,
            index,
            field,
            value: value.into(),
        }
        .into()),
        _ => Ok(()),
    }
}

/// Checks every reference and vocabulary key of a dump. `db_places` are the
/// place ids this database already holds (reference data may be omitted).
fn validate(dump: &Dump, db_places: &HashSet<i32>) -> Result<()> {
    if dump.format != DUMP_FORMAT || dump.version != DUMP_VERSION {
        return Err(Error::DumpFormat(format!("{} {}", dump.format, dump.version)).into());
    }
    let places: HashSet<i32> = ids("places", &dump.places, |r| r.id)?
        .union(db_places)
        .copied()
        .collect();
    let users = ids("users", &dump.users, |r| r.id)?;
    let orgs = ids("organizations", &dump.organizations, |r| r.id)?;
    let contacts = ids("contacts", &dump.contacts, |r| r.id)?;
    let interactions = ids("interactions", &dump.interactions, |r| r.id)?;
    let committees = ids("committees", &dump.committees, |r| r.id)?;
    ids("contact_names", &dump.contact_names, |r| r.id)?;
    ids("positions", &dump.positions, |r| r.id)?;
    ids("follow_ups", &dump.follow_ups, |r| r.id)?;
    ids("honors", &dump.honors, |r| r.id)?;
    ids("committee_members", &dump.committee_members, |r| r.id)?;
    ids("committee_meetings", &dump.committee_meetings, |r| r.id)?;
    let agreements = ids("agreements", &dump.agreements, |r| r.id)?;
    let projects = ids("projects", &dump.projects, |r| r.id)?;
    ids("contact_details", &dump.contact_details, |r| r.id)?;
    ids("agreement_steps", &dump.agreement_steps, |r| r.id)?;
    ids("project_steps", &dump.project_steps, |r| r.id)?;
    ids("relations", &dump.relations, |r| r.id)?;

    for (i, r) in dump.places.iter().enumerate() {
        check("places", i, "parent_id", r.parent_id, &places)?;
    }
    for (i, r) in dump.users.iter().enumerate() {
        crate::domain::dates::parse_time_zone(&r.time_zone)?;
        check("users", i, "contact_id", r.contact_id, &contacts)?;
    }
    for (i, r) in dump.organizations.iter().enumerate() {
        check("organizations", i, "place_id", r.place_id, &places)?;
        check("organizations", i, "parent_id", r.parent_id, &orgs)?;
    }
    for (i, r) in dump.contact_details.iter().enumerate() {
        check(
            "contact_details",
            i,
            "contact_id",
            Some(r.contact_id),
            &contacts,
        )?;
    }
    // An organization within itself (a loop of parents) is refused.
    let parents: std::collections::HashMap<i32, i32> = dump
        .organizations
        .iter()
        .filter_map(|o| o.parent_id.map(|p| (o.id, p)))
        .collect();
    for (i, r) in dump.organizations.iter().enumerate() {
        let mut at = r.parent_id;
        for _ in 0..=parents.len() {
            let Some(id) = at else { break };
            if id == r.id {
                return Err(Error::DumpInvalid {
                    path: format!("$.organizations[{i}].parent_id"),
                    reason: Box::new(Error::WithItself {
                        kind: "organization",
                    }),
                }
                .into());
            }
            at = parents.get(&id).copied();
        }
    }
    for (i, r) in dump.relations.iter().enumerate() {
        if r.from_contact_id == r.to_contact_id {
            return Err(Error::DumpInvalid {
                path: format!("$.relations[{i}].to_contact_id"),
                reason: Box::new(Error::WithItself { kind: "relation" }),
            }
            .into());
        }
        check(
            "relations",
            i,
            "from_contact_id",
            Some(r.from_contact_id),
            &contacts,
        )?;
        check(
            "relations",
            i,
            "to_contact_id",
            Some(r.to_contact_id),
            &contacts,
        )?;
        check("relations", i, "recorded_by", r.recorded_by, &users)?;
    }
    for (i, r) in dump.contacts.iter().enumerate() {
        check("contacts", i, "place_id", r.place_id, &places)?;
        check("contacts", i, "owner_user_id", r.owner_user_id, &users)?;
    }
    for (i, r) in dump.contact_categories.iter().enumerate() {
        check(
            "contact_categories",
            i,
            "contact_id",
            Some(r.contact_id),
            &contacts,
        )?;
    }
    for (i, r) in dump.contact_interests.iter().enumerate() {
        check(
            "contact_interests",
            i,
            "contact_id",
            Some(r.contact_id),
            &contacts,
        )?;
    }
    for (i, r) in dump.contact_names.iter().enumerate() {
        check(
            "contact_names",
            i,
            "contact_id",
            Some(r.contact_id),
            &contacts,
        )?;
    }
    for (i, r) in dump.positions.iter().enumerate() {
        check("positions", i, "contact_id", Some(r.contact_id), &contacts)?;
        check(
            "positions",
            i,
            "organization_id",
            Some(r.organization_id),
            &orgs,
        )?;
    }
    for (i, r) in dump.interactions.iter().enumerate() {
        check("interactions", i, "place_id", r.place_id, &places)?;
        check("interactions", i, "logged_by", r.logged_by, &users)?;
    }
    for (i, r) in dump.interaction_contacts.iter().enumerate() {
        check(
            "interaction_contacts",
            i,
            "interaction_id",
            Some(r.interaction_id),
            &interactions,
        )?;
        check(
            "interaction_contacts",
            i,
            "contact_id",
            Some(r.contact_id),
            &contacts,
        )?;
    }
    for (i, r) in dump.interaction_officers.iter().enumerate() {
        check(
            "interaction_officers",
            i,
            "interaction_id",
            Some(r.interaction_id),
            &interactions,
        )?;
        check(
            "interaction_officers",
            i,
            "user_id",
            Some(r.user_id),
            &users,
        )?;
    }
    for (i, r) in dump.interaction_topics.iter().enumerate() {
        check(
            "interaction_topics",
            i,
            "interaction_id",
            Some(r.interaction_id),
            &interactions,
        )?;
    }
    for (i, r) in dump.follow_ups.iter().enumerate() {
        check("follow_ups", i, "contact_id", Some(r.contact_id), &contacts)?;
        check(
            "follow_ups",
            i,
            "interaction_id",
            r.interaction_id,
            &interactions,
        )?;
        check("follow_ups", i, "owner_user_id", r.owner_user_id, &users)?;
        check("follow_ups", i, "project_id", r.project_id, &projects)?;
    }
    for (i, r) in dump.honors.iter().enumerate() {
        check("honors", i, "contact_id", Some(r.contact_id), &contacts)?;
    }
    for (i, r) in dump.committee_places.iter().enumerate() {
        check(
            "committee_places",
            i,
            "committee_id",
            Some(r.committee_id),
            &committees,
        )?;
        check("committee_places", i, "place_id", Some(r.place_id), &places)?;
    }
    for (i, r) in dump.committee_members.iter().enumerate() {
        check(
            "committee_members",
            i,
            "committee_id",
            Some(r.committee_id),
            &committees,
        )?;
        check(
            "committee_members",
            i,
            "contact_id",
            r.contact_id,
            &contacts,
        )?;
        check("committee_members", i, "user_id", r.user_id, &users)?;
    }
    for (i, r) in dump.committee_meetings.iter().enumerate() {
        check(
            "committee_meetings",
            i,
            "committee_id",
            Some(r.committee_id),
            &committees,
        )?;
        check("committee_meetings", i, "place_id", r.place_id, &places)?;
        check(
            "committee_meetings",
            i,
            "interaction_id",
            r.interaction_id,
            &interactions,
        )?;
    }
    for (i, r) in dump.agreements.iter().enumerate() {
        check("agreements", i, "place_id", Some(r.place_id), &places)?;
    }
    for (i, r) in dump.projects.iter().enumerate() {
        check("projects", i, "place_id", r.place_id, &places)?;
        check("projects", i, "officer_user_id", r.officer_user_id, &users)?;
    }
    for (i, r) in dump.agreement_steps.iter().enumerate() {
        check(
            "agreement_steps",
            i,
            "agreement_id",
            Some(r.agreement_id),
            &agreements,
        )?;
    }
    for (i, r) in dump.agreement_signatories.iter().enumerate() {
        check(
            "agreement_signatories",
            i,
            "agreement_id",
            Some(r.agreement_id),
            &agreements,
        )?;
        check(
            "agreement_signatories",
            i,
            "contact_id",
            Some(r.contact_id),
            &contacts,
        )?;
    }
    for (i, r) in dump.project_areas.iter().enumerate() {
        check(
            "project_areas",
            i,
            "project_id",
            Some(r.project_id),
            &projects,
        )?;
    }
    for (i, r) in dump.project_organizations.iter().enumerate() {
        check(
            "project_organizations",
            i,
            "project_id",
            Some(r.project_id),
            &projects,
        )?;
        check(
            "project_organizations",
            i,
            "organization_id",
            Some(r.organization_id),
            &orgs,
        )?;
    }
    for (i, r) in dump.project_steps.iter().enumerate() {
        check(
            "project_steps",
            i,
            "project_id",
            Some(r.project_id),
            &projects,
        )?;
    }
    let events = ids("events", &dump.events, |r| r.id)?;
    for (i, r) in dump.events.iter().enumerate() {
        check("events", i, "place_id", r.place_id, &places)?;
        check(
            "events",
            i,
            "organizer_user_id",
            r.organizer_user_id,
            &users,
        )?;
    }
    for (i, r) in dump.event_topics.iter().enumerate() {
        check("event_topics", i, "event_id", Some(r.event_id), &events)?;
    }
    ids("invitations", &dump.invitations, |r| r.id)?;
    for (i, r) in dump.invitations.iter().enumerate() {
        check("invitations", i, "event_id", Some(r.event_id), &events)?;
        check(
            "invitations",
            i,
            "contact_id",
            Some(r.contact_id),
            &contacts,
        )?;
        check("invitations", i, "user_id", r.user_id, &users)?;
    }
    ids("consents", &dump.consents, |r| r.id)?;
    for (i, r) in dump.consents.iter().enumerate() {
        check("consents", i, "user_id", Some(r.user_id), &users)?;
    }
    ids("access_log", &dump.access_log, |r| r.id)?;
    for (i, r) in dump.access_log.iter().enumerate() {
        check("access_log", i, "user_id", r.user_id, &users)?;
    }
    // Every value as the command line would take it.
    fields::check(dump)?;
    Ok(())
}

impl Store {
    /// Reads everything but secrets, in one consistent snapshot.
    pub async fn export_dump(&self) -> Result<Dump> {
        let txn = self.db.begin().await?;
        let mut dump = read_all(&txn).await?;
        txn.commit().await?;
        dump.exported_at = Some(self.clock.now());
        Ok(dump)
    }

    /// Records that would stop a dump from being restored here.
    pub async fn count_user_records(&self) -> Result<u64> {
        let db = &self.db;
        Ok(contact::Entity::find().count(db).await?
            + app_user::Entity::find().count(db).await?
            + organization::Entity::find().count(db).await?
            + interaction::Entity::find().count(db).await?
            + committee::Entity::find().count(db).await?
            + agreement::Entity::find().count(db).await?
            + project::Entity::find().count(db).await?)
    }

    /// Checks a dump against this database without writing anything.
    pub async fn check_dump(&self, dump: &Dump) -> Result<()> {
        let existing = self.count_user_records().await?;
        if existing > 0 {
            return Err(
                Error::DumpIntoNonEmpty(i64::try_from(existing).unwrap_or(i64::MAX)).into(),
            );
        }
        let db_places = self.places().await?;
        for (index, place) in dump.places.iter().enumerate() {
            let conflict = db_places
                .iter()
                .find(|p| (p.id == place.id) != (p.key == place.key));
            if let Some(existing) = conflict {
                return Err(Error::DumpPlaceConflict {
                    table: "places",
                    index,
                    key: place.key.clone(),
                    existing: existing.key.clone(),
                }
                .into());
            }
        }
        validate(dump, &db_places.iter().map(|p| p.id).collect())
    }

    /// Restores a dump into this (empty) database: all or nothing.
    pub async fn import_dump(&self, dump: Dump) -> Result<()> {
        self.check_dump(&dump).await?;
        let db_place_ids: HashSet<i32> = self.places().await?.iter().map(|p| p.id).collect();
        let now = self.clock.now();
        let dump = std::sync::Arc::new(dump);
        self.write(move |txn| {
            let dump = dump.clone();
            let db_place_ids = db_place_ids.clone();
            Box::pin(async move {
                super::prefer_index_scans(txn).await?;
                let Dump { places, users, .. } = &*dump;
                let new_places: Vec<place::Model> = places
                    .iter()
                    .filter(|p| !db_place_ids.contains(&p.id))
                    .cloned()
                    .collect();
                insert_models(txn, new_places).await?;
                // Users and contacts refer to each other: users go in without their
                // contact, which is set once the contacts exist.
                let members: Vec<(i32, i32)> = users
                    .iter()
                    .filter_map(|u| u.contact_id.map(|c| (u.id, c)))
                    .collect();
                insert_models(
                    txn,
                    users
                        .iter()
                        .cloned()
                        .map(|u| app_user::Model {
                            contact_id: None,
                            ..u
                        })
                        .collect(),
                )
                .await?;
                let dump = Dump::clone(&dump);
                // An organization may name a parent listed after it: all go
                // in without, then each parent is set.
                let parents: Vec<(i32, i32)> = dump
                    .organizations
                    .iter()
                    .filter_map(|o| o.parent_id.map(|p| (o.id, p)))
                    .collect();
                insert_models(
                    txn,
                    dump.organizations
                        .iter()
                        .cloned()
                        .map(|o| organization::Model {
                            parent_id: None,
                            ..o
                        })
                        .collect(),
                )
                .await?;
                for (org, parent) in parents {
                    organization::Entity::update_many()
                        .col_expr(organization::Column::ParentId, Expr::value(parent))
                        .filter(organization::Column::Id.eq(org))
                        .exec(txn)
                        .await?;
                }
                insert_models(txn, dump.contacts).await?;
                for (user_id, contact_id) in members {
                    app_user::Entity::update_many()
                        .col_expr(app_user::Column::ContactId, Expr::value(contact_id))
                        .filter(app_user::Column::Id.eq(user_id))
                        .exec(txn)
                        .await?;
                }
                insert_models(txn, dump.contact_categories).await?;
                insert_models(txn, dump.contact_interests).await?;
                insert_models(txn, dump.contact_names).await?;
                insert_models(txn, dump.contact_details).await?;
                insert_models(txn, dump.positions).await?;
                insert_models(txn, dump.interactions).await?;
                insert_models(txn, dump.interaction_contacts).await?;
                insert_models(txn, dump.interaction_officers).await?;
                insert_models(txn, dump.interaction_topics).await?;
                insert_models(txn, dump.honors).await?;
                insert_models(txn, dump.committees).await?;
                insert_models(txn, dump.committee_places).await?;
                insert_models(txn, dump.committee_members).await?;
                insert_models(txn, dump.committee_meetings).await?;
                insert_models(txn, dump.agreements).await?;
                insert_models(txn, dump.agreement_steps).await?;
                insert_models(txn, dump.agreement_signatories).await?;
                insert_models(txn, dump.projects).await?;
                insert_models(txn, dump.project_areas).await?;
                insert_models(txn, dump.project_organizations).await?;
                insert_models(txn, dump.project_steps).await?;
                // Follow-ups may belong to a project: after the projects.
                insert_models(txn, dump.follow_ups).await?;
                insert_models(txn, dump.relations).await?;
                if !dump.category_cadences.is_empty() {
                    category_cadence::Entity::delete_many().exec(txn).await?;
                    insert_models(txn, dump.category_cadences).await?;
                }
                insert_models(txn, dump.events).await?;
                insert_models(txn, dump.event_topics).await?;
                // RSVP tokens are not dumped (they act as credentials): new ones;
                // buttons already in chats stop working and /events shows new ones.
                insert_models(
                    txn,
                    dump.invitations
                        .into_iter()
                        .map(|i| invitation::Model {
                            token: super::random_token::<16>(),
                            ..i
                        })
                        .collect(),
                )
                .await?;
                insert_models(txn, dump.consents).await?;
                // The trail of who read and changed what comes along, after
                // whatever this database recorded before the restore (ids
                // are its own; the order of each part is kept).
                super::insert_rows(
                    txn,
                    dump.access_log
                        .into_iter()
                        .map(|row| access_log::ActiveModel {
                            id: sea_orm::ActiveValue::NotSet,
                            ..row.into_active_model()
                        })
                        .collect(),
                )
                .await?;
                if txn.get_database_backend() == DbBackend::Postgres {
                    for table in SERIAL_TABLES {
                        // Ids came from the dump: move each sequence past them.
                        txn.execute_unprepared(&format!(
                            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
                        ))
                        .await?;
                    }
                }
                super::audit::changed_all(txn, now, "restore", "dump").await?;
                // Search keys and activity counts are derived, not dumped.
                super::activity::rebuild_activity_in(txn).await?;
                super::search::rebuild_name_keys_in(txn).await
            })
        })
        .await?;
        self.analyze_after_bulk_load().await
    }
}
