//! Merges the observations read from every source into one figure per
//! indicator, year and area.
//!
//! Precedence, for one indicator, area and year (see `docs/data.md`):
//! 1. LAIT. The newer release wins wherever it has a row for the year, even a
//!    `-` (DfE's later suppression decisions stand); the older release fills
//!    years the newer lacks. Within a release, a number beats a missing marker,
//!    then a final label beats revised, revised beats plain, plain beats
//!    provisional.
//! 2. Only for years in which LAIT has no figure at all for the indicator (the
//!    early years of the children's social care series): DfE's own tables
//!    (`csc/`, `cla_sfr/`), as published.
//! 3. Only where no published rate exists: a rate derived DfE's way, count ÷
//!    previous year's mid-year population aged 0-17 × 10,000, marked derived.

use std::cmp::Reverse;
use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap, HashSet};

use crate::number::Published;
use crate::period::Status;
use crate::read::csc::CscColumn;
use crate::read::population::Population;
use crate::report::Skips;
use crate::sources::*;
use crate::FIRST_YEAR;

/// (indicator, year, area)
pub type Key = (String, u16, u16);

/// The figure chosen for a key, with derivation inputs where it was computed.
#[derive(Debug, Clone)]
pub struct Chosen {
    pub observation: Observation,
    pub derived: Option<Derived>,
}

/// The inputs of a rate the importer computed.
#[derive(Debug, Clone)]
pub struct Derived {
    pub count: f64,
    pub count_origin: Origin,
    /// Children aged 0 to 17 at mid-year `population_year` (the year before the rate's).
    pub population: f64,
    pub population_year: u16,
    pub population_row: u64,
}

/// Published table columns that fill the early years LAIT lacks, by LAIT measure.
pub fn fill_columns() -> [CscColumn<'static>; 7] {
    let cla = Some(("population_type", "Children looked after on 31 March each year"));
    [
        CscColumn { source: &CSC_B1, column: "At31_episodes_rate", filter: None, indicator: "CIN" },
        CscColumn { source: &CSC_C1, column: "Referrals", filter: None, indicator: "CPP_Total_NumRef" },
        CscColumn { source: &CSC_C1, column: "Referrals_rate", filter: None, indicator: "CPP_Total_Rateper10,000" },
        CscColumn { source: &CSC_C1, column: "Re_referrals_percent", filter: None, indicator: "ReReferral" },
        CscColumn { source: &CSC_D5, column: "CPP_At31", filter: None, indicator: "CPP_Num" },
        CscColumn { source: &CSC_CLA, column: "children_count", filter: cla, indicator: "LACnum" },
        CscColumn { source: &CSC_CLA, column: "rate_per_10000", filter: cla, indicator: "LAC" },
    ]
}

/// The looked-after statistical first releases that fill `LACnum`, with the year each gives.
pub static FILL_SFRS: [(&Source, u16); 4] = [(&SFR_2014, 2014), (&SFR_2015, 2015), (&SFR_2016, 2016), (&SFR_2017, 2017)];

/// Rates derived from counts where no published rate exists: (rate, count).
const DERIVED_RATES: &[(&str, &str)] = &[("CPP_rate", "CPP_Num"), ("LAC", "LACnum")];

/// Orders two LAIT figures for one key: the greater is kept.
fn preference(o: &Observation, newness: usize) -> (Reverse<usize>, bool, Status) {
    (Reverse(newness), o.value.number().is_some(), o.status)
}

/// Step 1: the preferred LAIT figure for each key, from each release's
/// observations, newest release first. About 1.1 million observations pass
/// through here, so each is hashed once (the entry API) and moved, not cloned.
pub fn choose_lait(releases: Vec<Vec<Observation>>, known: &BTreeSet<u16>, skips: &mut Skips) -> HashMap<Key, Chosen> {
    let mut best: HashMap<Key, (usize, Observation)> = HashMap::with_capacity(releases.first().map_or(0, Vec::len));
    for (newness, observations) in releases.into_iter().enumerate() {
        for o in observations {
            let file = o.origin.source.file;
            if !known.contains(&o.area) {
                skips.skip(file, "unknown area", o.origin.row, &o.area.to_string());
                continue;
            }
            match best.entry((o.indicator.clone(), o.year, o.area)) {
                Entry::Vacant(slot) => {
                    slot.insert((newness, o));
                }
                Entry::Occupied(mut slot) => {
                    let (current_newness, current) = slot.get();
                    let current_pref = preference(current, *current_newness);
                    let new_pref = preference(&o, newness);
                    if new_pref > current_pref {
                        skips.count(current.origin.source.file, "superseded by a preferred figure");
                        slot.insert((newness, o));
                    } else if new_pref == current_pref {
                        skips.skip(file, "second row for the same measure, area and year (first kept)", o.origin.row, &o.label);
                    } else {
                        skips.count(file, "superseded by a preferred figure");
                    }
                }
            }
        }
    }
    best.into_iter().map(|(key, (_, observation))| (key, Chosen { observation, derived: None })).collect()
}

