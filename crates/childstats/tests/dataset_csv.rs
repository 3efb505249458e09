//! The yearly datasets as a person downloads them: every figure of a year
//! from the bundled data, in the chart downloads' columns.

mod common;

use childstats::model::export::{dataset_csv, DatasetYears, CSV_HEADER};
use common::{dataset, y};

#[test]
fn the_2025_file_holds_southamptons_published_child_protection_plan_rate() {
    let text = dataset_csv(dataset(), DatasetYears::One(y(2025)));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(rows.iter().all(|r| &r[5] == "2025"), "a row of another year");
    let southampton: Vec<_> = rows.iter().filter(|r| &r[2] == "CPP_rate" && &r[0] == "852").collect();
    assert_eq!(southampton.len(), 1, "{southampton:?}");
    let r = southampton[0];
    assert_eq!((&r[1], &r[6], &r[7], &r[8]), ("Southampton", "57.3", "Rate per 10,000", ""));
    assert!(!r[9].is_empty(), "a figure names its source: {r:?}");
    // Every area of the catalogue that existed in 2025 has a CPP_rate row.
    let areas = dataset().catalogue.areas().iter().filter(|a| a.existed_in(y(2025))).count();
    assert_eq!(rows.iter().filter(|r| &r[2] == "CPP_rate").count(), areas);
}
