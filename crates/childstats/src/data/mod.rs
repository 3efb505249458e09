//! Bundled datasets: raw file types, domain types, validation and loading.

pub mod domain;
pub mod load;
pub mod raw;
pub mod reported;
pub mod validate;

pub use domain::*;
pub use validate::{parse_catalogue, parse_year, Catalogue, DataError, Dataset, Series, YearData};
