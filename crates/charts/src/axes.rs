//! Axes drawn from plotters' primitives: a linear scale from values to
//! pixels, round tick values, gridlines, tick labels and axis titles.
//!
//! plotters' `ChartBuilder` and mesh did this before. They are generic over
//! coordinate types and label formatters; drawing the few things these charts
//! need here took 12 kB gzipped off the app's WebAssembly (issue 6's 300 KB
//! budget for app code), with the same layout to within a pixel.

use childstats::model::format::with_separators;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The plotting area inside a chart's drawing area, in backend pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plot {
    pub left: i32,
    pub right: i32,
    pub top: i32,
    pub bottom: i32,
}

/// Maps values from `domain` linearly onto the pixels of `range`; either may
/// run backwards (a value axis runs up the screen, so its range is
/// `(bottom, top)`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub domain: (f64, f64),
    pub range: (i32, i32),
}

impl Scale {
    /// The pixel for `value`, rounded to the nearest whole pixel.
    pub fn px(&self, value: f64) -> i32 {
        let (d0, d1) = self.domain;
        let (r0, r1) = (f64::from(self.range.0), f64::from(self.range.1));
        let t = if d1 == d0 { 0.0 } else { (value - d0) / (d1 - d0) };
        (r0 + t * (r1 - r0)).round() as i32
    }
}

/// Values between `low` and `high` (inclusive) at a round step, 1, 2 or 5
/// times a power of ten: the finest such step that gives at most `max`
/// values. Empty if the range is empty or not finite.
pub fn nice_ticks(low: f64, high: f64, max: usize) -> Vec<f64> {
    let span = high - low;
    if !(span.is_finite() && span > 0.0) || max == 0 {
        return Vec::new();
    }
    // The power of ten just above the span, then down through 5, 2, 1 times
    // each smaller power until the step is fine enough for the range.
    let mut decade = 1.0f64;
    while decade < span {
        decade *= 10.0;
    }
    while decade / 10.0 >= span {
        decade /= 10.0;
    }
    let count = |step: f64| (high / step).floor() - (low / step).ceil() + 1.0;
    let mut best = decade;
    'search: for _ in 0..12 {
        for factor in [0.5, 0.2, 0.1] {
            let step = decade * factor;
            if count(step) > max as f64 {
                break 'search;
            }
            best = step;
        }
        decade /= 10.0;
    }
    // Two values can still be too many for a `max` of 1: coarser, then.
    while count(best) > max as f64 {
        best *= 10.0;
    }
    let (first, last) = ((low / best).ceil() as i64, (high / best).floor() as i64);
    // Multiples of the step, computed from integers so that they do not
    // drift (0.1 * 3 is 0.30000000000000004; 3.0 / 10.0 is 0.3).
    (first..=last).map(|i| if best < 1.0 { i as f64 / (1.0 / best).round() } else { i as f64 * best }).collect()
}

/// A tick label: the chart's decimals (at most one), or one where the tick
/// itself is not whole.
pub fn tick_label(value: f64, decimals: u8) -> String {
    with_separators(value, decimals.min(1).max(u8::from(value != value.round())))
}

/// Colours and sizes shared by the axes of both charts.
pub struct AxisStyle {
    pub grid: ShapeStyle,
    pub axis: ShapeStyle,
    /// The length of a tick mark, in backend pixels.
    pub tick: i32,
    pub label: TextStyle<'static>,
}

impl AxisStyle {
    /// Gridlines in `grid`, one-pixel axis lines in `axis`, 5 px ticks, all
    /// times `scale` (the device pixel ratio).
    pub fn new(axis: RGBColor, grid: RGBColor, label: TextStyle<'static>, scale: f64) -> Self {
        let thin = (scale.round() as u32).max(1);
        Self {
            grid: grid.stroke_width(thin),
            axis: axis.stroke_width(thin),
            tick: (5.0 * scale).round() as i32,
            label,
        }
    }
}

/// A value axis on the left: a gridline across the plot and a label at
/// each tick, and the axis line itself.
pub fn draw_left_axis<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: Plot,
    y: Scale,
    ticks: &[f64],
    labels: impl Fn(f64) -> String,
    style: &AxisStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let label = style.label.pos(Pos::new(HPos::Right, VPos::Center));
    for &t in ticks {
        let at = y.px(t);
        root.draw(&PathElement::new(vec![(plot.left, at), (plot.right, at)], style.grid))?;
        root.draw(&PathElement::new(vec![(plot.left - style.tick, at), (plot.left, at)], style.axis))?;
        root.draw(&Text::new(labels(t), (plot.left - 2 * style.tick, at), label.clone()))?;
    }
    root.draw(&PathElement::new(vec![(plot.left, plot.top), (plot.left, plot.bottom)], style.axis))
}

