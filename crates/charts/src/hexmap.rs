//! The map view's chart: every council as a hex of England's cartogram,
//! coloured by its class on a colour-blind-safe scale and labelled with it
//! (A to D, or 1 to 5) so colour is never the only cue; hexes without a
//! figure hatched; the focus outlined and named; its statistical neighbours
//! dotted; the layout's credit beneath.

use childstats::data::AreaCode;
use childstats::model::map::{class_colours, LegendKey, MapCell, MapClass, MapModel};
use childstats::model::rank::Band;
use childstats::model::theme::{Rgb, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::marks::SANS;

pub struct HexMapChart<'a> {
    pub map: &'a MapModel,
    /// A hex to mark (hover, tap or keyboard focus).
    pub highlight: Option<AreaCode>,
    /// Draw the legend under the map (downloads, snapshots); the page shows
    /// the model's legend as HTML instead.
    pub legend: bool,
    /// CSS pixels to backend pixels (the device pixel ratio).
    pub scale: f64,
    /// Light, or dark for a dark embed (downloads are always light).
    pub theme: Theme,
}

/// Where the hexes landed, in backend pixels, for hit-testing a pointer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HexMapLayout {
    /// Centre to corner.
    pub radius: f64,
    pub centres: Vec<(AreaCode, (i32, i32))>,
}

impl HexMapLayout {
    /// The council whose hex holds the point, if any.
    pub fn hex_at(&self, x: i32, y: i32) -> Option<AreaCode> {
        let distance = |(cx, cy): (i32, i32)| f64::from(cx - x).hypot(f64::from(cy - y));
        let (area, centre) = self.centres.iter().min_by(|a, b| distance(a.1).total_cmp(&distance(b.1)))?;
        // Within the hex's inscribed circle, or nearly: the corners are shared.
        (distance(*centre) <= self.radius * 0.95).then_some(*area)
    }
}

/// The colours one map is drawn in (`childstats::model::theme`).
#[derive(Clone, Copy)]
struct Colours {
    background: RGBColor,
    ink: RGBColor,
    /// Hatching, a missing hex's edge, the credit.
    grey: RGBColor,
    /// Each class's fill and label colour, in `slot` order: worked out once
    /// a drawing, not once a hex (the label's colour is chosen by contrast).
    classes: [(RGBColor, RGBColor); 9],
}

impl Colours {
    fn of(theme: Theme) -> Self {
        let p = theme.palette();
        let classes = std::array::from_fn(|i| {
            let class = if i < 4 { MapClass::Band([Band::A, Band::B, Band::C, Band::D][i]) } else { MapClass::Quintile(i as u8 - 3) };
            let (fill, ink) = class_colours(class, theme);
            (rgb(fill), rgb(ink))
        });
        Colours { background: rgb(p.background), ink: rgb(p.ink), grey: rgb(p.bar), classes }
    }
    /// A class's fill and its label's colour.
    fn class(self, class: MapClass) -> (RGBColor, RGBColor) {
        let slot = match class {
            MapClass::Band(band) => band as usize,
            MapClass::Quintile(q) => 3 + usize::from(q.clamp(1, 5)),
        };
        self.classes[slot]
    }
}

fn rgb((r, g, b): Rgb) -> RGBColor {
    RGBColor(r, g, b)
}

