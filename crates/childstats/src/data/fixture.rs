//! For tests only: one builder for the small catalogues and figures files that
//! native tests of validation and of the models need, instead of JSON written
//! by hand in each test. Compiled for this crate's tests and, for other
//! crates' tests and the fuzzer, with the `fixtures` feature; never in the app.
//! (The example runs as a doctest with the feature on, as in a workspace test.)
//!
//! ```
//! use childstats::data::fixture::Fixture;
//! use childstats::data::{AreaCode, IndicatorCode, Year};
//!
//! let dataset = Fixture::new()
//!     .england()
//!     .region(989, "South East")
//!     .council(852, "Southampton", Some(989))
//!     .council(851, "Portsmouth", Some(989))
//!     .indicator_with("CPP_rate", |i| i.polarity = "lower".into())
//!     .neighbours("2021", 852, &[851])
//!     .figures("CPP_rate", 2021, &[(852, 62.3), (851, 55.0), (970, 41.4)])
//!     .figures("CPP_rate", 2022, &[(852, "x")])
//!     .dataset();
//! let cell = dataset.cell(&IndicatorCode::new("CPP_rate"), AreaCode(852), Year::new(2021).unwrap());
//! assert_eq!(cell.value, Ok(62.3));
//! ```
//!
//! The files are written with serde_json as the importer writes them and read
//! back with the app's own parser, so a fixture goes the way a bundled file does.

use std::collections::BTreeMap;

use super::raw::*;
use super::{parse_about, parse_catalogue, parse_figures, Catalogue, Dataset, IndicatorCode};

/// The id of the one source every fixture has, which figures come from
/// unless a series says otherwise.
pub const SOURCE: &str = "s";

/// A core catalogue and its figures files under construction. Areas are
/// listed in the order they are added, which is the order figures give
/// values in. The data years are 2014 to 2024 unless [`Fixture::span`] or a
/// figure outside them says otherwise.
#[derive(Debug, Clone)]
pub struct Fixture {
    catalogue: RawCatalogue,
    span: (u16, u16),
    /// By indicator code: definition and methodology.
    about: BTreeMap<String, (String, String)>,
    /// By year and indicator: the series (its `values` laid out when written)
    /// and the figures given for it, by area code.
    series: BTreeMap<(u16, String), (RawSeries, BTreeMap<u16, RawValue>)>,
}

impl Default for Fixture {
    fn default() -> Self {
        Fixture::new()
    }
}

impl Fixture {
    /// Southampton, England and the South East, in that order, with one
    /// indicator (CPP_rate, no figures yet) and Southampton's 2021 neighbour
    /// group: where most tests start.
    pub fn southampton() -> Fixture {
        Fixture::new().council(852, "Southampton", Some(989)).england().region(989, "South East").indicator("CPP_rate").neighbours("2021", 852, &[970])
    }

    /// No areas, indicators or neighbour models yet; one source, [`SOURCE`].
    pub fn new() -> Fixture {
        let source = RawSource { id: SOURCE.into(), title: "Test source".into(), publisher: "DfE".into(), file: "t.csv".into() };
        let catalogue = RawCatalogue {
            format: FORMAT,
            data_version: "test".into(),
            years: Vec::new(),
            sources: vec![source],
            indicators: Vec::new(),
            areas: Vec::new(),
            neighbour_models: Vec::new(),
            about: RawFileRef { file: "about.json".into(), hash: "test".into() },
        };
        Fixture { catalogue, span: (2014, 2024), about: BTreeMap::new(), series: BTreeMap::new() }
    }

    /// The data years bundled (a figure outside them widens them).
    pub fn span(mut self, first: u16, last: u16) -> Fixture {
        self.span = (first, last);
        self
    }

    /// Gives an indicator added before its definition and methodology.
    pub fn about(mut self, code: &str, definition: &str, methodology: &str) -> Fixture {
        self.about.insert(code.into(), (definition.into(), methodology.into()));
        self
    }

    /// Adds an indicator named after its code: a rate per 10,000 to one
    /// decimal place, neither direction better, with quartile bands.
    pub fn indicator(self, code: &str) -> Fixture {
        self.indicator_with(code, |_| {})
    }

    /// Adds an indicator as [`Fixture::indicator`] does, then lets `edit`
    /// change any field (polarity, unit, decimals, data owner...).
    pub fn indicator_with(mut self, code: &str, edit: impl FnOnce(&mut RawIndicator)) -> Fixture {
        let mut indicator = RawIndicator {
            code: code.into(),
            name: code.into(),
            topic: "Test topic".into(),
            unit: "Rate per 10,000".into(),
            decimals: 1,
            decimals_published: true,
            polarity: "neither".into(),
            data_owner: String::new(),
            year_type: "Annual".into(),
            quartiles: true,
            at_31_march: false,
        };
        edit(&mut indicator);
        self.catalogue.indicators.push(indicator);
        self
    }

