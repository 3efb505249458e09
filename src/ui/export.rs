//! Builds what a download holds from the current selection: the same
//! summary, series and comparison the page shows.

use childstats::data::Indicator;
use childstats::model::compare::{compare, default_compare_year};
use childstats::model::export::{comparison_csv, file_stem, series_csv};
use childstats::model::selection::{Selection, View};
use childstats::model::series::{build_series, period_labels};
use childstats::model::summary::{summarise_comparison, summarise_trend};
use charts::{draw_export, export_size, export_svg, ExportChart, ExportImage, RankingChart, TrendChart};
use leptos::prelude::GetUntracked;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use super::explorer::Explore;
use super::attribution::OGL_ATTRIBUTION;
use crate::download;

#[derive(Debug, Clone, Copy)]
pub enum Format {
    Png,
    Svg,
    Csv,
}

/// What a chart says in one sentence, as its caption and description.
pub fn summary(explore: &Explore, ind: &Indicator, selection: &Selection) -> String {
    match selection.view {
        View::Compare => {
            let year = selection.compare_year.or_else(|| default_compare_year(&explore.data, ind, selection));
            match year {
                Some(y) => summarise_comparison(&compare(&explore.data, ind, selection, y), ind, &explore.area_name(selection.focus)),
                None => format!("There are no figures for {} in the years chosen.", ind.name.to_ascii_lowercase()),
            }
        }
        View::Trend | View::Table | View::Pack | View::Local => summarise_trend(&explore.data, ind, selection),
    }
}

pub fn source_line(explore: &Explore, ind: &Indicator) -> String {
    let owner = if ind.data_owner.is_empty() { "Department for Education".to_string() } else { ind.data_owner.clone() };
    format!(
        "Source: {owner}, via the Department for Education's Local Authority Interactive Tool (data version {}). {OGL_ATTRIBUTION}",
        explore.data.catalogue.data_version
    )
}

/// Saves the current chart or its figures.
pub fn save(explore: &Explore, format: Format) -> Result<(), wasm_bindgen::JsValue> {
    let ind = explore.indicator();
    let selection = explore.selection.get_untracked();
    let area = explore.area_name(selection.focus);
    let summary = summary(explore, &ind, &selection);
    let source = source_line(explore, &ind);
    let title = format!("{}, {area}", ind.name);
    let series = build_series(&explore.data, &ind, &selection);
    let years: Vec<_> = selection.years().collect();
    let labels = period_labels(&series, &years);
    let comparison = (selection.view == View::Compare)
        .then(|| selection.compare_year.or_else(|| default_compare_year(&explore.data, &ind, &selection)))
        .flatten()
        .map(|y| compare(&explore.data, &ind, &selection, y));
    let stem = match &comparison {
        Some(c) => format!("{}-ranking", file_stem(&area, &ind, c.year, c.year)),
        None => file_stem(&area, &ind, selection.from, selection.to),
    };
    if let Format::Csv = format {
        let csv = match &comparison {
            Some(c) => comparison_csv(c, &ind, &source),
            None => series_csv(&series, &ind),
        };
        return download::save_text(&format!("{stem}.csv"), "text/csv;charset=utf-8", &csv);
    }
    let chart = match &comparison {
        Some(c) => ExportChart::Ranking(RankingChart { comparison: c, unit: &ind.unit, decimals: ind.decimals, scale: 1.0 }),
        None => ExportChart::Trend(TrendChart { series: &series, years: &years, x_labels: &labels, unit: &ind.unit, decimals: ind.decimals, highlight: None, reported: &[], scale: 1.0 }),
    };
    let mut image = ExportImage { title: &title, summary: &summary, source: &source, chart };
    match format {
        Format::Svg => download::save_text(&format!("{stem}.svg"), "image/svg+xml", &export_svg::<CanvasBackend>(&mut image)),
        Format::Png | Format::Csv => {
            let (w, h) = export_size(&image);
            let canvas = download::offscreen_canvas(w * 2, h * 2)?;
            let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D context")?;
            let root = super::chart_canvas::AppBackend::Left(backend).into_drawing_area();
            // The caller says in words that the image could not be made; the
            // error's own text (which would link std's I/O error texts, via
            // the SVG backend's error type) would add nothing for the reader.
            draw_export(&root, &mut image, 2.0).and_then(|()| root.present()).map_err(|_| "the image could not be drawn")?;
            download::save_png(&format!("{stem}.png"), &canvas)
        }
    }
}
