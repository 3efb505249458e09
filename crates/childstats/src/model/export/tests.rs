//! The CSV exports' columns, quoting and rows.
use super::*;
use crate::data::fixture::Fixture;
use crate::data::raw::RawValue;
use crate::data::{DataError, IndicatorCode};

fn y(year: u16) -> Year {
    Year::new(year).unwrap()
}

fn rows(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), CSV_HEADER);
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

/// (area_code, indicator_code, year, value, missing_reason) of each row.
fn keys(rows: &[Vec<String>]) -> Vec<(String, String, String, String, String)> {
    rows.iter().map(|r| (r[0].clone(), r[2].clone(), r[5].clone(), r[6].clone(), r[8].clone())).collect()
}

/// Two councils (one abolished in 2021), a region and England; two
/// indicators listed out of alphabetical order, published in some years.
fn councils() -> Fixture {
    Fixture::new()
        .span(2020, 2022)
        .council(851, "Portsmouth", Some(989))
        .council(852, "Southampton", Some(989))
        .council(928, "Northamptonshire", None)
        .area_with(928, |a| a.last_year = Some(2021))
        .england()
        .region(989, "South East")
        .indicator_with("ZZ_count", |i| {
            i.name = "Referrals, all ages".into();
            i.unit = "Number".into();
            i.decimals = 0;
        })
        .indicator("CPP_rate")
        .figures("ZZ_count", 2022, &[(851, 1200.4), (852, 2300.5), (970, 600_000.0)])
        .figures("CPP_rate", 2020, &[(852, 60.04), (851, 50.0), (928, 40.0), (970, 41.0)])
        .figures("CPP_rate", 2022, &[(852, RawValue::from(57.25)), (851, "x".into()), (928, "-".into()), (989, RawValue::Absent)])
}

const NO_FIGURE: &str = "no figure published for this year";

#[test]
fn one_year_has_every_area_of_every_indicator_published_that_year_in_catalogue_order() {
    let dataset = councils().dataset();
    let text = dataset_csv(&dataset, DatasetYears::One(y(2022)));
    let s = |x: &str| x.to_string();
    let row = |area: &str, code: &str, value: &str, reason: &str| (s(area), s(code), s("2022"), s(value), s(reason));
    assert_eq!(keys(&rows(&text)), [
        // Indicators in catalogue order, not by code; areas in catalogue order.
        row("851", "ZZ_count", "1200", ""),
        row("852", "ZZ_count", "2301", ""),
        row("970", "ZZ_count", "600000", ""),
        row("989", "ZZ_count", "", NO_FIGURE),
        row("851", "CPP_rate", "", MissingReason::Suppressed.describe()),
        row("852", "CPP_rate", "57.3", ""),
        // Northamptonshire was abolished in 2021: no row, whatever the marker.
        row("970", "CPP_rate", "", NO_FIGURE),
        row("989", "CPP_rate", "", NO_FIGURE),
    ]);
}

#[test]
fn a_year_in_which_no_indicator_was_published_is_just_the_header() {
    let dataset = councils().dataset();
    assert_eq!(dataset_csv(&dataset, DatasetYears::One(y(2021))), csv_header());
    assert_eq!(csv_header(), format!("{}\n", CSV_HEADER.join(",")));
}

#[test]
fn all_years_give_each_area_its_published_years_oldest_first() {
    let dataset = councils().dataset();
    let all = rows(&dataset_csv(&dataset, DatasetYears::All));
    let cpp: Vec<(&str, &str)> = all.iter().filter(|r| r[2] == "CPP_rate").map(|r| (r[0].as_str(), r[5].as_str())).collect();
    // 2021 has no CPP_rate series; Northamptonshire has its 2020 figure only.
    assert_eq!(cpp, [("851", "2020"), ("851", "2022"), ("852", "2020"), ("852", "2022"), ("928", "2020"), ("970", "2020"), ("970", "2022"), ("989", "2020"), ("989", "2022")]);
    // All years hold exactly the rows of each year.
    let by_year: usize = dataset.catalogue.years.iter().map(|year| rows(&dataset_csv(&dataset, DatasetYears::One(year))).len()).sum();
    assert_eq!(all.len(), by_year);
}

