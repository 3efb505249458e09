//! Fuzz targets for the two parsers that read untrusted input: the bundled
//! dataset files (a corrupt or tampered download) and the URL query (any link
//! anyone sends). Each target is a proptest property that must never panic
//! and, for the URL, must round-trip what it accepts.
//!
//! `cargo run --release -p fuzz -- TARGET SECONDS` runs one for a fixed time
//! and prints how many inputs it tried; `cargo test -p fuzz` runs a short
//! burst of each in the normal test suite.

use std::time::{Duration, Instant};

use childstats::data::fixture::Fixture;
use childstats::data::raw::{RawDerivation, RawException, RawValue};
use childstats::data::{parse_about, parse_catalogue, parse_figures, Catalogue, IndicatorCode, Year};
use childstats::model::query::{parse_extras, parse_query, print_query};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// A small but complete dataset to start from: three areas, one indicator,
/// one neighbour group, and a figures file whose 2021 has a figure, a
/// marker, a missing row, a period exception and a derived figure.
pub fn fixture() -> Fixture {
    Fixture::southampton()
        .figures("CPP_rate", 2021, &[(852, RawValue::from(62.3)), (970, "-".into())])
        .series_with("CPP_rate", 2021, |s| {
            s.exceptions = Some(vec![RawException { area: 970, period: Some("2021 (Rev)".into()), source: None }]);
            s.derived = Some(vec![RawDerivation {
                area: 852,
                count: 310.0,
                count_source: "s".into(),
                population: 49737.0,
                population_year: 2020,
                population_source: "s".into(),
            }]);
        })
}

/// The fixture's catalogue. Built by way of its whole dataset, which panics
/// unless the figures file validates too, so every run starts from valid files.
pub fn catalogue() -> Catalogue {
    (*fixture().dataset().catalogue).clone()
}

/// Mutations of a valid file: bytes flipped, inserted and cut, so the parser
/// meets near-valid input, not just noise.
fn mutated(base: String) -> impl Strategy<Value = Vec<u8>> {
    let edits = prop::collection::vec((any::<usize>(), any::<u8>(), 0u8..3), 0..12);
    edits.prop_map(move |edits| {
        let mut bytes = base.as_bytes().to_vec();
        for (at, byte, kind) in edits {
            let i = at % (bytes.len() + 1);
            match kind {
                0 if i < bytes.len() => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ if i < bytes.len() => {
                    bytes.remove(i);
                }
                _ => {}
            }
        }
        bytes
    })
}

/// Which bundled file the bytes are read as.
#[derive(Debug, Clone, Copy)]
pub enum DatasetFile {
    Core,
    Figures,
    About,
}

fn dataset_input() -> impl Strategy<Value = (DatasetFile, Vec<u8>)> {
    let fixture = fixture().about("CPP_rate", "Children subject of a plan", "Count over population");
    prop_oneof![
        mutated(fixture.catalogue_json()).prop_map(|b| (DatasetFile::Core, b)),
        mutated(fixture.figures_json("CPP_rate")).prop_map(|b| (DatasetFile::Figures, b)),
        mutated(fixture.about_json()).prop_map(|b| (DatasetFile::About, b)),
        prop::collection::vec(any::<u8>(), 0..300).prop_map(|b| (DatasetFile::Figures, b)),
    ]
}

/// Parsing any bytes as a core, figures or about file returns a value or an
/// error; never a panic.
pub fn check_dataset(catalogue: &Catalogue, (kind, bytes): (DatasetFile, Vec<u8>)) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(&bytes);
    let code = IndicatorCode::new("CPP_rate");
    match kind {
        DatasetFile::Core => drop(parse_catalogue("core.json", &text)),
        DatasetFile::About => drop(parse_about("about.json", &text, catalogue)),
        DatasetFile::Figures => {
            if let Ok(figures) = parse_figures("figures/CPP_rate.json", &text, &code, catalogue) {
                // Whatever validates can be read cell by cell.
                let years: Vec<Year> = figures.years.iter().map(|y| y.year).collect();
                let mut dataset = childstats::data::Dataset::new(catalogue.clone());
                dataset.insert_figures(&code, Ok(figures));
                for (area, year) in catalogue.areas().iter().flat_map(|a| years.iter().map(move |y| (a, *y))) {
                    let _ = dataset.cell(&code, area.code, year);
                }
            }
        }
    }
    Ok(())
}

fn url_input() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("indicator".to_string()), Just("area".to_string()), Just("model".to_string()), Just("avg".to_string()),
        Just("neighbours".to_string()), Just("region".to_string()), Just("england".to_string()), Just("add".to_string()),
        Just("years".to_string()), Just("view".to_string()), Just("year".to_string()), Just("scope".to_string()),
        Just("v".to_string()), Just("embed".to_string()), "[a-z%&=]{0,8}",
    ];
    let value = prop_oneof!["[0-9,-]{0,12}", "[A-Za-z_%&=<>\"' 0-9]{0,20}", any::<String>()];
    prop_oneof![
        prop::collection::vec((key, value), 0..8).prop_map(|pairs| {
            pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
        }),
        any::<String>(),
    ]
}

