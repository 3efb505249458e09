//! DfE's children's social care tables (`csc/`), in the "explore education
//! statistics" layout: one row per period and geography (`time_period`,
//! `geographic_level`, `old_la_code`, `region_name`), one column per figure.

use std::path::Path;

use super::geography::GeographyNames;
use super::table::Table;
use crate::error::ImportError;
use crate::number::parse_published;
use crate::period::parse_period;
use crate::report::Skips;
use crate::sources::{Observation, Origin, Source};
use crate::FIRST_YEAR;

/// One column of a table, read as observations of a LAIT measure.
pub struct CscColumn<'a> {
    pub source: &'static Source,
    pub column: &'a str,
    /// Only rows whose `filter.0` column equals `filter.1`.
    pub filter: Option<(&'a str, &'a str)>,
    pub indicator: &'a str,
}

/// Reads one column for the bundled years and the year before them (a rate
/// for a year needs the previous year's population).
pub fn read_column(
    root: &Path,
    spec: &CscColumn<'_>,
    names: &GeographyNames,
    skips: &mut Skips,
) -> Result<Vec<Observation>, ImportError> {
    let file = spec.source.file;
    let table = Table::open(root, file)?;
    let (period, level, la, region, value) = (
        table.column("time_period")?,
        table.column("geographic_level")?,
        table.column("old_la_code")?,
        table.column("region_name")?,
        table.column(spec.column)?,
    );
    let filter = spec.filter.map(|(c, v)| table.column(c).map(|i| (i, v))).transpose()?;
    let mut out = Vec::new();
    table.for_each(|r, row| {
        if let Some((i, wanted)) = filter {
            if r.get(i) != wanted {
                return;
            }
        }
        let label = r.get(period);
        let Ok(p) = parse_period(label) else {
            return skips.skip(file, "unparseable period label", row, label);
        };
        if p.year < FIRST_YEAR - 1 {
            return;
        }
        let area = match r.get(level) {
            "National" => Some(970),
            "Regional" => names.code(r.get(region)),
            "Local authority" => r.get(la).parse().ok(),
            _ => None,
        };
        let Some(area) = area else {
            return skips.skip(file, "unknown area", row, &format!("{} {} {}", r.get(level), r.get(region), r.get(la)));
        };
        let Some(published) = parse_published(r.get(value)) else {
            return skips.skip(file, "unparseable value", row, r.get(value));
        };
        out.push(Observation {
            indicator: spec.indicator.to_string(),
            area,
            year: p.year,
            label: label.to_string(),
            status: p.status,
            value: published,
            origin: Origin { source: spec.source, row },
        });
    })?;
    Ok(out)
}
