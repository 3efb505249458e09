//! Builds the bundled files from the published sources: reads every source
//! (`crate::read`), merges them into one figure per indicator, area and year
//! (`merge`, which states the precedence), and lays out the core (`areas`,
//! `indicators`, `neighbours`), the figures files and the years they span
//! (`figures`), the long texts, the reported figures (`reported`) and the
//! files' names, text and hashes (`files`), and the hex map's layout
//! (`hexmap`).

mod areas;
pub mod figures;
pub mod files;
pub mod hexmap;
pub mod indicators;
pub mod merge;
mod neighbours;
pub mod reported;

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use childstats::data::raw::{RawAbout, RawCatalogue, RawFigures, RawFileRef, RawHexMap, RawSource, FORMAT};

pub use self::figures::data_years;
pub use self::files::files;
pub use self::merge::{Chosen, Derived, Key};
pub use self::reported::reported_csv;
use crate::error::ImportError;
use crate::read::csc::read_column;
use crate::read::dictionary::read_dictionary;
use crate::read::geography::GeographyNames;
use crate::read::hexjson::read_hexjson;
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
    /// `core.json`.
    pub core: RawCatalogue,
    /// One per indicator, in the core's order.
    pub figures: Vec<RawFigures>,
    /// `about.json`.
    pub about: RawAbout,
    /// `hexmap.json`.
    pub hexmap: RawHexMap,
    pub chosen: HashMap<Key, Chosen>,
    pub skips: Skips,
}

/// Reads the published files under `root` and builds the bundle, with the
/// repo's figures reported locally.
pub fn run(root: &Path) -> Result<Import, ImportError> {
    run_with(root, &Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// As `run`, with the reported figures read from `repo`'s
/// `data/reported/figures.csv`, left out where `repo` has none.
pub fn run_with(root: &Path, repo: &Path) -> Result<Import, ImportError> {
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

    let (indicators, about) = indicators::build_indicators(&dictionary, &releases, &chosen);
    indicators::round_to_decimals(&mut chosen, &indicators);
    areas::with_ons_codes(&mut areas, &read_ons_codes(root, &names)?);
    let figures = figures::build_figures(&indicators, &areas, &chosen);

    let mut neighbour_models = Vec::new();
    for model in &neighbours::NEIGHBOUR_MODELS {
        neighbour_models.push(neighbours::neighbour_model(root, model, &known)?);
    }
    let mut core = RawCatalogue {
        format: FORMAT,
        data_version: String::new(),
        years: figures::data_years(&chosen),
        sources: SOURCES
            .iter()
            .map(|s| RawSource { id: s.id.into(), title: s.title.into(), publisher: s.publisher.into(), file: s.file.into() })
            .collect(),
        indicators,
        areas,
        neighbour_models,
        about: RawFileRef { file: String::new(), hash: String::new() },
    };
    files::check_figures_names(&core)?;
    let about = RawAbout { format: FORMAT, indicators: about };
    let reported = reported_csv(repo, &core)?;
    let hexmap = hexmap::build_hexmap(&read_hexjson(root)?, &core)?;
    files::index(&mut core, &figures, &about, reported.as_deref(), &hexmap);
    Ok(Import { reported, core, figures, about, hexmap, chosen, skips })
}