/// The (indicator, year)s for which LAIT has a number for any area: DfE's
/// own tables are used only outside these.
pub fn lait_years(chosen: &HashMap<Key, Chosen>) -> HashSet<(String, u16)> {
    chosen
        .iter()
        .filter(|(_, c)| c.observation.value.number().is_some())
        .map(|((i, y, _), _)| (i.clone(), *y))
        .collect()
}

/// Step 2: DfE's own tables, for the years LAIT lacks. A number replaces a
/// missing marker; otherwise the first figure for a key stands.
pub fn fill_early_years(
    chosen: &mut HashMap<Key, Chosen>,
    fills: Vec<Observation>,
    lait_years: &HashSet<(String, u16)>,
    known: &BTreeSet<u16>,
    skips: &mut Skips,
) {
    for o in fills {
        let file = o.origin.source.file;
        if o.year < FIRST_YEAR {
            continue;
        }
        if lait_years.contains(&(o.indicator.clone(), o.year)) {
            skips.count(file, "LAIT has this year (table not needed)");
            continue;
        }
        if !known.contains(&o.area) {
            skips.skip(file, "unknown area", o.origin.row, &o.area.to_string());
            continue;
        }
        let key = (o.indicator.clone(), o.year, o.area);
        let replace = chosen.get(&key).is_none_or(|c| c.observation.value.number().is_none() && o.value.number().is_some());
        if replace {
            chosen.insert(key, Chosen { observation: o, derived: None });
        }
    }
}

