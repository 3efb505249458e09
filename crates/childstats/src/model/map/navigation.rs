//! Arrow keys on the map: from a hex to the nearest hex in that direction.

use crate::data::AreaCode;

use super::MapModel;

/// An arrow key; up is north.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl MapModel {
    /// The nearest council on the map in `direction` from `from`: among the
    /// hexes within 45 degrees of the direction, the nearest centre; for up
    /// and down, of the two diagonal neighbours the one in the same column
    /// `q`, so that up then down comes back. `None` at the map's edge or for
    /// a council not on the map.
    pub fn neighbour_in_direction(&self, from: AreaCode, direction: Direction) -> Option<AreaCode> {
        let start = self.cell(from)?;
        let (x0, y0) = start.hex.centre();
        let (ux, uy) = match direction {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, 1.0),
            Direction::Down => (0.0, -1.0),
        };
        self.cells
            .iter()
            .filter(|c| c.area != from)
            .filter_map(|c| {
                let (x, y) = c.hex.centre();
                let (dx, dy) = (x - x0, y - y0);
                let along = dx * ux + dy * uy;
                let across = (dx * uy - dy * ux).abs();
                // A small tolerance: centres are computed with a square root.
                (along > 1e-9 && across <= along + 1e-9).then(|| {
                    // Distances in thousandths of a hex width, to compare exactly.
                    let distance = ((dx * dx + dy * dy).sqrt() * 1000.0).round() as i64;
                    (distance, c.hex.q != start.hex.q, c.area)
                })
            })
            .min()
            .map(|(_, _, area)| area)
    }
}
