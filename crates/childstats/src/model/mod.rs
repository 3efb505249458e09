//! Models built from the dataset: plain structs the charts and views draw.

pub mod neighbours;
pub mod trend;

pub use neighbours::{neighbour_average, NeighbourAverage};
pub use trend::{trend_rows, Figure, TrendRow};
