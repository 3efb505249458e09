//! Plain-English summaries and CSV downloads, across the bundled data.

use childstats::data::{AreaCode, AreaKind, IndicatorCode, Polarity};
use childstats::model::compare::{compare, default_compare_year};
use childstats::model::export::{comparison_csv, file_stem, series_csv, CSV_HEADER};
use childstats::model::selection::Selection;
use childstats::model::series::build_series;
use childstats::model::summary::{summarise_comparison, summarise_trend};

mod common;
use common::{dataset, default_view, y};

#[test]
fn southampton_child_protection_summary_reads_as_the_brief_asks() {
    let d = dataset();
    let ind = d.catalogue.indicator(&IndicatorCode::new("CPP_rate")).unwrap();
    // To 2024: the year these words were checked against DfE's tables.
    let sel = Selection { region: false, to: y(2024), ..default_view() };
    let text = summarise_trend(d, ind, &sel);
    assert!(
        text.ends_with(
            "in Southampton: 54.6 per 10,000 at 31 March 2024, down from 63.0 a year earlier. \
             This is lower than the statistical neighbour average (59.3) and higher than England (41.4)."
        ),
        "{text}"
    );
    assert!(!text.contains("improve") && !text.contains("worse"), "no polarity, no verdict: {text}");
}

#[test]
fn polarity_words_appear_only_where_the_measure_has_a_polarity() {
    let d = dataset();
    let ind = d.catalogue.indicator(&IndicatorCode::new("ReReferral")).unwrap();
    assert_eq!(ind.polarity, Polarity::LowerIsBetter);
    let text = summarise_trend(d, ind, &Selection { indicator: ind.code.clone(), to: y(2024), ..default_view() });
    // Southampton's re-referrals went from 22.8% to 24.8%: up, and worse.
    assert!(text.contains("24.8% of referrals in 2024, up from 22.8% a year earlier, which has worsened."), "{text}");
}

/// Numbers in a text, as written (with separators and decimals).
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || (!current.is_empty() && (c == '.' || c == ',')) {
            current.push(c);
        } else if !current.is_empty() {
            out.push(current.trim_end_matches(['.', ',']).to_string());
            current.clear();
        }
    }
    out
}

#[test]
fn summaries_across_indicators_and_councils_are_well_formed() {
    let d = dataset();
    let areas: Vec<AreaCode> = d
        .catalogue
        .areas()
        .iter()
        .filter(|a| a.kind == AreaKind::LocalAuthority)
        .step_by(7)
        .map(|a| a.code)
        .chain([AreaCode(852), AreaCode(940), AreaCode(837)])
        .collect();
    let mut checked = 0;
    for ind in d.catalogue.indicators() {
        for &area in &areas {
            let sel = Selection { indicator: ind.code.clone(), focus: area, ..default_view() };
            let text = summarise_trend(d, ind, &sel);
            checked += 1;
            for bad in ["NaN", "inf", "()", "  "] {
                assert!(!text.contains(bad), "{} {area}: {bad:?} in {text}", ind.code);
            }
            // No negative zero: a "-" before a number that is all zeros.
            for (i, _) in text.match_indices('-') {
                let rest: String = text[i + 1..].chars().take_while(|c| c.is_ascii_digit() || *c == '.').collect();
                assert!(rest.is_empty() || rest.trim_end_matches('.').chars().any(|c| c.is_ascii_digit() && c != '0'), "{} {area}: -{rest} in {text}", ind.code);
            }
            let latest = d.catalogue.years.iter().rev().find_map(|yr| d.cell(&ind.code, area, yr).value.ok());
            match latest {
                None => assert!(text.starts_with("There are no figures"), "{} {area}: {text}", ind.code),
                Some(v) => {
                    // The focus's latest figure is there, rounded to the indicator's decimals.
                    let shown = childstats::model::format::with_separators(v, ind.decimals);
                    assert!(text.contains(&shown), "{} {area}: {shown} missing from {text}", ind.code);
                }
            }
            // Every decimal number has the indicator's decimals: no float noise, no lost digits.
            for n in numbers(&text).iter().filter(|n| n.contains('.')) {
                let decimals = n.split('.').nth(1).unwrap().len();
                assert_eq!(decimals, usize::from(ind.decimals), "{} {area}: {n} in {text}", ind.code);
            }
            let verdict = text.contains("improvement") || text.contains("worsened");
            if ind.polarity == Polarity::Neither {
                assert!(!verdict, "{} has no polarity: {text}", ind.code);
            }
        }
    }
    assert!(checked > 5000, "{checked}");
}