/// Any query parses to a selection of known codes; the printed selection
/// parses back to itself with no problems.
pub fn check_url(catalogue: &Catalogue, query: String) -> Result<(), TestCaseError> {
    let (selection, _problems) = parse_query(&query, catalogue);
    let _ = parse_extras(&query);
    prop_assert!(catalogue.indicator(&selection.indicator).is_some());
    prop_assert!(catalogue.area(selection.focus).is_some());
    prop_assert!(selection.from <= selection.to);
    let printed = print_query(&selection);
    let (again, problems) = parse_query(&printed, catalogue);
    prop_assert_eq!(problems, vec![]);
    prop_assert_eq!(again, selection);
    Ok(())
}

/// A person's own figures: a good file with a local measure, bent by a few
/// byte edits, or any text.
fn own_figures_input() -> impl Strategy<Value = Vec<u8>> {
    let good = "\u{feff}indicator,area,period,period_end,value,source,note,section,other_area,measure_as_reported,measure_name,unit,polarity,frequency,definition\r\n\
        CPP_rate,Southampton,Q1 2024-25,30/06/2024,\"1,234.5\",\"Panel, June\",\"said \"\"rising\"\"\"\r\n\
        contacts,852,Sep 25,2025-09-30,42%,Board,\"two\nlines\",Table 2,,as reported,Contacts,number,neither,monthly,In the month\r\n\
        contacts,,not stated,,40,Board,,,Statistical neighbour average\r\n\
        CPP_rate,nowhere,Q2,2024-13-01,4x,,\r\n";
    prop_oneof![mutated(good.to_string()), any::<String>().prop_map(String::into_bytes), prop::collection::vec(any::<u8>(), 0..400)]
}

/// Any file is read without a panic; what is kept is finite, and a
/// published indicator's figure is a council's with a date; a problem's line is in the file; and what was kept,
/// written back as CSV, reads back the same with no problem.
pub fn check_own_figures(catalogue: &Catalogue, bytes: Vec<u8>) -> Result<(), TestCaseError> {
    use childstats::data::own_figures::{not_a_csv, read_own_figures, write_own_figures};
    let _ = not_a_csv(&bytes);
    let text = String::from_utf8_lossy(&bytes);
    let own = read_own_figures(&text, catalogue);
    let lines = text.split('\n').count() + text.matches('\r').count();
    for problem in &own.problems {
        prop_assert!(problem.line <= lines, "{problem} in a file of {lines} lines");
    }
    for f in &own.file.figures {
        prop_assert!(f.value.is_finite() && f.period_end.is_some() == f.year.is_some());
        prop_assert!(f.area_code.is_none_or(|c| catalogue.area(childstats::data::AreaCode(c)).is_some()));
        // A published indicator's figure is a council's, with a date, so it stands on the trend.
        if f.indicator.is_some() {
            prop_assert!(f.year.is_some() && f.area_code.is_some());
        }
    }
    let again = read_own_figures(&write_own_figures(&own.file), catalogue);
    prop_assert_eq!(again.problems, vec![]);
    prop_assert_eq!(again.file, own.file);
    Ok(())
}

/// Runs a target until `budget` has passed; returns how many inputs it tried.
pub fn run_for(target: &str, budget: Duration) -> Result<u64, String> {
    let catalogue = catalogue();
    let start = Instant::now();
    let mut executions = 0u64;
    let batch = 2_000;
    while start.elapsed() < budget {
        let mut runner = TestRunner::new(Config { cases: batch, failure_persistence: None, ..Config::default() });
        match target {
            "dataset" => runner.run(&dataset_input(), |input| check_dataset(&catalogue, input)).map_err(|e| format!("dataset: {e}"))?,
            "url" => runner.run(&url_input(), |input| check_url(&catalogue, input)).map_err(|e| format!("url: {e}"))?,
            "own-figures" => runner.run(&own_figures_input(), |input| check_own_figures(&catalogue, input)).map_err(|e| format!("own-figures: {e}"))?,
            other => return Err(format!("unknown target {other:?}: use dataset, url or own-figures")),
        }
        executions += u64::from(batch);
    }
    Ok(executions)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest! {
        #![proptest_config(Config { cases: 2_000, ..Config::default() })]
        #[test]
        fn dataset_parser_never_panics(input in dataset_input()) {
            check_dataset(&catalogue(), input)?;
        }

        #[test]
        fn url_parser_never_panics_and_round_trips(query in url_input()) {
            check_url(&catalogue(), query)?;
        }

        #[test]
        fn own_figures_reader_never_panics_and_round_trips(bytes in own_figures_input()) {
            check_own_figures(&catalogue(), bytes)?;
        }
    }
}
