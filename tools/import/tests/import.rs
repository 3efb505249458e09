//! End-to-end importer tests: on the published files in `../shared/data`
//! (marked ignored, as a plain `cargo test` may run without them; CI runs them
//! with `--include-ignored`), and on small malformed fixtures.

use std::io::Write;
use std::path::{Path, PathBuf};

use childstats::data::raw::{RawCatalogue, RawFileRef, RawValue};
use import::build;
use import::build::files::stale_files;
use import::read::csc::{read_column, CscColumn};
use import::read::geography::GeographyNames;
use import::read::lait::read_lait;
use import::read::population::read_population;
use import::report::Skips;
use import::sources::{CSC_D5, LAIT_2026_04};

/// The published files: `SHARED_DATA`, or `../shared/data` beside the repo.
fn shared_data() -> PathBuf {
    let dir = std::env::var_os("SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    assert!(dir.is_dir(), "no published source files at {} (set SHARED_DATA)", dir.display());
    dir
}

#[test]
#[ignore = "needs ../shared/data"]
fn committed_datasets_equal_a_fresh_import_and_imports_are_deterministic() {
    let data = shared_data();
    let first = build::files(&build::run(&data).unwrap());
    let second = build::files(&build::run(&data).unwrap());
    assert!(first == second, "two imports of the same files differ");
    let bundle = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    for (name, text) in &first {
        let committed = std::fs::read_to_string(bundle.join(name)).unwrap_or_default();
        assert!(committed == *text, "public/data/{name} differs from a fresh import: run `./dev import`");
    }
    let extra = stale_files(&bundle, &first).unwrap();
    assert!(extra.is_empty(), "public/data holds files a fresh import does not write: {extra:?} (run `./dev import`)");
}

/// Southampton's (852) bundled value and period label for `code` in `year`,
/// and the source file and row the import chose it from.
fn southampton(import: &build::Import, code: &str, year: u16) -> (RawValue, String, String) {
    let position = import.core.areas.iter().position(|a| a.code == 852).unwrap();
    let figures = import.figures.iter().find(|f| f.indicator == code).unwrap();
    let series = figures.years.iter().find(|s| s.year == year).unwrap_or_else(|| panic!("{code} has no {year}"));
    let period = series.exceptions.iter().flatten().find(|e| e.area == 852).and_then(|e| e.period.clone());
    let origin = &import.chosen[&(code.to_string(), year, 852)].observation.origin;
    (series.values[position].clone(), period.unwrap_or_else(|| series.period.clone()), format!("{} row {}", origin.source.id, origin.row))
}

#[test]
#[ignore = "needs ../shared/data"]
fn the_april_2026_release_s_2025_figures_are_bundled_as_published() {
    let import = build::run(&shared_data()).unwrap();
    let n = RawValue::Number;
    // Known values, each checked by eye against lait_bds_2026-04.csv.gz.
    assert_eq!(southampton(&import, "CPP_rate", 2025), (n(57.3), "2025".into(), "lait-2026-04 row 131534".into()));
    assert_eq!(southampton(&import, "LAC", 2025), (n(90.0), "2025".into(), "lait-2026-04 row 90564".into()));
    assert_eq!(southampton(&import, "CIN", 2025), (n(386.9), "2025".into(), "lait-2026-04 row 110964".into()));
    // Labels that end in 2025: provisional, revised, financial year outturn.
    assert_eq!(southampton(&import, "KS1P_all", 2025), (n(78.0), "2025 (prov)".into(), "lait-2026-04 row 159924".into()));
    assert_eq!(southampton(&import, "A3A", 2025).1, "2025 (Rev)");
    assert_eq!(southampton(&import, "C&YPExpenditure", 2025), (n(64_237_607.0), "2024-25 (OT)".into(), "lait-2026-04 row 13384".into()));
    // The older release still fills 2015, which the newer lacks.
    assert_eq!(southampton(&import, "CPP_rate", 2015), (n(67.7), "2015".into(), "lait-2024-11 row 124734".into()));

    let with_2025 = import.figures.iter().filter(|f| f.years.iter().any(|s| s.year == 2025)).count();
    assert!(with_2025 >= 290, "only {with_2025} indicators have a 2025 figure");
    // The years run to the latest any figure ends in: pupil premium's financial year 2025-26.
    assert_eq!(import.core.years, (2014..=2026).collect::<Vec<_>>());
    assert_eq!(southampton(&import, "Premium", 2026).1, "2025-26");
}

#[test]
#[ignore = "needs ../shared/data"]
fn derived_cpp_rate_reproduces_dfe_published_rates() {
    // The 2014 rates are derived; check the method against years DfE published.
    let data = shared_data();
    let import = build::run(&data).unwrap();
    let names = GeographyNames::new(
        import.core.areas.iter().filter(|a| a.kind != "la").map(|a| (a.code, a.name.clone())),
    );
    let mut skips = Skips::default();
    let spec = CscColumn { source: &CSC_D5, column: "CPP_At31", filter: None, indicator: "CPP_Num" };
    let counts = read_column(&data, &spec, &names, &mut skips).unwrap();
    let population = read_population(&data, &names, &mut skips).unwrap();
    let (mut compared, mut matched) = (0, 0);
    for c in counts.iter().filter(|c| (2016..=2024).contains(&c.year)) {
        let (Some(n), Some(&(pop, _))) = (c.value.number(), population.get(&(c.area, c.year - 1))) else { continue };
        let Some(published) = import.chosen.get(&("CPP_rate".into(), c.year, c.area)).and_then(|p| p.observation.value.number()) else { continue };
        compared += 1;
        if ((n / pop * 10_000.0) - published).abs() <= 0.051 {
            matched += 1;
        }
    }
    eprintln!("derived method reproduced {matched} of {compared} published CPP rates (2016-2024)");
    assert!(compared > 1000, "only {compared} published rates to compare");
    // At the time of writing every one matches; allow for a future population revision or two.
    assert!(matched * 100 >= compared * 99, "method reproduced only {matched} of {compared} published rates");
}

fn write_gz(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut gz = flate2::write::GzEncoder::new(std::fs::File::create(path).unwrap(), flate2::Compression::fast());
    gz.write_all(text.as_bytes()).unwrap();
    gz.finish().unwrap();
}

#[test]
fn malformed_lait_rows_are_skipped_and_counted_with_row_and_value() {
    let dir = tempfile::tempdir().unwrap();
    write_gz(
        &dir.path().join("lait/lait_bds_2026-04.csv.gz"),
        "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n\
         CPP_rate,Rate of children,2021,Southampton,62.299999999999997,852.0,South East\n\
         CPP_rate,,0,Southampton,1,852.0,South East\n\
         CPP_rate,,2021,Nowhere,1,abc,South East\n\
         CPP_rate,,2022,Southampton,lots,852.0,South East\n\
         CPP_rate,,2010,Southampton,5,852.0,South East\n\
         CPP_rate,,2022,Southampton,-,852.0,South East\n",
    );
    let mut skips = Skips::default();
    let release = read_lait(dir.path(), &LAIT_2026_04, &mut skips).unwrap();
    assert_eq!(release.observations.len(), 2);
    assert_eq!(release.observations[0].value.number(), Some(62.3));
    assert_eq!(release.observations[0].origin.row, 2);
    let report = skips.to_string();
    assert!(report.contains("unparseable period label: 1 (first at row 3: \"0\")"), "{report}");
    assert!(report.contains("unparseable LA number: 1 (first at row 4: \"abc\")"), "{report}");
    assert!(report.contains("unparseable value: 1 (first at row 5: \"lots\")"), "{report}");
    assert!(report.contains("period ends before 2014: 1"), "{report}");
}

#[test]
fn missing_column_is_an_error_naming_file_and_column() {
    let dir = tempfile::tempdir().unwrap();
    write_gz(&dir.path().join("lait/lait_bds_2026-04.csv.gz"), "Short Desc,Years\nCPP_rate,2021\n");
    let err = read_lait(dir.path(), &LAIT_2026_04, &mut Skips::default()).err().unwrap();
    assert_eq!(err.to_string(), "lait/lait_bds_2026-04.csv.gz: missing column \"Data item\"");
}

#[test]
fn missing_source_folder_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = build::run(dir.path()).err().unwrap().to_string();
    assert!(err.starts_with("lait/lait_data_dictionary.csv:"), "{err}");
}

