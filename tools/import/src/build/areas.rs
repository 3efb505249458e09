//! The catalogue's areas: England, regions and London's two parts from LAIT,
//! councils from LAIT's LA list, with the reorganisations of 2019-2023 and the
//! ONS code of each.

use std::collections::BTreeMap;

use childstats::data::raw::RawArea;

use crate::read::la_codes::LaRow;
use crate::read::lait::LaitRelease;

/// Councils abolished and the councils that replaced them on 1 April of `year`.
struct Reorganisation {
    /// The data year of the change: figures for it may sit under either side.
    year: u16,
    /// The abolished councils' LA numbers.
    from: &'static [u16],
    /// Each new council's LA number, with the abolished councils it covers.
    to: &'static [(u16, &'static [u16])],
    note: &'static str,
}

/// Local government reorganisations within 2014-2024 (Structural Changes Orders).
const REORGANISATIONS: &[Reorganisation] = &[
    Reorganisation {
        year: 2019,
        from: &[835, 836, 837],
        to: &[(838, &[835]), (839, &[835, 836, 837])],
        note: "On 1 April 2019 Bournemouth, Poole and Dorset County Council were replaced by Bournemouth, Christchurch and Poole Council and Dorset Council.",
    },
    Reorganisation {
        year: 2021,
        from: &[928],
        to: &[(940, &[928]), (941, &[928])],
        note: "On 1 April 2021 Northamptonshire County Council was replaced by North Northamptonshire and West Northamptonshire councils.",
    },
    Reorganisation {
        year: 2023,
        from: &[909],
        to: &[(942, &[909]), (943, &[909])],
        note: "On 1 April 2023 Cumbria County Council was replaced by Cumberland and Westmorland and Furness councils.",
    },
];

/// Every area in LA number order: councils from LAIT's LA list with their
/// region, then England, the regions and London's two parts as LAIT names them
/// (the newer release's name where both have one); reorganised councils carry
/// their successors or predecessors and a note.
pub fn build_areas(la_codes: &[LaRow], releases: &[LaitRelease]) -> Vec<RawArea> {
    let mut lait_areas = BTreeMap::new();
    for release in releases.iter().rev() {
        lait_areas.extend(release.areas.iter().map(|(k, v)| (*k, v.clone())));
    }
    let mut areas: BTreeMap<u16, RawArea> = BTreeMap::new();
    for (&code, a) in lait_areas.iter().filter(|(c, _)| **c >= 970) {
        let kind = match code {
            970 => "england",
            987 | 988 => "london_part",
            _ => "region",
        };
        areas.insert(code, blank_area(code, &a.name, kind));
    }
    let region_code = |name: &str| {
        let name = name.to_lowercase();
        let name = if name.contains("london") { "london".to_string() } else { name };
        areas.iter().find(|(_, a)| a.kind == "region" && a.name.to_lowercase() == name).map(|(c, _)| *c)
    };
    let mut las = Vec::new();
    for row in la_codes.iter().filter(|r| r.code < 970 && !r.la_type.is_empty()) {
        let mut area = blank_area(row.code, &row.name, "la");
        area.region = region_code(&row.region);
        area.la_type = Some(row.la_type.clone());
        las.push(area);
    }
    for area in las {
        areas.insert(area.code, area);
    }
    for r in REORGANISATIONS {
        for &old in r.from {
            if let Some(a) = areas.get_mut(&old) {
                a.successors = Some(r.to.iter().filter(|(_, preds)| preds.contains(&old)).map(|(c, _)| *c).collect());
                a.last_year = Some(r.year);
                a.note = Some(r.note.to_string());
            }
        }
        for &(new, preds) in r.to {
            if let Some(a) = areas.get_mut(&new) {
                a.predecessors = Some(preds.to_vec());
                a.first_year = Some(r.year);
                a.note = Some(r.note.to_string());
            }
        }
    }
    areas.into_values().collect()
}

fn blank_area(code: u16, name: &str, kind: &str) -> RawArea {
    RawArea {
        code,
        name: name.to_string(),
        kind: kind.to_string(),
        ons_code: None,
        region: None,
        la_type: None,
        predecessors: None,
        successors: None,
        first_year: None,
        last_year: None,
        note: None,
    }
}

/// Sets ONS codes from DfE's tables, which carry them beside LA numbers.
pub fn with_ons_codes(areas: &mut [RawArea], codes: &BTreeMap<u16, String>) {
    for a in areas {
        a.ons_code = codes.get(&a.code).cloned();
    }
}

