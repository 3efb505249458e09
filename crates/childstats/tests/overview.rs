//! The overview on the bundled data: every indicator of a set for a council,
//! with its spread among councils, spine oriented by polarity, and its text.

use childstats::data::{AreaCode, IndicatorCode, Polarity};
use childstats::model::overview::{overview, overview_csv, sort_overview, spread, OverviewSet, OverviewSort};

mod common;
use common::dataset;

#[test]
fn the_spread_is_the_lowest_quartiles_median_and_highest() {
    let s = spread(&[4.0, 1.0, 3.0, 2.0, 5.0]).unwrap();
    assert_eq!((s.low, s.q1, s.median, s.q3, s.high, s.of), (1.0, 2.0, 3.0, 4.0, 5.0, 5));
    let s = spread(&[10.0, 20.0]).unwrap();
    assert_eq!((s.q1, s.median, s.q3), (12.5, 15.0, 17.5));
    assert_eq!(spread(&[]), None);
    assert_eq!(spread(&[f64::NAN]), None);
}

#[test]
fn the_ready_made_set_for_southampton_has_a_row_each_with_its_spread_and_a_spine_text() {
    let d = dataset();
    let codes = OverviewSet::ReadyMade.codes(d, &[]);
    let rows = overview(d, &codes, AreaCode(852), "2021");
    assert_eq!(rows.len(), codes.len());
    let cpp = rows.iter().find(|r| r.entry.indicator.code.as_str() == "CPP_rate").expect("CPP_rate row");
    let s = cpp.spread.expect("a spread");
    let (_, value, _) = cpp.entry.latest.clone().unwrap();
    assert!(s.low <= value && value <= s.high && s.q1 <= s.median && s.median <= s.q3);
    let text = cpp.spine_text("Southampton");
    assert!(text.starts_with("Southampton "), "{text}");
    assert!(text.contains("England ") && text.contains("councils range "), "{text}");
}

#[test]
fn better_is_always_to_the_right_of_the_spine() {
    let d = dataset();
    let rows = overview(d, &OverviewSet::ReadyMade.codes(d, &[]), AreaCode(852), "2021");
    for r in rows.iter().filter(|r| r.spread.is_some()) {
        let s = r.spread.unwrap();
        let (low, high) = (r.position(s.low).unwrap(), r.position(s.high).unwrap());
        match r.entry.indicator.polarity {
            Polarity::LowerIsBetter => assert!(low > high, "{}: the lowest (best) is on the right", r.entry.indicator.code),
            _ => assert!(low <= high, "{}", r.entry.indicator.code),
        }
    }
}

#[test]
fn sorting_by_band_puts_band_d_first_and_by_name_alphabetically() {
    let d = dataset();
    let mut rows = overview(d, &OverviewSet::ReadyMade.codes(d, &[]), AreaCode(852), "2021");
    sort_overview(&mut rows, OverviewSort::Band);
    let bands: Vec<_> = rows.iter().map(|r| r.entry.band.map(|b| b.letter())).collect();
    let first_none = bands.iter().position(Option::is_none).unwrap_or(bands.len());
    assert!(bands[..first_none].windows(2).all(|w| w[0] >= w[1]), "{bands:?}");
    sort_overview(&mut rows, OverviewSort::Name);
    let names: Vec<String> = rows.iter().map(|r| r.entry.indicator.name.to_ascii_lowercase()).collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn a_set_by_topic_or_link_code_and_the_csv() {
    let d = dataset();
    let topics: Vec<String> = d.catalogue.indicators().iter().map(|i| i.topic.clone()).collect();
    let cpp_topic = d.catalogue.indicator(&IndicatorCode::new("CPP_rate")).unwrap().topic.clone();
    let set = OverviewSet::from_code(&format!("topic:{cpp_topic}"), &topics).unwrap();
    assert_eq!(OverviewSet::from_code(&set.code(), &topics), Some(set.clone()));
    assert!(set.codes(d, &[]).iter().any(|c| c.as_str() == "CPP_rate"));
    assert_eq!(OverviewSet::from_code("topic:Nonsense", &topics), None);
    assert_eq!(OverviewSet::Pack.codes(d, &[IndicatorCode::new("LAC")]), [IndicatorCode::new("LAC")]);
    let rows = overview(d, &[IndicatorCode::new("CPP_rate")], AreaCode(852), "2021");
    let csv = overview_csv(&rows, "Southampton");
    assert_eq!(csv.lines().count(), 2);
    assert!(csv.lines().nth(1).unwrap().starts_with("CPP_rate,"), "{csv}");
}

#[test]
fn the_summary_counts_every_indicator_once_by_band_and_by_last_years_change() {
    use childstats::model::change::Verdict;
    use childstats::model::overview::overview_summary;
    use childstats::model::rank::Band;
    let d = dataset();
    let rows = overview(d, &OverviewSet::ReadyMade.codes(d, &[]), AreaCode(852), "2021");
    let text = overview_summary(&rows, "Southampton");
    let bands = |b: Option<Band>| rows.iter().filter(|r| r.entry.band == b).count();
    assert!(text.starts_with(&format!("Southampton, on {} indicators: band A (the best quarter of councils) on {}, B on {}, C on {} and D (the worst quarter) on {}",
        rows.len(), bands(Some(Band::A)), bands(Some(Band::B)), bands(Some(Band::C)), bands(Some(Band::D)))), "{text}");
    let unbanded = bands(None);
    assert_eq!(text.contains("no band"), unbanded > 0, "{text}");
    let better = rows.iter().filter(|r| r.entry.change_1y.as_ref().is_some_and(|c| c.verdict == Some(Verdict::Better))).count();
    assert!(text.contains(&format!("Since the year before, {better} got better")), "{text}");
    let source = childstats::model::overview::overview_source(&rows, "abc123");
    assert!(source.starts_with("Sources: ") && source.contains("(data version abc123)") && source.contains("Open Government Licence v3.0"), "{source}");
    let owners: Vec<&str> = source["Sources: ".len()..].split(", via the").next().unwrap().split("; ").collect();
    for r in &rows {
        assert_eq!(owners.iter().filter(|o| **o == r.entry.indicator.owner()).count(), 1, "{source}");
    }
    assert_eq!(overview_summary(&[], "Southampton"), "Southampton, on 0 indicators: band A (the best quarter of councils) on 0, B on 0, C on 0 and D (the worst quarter) on 0.");
}
