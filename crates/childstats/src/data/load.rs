//! Loading the bundled files from a directory (native: importer and tests).
//! The browser fetches the same files, as it needs them, and calls the same
//! parse functions.

use std::path::Path;

use super::{parse_about, parse_catalogue, parse_figures, DataError, Dataset};

pub const CORE_FILE: &str = "core.json";

/// Loads the core, every indicator's figures and the long texts. An
/// indicator whose file fails to read or validate keeps its error; only a
/// bad core fails the whole load.
pub fn load_dir(dir: &Path) -> Result<Dataset, DataError> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| DataError::Unavailable { file: name.to_string(), message: e.to_string() })
    };
    let catalogue = parse_catalogue(CORE_FILE, &read(CORE_FILE)?)?;
    let mut dataset = Dataset::new(catalogue.clone());
    for indicator in catalogue.indicators() {
        let file = &indicator.figures_file();
        let figures = read(file).and_then(|text| parse_figures(file, &text, &indicator.code, &catalogue));
        dataset.insert_figures(&indicator.code, figures);
    }
    let about = read(&catalogue.about.file)?;
    dataset.set_about(parse_about(&catalogue.about.file, &about, &catalogue)?);
    Ok(dataset)
}
