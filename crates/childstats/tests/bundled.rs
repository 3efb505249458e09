//! The committed datasets in `public/data`: every file validates, and known
//! published figures come out exactly as DfE published them.

use std::path::Path;

use childstats::data::load::load_dir;
use childstats::data::{AreaCode, Dataset, IndicatorCode, MissingReason, Year};
use childstats::model::neighbour_average;

fn bundled() -> Dataset {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    load_dir(&dir).expect("core.json loads")
}

fn year(y: u16) -> Year {
    Year::new(y).unwrap()
}

fn shown(dataset: &Dataset, code: &str, area: u16, y: u16) -> String {
    let code = IndicatorCode::new(code);
    let value = dataset.cell(&code, AreaCode(area), year(y)).value.expect("a published value");
    dataset.catalogue.indicator(&code).unwrap().format_value(value)
}

#[test]
fn every_bundled_figures_file_validates_and_every_year_has_figures() {
    let dataset = bundled();
    let failed: Vec<_> = dataset.failed_figures().map(|(code, e)| format!("{code}: {e}")).collect();
    assert!(failed.is_empty(), "{failed:?}");
    for ind in dataset.catalogue.indicators() {
        assert!(dataset.has_figures(&ind.code), "{}", ind.code);
        assert!(!dataset.years_with_figures(&ind.code).is_empty(), "{} has a file with no figure", ind.code);
    }
    for y in dataset.catalogue.years.iter() {
        let values: usize = dataset
            .catalogue
            .indicators()
            .iter()
            .filter_map(|i| dataset.year(y).and_then(|d| d.indicator_year(&i.code)))
            .map(|f| f.value_count())
            .sum();
        // The latest year can be thin (an indicator published ahead, such
        // as a 2025-26 allocation); every other year is full.
        let least = if y == dataset.catalogue.years.last { 1 } else { 1000 };
        assert!(values >= least, "{y} holds only {values} values");
    }
    assert!(dataset.has_about());
}

#[test]
fn the_years_come_from_the_data_and_reach_2025() {
    let dataset = bundled();
    assert_eq!(dataset.catalogue.years.first, year(2014));
    assert!(dataset.catalogue.years.last >= year(2025), "{:?}", dataset.catalogue.years);
}

#[test]
fn southampton_child_protection_plan_rate_2021_is_as_published() {
    assert_eq!(shown(&bundled(), "CPP_rate", 852, 2021), "62.3");
}

#[test]
fn southampton_children_in_need_rate_2024_is_as_published() {
    let dataset = bundled();
    let cell = dataset.cell(&IndicatorCode::new("CIN"), AreaCode::SOUTHAMPTON, year(2024));
    assert_eq!(cell.value, Ok(407.0));
    assert_eq!(cell.source.unwrap().id, "lait-2026-04", "the newer LAIT release wins");
}

#[test]
fn england_child_protection_plan_rate_2024_is_as_published() {
    assert_eq!(shown(&bundled(), "CPP_rate", 970, 2024), "41.4");
}

#[test]
fn looked_after_rate_uses_revised_population_estimates() {
    // 100 in today's data; 97 as first reported in 2021 (docs/data.md).
    assert_eq!(shown(&bundled(), "LAC", 852, 2021), "100");
}

#[test]
fn southampton_2021_model_neighbours_are_dfe_list() {
    let dataset = bundled();
    let names: Vec<&str> = dataset
        .catalogue
        .statistical_neighbours(AreaCode::SOUTHAMPTON, "2021")
        .unwrap()
        .iter()
        .map(|n| dataset.catalogue.area(n.area).unwrap().name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Portsmouth",
            "Sheffield",
            "Peterborough",
            "Plymouth",
            "Derby",
            "Bristol, City of",
            "Coventry",
            "Stoke-on-Trent",
            "Kingston Upon Hull, City of",
            "Salford"
        ]
    );
}

#[test]
fn southampton_neighbour_average_cpp_rate_2021_is_lait_figure() {
    let dataset = bundled();
    let code = IndicatorCode::new("CPP_rate");
    let average = neighbour_average(&dataset, &code, AreaCode::SOUTHAMPTON, "2021", year(2021)).unwrap();
    assert_eq!((average.with_value, average.of), (10, 10));
    let indicator = dataset.catalogue.indicator(&code).unwrap();
    assert_eq!(indicator.format_value(average.mean.unwrap()), "66.7");
}