/// Draws the map; returns where each hex is.
pub fn draw_hex_map<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &HexMapChart<'_>,
) -> Result<HexMapLayout, DrawingAreaErrorKind<DB::ErrorType>> {
    let s = chart.scale;
    let c = Colours::of(chart.theme);
    let px = |v: f64| (v * s).round() as i32;
    root.fill(&c.background)?;
    let (width, height) = root.dim_in_pixel();
    let map = chart.map;
    let credit = (SANS, 11.0 * s).into_font().color(&c.grey).pos(Pos::new(HPos::Right, VPos::Bottom));
    root.draw(&Text::new(map.credit.as_str(), (width as i32 - px(4.0), height as i32 - px(2.0)), credit))?;
    if map.cells.is_empty() {
        root.draw(&Text::new("No councils to map for this year", (px(16.0), px(30.0)), (SANS, 15.0 * s).into_font().color(&c.ink)))?;
        return Ok(HexMapLayout::default());
    }

    // The legend under the map (two columns where there is room), and the credit's line.
    let columns = if f64::from(width) >= 560.0 * s { 2 } else { 1 };
    let legend_rows = if chart.legend { map.legend.len().div_ceil(columns) } else { 0 };
    let bottom = f64::from(height) - (16.0 + 18.0 * legend_rows as f64) * s;
    let top = 4.0 * s;
    let centres: Vec<(f64, f64)> = map.cells.iter().map(|c| c.hex.centre()).collect();
    let (x_low, x_high) = centres.iter().fold((f64::MAX, f64::MIN), |(lo, hi), (x, _)| (lo.min(*x), hi.max(*x)));
    let (y_low, y_high) = centres.iter().fold((f64::MAX, f64::MIN), |(lo, hi), (_, y)| (lo.min(*y), hi.max(*y)));
    // In hex widths: one more across for the hexes' own width; a corner's
    // height (1 / sqrt 3 widths) above the top row and below the bottom one.
    let across = x_high - x_low + 1.0;
    let down = y_high - y_low + 2.0 / 3f64.sqrt();
    let hex_width = (f64::from(width) / across).min((bottom - top) / down);
    let radius = hex_width / 3f64.sqrt();
    let left = (f64::from(width) - across * hex_width) / 2.0;
    let place = |(x, y): (f64, f64)| (left + (x - x_low + 0.5) * hex_width, top + radius + (y_high - y) * hex_width);

    let mut layout = HexMapLayout { radius, centres: Vec::with_capacity(map.cells.len()) };
    let label_size = (radius * 0.8).clamp(6.0 * s, 16.0 * s);
    for (cell, centre) in map.cells.iter().zip(&centres) {
        let (cx, cy) = place(*centre);
        layout.centres.push((cell.area, (cx.round() as i32, cy.round() as i32)));
        draw_cell(root, c, cell, (cx, cy), radius, label_size, s)?;
    }
    // Marks on top of every fill: the highlight, then the focus and its name.
    for (cell, centre) in map.cells.iter().zip(&centres) {
        let at = place(*centre);
        if chart.highlight == Some(cell.area) && !cell.focus {
            // An ink ring lined with white: unlike the focus's single heavy line.
            root.draw(&PathElement::new(hexagon(at, radius - 1.5 * s, true), c.ink.stroke_width(px(2.0).max(1) as u32)))?;
            root.draw(&PathElement::new(hexagon(at, radius - 3.5 * s, true), c.background.stroke_width(px(2.0).max(1) as u32)))?;
        }
        if cell.focus {
            root.draw(&PathElement::new(hexagon(at, radius, true), c.ink.stroke_width(px(3.0).max(1) as u32)))?;
            draw_name(root, c, &cell.name, at, radius, &layout.centres, (width, height), s)?;
        }
    }
    if chart.legend {
        draw_legend(root, c, map, bottom + 4.0 * s, legend_rows, width, s)?;
    }
    Ok(layout)
}

/// The six corners of a pointy-topped hex (closed if asked, for an outline).
fn hexagon((cx, cy): (f64, f64), radius: f64, closed: bool) -> Vec<(i32, i32)> {
    let corners = if closed { 7 } else { 6 };
    (0..corners)
        .map(|i| {
            let angle = std::f64::consts::PI / 180.0 * (60.0 * f64::from(i % 6) - 30.0);
            ((cx + radius * angle.cos()).round() as i32, (cy + radius * angle.sin()).round() as i32)
        })
        .collect()
}

fn draw_cell<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: Colours,
    cell: &MapCell,
    at: (f64, f64),
    radius: f64,
    label_size: f64,
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let (cx, cy) = at;
    let (fill, text) = cell.class.map_or((c.background, c.ink), |k| c.class(k));
    root.draw(&Polygon::new(hexagon(at, radius, false), fill.filled()))?;
    if cell.class.is_none() {
        // Hatched: chords of the inscribed circle at 45 degrees.
        let inner = radius * 0.8;
        let hatch = c.grey.stroke_width((1.0 * s).round().max(1.0) as u32);
        for step in -2..=2 {
            let d = f64::from(step) * inner * 0.38;
            let half = (inner * inner - d * d).max(0.0).sqrt();
            let (mx, my) = (cx + d * 0.707, cy - d * 0.707);
            let ends = [(mx - half * 0.707, my - half * 0.707), (mx + half * 0.707, my + half * 0.707)];
            root.draw(&PathElement::new(ends.map(|(x, y)| (x.round() as i32, y.round() as i32)).to_vec(), hatch))?;
        }
        root.draw(&PathElement::new(hexagon(at, radius - 0.5 * s, true), c.grey.stroke_width(1)))?;
    } else {
        root.draw(&PathElement::new(hexagon(at, radius, true), c.background.stroke_width((1.0 * s).round().max(1.0) as u32)))?;
        let label = cell.class.map(MapClass::label).unwrap_or_default();
        let style = (SANS, label_size, FontStyle::Bold).into_font().color(&text).pos(Pos::new(HPos::Center, VPos::Center));
        root.draw(&Text::new(label, (cx.round() as i32, cy.round() as i32), style))?;
    }
    if cell.neighbour {
        // A dot near the top corner, ringed so it shows on any fill.
        let dot = (cx.round() as i32, (cy - radius * 0.62).round() as i32);
        let r = (radius * 0.16).max(2.0 * s).round() as i32;
        root.draw(&Circle::new(dot, r + (s.round() as i32).max(1), c.background.filled()))?;
        root.draw(&Circle::new(dot, r, c.ink.filled()))?;
    }
    Ok(())
}

