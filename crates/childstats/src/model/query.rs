//! The selection in the URL's query string, both ways. A link reproduces
//! exactly what was seen; a malformed one still opens a working view, and
//! every part that could not be used is reported in plain words.

use std::collections::HashSet;

use crate::data::{AreaCode, AreaKind, Catalogue, IndicatorCode, Year, YearSpan};

use super::selection::{CompareScope, NeighbourModelId, Selection, ValueAxis, View};
use super::overview::OverviewSet;
use super::theme::Theme;

/// A part of a link that could not be used, said for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkProblem(pub String);

/// Longest value looked at: anything longer is not a selection.
const MAX_VALUE_LEN: usize = 200;
pub use super::selection::{MAX_OTHERS, MAX_PACK};

/// Parses a query string (with or without the leading `?`) into a selection,
/// starting from the default view and keeping every valid part.
pub fn parse_query(query: &str, catalogue: &Catalogue) -> (Selection, Vec<LinkProblem>) {
    let mut selection = Selection::default_view(catalogue.years);
    let mut problems = Vec::new();
    let mut problem = |text: String| problems.push(LinkProblem(text));
    let mut seen = HashSet::new();
    let query = query.strip_prefix('?').unwrap_or(query);

    // Both are checked against the final focus, wherever `area` is in the link.
    let mut neighbours_param: Option<String> = None;
    let mut others_param: Option<String> = None;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let key = key.as_ref();
        if !seen.insert(key.to_string()) {
            problem(format!("The link repeats \u{201c}{}\u{201d}; the first one is used.", shorten(key)));
            continue;
        }
        if value.len() > MAX_VALUE_LEN {
            problem(format!("The link's \u{201c}{}\u{201d} is too long to be a choice, so it was ignored.", shorten(key)));
            continue;
        }
        let value = value.trim();
        match key {
            "indicator" => match catalogue.indicator(&IndicatorCode::new(value)) {
                Some(ind) => selection.indicator = ind.code.clone(),
                None => problem(format!(
                    "There is no indicator with the code \u{201c}{}\u{201d}; showing the child protection plan rate instead.",
                    shorten(value)
                )),
            },
            "area" => match parse_area(value, catalogue) {
                Some(code) if is_council(code, catalogue) => selection.focus = code,
                _ => problem(format!(
                    "There is no English council with the code \u{201c}{}\u{201d}; showing Southampton instead.",
                    shorten(value)
                )),
            },
            "model" => match NeighbourModelId::from_code(value) {
                Some(m) => selection.model = m,
                None => problem(format!("Unknown statistical neighbour model \u{201c}{}\u{201d}; using the 2021 model.", shorten(value))),
            },
            "avg" => flag(value, &mut selection.neighbour_average, "the neighbour average", &mut problem),
            "region" => flag(value, &mut selection.region, "the region", &mut problem),
            "england" => flag(value, &mut selection.england, "England", &mut problem),
            "neighbours" => neighbours_param = Some(value.to_string()),
            "add" => others_param = Some(value.to_string()),
            "years" => match parse_years(value, catalogue.years) {
                Some((from, to)) => {
                    selection.from = from;
                    selection.to = to;
                }
                None => problem(format!(
                    "\u{201c}{}\u{201d} is not a range of years from {} to {}; showing every year.",
                    shorten(value),
                    catalogue.years.first,
                    catalogue.years.last
                )),
            },
            "view" => match View::from_code(value) {
                Some(v) => selection.view = v,
                None => problem(format!("Unknown view \u{201c}{}\u{201d}; showing the trend.", shorten(value))),
            },
            "year" => match parse_year(value, catalogue.years) {
                Some(y) => selection.compare_year = Some(y),
                None => problem(format!("\u{201c}{}\u{201d} is not a year with figures; comparing the latest year.", shorten(value))),
            },
            "pack" => {
                selection.pack.clear();
                for part in value.split('|').map(str::trim).filter(|p| !p.is_empty()) {
                    match catalogue.indicator(&IndicatorCode::new(part)) {
                        Some(ind) => {
                            if let Err(full) = selection.push_to_pack(ind.code.clone()) {
                                problem(format!(
                                    "A briefing pack holds at most {} indicators; \u{201c}{}\u{201d} was left out.",
                                    full.limit,
                                    shorten(part)
                                ));
                            }
                        }
                        None => problem(format!("There is no indicator with the code \u{201c}{}\u{201d} for the briefing pack.", shorten(part))),
                    }
                }
            }
            // Checked against the reported figures when they load, not here.
            "local" => {
                if !value.is_empty() && value.len() <= 80 && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
                    selection.local = Some(value.to_string());
                } else if !value.is_empty() {
                    problem(format!("\u{201c}{}\u{201d} is not the name of a locally reported measure.", shorten(value)));
                }
            }
            "scope" => match CompareScope::from_code(value) {
                Some(s) => selection.scope = s,
                None => problem(format!("Unknown comparison \u{201c}{}\u{201d}; comparing with neighbours.", shorten(value))),
            },
            "set" => {
                let topics: Vec<String> = catalogue.indicators().iter().map(|i| i.topic.clone()).collect();
                match OverviewSet::from_code(value, &topics) {
                    Some(set) => selection.set = set,
                    None => problem(format!("There is no set of indicators called \u{201c}{}\u{201d}; the overview shows the ready-made set.", shorten(value))),
                }
            }
            "axis" => match ValueAxis::from_code(value) {
                Some(a) => selection.axis = a,
                None => problem(format!("Unknown axis \u{201c}{}\u{201d} (zero or fit); the axis starts at zero.", shorten(value))),
            },
            // Embeds and shares may carry more (e.g. a data version); they are not this parser's.
            "v" => {
                if !is_version(value) {
                    problem(format!("\u{201c}{}\u{201d} is not a data version this explorer made; showing the latest figures.", shorten(value)));
                }
            }
            "theme" => {
                if Theme::from_code(value).is_none() {
                    problem(format!("\u{201c}{}\u{201d} is not a colour theme (light or dark); the reader's own setting is used.", shorten(value)));
                }
            }
            "embed" => {
                if !matches!(value, "0" | "1" | "") {
                    problem(format!("\u{201c}{}\u{201d} is not an embed setting (1 or 0); it was ignored.", shorten(value)));
                }
            }
            "debug-panic" => {}
            _ => problem(format!("The link has a part this explorer does not know (\u{201c}{}\u{201d}); it was ignored.", shorten(key))),
        }
    }
    if let Some(value) = others_param {
        for part in value.split(',').filter(|p| !p.is_empty()) {
            match parse_area(part, catalogue) {
                Some(code) => {
                    if let Err(full) = selection.add_other(code) {
                        problem(format!("At most {} other councils can be added; council {code} was left out.", full.limit));
                    }
                }
                None => problem(format!("There is no area with the code \u{201c}{}\u{201d} to add.", shorten(part))),
            }
        }
    }

    // Neighbours are checked against the final focus and model.
    if let Some(value) = neighbours_param {
        selection.neighbours.clear();
        for part in value.split(',').filter(|p| !p.is_empty()) {
            let added = parse_area(part, catalogue).map(|code| selection.set_neighbour(catalogue, code, true));
            if !matches!(added, Some(Ok(()))) {
                problem(format!(
                    "\u{201c}{}\u{201d} is not one of this council's statistical neighbours, so it was left out.",
                    shorten(part)
                ));
            }
        }
    }
    (selection, problems)
}