#[test]
fn derived_rates_carry_their_inputs_and_reproduce_dfe_method() {
    let dataset = bundled();
    let cell = dataset.cell(&IndicatorCode::new("CPP_rate"), AreaCode::SOUTHAMPTON, year(2014));
    let derivation = cell.derived.expect("2014 CPP rate is derived: LAIT starts in 2015");
    assert_eq!(cell.source.unwrap().id, "derived");
    assert_eq!(derivation.population_year, year(2013), "DfE uses the previous year's population");
    let recomputed = derivation.count / derivation.population * 10_000.0;
    assert!((recomputed - cell.value.unwrap()).abs() <= 0.05, "{recomputed} vs {:?}", cell.value);
    // Published values are never marked derived.
    let published = dataset.cell(&IndicatorCode::new("CPP_rate"), AreaCode::SOUTHAMPTON, year(2015));
    assert!(published.derived.is_none());
}

#[test]
fn councils_outside_their_lifetime_are_missing_with_that_reason() {
    let dataset = bundled();
    let code = IndicatorCode::new("CPP_rate");
    let bournemouth_before = dataset.catalogue.area(AreaCode(837)).unwrap();
    assert_eq!(bournemouth_before.successors, [AreaCode(839)]);
    assert_eq!(dataset.cell(&code, AreaCode(837), year(2023)).value, Err(MissingReason::AreaDidNotExist));
    assert_eq!(dataset.cell(&code, AreaCode(940), year(2016)).value, Err(MissingReason::AreaDidNotExist));
    assert!(dataset.cell(&code, AreaCode(940), year(2023)).value.is_ok());
}

#[test]
fn published_missing_markers_survive_as_reasons() {
    let dataset = bundled();
    let mut reasons = std::collections::HashSet::new();
    for ind in dataset.catalogue.indicators() {
        for area in dataset.catalogue.areas() {
            if let Err(r) = dataset.cell(&ind.code, area.code, year(2019)).value {
                reasons.insert(r);
            }
        }
    }
    assert!(reasons.contains(&MissingReason::NotPublished));
    assert!(reasons.contains(&MissingReason::NoFigure));
}

#[test]
fn years_with_figures_are_the_years_some_area_has_a_cell_value() {
    let dataset = bundled();
    for ind in dataset.catalogue.indicators() {
        let by_cell: Vec<Year> = dataset
            .catalogue
            .years
            .iter()
            .filter(|&y| dataset.catalogue.areas().iter().any(|a| dataset.cell(&ind.code, a.code, y).value.is_ok()))
            .collect();
        assert_eq!(dataset.years_with_figures(&ind.code), by_cell, "{}", ind.code);
    }
    let cpp = dataset.years_with_figures(&IndicatorCode::new("CPP_rate"));
    assert_eq!(cpp.first(), Some(&year(2014)), "published from the first bundled year");
}

#[test]
fn values_are_rounded_to_published_decimals() {
    let dataset = bundled();
    for ind in dataset.catalogue.indicators().iter().filter(|i| i.decimals_published) {
        let scale = 10f64.powi(i32::from(ind.decimals));
        for y in dataset.catalogue.years.iter() {
            for area in dataset.catalogue.areas() {
                if let Ok(v) = dataset.cell(&ind.code, area.code, y).value {
                    let scaled = v * scale;
                    assert!((scaled - scaled.round()).abs() < 1e-6, "{} {} {y}: {v} has more than {} decimals", ind.code, area.code, ind.decimals);
                }
            }
        }
    }
}

/// The app reads the bundled files with miniserde (see `data::raw`), whose
/// number parsing is simpler than serde_json's. Reading each file and writing
/// it back as the importer does must give the file again, byte for byte, so
/// every figure, marker and text survives the reading exactly.
#[test]
fn the_apps_reader_reads_every_bundled_dataset_file_exactly() {
    use childstats::data::raw::{figures_file, RawAbout, RawCatalogue, RawFigures};
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    let text = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    let catalogue: RawCatalogue = miniserde::json::from_str(&text("core.json")).expect("core.json reads");
    assert_eq!(serde_json::to_string(&catalogue).unwrap() + "\n", text("core.json"));
    for ind in &catalogue.indicators {
        let file = &figures_file(&ind.code);
        let figures: RawFigures = miniserde::json::from_str(&text(file)).expect("figures file reads");
        assert!(serde_json::to_string(&figures).unwrap() + "\n" == text(file), "{file} reads back differently");
    }
    let about: RawAbout = miniserde::json::from_str(&text(&catalogue.about.file)).expect("about.json reads");
    assert_eq!(serde_json::to_string(&about).unwrap() + "\n", text(&catalogue.about.file));
}
