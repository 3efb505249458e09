//! The explorer's models on the bundled data: links, search, series,
//! comparison and table, as a councillor would use them.

use childstats::data::{AreaCode, IndicatorCode, MissingReason, Polarity, Year};
use childstats::model::compare::{compare, default_compare_year};
use childstats::model::query::{parse_query, print_query};
use childstats::model::rank::Band;
use childstats::model::search::search_indicators;
use childstats::model::selection::{CompareScope, NeighbourModelId, Selection, ValueAxis, View};
use childstats::model::series::{build_series, period_labels, Role, SeriesId};
use childstats::model::table::{sort_rows, table_rows, SortKey};

mod common;
use common::{dataset, default_view, y};

#[test]
fn link_round_trips_a_full_selection() {
    let d = dataset();
    let selection = Selection {
        indicator: IndicatorCode::new("CPP_Total_Rateper10,000"),
        focus: AreaCode(851),
        model: NeighbourModelId::May2025,
        neighbour_average: false,
        neighbours: d.catalogue.statistical_neighbours(AreaCode(851), "2025").unwrap()[..3].iter().map(|n| n.area).collect(),
        region: false,
        england: true,
        others: vec![AreaCode(852), AreaCode(921)],
        from: y(2019),
        to: y(2024),
        view: View::Compare,
        compare_year: Some(y(2022)),
        scope: CompareScope::AllCouncils,
        pack: vec![IndicatorCode::new("CPP_Total_Rateper10,000"), IndicatorCode::new("LAC")],
        local: Some("contacts_monthly".into()),
        axis: ValueAxis::Fit,
        set: childstats::model::overview::OverviewSet::Topic("Child Protection".into()),
    };
    let query = print_query(&selection);
    assert!(query.contains("axis=fit"), "{query}");
    let (parsed, problems) = parse_query(&query, &d.catalogue);
    assert_eq!(problems, []);
    assert_eq!(parsed, selection);
    // Codes with commas and percent signs survive.
    for code in ["RefBySource_Schl_%", "C&YPExpenditure"] {
        let s = Selection { indicator: IndicatorCode::new(code), ..default_view() };
        assert_eq!(parse_query(&print_query(&s), &d.catalogue).0.indicator.as_str(), code);
    }
}

#[test]
fn empty_link_is_the_default_view() {
    let (s, problems) = parse_query("", &dataset().catalogue);
    assert_eq!(s, default_view());
    assert!(problems.is_empty());
}

#[test]
fn malformed_links_keep_what_is_valid_and_say_what_is_not() {
    let d = dataset();
    let cases = [
        ("indicator=NOPE&area=851", "no indicator with the code"),
        ("area=999", "no English council"),
        ("area=970", "no English council"), // England is not a council to focus on
        ("area=abc", "no English council"),
        ("years=2024-2014", "not a range of years"),
        ("years=1990-2000", "not a range of years"),
        ("years=2014-99999999999999999999", "not a range of years"),
        ("view=pie", "Unknown view"),
        ("avg=maybe", "not on or off"),
        ("area=851&area=852", "repeats"),
        ("neighbours=970", "not one of this council"),
        ("add=1,2", "no area with the code"),
        ("%3Cscript%3E=1", "does not know"),
        ("model=1999", "Unknown statistical neighbour model"),
        ("year=2030", "not a year with figures"),
        ("axis=log", "Unknown axis"),
        ("set=topic:Nonsense", "no set of indicators"),
    ];
    for (query, expected) in cases {
        let (s, problems) = parse_query(query, &d.catalogue);
        assert!(problems.iter().any(|p| p.0.contains(expected)), "{query}: {problems:?}");
        assert!(d.catalogue.indicator(&s.indicator).is_some());
        assert!(d.catalogue.area(s.focus).is_some());
    }
    let (s, _) = parse_query("indicator=NOPE&area=851&view=table", &d.catalogue);
    assert_eq!((s.focus, s.view), (AreaCode(851), View::Table), "valid parts are kept");
    let (s, _) = parse_query("area=851&area=852", &d.catalogue);
    assert_eq!(s.focus, AreaCode(851), "the first of a repeated key is used");
}

