//! Southampton's figures reported to its partnership and panel, one set in
//! the own-figures CSV format (`data/reported/figures.csv`, bundled as
//! `public/data/reported.csv`), read by the same reader as a person's file:
//! every quote is verbatim in its seed document and every value is in its
//! quote (the seeds are in `../shared/seeds`, present in CI, so that test is
//! `#[ignore]`d and run with `--include-ignored`), and they link to the
//! bundled datasets.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use childstats::data::load::load_dir;
use childstats::data::own_figures::write_own_figures;
use childstats::data::{AreaCode, IndicatorCode, Year};

mod common;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn reported() -> &'static childstats::data::reported::ReportedFile {
    common::reported()
}

/// Each document the set quotes, as its `source` column names it, and its
/// file among the seeds (docs/data.md lists them with their kind).
const SEED_DOCUMENTS: [(&str, &str); 5] = [
    ("Southampton Safeguarding Children Partnership Yearly Report (2024)", "000_5895c9fefd03e05c.txt"),
    ("Southampton Safeguarding Children Partnership Annual Report 2020/2021 (2021)", "001_f52d462b267f5968.txt"),
    ("How safe are Children in Southampton? (2015-09-16)", "002_a882c3aa9269a92a.txt"),
    ("CHILDREN AND FAMILIES SCRUTINY PANEL (2024-09-26)", "003_bad3b9073482ca66.txt"),
    ("CHILDREN AND FAMILIES SCRUTINY PANEL (2024-08-08)", "004_41e7f3da12eebc0c.txt"),
];
/// The seed documents beside the repo, as in CI; the tests that read them
/// are ignored by default and run with `--include-ignored`.
fn seeds() -> PathBuf {
    let dir = repo().join("../shared/seeds");
    assert!(dir.is_dir(), "the seed documents are not at {}", dir.display());
    dir
}

/// The number a value is written as: "45.7%" → 45.7, "1,556" → 1556.
fn number_in(text: &str) -> Option<f64> {
    text.trim().trim_end_matches('%').replace(',', "").parse().ok()
}

#[test]
#[ignore = "needs ../shared/seeds"]
fn every_quote_is_verbatim_in_its_document_and_every_value_in_its_quote() {
    let dir = seeds();
    let file = reported();
    assert_eq!(file.figures.len(), 490);
    let mut checked = 0;
    for (source, seed) in SEED_DOCUMENTS {
        let text = std::fs::read_to_string(dir.join(seed)).unwrap_or_else(|e| panic!("{seed}: {e}"));
        let doc = file.documents.iter().find(|d| d.title == source).unwrap_or_else(|| panic!("no figure names {source:?}"));
        for (i, f) in file.figures.iter().enumerate().filter(|(_, f)| f.document == doc.id) {
            assert!(text.contains(&f.quote), "figure {i}: quote not verbatim in {seed}: {:?}", f.quote);
            assert!(f.quote.contains(&f.value_text), "figure {i}: {:?} not in its quote", f.value_text);
            assert_eq!(number_in(&f.value_text), Some(f.value), "figure {i}: value {} is not {:?}", f.value, f.value_text);
            checked += 1;
        }
    }
    assert_eq!(checked, file.figures.len(), "every figure names one of the seed documents");
}

#[test]
fn the_bundled_set_is_its_curated_source_and_what_export_writes() {
    let text = |path: &str| std::fs::read_to_string(repo().join(path)).unwrap();
    let bundled = text("public/data/reported.csv");
    assert_eq!(bundled, text("data/reported/figures.csv"), "run ./dev import");
    // The same file a person gets when they download a set: nothing held is lost.
    assert!(write_own_figures(reported()) == bundled, "the set written back differs from the file");
}

#[test]
fn the_bundled_set_reads_490_figures_each_with_its_document_section_and_quote() {
    let file = reported();
    assert_eq!((file.figures.len(), file.documents.len(), file.local_indicators.len()), (490, 5, 173));
    let find = |period: &str, code: &str| file.figures.iter().find(|f| f.period == period && (f.indicator.as_deref() == Some(code) || f.local_indicator.as_deref() == Some(code))).unwrap();
    let lac = find("Q4 2020/2021", "LAC");
    assert_eq!((lac.value, lac.value_text.as_str(), lac.area_code, lac.year), (97.0, "97", Some(852), Some(2021)));
    assert_eq!(file.document_title(&lac.document), "Southampton Safeguarding Children Partnership Annual Report 2020/2021 (2021)");
    let contacts = find("Mar 22", "contacts_monthly");
    assert_eq!((contacts.value, contacts.period_end.as_deref()), (1785.0, Some("2022-03-31")));
    assert!(contacts.quote.starts_with("Number of contacts in the month 1785"), "{}", contacts.quote);
    assert!(contacts.section.starts_with("Outcome 5: front door performance data"), "{}", contacts.section);
    // A comparison no code names, and a figure the report gives no date for.
    let average = file.figures.iter().find(|f| f.area == "Statistical neighbour average" && f.local_indicator.as_deref() == Some("ks4_attainment8")).unwrap();
    assert_eq!((average.area_code, average.period_end.as_deref(), average.period.as_str()), (None, None, "not stated"));
    // A conflict inside a document, found when curating, is kept with the figure.
    assert_eq!(file.figures.iter().filter(|f| f.measure_as_reported.contains("CONFLICT")).count(), 6);
    let measure = file.local_indicators.iter().find(|l| l.id == "contacts_monthly").unwrap();
    assert_eq!((measure.unit.as_str(), measure.polarity.as_str(), measure.frequency.as_str()), ("number of contacts", "neither", "monthly"));
    assert!(measure.definition.starts_with("Number of contacts received in the month"), "{}", measure.definition);
}

