//! One reader per published source. Each reads its file's columns by header
//! name and turns rows into plain values (`Observation`s that remember their
//! file and row, or reference tables); rows it cannot use are skipped and
//! counted in `Skips` with an example, and only a file it cannot read at all
//! is an error.

pub mod csc;
pub mod dictionary;
pub mod geography;
pub mod hexjson;
pub mod la_codes;
pub mod lait;
pub mod neighbours;
pub mod population;
pub mod sfr;
pub mod table;
