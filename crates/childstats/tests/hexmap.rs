//! The bundled hex map (`public/data/hexmap.json`) against the bundled
//! catalogue: for every bundled year, and either side of that year's
//! reorganisation, every council on the map has one hex, no two share a
//! cell, and councils stay beside councils of their region; the split
//! councils' successors sit together in the old council's place; and the
//! map model of a real indicator can be walked with the arrow keys.

use std::collections::{BTreeSet, HashSet, VecDeque};
use std::path::{Path, PathBuf};

use childstats::data::hexmap::changeovers;
use childstats::data::load::load_dir;
use childstats::data::{parse_hexmap, AreaCode, AreaKind, Catalogue, Dataset, Hex, HexLayout, IndicatorCode, Year};
use childstats::model::map::{hex_map, Direction};
use childstats::model::selection::Selection;

fn bundle() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn bundled() -> (Dataset, HexLayout) {
    let dataset = load_dir(&bundle()).expect("the bundle loads");
    let text = std::fs::read_to_string(bundle().join("hexmap.json")).unwrap();
    let layout = parse_hexmap("hexmap.json", &text, &dataset.catalogue).expect("hexmap.json validates");
    (dataset, layout)
}

fn y(year: u16) -> Year {
    Year::new(year).unwrap()
}

/// Every map a year can have: one per side of its changeover (or one).
fn maps(catalogue: &Catalogue, layout: &HexLayout, year: Year) -> Vec<Vec<(AreaCode, Hex)>> {
    let sides = if changeovers(catalogue, year).is_empty() { vec![true] } else { vec![false, true] };
    sides.into_iter().map(|created| layout.councils_on_map(catalogue, year, |_| created)).collect()
}

#[test]
fn every_year_s_map_has_one_hex_per_council_and_none_shared() {
    let (dataset, layout) = bundled();
    let catalogue = &dataset.catalogue;
    for year in catalogue.years.iter() {
        let changes = changeovers(catalogue, year);
        for map in maps(catalogue, &layout, year) {
            let shown: BTreeSet<AreaCode> = map.iter().map(|(a, _)| *a).collect();
            assert_eq!(shown.len(), map.len(), "{year}: a council twice");
            let cells: HashSet<Hex> = map.iter().map(|(_, h)| *h).collect();
            assert_eq!(cells.len(), map.len(), "{year}: two councils share a cell");
            // Every council of the year is on it, but for the side not shown.
            for area in catalogue.areas().iter().filter(|a| a.kind == AreaKind::LocalAuthority && a.existed_in(year)) {
                let other_side = changes.iter().any(|c| c.abolished.contains(&area.code) || c.created.contains(&area.code));
                assert!(shown.contains(&area.code) || other_side, "{year}: {} has no hex", area.name);
            }
        }
    }
    // The councils England has had: 152 before 2019, 151 from 2019, 152 from
    // 2021 and 153 from 2023.
    let count = |year: u16, created: bool| layout.councils_on_map(catalogue, y(year), |_| created).len();
    assert_eq!([count(2018, true), count(2019, false), count(2019, true), count(2020, true)], [152, 152, 151, 151]);
    assert_eq!([count(2021, false), count(2021, true), count(2022, true), count(2023, false), count(2023, true), count(2024, true)], [151, 152, 152, 152, 153, 153]);
}

#[test]
fn councils_stay_beside_their_region_as_in_the_published_layout() {
    let (dataset, layout) = bundled();
    let catalogue = &dataset.catalogue;
    let region = |a: AreaCode| catalogue.area(a).and_then(|a| a.region);
    // Placed apart from their regions by Open Innovations: islands, and Kent,
    // Medway and Lincolnshire beside London and East Anglia.
    let apart_as_published = [420, 886, 887, 921, 925].map(AreaCode);
    for year in catalogue.years.iter() {
        for map in maps(catalogue, &layout, year) {
            for (area, hex) in &map {
                let beside_own_region = map.iter().any(|(other, h)| hex.touches(*h) && region(*other) == region(*area));
                assert!(beside_own_region || apart_as_published.contains(area), "{year}: {area} is not beside its region");
            }
        }
    }
}

#[test]
fn a_split_council_s_successors_take_its_cell_and_one_beside_it() {
    let (dataset, layout) = bundled();
    let hex = |a: u16| layout.hex(AreaCode(a)).unwrap();
    // Northamptonshire (928) into North (940) and West (941) Northamptonshire;
    // Cumbria (909) into Cumberland (942) and Westmorland and Furness (943).
    for (old, taker, beside) in [(928, 940, 941), (909, 943, 942)] {
        assert_eq!(hex(taker), hex(old));
        assert!(hex(beside).touches(hex(taker)), "{beside} beside {taker}");
    }
    // Bournemouth (837) and Poole (836) where BCP (839) is; Dorset County (835) where Dorset (838) is.
    assert_eq!((hex(837), hex(835)), (hex(839), hex(838)));
    assert!(hex(836).touches(hex(837)) && hex(836).touches(hex(835)));
    // Recoded councils keep their hex every year.
    for year in dataset.catalogue.years.iter() {
        for map in maps(&dataset.catalogue, &layout, year) {
            for council in [825, 815, 933] {
                assert!(map.iter().any(|(a, _)| a.0 == council), "{year}: {council}");
            }
        }
    }
    assert_eq!(layout.credit, "Hex layout: Open Innovations");
    assert!(layout.notice.contains("Copyright (c) 2017- Open Innovations") && layout.notice.contains("Permission is hereby granted"));
}

#[test]
fn every_hex_of_a_real_map_can_be_reached_with_the_arrow_keys() {
    let (dataset, layout) = bundled();
    let code = IndicatorCode::new("CPP_rate");
    let indicator = dataset.catalogue.indicator(&code).unwrap().clone();
    let selection = Selection::default_view(dataset.catalogue.years);
    for year in [2018, 2019, 2021, 2023, 2024] {
        let map = hex_map(&dataset, &layout, &indicator, &selection, y(year));
        assert!(map.focus_cell().is_some_and(|c| c.name == "Southampton"), "{year}");
        assert_eq!(map.cells.iter().filter(|c| c.neighbour).count(), 10, "{year}: Southampton's ten neighbours");
        let mut seen = HashSet::from([AreaCode::SOUTHAMPTON]);
        let mut queue = VecDeque::from([AreaCode::SOUTHAMPTON]);
        while let Some(at) = queue.pop_front() {
            for direction in [Direction::Left, Direction::Right, Direction::Up, Direction::Down] {
                if let Some(next) = map.neighbour_in_direction(at, direction) {
                    if seen.insert(next) {
                        queue.push_back(next);
                    }
                }
            }
        }
        let unreached: Vec<&str> = map.cells.iter().filter(|c| !seen.contains(&c.area)).map(|c| c.name.as_str()).collect();
        assert!(unreached.is_empty(), "{year}: arrow keys never reach {unreached:?}");
    }
}
