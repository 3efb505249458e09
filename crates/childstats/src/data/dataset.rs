//! The validated dataset held in memory: the catalogue, the figures of each
//! indicator fetched so far (they come one indicator at a time, as charts
//! need them), the long texts once fetched, and the one rule for what a cell
//! holds when a figure is missing.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use super::domain::*;
use super::error::DataError;

/// Indicators, areas, sources and neighbour models, indexed for lookup.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub data_version: String,
    /// The data years bundled, from the data.
    pub years: YearSpan,
    /// The definitions and methodology file.
    pub about: FileRef,
    pub(super) sources: Vec<Source>,
    pub(super) indicators: Vec<Indicator>,
    pub(super) areas: Vec<Area>,
    pub(super) neighbour_models: Vec<NeighbourModel>,
    pub(super) indicator_index: HashMap<IndicatorCode, usize>,
    pub(super) area_index: HashMap<AreaCode, usize>,
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

/// One year's figures: an [`IndicatorYear`] per indicator fetched so far.
#[derive(Debug, Clone, Default)]
pub struct YearData {
    pub(super) indicators: HashMap<IndicatorCode, Arc<IndicatorYear>>,
}

impl YearData {
    /// The indicator's figures this year, if fetched and published.
    pub fn indicator_year(&self, indicator: &IndicatorCode) -> Option<&IndicatorYear> {
        self.indicators.get(indicator).map(Arc::as_ref)
    }
}

/// One indicator's figures in one year: a value or missing reason for every
/// catalogue area, in catalogue order (one `years` entry of a figures file).
#[derive(Debug, Clone)]
pub struct IndicatorYear {
    pub year: Year,
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

impl IndicatorYear {
    /// Number of figures present.
    pub fn value_count(&self) -> usize {
        self.values.iter().filter(|v| v.is_ok()).count()
    }
}

/// One indicator's figures, every year it has any (a figures file).
#[derive(Debug, Clone)]
pub struct IndicatorFigures {
    pub indicator: IndicatorCode,
    pub years: Vec<IndicatorYear>,
}

/// Where an indicator's figures are: not fetched yet, fetched, or failed.
#[derive(Debug, Clone, PartialEq)]
pub enum FiguresState<'a> {
    NotLoaded,
    Loaded,
    Failed(&'a DataError),
}

/// The catalogue and the figures fetched so far. Cheap to clone (the
/// catalogue and each indicator-year are shared), so the app can hold it in
/// a signal and add an indicator's figures to a copy.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub catalogue: Arc<Catalogue>,
    years: BTreeMap<Year, YearData>,
    /// Indicators whose figures file failed to load or validate.
    failed: HashMap<IndicatorCode, DataError>,
    /// Indicators whose figures are in `years`.
    loaded: std::collections::HashSet<IndicatorCode>,
    about: Option<Arc<HashMap<IndicatorCode, About>>>,
}

impl Dataset {
    pub fn new(catalogue: Catalogue) -> Dataset {
        Dataset::sharing(Arc::new(catalogue))
    }

    /// A dataset of a catalogue already shared (the app's, read once).
    pub fn sharing(catalogue: Arc<Catalogue>) -> Dataset {
        Dataset { catalogue, years: BTreeMap::new(), failed: HashMap::new(), loaded: Default::default(), about: None }
    }

    /// Adds an indicator's figures, or the error its file gave (a retry that
    /// succeeds replaces the error).
    pub fn insert_figures(&mut self, indicator: &IndicatorCode, figures: Result<IndicatorFigures, DataError>) {
        match figures {
            Ok(figures) => {
                for year in figures.years {
                    self.years.entry(year.year).or_default().indicators.insert(indicator.clone(), Arc::new(year));
                }
                self.failed.remove(indicator);
                self.loaded.insert(indicator.clone());
            }
            Err(e) => {
                self.failed.insert(indicator.clone(), e);
            }
        }
    }

    /// Forgets that the indicator's file failed, before fetching it again.
    pub fn forget_failure(&mut self, indicator: &IndicatorCode) {
        self.failed.remove(indicator);
    }

