//! Plain-English summaries generated from the figures by fixed templates:
//! a chart's caption, its accessible description, and the briefing pack's
//! words. No free text: every number comes from the dataset.

use crate::data::{AreaCode, Dataset, Indicator, Polarity, Year};

use super::change::{change_between, Direction, Verdict};
use super::compare::Comparison;
use super::format::{ordinal, with_separators};
use super::neighbours::neighbour_average;
use super::selection::Selection;
use super::series::Role;

/// A value with its unit as people say it: "24.8%", "54.6 per 10,000", "2,059".
pub fn with_unit(value: f64, indicator: &Indicator) -> String {
    let number = with_separators(value, indicator.decimals);
    let unit = indicator.unit.trim();
    let lower = unit.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("% of ") {
        format!("{number}% of {rest}")
    } else if lower.starts_with('%') {
        format!("{number}%")
    } else if let Some(rest) = lower.strip_prefix("rate ") {
        format!("{number} {rest}")
    } else if unit.is_empty() || ["number", "score", "average", "entries", "total", "spend", "unit cost"].iter().any(|w| lower.starts_with(w)) {
        number
    } else {
        format!("{number} ({lower})")
    }
}

/// When a figure is from, as people say it: "at 31 March 2024", "in the
/// 2023/24 school year", "in the 2023-24 financial year", "over 2021-23".
pub fn period_phrase(label: &str, indicator: &Indicator) -> String {
    let (core, qualifier) = match label.find('(') {
        Some(i) => (label[..i].trim(), label[i..].to_ascii_lowercase()),
        None => (label.trim(), String::new()),
    };
    let provisional = if qualifier.contains("prov") { " (provisional)" } else { "" };
    let snapshot = indicator.at_31_march;
    let phrase = if core.len() == 4 && core.bytes().all(|b| b.is_ascii_digit()) {
        if snapshot { format!("at 31 March {core}") } else { format!("in {core}") }
    } else if core.len() == 7 && core.as_bytes()[4] == b'/' {
        format!("in the {core} school year")
    } else if core.len() == 7 && core.as_bytes()[4] == b'-' {
        let span = core[5..].parse::<i32>().ok().zip(core[2..4].parse::<i32>().ok()).map(|(b, a)| (b - a).rem_euclid(100));
        match span {
            Some(1) if indicator.year_type.to_ascii_lowercase().contains("financial") => format!("in the {core} financial year"),
            Some(1) => format!("in {core}"),
            _ => format!("over {core}"),
        }
    } else {
        format!("over {core}")
    };
    format!("{phrase}{provisional}")
}

/// A second figure in the same sentence: the unit is said once, so only a
/// percentage keeps its sign ("22.8%"); other figures are bare ("63.0").
fn short(value: f64, indicator: &Indicator) -> String {
    let number = with_separators(value, indicator.decimals);
    if indicator.unit.trim_start().starts_with('%') { format!("{number}%") } else { number }
}

/// "higher than", "lower than" or "the same as", judged at the shown precision.
fn compared_with(value: f64, other: f64, indicator: &Indicator) -> &'static str {
    let scale = 10f64.powi(i32::from(indicator.decimals));
    let (a, b) = ((value * scale).round(), (other * scale).round());
    if a > b {
        "higher than"
    } else if a < b {
        "lower than"
    } else {
        "the same as"
    }
}

fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The trend chart's summary: the latest figure, its change on a year
/// earlier, and how it compares with the chosen comparators.
pub fn summarise_trend(dataset: &Dataset, indicator: &Indicator, selection: &Selection) -> String {
    let catalogue = &dataset.catalogue;
    let area = catalogue.area(selection.focus).map_or_else(|| selection.focus.to_string(), |a| a.name.clone());
    let code = &indicator.code;
    let years: Vec<Year> = selection.years().collect();
    let Some(&last) = years.last() else { return String::new() };
    let latest = years.iter().rev().find_map(|&y| {
        let cell = dataset.cell(code, selection.focus, y);
        cell.value.ok().map(|v| (y, v, cell.period.unwrap_or("").to_string()))
    });
    let Some((year, value, label)) = latest else {
        let reason = dataset.cell(code, selection.focus, last).value.err().map(|r| r.describe()).unwrap_or("no figure published");
        return format!(
            "There are no figures for {area} on {} from {} to {}. For {last}: {reason}.",
            indicator.name.to_ascii_lowercase(),
            selection.from,
            selection.to
        );
    };
    let label = if label.is_empty() { year.to_string() } else { label };
    let mut text = format!("{} in {area}: {} {}", indicator.name, with_unit(value, indicator), period_phrase(&label, indicator));

    match dataset.cell(code, selection.focus, year.previous()).value {
        Ok(previous) => {
            let change = change_between((year.previous(), previous), (year, value), indicator);
            let verdict = match change.verdict {
                Some(Verdict::Better) => ", which is an improvement",
                Some(Verdict::Worse) => ", which has worsened",
                None => "",
            };
            match change.direction {
                Direction::Up => text += &format!(", up from {} a year earlier{verdict}.", short(previous, indicator)),
                Direction::Down => text += &format!(", down from {} a year earlier{verdict}.", short(previous, indicator)),
                Direction::Same => text += ", the same as a year earlier.",
            }
        }
        _ => text += ". There is no figure for the year before to compare with.",
    }

    let mut comparisons = Vec::new();
    let mut gaps = Vec::new();
    if selection.neighbour_average {
        match neighbour_average(dataset, code, selection.focus, selection.model.code(), year).and_then(|a| a.mean.map(|m| (m, a))) {
            Some((mean, avg)) => {
                let partial = if avg.with_value < avg.of { format!(", from {} of its {} neighbours", avg.with_value, avg.of) } else { String::new() };
                comparisons.push(format!("{} the statistical neighbour average ({}{partial})", compared_with(value, mean, indicator), short(mean, indicator)));
            }
            None => gaps.push("the statistical neighbour average".to_string()),
        }
    }
    let mut references = Vec::new();
    if selection.region {
        if let Some(r) = catalogue.area(selection.focus).and_then(|a| a.region) {
            references.push(r);
        }
    }
    if selection.england {
        references.push(AreaCode::ENGLAND);
    }
    for r in references {
        let name = catalogue.area(r).map_or_else(|| r.to_string(), |a| a.name.clone());
        match dataset.cell(code, r, year).value {
            Ok(v) => comparisons.push(format!("{} {name} ({})", compared_with(value, v, indicator), short(v, indicator))),
            Err(_) => gaps.push(name),
        }
    }
    if !comparisons.is_empty() {
        text += &format!(" This is {}.", join_and(&comparisons));
    }
    if !gaps.is_empty() {
        text += &format!(" There is no {year} figure for {}.", join_and(&gaps));
    }
    if year < last {
        let reason = dataset.cell(code, selection.focus, last).value.err().map(|r| r.describe()).unwrap_or("no figure published");
        text += &format!(" {area} has no figure for {last}: {reason}.");
    }
    text
}

