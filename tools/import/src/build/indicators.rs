//! The core's indicators: one per LAIT measure with a figure in the bundled
//! years, described from LAIT's data dictionary (the short facts in the core,
//! the definition and methodology apart, for `about.json`), and the rounding
//! of every chosen figure to its indicator's decimals.

use std::collections::{BTreeMap, HashMap, HashSet};

use childstats::data::raw::{RawAboutIndicator, RawIndicator};

use super::merge::{Chosen, Key};
use crate::number::{decimals_of, round_to, Published};
use crate::read::dictionary::DictionaryEntry;
use crate::read::lait::LaitRelease;

/// Every indicator with a figure, in code order, each with its long texts.
/// Its figures file is left blank (`files::index` names and hashes it).
pub fn build_indicators(
    dictionary: &BTreeMap<String, DictionaryEntry>,
    releases: &[LaitRelease],
    chosen: &HashMap<Key, Chosen>,
) -> (Vec<RawIndicator>, Vec<RawAboutIndicator>) {
    let mut inferred: BTreeMap<&str, u8> = BTreeMap::new();
    for ((indicator, _, _), c) in chosen {
        if let Some(n) = c.observation.value.number() {
            let entry = inferred.entry(indicator.as_str()).or_insert(0);
            // Derived rates take the decimals of the published series, not their own.
            if c.derived.is_none() {
                *entry = (*entry).max(decimals_of(n));
            }
        }
    }
    inferred
        .into_iter()
        .map(|(code, inferred_decimals)| {
            let long_name = releases.iter().find_map(|r| r.names.get(code)).cloned().unwrap_or_default();
            let (indicator, definition, methodology, links) = match dictionary.get(code) {
                Some(d) => (
                    RawIndicator {
                        code: code.to_string(),
                        name: first_non_empty(&[&d.chart_title, &d.measure, &long_name, code]),
                        topic: d.topic.clone(),
                        unit: d.unit.clone(),
                        decimals: d.dps.unwrap_or(inferred_decimals.min(MAX_INFERRED_DECIMALS)),
                        decimals_published: d.dps.is_some(),
                        polarity: match d.polarity.as_str() {
                            "High" => "higher",
                            "Low" => "lower",
                            _ => "neither",
                        }
                        .to_string(),
                        data_owner: clean_text(&d.data_owner),
                        year_type: d.year_type.clone(),
                        quartiles: !d.no_quartile && !matches!(d.polarity.as_str(), "-" | "NA"),
                        at_31_march: false,
                    },
                    clean_text(&d.description),
                    clean_text(&d.methodology),
                    d.links.split_whitespace().filter(|l| l.starts_with("http")).map(str::to_string).collect(),
                ),
                // A measure LAIT publishes but its dictionary does not describe.
                None => (
                    RawIndicator {
                        code: code.to_string(),
                        name: first_non_empty(&[&long_name, code]),
                        topic: "Not in LAIT's data dictionary".into(),
                        unit: String::new(),
                        decimals: inferred_decimals.min(MAX_INFERRED_DECIMALS),
                        decimals_published: false,
                        polarity: "neither".into(),
                        data_owner: String::new(),
                        year_type: String::new(),
                        quartiles: false,
                        at_31_march: false,
                    },
                    "LAIT publishes this measure but its data dictionary does not describe it.".into(),
                    String::new(),
                    Vec::new(),
                ),
            };
            let at_31_march = is_at_31_march(&indicator.name, &definition);
            let about = RawAboutIndicator { code: code.to_string(), definition, methodology, links };
            (RawIndicator { at_31_march, ..indicator }, about)
        })
        .unzip()
}

/// True where the figure is a count on 31 March: the name or definition says
/// "31 March" (any case). The app says such a figure is "at 31 March 2024"
/// rather than "in 2024".
pub fn is_at_31_march(name: &str, definition: &str) -> bool {
    let says = |text: &str| text.to_lowercase().contains("31 march");
    says(name) || says(definition)
}

/// Where the dictionary gives no decimals, values are shown with as many as
/// the series publishes, up to this many (a few series carry 12 digits).
const MAX_INFERRED_DECIMALS: u8 = 3;

/// The first real text among `options`, with runs of spaces folded (some
/// dictionary names carry doubled spaces).
fn first_non_empty(options: &[&str]) -> String {
    let text = options.iter().map(|s| s.trim()).find(|s| !s.is_empty() && *s != "-" && *s != "NA").unwrap_or("");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Dictionary text: `NA` and `-` mean none; runs of blank lines are folded.
fn clean_text(text: &str) -> String {
    let t = text.trim();
    if t == "NA" || t == "-" {
        return String::new();
    }
    let mut out = String::new();
    let mut blank = 0;
    for line in t.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

/// Rounds each chosen number to its indicator's decimals where the dictionary
/// gives them. Where it gives none, values keep every published digit
/// (artefacts are already gone) and only derived rates are rounded, to the
/// decimals DfE publishes that series with.
pub fn round_to_decimals(chosen: &mut HashMap<Key, Chosen>, indicators: &[RawIndicator]) {
    let decimals: HashMap<&str, u8> = indicators.iter().map(|i| (i.code.as_str(), i.decimals)).collect();
    let published_decimals: HashSet<&str> =
        indicators.iter().filter(|i| i.decimals_published).map(|i| i.code.as_str()).collect();
    for ((indicator, _, _), c) in chosen.iter_mut() {
        if let Published::Number(n) = c.observation.value {
            if published_decimals.contains(indicator.as_str()) || c.derived.is_some() {
                c.observation.value = Published::Number(round_to(n, decimals[indicator.as_str()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionary_text_folds_blank_lines_and_drops_placeholders() {
        assert_eq!(clean_text("NA"), "");
        assert_eq!(clean_text(" - "), "");
        assert_eq!(clean_text("One.\n\n\n\nTwo.\nThree."), "One.\n\nTwo.\nThree.");
    }

    #[test]
    fn a_count_at_31_march_is_known_by_its_name_or_definition_in_any_case() {
        assert!(is_at_31_march("Children looked after at 31 March (rate)", ""));
        assert!(is_at_31_march("Children in need (rate)", "Children in need at 31 MARCH, per 10,000 children."));
        assert!(!is_at_31_march("Referrals (rate)", "Referrals in the year to 31st March."));
        assert!(!is_at_31_march("Pupils with 31 marks", "Marched in 2031."));
    }
}
