//! Pure business rules and types: no database, no Telegram, no I/O.
//!
//! Everything a user types is parsed here into a type that is valid by
//! construction; rules (keep-in-touch, names) are plain functions.

pub mod access;
pub mod birthday;
pub mod cadence;
pub mod contact;
pub mod dates;
pub mod error;
pub mod hangul;
pub mod hanzi;
pub mod keys;
pub mod lang;
pub mod message;
pub mod namekeys;
pub mod names;
pub mod quicklog;
pub mod redact;
pub mod schedule;
pub mod spoken;
pub mod text;

pub use error::Error;
pub use lang::Lang;
pub use message::{Arg, Message};
