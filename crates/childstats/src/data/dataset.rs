//! The validated dataset held in memory: the catalogue, each year's figures,
//! and the one rule for what a cell holds when a figure is missing.

use std::collections::{BTreeMap, HashMap};

use super::domain::*;
use super::error::DataError;

/// Indicators, areas, sources and neighbour models, indexed for lookup.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub data_version: String,
    pub years: Vec<YearFile>,
    pub(super) sources: Vec<Source>,
    pub(super) indicators: Vec<Indicator>,
    pub(super) areas: Vec<Area>,
    pub(super) neighbour_models: Vec<NeighbourModel>,
    pub(super) indicator_index: HashMap<IndicatorCode, usize>,
    pub(super) area_index: HashMap<AreaCode, usize>,
}

/// A year file the catalogue lists.
#[derive(Debug, Clone, PartialEq)]
pub struct YearFile {
    pub year: Year,
    pub file: String,
    /// Short content hash of the file, so a stale cached copy is detected.
    pub hash: String,
}

impl Catalogue {
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }
    pub fn indicator(&self, code: &IndicatorCode) -> Option<&Indicator> {
        self.indicator_index.get(code).map(|&i| &self.indicators[i])
    }
    /// Areas in the order year files list their values.
    pub fn areas(&self) -> &[Area] {
        &self.areas
    }
    pub fn area(&self, code: AreaCode) -> Option<&Area> {
        self.area_index.get(&code).map(|&i| &self.areas[i])
    }
    pub fn area_position(&self, code: AreaCode) -> Option<usize> {
        self.area_index.get(&code).copied()
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }
    pub fn neighbour_models(&self) -> &[NeighbourModel] {
        &self.neighbour_models
    }
    pub fn neighbour_model(&self, id: &str) -> Option<&NeighbourModel> {
        self.neighbour_models.iter().find(|m| m.id == id)
    }
    /// The area's statistical neighbours in a model, closest first.
    pub fn statistical_neighbours(&self, area: AreaCode, model: &str) -> Option<&[Neighbour]> {
        self.neighbour_model(model)?.groups.get(&area).map(Vec::as_slice)
    }
}

/// One year's figures: an [`IndicatorYear`] per indicator the year file holds.
#[derive(Debug, Clone)]
pub struct YearData {
    pub year: Year,
    pub(super) indicators: HashMap<IndicatorCode, IndicatorYear>,
}

/// One indicator's figures in one year: a value or missing reason for every
/// catalogue area, in catalogue order (a year file's `series` entry).
#[derive(Debug, Clone)]
pub struct IndicatorYear {
    /// The published period label most values carry, e.g. `2020/21`.
    pub period: String,
    /// Position in the catalogue's sources of the source most values come from.
    pub(super) source: usize,
    pub(super) values: Vec<Result<f64, MissingReason>>,
    /// By area position: another period label and/or source than the usual.
    pub(super) exceptions: HashMap<usize, (Option<String>, Option<usize>)>,
    /// By area position: how the importer computed a figure DfE did not publish.
    pub(super) derived: HashMap<usize, Derivation>,
}

impl YearData {
    /// The indicator's figures this year, if the year file holds it.
    pub fn indicator_year(&self, indicator: &IndicatorCode) -> Option<&IndicatorYear> {
        self.indicators.get(indicator)
    }
    pub fn indicator_codes(&self) -> impl Iterator<Item = &IndicatorCode> {
        self.indicators.keys()
    }
    /// Number of present values, across all indicators.
    pub fn value_count(&self) -> usize {
        self.indicators.values().map(|s| s.values.iter().filter(|v| v.is_ok()).count()).sum()
    }
}

/// The catalogue and every year that loaded; years that failed keep their error.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub catalogue: Catalogue,
    years: BTreeMap<Year, Result<YearData, DataError>>,
}

impl Dataset {
    pub fn new(catalogue: Catalogue) -> Dataset {
        Dataset { catalogue, years: BTreeMap::new() }
    }

    pub fn insert_year(&mut self, year: Year, data: Result<YearData, DataError>) {
        self.years.insert(year, data);
    }

    pub fn year(&self, year: Year) -> Option<&Result<YearData, DataError>> {
        self.years.get(&year)
    }

