//! Validation: the raw file types (`super::raw`) in, the domain types and
//! the dataset store (`super::dataset`) out, or an error that says what is
//! wrong and where.

use std::collections::{BTreeMap, HashMap};

use super::dataset::{Catalogue, IndicatorFigures, IndicatorYear};
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

/// Parses and validates `core.json`.
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
            data_owner: r.data_owner,
            year_type: r.year_type,
            quartiles: r.quartiles,
            at_31_march: r.at_31_march,
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

    // The years come from the data: one or more, consecutive, oldest first.
    let listed = raw.years.iter().map(|&y| year(file, y)).collect::<Result<Vec<_>, DataError>>()?;
    let consecutive = listed.windows(2).all(|w| w[1].get() == w[0].get() + 1);
    let years = match (listed.first(), listed.last()) {
        (Some(&first), Some(&last)) if consecutive => YearSpan { first, last },
        _ => return Err(bad("core".into(), "years", &format!("{:?}", raw.years))),
    };

    let sources = raw
        .sources
        .into_iter()
        .map(|s| Source { id: s.id, title: s.title, publisher: s.publisher, file: s.file })
        .collect();

    Ok(Catalogue {
        data_version: raw.data_version,
        years,
        about: FileRef { file: raw.about.file, hash: raw.about.hash },
        sources,
        indicators,
        areas,
        neighbour_models,
        indicator_index,
        area_index,
    })
}

/// Parses and validates one indicator's figures file against the catalogue.
pub fn parse_figures(file: &str, text: &str, expected: &IndicatorCode, catalogue: &Catalogue) -> Result<IndicatorFigures, DataError> {
    validate_figures(file, json(file, text)?, expected, catalogue)
}

/// Turns a figures file as read into [`IndicatorFigures`]: for each year, a
/// value or missing reason for every catalogue area.
pub fn validate_figures(
    file: &str,
    raw: raw::RawFigures,
    expected: &IndicatorCode,
    catalogue: &Catalogue,
) -> Result<IndicatorFigures, DataError> {
    check_format(file, raw.format)?;
    if raw.indicator != expected.as_str() {
        return Err(DataError::IndicatorMismatch { file: file.into(), expected: expected.to_string(), found: raw.indicator });
    }
    let code = expected.clone();
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

    let mut years: Vec<IndicatorYear> = Vec::with_capacity(raw.years.len());
    for s in raw.years {
        let data_year = year(file, s.year)?;
        // In the bundled span, oldest first, each year once.
        if !catalogue.years.contains(data_year) || years.last().is_some_and(|last| last.year >= data_year) {
            return Err(DataError::YearOutOfSpan { file: file.into(), year: s.year });
        }
        let context = format!("indicator {code}, {data_year}");
        if s.values.len() != catalogue.areas.len() {
            return Err(DataError::ValueCount {
                file: file.into(),
                indicator: format!("{code} ({data_year})"),
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
        years.push(IndicatorYear { year: data_year, period: s.period, source, values, exceptions, derived });
    }
    Ok(IndicatorFigures { indicator: code, years })
}

/// Parses `about.json`: every indicator's definition and methodology.
pub fn parse_about(file: &str, text: &str, catalogue: &Catalogue) -> Result<HashMap<IndicatorCode, About>, DataError> {
    let raw: raw::RawAbout = json(file, text)?;
    check_format(file, raw.format)?;
    let mut about = HashMap::with_capacity(raw.indicators.len());
    for (index, a) in raw.indicators.into_iter().enumerate() {
        let code = IndicatorCode::new(a.code);
        if catalogue.indicator(&code).is_none() {
            return Err(DataError::UnknownIndicator { file: file.into(), index, code: code.to_string() });
        }
        about.insert(code, About { definition: a.definition, methodology: a.methodology, links: a.links });
    }
    Ok(about)
}
#[cfg(test)]
mod tests;
