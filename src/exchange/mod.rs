//! File formats for import and export.

pub mod csv;
pub mod ics;
pub mod json;
pub mod tables;
pub mod text;
pub mod vcard;
