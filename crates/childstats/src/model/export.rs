//! Downloads: the values shown, as tidy CSV, with a descriptive file name;
//! and every figure of one year or of all years (the yearly datasets), in
//! the same columns.

use crate::csv_text::{push_field, record};
use crate::data::reported::ReportedPoint;
use crate::data::{AreaCode, Dataset, Indicator, MissingReason, Year, YearSpan};

use super::compare::Comparison;
use super::series::{Series, SeriesId};

pub const CSV_HEADER: [&str; 10] =
    ["area_code", "area_name", "indicator_code", "indicator_name", "period", "year", "value", "unit", "missing_reason", "source"];

/// One CSV row: everything needed to read a value without the app.
struct Row<'a> {
    area: Option<AreaCode>,
    area_name: &'a str,
    period: &'a str,
    year: Year,
    value: Result<f64, MissingReason>,
    source: &'a str,
}


/// Appends one row in [`CSV_HEADER`]'s columns. A missing figure has no
/// value and no source, and says why in `missing_reason`. Written field by
/// field, without a string per field: the yearly datasets run to 600,000 rows.
fn push_row(out: &mut String, indicator: &Indicator, r: &Row) {
    use std::fmt::Write;
    if let Some(area) = r.area {
        let _ = write!(out, "{area}");
    }
    out.push(',');
    let value = r.value.map(|v| indicator.format_value(v)).unwrap_or_default();
    let reason = r.value.err().map(MissingReason::describe).unwrap_or("");
    let source = if r.value.is_ok() { r.source } else { "" };
    for text in [r.area_name, indicator.code.as_str(), &indicator.name, r.period] {
        push_field(out, text);
        out.push(',');
    }
    let _ = write!(out, "{},", r.year);
    for text in [value.as_str(), &indicator.unit, reason] {
        push_field(out, text);
        out.push(',');
    }
    push_field(out, source);
    out.push('\n');
}

fn to_csv<'a>(indicator: &Indicator, rows: impl Iterator<Item = Row<'a>>) -> String {
    let mut out = csv_header();
    for r in rows {
        push_row(&mut out, indicator, &r);
    }
    out
}

/// The header line of every CSV download, [`CSV_HEADER`], with its line break.
pub fn csv_header() -> String {
    let mut out = String::new();
    record(&mut out, &CSV_HEADER);
    out
}

fn area_of(id: SeriesId) -> Option<AreaCode> {
    match id {
        SeriesId::Area(a) => Some(a),
        SeriesId::NeighbourAverage => None,
    }
}

/// Every point of every series shown in the trend or table view.
pub fn series_csv(series: &[Series], indicator: &Indicator) -> String {
    to_csv(indicator, series_rows(series))
}

fn series_rows(series: &[Series]) -> impl Iterator<Item = Row<'_>> {
    series.iter().flat_map(|s| {
        s.points.iter().map(move |p| Row {
            area: area_of(s.id),
            area_name: &s.label,
            period: p.period.as_deref().unwrap_or(""),
            year: p.year,
            value: p.value,
            source: p.source.as_deref().unwrap_or(""),
        })
    })
}

/// The trend's series, then the figures reported locally for the focus,
/// each named as such (they are not official statistics).
pub fn trend_csv(series: &[Series], reported: &[ReportedPoint], focus: AreaCode, focus_name: &str, indicator: &Indicator) -> String {
    let label = format!("{focus_name} (as reported locally; not official statistics)");
    let rows = series_rows(series);
    let local = reported.iter().map(|p| Row { area: Some(focus), area_name: &label, period: &p.period, year: p.year, value: Ok(p.value), source: &p.document });
    to_csv(indicator, rows.chain(local))
}

/// Every bar of the compare view, then the areas in scope without a figure.
pub fn comparison_csv(comparison: &Comparison, indicator: &Indicator, source: &str) -> String {
    let period = comparison.period.clone().unwrap_or_else(|| comparison.year.to_string());
    let bars = comparison.bars.iter().map(|b| Row {
        area: area_of(b.id),
        area_name: &b.label,
        period: &period,
        year: comparison.year,
        value: Ok(b.value),
        source,
    });
    let missing = comparison.missing.iter().map(|(name, reason)| Row {
        area: None,
        area_name: name,
        period: &period,
        year: comparison.year,
        value: Err(*reason),
        source: "",
    });
    to_csv(indicator, bars.chain(missing))
}

/// Which years a dataset download holds: one data year, or every year bundled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetYears {
    All,
    One(Year),
}

