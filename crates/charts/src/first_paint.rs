//! The embedded chart's first paint: what a small build with no UI framework
//! shows (`src/first_paint.rs`) while the interactive embed downloads, so a
//! reader on a phone sees the chart about as soon as its data arrives. Its
//! words, key and canvas, as HTML, in the embed's own classes (the page's
//! stylesheet; the page's policy allows no inline style), so the
//! interactive embed takes its place without the chart moving. The chart
//! itself is drawn on the canvas by the same functions as the page's.

use std::fmt::Write;

use childstats::model::chart::{ChartModel, Figure, Trend, DERIVED_NOTE};
use childstats::model::query::print_query;
use childstats::data::Year;
use childstats::model::selection::{CompareScope, Selection, View};
use childstats::model::share::escape_html;
use childstats::model::site::{JUMP_TO_CHOICES, SITE_TITLE};
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

/// The embedded chart's first paint of `model`: its title, then the chart's
/// parts ([`push_chart`]), then the source. `None` when the chart has no
/// figures: the interactive embed then says why. The key is drawn in
/// `theme`'s colours, as the chart is; the page's stylesheet does the rest.
/// `C` is the app's drawing backend (see `snapshot_html`).
pub fn first_paint_html<C: DrawingBackend>(model: &ChartModel, theme: Theme) -> Option<String>
where
    C::ErrorType: 'static,
{
    if !has_figures(model) {
        return None;
    }
    let mut out = String::with_capacity(4096);
    let _ = write!(out, r#"<div class="embed"><h1 class="embed-title">{}</h1>"#, escape_html(&model.title));
    push_chart::<C>(&mut out, model, theme);
    let _ = write!(out, r#"<p class="embed-source">{}</p></div>"#, escape_html(&model.source));
    Some(out)
}

/// The explorer's first paint of `model` (a link to its trend or compare
/// view): the page's header, the link down to the choices, the indicator
/// and council as the page titles them, the views as links to each (a tap
/// before the page is ready loads that view), the chart's parts and its
/// source, and where the choices will be, saying they are loading. Laid out
/// in the page's own classes, so the chart is where the explorer draws it.
/// `None` when the chart has no figures. Light only, as the explorer is.
pub fn explorer_first_paint_html<C: DrawingBackend>(model: &ChartModel, selection: &Selection, strapline: &str) -> Option<String>
where
    C::ErrorType: 'static,
{
    if !has_figures(model) {
        return None;
    }
    let mut out = String::with_capacity(6144);
    let _ = write!(
        out,
        r##"<header class="site-header"><p class="site-title">{SITE_TITLE}</p><p class="site-strapline">{}</p></header><main><a class="jump-to-controls" href="#{CHOICES_ID}">{JUMP_TO_CHOICES}</a><div class="explorer"><section class="results" aria-label="Figures"><h1 class="indicator-title"><span class="indicator-name">{}</span><span class="focus-name"> — {}</span></h1><nav class="tabs" aria-label="How to show the figures">"##,
        escape_html(strapline),
        escape_html(&model.indicator.name),
        escape_html(&model.focus_name),
    );
    for view in View::ALL {
        let href = escape_html(&print_query(&Selection { view, ..selection.clone() }));
        let current = if view == selection.view { r#" class="selected" aria-current="page""# } else { "" };
        let _ = write!(out, r#"<a href="?{href}"{current}>{}</a>"#, view.label());
    }
    out.push_str(r#"</nav><div class="view-panel">"#);
    if let Some(year) = model.compare_year.filter(|_| model.comparison().is_some()) {
        push_compare_choices(&mut out, year, selection.scope);
    }
    push_chart::<C>(&mut out, model, Theme::Light);
    let _ = write!(
        out,
        r#"<p class="note">{}</p></div></section><section class="controls" id="{CHOICES_ID}" tabindex="-1" aria-label="Choose what to show"><p role="status" class="figures-loading">Loading the choices&hellip;</p></section></div></main>"#,
        escape_html(&model.source),
    );
    Some(out)
}

/// The compare view's year and councils, as it shows them above the chart,
/// disabled until the explorer takes over (so the chart does not move then).
fn push_compare_choices(out: &mut String, year: Year, scope: CompareScope) {
    let _ = write!(
        out,
        r#"<div class="compare-controls"><div class="control inline"><label for="first-paint-year">Year</label><select id="first-paint-year" disabled><option>{year}</option></select></div><fieldset class="control inline scope" disabled><legend class="small-legend">Councils shown</legend>"#
    );
    for choice in CompareScope::ALL {
        let (code, checked) = (choice.code(), if choice == scope { " checked" } else { "" });
        let _ = write!(out, r#"<div class="radio"><input type="radio" name="first-paint-scope" id="first-paint-scope-{code}"{checked}><label for="first-paint-scope-{code}">{}</label></div>"#, choice.label());
    }
    out.push_str("</fieldset></div>");
}

/// Where the explorer's first paint shows that its choices are loading.
pub const CHOICES_ID: &str = "first-paint-choices";

/// The chart's parts, as both pages show them: notices, a comparison's
/// rank and band, a trend's key, an empty `<canvas>` for the chart (named by
/// the title and described by the summary), the summary, and the note on
/// figures computed by DfE's method if any.
fn push_chart<C: DrawingBackend>(out: &mut String, model: &ChartModel, theme: Theme)
where
    C::ErrorType: 'static,
{
    let title = escape_html(&model.title);
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
            push_svg_body(out, &swatch::<C>(&s.style, theme));
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
}
