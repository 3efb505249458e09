//! The hex map's layout (`hexmap.json`): one cell per council, validated
//! against the catalogue so that every map the app can draw has exactly one
//! hex for each council on it and no two hexes in one cell.
//!
//! Which councils are on a year's map: every council that existed that year
//! (`Area::existed_in`, the rule the compare view ranks by), except in the
//! year of a reorganisation. DfE dates a change by data year, and in that
//! year an indicator's figures sit under the old councils or the new ones,
//! almost never both (2019: 209 indicators under Bournemouth, Poole and
//! Dorset, 168 under the new councils, 7 under both; 2021: 214, 72 and 2;
//! 2023: 233, 176 and 2). So the layout gives a new council the cell of the
//! one it replaced, and a map of that year shows one side of each
//! [`Changeover`], chosen by the caller (the map model: the side with the
//! indicator's figures).

use std::collections::{BTreeMap, HashMap, HashSet};

use super::dataset::Catalogue;
use super::domain::{AreaCode, AreaKind, Year};
use super::error::DataError;
use super::raw::{self, RawHexMap};

/// The only HexJSON layout the map draws.
pub const ODD_R: &str = "odd-r";

/// A cell of the hex grid: column `q` and row `r` in HexJSON's `odd-r`
/// offset coordinates, rows counted northward, odd rows half a hex right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hex {
    pub q: i16,
    pub r: i16,
}

impl Hex {
    /// The centre in hex widths (x, eastward) and hex widths (y, northward):
    /// neighbours' centres are one width apart.
    pub fn centre(self) -> (f64, f64) {
        let shift = if self.r.rem_euclid(2) == 1 { 0.5 } else { 0.0 };
        (f64::from(self.q) + shift, f64::from(self.r) * 3f64.sqrt() / 2.0)
    }

    /// True where the two cells share an edge.
    pub fn touches(self, other: Hex) -> bool {
        let (ax, ay) = self.centre();
        let (bx, by) = other.centre();
        self != other && ((ax - bx).powi(2) + (ay - by).powi(2) - 1.0).abs() < 1e-9
    }
}

/// The year's reorganisation: councils abolished, and the councils created
/// in their place, both of which DfE's figures for that year may sit under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changeover {
    pub year: Year,
    pub abolished: Vec<AreaCode>,
    pub created: Vec<AreaCode>,
}

/// The reorganisations whose data year is `year`: councils whose last year
/// it is, grouped with their successors whose first year it is.
pub fn changeovers(catalogue: &Catalogue, year: Year) -> Vec<Changeover> {
    let mut found: Vec<Changeover> = Vec::new();
    for area in catalogue.areas().iter().filter(|a| a.kind == AreaKind::LocalAuthority && a.last_year == Some(year)) {
        let created: Vec<AreaCode> =
            area.successors.iter().copied().filter(|s| catalogue.area(*s).is_some_and(|s| s.first_year == Some(year))).collect();
        if created.is_empty() {
            continue;
        }
        match found.iter_mut().find(|c| c.created.iter().any(|s| created.contains(s))) {
            Some(c) => {
                c.abolished.push(area.code);
                for s in created {
                    if !c.created.contains(&s) {
                        c.created.push(s);
                    }
                }
            }
            None => found.push(Changeover { year, abolished: vec![area.code], created }),
        }
    }
    found
}

/// The validated layout: a cell for every council, the licence notice and
/// the credit to show.
#[derive(Debug, Clone, PartialEq)]
pub struct HexLayout {
    pub credit: String,
    pub notice: String,
    hexes: BTreeMap<AreaCode, Hex>,
}

impl HexLayout {
    pub fn hex(&self, area: AreaCode) -> Option<Hex> {
        self.hexes.get(&area).copied()
    }

