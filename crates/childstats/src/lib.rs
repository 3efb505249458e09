//! The pure core of the explorer: the bundled dataset format, its validation
//! into domain types (`data`), and the models built on them (`model`: the
//! selection and its URL, series, neighbour averages, ranks and quartile
//! bands, changes, summaries, tables and downloads, search, the briefing
//! pack). No browser dependencies, so all of it is tested with plain
//! `cargo test`.

pub mod data;
pub mod model;
pub mod csv_text;
pub mod order;
