//! Validation of the core, figures and about files: what is read, and what
//! is refused with an error that says where.

use super::*;
use crate::data::fixture::Fixture;
use crate::data::{parse_catalogue, DataError, Dataset};

fn y(year: u16) -> Year {
    Year::new(year).unwrap()
}

fn cpp() -> IndicatorCode {
    IndicatorCode::new("CPP_rate")
}

fn parse_cpp(fixture: &Fixture) -> Result<IndicatorFigures, DataError> {
    parse_figures("CPP_rate.json", &fixture.figures_json("CPP_rate"), &cpp(), &fixture.catalogue())
}

fn catalogue_error(fixture: &Fixture) -> DataError {
    parse_catalogue("core.json", &fixture.catalogue_json()).unwrap_err()
}

#[test]
fn reads_figures_markers_and_missing_rows_with_the_period() {
    let fixture = Fixture::southampton().figures("CPP_rate", 2021, &[(852, RawValue::from(62.3)), (970, "-".into()), (989, RawValue::Absent)]);
    let mut dataset = Dataset::new(fixture.catalogue());
    dataset.insert_figures(&cpp(), parse_cpp(&fixture));
    let code = cpp();
    assert_eq!(dataset.cell(&code, AreaCode(852), y(2021)).value, Ok(62.3));
    assert_eq!(dataset.cell(&code, AreaCode(970), y(2021)).value, Err(MissingReason::NotPublished));
    assert_eq!(dataset.cell(&code, AreaCode(989), y(2021)).value, Err(MissingReason::NoFigure));
    assert_eq!(dataset.cell(&code, AreaCode(852), y(2021)).period, Some("2021"));
}

#[test]
fn every_marker_dfe_uses_is_understood() {
    for marker in ["-", "x", "c", "..", "z", "u"] {
        let fixture = Fixture::southampton().figures("CPP_rate", 2021, &[(852, RawValue::from(1.0)), (970, marker.into())]);
        let mut dataset = Dataset::new(fixture.catalogue());
        dataset.insert_figures(&cpp(), parse_cpp(&fixture));
        let cell = dataset.cell(&cpp(), AreaCode(970), y(2021));
        assert_eq!(cell.value, Err(MissingReason::from_marker(marker).unwrap()), "{marker}");
    }
}

#[test]
fn rejects_wrong_number_of_values() {
    let fixture = Fixture::southampton().figures("CPP_rate", 2021, &[(852, 1.0), (970, 2.0)]);
    let mut file = fixture.raw_figures("CPP_rate");
    file.years[0].values.pop();
    let err = validate_figures("CPP_rate.json", file, &cpp(), &fixture.catalogue()).unwrap_err();
    assert!(matches!(err, DataError::ValueCount { expected: 3, found: 2, .. }), "{err}");
}

#[test]
fn rejects_unknown_marker_naming_area() {
    let err = parse_cpp(&Fixture::southampton().figures("CPP_rate", 2021, &[(852, RawValue::from(1.0)), (970, "?".into())])).unwrap_err();
    assert_eq!(err, DataError::UnknownMarker { file: "CPP_rate.json".into(), indicator: "CPP_rate".into(), area: 970, marker: "?".into() });
}

#[test]
fn rejects_a_file_of_another_indicator() {
    let fixture = Fixture::southampton().indicator("CIN").figures("CIN", 2021, &[(852, 1.0)]);
    let err = parse_figures("CPP_rate.json", &fixture.figures_json("CIN"), &cpp(), &fixture.catalogue()).unwrap_err();
    assert!(matches!(err, DataError::IndicatorMismatch { ref expected, ref found, .. } if expected == "CPP_rate" && found == "CIN"), "{err}");
}

