//! A chart as a snapshot to paste into a page: self-contained HTML with the
//! chart as inline SVG (drawn by the same functions as the page), its title,
//! summary (the chart's accessible description), key, figures as a collapsed
//! table, source, licence, data version, the date it was made and a link to
//! the live chart. No script, no external requests: for council pages whose
//! CMS strips iframes or scripts, and committee papers that must not change
//! after publication. Everything it shows is read from the chart model.
//!
//! The chart is drawn twice, for a narrow and a wide box; a container query
//! in a `<style>` block scoped by a class prefix shows the one that fits, so
//! the chart's text stays legible from 300 to 1200 px. Where a CMS strips the
//! `<style>` block, the narrow drawing shows.

use childstats::model::theme::Theme;
use std::fmt::Write;

use childstats::model::chart::{missing_sentence, ChartModel, Figure, Trend, DERIVED_NOTE, OGL_ATTRIBUTION};
use childstats::model::compare::Comparison;
use childstats::model::format::with_separators;
use childstats::model::series::{Dash, Point, Style};
use childstats::model::share::escape_html;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

use crate::either::Either;
use crate::marks::{draw_marker, line_style};
use crate::ranking::{draw_ranking, ranking_height, RankingChart};
use crate::trend::{draw_trend, TrendChart};

/// The Open Government Licence v3.0, which every figure is published under.
pub const OGL_URL: &str = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/// Every class and id starts `cse-snap`, and so does every selector of the
/// style block, so no rule reaches the host page. The block's rules are for
/// what repeats (table cells, small print) and the container query that
/// shows the wide drawing from 480 px: the smallest text (the page's 12 px
/// axis labels) then reads 11 px at 300 px wide, up to 18.5 px just below
/// 480, 10.6 px at it and 16.7 px at the widest.
const STYLE: &str = "<style>.cse-snap-chart{container-type:inline-size;margin:0 0 0.75em}\
@container (min-width:480px){.cse-snap-chart>.cse-snap-wide{display:block!important}.cse-snap-chart>.cse-snap-narrow{display:none}}\
.cse-snap table{border-collapse:collapse;margin:0.5em 0;font-size:0.9375em}\
.cse-snap th,.cse-snap td{padding:0.3em 0.75em 0.3em 0;border-bottom:1px solid #b1b4b6;text-align:left;vertical-align:top}\
.cse-snap .cse-snap-num{text-align:right;font-variant-numeric:tabular-nums}.cse-snap td.cse-snap-num{white-space:nowrap}\
.cse-snap-small{margin:0.5em 0 0;font-size:0.875em;color:#505a5f;max-width:50em}</style>\n";

/// plotters' SVG backend writes a font size as size / 1.24 (points to
/// pixels); the page's canvas does not. Drawing at 1.24 keeps the chart's
/// text, at its design width, the size of the page's.
const SVG_TEXT: f64 = 1.24;
/// SVG units per CSS pixel: plotters places everything on whole units, so
/// two per pixel keep lines and markers where the canvas puts them.
const DENSITY: f64 = 2.0;

/// A box the chart is drawn for, in the charts' CSS pixels (shown 1.24 times
/// wider, where its text is the page's size).
struct Layout {
    class: &'static str,
    width: u32,
    trend_height: u32,
}

const NARROW: Layout = Layout { class: "cse-snap-narrow", width: 250, trend_height: 215 };
const WIDE: Layout = Layout { class: "cse-snap-wide", width: 440, trend_height: 260 };
/// The wide drawing grows no wider than this.
const WIDE_MAX: u32 = 760;

/// "2 December 2026", as people write a date; `month` is 1 to 12.
pub fn date_in_words(year: i32, month: u32, day: u32) -> String {
    const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let name = MONTHS[(month.clamp(1, 12) - 1) as usize];
    format!("{day} {name} {year}")
}

