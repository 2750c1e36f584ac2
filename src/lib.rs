//! Inmaek (인맥): the relationship CRM of a city government's
//! international-relations office. See README.md.
#![forbid(unsafe_code)]

pub mod bot;
pub mod brief;
pub mod cli;
pub mod cli_text;
pub mod clock;
pub mod commands;
pub mod config;
pub mod demo;
pub mod domain;
pub mod events;
pub mod exchange;
pub mod files;
pub mod i18n;
pub mod keep;
pub mod ops;
pub mod render;
pub mod store;
pub mod telegram;
pub mod telegram_sim;
pub mod web;
