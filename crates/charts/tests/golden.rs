//! The charts drawn into SVG by the same functions the canvas uses: golden
//! files (reviewed by eye, regenerated with `UPDATE_GOLDEN=1`), plus
//! behavioural checks that do not depend on them.


use charts::{draw_ranking, draw_trend, ranking_height, RankingChart, TrendChart};
use childstats::data::{MissingReason, Year};
use childstats::model::compare::Comparison;
use childstats::model::rank::Band;
use childstats::model::series::{Role, Series};
use childstats::model::theme::Theme;
use plotters::prelude::*;

mod common;
use common::models::bar;
use common::{check_golden, y};

fn series(id: u16, label: &str, role: Role, values: &[Option<f64>]) -> Series {
    common::series(id, label, role, 2014, MissingReason::NotPublished, values)
}

fn fixture() -> Vec<Series> {
    vec![
        series(852, "Southampton", Role::Focus, &[Some(49.7), Some(67.7), None, Some(56.5), Some(65.9), None, Some(79.9)]),
        series(0, "Neighbour average", Role::NeighbourAverage, &[Some(58.1), Some(58.4), Some(60.8), Some(61.0), Some(59.3), Some(57.4), Some(62.4)]),
        series(970, "England", Role::England, &[Some(42.1), Some(43.1), Some(43.4), Some(43.8), Some(45.9), Some(44.5), Some(43.7)]),
        series(851, "Portsmouth", Role::Neighbour, &[None, Some(30.0), Some(35.0), None, None, None, Some(40.0)]),
    ]
}

fn trend_svg(series: &[Series], size: (u32, u32), scale: f64, highlight: Option<Year>) -> String {
    trend_svg_on(series, size, scale, highlight, false)
}

fn trend_svg_on(series: &[Series], size: (u32, u32), scale: f64, highlight: Option<Year>, fit: bool) -> String {
    let years: Vec<Year> = (0..series[0].points.len() as u16).map(|i| y(2014 + i)).collect();
    let labels: Vec<String> = series[0].points.iter().map(|p| p.period.clone().unwrap()).collect();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let chart = TrendChart { series, years: &years, x_labels: &labels, unit: "Rate per 10,000", decimals: 1, highlight, reported: &[], fit, theme: Theme::Light, scale };
        draw_trend(&root, &chart).unwrap();
        root.present().unwrap();
    }
    svg
}


/// Polylines drawn in a colour, as lists of points.
fn polylines(svg: &str, colour: &str) -> Vec<usize> {
    svg.lines()
        .filter(|l| l.contains("<polyline") && l.to_lowercase().contains(&format!("stroke=\"{colour}\"")))
        .map(|l| l.split("points=\"").nth(1).unwrap().split('"').next().unwrap().split_whitespace().count())
        .collect()
}

#[test]
fn trend_golden_desktop() {
    check_golden("trend-800x400.svg", &trend_svg(&fixture(), (800, 400), 1.0, None));
}

#[test]
fn trend_golden_phone_high_dpi_with_highlight() {
    check_golden("trend-360x260@2x.svg", &trend_svg(&fixture(), (720, 520), 2.0, Some(y(2018))));
}

#[test]
fn missing_years_are_gaps_not_zeros() {
    let svg = trend_svg(&fixture(), (800, 400), 1.0, None);
    // Southampton's solid line breaks at 2016 and 2019: runs of 2, 2 and 1 points.
    let focus_runs = polylines(&svg, "#0b0c0c");
    assert_eq!(focus_runs.iter().filter(|n| **n >= 2).copied().collect::<Vec<_>>(), [2, 2], "{focus_runs:?}");
    // No point is drawn at the zero line for a missing value: every circle
    // belongs to a present value (5 for the focus, hollow 3 for Portsmouth).
    assert_eq!(svg.matches("<circle").count(), 5 + 3);
}

#[test]
fn empty_selection_says_so() {
    let empty = vec![series(852, "Southampton", Role::Focus, &[None, None])];
    let svg = trend_svg(&empty, (400, 200), 1.0, None);
    assert!(svg.contains("No figures for this selection"));
}

