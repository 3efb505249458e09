//! Line styles and markers shared by the charts (and mirrored by the HTML legend).

use childstats::model::series::{Marker, Style};
use childstats::model::theme::{Rgb, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;

/// The charts' one typeface. Named by the enum, not the string
/// "sans-serif": plotters reads a family from a string through
/// `str::to_lowercase`, which links Unicode's case tables into the app
/// (about 4 kB gzipped) for three ASCII names.
pub const SANS: FontFamily<'static> = FontFamily::SansSerif;

/// A palette colour as plotters takes it.
pub fn colour((r, g, b): Rgb) -> RGBColor {
    RGBColor(r, g, b)
}

/// A series' colour in `theme`.
pub fn rgb(style: &Style, theme: Theme) -> RGBColor {
    colour(theme.series_colour(style.colour))
}

pub fn line_style(style: &Style, theme: Theme, scale: f64) -> ShapeStyle {
    rgb(style, theme).stroke_width(((f64::from(style.width) * scale).round() as u32).max(1))
}

/// Draws a series' marker centred on `at` (backend pixels).
pub fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    style: &Style,
    theme: Theme,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let r = ((if style.width >= 3 { 5.0 } else { 4.0 }) * scale).round() as i32;
    let colour = rgb(style, theme);
    let stroke = (1.5 * scale).round().max(1.0) as u32;
    let shape = if style.filled { colour.filled() } else { colour.stroke_width(stroke) };
    let (x, y) = at;
    match style.marker {
        Marker::Circle => root.draw(&Circle::new((x, y), r, shape)),
        Marker::Square => root.draw(&Rectangle::new([(x - r + 1, y - r + 1), (x + r - 1, y + r - 1)], shape)),
        Marker::Triangle => outline(root, vec![(x, y - r), (x + r, y + r - 1), (x - r, y + r - 1)], shape, style.filled),
        Marker::Diamond => outline(root, vec![(x, y - r), (x + r, y), (x, y + r), (x - r, y)], shape, style.filled),
        Marker::Cross => {
            let cross = colour.stroke_width(stroke + 1);
            root.draw(&PathElement::new(vec![(x - r, y - r), (x + r, y + r)], cross))?;
            root.draw(&PathElement::new(vec![(x - r, y + r), (x + r, y - r)], cross))
        }
    }
}

fn outline<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    mut points: Vec<(i32, i32)>,
    shape: ShapeStyle,
    filled: bool,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    if filled {
        root.draw(&Polygon::new(points, shape))
    } else {
        points.push(points[0]);
        root.draw(&PathElement::new(points, shape))
    }
}
