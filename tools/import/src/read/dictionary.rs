//! LAIT's data dictionary (`lait/lait_data_dictionary.csv`): one row per
//! measure with its title, topic, unit, polarity, decimals and notes.

use std::collections::BTreeMap;
use std::path::Path;

use super::table::Table;
use crate::error::ImportError;
use crate::report::Skips;

pub const FILE: &str = "lait/lait_data_dictionary.csv";

/// A row of LAIT's data dictionary, as published (text trimmed).
#[derive(Debug, Clone)]
pub struct DictionaryEntry {
    pub code: String,
    pub topic: String,
    pub measure: String,
    pub chart_title: String,
    pub polarity: String,
    pub unit: String,
    pub description: String,
    pub data_owner: String,
    pub methodology: String,
    pub links: String,
    /// Decimal places to show; `None` where the dictionary gives none.
    pub dps: Option<u8>,
    pub year_type: String,
    /// `No_Quartile` is `N`: LAIT shows no quartile bands for the measure.
    pub no_quartile: bool,
}

/// The dictionary by measure code (`Measure_short`, LAIT's `Short Desc`).
pub fn read_dictionary(root: &Path, skips: &mut Skips) -> Result<BTreeMap<String, DictionaryEntry>, ImportError> {
    let table = Table::open(root, FILE)?;
    let col = |n: &str| table.column(n);
    let (code, topic, measure, title, polarity, unit, description, owner, method, links, dps, year_type, quartile) = (
        col("Measure_short")?,
        col("Topic")?,
        col("Measure")?,
        col("Chart_title")?,
        col("Polarity")?,
        col("y_axis_name")?,
        col("Description")?,
        col("Data Owner (DO) /Supplier and Contact Details")?,
        col("Methodology")?,
        col("Hyperlink(s)")?,
        col("dps")?,
        col("Year_Type")?,
        col("No_Quartile")?,
    );
    let mut entries = BTreeMap::new();
    table.for_each(|r, row| {
        let get = |i: usize| r.get(i).to_string();
        let key = get(code);
        if entries.contains_key(&key) {
            // The dictionary lists a few measures twice; the first row is kept.
            skips.skip(FILE, "measure listed twice in the dictionary (first row kept)", row, &key);
            return;
        }
        entries.insert(
            key.clone(),
            DictionaryEntry {
                code: key,
                topic: get(topic),
                measure: get(measure),
                chart_title: get(title),
                polarity: get(polarity),
                unit: get(unit),
                description: get(description),
                data_owner: get(owner),
                methodology: get(method),
                links: get(links),
                dps: r.get(dps).parse().ok(),
                year_type: get(year_type),
                no_quartile: r.get(quartile) == "N",
            },
        );
    })?;
    Ok(entries)
}
