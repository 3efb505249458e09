//! Reads the bundled files back as written, with the app's reader
//! (miniserde over the raw types of `childstats::data::raw`), without
//! validating them: for `explain`, `stats` and the read-back test.

use std::path::Path;

use childstats::data::raw::{RawCatalogue, RawFigures};
use miniserde::Deserialize;

use crate::build::files::CORE_FILE;

/// A bundled file's text, or an error naming it.
pub fn read_text(bundle: &Path, name: &str) -> Result<String, String> {
    std::fs::read_to_string(bundle.join(name)).map_err(|e| format!("{name}: {e}"))
}

/// Parses one bundled file as the app does, or names the file.
pub fn parse<T: Deserialize>(name: &str, text: &str) -> Result<T, String> {
    miniserde::json::from_str(text).map_err(|_| format!("{name}: not valid JSON of the bundled layout"))
}

pub fn read_core(bundle: &Path) -> Result<RawCatalogue, String> {
    parse(CORE_FILE, &read_text(bundle, CORE_FILE)?)
}

pub fn read_figures(bundle: &Path, file: &str) -> Result<RawFigures, String> {
    parse(file, &read_text(bundle, file)?)
}