    /// Adds England (970).
    pub fn england(self) -> Fixture {
        self.area(970, "England", "england", None)
    }

    /// Adds a region, e.g. 989 South East.
    pub fn region(self, code: u16, name: &str) -> Fixture {
        self.area(code, name, "region", None)
    }

    /// Adds a council (a local authority), in `region` if given.
    pub fn council(self, code: u16, name: &str, region: Option<u16>) -> Fixture {
        self.area(code, name, "la", region)
    }

    /// Lets `edit` change an area added before (its first or last year,
    /// predecessors, note...). Panics if there is no such area.
    pub fn area_with(mut self, code: u16, edit: impl FnOnce(&mut RawArea)) -> Fixture {
        let area = self.catalogue.areas.iter_mut().find(|a| a.code == code);
        edit(area.unwrap_or_else(|| panic!("fixture: no area {code} to edit")));
        self
    }

    fn area(mut self, code: u16, name: &str, kind: &str, region: Option<u16>) -> Fixture {
        self.catalogue.areas.push(RawArea {
            code,
            name: name.into(),
            kind: kind.into(),
            ons_code: None,
            region,
            la_type: None,
            predecessors: None,
            successors: None,
            first_year: None,
            last_year: None,
            note: None,
        });
        self
    }

    /// Gives `area` its statistical neighbours, closest first, in the
    /// neighbour model `model` (e.g. "2021"), adding the model if it is new.
    pub fn neighbours(mut self, model: &str, area: u16, neighbours: &[u16]) -> Fixture {
        let models = &mut self.catalogue.neighbour_models;
        let position = match models.iter().position(|m| m.id == model) {
            Some(position) => position,
            None => {
                let title = format!("Statistical neighbours ({model} model)");
                models.push(RawNeighbourModel { id: model.into(), title, source: SOURCE.into(), groups: Vec::new() });
                models.len() - 1
            }
        };
        let neighbours = neighbours.iter().map(|&n| RawNeighbour { area: n, closeness: "Close".into() }).collect();
        let groups = &mut models[position].groups;
        groups.retain(|g| g.area != area);
        groups.push(RawNeighbourGroup { area, neighbours });
        self
    }

    /// Sets figures of one indicator in one year, by area code: a number, a
    /// published marker such as `"x"`, or `None` for no row. Areas never given
    /// a figure are written as no row (`null`). The series' period label is
    /// the year and its source [`SOURCE`] unless [`Fixture::series_with`]
    /// says otherwise. The year is added to the catalogue's list of years.
    pub fn figures<V: Into<RawValue> + Clone>(mut self, indicator: &str, year: u16, figures: &[(u16, V)]) -> Fixture {
        let (_, given) = self.series_entry(indicator, year);
        given.extend(figures.iter().map(|(area, v)| (*area, v.clone().into())));
        self
    }

    /// Lets `edit` change one indicator's series in one year: its period
    /// label, source, exceptions or derivations. Its `values` are replaced
    /// by the figures when the file is written; to write a malformed file,
    /// edit [`Fixture::raw_figures`] instead.
    pub fn series_with(mut self, indicator: &str, year: u16, edit: impl FnOnce(&mut RawSeries)) -> Fixture {
        edit(&mut self.series_entry(indicator, year).0);
        self
    }

    fn series_entry(&mut self, indicator: &str, year: u16) -> &mut (RawSeries, BTreeMap<u16, RawValue>) {
        self.series.entry((year, indicator.to_string())).or_insert_with(|| {
            let series = RawSeries {
                year,
                period: year.to_string(),
                source: SOURCE.into(),
                values: Vec::new(),
                exceptions: None,
                derived: None,
            };
            (series, BTreeMap::new())
        })
    }

    /// The data years: the span, widened to every year with figures.
    pub fn years(&self) -> Vec<u16> {
        let with_figures = self.series.keys().map(|(year, _)| *year);
        let first = with_figures.clone().fold(self.span.0, u16::min);
        let last = with_figures.fold(self.span.1, u16::max);
        (first..=last).collect()
    }

    /// `core.json`'s contents.
    pub fn raw_catalogue(&self) -> RawCatalogue {
        RawCatalogue { years: self.years(), ..self.catalogue.clone() }
    }

