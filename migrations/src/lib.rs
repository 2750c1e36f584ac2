//! Inmaek's schema, one file per change. Never edit a merged migration:
//! add a new one. Run from the `inmaek` binary (every command applies
//! pending migrations first); the `cli` feature of sea-orm-migration is off.
#![forbid(unsafe_code)]

pub use sea_orm_migration::prelude::*;

mod m20261128_000001_create_domain;
mod m20261128_000002_seed_reference_data;
mod m20261128_000003_create_bot_state;
mod m20261128_000004_create_name_keys;
mod m20261128_000005_create_outbox;
mod m20261128_000006_create_events;
mod m20261128_000007_create_access_log;
mod m20261128_000008_create_activity;
mod m20261129_000009_create_callback_token;
mod m20261129_000010_create_reminders_consent;
mod m20261202_000011_institutions_network;
mod m20261203_000012_web_console;
mod m20261203_000013_change_mark;

#[derive(Debug)]
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_create_domain::Migration),
            Box::new(m20261128_000002_seed_reference_data::Migration),
            Box::new(m20261128_000003_create_bot_state::Migration),
            Box::new(m20261128_000004_create_name_keys::Migration),
            Box::new(m20261128_000005_create_outbox::Migration),
            Box::new(m20261128_000006_create_events::Migration),
            Box::new(m20261128_000007_create_access_log::Migration),
            Box::new(m20261128_000008_create_activity::Migration),
            Box::new(m20261129_000009_create_callback_token::Migration),
            Box::new(m20261129_000010_create_reminders_consent::Migration),
            Box::new(m20261202_000011_institutions_network::Migration),
            Box::new(m20261203_000012_web_console::Migration),
            Box::new(m20261203_000013_change_mark::Migration),
        ]
    }
}