/// Step 3: rates derived DfE's way where none is published, unrounded (the
/// indicator's decimals are applied with the others').
pub fn derive_rates(
    chosen: &mut HashMap<Key, Chosen>,
    population: &Population,
    lait_years: &HashSet<(String, u16)>,
    known: &BTreeSet<u16>,
    skips: &mut Skips,
) {
    for &(rate, count) in DERIVED_RATES {
        // Every count there is, in year then area order (the order the skip report's example follows).
        let counts: BTreeSet<(u16, u16)> = chosen
            .iter()
            .filter(|((i, _, area), c)| i == count && known.contains(area) && c.observation.value.number().is_some())
            .map(|((_, year, area), _)| (*year, *area))
            .collect();
        for (year, area) in counts {
            let rate_key = (rate.to_string(), year, area);
            let published = chosen.get(&rate_key).is_some_and(|c| c.observation.value.number().is_some());
            if published || lait_years.contains(&(rate.to_string(), year)) {
                continue;
            }
            let count_obs = chosen[&(count.to_string(), year, area)].observation.clone();
            let Some(n) = count_obs.value.number() else { continue };
            let Some(&(pop, pop_row)) = population.get(&(area, year - 1)) else {
                let example = format!("{rate} for area {area} in {year}");
                skips.skip("derived", "no population estimate for a derived rate", 0, &example);
                continue;
            };
            let observation = Observation {
                indicator: rate.to_string(),
                area,
                year,
                label: count_obs.label.clone(),
                status: count_obs.status,
                value: Published::Number(n / pop * 10_000.0),
                origin: Origin { source: &DERIVED, row: 0 },
            };
            let derived = Derived {
                count: n,
                count_origin: count_obs.origin.clone(),
                population: pop,
                population_year: year - 1,
                population_row: pop_row,
            };
            chosen.insert(rate_key, Chosen { observation, derived: Some(derived) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(label: &str, status: Status, value: Published) -> Observation {
        Observation {
            indicator: "X".into(),
            area: 852,
            year: 2018,
            label: label.into(),
            status,
            value,
            origin: Origin { source: &LAIT_2026_04, row: 2 },
        }
    }

    fn at(indicator: &str, year: u16, area: u16, value: Published, source: &'static Source, row: u64) -> Observation {
        Observation {
            indicator: indicator.into(),
            area,
            year,
            label: year.to_string(),
            status: Status::Published,
            value,
            origin: Origin { source, row },
        }
    }

    fn value(chosen: &HashMap<Key, Chosen>, indicator: &str, year: u16, area: u16) -> Option<Published> {
        chosen.get(&(indicator.to_string(), year, area)).map(|c| c.observation.value.clone())
    }

    #[test]
    fn the_newer_release_stands_and_the_older_fills_only_the_years_it_lacks() {
        let known = BTreeSet::from([852]);
        let dash = Published::Marker("-".into());
        let newer = vec![at("X", 2018, 852, dash.clone(), &LAIT_2026_04, 2), at("X", 2018, 999, Published::Number(1.0), &LAIT_2026_04, 3)];
        let older = vec![at("X", 2018, 852, Published::Number(5.0), &LAIT_2024_11, 7), at("X", 2015, 852, Published::Number(4.0), &LAIT_2024_11, 8)];
        let mut skips = Skips::default();
        let chosen = choose_lait(vec![newer, older], &known, &mut skips);
        assert_eq!(value(&chosen, "X", 2018, 852), Some(dash));
        assert_eq!(chosen[&("X".to_string(), 2018, 852)].observation.origin.row, 2);
        assert_eq!(value(&chosen, "X", 2015, 852), Some(Published::Number(4.0)));
        assert_eq!(chosen.len(), 2, "area 999 is not known");
        let report = skips.to_string();
        assert!(report.contains("lait/lait_bds_2024-11.csv.gz: superseded by a preferred figure: 1"), "{report}");
        assert!(report.contains("lait/lait_bds_2026-04.csv.gz: unknown area: 1 (first at row 3: \"999\")"), "{report}");
    }

    #[test]
    fn tables_fill_only_years_in_which_lait_has_no_number_for_the_indicator() {
        let known = BTreeSet::from([852, 970]);
        let mut chosen = choose_lait(vec![vec![at("CIN", 2016, 970, Published::Number(1.0), &LAIT_2026_04, 2)]], &known, &mut Skips::default());
        let lait_years = lait_years(&chosen);
        let fills = vec![
            at("CIN", 2016, 852, Published::Number(2.0), &CSC_B1, 10),
            at("CIN", 2014, 852, Published::Marker("x".into()), &CSC_B1, 11),
            at("CIN", 2014, 852, Published::Number(3.0), &CSC_B1, 12),
            at("CIN", 2013, 852, Published::Number(9.0), &CSC_B1, 13),
        ];
        let mut skips = Skips::default();
        fill_early_years(&mut chosen, fills, &lait_years, &known, &mut skips);
        assert_eq!(value(&chosen, "CIN", 2016, 852), None, "LAIT has 2016 for another area");
        assert_eq!(value(&chosen, "CIN", 2014, 852), Some(Published::Number(3.0)), "a number replaces a marker");
        assert_eq!(value(&chosen, "CIN", 2013, 852), None, "2013 is not bundled");
        assert!(skips.to_string().contains("LAIT has this year (table not needed): 1"));
    }

    #[test]
    fn a_derived_rate_divides_by_the_previous_year_s_population() {
        let known = BTreeSet::from([852, 970]);
        let counts = vec![at("CPP_Num", 2014, 852, Published::Number(236.0), &CSC_D5, 5), at("CPP_Num", 2014, 970, Published::Number(10.0), &CSC_D5, 6)];
        let mut chosen = HashMap::new();
        fill_early_years(&mut chosen, counts, &HashSet::new(), &known, &mut Skips::default());
        let population = Population::from([((852, 2013), (47_500.0, 40)), ((852, 2014), (1.0, 41))]);
        let mut skips = Skips::default();
        derive_rates(&mut chosen, &population, &HashSet::new(), &known, &mut skips);
        let rate = &chosen[&("CPP_rate".to_string(), 2014, 852)];
        assert_eq!(rate.observation.value, Published::Number(236.0 / 47_500.0 * 10_000.0));
        let derived = rate.derived.as_ref().unwrap();
        assert_eq!((derived.population_year, derived.population_row, derived.count_origin.row), (2013, 40, 5));
        assert!(!chosen.contains_key(&("CPP_rate".to_string(), 2014, 970)));
        assert!(skips.to_string().contains("no population estimate for a derived rate: 1 (first at row 0: \"CPP_rate for area 970 in 2014\")"));
    }

    #[test]
    fn newer_release_wins_even_with_a_dash() {
        let newer_dash = obs("2018", Status::Published, Published::Marker("-".into()));
        let older_number = obs("2018", Status::Published, Published::Number(5.0));
        assert!(preference(&newer_dash, 0) > preference(&older_number, 1));
    }

    #[test]
    fn within_a_release_number_then_revised_or_final_wins() {
        let plain = obs("2018", Status::Published, Published::Number(1.0));
        let revised = obs("2018 (Revised)", Status::Revised, Published::Number(2.0));
        let final_ = obs("2020 (Final)", Status::Final, Published::Number(2.0));
        let provisional = obs("2018 (prov)", Status::Provisional, Published::Number(3.0));
        let revised_dash = obs("2018 (Revised)", Status::Revised, Published::Marker("-".into()));
        assert!(preference(&revised, 0) > preference(&plain, 0));
        assert!(preference(&final_, 0) > preference(&revised, 0));
        assert!(preference(&plain, 0) > preference(&provisional, 0));
        assert!(preference(&provisional, 0) > preference(&revised_dash, 0));
    }
}