    /// One indicator's figures file: every year it has figures, oldest first,
    /// each with a value for every catalogue area in catalogue order. Panics
    /// if a figure is for an area not in the catalogue.
    pub fn raw_figures(&self, indicator: &str) -> RawFigures {
        let years = self
            .series
            .iter()
            .filter(|((_, code), _)| code == indicator)
            .map(|((year, _), (series, given))| {
                if let Some(area) = given.keys().find(|&&code| !self.catalogue.areas.iter().any(|a| a.code == code)) {
                    panic!("fixture: {indicator} {year} has a figure for area {area}, which is not in the catalogue");
                }
                let values = self.catalogue.areas.iter().map(|a| given.get(&a.code).cloned().unwrap_or(RawValue::Absent));
                RawSeries { values: values.collect(), ..series.clone() }
            })
            .collect();
        RawFigures { format: FORMAT, indicator: indicator.into(), years }
    }

    /// `about.json`'s contents: every indicator, empty texts unless given.
    pub fn raw_about(&self) -> RawAbout {
        let indicators = self
            .catalogue
            .indicators
            .iter()
            .map(|i| {
                let (definition, methodology) = self.about.get(&i.code).cloned().unwrap_or_default();
                RawAboutIndicator { code: i.code.clone(), definition, methodology, links: Vec::new() }
            })
            .collect();
        RawAbout { format: FORMAT, indicators }
    }

    /// `core.json` as the importer writes it.
    pub fn catalogue_json(&self) -> String {
        serde_json::to_string(&self.raw_catalogue()).expect("a catalogue serialises")
    }

    /// An indicator's figures file as the importer writes it.
    pub fn figures_json(&self, indicator: &str) -> String {
        serde_json::to_string(&self.raw_figures(indicator)).expect("figures serialise")
    }

    /// `about.json` as the importer writes it.
    pub fn about_json(&self) -> String {
        serde_json::to_string(&self.raw_about()).expect("about serialises")
    }

    /// The catalogue, read and validated as the app reads `core.json`.
    /// Panics, saying why, if it does not validate.
    pub fn catalogue(&self) -> Catalogue {
        parse_catalogue("core.json", &self.catalogue_json())
            .unwrap_or_else(|e| panic!("fixture: the catalogue does not validate: {e}"))
    }

    /// A hex map layout of the catalogue's councils, `(area, q, r)`, written
    /// as the importer writes `hexmap.json` and read and validated as the
    /// app reads it. Panics, saying why, if it does not validate.
    pub fn hex_layout(&self, hexes: &[(u16, i16, i16)]) -> super::HexLayout {
        let raw = RawHexMap {
            format: FORMAT,
            layout: super::hexmap::ODD_R.into(),
            credit: "Hex layout: Open Innovations".into(),
            notice: "Copyright (c) 2017- Open Innovations".into(),
            hexes: hexes.iter().map(|&(area, q, r)| RawHex { area, q, r }).collect(),
        };
        let text = serde_json::to_string(&raw).expect("the raw types serialise");
        super::parse_hexmap("hexmap.json", &text, &self.catalogue()).unwrap_or_else(|e| panic!("fixture: the hex layout does not validate: {e}"))
    }

    /// The catalogue with every indicator's figures and the long texts, each
    /// read and validated as the app reads them. Panics, saying why, if any
    /// file does not validate.
    pub fn dataset(&self) -> Dataset {
        let catalogue = self.catalogue();
        let mut dataset = Dataset::new(catalogue.clone());
        for indicator in &self.catalogue.indicators {
            let code = IndicatorCode::new(indicator.code.clone());
            let figures = parse_figures(&super::raw::figures_file(&indicator.code), &self.figures_json(&indicator.code), &code, &catalogue)
                .unwrap_or_else(|e| panic!("fixture: figures do not validate: {e}"));
            dataset.insert_figures(&code, Ok(figures));
        }
        let about = parse_about("about.json", &self.about_json(), &catalogue).unwrap_or_else(|e| panic!("fixture: about does not validate: {e}"));
        dataset.set_about(about);
        dataset
    }
}

/// One indicator as the app holds it: [`Fixture::indicator_with`]'s defaults
/// (code and name "X") changed by `edit`, read and validated as the core is.
/// For tests of rules that read only an indicator (wording, rounding).
pub fn indicator(edit: impl FnOnce(&mut RawIndicator)) -> super::Indicator {
    Fixture::new().indicator_with("X", edit).catalogue().indicators()[0].clone()
}

impl From<f64> for RawValue {
    fn from(value: f64) -> RawValue {
        RawValue::Number(value)
    }
}

/// A published marker, e.g. `"-"` or `"x"`.
impl From<&str> for RawValue {
    fn from(marker: &str) -> RawValue {
        RawValue::Marker(marker.into())
    }
}

/// `None` is no row for the area (`null` in the file).
impl From<Option<f64>> for RawValue {
    fn from(value: Option<f64>) -> RawValue {
        value.map_or(RawValue::Absent, RawValue::Number)
    }
}