/// The compare view's summary: rank among councils and quartile band.
pub fn summarise_comparison(comparison: &Comparison, indicator: &Indicator, area: &str) -> String {
    let Some(rank) = comparison.focus_rank else {
        return format!("{area} has no figure for {} on {}, so it has no rank.", comparison.year, indicator.name.to_ascii_lowercase());
    };
    let of = comparison.of;
    let position = match indicator.polarity {
        Polarity::LowerIsBetter => format!("{} of {of} councils, where 1st is the lowest and lowest is best", ordinal(rank)),
        Polarity::HigherIsBetter => format!("{} of {of} councils, where 1st is the highest and highest is best", ordinal(rank)),
        Polarity::Neither => format!("{} highest of {of} councils", ordinal(rank)),
    };
    let value = comparison.bars.iter().find(|b| b.role == Role::Focus).map(|b| with_unit(b.value, indicator));
    let band = match comparison.focus_band {
        Some(b) => format!(" It is in quartile band {}.", b.describe()),
        None if indicator.polarity == Polarity::Neither => " Neither higher nor lower is better for this measure, so there is no quartile band.".to_string(),
        None => String::new(),
    };
    let period = comparison.period.clone().map_or_else(|| format!("in {}", comparison.year), |p| period_phrase(&p, indicator));
    match value {
        Some(v) => format!("{} in {area}: {v} {period}, {position}.{band}", indicator.name),
        None => format!("{} in {area} {period}: {position}.{band}", indicator.name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(unit: &str, name: &str, decimals: u8, year_type: &str) -> Indicator {
        crate::data::fixture::indicator(|i| {
            i.name = name.into();
            i.unit = unit.into();
            i.decimals = decimals;
            i.year_type = year_type.into();
            i.quartiles = false;
            // The importer's rule (tools/import): the name or definition says so.
            i.at_31_march = name.to_ascii_lowercase().contains("31 march");
        })
    }

    #[test]
    fn units_read_as_people_say_them() {
        assert_eq!(with_unit(54.6, &indicator("Rate per 10,000", "x", 1, "")), "54.6 per 10,000");
        assert_eq!(with_unit(24.8, &indicator("% of referrals", "x", 1, "")), "24.8% of referrals");
        assert_eq!(with_unit(62.0, &indicator("% achieving expected level", "x", 0, "")), "62%");
        assert_eq!(with_unit(2059.0, &indicator("Number of children", "x", 0, "")), "2,059");
        assert_eq!(with_unit(4.25, &indicator("Rate per 1000 live births", "x", 1, "")), "4.3 per 1000 live births");
        assert_eq!(with_unit(3.0, &indicator("Weeks", "x", 0, "")), "3 (weeks)");
    }

    #[test]
    fn periods_read_as_people_say_them() {
        let snapshot = indicator("Rate per 10,000", "Children subject of a plan at 31 March", 1, "Annual");
        assert_eq!(period_phrase("2024", &snapshot), "at 31 March 2024");
        let plain = indicator("%", "Absence", 1, "Academic Year");
        assert_eq!(period_phrase("2024", &plain), "in 2024");
        assert_eq!(period_phrase("2023/24", &plain), "in the 2023/24 school year");
        let money = indicator("Spend", "Spend", 0, "Financial Year");
        assert_eq!(period_phrase("2023-24 (OT)", &money), "in the 2023-24 financial year");
        assert_eq!(period_phrase("2021-23", &plain), "over 2021-23");
        assert_eq!(period_phrase("2013/14-15/16", &plain), "over 2013/14-15/16");
        assert_eq!(period_phrase("2025 (prov)", &plain), "in 2025 (provisional)");
        assert_eq!(period_phrase("2018 (Revised)", &plain), "in 2018");
    }
}