/// The snapshot of `model`'s chart as an HTML fragment to paste into a page,
/// or `None` when the chart has no figures. `live_url` is the chart's link
/// (the share link, with its data version); `made_on` the date in words.
/// `C` is the app's other drawing backend (see `export_svg`): the chart code
/// is compiled once for both.
pub fn snapshot_html<C: DrawingBackend>(model: &ChartModel, live_url: &str, made_on: &str) -> Option<String>
where
    C::ErrorType: 'static,
{
    if !has_figures(model) {
        return None;
    }
    // Ids for the chart's name and description, unique to this chart.
    let id = format!("cse-snap-{}", escape_html(&model.file_stem));
    let mut out = String::with_capacity(65536);
    out.push_str(r#"<div class="cse-snap" style="margin:1em 0;padding:0;color:#0b0c0c;background:#fff;font-family:Arial,Helvetica,sans-serif;line-height:1.45;text-align:left">"#);
    out.push('\n');
    out.push_str(STYLE);
    let _ = write!(
        out,
        r#"<figure style="margin:0;padding:0" aria-labelledby="{id}-title">
<figcaption style="margin:0 0 0.75em"><p id="{id}-title" style="margin:0 0 0.4em;font-size:1.25em;font-weight:bold;line-height:1.3">{}</p><p id="{id}-summary" style="margin:0;max-width:44em">{}</p></figcaption>
"#,
        escape_html(&model.title),
        escape_html(&model.caption()),
    );
    if let Some(trend) = model.trend() {
        key::<C>(&mut out, trend);
    }
    // The wide drawing is hidden by its own style, which only the style
    // block's `!important` overrides: without the block, one drawing shows.
    out.push_str("<div class=\"cse-snap-chart\">\n");
    chart_svg::<C>(&mut out, model, &NARROW, &id, "vertical-align:top");
    chart_svg::<C>(&mut out, model, &WIDE, &id, &format!("display:none;max-width:{WIDE_MAX}px"));
    out.push_str("</div>\n");
    if model.trend().is_some_and(Trend::has_derived) {
        let _ = writeln!(out, r#"<p class="cse-snap-small" style="margin:0 0 0.75em">{DERIVED_NOTE}</p>"#);
    }
    match &model.figure {
        Figure::Trend(t) => trend_table(&mut out, model, t, &id),
        Figure::Ranking(c) => ranking_table(&mut out, model, c, &id),
        Figure::NoFigures => {}
    }
    let _ = write!(
        out,
        r#"<p class="cse-snap-small">{}</p>
<p class="cse-snap-small">A snapshot made on {} from data version {}: its figures will not change. <a href="{}" style="color:#1d70b8">See the live chart</a>, which may have newer figures.</p>
</figure>
</div>
"#,
        source_and_licence(&model.source),
        escape_html(made_on),
        escape_html(&model.data_version),
        escape_html(live_url),
    );
    Some(out)
}

/// Whether the chart model has a figure to draw.
pub(crate) fn has_figures(model: &ChartModel) -> bool {
    match &model.figure {
        Figure::Trend(t) => t.series.iter().any(|s| s.points.iter().any(|p| p.value.is_ok())),
        Figure::Ranking(c) => !c.bars.is_empty(),
        Figure::NoFigures => false,
    }
}

/// The snapshot as a page of its own, to download and open or archive: the
/// same HTML in a document with its language, character set and title.
pub fn snapshot_page(model: &ChartModel, snapshot: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n</head>\n<body style=\"margin:0 auto;padding:0 1em;max-width:60em\">\n{snapshot}</body>\n</html>\n",
        escape_html(&model.title)
    )
}

/// One drawing of the chart as an `<svg>` scaled to its box's width, named
/// by the title and described by the summary (ids from `id`), with `style`.
fn chart_svg<C: DrawingBackend>(out: &mut String, model: &ChartModel, layout: &Layout, id: &str, style: &str)
where
    C::ErrorType: 'static,
{
    let scale = SVG_TEXT * DENSITY;
    let ind = &model.indicator;
    let height = match &model.figure {
        Figure::Ranking(c) => ranking_height(c.bars.len()),
        _ => layout.trend_height,
    };
    let size = ((f64::from(layout.width) * scale).round() as u32, (f64::from(height) * scale).round() as u32);
    let svg = draw_svg::<C>(size, |root| match &model.figure {
        Figure::Trend(t) => {
            let chart = TrendChart { series: &t.series, years: &model.years, x_labels: &t.labels, unit: &ind.unit, decimals: ind.decimals, highlight: None, reported: &[], fit: model.fit_axis(), theme: Theme::Light, scale };
            draw_trend(root, &chart).map(drop)
        }
        Figure::Ranking(c) => draw_ranking(root, &RankingChart { comparison: c, unit: &ind.unit, decimals: ind.decimals, theme: Theme::Light, scale }),
        Figure::NoFigures => Ok(()),
    });
    let _ = write!(
        out,
        r#"<svg class="{}" viewBox="0 0 {} {}" width="100%" focusable="false" role="img" aria-labelledby="{id}-title" aria-describedby="{id}-summary" style="{style};width:100%;height:auto">"#,
        layout.class, size.0, size.1,
    );
    push_svg_body(out, &svg);
    out.push('\n');
}

/// Draws into an SVG string of `size` through `Either`, as `export_svg` does.
fn draw_svg<C: DrawingBackend>(size: (u32, u32), draw: impl FnOnce(&DrawingArea<Either<C, SVGBackend<'_>>, plotters::coord::Shift>) -> DrawResult<C>) -> String
where
    C::ErrorType: 'static,
{
    let mut svg = String::new();
    {
        let root = Either::<C, _>::Right(SVGBackend::with_string(&mut svg, size)).into_drawing_area();
        // Drawing into a string cannot fail for I/O; not `expect`, whose
        // message would link std's I/O error texts into the app.
        if draw(&root).and_then(|()| root.present()).is_err() {
            panic!("drawing the snapshot into an SVG string failed");
        }
    }
    svg
}

type DrawResult<C> = Result<(), DrawingAreaErrorKind<crate::either::EitherError<<C as DrawingBackend>::ErrorType, std::io::Error>>>;

/// `svg` without its root tag (plotters' fixed size and namespace, which
/// inline SVG in HTML does not need), after the caller's own tag.
pub(crate) fn push_svg_body(out: &mut String, svg: &str) {
    out.push_str(svg.split_once('>').map_or("", |(_, rest)| rest).trim_end());
}

/// The trend chart's key: each line's colour, dash and marker, drawn by the
/// chart's own marks, beside its label.
fn key<C: DrawingBackend>(out: &mut String, trend: &Trend)
where
    C::ErrorType: 'static,
{
    out.push_str(r#"<ul aria-label="Key" style="list-style:none;margin:0 0 0.5em;padding:0">"#);
    for s in &trend.series {
        out.push_str(r#"<li style="display:inline-flex;align-items:center;max-width:100%;margin:0 1.25em 0.25em 0"><svg width="36" height="16" viewBox="0 0 72 32" aria-hidden="true" focusable="false" style="flex:none">"#);
        push_svg_body(out, &swatch::<C>(&s.style, Theme::Light));
        let _ = write!(out, r#"<span style="margin-left:0.4em">{}</span></li>"#, escape_html(&s.label));
    }
    out.push_str("</ul>\n");
}

/// A line's swatch, 36 by 16 CSS pixels at two SVG units a pixel.
pub(crate) fn swatch<C: DrawingBackend>(style: &Style, theme: Theme) -> String
where
    C::ErrorType: 'static,
{
    let s = DENSITY;
    let px = |v: f64| (v * s).round() as i32;
    draw_svg::<C>((72, 32), |root| {
        let line = vec![(px(1.0), px(8.0)), (px(35.0), px(8.0))];
        let stroke = line_style(style, theme, s);
        match style.dash {
            Dash::Solid => root.draw(&PathElement::new(line, stroke))?,
            Dash::Dashed => root.draw(&DashedPathElement::new(line, px(8.0), px(5.0), stroke))?,
            Dash::Dotted => root.draw(&DashedPathElement::new(line, px(2.5), px(3.5), stroke))?,
        }
        draw_marker(root, (px(18.0), px(8.0)), style, theme, s)
    })
}

/// A figure as the page's table shows it: the value (marked † where
/// computed), or "no figure".
fn push_point(out: &mut String, model: &ChartModel, point: &Point) {
    out.push_str(&childstats::model::format::point_text(point, model.indicator.decimals));
}

/// Opens the figures' `<details>`, closed, and their table. The table is
/// named by a paragraph above it rather than a caption, which would scroll
/// out of sight with a wide table in a narrow box.
fn open_details(out: &mut String, id: &str, caption: &str) {
    let _ = write!(
        out,
        r#"<details style="margin:0 0 0.75em"><summary style="cursor:pointer;color:#1d70b8;text-decoration:underline">Figures in this chart, as a table</summary>
<p id="{id}-table" style="margin:0.5em 0 0;font-weight:bold">{}</p>
<div role="region" aria-labelledby="{id}-table" tabindex="0" style="overflow-x:auto;max-width:100%"><table aria-labelledby="{id}-table"><thead><tr>"#,
        escape_html(caption)
    );
}

/// Closes the table and the `<details>`, with what a reader needs to read them.
fn close_details(out: &mut String, notes: &[String]) {
    out.push_str("</tbody></table></div>");
    if !notes.is_empty() {
        out.push_str(r#"<ul class="cse-snap-small" style="padding-left:1.25em">"#);
        for note in notes {
            let _ = write!(out, "<li>{}</li>", escape_html(note));
        }
        out.push_str("</ul>");
    }
    out.push_str("</details>\n");
}

/// A row a year (its published period), a column an area, as on the page.
fn trend_table(out: &mut String, model: &ChartModel, trend: &Trend, id: &str) {
    let ind = &model.indicator;
    open_details(out, id, &format!("{} ({})", ind.name, ind.unit));
    out.push_str(r#"<th scope="col">Period</th>"#);
    for s in &trend.series {
        let _ = write!(out, r#"<th scope="col" class="cse-snap-num">{}</th>"#, escape_html(&s.label));
    }
    out.push_str("</tr></thead><tbody>");
    for (i, year) in model.years.iter().enumerate() {
        let period = trend.labels.get(i).cloned().unwrap_or_else(|| year.to_string());
        let _ = write!(out, r#"<tr><th scope="row">{}</th>"#, escape_html(&period));
        for s in &trend.series {
            out.push_str(r#"<td class="cse-snap-num">"#);
            if let Some(p) = s.points.iter().find(|p| p.year == *year) {
                push_point(out, model, p);
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    close_details(out, &trend.gaps());
}

/// A row a bar, in the chart's order.
fn ranking_table(out: &mut String, model: &ChartModel, comparison: &Comparison, id: &str) {
    let ind = &model.indicator;
    let period = comparison.period.clone().unwrap_or_else(|| comparison.year.to_string());
    open_details(out, id, &format!("{} ({}), {period}", ind.name, ind.unit));
    out.push_str(r#"<th scope="col">Rank</th><th scope="col">Area</th><th scope="col" class="cse-snap-num">Value</th><th scope="col">Band</th></tr></thead><tbody>"#);
    for bar in &comparison.bars {
        out.push_str("<tr><td>");
        match bar.rank {
            Some(r) => out.push_str(&r.to_string()),
            None => out.push('\u{2014}'),
        }
        let _ = write!(out, r#"</td><th scope="row">{}</th><td class="cse-snap-num">{}</td><td>"#, escape_html(&bar.label), with_separators(bar.value, ind.decimals));
        if let Some(b) = bar.band {
            out.push(b.letter());
        }
        out.push_str("</td></tr>");
    }
    let notes: Vec<String> = comparison.missing.iter().map(|(name, reason)| missing_sentence(name, comparison.year, reason.describe())).collect();
    close_details(out, &notes);
}

/// The model's source line with its licence linked.
fn source_and_licence(source: &str) -> String {
    let link = format!(r#"<a href="{OGL_URL}" style="color:#1d70b8">Open Government Licence v3.0</a>"#);
    let licence = escape_html(OGL_ATTRIBUTION).replace("Open Government Licence v3.0", &link);
    match source.strip_suffix(OGL_ATTRIBUTION) {
        Some(rest) => escape_html(rest) + &licence,
        None => escape_html(source) + " " + &licence,
    }
}
