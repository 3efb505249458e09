//! Southampton's figures reported locally (`data/reported/figures.csv`,
//! curated by hand in the repo): read by the app's own reader of a person's
//! figures, against the catalogue, and bundled as `reported.csv`, byte for
//! byte, when every row is good.

use std::path::Path;

use childstats::data::own_figures::read_own_figures;
use childstats::data::raw::RawCatalogue;
use childstats::data::validate::validate_catalogue;

use super::files::CORE_FILE;
use crate::error::ImportError;

pub const FILE: &str = "data/reported/figures.csv";

/// The file as it is, or `None` where the repo has none. Any row the reader
/// would refuse (a mistyped code, an unknown council, a value that is not a
/// number), or leave blank, stops the import with its line, so the app never
/// gets a bundled file with a figure missing.
pub fn reported_csv(repo: &Path, catalogue: &RawCatalogue) -> Result<Option<String>, ImportError> {
    let text = match std::fs::read_to_string(repo.join(FILE)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(ImportError::Io { file: FILE, source }),
    };
    let catalogue = validate_catalogue(CORE_FILE, catalogue.clone()).map_err(ImportError::Catalogue)?;
    let read = read_own_figures(&text, &catalogue);
    if let Some(problem) = read.problems.first() {
        return Err(ImportError::Reported { file: FILE, problem: problem.to_string(), more: read.problems.len() - 1 });
    }
    if read.blank_rows > 0 {
        return Err(ImportError::Reported { file: FILE, problem: format!("{} rows have no period, value or source", read.blank_rows), more: 0 });
    }
    Ok(Some(text))
}