#[test]
fn rejects_a_year_outside_the_bundled_years_or_out_of_order() {
    let fixture = Fixture::southampton().span(2020, 2022).figures("CPP_rate", 2021, &[(852, 1.0)]).figures("CPP_rate", 2022, &[(852, 2.0)]);
    let mut file = fixture.raw_figures("CPP_rate");
    file.years[1].year = 2030;
    let err = validate_figures("CPP_rate.json", file.clone(), &cpp(), &fixture.catalogue()).unwrap_err();
    assert!(matches!(err, DataError::YearOutOfSpan { year: 2030, .. }), "{err}");
    file.years[1].year = 2021;
    let err = validate_figures("CPP_rate.json", file, &cpp(), &fixture.catalogue()).unwrap_err();
    assert!(matches!(err, DataError::YearOutOfSpan { year: 2021, .. }), "a year twice: {err}");
}

#[test]
fn the_bundled_years_come_from_the_core_and_have_no_gaps() {
    let catalogue = Fixture::southampton().span(2014, 2026).catalogue();
    assert_eq!(catalogue.years.describe(), "2014 to 2026");
    let mut raw = Fixture::southampton().raw_catalogue();
    raw.years = vec![2014, 2016];
    assert!(matches!(validate_catalogue("core.json", raw.clone()), Err(DataError::BadField { field: "years", .. })));
    raw.years = Vec::new();
    assert!(matches!(validate_catalogue("core.json", raw), Err(DataError::BadField { field: "years", .. })));
}

#[test]
fn about_is_read_for_known_indicators_only() {
    let fixture = Fixture::southampton().about("CPP_rate", "Children subject of a plan", "Count / population");
    let about = parse_about("about.json", &fixture.about_json(), &fixture.catalogue()).unwrap();
    assert_eq!(about[&cpp()].definition, "Children subject of a plan");
    let mut raw = fixture.raw_about();
    raw.indicators[0].code = "Nope".into();
    let text = serde_json::to_string(&raw).unwrap();
    let err = parse_about("about.json", &text, &fixture.catalogue()).unwrap_err();
    assert!(matches!(err, DataError::UnknownIndicator { ref code, .. } if code == "Nope"), "{err}");
}

#[test]
fn rejects_unknown_source_naming_indicator() {
    let fixture = Fixture::southampton().figures("CPP_rate", 2021, &[(852, 1.0)]).series_with("CPP_rate", 2021, |s| s.source = "nope".into());
    let err = parse_cpp(&fixture).unwrap_err();
    assert!(matches!(err, DataError::UnknownSource { ref context, ref id, .. } if context == "indicator CPP_rate, 2021" && id == "nope"), "{err}");
}

#[test]
fn corrupt_json_names_the_file() {
    let err = parse_figures("CPP_rate.json", "{\"format\":2,", &cpp(), &Fixture::southampton().catalogue()).unwrap_err();
    assert!(err.to_string().starts_with("CPP_rate.json: not valid dataset JSON"), "{err}");
}

#[test]
fn rejects_newer_format() {
    let mut catalogue = Fixture::southampton().raw_catalogue();
    catalogue.format = 99;
    let err = validate_catalogue("core.json", catalogue).unwrap_err();
    assert!(matches!(err, DataError::Format { found: 99, expected: crate::data::raw::FORMAT, .. }), "{err}");
}

#[test]
fn rejects_unknown_area_in_neighbour_model() {
    let err = catalogue_error(&Fixture::southampton().neighbours("2021", 852, &[123]));
    assert!(matches!(err, DataError::UnknownArea { code: 123, .. }), "{err}");
}

#[test]
fn rejects_unknown_region_naming_the_council() {
    let err = catalogue_error(&Fixture::southampton().council(851, "Portsmouth", Some(990)));
    assert_eq!(err.to_string(), "core.json: area 851 region refers to unknown area 990");
}

#[test]
fn rejects_an_area_listed_twice() {
    let err = catalogue_error(&Fixture::southampton().england());
    assert!(matches!(err, DataError::Duplicate { what: "area", ref code, .. } if code == "970"), "{err}");
}

#[test]
fn rejects_unknown_polarity() {
    let err = catalogue_error(&Fixture::southampton().indicator_with("X", |i| i.polarity = "up".into()));
    assert!(matches!(err, DataError::BadField { field: "polarity", .. }), "{err}");
}
