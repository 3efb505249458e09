//! The year files: for each bundled year, one series per indicator with a
//! value (or missing marker) per area in catalogue order, the period label and
//! source most of its figures share, and the exceptions and derivations.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use childstats::data::raw::*;

use super::merge::{Chosen, Key};
use crate::number::Published;
use crate::sources::ONS_POPULATION;
use crate::{FIRST_YEAR, LAST_YEAR};

/// One year file per bundled year, each with its indicators in catalogue
/// order; an indicator is left out of a year in which no area has a number.
pub fn build_years(indicators: &[RawIndicator], areas: &[RawArea], chosen: &HashMap<Key, Chosen>) -> Vec<RawYear> {
    // year → indicator → (area position, figure)
    type Cells<'a> = BTreeMap<&'a str, Vec<(usize, &'a Chosen)>>;
    let mut by_year: BTreeMap<u16, Cells<'_>> = BTreeMap::new();
    let position: HashMap<u16, usize> = areas.iter().enumerate().map(|(i, a)| (a.code, i)).collect();
    for ((indicator, year, area), c) in chosen {
        by_year.entry(*year).or_default().entry(indicator.as_str()).or_default().push((position[area], c));
    }
    let order: HashMap<&str, usize> = indicators.iter().enumerate().map(|(i, ind)| (ind.code.as_str(), i)).collect();
    (FIRST_YEAR..=LAST_YEAR)
        .map(|year| {
            let mut series: Vec<RawSeries> = by_year
                .get(&year)
                .into_iter()
                .flatten()
                .filter(|(_, cells)| cells.iter().any(|(_, c)| c.observation.value.number().is_some()))
                .map(|(indicator, cells)| series_for(indicator, cells, areas))
                .collect();
            series.sort_by_key(|s| order[s.indicator.as_str()]);
            RawYear { format: FORMAT, year, series }
        })
        .collect()
}

/// One indicator's series for a year from its (area position, figure) cells.
fn series_for(indicator: &str, cells: &[(usize, &Chosen)], areas: &[RawArea]) -> RawSeries {
    let mut cells = cells.to_vec();
    cells.sort_by_key(|(p, _)| *p);
    let period = most_common(cells.iter().map(|(_, c)| c.observation.label.as_str()));
    let source = most_common(cells.iter().map(|(_, c)| c.observation.origin.source.id));
    let mut values = vec![RawValue::Absent; areas.len()];
    let mut exceptions = Vec::new();
    let mut derived = Vec::new();
    for (p, c) in cells {
        let o = &c.observation;
        values[p] = match &o.value {
            Published::Number(n) => RawValue::Number(*n),
            Published::Marker(m) => RawValue::Marker(m.clone()),
        };
        let other_period = (o.label != period).then(|| o.label.clone());
        let other_source = (o.origin.source.id != source).then(|| o.origin.source.id.to_string());
        if other_period.is_some() || other_source.is_some() {
            exceptions.push(RawException { area: areas[p].code, period: other_period, source: other_source });
        }
        if let Some(d) = &c.derived {
            derived.push(RawDerivation {
                area: areas[p].code,
                count: d.count,
                count_source: d.count_origin.source.id.to_string(),
                population: d.population,
                population_year: d.population_year,
                population_source: ONS_POPULATION.id.into(),
            });
        }
    }
    RawSeries {
        indicator: indicator.to_string(),
        period: period.to_string(),
        source: source.to_string(),
        values,
        exceptions: listed(exceptions),
        derived: listed(derived),
    }
}

/// The most frequent item; ties go to the smallest, so output is deterministic.
fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> &'a str {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    counts.iter().max_by_key(|(k, n)| (**n, Reverse(**k))).map(|(k, _)| *k).unwrap_or("")
}

/// An optional list in the bundled files: `null` when empty (see `raw`).
fn listed<T>(list: Vec<T>) -> Option<Vec<T>> {
    (!list.is_empty()).then_some(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_common_label_breaks_ties_by_order() {
        assert_eq!(most_common(["2018", "2018 (Rev)", "2018"].into_iter()), "2018");
        assert_eq!(most_common(["b", "a"].into_iter()), "a");
    }
}
