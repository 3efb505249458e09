//! Figures as reported locally, in the structure every view draws from:
//! Southampton's, reported to its safeguarding partnership and scrutiny panel
//! (`data/reported/figures.csv`, curated by hand from the reports in
//! `shared/seeds`), and any a person loads. Both are read from the same CSV
//! format by `super::own_figures`; each figure keeps its document, section,
//! verbatim quote, period and area, so it can be held against the published
//! figures.

use crate::order;

#[derive(Debug, Clone, PartialEq)]
pub struct ReportedFile {
    pub documents: Vec<ReportedDocument>,
    pub local_indicators: Vec<LocalIndicator>,
    pub figures: Vec<ReportedFigure>,
}

/// A source the figures were reported in, as its row names it (the
/// bundled set writes "Title (date)").
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedDocument {
    pub id: String,
    pub title: String,
}

/// A measure reported locally with no published equivalent.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalIndicator {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub definition: String,
    pub polarity: String,
    pub frequency: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReportedFigure {
    pub document: String,
    /// Where in the document (may be empty).
    pub section: String,
    /// Exactly as in the document (a sentence, or a table row with its tabs).
    pub quote: String,
    /// The value exactly as written in the quote.
    pub value_text: String,
    pub value: f64,
    /// What the report calls this figure, with any caveat from its curation
    /// (e.g. a conflict with another figure in the same document); empty
    /// where the row gives none.
    pub measure_as_reported: String,
    pub area: String,
    /// `None` for a comparison no code names ("Statistical neighbour average").
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

/// Where a figure was reported: "document, section", or the document alone
/// where the row gives no section.
pub fn reported_in(document: &str, section: &str) -> String {
    if section.is_empty() { document.to_string() } else { format!("{document}, {section}") }
}

impl ReportedFile {
    /// The title of document `id`, as shown beside its figures.
    pub fn document_title(&self, id: &str) -> String {
        self.documents.iter().find(|d| d.id == id).map_or_else(|| id.to_string(), |d| d.title.clone())
    }
}

/// A locally reported figure placed on a published indicator's chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedPoint {
    pub year: crate::data::Year,
    pub value: f64,
    pub value_text: String,
    pub period: String,
    pub document: String,
    pub section: String,
    pub quote: String,
    /// Today's published figure for the same year, where it differs.
    pub published: Option<f64>,
}

impl ReportedPoint {
    /// Why a reported figure and today's published one can differ, said no
    /// more specifically than is known: a local report used the council's own
    /// figures at the time; DfE publishes its census returns, and recalculates
    /// rates with its current population estimates (docs/data.md gives the
    /// documented case, the 2021 looked-after rate: 97 reported, 100 now).
    pub fn why_different(&self, unit: &str) -> &'static str {
        if unit.to_ascii_lowercase().contains("rate") {
            "The report used the council's own figures at the time; DfE publishes rates from its census returns with its current population estimates, so the two can differ."
        } else {
            "The report used the council's own figures at the time; DfE publishes figures from its census returns, which can differ."
        }
    }
}

/// The figures reported for `indicator` and `area`, in `years`, oldest first.
pub fn reported_points(
    file: &ReportedFile,
    dataset: &crate::data::Dataset,
    indicator: &crate::data::Indicator,
    area: crate::data::AreaCode,
    years: &[crate::data::Year],
) -> Vec<ReportedPoint> {
    let scale = 10f64.powi(i32::from(indicator.decimals));
    let mut points: Vec<ReportedPoint> = file
        .figures
        .iter()
        .filter(|f| f.indicator.as_deref() == Some(indicator.code.as_str()) && f.area_code == Some(area.0))
        .filter_map(|f| {
            let year = crate::data::Year::new(f.year?)?;
            if !years.contains(&year) {
                return None;
            }
            let published = dataset.cell(&indicator.code, area, year).value.ok();
            let differs = published.filter(|p| (p * scale).round() != (f.value * scale).round());
            Some(ReportedPoint {
                year,
                value: f.value,
                value_text: f.value_text.clone(),
                period: f.period.clone(),
                document: file.document_title(&f.document),
                section: f.section.clone(),
                quote: f.quote.clone(),
                published: differs,
            })
        })
        .collect();
    order::sort_by_key(&mut points, |p| p.year);
    points
}

/// A local indicator's figures laid out for a line chart: periods in time
/// order, and one row of values per area reported.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalSeries {
    /// Period labels as reported, oldest first.
    pub periods: Vec<String>,
    /// (area, one value per period or `None`).
    pub areas: Vec<(String, Vec<Option<f64>>)>,
}

/// Only figures with a known period end are charted (the table lists all).
pub fn local_series(file: &ReportedFile, local: &str) -> LocalSeries {
    let figures: Vec<&ReportedFigure> = file
        .figures
        .iter()
        .filter(|f| f.local_indicator.as_deref() == Some(local) && f.period_end.is_some())
        .collect();
    let mut periods: Vec<(String, String)> = figures.iter().map(|f| (f.period_end.clone().unwrap_or_default(), f.period.clone())).collect();
    order::sort_by(&mut periods, Ord::cmp);
    periods.dedup();
    let mut areas: Vec<String> = Vec::new();
    for f in &figures {
        if !areas.contains(&f.area) {
            areas.push(f.area.clone());
        }
    }
    let rows = areas
        .into_iter()
        .map(|area| {
            let values = periods
                .iter()
                .map(|(end, label)| {
                    figures.iter().find(|f| f.area == area && f.period_end.as_deref() == Some(end.as_str()) && &f.period == label).map(|f| f.value)
                })
                .collect();
            (area, values)
        })
        .collect();
    LocalSeries { periods: periods.into_iter().map(|(_, label)| label).collect(), areas: rows }
}
