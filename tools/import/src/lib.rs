//! The importer: published DfE/ONS files in, the app's bundled datasets out.

pub mod build;
pub mod explain;
pub mod number;
pub mod period;
pub mod report;
pub mod sources;
pub mod stats;
