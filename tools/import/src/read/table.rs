//! A published CSV file opened by its header: gzipped or plain, quoted commas,
//! byte-order marks, and columns found by name.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use flate2::read::GzDecoder;

use crate::error::ImportError;

/// A CSV file with its header, read with `csv` (quoted commas, BOMs).
pub struct Table {
    /// Path under the data folder, as errors and skips name it.
    pub file: &'static str,
    headers: Vec<String>,
    reader: csv::Reader<Box<dyn Read>>,
}

impl Table {
    pub fn open(root: &Path, file: &'static str) -> Result<Table, ImportError> {
        let f = File::open(root.join(file)).map_err(|source| ImportError::Io { file, source })?;
        let input: Box<dyn Read> = if file.ends_with(".gz") { Box::new(GzDecoder::new(f)) } else { Box::new(f) };
        // Flexible: some published tables have short rows (blank spacers, notes).
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
        let headers = reader
            .headers()
            .map_err(|source| ImportError::Csv { file, source })?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
            .collect();
        Ok(Table { file, headers, reader })
    }

    /// The position of the column headed `name`.
    pub fn column(&self, name: &str) -> Result<usize, ImportError> {
        self.headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| ImportError::MissingColumn { file: self.file, column: name.to_string() })
    }

    /// Calls `f` with each record and its 1-based line number.
    pub fn for_each(mut self, mut f: impl FnMut(&Row<'_>, u64)) -> Result<(), ImportError> {
        let mut record = csv::StringRecord::new();
        loop {
            match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(()),
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line());
                    f(&Row(&record), line);
                }
                Err(source) => return Err(ImportError::Csv { file: self.file, source }),
            }
        }
    }
}

/// One record of a `Table`.
pub struct Row<'a>(&'a csv::StringRecord);

impl Row<'_> {
    /// The trimmed text of column `i`; empty where a short row lacks it.
    pub fn get(&self, i: usize) -> &str {
        self.0.get(i).unwrap_or("").trim()
    }
}
