//! The bundled files' text: the catalogue and year files as compact JSON, the
//! year index with each file's hash, and the data version that names the
//! whole set.

use childstats::data::raw::{RawCatalogue, RawValue, RawYear, RawYearFile};
use sha2::{Digest, Sha256};

use super::Import;

pub fn year_json(year: &RawYear) -> String {
    serde_json::to_string(year).expect("year serialises") + "\n"
}

pub fn catalogue_json(catalogue: &RawCatalogue) -> String {
    serde_json::to_string(catalogue).expect("catalogue serialises") + "\n"
}

/// Lists the year files in the catalogue (name, hash, counts) and sets its data
/// version: the first 12 hex digits of a SHA-256 over every year file and then
/// the catalogue as it stands with an empty version.
pub fn index_years(catalogue: &mut RawCatalogue, years: &[RawYear]) {
    let mut all = Sha256::new();
    for y in years {
        let text = year_json(y);
        let value_count = y.series.iter().flat_map(|s| &s.values).filter(|v| matches!(v, RawValue::Number(_))).count();
        catalogue.years.push(RawYearFile {
            year: y.year,
            file: format!("{}.json", y.year),
            hash: short_hash(text.as_bytes()),
            series: y.series.len() as u32,
            values: value_count as u32,
        });
        all.update(text.as_bytes());
    }
    all.update(catalogue_json(catalogue).as_bytes());
    catalogue.data_version = hex(&all.finalize())[..12].to_string();
}

fn short_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))[..12].to_string()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The file names and contents an import writes under `public/data`.
pub fn files(import: &Import) -> Vec<(String, String)> {
    let mut out = vec![("catalogue.json".to_string(), catalogue_json(&import.catalogue))];
    out.extend(import.years.iter().map(|y| (format!("{}.json", y.year), year_json(y))));
    if let Some(reported) = &import.reported {
        out.push(("reported.json".to_string(), reported.clone()));
    }
    out
}
