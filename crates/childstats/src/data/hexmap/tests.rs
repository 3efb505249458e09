//! The hex map's layout: which councils a year's map shows, and layouts
//! refused with an error that says where.

use super::*;
use crate::data::fixture::Fixture;
use crate::data::raw::RawHex;

fn y(year: u16) -> Year {
    Year::new(year).unwrap()
}

/// Southampton, and Northamptonshire split into North and West in 2021,
/// over 2020 to 2022.
fn split() -> Catalogue {
    Fixture::new()
        .span(2020, 2022)
        .region(983, "East Midlands")
        .council(852, "Southampton", None)
        .council(928, "Northamptonshire", Some(983))
        .area_with(928, |a| {
            a.last_year = Some(2021);
            a.successors = Some(vec![940, 941]);
        })
        .council(940, "North Northamptonshire", Some(983))
        .council(941, "West Northamptonshire", Some(983))
        .area_with(940, |a| {
            a.first_year = Some(2021);
            a.predecessors = Some(vec![928]);
        })
        .area_with(941, |a| {
            a.first_year = Some(2021);
            a.predecessors = Some(vec![928]);
        })
        .catalogue()
}

fn raw(hexes: &[(u16, i16, i16)]) -> RawHexMap {
    RawHexMap {
        format: raw::FORMAT,
        layout: ODD_R.into(),
        credit: "Hex layout: Open Innovations".into(),
        notice: "Copyright (c) 2017- Open Innovations".into(),
        hexes: hexes.iter().map(|&(area, q, r)| RawHex { area, q, r }).collect(),
    }
}

/// Written as the importer writes it and read as the app reads it.
fn parse(hexes: &[(u16, i16, i16)]) -> Result<HexLayout, DataError> {
    parse_hexmap("hexmap.json", &serde_json::to_string(&raw(hexes)).unwrap(), &split())
}

/// North Northamptonshire takes the county's cell; West the one beside it.
const SPLIT: &[(u16, i16, i16)] = &[(852, 5, 0), (928, 1, 0), (940, 1, 0), (941, 0, 0)];

fn on_map(layout: &HexLayout, year: u16, created: bool) -> Vec<(u16, (i16, i16))> {
    layout.councils_on_map(&split(), y(year), |_| created).into_iter().map(|(a, h)| (a.0, (h.q, h.r))).collect()
}

#[test]
fn a_split_council_s_successors_replace_it_and_the_change_year_shows_one_side() {
    let layout = parse(SPLIT).unwrap();
    assert_eq!(layout.credit, "Hex layout: Open Innovations");
    assert_eq!(on_map(&layout, 2020, true), [(852, (5, 0)), (928, (1, 0))], "no changeover: the side does not matter");
    assert_eq!(on_map(&layout, 2021, false), [(852, (5, 0)), (928, (1, 0))]);
    assert_eq!(on_map(&layout, 2021, true), [(852, (5, 0)), (940, (1, 0)), (941, (0, 0))]);
    assert_eq!(on_map(&layout, 2022, false), [(852, (5, 0)), (940, (1, 0)), (941, (0, 0))]);
}

#[test]
fn the_change_year_groups_the_abolished_council_with_its_successors() {
    let catalogue = split();
    assert_eq!(
        changeovers(&catalogue, y(2021)),
        [Changeover { year: y(2021), abolished: vec![AreaCode(928)], created: vec![AreaCode(940), AreaCode(941)] }]
    );
    assert!(changeovers(&catalogue, y(2020)).is_empty());
    assert!(changeovers(&catalogue, y(2022)).is_empty());
}

#[test]
fn two_councils_on_one_map_in_one_cell_are_refused_naming_both_and_the_year() {
    let err = parse(&[(852, 0, 0), (928, 1, 0), (940, 1, 0), (941, 0, 0)]).unwrap_err();
    assert_eq!(err, DataError::SharedHex { file: "hexmap.json".into(), year: 2021, first: 852, second: 941, q: 0, r: 0 });
    assert_eq!(err.to_string(), "hexmap.json: areas 852 and 941 share the hex at q 0, r 0 on the map of 2021");
}

#[test]
fn a_council_on_some_map_without_a_hex_is_refused_with_the_first_such_year() {
    let err = parse(&[(852, 5, 0), (928, 1, 0), (940, 1, 0)]).unwrap_err();
    assert_eq!(err, DataError::NoHex { file: "hexmap.json".into(), area: 941, year: 2021 });
}

#[test]
fn a_hex_for_an_unknown_area_a_region_or_a_council_twice_is_refused() {
    let mut hexes = SPLIT.to_vec();
    hexes.push((999, 9, 9));
    assert!(matches!(parse(&hexes), Err(DataError::UnknownArea { code: 999, .. })));
    hexes.pop();
    hexes.push((983, 9, 9));
    assert!(matches!(parse(&hexes), Err(DataError::BadField { field: "area (not a council)", .. })));
    hexes.pop();
    hexes.push((852, 9, 9));
    assert!(matches!(parse(&hexes), Err(DataError::Duplicate { what: "hex of area", .. })));
}

#[test]
fn another_layout_or_format_is_refused() {
    let mut other = raw(SPLIT);
    other.layout = "odd-q".into();
    let err = parse_hexmap("hexmap.json", &serde_json::to_string(&other).unwrap(), &split()).unwrap_err();
    assert_eq!(err.to_string(), "hexmap.json: hex map: unrecognised layout \"odd-q\"");
    let mut old = raw(SPLIT);
    old.format = 1;
    assert!(matches!(parse_hexmap("hexmap.json", &serde_json::to_string(&old).unwrap(), &split()), Err(DataError::Format { .. })));
    assert!(matches!(parse_hexmap("hexmap.json", "{", &split()), Err(DataError::Json { .. })));
}

#[test]
fn cells_touch_across_a_row_and_diagonally_by_the_row_s_shift() {
    let h = |q, r| Hex { q, r };
    assert!(h(0, 0).touches(h(1, 0)) && h(0, 0).touches(h(-1, 0)));
    // Row 0 is not shifted: above it are q -1 and q 0 of row 1 (shifted right).
    assert!(h(0, 0).touches(h(0, 1)) && h(0, 0).touches(h(-1, 1)) && h(0, 0).touches(h(-1, -1)));
    assert!(!h(0, 0).touches(h(1, 1)) && !h(0, 0).touches(h(0, 0)) && !h(0, 0).touches(h(0, 2)));
    // Row 1 is shifted right: below it are q 0 and q 1 of row 0.
    assert!(h(0, 1).touches(h(1, 0)) && h(0, 1).touches(h(1, 2)) && !h(0, 1).touches(h(-1, 0)));
}
