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

use childstats::model::chart::{missing_sentence, ChartModel, Figure, Trend, OGL_ATTRIBUTION};
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

/// The class every element's style hangs from, so no rule reaches the host page.
const CLASS: &str = "cse-snap";

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
/// The snapshot's width in CSS pixels from which the wide drawing shows. The
/// smallest text (the page's 12 px axis labels) then reads 11 px at 300 px
/// wide, up to 18.5 px just below this, 10.6 px at it and 16.7 px at the
/// widest.
const WIDE_FROM: u32 = 480;
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
    let has_figures = match &model.figure {
        Figure::Trend(t) => t.series.iter().any(|s| s.points.iter().any(|p| p.value.is_ok())),
        Figure::Ranking(c) => !c.bars.is_empty(),
        Figure::NoFigures => false,
    };
    if !has_figures {
        return None;
    }
    // Ids for the chart's name and description, unique to this chart.
    let id = format!("{CLASS}-{}", escape_html(&model.file_stem));
    let title_id = format!("{id}-title");
    let summary_id = format!("{id}-summary");
    let label = format!(r#"role="img" aria-labelledby="{title_id}" aria-describedby="{summary_id}""#);
    // The wide drawing is hidden by its own style, which only the style
    // block's `!important` overrides: without the block, one drawing shows.
    let narrow = chart_svg::<C>(model, &NARROW, &format!(r#"{label} style="width:100%;height:auto;vertical-align:top""#));
    let wide = chart_svg::<C>(model, &WIDE, &format!(r#"{label} style="display:none;width:100%;height:auto;max-width:{WIDE_MAX}px""#));

    let mut html = String::with_capacity(narrow.len() + wide.len() + 8192);
    let mut push = |s: &str| html.push_str(s);
    push(&format!(r#"<div class="{CLASS}" style="margin:1em 0;padding:0;color:#0b0c0c;background:#fff;font-family:Arial,Helvetica,sans-serif;line-height:1.45;text-align:left">"#));
    push("\n");
    push(&style_block());
    push(&format!(r#"<figure style="margin:0;padding:0" aria-labelledby="{title_id}">"#));
    push("\n<figcaption style=\"margin:0 0 0.75em\">");
    push(&format!(r#"<p id="{title_id}" style="margin:0 0 0.4em;font-size:1.25em;font-weight:bold;line-height:1.3">{}</p>"#, escape_html(&model.title)));
    push(&format!(r#"<p id="{summary_id}" style="margin:0;max-width:44em">{}</p>"#, escape_html(&model.summary)));
    push("</figcaption>\n");
    if let Some(trend) = model.trend() {
        push(&key::<C>(trend));
    }
    push(&format!("<div class=\"{CLASS}-chart\">\n{narrow}{wide}</div>\n"));
    push(&match &model.figure {
        Figure::Trend(t) => trend_table(model, t),
        Figure::Ranking(c) => ranking_table(model, c),
        Figure::NoFigures => String::new(),
    });
    push(&format!(r#"<p class="{CLASS}-small">{}</p>"#, source_and_licence(&model.source)));
    push("\n");
    push(&format!(
        r#"<p class="{CLASS}-small">A snapshot made on {} from data version {}: its figures will not change. <a href="{}" style="color:#1d70b8">See the live chart</a>, which may have newer figures.</p>"#,
        escape_html(made_on),
        escape_html(&model.data_version),
        escape_html(live_url),
    ));
    push("\n</figure>\n</div>\n");
    Some(html)
}

/// Rules for what repeats (table cells, small print) and the container
/// query that picks a drawing; each selector starts with the class.
fn style_block() -> String {
    let c = CLASS;
    [
        "<style>",
        &format!(".{c}-chart{{container-type:inline-size;margin:0 0 0.75em}}"),
        &format!("@container (min-width:{WIDE_FROM}px){{.{c}-chart>.{c}-wide{{display:block!important}}.{c}-chart>.{c}-narrow{{display:none}}}}"),
        &format!(".{c} table{{border-collapse:collapse;margin:0.5em 0;font-size:0.9375em}}"),
        &format!(".{c} th,.{c} td{{padding:0.3em 0.75em 0.3em 0;border-bottom:1px solid #b1b4b6;text-align:left;vertical-align:top}}"),
        &format!(".{c} .{c}-num{{text-align:right;font-variant-numeric:tabular-nums}}.{c} td.{c}-num{{white-space:nowrap}}"),
        &format!(".{c}-small{{margin:0.5em 0 0;font-size:0.875em;color:#505a5f;max-width:50em}}"),
        "</style>\n",
    ]
    .concat()
}

/// One drawing of the chart as an `<svg>` element scaled to its box's
/// width, with `attributes` on it (its role, name, description and style).
fn chart_svg<C: DrawingBackend>(model: &ChartModel, layout: &Layout, attributes: &str) -> String
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
            let chart = TrendChart { series: &t.series, years: &model.years, x_labels: &t.labels, unit: &ind.unit, decimals: ind.decimals, highlight: None, reported: &[], scale };
            draw_trend(root, &chart).map(drop)
        }
        Figure::Ranking(c) => draw_ranking(root, &RankingChart { comparison: c, unit: &ind.unit, decimals: ind.decimals, scale }),
        Figure::NoFigures => Ok(()),
    });
    let class = layout.class;
    with_root_tag(&svg, &format!(r#"<svg class="{class}" viewBox="0 0 {} {}" width="100%" focusable="false" {attributes}>"#, size.0, size.1))
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

/// `svg` with its root tag (plotters' fixed size and namespace, which inline
/// SVG in HTML does not need) replaced by `tag`.
fn with_root_tag(svg: &str, tag: &str) -> String {
    let body = svg.split_once('>').map_or("", |(_, rest)| rest);
    format!("{tag}{body}\n")
}

/// The trend chart's key: each line's colour, dash and marker, drawn by the
/// chart's own marks, beside its label.
fn key<C: DrawingBackend>(trend: &Trend) -> String
where
    C::ErrorType: 'static,
{
    let items: String = trend
        .series
        .iter()
        .map(|s| format!(r#"<li style="display:inline-block;margin:0 1.25em 0.25em 0;white-space:nowrap">{}<span style="margin-left:0.4em">{}</span></li>"#, swatch::<C>(&s.style), escape_html(&s.label)))
        .collect();
    format!(r#"<ul aria-label="Key" style="list-style:none;margin:0 0 0.5em;padding:0">{items}</ul>"#) + "\n"
}

fn swatch<C: DrawingBackend>(style: &Style) -> String
where
    C::ErrorType: 'static,
{
    let (w, h) = (36.0, 16.0);
    let s = DENSITY;
    let px = |v: f64| (v * s).round() as i32;
    let size = ((w * s) as u32, (h * s) as u32);
    let svg = draw_svg::<C>(size, |root| {
        let line = vec![(px(1.0), px(h / 2.0)), (px(w - 1.0), px(h / 2.0))];
        let stroke = line_style(style, s);
        match style.dash {
            Dash::Solid => root.draw(&PathElement::new(line, stroke))?,
            Dash::Dashed => root.draw(&DashedPathElement::new(line, px(8.0), px(5.0), stroke))?,
            Dash::Dotted => root.draw(&DashedPathElement::new(line, px(2.5), px(3.5), stroke))?,
        }
        draw_marker(root, (px(w / 2.0), px(h / 2.0)), style, s)
    });
    with_root_tag(&svg, &format!(r#"<svg width="{w}" height="{h}" viewBox="0 0 {} {}" aria-hidden="true" focusable="false" style="vertical-align:middle">"#, size.0, size.1))
        .trim_end()
        .to_string()
}

/// A figure as text: the value (marked † where computed), or "no figure".
fn point_text(model: &ChartModel, point: &Point) -> String {
    match point.value {
        Ok(v) if point.derived => format!("{}\u{2020}", with_separators(v, model.indicator.decimals)),
        Ok(v) => with_separators(v, model.indicator.decimals),
        Err(_) => "no figure".to_string(),
    }
}

/// The figures in a `<details>`, closed, with what a reader needs to read
/// them. The table is named by a paragraph above it rather than a caption,
/// which would scroll out of sight with a wide table in a narrow box.
fn details(model: &ChartModel, caption: &str, table: &str, notes: &[String]) -> String {
    let c = CLASS;
    let id = format!("{c}-{}-table", escape_html(&model.file_stem));
    let table = table.replacen("<table>", &format!(r#"<table aria-labelledby="{id}">"#), 1);
    let notes: String = notes.iter().map(|n| format!(r#"<li>{}</li>"#, escape_html(n))).collect();
    let notes = if notes.is_empty() { String::new() } else { format!(r#"<ul class="{c}-small" style="padding-left:1.25em">{notes}</ul>"#) };
    format!(
        r#"<details style="margin:0 0 0.75em"><summary style="cursor:pointer;color:#1d70b8;text-decoration:underline">Figures in this chart, as a table</summary>
<p id="{id}" style="margin:0.5em 0 0;font-weight:bold">{}</p>
<div role="region" aria-labelledby="{id}" tabindex="0" style="overflow-x:auto;max-width:100%">{table}</div>{notes}</details>
"#,
        escape_html(caption)
    )
}

/// A row a year (its published period), a column an area.
fn trend_table(model: &ChartModel, trend: &Trend) -> String {
    let c = CLASS;
    let ind = &model.indicator;
    let caption = format!("{} ({})", ind.name, ind.unit);
    let mut table = r#"<table><thead><tr><th scope="col">Year</th>"#.to_string();
    for s in &trend.series {
        table += &format!(r#"<th scope="col" class="{c}-num">{}</th>"#, escape_html(&s.label));
    }
    table += "</tr></thead><tbody>";
    for (i, year) in model.years.iter().enumerate() {
        let period = trend.labels.get(i).cloned().unwrap_or_else(|| year.to_string());
        table += &format!(r#"<tr><th scope="row">{}</th>"#, escape_html(&period));
        for s in &trend.series {
            let text = s.points.iter().find(|p| p.year == *year).map(|p| point_text(model, p)).unwrap_or_default();
            table += &format!(r#"<td class="{c}-num">{}</td>"#, escape_html(&text));
        }
        table += "</tr>";
    }
    table += "</tbody></table>";
    let mut notes = Vec::new();
    if trend.has_derived() {
        notes.push("\u{2020} Computed from the published count and population (DfE's method), not published as a rate; drawn as a hollow marker.".to_string());
    }
    notes.extend(trend.gaps());
    details(model, &caption, &table, &notes)
}

/// A row a bar, in the chart's order.
fn ranking_table(model: &ChartModel, comparison: &Comparison) -> String {
    let c = CLASS;
    let ind = &model.indicator;
    let period = comparison.period.clone().unwrap_or_else(|| comparison.year.to_string());
    let caption = format!("{} ({}), {period}", ind.name, ind.unit);
    let mut table = format!(
        r#"<table><thead><tr><th scope="col">Rank</th><th scope="col">Area</th><th scope="col" class="{c}-num">Value</th><th scope="col">Band</th></tr></thead><tbody>"#
    );
    for bar in &comparison.bars {
        let rank = bar.rank.map_or_else(|| "\u{2014}".to_string(), |r| r.to_string());
        let band = bar.band.map(|b| b.letter().to_string()).unwrap_or_default();
        table += &format!(
            r#"<tr><td>{rank}</td><th scope="row">{}</th><td class="{c}-num">{}</td><td>{band}</td></tr>"#,
            escape_html(&bar.label),
            with_separators(bar.value, ind.decimals),
        );
    }
    table += "</tbody></table>";
    let notes: Vec<String> = comparison.missing.iter().map(|(name, reason)| missing_sentence(name, comparison.year, reason.describe())).collect();
    details(model, &caption, &table, &notes)
}

/// The model's source line with its licence linked.
fn source_and_licence(source: &str) -> String {
    let link = format!(r#"<a href="{OGL_URL}" style="color:#1d70b8">Open Government Licence v3.0</a>"#);
    let licence = escape_html(OGL_ATTRIBUTION).replace("Open Government Licence v3.0", &link);
    match source.strip_suffix(OGL_ATTRIBUTION) {
        Some(rest) => format!("{}{licence}", escape_html(rest)),
        None => format!("{} {licence}", escape_html(source)),
    }
}