#[test]
fn figures_link_to_known_indicators_and_areas() {
    let dataset = load_dir(&repo().join("public/data")).unwrap();
    let file = reported();
    let local: HashSet<&str> = file.local_indicators.iter().map(|l| l.id.as_str()).collect();
    for (i, f) in file.figures.iter().enumerate() {
        match (&f.indicator, &f.local_indicator) {
            (Some(code), None) => assert!(dataset.catalogue.indicator(&IndicatorCode::new(code.as_str())).is_some(), "figure {i}: {code}"),
            (None, Some(id)) => assert!(local.contains(id.as_str()), "figure {i}: local indicator {id}"),
            other => panic!("figure {i}: exactly one of indicator and local_indicator: {other:?}"),
        }
        if let Some(code) = f.area_code {
            assert!(dataset.catalogue.area(AreaCode(code)).is_some(), "figure {i}: area {code}");
        }
        if let (Some(year), Some(end)) = (f.year, &f.period_end) {
            assert!(end.starts_with(&year.to_string()), "figure {i}: year {year} vs period end {end}");
        }
    }
}

#[test]
fn looked_after_rate_2021_was_reported_as_97_and_is_published_as_100() {
    let dataset = load_dir(&repo().join("public/data")).unwrap();
    let file = reported();
    let reported = file
        .figures
        .iter()
        .find(|f| f.indicator.as_deref() == Some("LAC") && f.area_code == Some(852) && f.year == Some(2021))
        .expect("the 2020/21 report gives the rate at 31 March 2021");
    assert_eq!(reported.value, 97.0);
    let published = dataset.cell(&IndicatorCode::new("LAC"), AreaCode(852), Year::new(2021).unwrap()).value.unwrap();
    assert_eq!(published, 100.0);
}

#[test]
fn reported_points_place_local_figures_on_published_charts_and_say_why_they_differ() {
    use childstats::data::reported::reported_points;
    let dataset = load_dir(&repo().join("public/data")).unwrap();
    let file = reported();
    let lac = dataset.catalogue.indicator(&IndicatorCode::new("LAC")).unwrap();
    let years: Vec<Year> = dataset.catalogue.years.iter().collect();
    let points = reported_points(&file, &dataset, lac, AreaCode(852), &years);
    let p2021 = points.iter().find(|p| p.year == Year::new(2021).unwrap()).expect("2021 reported");
    assert_eq!((p2021.value, p2021.published), (97.0, Some(100.0)));
    assert!(p2021.why_different(&lac.unit).contains("current population estimates"));
    assert!(p2021.document.contains("2020/2021"));
    // Only this council's figures, only in the years asked for.
    assert!(reported_points(&file, &dataset, lac, AreaCode(851), &years).is_empty());
    assert!(reported_points(&file, &dataset, lac, AreaCode(852), &[Year::new(2016).unwrap()]).is_empty());
}

#[test]
fn local_series_orders_periods_in_time_with_a_row_per_area() {
    use childstats::data::reported::local_series;
    let file = reported();
    let series = local_series(&file, "contacts_monthly");
    let expected: Vec<_> = {
        let mut f: Vec<_> = file.figures.iter().filter(|f| f.local_indicator.as_deref() == Some("contacts_monthly")).collect();
        f.sort_by(|a, b| a.period_end.cmp(&b.period_end));
        f.into_iter().map(|f| (f.period.clone(), f.value)).collect()
    };
    assert_eq!(series.periods.len(), expected.len());
    assert_eq!(series.areas.len(), 1);
    let (area, values) = &series.areas[0];
    assert_eq!(area, "Southampton");
    for (i, (period, value)) in expected.iter().enumerate() {
        assert_eq!((&series.periods[i], values[i]), (period, Some(*value)));
    }
    assert!(local_series(&file, "no such measure").periods.is_empty());
}

#[test]
fn local_measures_are_found_by_words_like_published_ones() {
    use childstats::model::search::search_local;
    let file = reported();
    let ids = |q: &str| search_local(&file, q, 20).iter().map(|l| l.id.clone()).collect::<Vec<_>>();
    assert!(ids("contacts").iter().all(|id| id.starts_with("contacts")), "{:?}", ids("contacts"));
    assert!(ids("contacts").contains(&"contacts_monthly".to_string()));
    assert!(ids("children in care").contains(&"lac_number_monthly".to_string()), "{:?}", ids("children in care"));
    assert!(ids("section 47 conference").contains(&"s47_to_icpc_pct_monthly".to_string()));
    assert!(ids("   ").is_empty());
    assert!(ids("zebra crossing").is_empty());
}
