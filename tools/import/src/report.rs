//! Counts of what the import skipped or superseded, and why, with the first
//! example of each so a person can look at the row.

use std::collections::BTreeMap;
use std::fmt;

/// Keyed by file and reason, both static text: the LAIT merge counts about half
/// a million superseded rows, so a count must not allocate.
#[derive(Debug, Default)]
pub struct Skips {
    entries: BTreeMap<(&'static str, &'static str), Entry>,
}

#[derive(Debug)]
struct Entry {
    count: u64,
    example: Option<(u64, String)>,
}

impl Skips {
    /// Records a skipped row with the file, row and offending value.
    pub fn skip(&mut self, file: &'static str, reason: &'static str, row: u64, value: &str) {
        let entry = self.entries.entry((file, reason)).or_insert_with(|| Entry { count: 0, example: Some((row, value.to_string())) });
        entry.count += 1;
    }

    /// Records an expected, uninteresting exclusion (no example kept).
    pub fn count(&mut self, file: &'static str, reason: &'static str) {
        self.entries.entry((file, reason)).or_insert(Entry { count: 0, example: None }).count += 1;
    }
}

impl fmt::Display for Skips {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Skipped or superseded, by file and reason:")?;
        for ((file, reason), entry) in &self.entries {
            write!(f, "  {file}: {reason}: {}", entry.count)?;
            if let Some((row, value)) = &entry.example {
                write!(f, " (first at row {row}: {value:?})")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
