//! The hex map's layout (`hexmap.json`): Open Innovations' cartogram joined
//! to the catalogue's councils and adapted to the reorganisations it
//! predates, by the steps in [`ADAPTATIONS`], chosen by looking at the map.
//!
//! The join: each published hex is the council with its ONS code, else the
//! council with its name. Buckinghamshire (E10000002, E06000060 from 2020),
//! North Yorkshire (E10000023, E06000065 from 2023) and Somerset (E10000027,
//! E06000066 from 2023) kept their LA numbers when their codes changed, and
//! the catalogue carries the code DfE's population table gives each LA number
//! first (the old one), which is the layout's; their names match too.
//!
//! A council's hex is on the map in the years it existed (the core's first
//! and last years). In a reorganisation's own year, DfE puts an indicator's
//! figures under one side or the other, and the map shows that side
//! (`childstats::data::hexmap`), so a new council may take the cell of the
//! one it replaced. What the layout must keep, for every bundled year and
//! either side (checked by the app's own validation before the file is
//! written): one hex per council on the map, no two in one cell.

use std::collections::{BTreeMap, HashMap};

use childstats::data::hexmap::{validate_hexmap, ODD_R};
use childstats::data::raw::{RawArea, RawCatalogue, RawHex, RawHexMap, FORMAT};
use childstats::data::validate::validate_catalogue;

use super::files::{CORE_FILE, HEXMAP_FILE};
use crate::error::ImportError;
use crate::read::hexjson::{SourceLayout, FILE};

/// Shown wherever the map is, as the licence asks.
pub const CREDIT: &str = "Hex layout: Open Innovations";

/// A neighbouring cell, north up.
#[derive(Debug, Clone, Copy)]
pub enum Toward {
    East,
    West,
    NorthEast,
    NorthWest,
    SouthWest,
}

/// One change to the published layout.
#[derive(Debug)]
pub enum Step {
    /// A council the layout lacks takes the cell of the council it replaced
    /// or was replaced by (the two are never on one map).
    TakesCellOf { council: u16, of: u16 },
    /// A council the layout lacks, in the free cell next to `of`'s.
    Beside { council: u16, of: u16, toward: Toward },
    /// A council moved one cell into a free one, to make room.
    Moves { council: u16, toward: Toward },
}

/// The steps, reorganisation by reorganisation, each with why.
pub const ADAPTATIONS: &[(&str, &[Step])] = &[
    (
        // The layout has the new councils (Dorset E06000059, BCP E06000058).
        // Before 2019: Dorset County Council in Dorset's cell, Bournemouth in
        // BCP's, and Poole in the free cell between them, south-west of BCP
        // (Poole is west of Bournemouth, next to Dorset, on the ground).
        "2019: Bournemouth, Poole and Dorset became Bournemouth, Christchurch and Poole, and Dorset",
        &[
            Step::TakesCellOf { council: 835, of: 838 },
            Step::TakesCellOf { council: 837, of: 839 },
            Step::Beside { council: 836, of: 839, toward: Toward::SouthWest },
        ],
    ),
    (
        // Northamptonshire's six neighbouring cells are all taken, so
        // Herefordshire and then Warwickshire move one cell west (into the
        // free edge of the map; Herefordshire stays beside Gloucestershire,
        // Warwickshire comes beside Worcestershire, Birmingham and Solihull),
        // and West Northamptonshire takes Warwickshire's cell, west of the
        // county's, which North Northamptonshire takes (beside Leicestershire).
        "2021: Northamptonshire split into North Northamptonshire and West Northamptonshire",
        &[
            Step::Moves { council: 884, toward: Toward::West },
            Step::Moves { council: 937, toward: Toward::West },
            Step::TakesCellOf { council: 940, of: 928 },
            Step::Beside { council: 941, of: 928, toward: Toward::West },
        ],
    ),
    (
        // Westmorland and Furness takes Cumbria's cell, beside Lancashire;
        // Cumberland (Carlisle and the west coast) the free cell north-east
        // of it, towards Northumberland.
        "2023: Cumbria split into Cumberland, and Westmorland and Furness",
        &[Step::TakesCellOf { council: 943, of: 909 }, Step::Beside { council: 942, of: 909, toward: Toward::NorthEast }],
    ),
];

