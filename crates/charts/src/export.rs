//! A chart to take away: title, summary, key, the chart and its source, drawn
//! by the same functions as the page, into SVG or (in the browser) a 2x PNG.

use childstats::model::theme::Theme;
use childstats::model::series::Series;
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::marks::{draw_marker, line_style, SANS};
use crate::ranking::{draw_ranking, ranking_height, RankingChart};
use crate::trend::{draw_trend, TrendChart};

pub enum ExportChart<'a> {
    Trend(TrendChart<'a>),
    Ranking(RankingChart<'a>),
}

pub struct ExportImage<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    /// Source and licence line.
    pub source: &'a str,
    pub chart: ExportChart<'a>,
}

/// Width of an exported image in CSS pixels (a PNG is twice this).
pub const EXPORT_WIDTH: u32 = 800;
const PAD: f64 = 24.0;
const TITLE_SIZE: f64 = 20.0;
const TEXT_SIZE: f64 = 14.0;
const SOURCE_SIZE: f64 = 12.0;
const TREND_HEIGHT: u32 = 400;

/// Splits text into lines of at most `max_chars`, at spaces.
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Characters per line for a font size across the image (a conservative
/// average glyph width, so text never runs off the edge).
fn chars_per_line(size: f64) -> usize {
    ((f64::from(EXPORT_WIDTH) - 2.0 * PAD) / (size * 0.56)).floor() as usize
}

pub(crate) struct Layout {
    title: Vec<String>,
    summary: Vec<String>,
    source: Vec<String>,
    legend_rows: Vec<Vec<usize>>,
    chart_height: u32,
}

fn legend_rows(series: &[Series]) -> Vec<Vec<usize>> {
    // Each entry: swatch (40) + gap + label; wrap entries across rows.
    let max = f64::from(EXPORT_WIDTH) - 2.0 * PAD;
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut used = max;
    for (i, s) in series.iter().enumerate() {
        let w = 48.0 + s.label.chars().count() as f64 * TEXT_SIZE * 0.56 + 20.0;
        if used + w > max {
            rows.push(Vec::new());
            used = 0.0;
        }
        rows.last_mut().expect("a row was pushed").push(i);
        used += w;
    }
    rows
}

fn layout(image: &ExportImage<'_>) -> Layout {
    let (legend_rows, chart_height) = match &image.chart {
        ExportChart::Trend(t) => (legend_rows(t.series), TREND_HEIGHT),
        ExportChart::Ranking(r) => (Vec::new(), ranking_height(r.comparison.bars.len())),
    };
    Layout::new((image.title, image.summary, image.source), legend_rows, chart_height)
}

impl Layout {
    /// The wrapped title, summary and source around a chart of `chart_height`.
    pub(crate) fn new((title, summary, source): (&str, &str, &str), legend_rows: Vec<Vec<usize>>, chart_height: u32) -> Self {
        Layout {
            title: wrap(title, chars_per_line(TITLE_SIZE)),
            summary: wrap(summary, chars_per_line(TEXT_SIZE)),
            source: wrap(source, chars_per_line(SOURCE_SIZE)),
            legend_rows,
            chart_height,
        }
    }

    /// The image's size in CSS pixels.
    pub(crate) fn size(&self) -> (u32, u32) {
        let (top, legend, bottom) = heights(self);
        (EXPORT_WIDTH, (top + legend + f64::from(self.chart_height) + bottom).ceil() as u32)
    }
}

fn heights(l: &Layout) -> (f64, f64, f64) {
    let top = PAD + l.title.len() as f64 * TITLE_SIZE * 1.3 + 8.0 + l.summary.len() as f64 * TEXT_SIZE * 1.45 + 8.0;
    let legend = l.legend_rows.len() as f64 * 24.0;
    let bottom = 12.0 + l.source.len() as f64 * SOURCE_SIZE * 1.4 + PAD;
    (top, legend, bottom)
}

/// The image's size in CSS pixels.
pub fn export_size(image: &ExportImage<'_>) -> (u32, u32) {
    layout(image).size()
}

/// Draws the whole image; `scale` is 1 for SVG and 2 for a crisp PNG.
pub fn draw_export<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    image: &mut ExportImage<'_>,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as i32;
    let l = layout(image);
    let (top, _, _) = heights(&l);
    let ink = RGBColor(0x0b, 0x0c, 0x0c);
    let area = draw_frame(root, &l, scale)?;

    if let ExportChart::Trend(t) = &image.chart {
        let mut row_y = top;
        for row in &l.legend_rows {
            let mut x = PAD;
            for &i in row {
                let s = &t.series[i];
                let mid = px(row_y + 10.0);
                root.draw(&PathElement::new(vec![(px(x), mid), (px(x + 36.0), mid)], line_style(&s.style, Theme::Light, scale)))?;
                draw_marker(root, (px(x + 18.0), mid), &s.style, Theme::Light, scale)?;
                let label_style = (SANS, TEXT_SIZE * scale).into_font().color(&ink);
                root.draw(&Text::new(s.label.clone(), (px(x + 44.0), px(row_y + 2.0)), label_style))?;
                x += 48.0 + s.label.chars().count() as f64 * TEXT_SIZE * 0.56 + 20.0;
            }
            row_y += 24.0;
        }
    }

    match &mut image.chart {
        ExportChart::Trend(t) => {
            t.scale = scale;
            draw_trend(&area, t)?;
        }
        ExportChart::Ranking(r) => {
            r.scale = scale;
            draw_ranking(&area, r)?;
        }
    }
    draw_source(root, &l, scale)
}