    pub fn loaded_years(&self) -> impl Iterator<Item = Year> + '_ {
        self.years.iter().filter(|(_, d)| d.is_ok()).map(|(y, _)| *y)
    }

    pub fn failed_years(&self) -> impl Iterator<Item = (Year, &DataError)> {
        self.years.iter().filter_map(|(y, d)| d.as_ref().err().map(|e| (*y, e)))
    }

    /// The figure for one indicator, area and year, or the reason it is missing.
    pub fn cell(&self, indicator: &IndicatorCode, area: AreaCode, year: Year) -> Cell<'_> {
        let missing = |reason| Cell { year, value: Err(reason), period: None, source: None, derived: None };
        let Some(position) = self.catalogue.area_position(area) else {
            return missing(MissingReason::NoFigure);
        };
        let existed = self.catalogue.areas[position].existed_in(year);
        let data = match self.years.get(&year) {
            Some(Ok(data)) => data,
            Some(Err(_)) => return missing(MissingReason::YearUnavailable),
            None => return missing(if existed { MissingReason::NoFigure } else { MissingReason::AreaDidNotExist }),
        };
        let Some(figures) = data.indicators.get(indicator) else {
            return missing(if existed { MissingReason::NoFigure } else { MissingReason::AreaDidNotExist });
        };
        let (period, source) = match figures.exceptions.get(&position) {
            Some((period, source)) => (
                period.as_deref().unwrap_or(&figures.period),
                source.unwrap_or(figures.source),
            ),
            None => (figures.period.as_str(), figures.source),
        };
        let value = match figures.values[position] {
            // A council that did not exist has no figure, whatever marker the
            // source put there; say why. (Figures DfE back-cast are still shown.)
            Err(_) if !existed => Err(MissingReason::AreaDidNotExist),
            other => other,
        };
        let present = value.is_ok();
        Cell {
            year,
            value,
            period: Some(period),
            source: present.then(|| &self.catalogue.sources[source]),
            derived: figures.derived.get(&position),
        }
    }

    /// The years in which any area (council, region or England) has a figure
    /// for the indicator, oldest first: the years a chart or ranking of it can
    /// show. A year is counted exactly when [`Dataset::cell`] gives a value
    /// for some area in it; years that failed to load count as having none.
    pub fn years_with_figures(&self, indicator: &IndicatorCode) -> Vec<Year> {
        self.years
            .iter()
            .filter_map(|(&year, data)| {
                let figures = data.as_ref().ok()?.indicators.get(indicator)?;
                // As in `cell`, a value is shown even outside a council's
                // lifetime (DfE back-casts some), so every value counts.
                figures.values.iter().any(Result::is_ok).then_some(year)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture::Fixture;
    use crate::data::raw::{RawDerivation, RawException, RawValue};

    fn y(year: u16) -> Year {
        Year::new(year).unwrap()
    }

    fn code(code: &str) -> IndicatorCode {
        IndicatorCode::new(code)
    }

    /// Two councils in one region, England, and two indicators.
    fn councils() -> Fixture {
        Fixture::new()
            .england()
            .region(989, "South East")
            .council(852, "Southampton", Some(989))
            .council(851, "Portsmouth", Some(989))
            .indicator("CPP_rate")
            .indicator("CIN")
    }

    #[test]
    fn years_with_figures_are_those_where_any_area_has_one_oldest_first() {
        let dataset = councils()
            .figures("CPP_rate", 2021, &[(851, 50.0)])
            .figures("CPP_rate", 2016, &[(970, 41.0)])
            // Only markers and missing rows: no figure this year.
            .figures("CPP_rate", 2019, &[(852, RawValue::from("x")), (851, "-".into()), (970, RawValue::Absent)])
            // Another indicator's year does not count.
            .figures("CIN", 2018, &[(852, 400.0)])
            .dataset();
        assert_eq!(dataset.years_with_figures(&code("CPP_rate")), [y(2016), y(2021)]);
        assert_eq!(dataset.years_with_figures(&code("CIN")), [y(2018)]);
        assert_eq!(dataset.years_with_figures(&code("Unknown")), []);
    }

    #[test]
    fn years_with_figures_agree_with_cells_for_failed_years_and_abolished_councils() {
        let mut dataset = councils()
            .council(837, "Bournemouth", Some(989))
            .area_with(837, |a| a.last_year = Some(2018))
            // A figure DfE back-cast for a council after it was abolished is still shown.
            .figures("CPP_rate", 2020, &[(837, 30.0)])
            .figures("CPP_rate", 2022, &[(852, 60.0)])
            .dataset();
        dataset.insert_year(y(2022), Err(DataError::Unavailable { file: "2022.json".into(), message: "404".into() }));
        assert_eq!(dataset.cell(&code("CPP_rate"), AreaCode(837), y(2020)).value, Ok(30.0));
        assert_eq!(dataset.years_with_figures(&code("CPP_rate")), [y(2020)]);
    }

    #[test]
    fn a_year_that_failed_to_load_gives_year_unavailable() {
        let mut dataset = councils().dataset();
        dataset.insert_year(y(2021), Err(DataError::Unavailable { file: "2021.json".into(), message: "404".into() }));
        let cell = dataset.cell(&code("CPP_rate"), AreaCode(852), y(2021));
        assert_eq!(cell.value, Err(MissingReason::YearUnavailable));
        assert_eq!((cell.period, cell.source), (None, None));
        assert_eq!(dataset.failed_years().count(), 1);
        assert_eq!(dataset.loaded_years().count(), 0);
    }

    #[test]
    fn a_year_or_indicator_without_a_file_has_no_figure() {
        let dataset = councils().figures("CIN", 2021, &[(852, 400.0)]).dataset();
        assert_eq!(dataset.cell(&code("CIN"), AreaCode(852), y(2020)).value, Err(MissingReason::NoFigure));
        assert_eq!(dataset.cell(&code("CPP_rate"), AreaCode(852), y(2021)).value, Err(MissingReason::NoFigure));
        assert_eq!(dataset.cell(&code("CIN"), AreaCode(123), y(2021)).value, Err(MissingReason::NoFigure));
    }

    #[test]
    fn a_council_has_no_figure_outside_its_lifetime_whatever_the_marker() {
        let dataset = councils()
            .council(940, "North Northamptonshire", None)
            .area_with(940, |a| a.first_year = Some(2022))
            .figures("CPP_rate", 2021, &[(940, "-")])
            .figures("CPP_rate", 2023, &[(940, 33.0)])
            .dataset();
        let cell = |year| dataset.cell(&code("CPP_rate"), AreaCode(940), y(year)).value;
        assert_eq!(cell(2021), Err(MissingReason::AreaDidNotExist), "a marker before it existed");
        assert_eq!(cell(2020), Err(MissingReason::AreaDidNotExist), "no file that year");
        assert_eq!(cell(2023), Ok(33.0));
    }

    #[test]
    fn a_cell_carries_its_own_period_and_derivation_where_the_series_says_so() {
        let dataset = councils()
            .figures("CPP_rate", 2021, &[(852, 62.3), (970, 41.4)])
            .series_with("CPP_rate", 2021, |s| {
                s.period = "2020/21".into();
                s.exceptions = Some(vec![RawException { area: 970, period: Some("2020/21 (revised)".into()), source: None }]);
                s.derived = Some(vec![RawDerivation {
                    area: 852,
                    count: 310.0,
                    count_source: "s".into(),
                    population: 49_737.0,
                    population_year: 2020,
                    population_source: "s".into(),
                }]);
            })
            .dataset();
        let southampton = dataset.cell(&code("CPP_rate"), AreaCode(852), y(2021));
        assert_eq!(southampton.period, Some("2020/21"));
        assert_eq!(southampton.source.map(|s| s.id.as_str()), Some("s"));
        assert_eq!(southampton.derived.map(|d| d.population_year), Some(y(2020)));
        let england = dataset.cell(&code("CPP_rate"), AreaCode::ENGLAND, y(2021));
        assert_eq!(england.period, Some("2020/21 (revised)"));
        assert_eq!(england.derived, None);
        // A missing figure keeps the period but names no source.
        let region = dataset.cell(&code("CPP_rate"), AreaCode(989), y(2021));
        assert_eq!((region.period, region.source), (Some("2020/21"), None));
    }
}
