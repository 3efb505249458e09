//! Validation: the raw file types (`super::raw`) in, the domain types and
//! the dataset store (`super::dataset`) out, or an error that says what is
//! wrong and where.

use std::collections::{BTreeMap, HashMap};

use super::dataset::{Catalogue, IndicatorYear, YearData, YearFile};
use super::domain::*;
use super::error::DataError;
use super::raw::{self, RawValue};

/// Reads a bundled file's JSON into its raw type (`reported` reads its file with it too).
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

/// Turns a catalogue as read into the indexed [`Catalogue`], checking every
/// code a part of it refers to.
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

/// Turns a year file as read into [`YearData`]: one [`IndicatorYear`] per
/// indicator, a value or missing reason for every catalogue area.
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

    let mut indicators = HashMap::with_capacity(raw.series.len());
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
        let figures = IndicatorYear { period: s.period, source, values, exceptions, derived };
        if indicators.insert(code.clone(), figures).is_some() {
            return Err(DataError::Duplicate { file: file.into(), what: "series", code: code.to_string() });
        }
    }
    Ok(YearData { year: expected, indicators })
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture::Fixture;
    use crate::data::{parse_catalogue, parse_year, DataError, Dataset};

    fn y(year: u16) -> Year {
        Year::new(year).unwrap()
    }

    /// Southampton, England and the South East, in that order, with one indicator.
    fn southampton() -> Fixture {
        Fixture::new()
            .council(852, "Southampton", Some(989))
            .england()
            .region(989, "South East")
            .indicator("CPP_rate")
            .neighbours("2021", 852, &[970])
    }

    fn parse_2021(fixture: &Fixture) -> Result<YearData, DataError> {
        parse_year("2021.json", &fixture.year_json(2021), y(2021), &fixture.catalogue())
    }

    fn catalogue_error(fixture: &Fixture) -> DataError {
        parse_catalogue("catalogue.json", &fixture.catalogue_json()).unwrap_err()
    }

    #[test]
    fn reads_figures_markers_and_missing_rows_with_the_period() {
        let fixture = southampton().figures("CPP_rate", 2021, &[(852, RawValue::from(62.3)), (970, "-".into()), (989, RawValue::Absent)]);
        let data = parse_2021(&fixture).unwrap();
        let mut dataset = Dataset::new(fixture.catalogue());
        dataset.insert_year(data.year, Ok(data));
        let code = IndicatorCode::new("CPP_rate");
        assert_eq!(dataset.cell(&code, AreaCode(852), y(2021)).value, Ok(62.3));
        assert_eq!(dataset.cell(&code, AreaCode(970), y(2021)).value, Err(MissingReason::NotPublished));
        assert_eq!(dataset.cell(&code, AreaCode(989), y(2021)).value, Err(MissingReason::NoFigure));
        assert_eq!(dataset.cell(&code, AreaCode(852), y(2021)).period, Some("2021"));
    }

    #[test]
    fn every_marker_dfe_uses_is_understood() {
        for marker in ["-", "x", "c", "..", "z", "u"] {
            let fixture = southampton().figures("CPP_rate", 2021, &[(852, RawValue::from(1.0)), (970, marker.into())]);
            let mut dataset = Dataset::new(fixture.catalogue());
            dataset.insert_year(y(2021), parse_2021(&fixture));
            let cell = dataset.cell(&IndicatorCode::new("CPP_rate"), AreaCode(970), y(2021));
            assert_eq!(cell.value, Err(MissingReason::from_marker(marker).unwrap()), "{marker}");
        }
    }

    #[test]
    fn rejects_wrong_number_of_values() {
        let fixture = southampton().figures("CPP_rate", 2021, &[(852, 1.0), (970, 2.0)]);
        let mut file = fixture.raw_year(2021);
        file.series[0].values.pop();
        let err = validate_year("2021.json", file, y(2021), &fixture.catalogue()).unwrap_err();
        assert!(matches!(err, DataError::ValueCount { expected: 3, found: 2, .. }), "{err}");
    }

    #[test]
    fn rejects_unknown_marker_naming_area() {
        let err = parse_2021(&southampton().figures("CPP_rate", 2021, &[(852, RawValue::from(1.0)), (970, "?".into())])).unwrap_err();
        assert_eq!(err, DataError::UnknownMarker { file: "2021.json".into(), indicator: "CPP_rate".into(), area: 970, marker: "?".into() });
    }

    #[test]
    fn rejects_unknown_indicator() {
        let err = parse_2021(&southampton().figures("Nope", 2021, &[(852, 1.0)])).unwrap_err();
        assert!(matches!(err, DataError::UnknownIndicator { ref code, .. } if code == "Nope"), "{err}");
    }

    #[test]
    fn rejects_file_for_another_year() {
        let fixture = southampton().figures("CPP_rate", 2021, &[(852, 1.0)]);
        let err = parse_year("2022.json", &fixture.year_json(2021), y(2022), &fixture.catalogue()).unwrap_err();
        assert!(matches!(err, DataError::YearMismatch { expected: 2022, found: 2021, .. }), "{err}");
    }

    #[test]
    fn rejects_unknown_source_naming_indicator() {
        let fixture = southampton().figures("CPP_rate", 2021, &[(852, 1.0)]).series_with("CPP_rate", 2021, |s| s.source = "nope".into());
        let err = parse_2021(&fixture).unwrap_err();
        assert!(matches!(err, DataError::UnknownSource { ref context, ref id, .. } if context == "indicator CPP_rate" && id == "nope"), "{err}");
    }

    #[test]
    fn corrupt_json_names_the_file() {
        let err = parse_year("2021.json", "{\"format\":1,", y(2021), &southampton().catalogue()).unwrap_err();
        assert!(err.to_string().starts_with("2021.json: not valid dataset JSON"), "{err}");
    }

    #[test]
    fn rejects_newer_format() {
        let mut catalogue = southampton().raw_catalogue();
        catalogue.format = 99;
        let err = validate_catalogue("catalogue.json", catalogue).unwrap_err();
        assert!(matches!(err, DataError::Format { found: 99, expected: 1, .. }), "{err}");
    }

    #[test]
    fn rejects_unknown_area_in_neighbour_model() {
        let err = catalogue_error(&southampton().neighbours("2021", 852, &[123]));
        assert!(matches!(err, DataError::UnknownArea { code: 123, .. }), "{err}");
    }

    #[test]
    fn rejects_unknown_region_naming_the_council() {
        let err = catalogue_error(&southampton().council(851, "Portsmouth", Some(990)));
        assert_eq!(err.to_string(), "catalogue.json: area 851 region refers to unknown area 990");
    }

    #[test]
    fn rejects_an_area_listed_twice() {
        let err = catalogue_error(&southampton().england());
        assert!(matches!(err, DataError::Duplicate { what: "area", ref code, .. } if code == "970"), "{err}");
    }

    #[test]
    fn rejects_unknown_polarity() {
        let err = catalogue_error(&southampton().indicator_with("X", |i| i.polarity = "up".into()));
        assert!(matches!(err, DataError::BadField { field: "polarity", .. }), "{err}");
    }
}
