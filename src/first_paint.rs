//! The first paint of a trend or a comparison, embedded or in the explorer
//! (the `embed-first` build, which uses no UI framework): the chart, its
//! title, key, summary and source, drawn from the core and the linked
//! indicator's figures, in the loading frame; in the explorer, under the
//! page's header and its views as links. Its code is about a third of the
//! explorer's and half the interactive embed's, so on a phone the chart
//! shows about 0.7 s sooner in an embed and 1 s sooner in the explorer
//! (README, "Benchmark"). The boot script then
//! loads the interactive build, which takes the files this build fetches
//! and replaces the first paint once its own chart is drawn.
//!
//! Whatever the interactive build would add words to (a link it cannot
//! wholly use, figures newer than the link's, a view with no first paint,
//! no figures, a file that fails) is left to it: this build then paints
//! nothing.

use std::sync::Arc;

use childstats::data::load::CORE_FILE;
use childstats::data::{parse_catalogue, parse_figures, Dataset};
use childstats::model::build::has_first_paint;
use childstats::model::chart::{ChartModel, Figure};
use childstats::model::query::{parse_extras, parse_query};
use childstats::model::site;
use childstats::model::theme::Theme;
use charts::{draw_ranking, draw_trend, RankingChart, TrendChart};
use plotters::prelude::*;
use wasm_bindgen::JsCast;

use crate::load;
use crate::ui::canvas_backend::CanvasBackend;

/// The class the first paint gives the boot frame (`style/main.css` hides
/// the interactive build behind it until it takes over).
pub const PAINTED: &str = "first-paint";
/// And, for the explorer's first paint, this one too (its header spans the page).
const EXPLORER: &str = "first-paint-explorer";

/// Starts the first paint. The interactive build runs beside it (the boot
/// script starts it once this build has started) and needs nothing from it
/// but the files it fetches: a first paint that cannot paint, or a panic
/// here (which aborts this build only), leaves the page to that build.
pub fn start() {
    load::timing::mark("wasm-started");
    wasm_bindgen_futures::spawn_local(async {
        let _ = paint().await;
    });
}

/// Paints the chart into the loading frame, unless the interactive build
/// has already taken the frame away (it was ready first: a slow file).
async fn paint() -> Option<()> {
    let window = web_sys::window()?;
    let query = window.location().search().ok()?;
    let core = load::text_handed_on(CORE_FILE, None).await.ok()?;
    let catalogue = Arc::new(parse_catalogue(CORE_FILE, &core).ok()?);
    let (selection, problems) = parse_query(&query, &catalogue);
    let extras = parse_extras(&query);
    if !problems.is_empty() || !has_first_paint(selection.view) || extras.is_stale(&catalogue.data_version) {
        return None;
    }
    let indicator = catalogue.indicator(&selection.indicator)?;
    let file = indicator.figures_file();
    let text = load::text_handed_on(&file, Some(&catalogue.data_version)).await.ok()?;
    let figures = parse_figures(&file, &text, &selection.indicator, &catalogue).ok()?;
    let mut dataset = Dataset::sharing(catalogue.clone());
    dataset.insert_figures(&selection.indicator, Ok(figures));
    let model = ChartModel::build(&dataset, &selection, None);
    let document = window.document()?;
    let boot = document.get_element_by_id("boot")?;
    let theme = if extras.embed {
        // The boot script has set the embed's theme on the page (as the
        // interactive embed reads it: src/ui/theme.rs).
        let dark = document.document_element().is_some_and(|html| html.class_list().contains("theme-dark"));
        let theme = if dark { Theme::Dark } else { Theme::Light };
        boot.set_inner_html(&charts::first_paint_html::<CanvasBackend>(&model, theme)?);
        let _ = document.body()?.class_list().add_1("embedded");
        theme
    } else {
        let strapline = site::strapline(catalogue.years);
        boot.set_inner_html(&charts::explorer_first_paint_html::<CanvasBackend>(&model, &selection, &strapline)?);
        let _ = boot.class_list().add_1(EXPLORER);
        Theme::Light
    };
    let _ = boot.class_list().add_1(PAINTED);
    let canvas: web_sys::HtmlCanvasElement = boot.query_selector("canvas").ok()??.dyn_into().ok()?;
    let width = canvas.parent_element()?.client_width().max(200) as u32;
    let height = charts::canvas_height(&model, width);
    let ratio = window.device_pixel_ratio().max(1.0);
    canvas.set_width((f64::from(width) * ratio).round() as u32);
    canvas.set_height((f64::from(height) * ratio).round() as u32);
    let _ = canvas.style().set_property("height", &format!("{height}px"));
    let root = CanvasBackend::with_canvas_object(canvas)?.into_drawing_area();
    let ind = &model.indicator;
    match &model.figure {
        Figure::Trend(t) => {
            let chart = TrendChart { series: &t.series, years: &model.years, x_labels: &t.labels, unit: &ind.unit, decimals: ind.decimals, highlight: None, reported: &[], fit: model.fit_axis(), theme, scale: ratio };
            draw_trend(&root, &chart).ok()?;
        }
        Figure::Ranking(c) => draw_ranking(&root, &RankingChart { comparison: c, unit: &ind.unit, decimals: ind.decimals, theme, scale: ratio }).ok()?,
        Figure::NoFigures => return None,
    }
    root.present().ok()?;
    // The benchmark's mark, without the app's `FIRST_CHART`, which is the
    // interactive build's (the boot script removes this paint on it).
    load::timing::mark("chart-drawn");
    Some(())
}
