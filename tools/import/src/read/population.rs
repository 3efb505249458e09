//! ONS mid-year population estimates of children aged 0 to 17, as DfE
//! publishes them beside its tables (`csc/ons_mid-year_population_...csv`):
//! the denominators of derived rates, and the ONS code of each area.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use super::csc::{read_column, CscColumn};
use super::geography::GeographyNames;
use super::table::Table;
use crate::error::ImportError;
use crate::report::Skips;
use crate::sources::ONS_POPULATION;

/// ONS mid-year population aged 0 to 17, by (area, year), with its row.
pub type Population = HashMap<(u16, u16), (f64, u64)>;

pub fn read_population(root: &Path, names: &GeographyNames, skips: &mut Skips) -> Result<Population, ImportError> {
    let spec = CscColumn { source: &ONS_POPULATION, column: "population_estimate", filter: None, indicator: "population" };
    let rows = read_column(root, &spec, names, skips)?;
    Ok(rows.into_iter().filter_map(|o| Some(((o.area, o.year), (o.value.number()?, o.origin.row)))).collect())
}

/// ONS codes by LA number (regions and England too), from the population
/// table, which lists both.
pub fn read_ons_codes(root: &Path, names: &GeographyNames) -> Result<BTreeMap<u16, String>, ImportError> {
    let table = Table::open(root, ONS_POPULATION.file)?;
    let (level, la, ons, region, region_code, country) = (
        table.column("geographic_level")?,
        table.column("old_la_code")?,
        table.column("new_la_code")?,
        table.column("region_name")?,
        table.column("region_code")?,
        table.column("country_code")?,
    );
    let mut codes = BTreeMap::new();
    table.for_each(|r, _| {
        let entry = match r.get(level) {
            "National" => Some((970, r.get(country))),
            "Regional" => names.code(r.get(region)).map(|c| (c, r.get(region_code))),
            "Local authority" => r.get(la).parse().ok().map(|c| (c, r.get(ons))),
            _ => None,
        };
        if let Some((code, ons_code)) = entry {
            if !ons_code.is_empty() {
                codes.insert(code, ons_code.to_string());
            }
        }
    })?;
    Ok(codes)
}
