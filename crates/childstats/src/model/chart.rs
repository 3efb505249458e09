//! One chart model per selection: everything any output shows for a chart —
//! the years and compare year actually used, the series or ranking, title,
//! summary, table rows, source line, download names and what an embed needs —
//! worked out once from the dataset and the selection. The screen, the
//! downloads, the embed and the briefing pack read it; none of them works out
//! a figure or a rule again, so they cannot disagree. (Our World in Data's
//! grapher does the same: a chart state, table in and series out, and a
//! renderer that only draws.)

use crate::data::reported::{reported_points, ReportedFile, ReportedPoint};
use crate::data::{AreaCode, Dataset, Indicator, Year};

use super::compare::{compare, default_compare_year, Comparison};
use super::export::{comparison_csv, file_stem, series_csv, trend_csv};
use super::query::print_query;
use super::axis::value_range;
use super::format::with_separators;
use super::selection::{CompareScope, Selection, ValueAxis, View};
use super::series::{build_series, period_labels, Series};
use super::summary::{summarise_comparison, summarise_trend};
use super::table::{table_rows, TableRow};

/// The licence every output carries.
pub const OGL_ATTRIBUTION: &str = "Contains public sector information licensed under the Open Government Licence v3.0.";

/// What the chart draws.
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    /// A line per area over the years (trend and table views, and the pack).
    Trend(Trend),
    /// Councils ranked in one year (compare view).
    Ranking(Comparison),
    /// The compare view when no council has a figure in the years chosen.
    NoFigures,
}

/// The trend chart's lines, their x-axis labels and the figures reported
/// locally that sit on them.
#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub series: Vec<Series>,
    /// One published period label per year shown.
    pub labels: Vec<String>,
    /// Figures as reported locally for the focus, in the years shown.
    pub reported: Vec<ReportedPoint>,
}

impl Trend {
    /// The reported figures as chart marks: (year, value).
    pub fn reported_marks(&self) -> Vec<(Year, f64)> {
        self.reported.iter().map(|p| (p.year, p.value)).collect()
    }

    /// True when any figure shown was computed from published counts.
    pub fn has_derived(&self) -> bool {
        self.series.iter().any(|s| s.points.iter().any(|p| p.derived))
    }

    /// Every gap in the chart, in words with its reason.
    pub fn gaps(&self) -> Vec<String> {
        self.series
            .iter()
            .flat_map(|s| s.points.iter().filter_map(|p| p.value.err().map(|r| missing_sentence(&s.label, p.year, r.describe()))))
            .collect()
    }
}

/// What the hollow markers and daggers of a chart mean, said under every
/// chart that has any.
pub const DERIVED_NOTE: &str = "Hollow markers and \u{2020} show figures computed from DfE's published counts and ONS population (DfE's method) where DfE published no rate.";

