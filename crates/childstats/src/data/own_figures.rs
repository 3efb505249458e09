//! A council's own figures, loaded by a person from a CSV file or pasted from
//! a spreadsheet: read into the same structure as the figures Southampton
//! reported (`ReportedFile`), so they are drawn, listed and downloaded by the
//! same code. Every problem is said with its line number as in the file (the
//! header is line 1) and what was expected; good rows are kept.
//!
//! The columns: `indicator,area,period,period_end,value,source,note`, and for
//! a measure of the council's own (not a published indicator code), on its
//! first row, `measure_name` and optionally `unit`, `polarity`, `frequency`.

use crate::csv_text::field;
use super::reported::{LocalIndicator, ReportedDocument, ReportedFigure, ReportedFile};
use super::{AreaKind, Catalogue, IndicatorCode};

/// The columns every file has, in the template's order.
pub const COLUMNS: [&str; 7] = ["indicator", "area", "period", "period_end", "value", "source", "note"];
/// The columns that define a measure of the council's own.
pub const MEASURE_COLUMNS: [&str; 4] = ["measure_name", "unit", "polarity", "frequency"];
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

/// Reads a file of figures. `set` names the set (and is its documents' kind).
pub fn read_own_figures(text: &str, set: &str, catalogue: &Catalogue) -> OwnFigures {
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
    let measure_at: Vec<Option<usize>> = MEASURE_COLUMNS.iter().map(|c| column(c)).collect();
    let rows = &records[1..];
    if rows.len() > MAX_ROWS {
        out.problems.push(LineProblem { line: 0, message: format!("The file has {} rows; the first {MAX_ROWS} were read.", rows.len()) });
    }
    for (line, record) in rows.iter().take(MAX_ROWS) {
        let cell = |i: usize| record.get(i).map_or("", |c| c.trim());
        let fields: Vec<&str> = at.iter().map(|&i| cell(i)).collect();
        let measure: Vec<&str> = measure_at.iter().map(|i| i.map_or("", |i| cell(i))).collect();
        if fields.iter().chain(&measure).all(|f| f.is_empty()) {
            continue; // an empty line
        }
        if fields[2..].iter().all(|f| f.is_empty()) {
            out.blank_rows += 1; // a template row not filled in
            continue;
        }
        match read_row(&fields, &measure, catalogue, &mut out.file, set) {
            Ok(()) => {}
            Err(message) => out.problems.push(LineProblem { line: *line, message }),
        }
    }
    out
}

fn read_row(f: &[&str], measure: &[&str], catalogue: &Catalogue, file: &mut ReportedFile, set: &str) -> Result<(), String> {
    let [code, area, period, period_end, value, source, note] = f else { unreachable!("seven columns") };
    if code.is_empty() {
        return Err("no indicator code".into());
    }
    // A measure defined on this row is kept only if the row is.
    let (indicator, local, new_measure) = match catalogue.indicator(&IndicatorCode::new(*code)) {
        Some(ind) => (Some(ind), None, None),
        None => match file.local_indicators.iter().find(|l| l.id == *code) {
            Some(known) => (None, Some(known.clone()), None),
            None => {
                let defined = define_measure(code, measure)?;
                (None, Some(defined.clone()), Some(defined))
            }
        },
    };
    let (name, unit) = match (indicator, &local) {
        (Some(ind), _) => (ind.name.clone(), ind.unit.clone()),
        (None, Some(l)) => (l.name.clone(), l.unit.clone()),
        (None, None) => unreachable!("an indicator or a measure"),
    };
    let place = find_council(area, catalogue).ok_or_else(|| {
        if area.is_empty() { "no council given".to_string() } else { format!("no council called \u{2018}{area}\u{2019} (give its name or DfE LA number, e.g. Leeds or 383)") }
    })?;
    if period.is_empty() {
        return Err("no period (as reported, e.g. Q2 2025-26 or Sep 25)".into());
    }
    let end = parse_date(period_end).ok_or_else(|| {
        if period_end.is_empty() { "no period end (a date such as 2025-09-30 or 30/09/2025)".to_string() } else { format!("period end \u{2018}{period_end}\u{2019} is not a date (use 2025-09-30 or 30/09/2025)") }
    })?;
    let number = parse_value(value).ok_or_else(|| {
        if value.is_empty() { "no value".to_string() } else { format!("value \u{2018}{value}\u{2019} is not a number") }
    })?;
    file.local_indicators.extend(new_measure);
    let document = document_id(source, set, &mut file.documents);
    file.figures.push(ReportedFigure {
        document,
        section: String::new(),
        quote: note.to_string(),
        value_text: value.to_string(),
        value: number,
        measure: name,
        unit,
        area: place.name.clone(),
        area_code: Some(place.code.0),
        period: period.to_string(),
        year: Some(end.0),
        period_end: Some(format!("{:04}-{:02}-{:02}", end.0, end.1, end.2)),
        indicator: indicator.map(|i| i.code.to_string()),
        local_indicator: local.map(|l| l.id),
    });
    Ok(())
}