/// Prints a selection as a query string (without `?`). Every part is written,
/// so a link keeps its meaning even if the defaults change.
pub fn print_query(selection: &Selection) -> String {
    let codes = |areas: &[AreaCode]| areas.iter().map(|a| a.0.to_string()).collect::<Vec<_>>().join(",");
    let on = |b: bool| if b { "1" } else { "0" };
    let mut s = form_urlencoded::Serializer::new(String::new());
    s.append_pair("indicator", selection.indicator.as_str())
        .append_pair("area", &selection.focus.0.to_string())
        .append_pair("model", selection.model.code())
        .append_pair("avg", on(selection.neighbour_average))
        .append_pair("neighbours", &codes(&selection.neighbours))
        .append_pair("region", on(selection.region))
        .append_pair("england", on(selection.england))
        .append_pair("add", &codes(&selection.others))
        .append_pair("years", &format!("{}-{}", selection.from, selection.to))
        .append_pair("view", selection.view.code());
    if let Some(y) = selection.compare_year {
        s.append_pair("year", &y.to_string());
    }
    s.append_pair("scope", selection.scope.code());
    s.append_pair("axis", selection.axis.code());
    s.append_pair("set", &selection.set.code());
    if let Some(local) = &selection.local {
        s.append_pair("local", local);
    }
    if !selection.pack.is_empty() {
        // "|" separates codes: LAIT codes may hold commas.
        let codes: Vec<&str> = selection.pack.iter().map(IndicatorCode::as_str).collect();
        s.append_pair("pack", &codes.join("|"));
    }
    // Commas read better than %2C in a link, and are safe in a query value.
    s.finish().replace("%2C", ",")
}

