//! A set written back as the CSV it was read from, and the template.

use super::row::NO_SOURCE;
use super::{COLUMNS, DETAIL_COLUMNS, MEASURE_COLUMNS};
use crate::csv_text::record;
use crate::data::reported::ReportedFile;
use crate::data::IndicatorCode;

/// Every column, in the template's order.
fn header() -> String {
    let mut out = String::new();
    record(&mut out, &[&COLUMNS[..], &DETAIL_COLUMNS[..], &MEASURE_COLUMNS[..]].concat());
    out
}

/// A set of figures as the CSV it was read from (to give to a colleague):
/// reading it back gives the same figures. Every row has every column; a
/// measure of the council's own is defined on its first row.
pub fn write_own_figures(file: &ReportedFile) -> String {
    let mut out = header();
    let mut defined: Vec<&str> = Vec::new();
    for f in &file.figures {
        let source = file.documents.iter().find(|d| d.id == f.document).map_or("", |d| d.title.as_str());
        let source = if source == NO_SOURCE { "" } else { source };
        let code = f.indicator.as_deref().or(f.local_indicator.as_deref()).unwrap_or("");
        let measure = match (&f.local_indicator, f.indicator.is_none()) {
            (Some(id), true) if !defined.contains(&id.as_str()) => {
                defined.push(id);
                file.local_indicators.iter().find(|l| &l.id == id).map(|l| [l.name.as_str(), l.unit.as_str(), l.polarity.as_str(), l.frequency.as_str(), l.definition.as_str()])
            }
            _ => None,
        };
        // A figure with no code is a comparison named only in `other_area`.
        let (area, other_area) = if f.area_code.is_some() { (f.area.as_str(), "") } else { ("", f.area.as_str()) };
        let fields = [code, area, f.period.as_str(), f.period_end.as_deref().unwrap_or(""), f.value_text.as_str(), source, f.quote.as_str(), f.section.as_str(), other_area, f.measure_as_reported.as_str()];
        let measure = measure.unwrap_or([""; 5]);
        record(&mut out, &[&fields[..], &measure[..]].concat());
    }
    out
}

/// The template: the header, and a row to fill in for each of `indicators`
/// for the council `area`, plus an example of a measure of the council's own.
pub fn template(area: &str, indicators: &[IndicatorCode]) -> String {
    let mut out = header();
    let blank = [""; 13];
    for code in indicators {
        record(&mut out, &[&[code.as_str(), area][..], &blank[..]].concat());
    }
    let example = ["Contacts to the front door in the month", "number of contacts", "neither", "monthly", "Contacts received in the month by the children's social care front door."];
    record(&mut out, &[&["contacts_month", area][..], &blank[..8], &example[..]].concat());
    out
}
