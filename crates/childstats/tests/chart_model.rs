//! The chart model on the bundled data: one model per selection, read by the
//! page, the downloads, the embed and the pack, so they cannot disagree.

use childstats::data::{AreaCode, IndicatorCode};
use childstats::model::chart::{ChartModel, Figure};
use childstats::model::local::{local_chart, reported_area_role};
use childstats::model::query::parse_query;
use childstats::model::selection::{Selection, View};
use childstats::model::series::Role;
use childstats::model::share::{embed_snippet, share_link};
use childstats::model::theme::Theme;

mod common;
use common::{dataset, y};

fn model_of(query: &str) -> ChartModel {
    let d = dataset();
    let (selection, problems) = parse_query(query, &d.catalogue);
    assert_eq!(problems, [], "{query}");
    ChartModel::build(d, &selection, None)
}

#[test]
fn a_compare_year_outside_the_years_chosen_is_not_used_and_the_page_says_so() {
    let m = model_of("indicator=CPP_rate&area=852&view=compare&year=2016&years=2019-2024");
    assert_eq!(m.compare_year, Some(y(2024)));
    let c = m.comparison().expect("a ranking");
    assert_eq!(c.year, y(2024));
    assert_eq!(m.notices, ["2016 is outside the years chosen (2019 to 2024), so this compares 2024."]);
    // Everything taken away says the same year.
    assert!(m.summary.contains("2024"), "{}", m.summary);
    assert!(!m.summary.contains("2016"), "{}", m.summary);
    assert!(m.file_stem.ends_with("-2024-ranking"), "{}", m.file_stem);
    let csv = m.csv();
    let years: Vec<&str> = csv.lines().skip(1).map(|l| l.split(',').nth(5).unwrap_or_default()).collect();
    assert!(!years.is_empty() && years.iter().all(|y| *y == "2024"), "{csv}");
}

#[test]
fn a_compare_year_in_range_with_figures_is_used_as_chosen() {
    let m = model_of("indicator=CPP_rate&area=852&view=compare&year=2016");
    assert_eq!(m.compare_year, Some(y(2016)));
    assert_eq!(m.comparison().map(|c| c.year), Some(y(2016)));
    assert!(m.notices.is_empty());
    assert!(m.file_stem.ends_with("-2016-ranking"));
}

#[test]
fn no_compare_year_means_the_latest_with_figures() {
    let m = model_of("indicator=CPP_rate&area=852&view=compare");
    assert_eq!(m.compare_year, m.years_with_figures.last().copied());
    assert!(m.notices.is_empty());
}

#[test]
fn the_compare_years_offered_are_those_with_any_figure_in_the_range() {
    let d = dataset();
    let m = model_of("indicator=CPP_rate&area=852&view=compare&years=2016-2020");
    let all = d.years_with_figures(&IndicatorCode::new("CPP_rate"));
    let expected: Vec<_> = all.into_iter().filter(|y| (y.get() >= 2016) && y.get() <= 2020).collect();
    assert!(!expected.is_empty());
    assert_eq!(m.years_with_figures, expected);
}

#[test]
fn a_trend_model_holds_series_labels_title_source_and_names() {
    let m = model_of("indicator=CPP_rate&area=852&view=trend&years=2019-2024");
    let trend = m.trend().expect("a trend");
    assert_eq!(trend.series[0].role, Role::Focus);
    assert_eq!(trend.labels.len(), m.years.len());
    assert_eq!(m.years.first(), Some(&y(2019)));
    assert_eq!(m.compare_year, None);
    assert!(m.title.ends_with(", Southampton"), "{}", m.title);
    assert!(m.source.starts_with("Source: "), "{}", m.source);
    assert!(m.source.contains(&m.data_version));
    assert!(m.source.contains("Open Government Licence"));
    assert!(m.file_stem.starts_with("southampton-") && m.file_stem.ends_with("-2019-2024"), "{}", m.file_stem);
    assert_eq!(m.table_rows().len(), trend.series.len());
    // The CSV has a row per point of every series.
    let points: usize = trend.series.iter().map(|s| s.points.len()).sum();
    assert_eq!(m.csv().lines().count(), points + 1);
}

