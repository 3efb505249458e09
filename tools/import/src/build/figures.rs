//! The figures files: for each indicator, every year in which any area has
//! a number, each with a value (or missing marker) per area in the core's
//! area order, the period label and source most of its figures share, and
//! the exceptions and derivations. Also the years the bundle spans, taken
//! from the figures.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};

use childstats::data::raw::*;

use super::merge::{Chosen, Key};
use crate::number::Published;
use crate::sources::ONS_POPULATION;
use crate::FIRST_YEAR;

/// The data years to bundle, oldest first with no gaps: `FIRST_YEAR` to the
/// latest year in which any figure is a number. Nothing else sets the end, so
/// a release with a new year needs no change to the code. Empty if there is
/// no number at all.
pub fn data_years(chosen: &HashMap<Key, Chosen>) -> Vec<u16> {
    let last = chosen.iter().filter(|(_, c)| c.observation.value.number().is_some()).map(|((_, year, _), _)| *year).max();
    last.map_or_else(Vec::new, |last| (FIRST_YEAR..=last).collect())
}

/// One figures file per indicator, in the order of `indicators`; a year in
/// which no area has a number is left out of it. (Every indicator has at
/// least one such year: indicators are made only for measures with a number.)
pub fn build_figures(indicators: &[RawIndicator], areas: &[RawArea], chosen: &HashMap<Key, Chosen>) -> Vec<RawFigures> {
    // indicator → year → (area position, figure)
    type Cells<'a> = BTreeMap<u16, Vec<(usize, &'a Chosen)>>;
    let mut by_indicator: HashMap<&str, Cells<'_>> = HashMap::new();
    let position: HashMap<u16, usize> = areas.iter().enumerate().map(|(i, a)| (a.code, i)).collect();
    for ((indicator, year, area), c) in chosen {
        by_indicator.entry(indicator.as_str()).or_default().entry(*year).or_default().push((position[area], c));
    }
    indicators
        .iter()
        .map(|ind| {
            let years = by_indicator
                .get(ind.code.as_str())
                .into_iter()
                .flatten()
                .filter(|(_, cells)| cells.iter().any(|(_, c)| c.observation.value.number().is_some()))
                .map(|(&year, cells)| series_for(year, cells, areas))
                .collect();
            RawFigures { format: FORMAT, indicator: ind.code.clone(), years }
        })
        .collect()
}

/// For each year, how many indicators have a figures entry and how many
/// values in them are numbers.
pub fn year_counts(figures: &[RawFigures]) -> BTreeMap<u16, (usize, usize)> {
    let mut counts: BTreeMap<u16, (usize, usize)> = BTreeMap::new();
    for series in figures.iter().flat_map(|f| &f.years) {
        let entry = counts.entry(series.year).or_default();
        entry.0 += 1;
        entry.1 += series.values.iter().filter(|v| matches!(v, RawValue::Number(_))).count();
    }
    counts
}

/// One indicator's series for a year from its (area position, figure) cells.
fn series_for(year: u16, cells: &[(usize, &Chosen)], areas: &[RawArea]) -> RawSeries {
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
        year,
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
    use crate::period::Status;
    use crate::sources::{Observation, Origin, LAIT_2026_04};

    fn chosen(cells: &[(u16, Published)]) -> HashMap<Key, Chosen> {
        cells
            .iter()
            .enumerate()
            .map(|(i, (year, value))| {
                let observation = Observation {
                    indicator: "X".into(),
                    area: 852 + i as u16,
                    year: *year,
                    label: year.to_string(),
                    status: Status::Published,
                    value: value.clone(),
                    origin: Origin { source: &LAIT_2026_04, row: 2 + i as u64 },
                };
                (("X".to_string(), *year, 852 + i as u16), Chosen { observation, derived: None })
            })
            .collect()
    }

    #[test]
    fn the_years_end_with_the_latest_number_in_the_data_and_have_no_gaps() {
        let n = |v| Published::Number(v);
        let years = data_years(&chosen(&[(2015, n(1.0)), (2026, n(2.0)), (2027, Published::Marker("x".into()))]));
        assert_eq!(years, (2014..=2026).collect::<Vec<_>>(), "a year of markers only does not count");
        assert_eq!(data_years(&chosen(&[(2016, n(1.0))])), (2014..=2016).collect::<Vec<_>>(), "2014 is the first year");
        assert_eq!(data_years(&HashMap::new()), Vec::<u16>::new());
    }

    #[test]
    fn most_common_label_breaks_ties_by_order() {
        assert_eq!(most_common(["2018", "2018 (Rev)", "2018"].into_iter()), "2018");
        assert_eq!(most_common(["b", "a"].into_iter()), "a");
    }
}