#[test]
fn missing_focus_figures_are_said_plainly_never_as_zero() {
    let d = dataset();
    let ind = d.catalogue.indicator(&IndicatorCode::new("CPP_rate")).unwrap();
    // Bournemouth before reorganisation has no figures after 2019.
    let sel = Selection { focus: AreaCode(837), from: y(2021), to: y(2024), ..default_view() };
    let text = summarise_trend(d, ind, &sel);
    assert!(text.starts_with("There are no figures for Bournemouth (Pre LG)"), "{text}");
    assert!(text.contains("the council did not exist in this year"), "{text}");
    assert!(!numbers(&text).iter().any(|n| n == "0" || n == "0.0"), "{text}");
}

#[test]
fn comparison_summary_gives_rank_and_band_in_words() {
    let d = dataset();
    let ind = d.catalogue.indicator(&IndicatorCode::new("ReReferral")).unwrap();
    let sel = Selection { indicator: ind.code.clone(), ..default_view() };
    let c = compare(d, ind, &sel, default_compare_year(d, ind, &sel).unwrap());
    let text = summarise_comparison(&c, ind, "Southampton");
    assert!(text.contains(&format!("of {} councils, where 1st is the lowest and lowest is best", c.of)), "{text}");
    assert!(text.contains("quartile band"), "{text}");
}

#[test]
fn csv_holds_exactly_the_values_shown_in_tidy_columns() {
    let d = dataset();
    let ind = d.catalogue.indicator(&IndicatorCode::new("CPP_rate")).unwrap();
    let sel = Selection { neighbours: vec![AreaCode(851)], to: y(2024), ..default_view() };
    let series = build_series(d, ind, &sel);
    let text = series_csv(&series, ind);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), series.len() * sel.years().count());
    for r in &rows {
        let year = y(r[5].parse().unwrap());
        if r[1].starts_with("Statistical neighbour average") {
            assert_eq!(&r[0], "");
            assert!(r[9].starts_with("Simple mean of 10 of 10"), "{r:?}");
            continue;
        }
        let area = AreaCode(r[0].parse().unwrap());
        match d.cell(&ind.code, area, year).value {
            Ok(v) => {
                assert_eq!(r[6].parse::<f64>().unwrap(), v, "{r:?}");
                assert!(!r[9].is_empty() && r[8].is_empty(), "{r:?}");
            }
            Err(reason) => assert_eq!((&r[6], &r[8]), ("", reason.describe()), "{r:?}"),
        }
        assert_eq!((&r[2], &r[3], &r[7]), ("CPP_rate", ind.name.as_str(), "Rate per 10,000"));
    }
    // Southampton's derived 2014 figure names its source as derived.
    let derived = rows.iter().find(|r| &r[0] == "852" && &r[5] == "2014").unwrap();
    assert!(derived[9].starts_with("Rate computed by this app"), "{derived:?}");
    assert_eq!(file_stem("Southampton", ind, y(2014), y(2024)), "southampton-children-subject-child-protection-plan-rate-2014-2024");
}

#[test]
fn comparison_csv_lists_bars_then_missing() {
    let d = dataset();
    let ind = d.catalogue.indicator(&IndicatorCode::new("ReReferral")).unwrap();
    let sel = Selection { indicator: ind.code.clone(), scope: childstats::model::selection::CompareScope::AllCouncils, ..default_view() };
    let c = compare(d, ind, &sel, y(2024));
    let text = comparison_csv(&c, ind, "DfE LAIT");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(text.as_bytes()).records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), c.bars.len() + c.missing.len());
    assert!(rows.iter().any(|r| &r[1] == "England"));
}
