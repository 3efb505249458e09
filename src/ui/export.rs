//! Saves what the chart model holds: its figures as CSV, or the chart (or
//! the map) with its title, summary and source as SVG or PNG. Nothing here works out a
//! figure: the page and the download read the same model.

use childstats::model::theme::Theme;
use childstats::model::chart::{ChartModel, Figure};
use charts::{draw_export, export_size, export_svg, ExportChart, ExportImage, RankingChart, TrendChart};
#[cfg(feature = "full")]
use charts::{draw_map_export, map_export_size, map_export_svg, HexMapChart, MapImage};
#[cfg(feature = "full")]
use childstats::model::map::MapModel;
use plotters::prelude::*;
use super::canvas_backend::CanvasBackend;

use super::chart_canvas::{AppBackend, CanvasArea};

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
    save_image(&mut ExportImage { title: &model.title, summary: &model.caption(), source: &model.source, chart }, stem, format)
}

/// Saves the map of `model`'s selection in `format` (its figures as CSV,
/// as "compare all councils" has them).
#[cfg(feature = "full")]
pub fn save_map(model: &ChartModel, map: &MapModel, format: Format) -> Result<(), wasm_bindgen::JsValue> {
    if let Format::Csv = format {
        return save(model, format);
    }
    // Downloads are for papers and slides: always light.
    let chart = HexMapChart { map, highlight: None, legend: true, scale: 1.0, theme: Theme::Light };
    let title = map.title(&model.indicator);
    let mut image = MapImage { title: &title, summary: &map.summary, source: &model.source, map: chart };
    let stem = &model.file_stem;
    match format {
        Format::Svg => download::save_text(&format!("{stem}.svg"), "image/svg+xml", &map_export_svg::<CanvasBackend>(&mut image)),
        Format::Png | Format::Csv => {
            let (w, h) = map_export_size(&image);
            save_png(stem, (w, h), |root| draw_map_export(root, &mut image, 2.0))
        }
    }
}

/// Draws an image at twice its CSS size on a canvas and saves it as PNG.
fn save_png(
    stem: &str,
    (w, h): (u32, u32),
    draw: impl FnOnce(&CanvasArea) -> Result<(), DrawingAreaErrorKind<<AppBackend as DrawingBackend>::ErrorType>>,
) -> Result<(), wasm_bindgen::JsValue> {
    let canvas = download::offscreen_canvas(w * 2, h * 2)?;
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D context")?;
    let root = AppBackend::Left(backend).into_drawing_area();
    // The caller says in words that the image could not be made; the
    // error's own text (which would link std's I/O error texts, via
    // the SVG backend's error type) would add nothing for the reader.
    draw(&root).and_then(|()| root.present()).map_err(|_| "the image could not be drawn")?;
    download::save_png(&format!("{stem}.png"), &canvas)
}

/// Saves an image as SVG, or as a PNG at twice its size.
fn save_image(image: &mut ExportImage<'_>, stem: &str, format: Format) -> Result<(), wasm_bindgen::JsValue> {
    match format {
        Format::Svg => download::save_text(&format!("{stem}.svg"), "image/svg+xml", &export_svg::<CanvasBackend>(image)),
        Format::Png | Format::Csv => save_png(stem, export_size(image), |root| draw_export(root, image, 2.0)),
    }
}
