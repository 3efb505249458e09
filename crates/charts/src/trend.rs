//! The trend chart: one line per series over the chosen years. Missing years
//! are gaps (an isolated figure is a lone marker), never zeros.

use childstats::data::Year;
use childstats::model::format::with_separators;
use childstats::model::series::{Series, Style};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

use crate::marks::{draw_marker, line_style};

/// What the trend chart draws. All sizes are CSS pixels times `scale`
/// (the device pixel ratio), so the canvas is crisp on high-DPI screens.
pub struct TrendChart<'a> {
    pub series: &'a [Series],
    pub years: &'a [Year],
    /// Published period labels, one per year.
    pub x_labels: &'a [String],
    /// The axis title: the indicator's unit.
    pub unit: &'a str,
    pub decimals: u8,
    /// A year to mark (hover, tap or keyboard focus).
    pub highlight: Option<Year>,
    /// Figures as reported locally, drawn as open rings with no line.
    pub reported: &'a [(Year, f64)],
    pub scale: f64,
}

/// Locally reported figures: a colour no series uses, 3:1 on white.
pub const REPORTED: RGBColor = RGBColor(0x6f, 0x1d, 0x9b);

/// Where things landed, in backend pixels, for hit-testing a pointer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrendLayout {
    pub plot_left: i32,
    pub plot_right: i32,
    pub plot_top: i32,
    pub plot_bottom: i32,
    pub year_x: Vec<(Year, i32)>,
}

impl TrendLayout {
    /// The year whose position is nearest `x` (backend pixels), if any.
    pub fn nearest_year(&self, x: i32) -> Option<Year> {
        self.year_x.iter().min_by_key(|(_, px)| (px - x).abs()).map(|(y, _)| *y)
    }
}

/// The y range: from zero (or the lowest value, if negative) to a little
/// above the highest, so bars of change are not exaggerated.
pub fn y_range(series: &[Series]) -> Option<(f64, f64)> {
    let values: Vec<f64> = series.iter().flat_map(|s| s.points.iter().filter_map(|p| p.value.ok())).collect();
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    if !max.is_finite() {
        return None;
    }
    let low = min.min(0.0);
    let high = if max <= 0.0 { 0.0 } else { max };
    let span = (high - low).max(1e-9);
    Some((if low < 0.0 { low - span * 0.05 } else { 0.0 }, high + span * 0.08))
}