#[test]
fn injected_markup_in_a_link_is_quoted_shortened_and_never_trusted() {
    let (_, problems) = parse_query("indicator=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", &dataset().catalogue);
    assert_eq!(problems.len(), 1);
    // The message quotes it as text; the UI renders messages as text nodes.
    assert!(problems[0].0.contains("<img src=x onerror=alert(1)>"));
    let long = "x".repeat(500);
    let (_, problems) = parse_query(&format!("indicator={long}"), &dataset().catalogue);
    assert!(problems[0].0.contains("too long"));
}

#[test]
fn neighbours_in_a_link_follow_the_model_order() {
    let d = dataset();
    let group: Vec<u16> = d.catalogue.statistical_neighbours(AreaCode(852), "2021").unwrap().iter().map(|n| n.area.0).collect();
    let (s, problems) = parse_query(&format!("neighbours={},{}", group[4], group[1]), &d.catalogue);
    assert!(problems.is_empty());
    assert_eq!(s.neighbours, [AreaCode(group[1]), AreaCode(group[4])]);
}

#[test]
fn searching_in_plain_words_finds_the_measures_councillors_ask_about() {
    let c = dataset();
    let first_codes = |q: &str, n: usize| -> Vec<String> { search_indicators(c, q, n).iter().map(|i| i.code.to_string()).collect() };
    assert!(first_codes("child protection", 5).contains(&"CPP_rate".to_string()), "{:?}", first_codes("child protection", 5));
    assert!(first_codes("looked after", 8).contains(&"LAC".to_string()), "{:?}", first_codes("looked after", 8));
    assert!(!first_codes("absence", 10).is_empty());
    for ind in search_indicators(c, "absence", 10) {
        let definition = c.about(&ind.code).map_or("", |a| a.definition.as_str());
        let text = format!("{} {} {}", ind.name, ind.topic, definition).to_lowercase();
        assert!(text.contains("absen"), "{} does not mention absence", ind.code);
    }
    assert!(first_codes("zzzz qqqq", 5).is_empty());
    assert!(first_codes("   ", 5).is_empty());
}

#[test]
fn default_series_are_focus_average_region_england_with_gaps_not_zeros() {
    let d = dataset();
    let ind = d.catalogue.indicator(&IndicatorCode::new("CPP_rate")).unwrap();
    let series = build_series(d, ind, &default_view());
    let roles: Vec<Role> = series.iter().map(|s| s.role).collect();
    assert_eq!(roles, [Role::Focus, Role::NeighbourAverage, Role::Region, Role::England]);
    assert_eq!(series[2].label, "South East");
    let bundled = d.catalogue.years.iter().count();
    assert!(series.iter().all(|s| s.points.len() == bundled));
    assert_eq!(series[0].value_in(y(2021)), Some(62.3));
    // A council before it existed is a gap with a reason, not a zero.
    let sel = Selection { focus: AreaCode(940), ..default_view() };
    let north_northants = build_series(d, ind, &sel);
    let p2016 = north_northants[0].points.iter().find(|p| p.year == y(2016)).unwrap();
    assert_eq!(p2016.value, Err(MissingReason::AreaDidNotExist));
}

#[test]
fn x_labels_are_published_period_labels() {
    let d = dataset();
    // Re-referrals are by financial year in LAIT's dictionary, but labelled by year;
    // an academic-year measure carries "2020/21"-style labels.
    let ind = d
        .catalogue
        .indicators()
        .iter()
        .find(|i| d.cell(&i.code, AreaCode::ENGLAND, y(2021)).period.is_some_and(|p| p.contains('/')))
        .expect("some indicator has academic-year labels");
    let series = build_series(d, ind, &Selection { indicator: ind.code.clone(), ..default_view() });
    let years: Vec<Year> = d.catalogue.years.iter().collect();
    let labels = period_labels(&series, &years);
    let label_2021 = &labels[years.iter().position(|x| *x == y(2021)).unwrap()];
    assert!(label_2021.contains('/'), "{} 2021 label {label_2021}", ind.code);
}