    /// The councils on the map of `year` with their cells, in LA number
    /// order: those that existed that year, with, for each of the year's
    /// changeovers, the new councils where `shows_created` says so and the
    /// abolished ones otherwise.
    pub fn councils_on_map(
        &self,
        catalogue: &Catalogue,
        year: Year,
        mut shows_created: impl FnMut(&Changeover) -> bool,
    ) -> Vec<(AreaCode, Hex)> {
        let hidden = hidden_side(&changeovers(catalogue, year), |c| shows_created(c));
        catalogue
            .areas()
            .iter()
            .filter(|a| a.kind == AreaKind::LocalAuthority && a.existed_in(year) && !hidden.contains(&a.code))
            .filter_map(|a| Some((a.code, self.hex(a.code)?)))
            .collect()
    }
}

fn hidden_side(changeovers: &[Changeover], mut shows_created: impl FnMut(&Changeover) -> bool) -> HashSet<AreaCode> {
    changeovers.iter().flat_map(|c| if shows_created(c) { c.abolished.clone() } else { c.created.clone() }).collect()
}

/// Parses and validates `hexmap.json` against the catalogue.
pub fn parse_hexmap(file: &str, text: &str, catalogue: &Catalogue) -> Result<HexLayout, DataError> {
    validate_hexmap(file, super::validate::json(file, text)?, catalogue)
}

/// Checks the layout: every hex is a known council's, once; and in every
/// bundled year, whichever side of each changeover is shown, every council
/// on the map has a hex and no two share a cell.
pub fn validate_hexmap(file: &str, raw: RawHexMap, catalogue: &Catalogue) -> Result<HexLayout, DataError> {
    if raw.format != raw::FORMAT {
        return Err(DataError::Format { file: file.into(), found: raw.format, expected: raw::FORMAT });
    }
    if raw.layout != ODD_R {
        return Err(DataError::BadField { file: file.into(), context: "hex map".into(), field: "layout", value: raw.layout });
    }
    let mut hexes = BTreeMap::new();
    for h in &raw.hexes {
        let context = format!("hex at q {}, r {}", h.q, h.r);
        let area = catalogue.area(AreaCode(h.area)).ok_or(DataError::UnknownArea { file: file.into(), context: context.clone(), code: h.area })?;
        if area.kind != AreaKind::LocalAuthority {
            return Err(DataError::BadField { file: file.into(), context, field: "area (not a council)", value: h.area.to_string() });
        }
        if hexes.insert(area.code, Hex { q: h.q, r: h.r }).is_some() {
            return Err(DataError::Duplicate { file: file.into(), what: "hex of area", code: h.area.to_string() });
        }
    }
    let layout = HexLayout { credit: raw.credit, notice: raw.notice, hexes };
    for year in catalogue.years.iter() {
        let changes = changeovers(catalogue, year);
        // Every combination of sides, one bit per changeover (one a year so far).
        for sides in 0u32..(1 << changes.len()) {
            let hidden: HashSet<AreaCode> = changes
                .iter()
                .enumerate()
                .flat_map(|(i, c)| if sides & (1 << i) != 0 { c.abolished.clone() } else { c.created.clone() })
                .collect();
            check_year(file, &layout, catalogue, year, &hidden)?;
        }
    }
    Ok(layout)
}

fn check_year(file: &str, layout: &HexLayout, catalogue: &Catalogue, year: Year, hidden: &HashSet<AreaCode>) -> Result<(), DataError> {
    let mut taken: HashMap<Hex, AreaCode> = HashMap::new();
    for area in catalogue.areas().iter().filter(|a| a.kind == AreaKind::LocalAuthority && a.existed_in(year) && !hidden.contains(&a.code)) {
        let hex = layout.hex(area.code).ok_or(DataError::NoHex { file: file.into(), area: area.code.0, year: year.get() })?;
        if let Some(first) = taken.insert(hex, area.code) {
            return Err(DataError::SharedHex { file: file.into(), year: year.get(), first: first.0, second: area.code.0, q: hex.q, r: hex.r });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
