//! Loading the bundled files from a directory (native: importer and tests).
//! The browser fetches the same files and calls the same parse functions.

use std::path::Path;

use super::{parse_catalogue, parse_year, DataError, Dataset};

pub const CATALOGUE_FILE: &str = "catalogue.json";

/// Loads the catalogue and every year it lists. A year that fails to read or
/// validate is kept as an error; only a bad catalogue fails the whole load.
pub fn load_dir(dir: &Path) -> Result<Dataset, DataError> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| DataError::Unavailable { file: name.to_string(), message: e.to_string() })
    };
    let catalogue = parse_catalogue(CATALOGUE_FILE, &read(CATALOGUE_FILE)?)?;
    let mut dataset = Dataset::new(catalogue.clone());
    for entry in &catalogue.years {
        let data = read(&entry.file).and_then(|text| parse_year(&entry.file, &text, entry.year, &catalogue));
        dataset.insert_year(entry.year, data);
    }
    Ok(dataset)
}
