//! The trend chart: one line per series over the chosen years. Missing years
//! are gaps (an isolated figure is a lone marker), never zeros.

use childstats::data::Year;
use childstats::model::series::{Dash, Series, Style};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::axes::{draw_bottom_axis, draw_left_axis, nice_ticks, tick_label, AxisStyle, Plot, Scale};
use crate::axes::draw_axis_break;
use crate::marks::{colour, draw_marker, line_style, SANS};
use childstats::model::axis::{value_range, ValueRange};
use childstats::model::selection::ValueAxis;
use childstats::model::theme::Theme;

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
    /// The value axis fitted to the figures rather than from zero.
    pub fit: bool,
    pub theme: Theme,
    pub scale: f64,
}

/// Locally reported figures: a colour no series uses, 3:1 on white (the
/// light palette's; `Palette::reported` has both themes').
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

    /// Whether `year` is drawn in the right half of the plot (where a readout
    /// in the top right corner could cover it).
    pub fn in_right_half(&self, year: Year) -> bool {
        self.year_x.iter().find(|(y, _)| *y == year).is_some_and(|(_, x)| 2 * x > self.plot_left + self.plot_right)
    }
}

/// One line of a chart over evenly spaced labels: a value (and whether it
/// was derived rather than published) per label, `None` for a gap.
pub struct Line {
    pub style: Style,
    pub points: Vec<Option<(f64, bool)>>,
}

/// Lines over evenly spaced labels: years for a trend, months or quarters
/// for figures reported locally. The trend chart is drawn through this.
pub struct LineChart<'a> {
    pub labels: &'a [String],
    /// Drawn in order: the last on top.
    pub lines: &'a [Line],
    pub unit: &'a str,
    pub decimals: u8,
    pub highlight: Option<usize>,
    pub reported: &'a [(usize, f64)],
    /// The value axis fitted to the figures rather than from zero.
    pub fit: bool,
    pub theme: Theme,
    pub scale: f64,
}

/// Where a line chart landed, in backend pixels.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineLayout {
    pub plot: (std::ops::Range<i32>, std::ops::Range<i32>),
    /// The x position of each label.
    pub x: Vec<i32>,
}

pub fn draw_trend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &TrendChart<'_>,
) -> Result<TrendLayout, DrawingAreaErrorKind<DB::ErrorType>> {
    let index = |y: Year| chart.years.iter().position(|v| *v == y);
    // Individual councils first, then references, the focus on top.
    let lines: Vec<Line> = chart
        .series
        .iter()
        .rev()
        .map(|series| {
            let mut points = vec![None; chart.years.len()];
            for p in &series.points {
                if let (Some(i), Ok(v)) = (index(p.year), p.value) {
                    points[i] = Some((v, p.derived));
                }
            }
            Line { style: series.style, points }
        })
        .collect();
    let reported: Vec<(usize, f64)> = chart.reported.iter().filter_map(|(y, v)| Some((index(*y)?, *v))).collect();
    let layout = draw_lines(
        root,
        &LineChart {
            labels: chart.x_labels,
            lines: &lines,
            unit: chart.unit,
            decimals: chart.decimals,
            highlight: chart.highlight.and_then(index),
            reported: &reported,
            fit: chart.fit,
            theme: chart.theme,
            scale: chart.scale,
        },
    )?;
    if layout.x.is_empty() {
        return Ok(TrendLayout::default());
    }
    let year_x = chart.years.iter().zip(&layout.x).map(|(y, x)| (*y, *x)).collect();
    let (xr, yr) = layout.plot;
    Ok(TrendLayout { plot_left: xr.start, plot_right: xr.end, plot_top: yr.start, plot_bottom: yr.end, year_x })
}

