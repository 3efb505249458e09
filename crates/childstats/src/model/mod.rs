//! Models built from the dataset: plain structs the charts and views draw.
//! Nothing here touches a browser.

pub mod axis;
pub mod build;
pub mod change;
pub mod changed_since;
pub mod chart;
pub mod export;
pub mod compare;
pub mod format;
pub mod local;
pub mod map;
pub mod neighbours;
pub mod overview;
pub mod pack;
pub mod query;
pub mod rank;
pub mod search;
pub mod selection;
pub mod series;
pub mod share;
pub mod site;
pub mod summary;
pub mod table;
pub mod theme;

pub use neighbours::{neighbour_average, NeighbourAverage};
