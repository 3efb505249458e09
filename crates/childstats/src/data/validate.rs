//! Parse the bundled files, then validate them into domain types.
//!
//! Every error names the file, and past the JSON itself the place in it, so
//! a corrupt or stale file can be found and regenerated rather than guessed
//! at (`import check` says which bundled files differ from a fresh import).

use std::collections::{BTreeMap, HashMap};

use thiserror::Error;

use super::domain::*;
use super::raw::{self, RawValue};

#[derive(Debug, Clone, PartialEq, Error)]
pub enum DataError {
    /// miniserde does not say where in the file (see `raw`).
    #[error("{file}: not valid dataset JSON, or not laid out as this app reads it")]
    Json { file: String },
    #[error("{file}: file format {found}, but this app reads format {expected}; regenerate the datasets")]
    Format { file: String, found: u32, expected: u32 },
    #[error("{file}: holds year {found}, expected {expected}")]
    YearMismatch { file: String, expected: u16, found: u16 },
    #[error("{file}: year {year} is outside the range a DfE series could hold")]
    BadYear { file: String, year: u16 },
    #[error("{file}: {what} {code:?} appears twice")]
    Duplicate { file: String, what: &'static str, code: String },
    #[error("{file}: {context} refers to unknown area {code}")]
    UnknownArea { file: String, context: String, code: u16 },
    #[error("{file}: series {index} is for unknown indicator {code:?}")]
    UnknownIndicator { file: String, index: usize, code: String },
    #[error("{file}: {context} refers to unknown source {id:?}")]
    UnknownSource { file: String, context: String, id: String },
    #[error("{file}: indicator {indicator} has {found} values, expected one per area ({expected})")]
    ValueCount { file: String, indicator: String, expected: usize, found: usize },
    #[error("{file}: indicator {indicator}, area {area}: unknown missing-value marker {marker:?}")]
    UnknownMarker { file: String, indicator: String, area: u16, marker: String },
    #[error("{file}: {context}: unrecognised {field} {value:?}")]
    BadField { file: String, context: String, field: &'static str, value: String },
    #[error("{file}: could not be loaded ({message})")]
    Unavailable { file: String, message: String },
}

/// Indicators, areas, sources and neighbour models, indexed for lookup.
#[derive(Debug, Clone)]
pub struct Catalogue {
    pub data_version: String,
    pub years: Vec<YearFile>,
    sources: Vec<Source>,
    indicators: Vec<Indicator>,
    areas: Vec<Area>,
    neighbour_models: Vec<NeighbourModel>,
    indicator_index: HashMap<IndicatorCode, usize>,
    area_index: HashMap<AreaCode, usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YearFile {
    pub year: Year,
    pub file: String,
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

/// One year's figures: a series per indicator, one cell per catalogue area.
#[derive(Debug, Clone)]
pub struct YearData {
    pub year: Year,
    series: HashMap<IndicatorCode, Series>,
}

#[derive(Debug, Clone)]
pub struct Series {
    pub period: String,
    source: usize,
    values: Vec<Result<f64, MissingReason>>,
    exceptions: HashMap<usize, (Option<String>, Option<usize>)>,
    derived: HashMap<usize, Derivation>,
}

impl YearData {
    pub fn series(&self, indicator: &IndicatorCode) -> Option<&Series> {
        self.series.get(indicator)
    }
    pub fn indicator_codes(&self) -> impl Iterator<Item = &IndicatorCode> {
        self.series.keys()
    }
    /// Number of present values, across all series.
    pub fn value_count(&self) -> usize {
        self.series.values().map(|s| s.values.iter().filter(|v| v.is_ok()).count()).sum()
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
        let Some(series) = data.series.get(indicator) else {
            return missing(if existed { MissingReason::NoFigure } else { MissingReason::AreaDidNotExist });
        };
        let (period, source) = match series.exceptions.get(&position) {
            Some((period, source)) => (
                period.as_deref().unwrap_or(&series.period),
                source.unwrap_or(series.source),
            ),
            None => (series.period.as_str(), series.source),
        };
        let value = match series.values[position] {
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
            derived: series.derived.get(&position),
        }
    }
}

pub(super) fn json<T: miniserde::Deserialize>(file: &str, text: &str) -> Result<T, DataError> {
    miniserde::json::from_str(text).map_err(|_| DataError::Json { file: file.to_string() })
}

fn check_format(file: &str, found: u32) -> Result<(), DataError> {
    if found == raw::FORMAT {
        Ok(())
    } else {
        Err(DataError::Format { file: file.to_string(), found, expected: raw::FORMAT })
    }
}

fn year(file: &str, year: u16) -> Result<Year, DataError> {
    Year::new(year).ok_or(DataError::BadYear { file: file.to_string(), year })
}

/// Parses and validates `catalogue.json`.
pub fn parse_catalogue(file: &str, text: &str) -> Result<Catalogue, DataError> {
    validate_catalogue(file, json(file, text)?)
}

pub fn validate_catalogue(file: &str, raw: raw::RawCatalogue) -> Result<Catalogue, DataError> {
    check_format(file, raw.format)?;
    let bad = |context: String, field: &'static str, value: &str| DataError::BadField {
        file: file.to_string(),
        context,
        field,
        value: value.to_string(),
    };

    let mut indicators = Vec::with_capacity(raw.indicators.len());
    let mut indicator_index = HashMap::new();
    for r in raw.indicators {
        let polarity = match r.polarity.as_str() {
            "higher" => Polarity::HigherIsBetter,
            "lower" => Polarity::LowerIsBetter,
            "neither" => Polarity::Neither,
            other => return Err(bad(format!("indicator {}", r.code), "polarity", other)),
        };
        let code = IndicatorCode::new(r.code);
        if indicator_index.insert(code.clone(), indicators.len()).is_some() {
            return Err(DataError::Duplicate { file: file.into(), what: "indicator", code: code.to_string() });
        }
        indicators.push(Indicator {
            code,
            name: r.name,
            topic: r.topic,
            unit: r.unit,
            decimals: r.decimals,
            decimals_published: r.decimals_published,
            polarity,
            definition: r.definition,
            data_owner: r.data_owner,
            methodology: r.methodology,
            links: r.links,
            year_type: r.year_type,
            quartiles: r.quartiles,
        });
    }

    let mut area_index = HashMap::new();
    for (i, a) in raw.areas.iter().enumerate() {
        if area_index.insert(AreaCode(a.code), i).is_some() {
            return Err(DataError::Duplicate { file: file.into(), what: "area", code: a.code.to_string() });
        }
    }
    let known_area = |context: String, code: u16| {
        if area_index.contains_key(&AreaCode(code)) {
            Ok(AreaCode(code))
        } else {
            Err(DataError::UnknownArea { file: file.to_string(), context, code })
        }
    };
    let mut areas = Vec::with_capacity(raw.areas.len());
    for a in &raw.areas {
        let context = format!("area {}", a.code);
        let kind = match a.kind.as_str() {
            "la" => AreaKind::LocalAuthority,
            "region" => AreaKind::Region,
            "london_part" => AreaKind::LondonPart,
            "england" => AreaKind::England,
            other => return Err(bad(context, "kind", other)),
        };
        let links = |codes: &[u16], what: &str| -> Result<Vec<AreaCode>, DataError> {
            codes.iter().map(|&c| known_area(format!("{context} {what}"), c)).collect()
        };
        areas.push(Area {
            code: AreaCode(a.code),
            name: a.name.clone(),
            kind,
            ons_code: a.ons_code.clone(),
            region: a.region.map(|r| known_area(format!("{context} region"), r)).transpose()?,
            la_type: a.la_type.clone(),
            predecessors: links(a.predecessors.as_deref().unwrap_or_default(), "predecessor")?,
            successors: links(a.successors.as_deref().unwrap_or_default(), "successor")?,
            first_year: a.first_year.map(|y| year(file, y)).transpose()?,
            last_year: a.last_year.map(|y| year(file, y)).transpose()?,
            note: a.note.clone(),
        });
    }

    let mut neighbour_models = Vec::new();
    for m in raw.neighbour_models {
        let mut groups = BTreeMap::new();
        for g in m.groups {
            let context = format!("neighbour model {} group", m.id);
            let area = known_area(context.clone(), g.area)?;
            let neighbours = g
                .neighbours
                .into_iter()
                .map(|n| Ok(Neighbour { area: known_area(format!("{context} {}", g.area), n.area)?, closeness: n.closeness }))
                .collect::<Result<Vec<_>, DataError>>()?;
            groups.insert(area, neighbours);
        }
        neighbour_models.push(NeighbourModel { id: m.id, title: m.title, source: m.source, groups });
    }

    let years = raw
        .years
        .into_iter()
        .map(|y| Ok(YearFile { year: year(file, y.year)?, file: y.file, hash: y.hash }))
        .collect::<Result<Vec<_>, DataError>>()?;

    let sources = raw
        .sources
        .into_iter()
        .map(|s| Source { id: s.id, title: s.title, publisher: s.publisher, file: s.file })
        .collect();

    Ok(Catalogue {
        data_version: raw.data_version,
        years,
        sources,
        indicators,
        areas,
        neighbour_models,
        indicator_index,
        area_index,
    })
}

/// Parses and validates one year file against the catalogue.
pub fn parse_year(file: &str, text: &str, expected: Year, catalogue: &Catalogue) -> Result<YearData, DataError> {
    validate_year(file, json(file, text)?, expected, catalogue)
}

pub fn validate_year(
    file: &str,
    raw: raw::RawYear,
    expected: Year,
    catalogue: &Catalogue,
) -> Result<YearData, DataError> {
    check_format(file, raw.format)?;
    if raw.year != expected.get() {
        return Err(DataError::YearMismatch { file: file.into(), expected: expected.get(), found: raw.year });
    }
    let source_position = |context: String, id: &str| {
        catalogue.sources.iter().position(|s| s.id == id).ok_or_else(|| DataError::UnknownSource {
            file: file.to_string(),
            context,
            id: id.to_string(),
        })
    };
    let area_position = |context: String, code: u16| {
        catalogue
            .area_position(AreaCode(code))
            .ok_or(DataError::UnknownArea { file: file.to_string(), context, code })
    };

    let mut series = HashMap::with_capacity(raw.series.len());
    for (index, s) in raw.series.into_iter().enumerate() {
        let code = IndicatorCode::new(s.indicator);
        if catalogue.indicator(&code).is_none() {
            return Err(DataError::UnknownIndicator { file: file.into(), index, code: code.to_string() });
        }
        let context = format!("indicator {code}");
        if s.values.len() != catalogue.areas.len() {
            return Err(DataError::ValueCount {
                file: file.into(),
                indicator: code.to_string(),
                expected: catalogue.areas.len(),
                found: s.values.len(),
            });
        }
        let values = s
            .values
            .into_iter()
            .zip(&catalogue.areas)
            .map(|(v, area)| match v {
                RawValue::Number(n) => Ok(Ok(n)),
                RawValue::Absent => Ok(Err(MissingReason::NoFigure)),
                RawValue::Marker(m) => MissingReason::from_marker(&m).map(Err).ok_or_else(|| {
                    DataError::UnknownMarker { file: file.into(), indicator: code.to_string(), area: area.code.0, marker: m }
                }),
            })
            .collect::<Result<Vec<_>, DataError>>()?;
        let mut exceptions = HashMap::new();
        for e in s.exceptions.into_iter().flatten() {
            let position = area_position(format!("{context} exception"), e.area)?;
            let source = e.source.map(|id| source_position(format!("{context} exception"), &id)).transpose()?;
            exceptions.insert(position, (e.period, source));
        }
        let mut derived = HashMap::new();
        for d in s.derived.into_iter().flatten() {
            let position = area_position(format!("{context} derivation"), d.area)?;
            derived.insert(
                position,
                Derivation {
                    count: d.count,
                    count_source: d.count_source,
                    population: d.population,
                    population_year: year(file, d.population_year)?,
                    population_source: d.population_source,
                },
            );
        }
        let source = source_position(context, &s.source)?;
        if series.insert(code.clone(), Series { period: s.period, source, values, exceptions, derived }).is_some() {
            return Err(DataError::Duplicate { file: file.into(), what: "series", code: code.to_string() });
        }
    }
    Ok(YearData { year: expected, series })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A two-area catalogue (Southampton, England) with one indicator.
    pub(crate) fn catalogue_json() -> String {
        r#"{"format":1,"data_version":"test","years":[{"year":2021,"file":"2021.json","hash":"x","series":1,"values":2}],
            "sources":[{"id":"s","title":"Test source","publisher":"DfE","file":"t.csv"}],
            "indicators":[{"code":"CPP_rate","name":"CPP rate","topic":"Child Protection","unit":"Rate per 10,000","decimals":1,
              "decimals_published":false,"polarity":"neither","definition":"","data_owner":"DfE","methodology":"","links":[],
              "year_type":"Annual","quartiles":false}],
            "areas":[{"code":852,"name":"Southampton","kind":"la","region":989},{"code":970,"name":"England","kind":"england"},
                     {"code":989,"name":"South East","kind":"region"}],
            "neighbour_models":[{"id":"2021","title":"t","source":"s","groups":[{"area":852,"neighbours":[{"area":970,"closeness":"Close"}]}]}]}"#
            .to_string()
    }

    pub(crate) fn year_json(values: &str) -> String {
        format!(r#"{{"format":1,"year":2021,"series":[{{"indicator":"CPP_rate","period":"2021","source":"s","values":{values}}}]}}"#)
    }

    fn catalogue() -> Catalogue {
        parse_catalogue("catalogue.json", &catalogue_json()).unwrap()
    }

    #[test]
    fn valid_fixture_round_trips_values_and_markers() {
        let c = catalogue();
        let data = parse_year("2021.json", &year_json(r#"[62.3,"-",null]"#), Year::new(2021).unwrap(), &c).unwrap();
        let mut dataset = Dataset::new(c);
        dataset.insert_year(data.year, Ok(data));
        let code = IndicatorCode::new("CPP_rate");
        let y = Year::new(2021).unwrap();
        assert_eq!(dataset.cell(&code, AreaCode(852), y).value, Ok(62.3));
        assert_eq!(dataset.cell(&code, AreaCode(970), y).value, Err(MissingReason::NotPublished));
        assert_eq!(dataset.cell(&code, AreaCode(989), y).value, Err(MissingReason::NoFigure));
        assert_eq!(dataset.cell(&code, AreaCode(852), y).period, Some("2021"));
        assert_eq!(dataset.cell(&code, AreaCode(852), Year::new(2020).unwrap()).value, Err(MissingReason::NoFigure));
    }

    #[test]
    fn every_marker_dfe_uses_is_understood() {
        let c = catalogue();
        for marker in ["-", "x", "c", "..", "z", "u"] {
            let values = format!(r#"[1,"{marker}",null]"#);
            let data = parse_year("2021.json", &year_json(&values), Year::new(2021).unwrap(), &c).unwrap();
            let mut dataset = Dataset::new(c.clone());
            dataset.insert_year(data.year, Ok(data));
            let cell = dataset.cell(&IndicatorCode::new("CPP_rate"), AreaCode(970), Year::new(2021).unwrap());
            assert_eq!(cell.value, Err(MissingReason::from_marker(marker).unwrap()), "{marker}");
        }
    }

    #[test]
    fn rejects_wrong_number_of_values() {
        let err = parse_year("2021.json", &year_json("[1,2]"), Year::new(2021).unwrap(), &catalogue()).unwrap_err();
        assert!(matches!(err, DataError::ValueCount { expected: 3, found: 2, .. }), "{err}");
    }

    #[test]
    fn rejects_unknown_marker_naming_area() {
        let err = parse_year("2021.json", &year_json(r#"[1,"?",null]"#), Year::new(2021).unwrap(), &catalogue()).unwrap_err();
        assert_eq!(err, DataError::UnknownMarker { file: "2021.json".into(), indicator: "CPP_rate".into(), area: 970, marker: "?".into() });
    }

    #[test]
    fn rejects_unknown_indicator() {
        let text = year_json("[1,2,3]").replace("CPP_rate", "Nope");
        let err = parse_year("2021.json", &text, Year::new(2021).unwrap(), &catalogue()).unwrap_err();
        assert!(matches!(err, DataError::UnknownIndicator { ref code, .. } if code == "Nope"), "{err}");
    }

    #[test]
    fn rejects_file_for_another_year() {
        let err = parse_year("2022.json", &year_json("[1,2,3]"), Year::new(2022).unwrap(), &catalogue()).unwrap_err();
        assert!(matches!(err, DataError::YearMismatch { expected: 2022, found: 2021, .. }));
    }

    #[test]
    fn corrupt_json_names_the_file() {
        let err = parse_year("2021.json", "{\"format\":1,", Year::new(2021).unwrap(), &catalogue()).unwrap_err();
        assert!(err.to_string().starts_with("2021.json: not valid dataset JSON"), "{err}");
    }

    #[test]
    fn rejects_newer_format() {
        let text = catalogue_json().replacen("\"format\":1", "\"format\":99", 1);
        let err = parse_catalogue("catalogue.json", &text).unwrap_err();
        assert!(matches!(err, DataError::Format { found: 99, expected: 1, .. }));
    }

    #[test]
    fn rejects_unknown_area_in_neighbour_model() {
        let text = catalogue_json().replace(r#"{"area":970,"closeness""#, r#"{"area":123,"closeness""#);
        let err = parse_catalogue("catalogue.json", &text).unwrap_err();
        assert!(matches!(err, DataError::UnknownArea { code: 123, .. }), "{err}");
    }

    #[test]
    fn rejects_unknown_polarity() {
        let text = catalogue_json().replace(r#""polarity":"neither""#, r#""polarity":"up""#);
        assert!(matches!(parse_catalogue("c", &text).unwrap_err(), DataError::BadField { field: "polarity", .. }));
    }

    #[test]
    fn failed_year_reports_year_unavailable() {
        let mut dataset = Dataset::new(catalogue());
        let y = Year::new(2021).unwrap();
        dataset.insert_year(y, Err(DataError::Unavailable { file: "2021.json".into(), message: "404".into() }));
        let cell = dataset.cell(&IndicatorCode::new("CPP_rate"), AreaCode(852), y);
        assert_eq!(cell.value, Err(MissingReason::YearUnavailable));
        assert_eq!(dataset.failed_years().count(), 1);
    }
}