fn empty_catalogue() -> RawCatalogue {
    RawCatalogue {
        format: 3,
        data_version: String::new(),
        years: vec![],
        sources: vec![],
        indicators: vec![],
        areas: vec![],
        neighbour_models: vec![],
        about: RawFileRef { file: String::new(), hash: String::new() },
    }
}

/// The hand-edited figures file is read by the app's own reader of a
/// person's figures: a row it would refuse stops the import with its line
/// (rather than the app dropping the figure without a word), and a good file
/// is bundled as it is.
#[test]
fn a_reported_figure_the_reader_refuses_stops_the_import_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let figures = dir.path().join("data/reported/figures.csv");
    std::fs::create_dir_all(figures.parent().unwrap()).unwrap();
    let empty = RawCatalogue { years: vec![2024], ..empty_catalogue() };
    let header = "indicator,area,period,period_end,value,source,note,section,other_area,measure_name\n";
    let good = format!("{header}visits,,2024,,3,Report (2024),three visits,,Statistical neighbour average,Visits\n");
    std::fs::write(&figures, &good).unwrap();
    assert_eq!(build::reported_csv(dir.path(), &empty).unwrap().as_deref(), Some(good.as_str()));
    std::fs::write(&figures, format!("{good}NOPE,,2024,,1,Report (2024),q,,Statistical neighbour average,\nvisits,,2024,,x,,,,Elsewhere,\n")).unwrap();
    let err = build::reported_csv(dir.path(), &empty).unwrap_err().to_string();
    assert!(err.starts_with("data/reported/figures.csv: line 3: \u{2018}NOPE\u{2019} is not a published indicator code"), "{err}");
    assert!(err.ends_with("(and 1 more problems)"), "{err}");
}