fn comparison() -> Comparison {
    let bar = |id, label, value, role, rank| bar(id, label, value, role, rank, Band::B);
    Comparison {
        year: y(2024),
        period: Some("2024".into()),
        bars: vec![
            bar(873, "Cambridgeshire", 18.2, Role::Neighbour, Some(3)),
            bar(970, "England", 22.4, Role::England, None),
            bar(852, "Southampton", 24.8, Role::Focus, Some(60)),
            bar(0, "Statistical neighbour average", 25.1, Role::NeighbourAverage, None),
            bar(810, "Kingston Upon Hull, City of", 31.0, Role::Neighbour, Some(120)),
        ],
        focus_rank: Some(60),
        of: 152,
        focus_band: Some(Band::B),
        missing: vec![],
    }
}

#[test]
fn ranking_golden() {
    let c = comparison();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (700, ranking_height(c.bars.len()))).into_drawing_area();
        draw_ranking(&root, &RankingChart { comparison: &c, unit: "% of referrals", decimals: 1, theme: Theme::Light, scale: 1.0 }).unwrap();
        root.present().unwrap();
    }
    assert!(svg.contains("\u{25b6} 60. Southampton"), "the focus is marked by more than colour");
    assert!(svg.contains("font-weight=\"bold\"") || svg.contains("bold"));
    check_golden("ranking-700.svg", &svg);
}

#[test]
fn derived_figures_are_drawn_hollow() {
    let mut s = fixture();
    s.truncate(1);
    s[0].points[0].derived = true;
    let svg = trend_svg(&s, (800, 400), 1.0, None);
    let circles: Vec<&str> = svg.lines().filter(|l| l.contains("<circle")).collect();
    assert_eq!(circles.len(), 5);
    assert_eq!(circles.iter().filter(|l| l.contains("fill=\"none\"")).count(), 1, "{circles:#?}");
}

#[test]
fn export_image_has_title_summary_key_chart_and_source() {
    use charts::{export_size, export_svg, ExportChart, ExportImage};
    let series = fixture();
    let years: Vec<Year> = (0..7).map(|i| y(2014 + i)).collect();
    let labels: Vec<String> = series[0].points.iter().map(|p| p.period.clone().unwrap()).collect();
    let summary = "Children who are the subject of a Child Protection Plan - rate in Southampton: 79.9 per 10,000 at 31 March 2020, up from 61.8 a year earlier.";
    let mut image = ExportImage {
        title: "Children who are the subject of a Child Protection Plan - rate, Southampton",
        summary,
        source: "Source: Department for Education, LAIT. Contains public sector information licensed under the Open Government Licence v3.0.",
        chart: ExportChart::Trend(TrendChart { series: &series, years: &years, x_labels: &labels, unit: "Rate per 10,000", decimals: 1, highlight: None, reported: &[], fit: false, theme: Theme::Light, scale: 1.0 }),
    };
    let (w, h) = export_size(&image);
    assert_eq!(w, 800);
    assert!(h > 500 && h < 800, "{h}");
    let svg = export_svg::<SVGBackend<'static>>(&mut image);
    assert!(svg.starts_with("<svg"), "{}", &svg[..80]);
    assert!(svg.contains(&format!("height=\"{h}\"")));
    for text in ["Southampton: 79.9 per 10,000", "Licence v3.0", "Neighbour average", "Portsmouth"] {
        assert!(svg.contains(text), "{text} missing");
    }
    check_golden("export-trend.svg", &svg);
}

/// The texts of an SVG, in order.
fn texts(svg: &str) -> Vec<String> {
    let lines: Vec<&str> = svg.lines().collect();
    lines.windows(2).filter(|w| w[0].starts_with("<text")).map(|w| w[1].to_string()).collect()
}

#[test]
fn value_axis_has_round_labels_spanning_the_figures() {
    let svg = trend_svg(&fixture(), (800, 400), 1.0, None);
    let labels: Vec<f64> = texts(&svg).iter().filter_map(|t| t.replace(',', "").parse().ok()).collect();
    // From zero, evenly spaced, and no more than a step beyond the highest figure (79.9).
    assert_eq!(labels.first(), Some(&0.0), "{labels:?}");
    let step = labels[1] - labels[0];
    assert!(labels.windows(2).all(|w| (w[1] - w[0] - step).abs() < 1e-9), "{labels:?}");
    assert!(labels.len() <= 6 && *labels.last().unwrap() + step > 79.9, "{labels:?}");
    // Every period is labelled at this width, and the axis is titled with the unit.
    let all = texts(&svg);
    for period in ["2013/14", "2016/17", "2019/20", "Rate per 10,000"] {
        assert!(all.iter().any(|t| t == period), "{period} missing: {all:?}");
    }
}

