//! One row of a file of figures: checked cell by cell, and kept as a
//! reported figure (with any measure it defines) or refused with what was
//! expected.

use super::{parse_date, parse_value};
use crate::data::reported::{LocalIndicator, ReportedDocument, ReportedFigure, ReportedFile};
use crate::data::{Area, AreaKind, Catalogue, IndicatorCode};

/// Reads one row: `f` the seven columns every file has, `detail` the
/// `section`, `other_area` and `measure_as_reported` columns, `measure` the measure-defining ones
/// (empty where the file has no such column).
pub(super) fn read_row(f: &[&str], detail: &[&str], measure: &[&str], catalogue: &Catalogue, file: &mut ReportedFile) -> Result<(), String> {
    let [code, area, period, period_end, value, source, note] = f else { unreachable!("seven columns") };
    let [section, other_area, measure_as_reported] = detail else { unreachable!("three detail columns") };
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
    let own_measure = indicator.is_none();
    let (area_name, area_code) = place(area, other_area, own_measure, catalogue)?;
    if period.is_empty() {
        return Err("no period (as reported, e.g. Q2 2025-26 or Sep 25)".into());
    }
    // A published indicator's figure needs its end date to stand on the
    // trend; a measure of the council's own may have none (reports often
    // give none), and is then listed but not charted.
    let end = match parse_date(period_end) {
        Some(end) => Some(end),
        None if period_end.is_empty() && own_measure => None,
        None if period_end.is_empty() => return Err("no period end (a date such as 2025-09-30 or 30/09/2025)".into()),
        None => return Err(format!("period end \u{2018}{period_end}\u{2019} is not a date (use 2025-09-30 or 30/09/2025)")),
    };
    let number = parse_value(value).ok_or_else(|| {
        if value.is_empty() { "no value".to_string() } else { format!("value \u{2018}{value}\u{2019} is not a number") }
    })?;
    file.local_indicators.extend(new_measure);
    let document = document_id(source, &mut file.documents);
    file.figures.push(ReportedFigure {
        document,
        section: section.to_string(),
        quote: note.to_string(),
        value_text: value.to_string(),
        value: number,
        measure_as_reported: measure_as_reported.to_string(),
        area: area_name,
        area_code,
        period: period.to_string(),
        year: end.map(|e| e.0),
        period_end: end.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        indicator: indicator.map(|i| i.code.to_string()),
        local_indicator: local.map(|l| l.id),
    });
    Ok(())
}

/// The area a figure is for, as (name, code). A published indicator's
/// figure is a council's (it stands on that council's trend); a measure of
/// the council's own may also be for a region or England, or, in
/// `other_area`, for a comparison no code names ("Statistical neighbour
/// average"), kept as written. An `area` that is not found is always a
/// problem, so a misspelt council is never taken for a comparison.
fn place(area: &str, other_area: &str, own_measure: bool, catalogue: &Catalogue) -> Result<(String, Option<u16>), String> {
    match (area.is_empty(), other_area.is_empty()) {
        (false, false) => Err("give the area or other_area, not both".into()),
        (true, false) if own_measure => Ok((other_area.to_string(), None)),
        (true, false) => Err("other_area is for a measure of your own; a published indicator\u{2019}s figure needs its council in the area column".into()),
        (true, true) => Err("no council given".into()),
        (false, true) => {
            let kinds: &[AreaKind] = if own_measure { &[AreaKind::LocalAuthority, AreaKind::Region, AreaKind::LondonPart, AreaKind::England] } else { &[AreaKind::LocalAuthority] };
            let found = find_area(area, kinds, catalogue).ok_or_else(|| {
                let more = if own_measure { "; or a region, England, or in other_area any other comparison" } else { "" };
                format!("no council called \u{2018}{area}\u{2019} (give its name or DfE LA number, e.g. Leeds or 383{more})")
            })?;
            Ok((found.name.clone(), Some(found.code.0)))
        }
    }
}

