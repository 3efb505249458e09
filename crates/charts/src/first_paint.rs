//! The embedded chart's first paint: what a small build with no UI framework
//! shows (`src/first_paint.rs`) while the interactive embed downloads, so a
//! reader on a phone sees the chart about as soon as its data arrives. Its
//! words, key and canvas, as HTML, in the embed's own classes (the page's
//! stylesheet; the page's policy allows no inline style), so the
//! interactive embed takes its place without the chart moving. The chart
//! itself is drawn on the canvas by the same functions as the page's.

use std::fmt::Write;

use childstats::model::chart::{ChartModel, Figure, Trend, DERIVED_NOTE};
use childstats::model::share::escape_html;
use childstats::model::theme::Theme;
use plotters_backend::DrawingBackend;

use crate::ranking::ranking_height;
use crate::snapshot::{has_figures, push_svg_body, swatch};

/// The trend's canvas height in CSS pixels on screen, and at most this many
/// times its width, so that on a phone the chart and its summary fit the
/// first screen (a trend is still readable at 0.85).
pub const TREND_HEIGHT: u32 = 380;
pub const TREND_MAX_ASPECT: f64 = 0.85;

/// The id of the summary, which describes the chart.
pub const SUMMARY_ID: &str = "first-paint-summary";

/// The canvas height for `model`'s chart at `width` CSS pixels, as the
/// page's trend and compare views size theirs.
pub fn canvas_height(model: &ChartModel, width: u32) -> u32 {
    match &model.figure {
        Figure::Ranking(c) => ranking_height(c.bars.len()),
        _ => TREND_HEIGHT.min((f64::from(width) * TREND_MAX_ASPECT).round() as u32),
    }
}

/// The first paint of `model`'s chart: its title, notices, a comparison's
/// rank and band, a trend's key, an empty `<canvas>` for the chart (named
/// by the title and described by the summary), the summary, the note on
/// figures computed by DfE's method if any, and the source. `None` when the
/// chart has no figures: the interactive embed then says why. The key is
/// drawn in `theme`'s colours, as the chart is; the page's stylesheet does
/// the rest. `C` is the app's drawing backend (see `snapshot_html`).
pub fn first_paint_html<C: DrawingBackend>(model: &ChartModel, theme: Theme) -> Option<String>
where
    C::ErrorType: 'static,
{
    if !has_figures(model) {
        return None;
    }
    let title = escape_html(&model.title);
    let mut out = String::with_capacity(4096);
    let _ = write!(out, r#"<div class="embed"><h1 class="embed-title">{title}</h1>"#);
    for notice in &model.notices {
        let _ = write!(out, r#"<p class="message notice" role="note">{}</p>"#, escape_html(notice));
    }
    if let Some(comparison) = model.comparison() {
        let (rank, band) = comparison.headline(&model.focus_name, &model.indicator);
        let _ = write!(out, r#"<div class="rank-summary"><p class="rank">{}</p><p class="band">{}</p></div>"#, escape_html(&rank), escape_html(&band));
    }
    if let Some(trend) = model.trend() {
        out.push_str(r#"<ul class="legend" aria-label="Key">"#);
        for s in &trend.series {
            out.push_str(r#"<li><svg class="swatch" width="36" height="16" viewBox="0 0 72 32" aria-hidden="true" focusable="false">"#);
            push_svg_body(&mut out, &swatch::<C>(&s.style, theme));
            let _ = write!(out, "<span>{}</span></li>", escape_html(&s.label));
        }
        out.push_str("</ul>");
    }
    let _ = write!(
        out,
        r#"<div class="chart-box"><canvas class="chart-canvas" role="img" aria-label="{title}" aria-describedby="{SUMMARY_ID}"></canvas></div><p id="{SUMMARY_ID}" class="summary">{}</p>"#,
        escape_html(&model.caption()),
    );
    if model.trend().is_some_and(Trend::has_derived) {
        let _ = write!(out, r#"<p class="note">{DERIVED_NOTE}</p>"#);
    }
    let _ = write!(out, r#"<p class="embed-source">{}</p></div>"#, escape_html(&model.source));
    Some(out)
}
