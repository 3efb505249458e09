//! Saves what the chart model holds: its figures as CSV, or the chart with
//! its title, summary and source as SVG or PNG. Nothing here works out a
//! figure: the page and the download read the same model.

use childstats::model::theme::Theme;
use childstats::model::chart::{ChartModel, Figure};
use charts::{draw_export, export_size, export_svg, ExportChart, ExportImage, RankingChart, TrendChart};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

use crate::download;

#[derive(Debug, Clone, Copy)]
pub enum Format {
    Png,
    Svg,
    Csv,
}

/// Saves the chart of `model` in `format`.
pub fn save(model: &ChartModel, format: Format) -> Result<(), wasm_bindgen::JsValue> {
    let stem = &model.file_stem;
    if let Format::Csv = format {
        return download::save_text(&format!("{stem}.csv"), "text/csv;charset=utf-8", &model.csv());
    }
    let ind = &model.indicator;
    let chart = match &model.figure {
        Figure::Ranking(c) => ExportChart::Ranking(RankingChart { comparison: c, unit: &ind.unit, decimals: ind.decimals, theme: Theme::Light, scale: 1.0 }),
        Figure::Trend(t) => ExportChart::Trend(TrendChart {
            series: &t.series,
            years: &model.years,
            x_labels: &t.labels,
            unit: &ind.unit,
            decimals: ind.decimals,
            highlight: None,
            reported: &[],
            fit: model.fit_axis(),
            // Downloads are for papers and slides: always light.
            theme: Theme::Light,
            scale: 1.0,
        }),
        Figure::NoFigures => return Err("there is no chart to save".into()),
    };
    let caption = model.caption();
    let mut image = ExportImage { title: &model.title, summary: &caption, source: &model.source, chart };
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
