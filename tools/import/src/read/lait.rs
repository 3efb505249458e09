//! LAIT's long table (`lait/lait_bds_*.csv.gz`), one release at a time: a row
//! per measure, area and period label.

use std::collections::BTreeMap;
use std::path::Path;

use super::table::Table;
use crate::error::ImportError;
use crate::number::parse_published;
use crate::period::parse_period;
use crate::report::Skips;
use crate::sources::{Observation, Origin, Source};
use crate::FIRST_YEAR;

/// What LAIT itself says of an area: name and region column.
#[derive(Debug, Clone, Default)]
pub struct LaitArea {
    pub name: String,
    pub region: String,
}

/// LAIT's long table for one release.
pub struct LaitRelease {
    /// Every usable row whose period ends in `FIRST_YEAR` or later.
    pub observations: Vec<Observation>,
    /// Long names from `Data item` (given on the first row of each measure).
    pub names: BTreeMap<String, String>,
    pub areas: BTreeMap<u16, LaitArea>,
}

/// LAIT gives LA numbers as `852.0`.
fn parse_area_number(text: &str) -> Option<u16> {
    let t = text.trim();
    let whole = t.strip_suffix(".0").unwrap_or(t);
    whole.parse().ok()
}

/// Reads one release. Rows with a period label, LA number or value that does
/// not parse are skipped and counted, as are periods ending before `FIRST_YEAR`.
pub fn read_lait(root: &Path, source: &'static Source, skips: &mut Skips) -> Result<LaitRelease, ImportError> {
    let file = source.file;
    let table = Table::open(root, file)?;
    let (code, item, years, name, value, number, region) = (
        table.column("Short Desc")?,
        table.column("Data item")?,
        table.column("Years")?,
        table.column("LA and Regions")?,
        table.column("Values")?,
        table.column("LA Number")?,
        table.column("Region")?,
    );
    let mut release = LaitRelease { observations: Vec::new(), names: BTreeMap::new(), areas: BTreeMap::new() };
    table.for_each(|r, row| {
        let indicator = r.get(code);
        if !r.get(item).is_empty() && !release.names.contains_key(indicator) {
            release.names.insert(indicator.to_string(), r.get(item).to_string());
        }
        let label = r.get(years);
        let Ok(period) = parse_period(label) else {
            return skips.skip(file, "unparseable period label", row, label);
        };
        if period.year < FIRST_YEAR {
            return skips.count(file, "period ends before 2014");
        }
        let Some(area) = parse_area_number(r.get(number)) else {
            return skips.skip(file, "unparseable LA number", row, r.get(number));
        };
        release.areas.entry(area).or_insert_with(|| LaitArea { name: r.get(name).to_string(), region: r.get(region).to_string() });
        let Some(published) = parse_published(r.get(value)) else {
            return skips.skip(file, "unparseable value", row, r.get(value));
        };
        release.observations.push(Observation {
            indicator: indicator.to_string(),
            area,
            year: period.year,
            label: label.to_string(),
            status: period.status,
            value: published,
            origin: Origin { source, row },
        });
    })?;
    Ok(release)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_numbers_are_read_with_or_without_a_trailing_point_zero() {
        assert_eq!(parse_area_number("852.0"), Some(852));
        assert_eq!(parse_area_number(" 970 "), Some(970));
        assert_eq!(parse_area_number("852.5"), None);
        assert_eq!(parse_area_number(""), None);
    }
}
