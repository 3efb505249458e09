//! Figures as reported locally to Southampton's safeguarding partnership and
//! scrutiny panel (`data/reported/figures.json`, curated by hand from the
//! reports in `shared/seeds`): each with its document, section, verbatim
//! quote, period and area, so it can be held against the published figures.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedFile {
    pub documents: Vec<ReportedDocument>,
    pub local_indicators: Vec<LocalIndicator>,
    pub figures: Vec<ReportedFigure>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedDocument {
    pub id: String,
    /// File name in `shared/seeds`.
    pub file: String,
    pub title: String,
    pub date: String,
    pub kind: String,
}

/// A measure reported locally with no published equivalent.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalIndicator {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub definition: String,
    pub polarity: String,
    pub frequency: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedFigure {
    pub document: String,
    pub section: String,
    /// Exactly as in the document (a sentence, or a table row with its tabs).
    pub quote: String,
    /// The value exactly as written in the quote.
    pub value_text: String,
    pub value: f64,
    pub measure: String,
    pub unit: String,
    pub area: String,
    pub area_code: Option<u16>,
    /// As the document gives it, e.g. "Q4 2020/2021".
    pub period: String,
    pub period_end: Option<String>,
    /// The year the period ends (the app's year rule).
    pub year: Option<u16>,
    /// The published indicator this measures the same thing as, if any.
    pub indicator: Option<String>,
    pub local_indicator: Option<String>,
}

pub fn parse_reported(text: &str) -> Result<ReportedFile, serde_json::Error> {
    serde_json::from_str(text)
}
