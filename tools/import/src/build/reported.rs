//! The figures reported locally (`data/reported/figures.json`, curated by hand
//! in the repo), checked against the catalogue and bundled as `reported.json`.

use std::collections::HashSet;
use std::path::Path;

use childstats::data::raw::RawCatalogue;
use childstats::data::reported::ReportedFile;

use crate::error::ImportError;

pub const FILE: &str = "data/reported/figures.json";

/// The file written compactly, or `None` where the repo has no such file.
/// Every indicator code and area it names must be in the catalogue.
pub fn reported_json(repo: &Path, catalogue: &RawCatalogue) -> Result<Option<String>, ImportError> {
    let text = match std::fs::read_to_string(repo.join(FILE)) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(ImportError::Io { file: FILE, source }),
    };
    // serde's strict reader, not the app's: this file is edited by hand, so a
    // mistyped field name is refused and a syntax error gets its line and column.
    let file: ReportedFile = serde_json::from_str(&text).map_err(|source| ImportError::ReportedFormat { file: FILE, source })?;
    let codes: HashSet<&str> = catalogue.indicators.iter().map(|i| i.code.as_str()).collect();
    let areas: HashSet<u16> = catalogue.areas.iter().map(|a| a.code).collect();
    for (index, f) in file.figures.iter().enumerate() {
        if let Some(code) = &f.indicator {
            if !codes.contains(code.as_str()) {
                return Err(ImportError::ReportedUnknownIndicator { file: FILE, index, code: code.clone() });
            }
        }
        if let Some(area) = f.area_code {
            if !areas.contains(&area) {
                return Err(ImportError::ReportedUnknownArea { file: FILE, index, area });
            }
        }
    }
    let value: serde_json::Value = serde_json::from_str(&text).expect("read above");
    Ok(Some(serde_json::to_string(&value).expect("a JSON value serialises") + "\n"))
}