/// The focus's name beside its hex, on a white label so it reads over
/// others: above, below, right or left, whichever hides the fewest other
/// hexes' labels (the first of those that ties).
fn draw_name<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: Colours,
    name: &str,
    (cx, cy): (f64, f64),
    radius: f64,
    centres: &[(AreaCode, (i32, i32))],
    (width, height): (u32, u32),
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let size = 13.0 * s;
    // Roughly: the charts' sans-serif averages a little over half its size a character.
    let half_width = name.chars().count() as f64 * size * 0.28 + 4.0 * s;
    let half_height = size * 0.65;
    let clamp = |(x, y): (f64, f64)| {
        (x.clamp(half_width, f64::from(width) - half_width), y.clamp(half_height, f64::from(height) - half_height))
    };
    let gap = 2.0 * s;
    let candidates = [
        (cx, cy - radius - half_height - gap),
        (cx, cy + radius + half_height + gap),
        (cx + radius * 0.9 + half_width + gap, cy),
        (cx - radius * 0.9 - half_width - gap, cy),
    ]
    .map(clamp);
    // A hex's label is hidden if its centre is within half a hex of the box.
    let hidden = |(x, y): (f64, f64)| {
        let reach = radius * 0.5;
        centres
            .iter()
            .filter(|(_, (hx, hy))| (f64::from(*hx) - x).abs() < half_width + reach && (f64::from(*hy) - y).abs() < half_height + reach)
            .count()
    };
    let (x, y) = candidates.into_iter().min_by_key(|c| hidden(*c)).unwrap_or((cx, cy));
    let corner = |dx: f64, dy: f64| ((x + dx).round() as i32, (y + dy).round() as i32);
    let bounds = [corner(-half_width, -half_height), corner(half_width, half_height)];
    root.draw(&Rectangle::new(bounds, c.background.filled()))?;
    root.draw(&Rectangle::new(bounds, c.ink.stroke_width(1)))?;
    let style = (SANS, size, FontStyle::Bold).into_font().color(&c.ink).pos(Pos::new(HPos::Center, VPos::Center));
    root.draw(&Text::new(name.to_string(), corner(0.0, 0.0), style))
}

fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: Colours,
    map: &MapModel,
    top: f64,
    rows: usize,
    width: u32,
    s: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let column = f64::from(width) / 2.0;
    let swatch = 6.0 * s;
    for (i, entry) in map.legend.iter().enumerate() {
        let x = 8.0 * s + column * (i / rows) as f64;
        let y = top + (i % rows) as f64 * 18.0 * s + 9.0 * s;
        let at = (x + swatch, y);
        match entry.key {
            LegendKey::Class(class) => {
                let (fill, text) = c.class(class);
                root.draw(&Polygon::new(hexagon(at, swatch * 1.3, false), fill.filled()))?;
                let style = (SANS, 9.0 * s, FontStyle::Bold).into_font().color(&text).pos(Pos::new(HPos::Center, VPos::Center));
                root.draw(&Text::new(class.label(), (at.0.round() as i32, at.1.round() as i32), style))?;
            }
            LegendKey::NoFigure => {
                let cell = legend_cell(map, |c| c.class.is_none());
                draw_cell(root, c, &cell, at, swatch * 1.3, 9.0 * s, s)?;
            }
            LegendKey::Focus => root.draw(&PathElement::new(hexagon(at, swatch * 1.3, true), c.ink.stroke_width((2.0 * s).round() as u32)))?,
            LegendKey::Neighbour => root.draw(&Circle::new((at.0.round() as i32, at.1.round() as i32), (2.5 * s).round() as i32, c.ink.filled()))?,
        }
        let style = (SANS, 11.0 * s).into_font().color(&c.ink).pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(entry.text.as_str(), ((x + swatch * 2.0 + 6.0 * s).round() as i32, y.round() as i32), style))?;
    }
    Ok(())
}

/// A hex like the map's hatched ones, for the legend's swatch.
fn legend_cell(map: &MapModel, like: impl Fn(&MapCell) -> bool) -> MapCell {
    let mut cell = map.cells.iter().find(|c| like(c)).cloned().unwrap_or_else(|| map.cells[0].clone());
    cell.class = None;
    cell.neighbour = false;
    cell
}