#[test]
fn a_narrow_chart_keeps_the_latest_period_label() {
    let svg = trend_svg(&fixture(), (240, 200), 1.0, None);
    let periods: Vec<String> = texts(&svg).into_iter().filter(|t| t.contains('/')).collect();
    assert!(periods.len() < 7, "labels would overlap: {periods:?}");
    assert_eq!(periods.last().map(String::as_str), Some("2019/20"));
}

#[test]
fn a_fitted_axis_starts_above_zero_and_is_drawn_broken() {
    // Southampton, its neighbours and England only: all between 42 and 80.
    let figures: Vec<Series> = fixture().into_iter().take(3).collect();
    let fitted = trend_svg_on(&figures, (800, 400), 1.0, None, true);
    let labels: Vec<f64> = texts(&fitted).iter().filter_map(|t| t.replace(',', "").parse().ok()).collect();
    assert!(labels.first().is_some_and(|l| *l > 0.0 && *l <= 42.1), "{labels:?}");
    // The break: a white gap across the axis line near its foot, and two strokes.
    let white_rects = fitted.lines().filter(|l| l.starts_with("<rect") && l.contains("fill=\"#FFFFFF\"")).count();
    let from_zero = trend_svg_on(&figures, (800, 400), 1.0, None, false);
    let white_rects_from_zero = from_zero.lines().filter(|l| l.starts_with("<rect") && l.contains("fill=\"#FFFFFF\"")).count();
    assert_eq!(white_rects, white_rects_from_zero + 1, "one break mark on the fitted axis, none from zero");
    let zero: Vec<f64> = texts(&from_zero).iter().filter_map(|t| t.replace(',', "").parse().ok()).collect();
    assert_eq!(zero.first(), Some(&0.0));
    check_golden("trend-fit-800x400.svg", &fitted);
}

#[test]
fn a_dark_chart_is_drawn_on_dark_in_colours_that_read_on_it() {
    let years: Vec<Year> = (0..7).map(|i| y(2014 + i)).collect();
    let figures = fixture();
    let labels: Vec<String> = figures[0].points.iter().map(|p| p.period.clone().unwrap()).collect();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (800, 400)).into_drawing_area();
        let chart = TrendChart { series: &figures, years: &years, x_labels: &labels, unit: "Rate per 10,000", decimals: 1, highlight: None, reported: &[], fit: false, theme: Theme::Dark, scale: 1.0 };
        draw_trend(&root, &chart).unwrap();
        root.present().unwrap();
    }
    let palette = Theme::Dark.palette();
    let hex = |(r, g, b): (u8, u8, u8)| format!("#{r:02X}{g:02X}{b:02X}");
    assert!(svg.lines().any(|l| l.starts_with("<rect") && l.contains(&format!("fill=\"{}\"", hex(palette.background)))), "dark background");
    // Every line and marker colour, and the text, reads on the background.
    let colours: std::collections::BTreeSet<String> = svg
        .split(|c| c == '"')
        .filter(|t| t.len() == 7 && t.starts_with('#'))
        .map(str::to_string)
        .collect();
    let parse = |t: &str| (u8::from_str_radix(&t[1..3], 16).unwrap(), u8::from_str_radix(&t[3..5], 16).unwrap(), u8::from_str_radix(&t[5..7], 16).unwrap());
    for c in colours.iter().filter(|c| **c != hex(palette.background) && **c != hex(palette.grid)) {
        let ratio = childstats::model::theme::contrast(parse(c), palette.background);
        assert!(ratio >= 3.0, "{c} has {ratio:.2}:1 on the dark background");
    }
    assert!(!colours.contains("#0B0C0C"), "no near-black ink on dark: {colours:?}");
}