/// A measure of the council's own called `id`, defined on its first row
/// (its name given).
fn define_measure(id: &str, measure: &[&str]) -> Result<LocalIndicator, String> {
    let [name, unit, polarity, frequency] = measure else { unreachable!("four measure columns") };
    if name.is_empty() {
        return Err(format!("\u{2018}{id}\u{2019} is not a published indicator code, and no measure of that name is defined above (give its name in a measure_name column on its first row)"));
    }
    let polarity = match polarity.to_ascii_lowercase().as_str() {
        "" | "neither" => "neither",
        "higher" | "higher is better" => "higher",
        "lower" | "lower is better" => "lower",
        other => return Err(format!("polarity \u{2018}{other}\u{2019} is not higher, lower or neither")),
    };
    Ok(LocalIndicator {
        id: id.to_string(),
        name: name.to_string(),
        unit: unit.to_string(),
        definition: String::new(),
        polarity: polarity.to_string(),
        frequency: if frequency.is_empty() { "as reported".to_string() } else { frequency.to_string() },
    })
}

/// One document per source named; figures with no source share one.
fn document_id(source: &str, set: &str, documents: &mut Vec<ReportedDocument>) -> String {
    let title = if source.is_empty() { "No source given" } else { source };
    if let Some(d) = documents.iter().find(|d| d.title == title) {
        return d.id.clone();
    }
    let id = format!("own-{}", documents.len() + 1);
    documents.push(ReportedDocument { id: id.clone(), file: String::new(), title: title.to_string(), date: String::new(), kind: set.to_string() });
    id
}

/// A council by DfE LA number or by name, with case, spacing, "&" and
/// punctuation forgiven.
pub fn find_council<'a>(text: &str, catalogue: &'a Catalogue) -> Option<&'a super::Area> {
    let councils = || catalogue.areas().iter().filter(|a| a.kind == AreaKind::LocalAuthority);
    if let Ok(number) = text.parse::<u16>() {
        return councils().find(|a| a.code.0 == number);
    }
    let wanted = normalise_name(text);
    (!wanted.is_empty()).then(|| councils().find(|a| normalise_name(&a.name) == wanted)).flatten()
}

fn normalise_name(name: &str) -> String {
    // ASCII only: council names are, and Unicode's case tables would add
    // about 20 kB gzipped to the app (`str::to_lowercase`).
    let name = name.to_ascii_lowercase().replace('&', " and ");
    let words: Vec<&str> = name.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.join(" ")
}

/// A number as spreadsheets write it: thousands separators, a trailing %,
/// spaces; `None` for anything else.
pub fn parse_value(text: &str) -> Option<f64> {
    let cleaned: String = text.trim().trim_end_matches('%').chars().filter(|c| !matches!(c, ',' | ' ' | '\u{a0}')).collect();
    decimal(&cleaned)
}

