//! What stops an import: each error names the file and, where there is one,
//! the row, column and value, so a person can open the file and look.
//! (Rows that are merely unusable are skipped and counted in `report`.)

use thiserror::Error;

#[derive(Debug, Error)]
pub enum ImportError {
    /// A file could not be opened or read.
    #[error("{file}: {source}")]
    Io { file: &'static str, source: std::io::Error },
    /// A CSV file is malformed; `csv`'s message gives the line.
    #[error("{file}: {source}")]
    Csv { file: &'static str, source: csv::Error },
    #[error("{file}: missing column {column:?}")]
    MissingColumn { file: &'static str, column: String },
    /// A cell that must hold a DfE LA number does not.
    #[error("{file} row {row}, column {column:?}: {value:?} is not an LA number")]
    NotAnLaNumber { file: &'static str, row: u64, column: String, value: String },
    /// A statistical neighbour model has a group for an area the catalogue lacks.
    #[error("{file} row {row}: unknown area {area} (not in LAIT or la_code_list.csv)")]
    UnknownModelArea { file: &'static str, row: u64, area: u16 },
    /// A statistical neighbour model names a neighbour the catalogue lacks.
    #[error("{file} row {row}, column {column:?}: area {area} has unknown neighbour {neighbour}")]
    UnknownNeighbour { file: &'static str, row: u64, column: String, area: u16, neighbour: u16 },
    /// A row of the hand-edited reported figures the app's reader refuses
    /// (its message gives the line), and how many more problems follow.
    #[error("{file}: {problem}{}", if *more > 0 { format!(" (and {more} more problems)") } else { String::new() })]
    Reported { file: &'static str, problem: String, more: usize },
    /// The catalogue built breaks a rule the app checks.
    #[error("catalogue: {0}")]
    Catalogue(childstats::data::DataError),
    /// The hex layout is not valid JSON or not HexJSON (serde's message gives the line).
    #[error("{file}: {source}")]
    HexJson { file: &'static str, source: serde_json::Error },
    /// A hex of the published layout is for no council in the catalogue, by ONS code or name.
    #[error("{file}: hex {code:?} ({name}) matches no council by ONS code or name")]
    UnmatchedHex { file: &'static str, code: String, name: String },
    /// A step adapting the layout to a reorganisation cannot be taken.
    #[error("{file}: adapting the layout: {message}")]
    HexAdaptation { file: &'static str, message: String },
    /// The adapted layout breaks a rule the app checks (one hex per council on each map, none shared).
    #[error("adapted hex layout: {0}")]
    HexLayout(childstats::data::DataError),
    /// Two indicator codes would be written to one figures file.
    #[error("indicators {first:?} and {second:?} would share the figures file {file}")]
    FileNameCollision { file: String, first: String, second: String },
    #[error("indicator {code:?} would be written to {file}, a name Windows reserves")]
    ReservedFileName { file: String, code: String },
}