/// Fills the image white and draws its title and summary; returns the area
/// left for the chart (below the trend's key, if any).
pub(crate) fn draw_frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    l: &Layout,
    scale: f64,
) -> Result<DrawingArea<DB, Shift>, DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as i32;
    root.fill(&WHITE)?;
    let (top, legend, _) = heights(l);
    let ink = RGBColor(0x0b, 0x0c, 0x0c);
    let mut y = PAD;
    for line in &l.title {
        root.draw(&Text::new(line.clone(), (px(PAD), px(y)), (SANS, TITLE_SIZE * scale, FontStyle::Bold).into_font().color(&ink)))?;
        y += TITLE_SIZE * 1.3;
    }
    y += 8.0;
    for line in &l.summary {
        root.draw(&Text::new(line.clone(), (px(PAD), px(y)), (SANS, TEXT_SIZE * scale).into_font().color(&ink)))?;
        y += TEXT_SIZE * 1.45;
    }
    let chart_top = top + legend;
    let (w, _) = root.dim_in_pixel();
    Ok(root.clone().shrink((0, px(chart_top)), (w, px(f64::from(l.chart_height)))))
}

/// The source and licence under the chart.
pub(crate) fn draw_source<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    l: &Layout,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as i32;
    let (top, legend, _) = heights(l);
    let muted = RGBColor(0x50, 0x5a, 0x5f);
    let mut y = top + legend + f64::from(l.chart_height) + 12.0;
    for line in &l.source {
        root.draw(&Text::new(line.clone(), (px(PAD), px(y)), (SANS, SOURCE_SIZE * scale).into_font().color(&muted)))?;
        y += SOURCE_SIZE * 1.4;
    }
    Ok(())
}

/// The image as an SVG document. Drawn through `Either` so that, in the app,
/// this shares one compiled copy of the chart code with the canvas.
pub fn export_svg<C: DrawingBackend>(image: &mut ExportImage<'_>) -> String
where
    C::ErrorType: 'static,
{
    svg_document::<C>(export_size(image), |root| draw_export(root, image, 1.0))
}

/// An SVG document of `size` drawn by `draw` (at scale 1).
pub(crate) fn svg_document<C: DrawingBackend>(
    size: (u32, u32),
    draw: impl FnOnce(&DrawingArea<crate::either::Either<C, SVGBackend<'_>>, Shift>) -> Result<(), DrawingAreaErrorKind<crate::either::EitherError<C::ErrorType, std::io::Error>>>,
) -> String
where
    C::ErrorType: 'static,
{
    let mut svg = String::new();
    {
        let root = crate::either::Either::<C, _>::Right(SVGBackend::with_string(&mut svg, size)).into_drawing_area();
        // Drawing into a string cannot fail for I/O; a plotters error would be
        // a bug. Not `expect`, whose message would format the error and link
        // std's I/O error texts into the app.
        if draw(&root).and_then(|()| root.present()).is_err() {
            panic!("drawing the chart into an SVG string failed");
        }
    }
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole_and_lines_short() {
        let lines = wrap("In Southampton, 54.6 children per 10,000 were the subject of a plan", 20);
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
        assert_eq!(lines.join(" "), "In Southampton, 54.6 children per 10,000 were the subject of a plan");
        assert_eq!(wrap("", 10), Vec::<String>::new());
    }
}