#[test]
fn a_row_reads_as_the_trend_download_reads_it() {
    let dataset = councils()
        .series_with("CPP_rate", 2022, |s| s.period = "2021/22".into())
        .council(801, "Bristol, City of", Some(989))
        .figures("CPP_rate", 2022, &[(801, 44.0)])
        .dataset();
    let all = rows(&dataset_csv(&dataset, DatasetYears::One(y(2022))));
    let cpp_rows: Vec<&Vec<String>> = all.iter().filter(|r| r[2] == "CPP_rate").collect();
    let bristol: &Vec<String> = cpp_rows.iter().find(|r| r[0] == "801").unwrap();
    assert_eq!(bristol, &["801", "Bristol, City of", "CPP_rate", "CPP_rate", "2021/22", "2022", "44.0", "Rate per 10,000", "", "Test source"]);
    // The same cell in a trend download (series_csv) is the same row.
    let cpp = dataset.catalogue.indicator(&IndicatorCode::new("CPP_rate")).unwrap();
    let selection = crate::model::selection::Selection {
        indicator: cpp.code.clone(),
        focus: AreaCode(801),
        neighbours: Vec::new(),
        others: Vec::new(),
        neighbour_average: false,
        region: false,
        england: false,
        from: y(2022),
        to: y(2022),
        ..crate::model::selection::Selection::default_view(dataset.catalogue.years)
    };
    let series = crate::model::series::build_series(&dataset, cpp, &selection);
    assert_eq!(rows(&series_csv(&series, cpp)), [bristol.to_vec()]);
    let suppressed = cpp_rows.iter().find(|r| r[0] == "851").unwrap();
    assert_eq!((suppressed[4].as_str(), suppressed[6].as_str(), suppressed[9].as_str()), ("2021/22", "", ""));
}

#[test]
fn an_indicator_whose_figures_are_not_loaded_gives_no_rows() {
    let fixture = councils();
    let mut dataset = crate::data::Dataset::new(fixture.catalogue());
    let cpp = IndicatorCode::new("CPP_rate");
    let zz = IndicatorCode::new("ZZ_count");
    dataset.insert_figures(&zz, Err(DataError::Unavailable { file: "figures/ZZ_count.json".into(), message: "404".into() }));
    assert_eq!(dataset_csv(&dataset, DatasetYears::All), csv_header());
    let figures = crate::data::parse_figures("f", &fixture.figures_json("CPP_rate"), &cpp, &dataset.catalogue).unwrap();
    dataset.insert_figures(&cpp, Ok(figures));
    let all = rows(&dataset_csv(&dataset, DatasetYears::All));
    assert!(!all.is_empty() && all.iter().all(|r| r[2] == "CPP_rate"));
}

#[test]
fn dataset_file_names_give_the_years_and_say_when_incomplete() {
    let span = YearSpan::new(y(2014), y(2026)).unwrap();
    assert_eq!(DatasetYears::One(y(2025)).file_name(span, true), "childrens-services-2025.csv");
    assert_eq!(DatasetYears::All.file_name(span, true), "childrens-services-2014-2026.csv");
    assert_eq!(DatasetYears::All.file_name(span, false), "childrens-services-2014-2026-incomplete.csv");
    assert_eq!(DatasetYears::All.describe(span), "all years, 2014 to 2026");
}

fn field(text: &str) -> String {
    let mut out = String::new();
    push_field(&mut out, text);
    out
}

#[test]
fn fields_are_quoted_only_where_needed_and_quotes_doubled() {
    assert_eq!(field("Southampton"), "Southampton");
    assert_eq!(field("Bristol, City of"), "\"Bristol, City of\"");
    assert_eq!(field("a \"quote\""), "\"a \"\"quote\"\"\"");
    assert_eq!(field("two\nlines"), "\"two\nlines\"");
    // What the csv crate reads back is what was written.
    let mut out = String::new();
    record(&mut out, &["Bristol, City of", "say \"hi\"", "", "x\ny"]);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(row.iter().collect::<Vec<_>>(), ["Bristol, City of", "say \"hi\"", "", "x\ny"]);
}
