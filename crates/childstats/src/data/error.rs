//! What can go wrong reading the bundled files, and where.
//!
//! Every error names the file, and past the JSON itself the place in it, so
//! a corrupt or stale file can be found and regenerated rather than guessed
//! at (`import check` says which bundled files differ from a fresh import).

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum DataError {
    /// miniserde does not say where in the file (see `raw`).
    #[error("{file}: not valid dataset JSON, or not laid out as this app reads it")]
    Json { file: String },
    #[error("{file}: file format {found}, but this app reads format {expected}; regenerate the datasets")]
    Format { file: String, found: u32, expected: u32 },
    #[error("{file}: holds the figures of {found:?}, expected {expected:?}")]
    IndicatorMismatch { file: String, expected: String, found: String },
    #[error("{file}: year {year} is not one of the bundled years, or comes out of order")]
    YearOutOfSpan { file: String, year: u16 },
    #[error("{file}: year {year} is outside the range a DfE series could hold")]
    BadYear { file: String, year: u16 },
    #[error("{file}: {what} {code:?} appears twice")]
    Duplicate { file: String, what: &'static str, code: String },
    #[error("{file}: {context} refers to unknown area {code}")]
    UnknownArea { file: String, context: String, code: u16 },
    #[error("{file}: entry {index} is for unknown indicator {code:?}")]
    UnknownIndicator { file: String, index: usize, code: String },
    #[error("{file}: {context} refers to unknown source {id:?}")]
    UnknownSource { file: String, context: String, id: String },
    #[error("{file}: indicator {indicator} has {found} values, expected one per area ({expected})")]
    ValueCount { file: String, indicator: String, expected: usize, found: usize },
    #[error("{file}: indicator {indicator}, area {area}: unknown missing-value marker {marker:?}")]
    UnknownMarker { file: String, indicator: String, area: u16, marker: String },
    #[error("{file}: {context}: unrecognised {field} {value:?}")]
    BadField { file: String, context: String, field: &'static str, value: String },
    /// A council on some year's map has no hex (hexmap.json).
    #[error("{file}: area {area} is on the map of {year} but has no hex")]
    NoHex { file: String, area: u16, year: u16 },
    #[error("{file}: areas {first} and {second} share the hex at q {q}, r {r} on the map of {year}")]
    SharedHex { file: String, year: u16, first: u16, second: u16, q: i16, r: i16 },
    #[error("{file}: could not be loaded ({message})")]
    Unavailable { file: String, message: String },
}
