//! The pure core of the explorer: the bundled dataset format, its validation
//! into domain types, and the models built on them (neighbour averages, and
//! later series, ranks and summaries). No browser dependencies, so all of it
//! is tested with plain `cargo test`.

pub mod data;
pub mod model;
pub mod order;
