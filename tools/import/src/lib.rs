//! The importer: published DfE/ONS files in, the app's bundled datasets out.
//!
//! `read` has one reader per published source and turns rows into
//! observations that remember their file and row; `build` merges them into one
//! figure per indicator, area and year and lays out the bundled files.

pub mod build;
pub mod error;
pub mod explain;
pub mod number;
pub mod period;
pub mod read;
pub mod report;
pub mod sources;
pub mod stats;

/// The first year the app bundles.
pub const FIRST_YEAR: u16 = 2014;
/// The last year the app bundles.
pub const LAST_YEAR: u16 = 2024;