    pub fn figures_state(&self, indicator: &IndicatorCode) -> FiguresState<'_> {
        if self.loaded.contains(indicator) {
            FiguresState::Loaded
        } else if let Some(e) = self.failed.get(indicator) {
            FiguresState::Failed(e)
        } else {
            FiguresState::NotLoaded
        }
    }

    pub fn has_figures(&self, indicator: &IndicatorCode) -> bool {
        self.loaded.contains(indicator)
    }

    /// Indicators whose figures could not be loaded, with why.
    pub fn failed_figures(&self) -> impl Iterator<Item = (&IndicatorCode, &DataError)> {
        self.failed.iter()
    }

    /// One year's figures fetched so far.
    pub fn year(&self, year: Year) -> Option<&YearData> {
        self.years.get(&year)
    }

    /// Sets the long texts (`about.json`), once fetched.
    pub fn set_about(&mut self, about: HashMap<IndicatorCode, About>) {
        self.about = Some(Arc::new(about));
    }

    /// The indicator's definition and methodology; `None` until fetched.
    pub fn about(&self, indicator: &IndicatorCode) -> Option<&About> {
        self.about.as_ref().and_then(|a| a.get(indicator))
    }

    pub fn has_about(&self) -> bool {
        self.about.is_some()
    }

    /// The figure for one indicator, area and year, or the reason it is missing.
    pub fn cell(&self, indicator: &IndicatorCode, area: AreaCode, year: Year) -> Cell<'_> {
        let missing = |reason| Cell { year, value: Err(reason), period: None, source: None, derived: None };
        let Some(position) = self.catalogue.area_position(area) else {
            return missing(MissingReason::NoFigure);
        };
        let existed = self.catalogue.areas[position].existed_in(year);
        if self.failed.contains_key(indicator) {
            return missing(MissingReason::FiguresUnavailable);
        }
        let Some(figures) = self.years.get(&year).and_then(|d| d.indicators.get(indicator)) else {
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
    /// for some area in it; an indicator whose figures have not loaded has none.
    pub fn years_with_figures(&self, indicator: &IndicatorCode) -> Vec<Year> {
        self.years
            .iter()
            .filter_map(|(&year, data)| {
                let figures = data.indicators.get(indicator)?;
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
    fn years_with_figures_count_back_cast_figures_of_abolished_councils() {
        let dataset = councils()
            .council(837, "Bournemouth", Some(989))
            .area_with(837, |a| a.last_year = Some(2018))
            // A figure DfE back-cast for a council after it was abolished is still shown.
            .figures("CPP_rate", 2020, &[(837, 30.0)])
            .dataset();
        assert_eq!(dataset.cell(&code("CPP_rate"), AreaCode(837), y(2020)).value, Ok(30.0));
        assert_eq!(dataset.years_with_figures(&code("CPP_rate")), [y(2020)]);
    }

    #[test]
    fn figures_that_failed_to_load_say_so_in_every_cell_until_a_retry_succeeds() {
        let fixture = councils().figures("CPP_rate", 2021, &[(852, 60.0)]);
        let mut dataset = Dataset::new(fixture.catalogue());
        let cpp = code("CPP_rate");
        assert_eq!(dataset.figures_state(&cpp), FiguresState::NotLoaded);
        let error = DataError::Unavailable { file: "figures/CPP_rate.json".into(), message: "404".into() };
        dataset.insert_figures(&cpp, Err(error.clone()));
        assert_eq!(dataset.figures_state(&cpp), FiguresState::Failed(&error));
        let cell = dataset.cell(&cpp, AreaCode(852), y(2021));
        assert_eq!(cell.value, Err(MissingReason::FiguresUnavailable));
        assert_eq!((cell.period, cell.source), (None, None));
        assert_eq!(dataset.failed_figures().count(), 1);
        assert!(dataset.years_with_figures(&cpp).is_empty());
        // A retry that succeeds replaces the error; another indicator is untouched.
        let figures = crate::data::parse_figures("f", &fixture.figures_json("CPP_rate"), &cpp, &dataset.catalogue).unwrap();
        dataset.insert_figures(&cpp, Ok(figures));
        assert_eq!(dataset.figures_state(&cpp), FiguresState::Loaded);
        assert_eq!(dataset.cell(&cpp, AreaCode(852), y(2021)).value, Ok(60.0));
        assert_eq!(dataset.figures_state(&code("CIN")), FiguresState::NotLoaded);
    }

    #[test]
    fn a_clone_shares_what_was_loaded_and_grows_on_its_own() {
        let fixture = councils().figures("CPP_rate", 2021, &[(852, 60.0)]).figures("CIN", 2021, &[(852, 400.0)]);
        let mut first = Dataset::new(fixture.catalogue());
        let cpp = code("CPP_rate");
        first.insert_figures(&cpp, Ok(crate::data::parse_figures("f", &fixture.figures_json("CPP_rate"), &cpp, &first.catalogue).unwrap()));
        let mut second = first.clone();
        let cin = code("CIN");
        second.insert_figures(&cin, Ok(crate::data::parse_figures("f", &fixture.figures_json("CIN"), &cin, &second.catalogue).unwrap()));
        assert!(first.has_figures(&cpp) && !first.has_figures(&cin));
        assert!(second.has_figures(&cpp) && second.has_figures(&cin));
        assert!(std::sync::Arc::ptr_eq(&first.catalogue, &second.catalogue));
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