pub fn draw_trend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &TrendChart<'_>,
) -> Result<TrendLayout, DrawingAreaErrorKind<DB::ErrorType>> {
    let s = chart.scale;
    let px = |v: f64| (v * s).round() as i32;
    root.fill(&WHITE)?;
    let (width, height) = root.dim_in_pixel();
    let font = |size: f64| ("sans-serif", size * s).into_font();

    let Some((y_low, mut y_high)) = y_range(chart.series) else {
        root.draw(&Text::new(
            "No figures for this selection",
            (px(16.0), (height / 2) as i32),
            font(15.0).color(&BLACK),
        ))?;
        return Ok(TrendLayout::default());
    };

    // Room for a reported figure above every series.
    if let Some(top) = chart.reported.iter().map(|r| r.1).reduce(f64::max) {
        y_high = y_high.max(top * 1.08);
    }
    let n = chart.years.len().max(1);
    // Show every label if they fit, else every second or third.
    let label_px = chart.x_labels.iter().map(|l| l.chars().count()).max().unwrap_or(4) as f64 * 7.5 * s;
    let plot_px = f64::from(width) - 70.0 * s;
    let step = ((label_px + 8.0 * s) * n as f64 / plot_px.max(1.0)).ceil().max(1.0) as usize;
    let labels = chart.x_labels.to_vec();
    let decimals = chart.decimals;

    let mut ctx = ChartBuilder::on(root)
        .margin_top(px(12.0))
        .margin_right(px(16.0))
        .margin_left(px(4.0))
        .x_label_area_size(px(32.0))
        .y_label_area_size(px(58.0))
        .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), y_low..y_high)?;
    ctx.configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(RGBColor(0xdd, 0xdd, 0xdd).stroke_width(px(1.0).max(1) as u32))
        .axis_style(RGBColor(0x50, 0x5a, 0x5f).stroke_width(px(1.0).max(1) as u32))
        .x_labels(n)
        .x_label_formatter(&|x| {
            let i = x.round();
            if (x - i).abs() > 1e-6 || i < 0.0 {
                return String::new();
            }
            let i = i as usize;
            if i % step != (n - 1) % step {
                return String::new(); // keep the latest year's label
            }
            labels.get(i).cloned().unwrap_or_default()
        })
        .y_labels(6)
        .y_label_formatter(&|v| with_separators(*v, decimals.min(1).max(u8::from(*v != v.round()))))
        .y_desc(chart.unit)
        .axis_desc_style(font(13.0).color(&RGBColor(0x0b, 0x0c, 0x0c)))
        .label_style(font(12.0).color(&RGBColor(0x0b, 0x0c, 0x0c)))
        .draw()?;

    let base = root.get_base_pixel();
    let year_index = |y: Year| chart.years.iter().position(|v| *v == y).map(|i| i as f64);
    if let Some(i) = chart.highlight.and_then(year_index) {
        ctx.draw_series(std::iter::once(PathElement::new(
            vec![(i, y_low), (i, y_high)],
            RGBColor(0x50, 0x5a, 0x5f).stroke_width(px(1.0).max(1) as u32),
        )))?;
    }

    // Individual councils first, then references, the focus on top.
    for series in chart.series.iter().rev() {
        let style = line_style(&series.style, s);
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut runs = Vec::new();
        for p in &series.points {
            match (year_index(p.year), p.value) {
                (Some(i), Ok(v)) => run.push((i, v)),
                _ => runs.push(std::mem::take(&mut run)),
            }
        }
        runs.push(run);
        for run in runs.into_iter().filter(|r| r.len() > 1) {
            match series.style.dash {
                childstats::model::series::Dash::Solid => {
                    ctx.draw_series(std::iter::once(PathElement::new(run, style)))?;
                }
                childstats::model::series::Dash::Dashed => {
                    ctx.draw_series(std::iter::once(DashedPathElement::new(run, px(8.0), px(5.0), style)))?;
                }
                childstats::model::series::Dash::Dotted => {
                    ctx.draw_series(std::iter::once(DashedPathElement::new(run, px(2.5), px(3.5), style)))?;
                }
            }
        }
        for p in &series.points {
            if let (Some(i), Ok(v)) = (year_index(p.year), p.value) {
                let big = chart.highlight == Some(p.year);
                // Backend coordinates are absolute; `root` may be a sub-area.
                let (x, y) = ctx.backend_coord(&(i, v));
                let (x, y) = (x - base.0, y - base.1);
                // A derived figure is drawn hollow: computed, not published.
                let style = if p.derived { Style { filled: false, ..series.style } } else { series.style };
                draw_marker(root, (x, y), &style, s * if big { 1.5 } else { 1.0 })?;
            }
        }
    }

    for &(year, value) in chart.reported {
        if let Some(i) = year_index(year) {
            let (x, y) = ctx.backend_coord(&(i, value));
            let ring = REPORTED.stroke_width(px(2.5).max(2) as u32);
            root.draw(&Circle::new((x - base.0, y - base.1), px(8.0), ring))?;
        }
    }

    let (x_range, y_range) = (ctx.plotting_area().get_pixel_range().0, ctx.plotting_area().get_pixel_range().1);
    let year_x = chart.years.iter().enumerate().map(|(i, y)| (*y, ctx.backend_coord(&(i as f64, y_low)).0)).collect();
    Ok(TrendLayout { plot_left: x_range.start, plot_right: x_range.end, plot_top: y_range.start, plot_bottom: y_range.end, year_x })
}
