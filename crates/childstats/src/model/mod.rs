//! Models built from the dataset: plain structs the charts and views draw.

pub mod neighbours;

pub use neighbours::{neighbour_average, NeighbourAverage};
