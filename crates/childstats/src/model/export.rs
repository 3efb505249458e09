//! Downloads: the values shown, as tidy CSV, with a descriptive file name.

use crate::data::{AreaCode, Indicator, MissingReason, Year};

use super::compare::Comparison;
use super::series::{Series, SeriesId};

pub const CSV_HEADER: [&str; 10] =
    ["area_code", "area_name", "indicator_code", "indicator_name", "period", "year", "value", "unit", "missing_reason", "source"];

/// One CSV row: everything needed to read a value without the app.
struct Row<'a> {
    area: Option<AreaCode>,
    area_name: &'a str,
    period: &'a str,
    year: Year,
    value: Result<f64, MissingReason>,
    source: &'a str,
}

/// A CSV field, quoted per RFC 4180 where it holds a comma, quote or line break.
/// Written by hand rather than with the `csv` crate: it is all this needs, and
/// the app's code-size budget is tight (the crate cost about 2 KB gzipped).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn record(out: &mut String, fields: &[&str]) {
    let line: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&line.join(","));
    out.push('\n');
}

fn to_csv<'a>(indicator: &Indicator, rows: impl Iterator<Item = Row<'a>>) -> String {
    let mut out = String::new();
    record(&mut out, &CSV_HEADER);
    for r in rows {
        let value = r.value.map(|v| indicator.format_value(v)).unwrap_or_default();
        let reason = r.value.err().map(MissingReason::describe).unwrap_or("");
        record(&mut out, &[
            r.area.map(|a| a.0.to_string()).unwrap_or_default().as_str(),
            r.area_name,
            indicator.code.as_str(),
            &indicator.name,
            r.period,
            &r.year.to_string(),
            &value,
            &indicator.unit,
            reason,
            if r.value.is_ok() { r.source } else { "" },
        ]);
    }
    out
}

fn area_of(id: SeriesId) -> Option<AreaCode> {
    match id {
        SeriesId::Area(a) => Some(a),
        SeriesId::NeighbourAverage => None,
    }
}

/// Every point of every series shown in the trend or table view.
pub fn series_csv(series: &[Series], indicator: &Indicator) -> String {
    to_csv(
        indicator,
        series.iter().flat_map(|s| {
            s.points.iter().map(move |p| Row {
                area: area_of(s.id),
                area_name: &s.label,
                period: p.period.as_deref().unwrap_or(""),
                year: p.year,
                value: p.value,
                source: p.source.as_deref().unwrap_or(""),
            })
        }),
    )
}

/// Every bar of the compare view, then the areas in scope without a figure.
pub fn comparison_csv(comparison: &Comparison, indicator: &Indicator, source: &str) -> String {
    let period = comparison.period.clone().unwrap_or_else(|| comparison.year.to_string());
    let bars = comparison.bars.iter().map(|b| Row {
        area: area_of(b.id),
        area_name: &b.label,
        period: &period,
        year: comparison.year,
        value: Ok(b.value),
        source,
    });
    let missing = comparison.missing.iter().map(|(name, reason)| Row {
        area: None,
        area_name: name,
        period: &period,
        year: comparison.year,
        value: Err(*reason),
        source: "",
    });
    to_csv(indicator, bars.chain(missing))
}

/// Lower-case words joined by hyphens, with filler words left out.
pub fn slug(text: &str, max_words: usize) -> String {
    const FILLER: [&str; 12] = ["a", "an", "the", "of", "who", "are", "is", "to", "in", "for", "and", "by"];
    text.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !FILLER.contains(w))
        .take(max_words)
        .collect::<Vec<_>>()
        .join("-")
}

/// e.g. `southampton-children-subject-child-protection-plan-rate-2014-2024`.
pub fn file_stem(area: &str, indicator: &Indicator, from: Year, to: Year) -> String {
    let years = if from == to { from.to_string() } else { format!("{from}-{to}") };
    format!("{}-{}-{years}", slug(area, 6), slug(&indicator.name, 8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_where_needed_and_quotes_doubled() {
        assert_eq!(field("Southampton"), "Southampton");
        assert_eq!(field("Bristol, City of"), "\"Bristol, City of\"");
        assert_eq!(field("a \"quote\""), "\"a \"\"quote\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        // What the csv crate reads back is what was written.
        let mut out = String::new();
        record(&mut out, &["Bristol, City of", "say \"hi\"", "", "x\ny"]);
        let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(row.iter().collect::<Vec<_>>(), ["Bristol, City of", "say \"hi\"", "", "x\ny"]);
    }
}