/// A measure of the council's own called `id`, defined on its first row
/// (its name given).
fn define_measure(id: &str, measure: &[&str]) -> Result<LocalIndicator, String> {
    let [name, unit, polarity, frequency, definition] = measure else { unreachable!("five measure columns") };
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
        definition: definition.to_string(),
        polarity: polarity.to_string(),
        frequency: if frequency.is_empty() { "as reported".to_string() } else { frequency.to_string() },
    })
}

/// One document per source named; figures with no source share one.
fn document_id(source: &str, documents: &mut Vec<ReportedDocument>) -> String {
    let title = if source.is_empty() { NO_SOURCE } else { source };
    if let Some(d) = documents.iter().find(|d| d.title == title) {
        return d.id.clone();
    }
    let id = format!("own-{}", documents.len() + 1);
    documents.push(ReportedDocument { id: id.clone(), title: title.to_string() });
    id
}

/// The document of figures whose row names no source.
pub(super) const NO_SOURCE: &str = "No source given";

/// A council by DfE LA number or by name, with case, spacing, "&" and
/// punctuation forgiven.
pub fn find_council<'a>(text: &str, catalogue: &'a Catalogue) -> Option<&'a Area> {
    find_area(text, &[AreaKind::LocalAuthority], catalogue)
}

/// An area of one of `kinds`, by code or forgiven name.
fn find_area<'a>(text: &str, kinds: &[AreaKind], catalogue: &'a Catalogue) -> Option<&'a Area> {
    let mut areas = catalogue.areas().iter().filter(|a| kinds.contains(&a.kind));
    if let Ok(number) = text.parse::<u16>() {
        return areas.find(|a| a.code.0 == number);
    }
    if name_words(text).next().is_none() {
        return None;
    }
    // Most rows give the name as DfE does: found by comparing bytes, before
    // the forgiving comparison is tried on each area.
    areas.clone().find(|a| a.name == text).or_else(|| areas.find(|a| same_name(text, &a.name)))
}

/// Whether two names are the same, with case, spacing, "&" and punctuation
/// forgiven; word by word, with nothing allocated.
fn same_name(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (name_words(a), name_words(b));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            // ASCII only: council names are, and Unicode's case tables would
            // add about 20 kB gzipped to the app (`str::to_lowercase`).
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
            _ => return false,
        }
    }
}

/// A name's words: runs of ASCII letters and digits, with "&" read as "and".
fn name_words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| !c.is_ascii_alphanumeric() && c != '&')
        .flat_map(|piece| piece.split('&').enumerate().flat_map(|(i, word)| (i > 0).then_some("and").into_iter().chain(Some(word))))
        .filter(|word| !word.is_empty())
}

#[cfg(test)]
mod tests {
    use super::{name_words, same_name};

    #[test]
    fn names_match_with_case_spacing_ampersand_and_punctuation_forgiven() {
        assert!(same_name("Brighton & Hove", "brighton and hove"));
        assert!(same_name("Brighton&Hove", "Brighton and Hove"));
        assert!(same_name("Kingston upon Hull, City of", "KINGSTON  UPON HULL CITY OF"));
        assert!(same_name("St. Helens", "St Helens"));
        assert!(same_name("  Southampton ", "southampton"));
    }

    #[test]
    fn names_differ_by_a_word_or_its_letters() {
        assert!(!same_name("Bath and North East Somerset", "Bath and North East"));
        assert!(!same_name("North Yorkshire", "North Lincolnshire"));
        assert!(!same_name("Hove", "Brighton and Hove"));
        assert!(!same_name("Southampton", ""));
    }

    #[test]
    fn a_name_of_punctuation_has_no_words_but_an_ampersand_is_and() {
        assert_eq!(name_words(" ,.- ").count(), 0);
        assert_eq!(name_words("&").collect::<Vec<_>>(), ["and"]);
        assert_eq!(name_words("a&&b").collect::<Vec<_>>(), ["a", "and", "and", "b"]);
    }
}