#[test]
fn comparison_ranks_focus_among_all_councils_with_band_by_polarity() {
    let d = dataset();
    let code = IndicatorCode::new("ReReferral"); // lower is better
    let ind = d.catalogue.indicator(&code).unwrap();
    assert_eq!(ind.polarity, Polarity::LowerIsBetter);
    // Up to 2024, the year these expectations were first checked against DfE's tables.
    let sel = Selection { indicator: code.clone(), view: View::Compare, to: y(2024), ..default_view() };
    let year = default_compare_year(d, ind, &sel).unwrap();
    assert_eq!(year, y(2024));
    let cmp = compare(d, ind, &sel, year);
    // Recount independently from the bundled cells.
    let focus_value = d.cell(&code, AreaCode::SOUTHAMPTON, year).value.unwrap();
    let councils: Vec<f64> = d
        .catalogue
        .areas()
        .iter()
        .filter(|a| a.kind == childstats::data::AreaKind::LocalAuthority && a.existed_in(year))
        .filter_map(|a| d.cell(&code, a.code, year).value.ok())
        .collect();
    let better = councils.iter().filter(|v| **v < focus_value).count();
    assert_eq!(cmp.of, councils.len());
    assert_eq!(cmp.focus_rank, Some(better + 1));
    assert!(cmp.rank_text(ind).unwrap().starts_with(&format!("{}", better + 1)));
    let expected_band = match better * 4 / councils.len() {
        0 => Band::A,
        1 => Band::B,
        2 => Band::C,
        _ => Band::D,
    };
    assert_eq!(cmp.focus_band, Some(expected_band));
    // Neighbours scope: focus, ten neighbours, average, region and England.
    assert_eq!(cmp.bars.len() + cmp.missing.len(), 14);
    assert!(cmp.bars.windows(2).all(|w| w[0].value <= w[1].value), "best (lowest) first");
    assert_eq!(cmp.bars.iter().filter(|b| b.role == Role::Focus).count(), 1);
}

#[test]
fn comparison_without_polarity_has_no_band() {
    let d = dataset();
    let ind = d.catalogue.indicator(&IndicatorCode::new("CPP_rate")).unwrap();
    let sel = Selection { scope: CompareScope::AllCouncils, ..default_view() };
    let cmp = compare(d, ind, &sel, y(2024));
    assert_eq!(cmp.focus_band, None);
    assert!(cmp.focus_rank.is_some());
    assert!(cmp.rank_text(ind).unwrap().contains("highest of"));
    assert!(cmp.bars.len() >= 150, "all councils plus references: {}", cmp.bars.len());
    assert!(cmp.bars.iter().any(|b| b.id == SeriesId::NeighbourAverage));
}

#[test]
fn table_changes_and_sorting() {
    let d = dataset();
    let ind = d.catalogue.indicator(&IndicatorCode::new("CPP_rate")).unwrap();
    let series = build_series(d, ind, &Selection { to: y(2024), ..default_view() });
    let mut rows = table_rows(&series, ind);
    let focus = &rows[0];
    let prev = focus.since_previous.unwrap();
    assert_eq!((prev.from, prev.to), (y(2023), y(2024)));
    assert!((prev.delta - (54.6 - 63.0)).abs() < 1e-9);
    assert_eq!(prev.describe(ind), "down 8.4", "no better/worse wording without polarity");
    let first = focus.since_first.unwrap();
    assert_eq!(first.from, y(2014));
    sort_rows(&mut rows, SortKey::Year(y(2024)), true);
    let values: Vec<f64> = rows.iter().filter_map(|r| r.series.value_in(y(2024))).collect();
    assert!(values.windows(2).all(|w| w[0] <= w[1]));
    sort_rows(&mut rows, SortKey::Name, true);
    assert_eq!(rows[0].series.label, "England");
}

#[test]
fn share_and_embed_links_carry_the_data_version() {
    use childstats::model::query::{parse_extras, print_link, LinkExtras};
    let d = dataset();
    let extras = LinkExtras { embed: true, data_version: Some(d.catalogue.data_version.clone()), theme: Some(childstats::model::theme::Theme::Dark) };
    let link = print_link(&default_view(), &extras);
    let (selection, problems) = parse_query(&link, &d.catalogue);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(selection, default_view());
    assert_eq!(parse_extras(&link), extras);
    assert!(!parse_extras(&link).is_stale(&d.catalogue.data_version));
    assert!(parse_extras("v=0123abcd").is_stale(&d.catalogue.data_version));
    // A made-up version is ignored, not shown.
    assert_eq!(parse_extras("v=%3Cscript%3E&embed=yes"), LinkExtras::default());
    assert!(parse_extras("embed=1&embed=0").data_version.is_none());
    assert!(parse_extras("embed=1&embed=0").embed);
}