impl DatasetYears {
    pub fn includes(self, year: Year) -> bool {
        match self {
            DatasetYears::All => true,
            DatasetYears::One(one) => one == year,
        }
    }

    /// e.g. `childrens-services-2025.csv`, `childrens-services-2014-2026.csv`;
    /// `-incomplete` before `.csv` when some indicators' figures are left out.
    pub fn file_name(self, span: YearSpan, complete: bool) -> String {
        let years = match self {
            DatasetYears::All => format!("{}-{}", span.first, span.last),
            DatasetYears::One(year) => year.to_string(),
        };
        let incomplete = if complete { "" } else { "-incomplete" };
        format!("childrens-services-{years}{incomplete}.csv")
    }

    /// The value of this choice in the years list, and in the address that
    /// carries it into the fuller build (`super::build`): `2025` or `all`.
    pub fn choice(self) -> String {
        match self {
            DatasetYears::All => "all".into(),
            DatasetYears::One(year) => year.to_string(),
        }
    }

    /// A choice as [`DatasetYears::choice`] writes it; anything else, or a
    /// year not bundled, is all years.
    pub fn from_choice(value: &str, span: YearSpan) -> DatasetYears {
        match value.parse::<u16>().ok().and_then(Year::new) {
            Some(year) if span.contains(year) => DatasetYears::One(year),
            _ => DatasetYears::All,
        }
    }

    /// "2025", or "all years, 2014 to 2026".
    pub fn describe(self, span: YearSpan) -> String {
        match self {
            DatasetYears::All => format!("all years, {}", span.describe()),
            DatasetYears::One(year) => year.to_string(),
        }
    }
}

/// Appends the rows of one indicator's figures in the chosen years (no
/// header) and returns how many it wrote: areas in catalogue order (councils,
/// then England, the regions and the London parts), each area's years oldest
/// first, in [`CSV_HEADER`]'s columns and formatted as [`series_csv`] does.
///
/// Which cells get a row: in each year the indicator has a series (the
/// published tables held it that year), every area, so a missing figure
/// stays a row with its reason (suppressed, not published, no figure);
/// except an area that did not exist that year and has no figure (a council
/// before it was created or after it was abolished), which is not a gap in
/// the figures. Years in which the indicator was not published, and
/// indicators whose figures are not loaded, give no rows: the caller says
/// which indicators those are.
pub fn indicator_dataset_rows(dataset: &Dataset, indicator: &Indicator, years: DatasetYears, out: &mut String) -> usize {
    let published: Vec<Year> = dataset
        .catalogue
        .years
        .iter()
        .filter(|&y| years.includes(y) && dataset.year(y).is_some_and(|d| d.indicator_year(&indicator.code).is_some()))
        .collect();
    let mut rows = 0;
    for area in dataset.catalogue.areas() {
        for &year in &published {
            let cell = dataset.cell(&indicator.code, area.code, year);
            if cell.value == Err(MissingReason::AreaDidNotExist) {
                continue;
            }
            let row = Row {
                area: Some(area.code),
                area_name: &area.name,
                period: cell.period.unwrap_or(""),
                year,
                value: cell.value,
                source: cell.source.map_or("", |s| s.title.as_str()),
            };
            push_row(out, indicator, &row);
            rows += 1;
        }
    }
    rows
}

/// Every figure of the chosen years as one CSV: the header, then each
/// indicator in catalogue order as [`indicator_dataset_rows`] writes it.
/// Indicators whose figures are not loaded are left out.
pub fn dataset_csv(dataset: &Dataset, years: DatasetYears) -> String {
    let mut out = csv_header();
    for indicator in dataset.catalogue.indicators() {
        indicator_dataset_rows(dataset, indicator, years, &mut out);
    }
    out
}

/// Lower-case words joined by hyphens, with filler words left out.
pub fn slug(text: &str, max_words: usize) -> String {
    const FILLER: [&str; 12] = ["a", "an", "the", "of", "who", "are", "is", "to", "in", "for", "and", "by"];
    text.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .take(max_words)
        .collect::<Vec<_>>()
        .join("-")
}

/// e.g. `southampton-children-subject-child-protection-plan-rate-2014-2024`.
pub fn file_stem(area: &str, indicator: &Indicator, from: Year, to: Year) -> String {
    let years = if from == to { from.to_string() } else { format!("{from}-{to}") };
    format!("{}-{}-{years}", slug(area, 6), slug(&indicator.name, 8))
}

#[cfg(test)]
mod tests;