/// A plain decimal (sign, digits, at most one point; no exponent), read by
/// hand: `str::parse::<f64>` links core's float tables into the app (about
/// 6 kB gzipped) for what a spreadsheet cell holds. Digits past the 18th are
/// dropped (the figures are shown to a few decimals).
fn decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if (whole.is_empty() && fraction.is_empty()) || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (mut mantissa, mut scale, mut used) = (0u64, 0i32, 0);
    for (b, in_fraction) in whole.bytes().map(|b| (b, false)).chain(fraction.bytes().map(|b| (b, true))) {
        if used < 18 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            used += usize::from(mantissa > 0);
            scale -= i32::from(in_fraction);
        } else {
            scale += i32::from(!in_fraction);
        }
    }
    let magnitude = if scale >= 0 { mantissa as f64 * 10f64.powi(scale) } else { mantissa as f64 / 10f64.powi(-scale) };
    let value = if negative { -magnitude } else { magnitude };
    value.is_finite().then_some(value)
}

/// An ISO date (2025-09-30) or a British one (30/09/2025): (year, month, day).
pub fn parse_date(text: &str) -> Option<(u16, u8, u8)> {
    let parts: Vec<&str> = text.trim().split(['-', '/']).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let (y, m, d) = if a.len() == 4 { (*a, *b, *c) } else if c.len() == 4 { (*c, *b, *a) } else { return None };
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1990..=2100).contains(&y) && (1..=days).contains(&d)).then_some((y, m, d))
}

/// Splits CSV (comma or, if the header has tabs and no commas, tab
/// separated; quoted fields with doubled quotes and line breaks; CRLF or LF)
/// into records, each with the line it starts on.
pub fn split_records(text: &str) -> Vec<(usize, Vec<String>)> {
    let first_line = text.lines().next().unwrap_or("");
    let separator = if first_line.contains('\t') && !first_line.contains(',') { '\t' } else { ',' };
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut line, mut start_line, mut quoted, mut at_field_start) = (1usize, 1usize, false, true);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if at_field_start => quoted = true,
            c if c == separator && !quoted => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
                continue;
            }
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' | '\r' if !quoted => {
                record.push(std::mem::take(&mut field));
                records.push((start_line, std::mem::take(&mut record)));
                line += 1;
                start_line = line;
                at_field_start = true;
                continue;
            }
            c => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
        }
        at_field_start = false;
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push((start_line, record));
    }
    records
}


/// A set of figures as the CSV it was read from (to give to a colleague):
/// reading it back gives the same figures.
pub fn write_own_figures(file: &ReportedFile) -> String {
    let mut out = format!("{},{}\n", COLUMNS.join(","), MEASURE_COLUMNS.join(","));
    let mut defined: Vec<&str> = Vec::new();
    for f in &file.figures {
        let source = file.documents.iter().find(|d| d.id == f.document).map_or("", |d| d.title.as_str());
        let source = if source == "No source given" { "" } else { source };
        let code = f.indicator.as_deref().or(f.local_indicator.as_deref()).unwrap_or("");
        let measure = match (&f.local_indicator, f.indicator.is_none()) {
            (Some(id), true) if !defined.contains(&id.as_str()) => {
                defined.push(id);
                file.local_indicators.iter().find(|l| &l.id == id).map(|l| [l.name.as_str(), l.unit.as_str(), l.polarity.as_str(), l.frequency.as_str()])
            }
            _ => None,
        };
        let fields = [code, f.area.as_str(), f.period.as_str(), f.period_end.as_deref().unwrap_or(""), f.value_text.as_str(), source, f.quote.as_str()];
        let line: Vec<String> = fields.iter().chain(measure.iter().flatten()).map(|t| field(t)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// The template: the header, and a row to fill in for each of `indicators`
/// for the council `area`, plus an example of a measure of the council's own.
pub fn template(area: &str, indicators: &[IndicatorCode]) -> String {
    let mut out = format!("{},{}\n", COLUMNS.join(","), MEASURE_COLUMNS.join(","));
    for code in indicators {
        out.push_str(&format!("{},{},,,,,\n", field(code.as_str()), field(area)));
    }
    out.push_str(&format!("contacts_month,{},,,,,,Contacts to the front door in the month,number of contacts,neither,monthly\n", field(area)));
    out
}