/// The neighbouring cell of `(q, r)` in `odd-r` coordinates, rows counted
/// northward, odd rows half a hex east.
pub fn step_toward((q, r): (i16, i16), toward: Toward) -> (i16, i16) {
    let odd = r.rem_euclid(2) == 1;
    // Diagonal neighbours: an odd row's are at q and q + 1, an even row's at q - 1 and q.
    let (west, east) = if odd { (q, q + 1) } else { (q - 1, q) };
    match toward {
        Toward::East => (q + 1, r),
        Toward::West => (q - 1, r),
        Toward::NorthEast => (east, r + 1),
        Toward::NorthWest => (west, r + 1),
        Toward::SouthWest => (west, r - 1),
    }
}

/// Joins the published layout to the catalogue's councils, adapts it, and
/// checks it as the app will.
pub fn build_hexmap(source: &SourceLayout, core: &RawCatalogue) -> Result<RawHexMap, ImportError> {
    let fail = |message: String| ImportError::HexAdaptation { file: FILE, message };
    if source.layout != ODD_R {
        return Err(fail(format!("layout {:?}, not {ODD_R}", source.layout)));
    }
    let councils: Vec<&RawArea> = core.areas.iter().filter(|a| a.kind == "la").collect();
    let by_code: HashMap<&str, u16> = councils.iter().filter_map(|a| Some((a.ons_code.as_deref()?, a.code))).collect();
    let by_name: HashMap<String, u16> = councils.iter().map(|a| (a.name.to_lowercase(), a.code)).collect();
    let mut cells: BTreeMap<u16, (i16, i16)> = BTreeMap::new();
    for hex in &source.hexes {
        let area = by_code.get(hex.ons_code.as_str()).or_else(|| by_name.get(&hex.name.to_lowercase()));
        let area = *area.ok_or_else(|| ImportError::UnmatchedHex { file: FILE, code: hex.ons_code.clone(), name: hex.name.clone() })?;
        cells.insert(area, (hex.q, hex.r));
    }

    let known = |code: u16| councils.iter().any(|a| a.code == code);
    for (change, steps) in ADAPTATIONS {
        for step in *steps {
            let council = match step {
                Step::TakesCellOf { council, .. } | Step::Beside { council, .. } | Step::Moves { council, .. } => *council,
            };
            // A catalogue without the council (a test's) has nothing to adapt.
            if !known(council) {
                continue;
            }
            let cell_of = |of: u16| cells.get(&of).copied().ok_or_else(|| fail(format!("{change}: {of} has no cell for {council} to go by")));
            let free = |cell: (i16, i16)| {
                match cells.iter().find(|(_, c)| **c == cell) {
                    Some((other, _)) => Err(fail(format!("{change}: {council} cannot go to q {}, r {}: {other} is there", cell.0, cell.1))),
                    None => Ok(cell),
                }
            };
            let placed = match *step {
                Step::TakesCellOf { of, .. } => cell_of(of)?,
                Step::Beside { of, toward, .. } => free(step_toward(cell_of(of)?, toward))?,
                Step::Moves { toward, .. } => free(step_toward(cell_of(council)?, toward))?,
            };
            let had = cells.insert(council, placed);
            if had.is_some() != matches!(step, Step::Moves { .. }) {
                return Err(fail(format!("{change}: {council} {} a cell in the published layout", if had.is_some() { "already has" } else { "has no" })));
            }
        }
    }

    let hexmap = RawHexMap {
        format: FORMAT,
        layout: ODD_R.to_string(),
        credit: CREDIT.to_string(),
        notice: source.license.clone(),
        hexes: cells.into_iter().map(|(area, (q, r))| RawHex { area, q, r }).collect(),
    };
    let catalogue = validate_catalogue(CORE_FILE, core.clone()).map_err(ImportError::HexLayout)?;
    validate_hexmap(HEXMAP_FILE, hexmap.clone(), &catalogue).map_err(ImportError::HexLayout)?;
    Ok(hexmap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_goes_to_the_neighbouring_cell_by_the_row_s_shift() {
        // Cumbria (6, 14), an even row: north-east is straight up a row.
        assert_eq!(step_toward((6, 14), Toward::NorthEast), (6, 15));
        assert_eq!(step_toward((6, 14), Toward::NorthWest), (5, 15));
        // BCP (5, 2): Poole goes south-west, to (4, 1).
        assert_eq!(step_toward((5, 2), Toward::SouthWest), (4, 1));
        // An odd row is half a hex east: its north-east is q + 1.
        assert_eq!(step_toward((4, 1), Toward::NorthEast), (5, 2));
        assert_eq!(step_toward((4, 1), Toward::SouthWest), (4, 0));
        assert_eq!(step_toward((7, 6), Toward::West), (6, 6));
        assert_eq!(step_toward((7, 6), Toward::East), (8, 6));
    }
}
