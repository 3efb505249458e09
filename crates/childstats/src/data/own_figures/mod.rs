//! A council's own figures, loaded by a person from a CSV file or pasted from
//! a spreadsheet: read into the same structure as the figures Southampton
//! reported (`ReportedFile`), so they are drawn, listed and downloaded by the
//! same code. Every problem is said with its line number as in the file (the
//! header is line 1) and what was expected; good rows are kept.
//!
//! The columns: `indicator,area,period,period_end,value,source,note`;
//! optionally `section` (where in the source), `other_area` (a comparison
//! that is no council, region or England, for a measure of the council's
//! own) and `measure_as_reported` (what the report calls the figure, or a
//! caveat); and for such a measure, on its first row, `measure_name` and
//! optionally `unit`, `polarity`, `frequency`, `definition`. Southampton's
//! bundled figures are one such file (`data/reported/figures.csv`).

mod cells;
mod records;
mod row;
mod write;

pub use cells::{parse_date, parse_value};
pub use records::split_records;
pub use row::find_council;
pub use write::{template, write_own_figures};

use super::reported::ReportedFile;
use super::Catalogue;

/// The columns every file has, in the template's order.
pub const COLUMNS: [&str; 7] = ["indicator", "area", "period", "period_end", "value", "source", "note"];
/// Optional columns any figure may fill, after those.
pub const DETAIL_COLUMNS: [&str; 3] = ["section", "other_area", "measure_as_reported"];
/// The columns that define a measure of the council's own.
pub const MEASURE_COLUMNS: [&str; 5] = ["measure_name", "unit", "polarity", "frequency", "definition"];
/// At most this many rows are read.
pub const MAX_ROWS: usize = 10_000;
/// A bigger file is not a file of figures (10,000 rows of notes fit well within it).
pub const MAX_BYTES: usize = 5_000_000;

/// What a file held: the figures read (as a reported file), and each
/// problem, by line.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnFigures {
    pub file: ReportedFile,
    pub problems: Vec<LineProblem>,
    /// Rows of the template left blank (no period, end, value, source or note).
    pub blank_rows: usize,
}

/// "line 14: value '4x.1' is not a number". Line 0: the file as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineProblem {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for LineProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            0 => write!(f, "{}", self.message),
            n => write!(f, "line {n}: {}", self.message),
        }
    }
}

/// A file of `size` bytes is too big to be figures: said before it is read.
pub fn too_big(size: f64) -> Option<String> {
    (size > MAX_BYTES as f64).then(|| format!("This file is {:.1} MB; a file of figures is at most {} MB. Is it the right file?", size / 1e6, MAX_BYTES / 1_000_000))
}

/// A file that cannot be read as figures at all, said plainly.
pub fn not_a_csv(bytes: &[u8]) -> Option<String> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if let Some(why) = too_big(bytes.len() as f64) {
        return Some(why);
    }
    if starts(b"PK\x03\x04") {
        return Some("This is a spreadsheet workbook (such as .xlsx), not a CSV file. In your spreadsheet, save it as \u{201c}CSV UTF-8 (comma delimited)\u{201d} and load that.".into());
    }
    if starts(b"\x89PNG") || starts(b"\xFF\xD8\xFF") || starts(b"GIF8") || starts(b"%PDF") {
        return Some("This is an image or a PDF, not a CSV file of figures.".into());
    }
    if bytes.contains(&0) || std::str::from_utf8(bytes).is_err() {
        return Some("This file is not text in UTF-8. In your spreadsheet, save it as \u{201c}CSV UTF-8 (comma delimited)\u{201d} and load that.".into());
    }
    None
}

/// Reads a file of figures.
pub fn read_own_figures(text: &str, catalogue: &Catalogue) -> OwnFigures {
    let mut out = OwnFigures { file: ReportedFile { documents: Vec::new(), local_indicators: Vec::new(), figures: Vec::new() }, problems: Vec::new(), blank_rows: 0 };
    if let Some(message) = not_a_csv(text.as_bytes()) {
        out.problems.push(LineProblem { line: 0, message });
        return out;
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let records = split_records(text);
    let Some((header_line, header)) = records.first() else {
        out.problems.push(LineProblem { line: 0, message: "The file is empty.".into() });
        return out;
    };
    let names: Vec<String> = header.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    let column = |name: &str| names.iter().position(|n| n == name);
    let missing: Vec<&str> = COLUMNS.iter().copied().filter(|c| column(c).is_none()).collect();
    if !missing.is_empty() {
        out.problems.push(LineProblem {
            line: *header_line,
            message: format!("the header has no {} column{} (expected {})", missing.join(", "), if missing.len() > 1 { "s" } else { "" }, COLUMNS.join(",")),
        });
        return out;
    }
    let at: Vec<usize> = COLUMNS.iter().filter_map(|c| column(c)).collect();
    let detail_at: Vec<Option<usize>> = DETAIL_COLUMNS.iter().map(|c| column(c)).collect();
    let measure_at: Vec<Option<usize>> = MEASURE_COLUMNS.iter().map(|c| column(c)).collect();
    let rows = &records[1..];
    if rows.len() > MAX_ROWS {
        out.problems.push(LineProblem { line: 0, message: format!("The file has {} rows; the first {MAX_ROWS} were read.", rows.len()) });
    }
    for (line, record) in rows.iter().take(MAX_ROWS) {
        let cell = |i: usize| record.get(i).map_or("", |c| c.trim());
        let fields: Vec<&str> = at.iter().map(|&i| cell(i)).collect();
        let detail: Vec<&str> = detail_at.iter().map(|i| i.map_or("", |i| cell(i))).collect();
        let measure: Vec<&str> = measure_at.iter().map(|i| i.map_or("", |i| cell(i))).collect();
        if fields.iter().chain(&detail).chain(&measure).all(|f| f.is_empty()) {
            continue; // an empty line
        }
        if fields[2..].iter().all(|f| f.is_empty()) {
            out.blank_rows += 1; // a template row not filled in
            continue;
        }
        match row::read_row(&fields, &detail, &measure, catalogue, &mut out.file) {
            Ok(()) => {}
            Err(message) => out.problems.push(LineProblem { line: *line, message }),
        }
    }
    out
}