pub fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &LineChart<'_>,
) -> Result<LineLayout, DrawingAreaErrorKind<DB::ErrorType>> {
    let s = chart.scale;
    let px = |v: f64| (v * s).round() as i32;
    let palette = chart.theme.palette();
    let (background, ink, axis_colour) = (colour(palette.background), colour(palette.ink), colour(palette.muted));
    root.fill(&background)?;
    let (width, height) = root.dim_in_pixel();
    let font = |size: f64| (SANS, size * s).into_font();

    let values = chart.lines.iter().flat_map(|l| l.points.iter().flatten().map(|p| p.0));
    let axis_kind = if chart.fit { ValueAxis::Fit } else { ValueAxis::FromZero };
    let Some(ValueRange { low: y_low, high: mut y_high, broken }) = value_range(values, axis_kind) else {
        root.draw(&Text::new(
            "No figures for this selection",
            (px(16.0), (height / 2) as i32),
            font(15.0).color(&ink),
        ))?;
        return Ok(LineLayout::default());
    };

    // Room for a reported figure above every line.
    if let Some(top) = chart.reported.iter().map(|r| r.1).reduce(f64::max) {
        y_high = y_high.max(top * 1.08);
    }
    let n = chart.labels.len().max(1);
    // Show every label if they fit, else every second or third.
    let label_px = chart.labels.iter().map(|l| l.chars().count()).max().unwrap_or(4) as f64 * 7.5 * s;
    let plot_px = f64::from(width) - 70.0 * s;
    let step = ((label_px + 8.0 * s) * n as f64 / plot_px.max(1.0)).ceil().max(1.0) as usize;

    // Room on the left for the axis title and tick labels, below for the
    // period labels.
    let plot = Plot { left: px(62.0), right: width as i32 - px(16.0), top: px(12.0), bottom: height as i32 - px(32.0) };
    let x = Scale { domain: (-0.5, n as f64 - 0.5), range: (plot.left, plot.right) };
    let y = Scale { domain: (y_low, y_high), range: (plot.bottom, plot.top) };
    let axes = AxisStyle::new(axis_colour, colour(palette.grid), font(12.0).color(&ink), s);
    let ticks = nice_ticks(y_low, y_high, 6);
    draw_left_axis(root, plot, y, &ticks, |v| tick_label(v, chart.decimals), &axes)?;
    if broken {
        draw_axis_break(root, plot, &axes, background, s)?;
    }
    let x_ticks: Vec<(i32, String)> = chart
        .labels
        .iter()
        .enumerate()
        // Every `step`th label, counted back from the latest, which is always shown.
        .map(|(i, label)| (x.px(i as f64), if i % step == (n - 1) % step { label.clone() } else { String::new() }))
        .collect();
    draw_bottom_axis(root, plot, &x_ticks, false, &axes)?;
    let title = font(13.0).transform(FontTransform::Rotate270).color(&ink).pos(Pos::new(HPos::Center, VPos::Top));
    root.draw(&Text::new(chart.unit, (px(4.0), (plot.top + plot.bottom) / 2), title))?;

    if let Some(i) = chart.highlight {
        let at = x.px(i as f64);
        root.draw(&PathElement::new(vec![(at, plot.top), (at, plot.bottom)], axes.axis))?;
    }

    let at = |i: usize, v: f64| (x.px(i as f64), y.px(v));
    for line in chart.lines {
        let style = line_style(&line.style, chart.theme, s);
        let mut run: Vec<(i32, i32)> = Vec::new();
        let mut runs = Vec::new();
        for (i, p) in line.points.iter().enumerate() {
            match p {
                Some((v, _)) => run.push(at(i, *v)),
                None => runs.push(std::mem::take(&mut run)),
            }
        }
        runs.push(run);
        for run in runs.into_iter().filter(|r| r.len() > 1) {
            match line.style.dash {
                Dash::Solid => root.draw(&PathElement::new(run, style))?,
                Dash::Dashed => root.draw(&DashedPathElement::new(run, px(8.0), px(5.0), style))?,
                Dash::Dotted => root.draw(&DashedPathElement::new(run, px(2.5), px(3.5), style))?,
            }
        }
        for (i, p) in line.points.iter().enumerate() {
            if let Some((v, derived)) = p {
                let big = chart.highlight == Some(i);
                // A derived figure is drawn hollow: computed, not published.
                let style = if *derived { Style { filled: false, ..line.style } } else { line.style };
                draw_marker(root, at(i, *v), &style, chart.theme, s * if big { 1.5 } else { 1.0 })?;
            }
        }
    }

    for &(i, value) in chart.reported {
        let ring = colour(palette.reported).stroke_width(px(2.5).max(2) as u32);
        root.draw(&Circle::new(at(i, value), px(8.0), ring))?;
    }

    Ok(LineLayout { plot: (plot.left..plot.right, plot.top..plot.bottom), x: (0..chart.labels.len()).map(|i| x.px(i as f64)).collect() })
}
