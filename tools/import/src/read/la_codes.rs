//! LAIT's list of local authorities (`lait/la_code_list.csv`): LA number,
//! name, region and type.

use std::path::Path;

use super::table::Table;
use crate::error::ImportError;

pub const FILE: &str = "lait/la_code_list.csv";

/// A row of `la_code_list.csv`.
#[derive(Debug, Clone)]
pub struct LaRow {
    pub code: u16,
    pub name: String,
    pub region: String,
    /// UA, MD, OLB, ILB or SC; empty on rows that are not councils.
    pub la_type: String,
}

/// Every row with an LA number. An LA number that is not a number is an
/// error: every other table is joined on it.
pub fn read_la_codes(root: &Path) -> Result<Vec<LaRow>, ImportError> {
    let table = Table::open(root, FILE)?;
    let (num, name, region, kind) =
        (table.column("LA Number")?, table.column("LA Name")?, table.column("Region")?, table.column("Type")?);
    let mut rows = Vec::new();
    let mut error = None;
    table.for_each(|r, row| {
        let text = r.get(num);
        if text.is_empty() {
            return; // blank spacer rows
        }
        match text.parse() {
            Ok(code) => rows.push(LaRow {
                code,
                name: r.get(name).to_string(),
                region: r.get(region).to_string(),
                la_type: r.get(kind).to_string(),
            }),
            Err(_) => {
                error.get_or_insert(ImportError::NotAnLaNumber { file: FILE, row, column: "LA Number".into(), value: text.into() });
            }
        }
    })?;
    error.map_or(Ok(rows), Err)
}
