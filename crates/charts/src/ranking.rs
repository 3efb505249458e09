//! The compare view's chart: councils as ranked horizontal bars, the focus
//! highlighted by colour, weight and an arrow; reference bars (neighbour
//! average, region, England) drawn as outlines.

use childstats::model::compare::Comparison;
use childstats::model::format::with_separators;
use childstats::model::series::{role_style, Role};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::axes::{draw_bottom_axis, nice_ticks, tick_label, AxisStyle, Plot, Scale};
use crate::marks::{colour, rgb, SANS};
use childstats::model::theme::Theme;

pub struct RankingChart<'a> {
    pub comparison: &'a Comparison,
    pub unit: &'a str,
    pub decimals: u8,
    pub theme: Theme,
    pub scale: f64,
}

/// Height in CSS pixels the chart needs for its bars.
pub fn ranking_height(bars: usize) -> u32 {
    let row = if bars > 30 { 14 } else { 26 };
    (bars as u32) * row + 56
}


pub fn draw_ranking<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &RankingChart<'_>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = chart.scale;
    let px = |v: f64| (v * s).round() as i32;
    let palette = chart.theme.palette();
    let (ink, grey) = (colour(palette.ink), colour(palette.bar));
    root.fill(&colour(palette.background))?;
    let bars = &chart.comparison.bars;
    let (width, height) = root.dim_in_pixel();
    if bars.is_empty() {
        root.draw(&Text::new("No figures for this year", (px(16.0), px(30.0)), (SANS, 15.0 * s).into_font().color(&ink)))?;
        return Ok(());
    }
    let dense = bars.len() > 30;
    let font_size = if dense { 10.0 } else { 12.5 };
    let label_w = (f64::from(width) * 0.42).min(230.0 * s);
    let max_chars = (label_w / (font_size * 0.55 * s)).floor().max(6.0) as usize;

    let values = bars.iter().map(|b| b.value);
    let high = values.clone().fold(0.0f64, f64::max);
    let low = values.fold(0.0f64, f64::min);
    let span = (high - low).max(1e-9);
    let n = bars.len() as f64;
    // Council names on the left, values after each bar, the axis below.
    let plot = Plot { left: label_w.round() as i32, right: width as i32 - px(48.0), top: px(8.0), bottom: height as i32 - px(40.0) };
    let x = Scale { domain: (low, high + span * 0.02), range: (plot.left, plot.right) };
    let y = Scale { domain: (0.0, n), range: (plot.bottom, plot.top) };
    let axes = AxisStyle::new(grey, colour(palette.grid), (SANS, 12.0 * s).into_font().color(&ink), s);
    let ticks: Vec<(i32, String)> = nice_ticks(x.domain.0, x.domain.1, 5).into_iter().map(|v| (x.px(v), tick_label(v, chart.decimals))).collect();
    draw_bottom_axis(root, plot, &ticks, true, &axes)?;
    let title = (SANS, 12.5 * s).into_font().color(&ink).pos(Pos::new(HPos::Center, VPos::Bottom));
    root.draw(&Text::new(chart.unit, ((plot.left + plot.right) / 2, height as i32 - px(2.0)), title))?;

    let gap = if dense { 0.12 } else { 0.2 };
    let zero = x.px(0.0f64.max(low));
    for (i, bar) in bars.iter().enumerate() {
        let top = y.px(n - i as f64 - gap);
        let bottom = y.px(n - i as f64 - 1.0 + gap);
        let y_mid = (top + bottom) / 2;
        let reference = matches!(bar.role, Role::NeighbourAverage | Role::Region | Role::England);
        let colour = match bar.role {
            Role::Focus => ink,
            _ if reference => role_style(bar.role).map_or(grey, |st| rgb(&st, chart.theme)),
            _ => grey,
        };
        let shape = if reference { colour.stroke_width(px(2.0).max(1) as u32) } else { colour.filled() };
        let end = x.px(bar.value);
        root.draw(&Rectangle::new([(zero, top), (end, bottom)], shape))?;

        let label = match (bar.rank, bar.role) {
            (Some(r), Role::Focus) => format!("\u{25b6} {r}. {}", bar.label),
            (Some(r), _) => format!("{r}. {}", bar.label),
            (None, _) => bar.label.clone(),
        };
        let label = truncate(&label, max_chars);
        let weight = if bar.role == Role::Focus { FontStyle::Bold } else if reference { FontStyle::Italic } else { FontStyle::Normal };
        let label_style = (SANS, font_size * s, weight).into_font().color(&ink).pos(Pos::new(HPos::Right, VPos::Center));
        root.draw(&Text::new(label, (plot.left - px(6.0), y_mid), label_style))?;

        let value_style = (SANS, font_size * s, weight).into_font().color(&ink).pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(with_separators(bar.value, chart.decimals), (end.max(zero) + px(4.0), y_mid), value_style))?;
    }
    Ok(())
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}\u{2026}", text.chars().take(max.saturating_sub(1)).collect::<String>())
    }
}
