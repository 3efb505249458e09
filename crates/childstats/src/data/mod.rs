//! Bundled datasets: raw file types, domain types, validation into the
//! dataset store, and loading.

pub mod dataset;
pub mod domain;
pub mod error;
#[cfg(any(test, feature = "fixtures"))]
pub mod fixture;
pub mod hexmap;
pub mod load;
pub mod raw;
pub mod own_figures;
pub mod own_sets;
pub mod reported;
pub mod validate;

pub use dataset::{Catalogue, Dataset, FiguresState, IndicatorFigures, IndicatorYear, YearData};
pub use domain::*;
pub use error::DataError;
pub use hexmap::{parse_hexmap, Changeover, Hex, HexLayout};
pub use validate::{parse_about, parse_catalogue, parse_figures};