fn flag(value: &str, target: &mut bool, what: &str, problem: &mut impl FnMut(String)) {
    match value {
        "1" | "true" | "yes" | "on" => *target = true,
        "0" | "false" | "no" | "off" => *target = false,
        _ => problem(format!("\u{201c}{}\u{201d} is not on or off for {what}; left as it was.", shorten(value))),
    }
}

fn parse_area(value: &str, catalogue: &Catalogue) -> Option<AreaCode> {
    let code: u16 = value.trim().parse().ok()?;
    catalogue.area(AreaCode(code)).map(|a| a.code)
}

fn is_council(code: AreaCode, catalogue: &Catalogue) -> bool {
    catalogue.area(code).is_some_and(|a| a.kind == AreaKind::LocalAuthority)
}

fn parse_year(value: &str, bundled: YearSpan) -> Option<Year> {
    let y: u16 = value.parse().ok()?;
    let year = Year::new(y)?;
    bundled.contains(year).then_some(year)
}

fn parse_years(value: &str, bundled: YearSpan) -> Option<(Year, Year)> {
    let (from, to) = value.split_once('-')?;
    let (from, to) = (parse_year(from.trim(), bundled)?, parse_year(to.trim(), bundled)?);
    (from <= to).then_some((from, to))
}

/// Quotes at most 40 characters of what a link held, with control characters removed.
fn shorten(text: &str) -> String {
    let clean: String = text.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > 40 {
        format!("{}\u{2026}", clean.chars().take(40).collect::<String>())
    } else {
        clean
    }
}

/// What a link carries beside the selection: whether it is an embed, the
/// data version it was made with, and an embed's colours (`None`: the
/// reader's own setting, `prefers-color-scheme`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LinkExtras {
    pub embed: bool,
    pub data_version: Option<String>,
    pub theme: Option<Theme>,
}

impl LinkExtras {
    /// True when the link was made with other figures than `current`.
    pub fn is_stale(&self, current: &str) -> bool {
        self.data_version.as_deref().is_some_and(|v| v != current)
    }
}

/// Reads `embed` and `v` (the first of each); a version that is not a short
/// hex hash is ignored rather than shown.
pub fn parse_extras(query: &str) -> LinkExtras {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut extras = LinkExtras::default();
    let (mut seen_embed, mut seen_version, mut seen_theme) = (false, false, false);
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match key.as_ref() {
            "embed" if !seen_embed => {
                seen_embed = true;
                extras.embed = value == "1";
            }
            "theme" if !seen_theme => {
                seen_theme = true;
                extras.theme = Theme::from_code(&value);
            }
            "v" if !seen_version => {
                seen_version = true;
                if is_version(&value) {
                    extras.data_version = Some(value.to_ascii_lowercase());
                }
            }
            _ => {}
        }
    }
    extras
}

/// A data version is a short hex content hash.
fn is_version(value: &str) -> bool {
    (1..=40).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A shareable link's query: the selection, then the extras.
pub fn print_link(selection: &Selection, extras: &LinkExtras) -> String {
    with_extras(print_query(selection), extras)
}

/// A printed selection `query` followed by the extras.
pub fn with_extras(mut query: String, extras: &LinkExtras) -> String {
    if extras.embed {
        query.push_str("&embed=1");
    }
    if let Some(v) = &extras.data_version {
        query.push_str("&v=");
        query.push_str(v);
    }
    if let Some(theme) = extras.theme {
        query.push_str("&theme=");
        query.push_str(theme.code());
    }
    query
}