/// The mark of an axis that does not start at zero: the axis line cut near
/// its foot by two short parallel strokes, as print charts do, so a fitted
/// axis is never taken for one from zero.
pub fn draw_axis_break<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: Plot,
    style: &AxisStyle,
    background: RGBColor,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| (v * scale).round() as i32;
    let (x, y) = (plot.left, plot.bottom - px(12.0));
    let (half_w, gap, rise) = (px(7.0), px(3.0), px(3.0));
    root.draw(&Rectangle::new([(x - half_w, y - gap), (x + half_w, y + gap)], background.filled()))?;
    for dy in [-gap, gap] {
        root.draw(&PathElement::new(vec![(x - half_w, y + dy + rise), (x + half_w, y + dy - rise)], style.axis))?;
    }
    Ok(())
}

/// An axis along the bottom: at each of `ticks` (pixel, label) a tick mark
/// and its label below, gridlines up the plot if `grid`, and the axis line.
pub fn draw_bottom_axis<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: Plot,
    ticks: &[(i32, String)],
    grid: bool,
    style: &AxisStyle,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let label = style.label.pos(Pos::new(HPos::Center, VPos::Top));
    for (at, text) in ticks {
        if grid {
            root.draw(&PathElement::new(vec![(*at, plot.top), (*at, plot.bottom)], style.grid))?;
        }
        root.draw(&PathElement::new(vec![(*at, plot.bottom), (*at, plot.bottom + style.tick)], style.axis))?;
        if !text.is_empty() {
            root.draw(&Text::new(text.clone(), (*at, plot.bottom + 2 * style.tick), label.clone()))?;
        }
    }
    root.draw(&PathElement::new(vec![(plot.left, plot.bottom), (plot.right, plot.bottom)], style.axis))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_within_the_range() {
        assert_eq!(nice_ticks(0.0, 86.0, 6), [0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(nice_ticks(0.0, 100.0, 6), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(nice_ticks(0.0, 33.5, 5), [0.0, 10.0, 20.0, 30.0]);
        assert_eq!(nice_ticks(0.0, 0.9, 6), [0.0, 0.2, 0.4, 0.6, 0.8]);
        assert_eq!(nice_ticks(-3.2, 12.0, 6), [0.0, 5.0, 10.0]);
        assert_eq!(nice_ticks(0.0, 621_880.0, 6), [0.0, 200_000.0, 400_000.0, 600_000.0]);
    }

    #[test]
    fn ticks_never_exceed_the_count_asked_for() {
        for (low, high) in [(0.0, 1.0), (0.0, 7.3), (-50.0, 50.0), (0.0, 0.012), (12.5, 13.1), (0.0, 9999.0), (-1.0, 0.0)] {
            for max in 2..12 {
                let ticks = nice_ticks(low, high, max);
                assert!(!ticks.is_empty() && ticks.len() <= max, "{low}..{high} max {max}: {ticks:?}");
                assert!(ticks.iter().all(|t| *t >= low - 1e-9 && *t <= high + 1e-9), "{low}..{high}: {ticks:?}");
                // Evenly spaced.
                let steps: Vec<f64> = ticks.windows(2).map(|w| w[1] - w[0]).collect();
                assert!(steps.windows(2).all(|w| (w[0] - w[1]).abs() < 1e-9 * w[0].abs().max(1.0)), "{ticks:?}");
            }
        }
    }

    #[test]
    fn one_tick_asked_for_is_at_most_one() {
        assert_eq!(nice_ticks(-1.0, 1.0, 1), [0.0]);
        assert!(nice_ticks(0.0, 1.0, 1).len() <= 1);
        assert!(nice_ticks(3.0, 47.0, 1).len() <= 1);
    }

    #[test]
    fn no_ticks_for_an_empty_or_broken_range() {
        assert!(nice_ticks(5.0, 5.0, 6).is_empty());
        assert!(nice_ticks(5.0, 1.0, 6).is_empty());
        assert!(nice_ticks(0.0, f64::NAN, 6).is_empty());
        assert!(nice_ticks(0.0, f64::INFINITY, 6).is_empty());
    }

    #[test]
    fn a_scale_maps_its_ends_and_runs_backwards_for_values_up_the_screen() {
        let y = Scale { domain: (0.0, 80.0), range: (368, 12) };
        assert_eq!(y.px(0.0), 368);
        assert_eq!(y.px(80.0), 12);
        assert_eq!(y.px(40.0), 190);
        let x = Scale { domain: (-0.5, 6.5), range: (62, 784) };
        assert_eq!(x.px(-0.5), 62);
        assert_eq!(x.px(3.0), 423);
    }

    #[test]
    fn tick_labels_show_decimals_only_where_needed() {
        assert_eq!(tick_label(20.0, 1), "20.0");
        assert_eq!(tick_label(20.0, 0), "20");
        assert_eq!(tick_label(0.5, 0), "0.5");
        assert_eq!(tick_label(200_000.0, 0), "200,000");
    }
}
