//! Fuzz targets for the two parsers that read untrusted input: the bundled
//! dataset files (a corrupt or tampered download) and the URL query (any link
//! anyone sends). Each target is a proptest property that must never panic
//! and, for the URL, must round-trip what it accepts.
//!
//! `cargo run --release -p fuzz -- TARGET SECONDS` runs one for a fixed time
//! and prints how many inputs it tried; `cargo test -p fuzz` runs a short
//! burst of each in the normal test suite.

use std::time::{Duration, Instant};

use childstats::data::{parse_catalogue, parse_year, Catalogue, Year};
use childstats::model::query::{parse_extras, parse_query, print_query};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// A small but complete catalogue: three areas, one indicator, one neighbour group.
pub const CATALOGUE: &str = r#"{"format":1,"data_version":"abc123","years":[{"year":2021,"file":"2021.json","hash":"x","series":1,"values":2}],
"sources":[{"id":"s","title":"Test","publisher":"DfE","file":"t.csv"}],
"indicators":[{"code":"CPP_rate","name":"CPP rate","topic":"Child Protection","unit":"Rate per 10,000","decimals":1,"decimals_published":false,"polarity":"neither","definition":"","data_owner":"DfE","methodology":"","links":[],"year_type":"Annual","quartiles":false}],
"areas":[{"code":852,"name":"Southampton","kind":"la","region":989},{"code":970,"name":"England","kind":"england"},{"code":989,"name":"South East","kind":"region"}],
"neighbour_models":[{"id":"2021","title":"t","source":"s","groups":[{"area":852,"neighbours":[{"area":970,"closeness":"Close"}]}]}]}"#;

pub const YEAR: &str = r#"{"format":1,"year":2021,"series":[{"indicator":"CPP_rate","period":"2021","source":"s","values":[62.3,"-",null],"exceptions":[{"area":970,"period":"2021 (Rev)"}],"derived":[{"area":852,"count":310,"count_source":"s","population":49737,"population_year":2020,"population_source":"s"}]}]}"#;

pub fn catalogue() -> Catalogue {
    parse_catalogue("catalogue.json", CATALOGUE).expect("the fixture catalogue is valid")
}

/// Mutations of a valid file: bytes flipped, inserted and cut, so the parser
/// meets near-valid input, not just noise.
fn mutated(base: &'static str) -> impl Strategy<Value = Vec<u8>> {
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

fn dataset_input() -> impl Strategy<Value = (bool, Vec<u8>)> {
    prop_oneof![
        mutated(CATALOGUE).prop_map(|b| (true, b)),
        mutated(YEAR).prop_map(|b| (false, b)),
        prop::collection::vec(any::<u8>(), 0..300).prop_map(|b| (false, b)),
    ]
}

/// Parsing any bytes as a catalogue or year file returns a value or an error; never a panic.
pub fn check_dataset(catalogue: &Catalogue, (is_catalogue, bytes): (bool, Vec<u8>)) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(&bytes);
    if is_catalogue {
        let _ = parse_catalogue("catalogue.json", &text);
    } else if let Ok(year) = parse_year("2021.json", &text, Year::new(2021).expect("valid"), catalogue) {
        // Whatever validates can be read cell by cell.
        let mut dataset = childstats::data::Dataset::new(catalogue.clone());
        dataset.insert_year(year.year, Ok(year));
        for area in catalogue.areas() {
            let _ = dataset.cell(&childstats::data::IndicatorCode::new("CPP_rate"), area.code, Year::new(2021).expect("valid"));
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
            other => return Err(format!("unknown target {other:?}: use dataset or url")),
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
    }

    #[test]
    fn fixtures_are_valid() {
        let c = catalogue();
        assert!(parse_year("2021.json", YEAR, Year::new(2021).unwrap(), &c).is_ok());
    }
}