#[test]
fn the_table_and_pack_views_read_the_trend() {
    for view in [View::Table, View::Pack, View::Local] {
        let d = dataset();
        let m = ChartModel::build(d, &Selection { view, ..Selection::default_view(d.catalogue.years) }, None);
        assert!(matches!(m.figure, Figure::Trend(_)), "{view:?}");
    }
}

#[test]
fn no_figures_in_range_is_said_not_drawn() {
    let d = dataset();
    // An indicator with no figure in some year, compared in that year only.
    let code = d
        .catalogue
        .indicators()
        .iter()
        .find(|i| d.years_with_figures(&i.code).first().is_some_and(|first| first.get() > 2014))
        .map(|i| i.code.clone())
        .expect("an indicator that starts after 2014");
    let selection = Selection { indicator: code, view: View::Compare, from: y(2014), to: y(2014), ..Selection::default_view(d.catalogue.years) };
    let m = ChartModel::build(d, &selection, None);
    assert_eq!(m.figure, Figure::NoFigures);
    assert_eq!(m.compare_year, None);
    assert!(m.summary.starts_with("There are no figures for"), "{}", m.summary);
    assert_eq!(m.csv().lines().count(), 1, "a header and nothing else");
}

#[test]
fn share_link_and_embed_code_carry_the_selection_and_data_version() {
    let m = model_of("indicator=ReReferral&area=852&view=compare");
    let link = share_link("https://example.org/explorer/", &m);
    assert_eq!(link, format!("https://example.org/explorer/?{}&v={}", m.query, m.data_version));
    let code = embed_snippet("https://example.org/explorer/index.html", &m, None);
    assert!(code.starts_with(&format!("<iframe src=\"https://example.org/explorer/index.html?{}&embed=1&v={}\"", m.query, m.data_version)), "{code}");
    // Colours chosen in the dialog go in the link; none means the reader's setting.
    let dark = embed_snippet("https://example.org/explorer/index.html", &m, Some(Theme::Dark));
    assert!(dark.starts_with(&format!("<iframe src=\"https://example.org/explorer/index.html?{}&embed=1&v={}&theme=dark\"", m.query, m.data_version)), "{dark}");
    assert!(code.contains("<script src=\"https://example.org/explorer/embed.js\" async></script>"), "{code}");
    assert!(code.contains(&format!("title=\"{}\"", m.title.replace('\'', "&#39;"))), "{code}");
}

#[test]
fn an_embed_title_with_markup_is_escaped() {
    let d = dataset();
    let mut m = ChartModel::build(d, &Selection::default_view(d.catalogue.years), None);
    m.title = "A \"quoted\" <b>title</b>".into();
    let code = embed_snippet("https://example.org/", &m, None);
    assert!(code.contains("title=\"A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt;\""), "{code}");
}

#[test]
fn local_lines_are_styled_by_role_from_area_codes() {
    let d = dataset();
    let file = common::reported();
    let reporting = childstats::model::local::reporting_council(&file);
    assert_eq!(reporting, Some(AreaCode::SOUTHAMPTON));
    let role = |code: Option<u16>, name: &str| reported_area_role(code.map(AreaCode), name, reporting, &d.catalogue);
    assert_eq!(role(Some(852), "Southampton City Council"), Role::Focus, "by code, whatever the name");
    assert_eq!(role(Some(970), "England"), Role::England);
    assert_eq!(role(None, "National average"), Role::England);
    assert_eq!(role(Some(989), "South East"), Role::Region);
    assert_eq!(role(None, "Statistical neighbour average"), Role::NeighbourAverage);
    assert_eq!(role(Some(851), "Portsmouth"), Role::Other);
    assert_eq!(role(Some(851), "England"), Role::Other, "a name alone never makes England");
    // Every measure's chart: each role but Other at most once, the reporting council's line first-styled.
    for measure in &file.local_indicators {
        let chart = local_chart(&file, &measure.id, &d.catalogue);
        for r in [Role::Focus, Role::England, Role::NeighbourAverage, Role::Region] {
            assert!(chart.lines.iter().filter(|l| l.role == r).count() <= 1, "{} {r:?}", measure.id);
        }
    }
}

