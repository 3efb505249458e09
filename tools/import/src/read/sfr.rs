//! DfE's looked-after children statistical first releases, 2014 to 2017
//! (`cla_sfr/`): children looked after at 31 March by area.

use std::path::Path;

use super::geography::GeographyNames;
use super::table::Table;
use crate::error::ImportError;
use crate::number::parse_published;
use crate::period::Status;
use crate::report::Skips;
use crate::sources::{Observation, Origin, Source};

/// Children looked after at 31 March `year` (column `CLA_Mar{year}`), as
/// observations of LAIT's `LACnum`.
pub fn read_sfr(
    root: &Path,
    source: &'static Source,
    year: u16,
    names: &GeographyNames,
    skips: &mut Skips,
) -> Result<Vec<Observation>, ImportError> {
    let file = source.file;
    let table = Table::open(root, file)?;
    let (level, code, name, value) = (
        table.column("geog_l")?,
        table.column("geog_c")?,
        table.column("geog_n")?,
        table.column(&format!("CLA_Mar{year}"))?,
    );
    let mut out = Vec::new();
    table.for_each(|r, row| {
        let area = match r.get(level) {
            "NATIONAL" => Some(970),
            "REGION" => names.code(r.get(name)),
            _ => r.get(code).parse().ok(),
        };
        let Some(area) = area else {
            return skips.skip(file, "unknown area", row, r.get(name));
        };
        let Some(published) = parse_published(r.get(value)) else {
            return skips.skip(file, "unparseable value", row, r.get(value));
        };
        out.push(Observation {
            indicator: "LACnum".into(),
            area,
            year,
            label: year.to_string(),
            status: Status::Published,
            value: published,
            origin: Origin { source, row },
        });
    })?;
    Ok(out)
}
