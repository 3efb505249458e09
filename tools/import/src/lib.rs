//! The importer: published DfE/ONS files in, the app's bundled datasets out.
//!
//! `read` has one reader per published source and turns rows into
//! observations that remember their file and row; `build` merges them into one
//! figure per indicator, area and year and lays out the bundled files.

pub mod build;
pub mod bundle;
pub mod error;
pub mod explain;
pub mod number;
pub mod period;
pub mod read;
pub mod report;
pub mod sources;
pub mod stats;

/// The first year the app bundles, a choice: the first year with the
/// children's social care figures complete (looked-after children from
/// DfE's 2014 statistical first release; LAIT itself starts in 2015). The
/// tables hold 2013 for only a few series. Figures ending earlier are
/// skipped and counted (2013's population is still read: 2014's derived
/// rates divide by it). There is no last year: it is the latest year any
/// published figure ends in (`build::data_years`).
pub const FIRST_YEAR: u16 = 2014;
