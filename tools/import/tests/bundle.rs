//! The committed bundle (`public/data`) as the app reads it: every file
//! parses with the app's reader (miniserde over `childstats::data::raw`) and
//! writes back byte for byte with the importer's writer, so every figure is
//! read exactly; and the files agree with each other.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use childstats::data::raw::{RawAbout, RawCatalogue, RawFigures, RawHexMap};
use import::build::files::{figures_file, json, ABOUT_FILE, CORE_FILE, HEXMAP_FILE};
use import::bundle::{parse, read_text};

fn bundle() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

#[test]
fn every_bundled_file_reads_back_exactly_and_agrees_with_the_core() {
    let dir = bundle();
    let text = read_text(&dir, CORE_FILE).unwrap();
    let core: RawCatalogue = parse(CORE_FILE, &text).unwrap();
    assert_eq!(json(&core), text, "{CORE_FILE} does not read back exactly");
    assert_eq!(core.format, childstats::data::raw::FORMAT);
    let first = *core.years.first().unwrap();
    assert_eq!(core.years, (first..=*core.years.last().unwrap()).collect::<Vec<_>>(), "years have a gap");

    let text = read_text(&dir, ABOUT_FILE).unwrap();
    let about: RawAbout = parse(ABOUT_FILE, &text).unwrap();
    assert_eq!(json(&about), text, "{ABOUT_FILE} does not read back exactly");
    let codes = |it: &mut dyn Iterator<Item = &String>| it.cloned().collect::<Vec<_>>();
    assert_eq!(codes(&mut about.indicators.iter().map(|a| &a.code)), codes(&mut core.indicators.iter().map(|i| &i.code)));

    let text = read_text(&dir, HEXMAP_FILE).unwrap();
    let hexmap: RawHexMap = parse(HEXMAP_FILE, &text).unwrap();
    assert_eq!(json(&hexmap), text, "{HEXMAP_FILE} does not read back exactly");

    let mut years_seen = BTreeSet::new();
    let mut files = BTreeSet::new();
    for ind in &core.indicators {
        let file = &figures_file(&ind.code);
        assert!(files.insert(file.to_ascii_lowercase()), "{file} named twice");
        let text = read_text(&dir, file).unwrap();
        let figures: RawFigures = parse(file, &text).unwrap();
        assert_eq!(json(&figures), text, "{file} does not read back exactly");
        assert_eq!(figures.indicator, ind.code);
        assert!(!figures.years.is_empty(), "{file} has no year");
        let years: Vec<u16> = figures.years.iter().map(|s| s.year).collect();
        assert!(years.windows(2).all(|w| w[0] < w[1]), "{file}: years not oldest first");
        for series in &figures.years {
            assert!(core.years.contains(&series.year), "{file}: {} is not a bundled year", series.year);
            assert_eq!(series.values.len(), core.areas.len(), "{file} {}: one value per area", series.year);
            years_seen.insert(series.year);
        }
    }
    assert_eq!(years_seen.last(), core.years.last(), "the last year is one some figure has");
}