/// "No figure for England in 2016: not published."
pub fn missing_sentence(area: &str, year: impl std::fmt::Display, reason: &str) -> String {
    format!("No figure for {area} in {year}: {reason}.")
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartModel {
    pub indicator: Indicator,
    pub focus: AreaCode,
    pub focus_name: String,
    /// The years shown, oldest first.
    pub years: Vec<Year>,
    /// Years shown in which any area has a figure: the compare view's choices.
    pub years_with_figures: Vec<Year>,
    /// The compare view's year actually ranked (`None` in other views, or
    /// when there are no figures).
    pub compare_year: Option<Year>,
    /// Parts of the selection that could not be used as they were, in words.
    pub notices: Vec<String>,
    pub figure: Figure,
    /// "Children subject of a child protection plan, Southampton".
    pub title: String,
    /// The chart in one sentence: its caption and accessible description.
    pub summary: String,
    /// Source and licence line.
    pub source: String,
    /// A download's file name without its extension.
    pub file_stem: String,
    /// The selection as a link's query (no `?`), for share and embed links.
    pub query: String,
    /// Where the trend's value axis starts (from zero, or fitted).
    pub axis: ValueAxis,
    /// When the axis is fitted and so does not start at zero, that said in
    /// words, for the caption and the downloads.
    pub axis_note: Option<String>,
    pub data_version: String,
}

impl ChartModel {
    /// The model of the chart `selection` shows. `reported` adds the figures
    /// reported locally to a trend, when they have loaded.
    pub fn build(dataset: &Dataset, selection: &Selection, reported: Option<&ReportedFile>) -> ChartModel {
        let catalogue = &dataset.catalogue;
        // The selection only ever holds catalogue codes (the URL parser and
        // the pickers see to it); the first indicator is a last resort.
        let indicator = catalogue.indicator(&selection.indicator).unwrap_or(&catalogue.indicators()[0]).clone();
        let shown = years_shown(dataset, &indicator, selection);
        let mut notices = Vec::new();
        // The latest bundled year can hold only measures published ahead (2026
        // holds one, a 2025-26 allocation), so a measure one year behind the
        // range is up to date; further behind, the page says where it ends.
        if shown.to.get() + 1 < selection.to.get() && !matches!(selection.view, View::Compare | View::Map) {
            notices.push(format!("Figures for this measure are published up to {}, so the chart ends there.", shown.to));
        }
        let selection = &shown;
        let focus_name = catalogue.area(selection.focus).map_or_else(|| selection.focus.to_string(), |a| a.name.clone());
        let years: Vec<Year> = selection.years().collect();
        let years_with_figures: Vec<Year> =
            dataset.years_with_figures(&indicator.code).into_iter().filter(|y| years.contains(y)).collect();
        // The overview is of many indicators: its title (on its embed and in
        // the embed code) names the council alone.
        let title = match selection.view {
            View::Overview => format!("At a glance: {focus_name}"),
            _ => format!("{}, {focus_name}", indicator.name),
        };
        let source = source_line(&indicator, &catalogue.data_version);

        // The map ranks every council in one year, as "compare all councils" does.
        let ranked = match selection.view {
            View::Map => Selection { scope: CompareScope::AllCouncils, ..selection.clone() },
            _ => selection.clone(),
        };
        let (figure, compare_year, summary, file_stem) = if matches!(selection.view, View::Compare | View::Map) {
            let (year, notice) = compare_year_used(dataset, &indicator, selection, &years_with_figures);
            notices.extend(notice);
            match year {
                Some(y) => {
                    let comparison = compare(dataset, &indicator, &ranked, y);
                    let summary = summarise_comparison(&comparison, &indicator, &focus_name);
                    let kind = if selection.view == View::Map { "map" } else { "ranking" };
                    let stem = format!("{}-{kind}", file_stem(&focus_name, &indicator, y, y));
                    (Figure::Ranking(comparison), Some(y), summary, stem)
                }
                None => (
                    Figure::NoFigures,
                    None,
                    format!("There are no figures for {} in the years chosen.", indicator.name.to_ascii_lowercase()),
                    file_stem(&focus_name, &indicator, selection.from, selection.to),
                ),
            }
        } else {
            let series = build_series(dataset, &indicator, selection);
            let labels = period_labels(&series, &years);
            let reported = reported.map(|file| reported_points(file, dataset, &indicator, selection.focus, &years)).unwrap_or_default();
            let summary = summarise_trend(dataset, &indicator, selection);
            (Figure::Trend(Trend { series, labels, reported }), None, summary, file_stem(&focus_name, &indicator, selection.from, selection.to))
        };
        let axis_note = match &figure {
            Figure::Trend(t) => fitted_axis_note(t, selection.axis, &indicator),
            _ => None,
        };
        ChartModel {
            axis: selection.axis,
            axis_note,
            indicator,
            focus: selection.focus,
            focus_name,
            years,
            years_with_figures,
            compare_year,
            notices,
            figure,
            title,
            summary,
            source,
            file_stem,
            query: print_query(selection),
            data_version: catalogue.data_version.clone(),
        }
    }

    /// The summary, and what a reader must know to read the drawing (a
    /// fitted axis): the caption of the chart wherever it is drawn.
    pub fn caption(&self) -> String {
        match &self.axis_note {
            Some(note) => format!("{} {note}", self.summary),
            None => self.summary.clone(),
        }
    }

    /// True when the trend is drawn on an axis fitted to its figures.
    pub fn fit_axis(&self) -> bool {
        self.axis == ValueAxis::Fit
    }

    pub fn trend(&self) -> Option<&Trend> {
        match &self.figure {
            Figure::Trend(t) => Some(t),
            _ => None,
        }
    }

    pub fn comparison(&self) -> Option<&Comparison> {
        match &self.figure {
            Figure::Ranking(c) => Some(c),
            _ => None,
        }
    }

    /// The table view's rows: one per series, in the order chosen.
    pub fn table_rows(&self) -> Vec<TableRow> {
        self.trend().map(|t| table_rows(&t.series, &self.indicator)).unwrap_or_default()
    }

    /// The figures shown, as tidy CSV (`export::CSV_HEADER`).
    pub fn csv(&self) -> String {
        match &self.figure {
            Figure::Trend(t) => trend_csv(&t.series, &t.reported, self.focus, &self.focus_name, &self.indicator),
            Figure::Ranking(c) => comparison_csv(c, &self.indicator, &self.source),
            Figure::NoFigures => series_csv(&[], &self.indicator),
        }
    }
}

/// The selection with its years ending at the indicator's latest published
/// year: a chart of a measure last published for 2024 ends at 2024, even
/// where another measure has figures for 2026. (A range that ends earlier is
/// kept as chosen; a range with no figure at all is kept, and says so.)
pub fn years_shown(dataset: &Dataset, indicator: &Indicator, selection: &Selection) -> Selection {
    let latest = dataset.years_with_figures(&indicator.code).into_iter().rfind(|y| *y >= selection.from && *y <= selection.to);
    match latest {
        Some(last) if last < selection.to => Selection { to: last, ..selection.clone() },
        _ => selection.clone(),
    }
}

/// The compare view's year: the one chosen, if it is among the years shown
/// and some council has a figure in it; otherwise the latest year shown in
/// which the focus has a figure (else any council), with a sentence saying
/// why the chosen year was not used.
pub fn compare_year_used(
    dataset: &Dataset,
    indicator: &Indicator,
    selection: &Selection,
    years_with_figures: &[Year],
) -> (Option<Year>, Option<String>) {
    let fallback = || default_compare_year(dataset, indicator, selection);
    match selection.compare_year {
        None => (fallback(), None),
        Some(y) if years_with_figures.contains(&y) => (Some(y), None),
        Some(y) => {
            let used = fallback();
            let instead = used.map_or_else(String::new, |u| format!(", so this compares {u}"));
            let why = if y < selection.from || y > selection.to {
                format!("{y} is outside the years chosen ({} to {}){instead}.", selection.from, selection.to)
            } else {
                format!("No council has a figure for {y}{instead}.")
            };
            (used, Some(why))
        }
    }
}

/// "Source: Department for Education, via … (data version …). Contains …"
pub fn source_line(indicator: &Indicator, data_version: &str) -> String {
    format!(
        "Source: {}, via the Department for Education's Local Authority Interactive Tool (data version {data_version}). {OGL_ATTRIBUTION}",
        indicator.owner()
    )
}

/// "The value axis starts at 35.0, not zero, …" when a fitted axis is cut
/// short of zero (with the same range the chart is drawn on).
fn fitted_axis_note(trend: &Trend, axis: ValueAxis, indicator: &Indicator) -> Option<String> {
    let values = trend.series.iter().flat_map(|s| s.points.iter().filter_map(|p| p.value.ok()));
    let range = value_range(values, axis)?;
    range.broken.then(|| {
        format!(
            "The value axis starts at {}, not zero, to show the changes more clearly (the break at its foot marks this).",
            with_separators(range.low, indicator.decimals.min(1))
        )
    })
}