#[test]
fn a_chart_ends_at_its_indicators_latest_year_not_the_latest_bundled_year() {
    let d = dataset();
    let m = model_of("indicator=CPP_rate&area=852&view=trend");
    let latest = *d.years_with_figures(&IndicatorCode::new("CPP_rate")).last().unwrap();
    assert!(latest < d.catalogue.years.last, "some other measure reaches further");
    assert_eq!(m.years.last(), Some(&latest));
    assert!(!m.summary.contains(&format!("no figure for {}", d.catalogue.years.last)), "{}", m.summary);
    assert!(m.notices.is_empty(), "a measure one year behind the range is up to date: {:?}", m.notices);
    // A range chosen to end earlier is kept.
    let m = model_of("indicator=CPP_rate&area=852&view=trend&years=2016-2020");
    assert_eq!((m.years.first(), m.years.last()), (Some(&y(2016)), Some(&y(2020))));
    assert!(m.notices.is_empty());
}

#[test]
fn the_latest_year_2025_is_shown_with_its_period_label() {
    let m = model_of("indicator=CPP_rate&area=852&view=trend");
    let trend = m.trend().unwrap();
    assert_eq!(m.years.last(), Some(&y(2025)));
    let focus = &trend.series[0];
    let p2025 = focus.points.iter().find(|p| p.year == y(2025)).unwrap();
    assert!(p2025.value.is_ok(), "Southampton has a 2025 figure");
    assert!(trend.labels.last().is_some_and(|l| l.contains("2025")), "{:?}", trend.labels);
}

#[test]
fn a_measure_with_no_recent_figures_ends_at_its_latest_year_and_says_so() {
    let d = dataset();
    let stale = d
        .catalogue
        .indicators()
        .iter()
        .find(|i| d.years_with_figures(&i.code).last().is_some_and(|l| l.get() == 2024))
        .expect("a measure last published for 2024");
    let m = model_of(&format!("indicator={}&area=852&view=trend", stale.code.as_str().replace(',', "%2C")));
    assert_eq!(m.years.last(), Some(&y(2024)));
    assert_eq!(m.notices, ["Figures for this measure are published up to 2024, so the chart ends there."]);
}

#[test]
fn a_fitted_axis_is_said_in_the_caption_and_kept_in_the_link() {
    let from_zero = model_of("indicator=CPP_rate&area=852");
    assert_eq!(from_zero.axis_note, None);
    assert_eq!(from_zero.caption(), from_zero.summary);
    assert!(from_zero.query.contains("axis=zero"), "{}", from_zero.query);

    // Southampton, its neighbours, the South East and England: every figure
    // is well above zero, so the fitted axis starts above it and says so.
    let fitted = model_of("indicator=CPP_rate&area=852&axis=fit");
    assert!(fitted.fit_axis());
    let note = fitted.axis_note.clone().expect("a note on the fitted axis");
    assert!(note.starts_with("The value axis starts at ") && note.contains("not zero"), "{note}");
    assert!(fitted.caption().ends_with(&note));
    assert!(fitted.query.contains("axis=fit"), "{}", fitted.query);
    assert_eq!(fitted.summary, from_zero.summary, "the figures' summary is the same");
}

#[test]
fn a_trend_download_lists_the_figures_reported_locally_as_such() {
    let d = dataset();
    let file = common::reported();
    let (selection, _) = parse_query("indicator=CPP_rate&area=852", &d.catalogue);
    let m = ChartModel::build(d, &selection, Some(&file));
    let reported = m.trend().unwrap().reported.len();
    assert!(reported > 0);
    let csv = m.csv();
    assert_eq!(csv.lines().filter(|l| l.contains("Southampton (as reported locally; not official statistics)")).count(), reported, "{csv}");
    // Without them, none.
    assert!(!ChartModel::build(d, &selection, None).csv().contains("as reported locally"));
}

#[test]
fn the_map_and_overview_have_their_own_titles_file_names_and_embed_code() {
    let map = model_of("indicator=CPP_rate&area=852&view=map&year=2024");
    assert!(map.file_stem.ends_with("-2024-map"), "{}", map.file_stem);
    let code = embed_snippet("https://example.org/explorer/", &map, Some(Theme::Dark));
    assert!(code.contains("view=map") && code.contains("embed=1") && code.contains("theme=dark"), "{code}");
    let overview = model_of("area=852&view=overview");
    assert_eq!(overview.title, "At a glance: Southampton");
    let code = embed_snippet("https://example.org/explorer/", &overview, None);
    assert!(code.contains("view=overview") && code.contains("embed=1") && code.contains("title=\"At a glance: Southampton\""), "{code}");
}
