//! Builds the bundled files from the published sources: reads every source
//! (`crate::read`), merges them into one figure per indicator, area and year
//! (`merge`, which states the precedence), and lays out the catalogue
//! (`areas`, `indicators`, `neighbours`), the year files (`years`), the
//! reported figures (`reported`) and their text and hashes (`files`).

mod areas;
mod files;
mod indicators;
pub mod merge;
mod neighbours;
pub mod reported;
mod years;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use childstats::data::raw::{RawCatalogue, RawSource, RawYear, FORMAT};

pub use self::files::{catalogue_json, files, year_json};
pub use self::merge::{Chosen, Derived, Key};
pub use self::reported::reported_json;
use crate::error::ImportError;
use crate::read::csc::read_column;
use crate::read::dictionary::read_dictionary;
use crate::read::geography::GeographyNames;
use crate::read::la_codes::read_la_codes;
use crate::read::lait::read_lait;
use crate::read::population::{read_ons_codes, read_population};
use crate::read::sfr::read_sfr;
use crate::report::Skips;
use crate::sources::{LAIT_RELEASES, SOURCES};

/// Everything an import produces: the files to write and how each figure was chosen.
pub struct Import {
    /// Figures reported locally, if the repo's curated file is there.
    pub reported: Option<String>,
    pub catalogue: RawCatalogue,
    pub years: Vec<RawYear>,
    pub chosen: HashMap<Key, Chosen>,
    pub skips: Skips,
}

/// Reads the published files under `root` and builds the bundle.
pub fn run(root: &Path) -> Result<Import, ImportError> {
    let mut skips = Skips::default();
    let dictionary = read_dictionary(root, &mut skips)?;
    let la_codes = read_la_codes(root)?;
    let mut releases = Vec::new();
    for source in LAIT_RELEASES {
        releases.push(read_lait(root, source, &mut skips)?);
    }

    let mut areas = areas::build_areas(&la_codes, &releases);
    let known: BTreeSet<u16> = areas.iter().map(|a| a.code).collect();
    let names = GeographyNames::new(areas.iter().filter(|a| a.kind != "la").map(|a| (a.code, a.name.clone())));

    let observations = releases.iter_mut().map(|r| std::mem::take(&mut r.observations)).collect();
    let mut chosen = merge::choose_lait(observations, &known, &mut skips);
    let lait_years = merge::lait_years(&chosen);
    let mut fills = Vec::new();
    for spec in merge::fill_columns() {
        fills.extend(read_column(root, &spec, &names, &mut skips)?);
    }
    for &(source, year) in &merge::FILL_SFRS {
        fills.extend(read_sfr(root, source, year, &names, &mut skips)?);
    }
    merge::fill_early_years(&mut chosen, fills, &lait_years, &known, &mut skips);
    let population = read_population(root, &names, &mut skips)?;
    merge::derive_rates(&mut chosen, &population, &lait_years, &known, &mut skips);

    let indicators = indicators::build_indicators(&dictionary, &releases, &chosen);
    indicators::round_to_decimals(&mut chosen, &indicators);
    areas::with_ons_codes(&mut areas, &read_ons_codes(root, &names)?);
    let years = years::build_years(&indicators, &areas, &chosen);

    let mut neighbour_models = Vec::new();
    for model in &neighbours::NEIGHBOUR_MODELS {
        neighbour_models.push(neighbours::neighbour_model(root, model, &known)?);
    }
    let mut catalogue = RawCatalogue {
        format: FORMAT,
        data_version: String::new(),
        years: Vec::new(),
        sources: SOURCES
            .iter()
            .map(|s| RawSource { id: s.id.into(), title: s.title.into(), publisher: s.publisher.into(), file: s.file.into() })
            .collect(),
        indicators,
        areas,
        neighbour_models,
    };
    files::index_years(&mut catalogue, &years);

    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let reported = reported_json(&repo, &catalogue)?;
    Ok(Import { reported, catalogue, years, chosen, skips })
}
