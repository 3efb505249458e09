//! The hex map to take away: title, summary, the map with its key and the
//! layout's credit, and the source, drawn by the same function as the page
//! (`hexmap::draw_hex_map`) into SVG or (in the browser) a 2x PNG. Kept
//! apart from `export` so the builds without the map never link it.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::export::{draw_frame, draw_source, svg_document, Layout};
use crate::hexmap::{draw_hex_map, HexMapChart};

pub struct MapImage<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    /// Source and licence line.
    pub source: &'a str,
    pub map: HexMapChart<'a>,
}

/// England's cartogram is taller than wide, and its key takes four rows.
const MAP_HEIGHT: u32 = 760;

fn layout(image: &MapImage<'_>) -> Layout {
    Layout::new((image.title, image.summary, image.source), Vec::new(), MAP_HEIGHT)
}

/// The image's size in CSS pixels.
pub fn map_export_size(image: &MapImage<'_>) -> (u32, u32) {
    layout(image).size()
}

/// Draws the whole image; `scale` is 1 for SVG and 2 for a crisp PNG.
pub fn draw_map_export<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    image: &mut MapImage<'_>,
    scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let l = layout(image);
    let area = draw_frame(root, &l, scale)?;
    image.map.scale = scale;
    image.map.legend = true;
    draw_hex_map(&area, &image.map)?;
    draw_source(root, &l, scale)
}

/// The image as an SVG document (through `Either`, as `export_svg`).
pub fn map_export_svg<C: DrawingBackend>(image: &mut MapImage<'_>) -> String
where
    C::ErrorType: 'static,
{
    svg_document::<C>(map_export_size(image), |root| draw_map_export(root, image, 1.0))
}
