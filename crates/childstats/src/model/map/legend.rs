//! The map's legend entries and its plain-English summary, from the cells
//! the map shows.

use crate::data::hexmap::changeovers;
use crate::data::{Dataset, Indicator, Polarity};

use super::super::format::{ordinal, with_separators};
use super::super::rank::Band;
use super::super::selection::Selection;
use super::super::summary::{period_phrase, with_unit};
use super::{MapClass, MapModel, MapScale};

/// What a legend entry explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendKey {
    Class(MapClass),
    /// Hatched hexes.
    NoFigure,
    /// The outlined, named hex.
    Focus,
    /// The hexes marked with a dot.
    Neighbour,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    pub key: LegendKey,
    pub text: String,
    /// Hexes on the map it applies to.
    pub count: usize,
}

/// Every class of the scale (even one no hex has, so the scale reads
/// whole), then the hatched, focus and neighbour marks where the map has any.
pub(super) fn legend(model: &MapModel, indicator: &Indicator, selection: &Selection) -> Vec<LegendEntry> {
    let classes: Vec<MapClass> = match model.scale {
        MapScale::QuartileBands => [Band::A, Band::B, Band::C, Band::D].into_iter().map(MapClass::Band).collect(),
        MapScale::ValueQuintiles => (1..=5).map(MapClass::Quintile).collect(),
    };
    let mut entries = Vec::new();
    for class in classes {
        let values: Vec<f64> = model.cells.iter().filter(|c| c.class == Some(class)).filter_map(|c| c.value.ok()).collect();
        let range = match (values.iter().copied().reduce(f64::min), values.iter().copied().reduce(f64::max)) {
            (Some(low), Some(high)) if low == high => format!(" ({})", with_separators(low, indicator.decimals)),
            (Some(low), Some(high)) => format!(" ({} to {})", with_separators(low, indicator.decimals), with_separators(high, indicator.decimals)),
            _ => String::new(),
        };
        let text = match class {
            MapClass::Band(band) => format!("{}{range}", band.describe()),
            MapClass::Quintile(q) => format!("{q}: {} fifth of values{range}", ["lowest", "second", "middle", "fourth", "highest"][usize::from(q - 1)]),
        };
        entries.push(LegendEntry { key: LegendKey::Class(class), text, count: values.len() });
    }
    let missing = model.cells.iter().filter(|c| c.value.is_err()).count();
    if missing > 0 {
        entries.push(LegendEntry { key: LegendKey::NoFigure, text: "Hatched: no figure".into(), count: missing });
    }
    if let Some(focus) = model.focus_cell() {
        entries.push(LegendEntry { key: LegendKey::Focus, text: format!("Outlined: {}", focus.name), count: 1 });
        let neighbours = model.cells.iter().filter(|c| c.neighbour).count();
        if neighbours > 0 {
            let text = format!("Dot: {}'s statistical neighbours ({})", focus.name, selection.model.label());
            entries.push(LegendEntry { key: LegendKey::Neighbour, text, count: neighbours });
        }
    }
    entries
}

/// "Children who are the subject of a child protection plan, at 31 March
/// 2024, on a map of 153 councils: Southampton 57.3 per 10,000, 120th of 151
/// councils (1st is the lowest, which is best), band D (the worst quarter).
/// Councils range from 10.2 to 120.5; 2 have no figure."
pub(super) fn summary(model: &MapModel, indicator: &Indicator, selection: &Selection, dataset: &Dataset) -> String {
    let catalogue = &dataset.catalogue;
    let period = dataset
        .year(model.year)
        .and_then(|d| d.indicator_year(&indicator.code))
        .map_or_else(|| format!("in {}", model.year), |f| period_phrase(&f.period, indicator));
    let mut text = format!("{}, {period}, on a map of {} councils", indicator.name, model.cells.len());
    let focus_name = catalogue.area(selection.focus).map(|a| a.name.clone());
    match (model.focus_cell(), focus_name) {
        (Some(cell), _) => match (cell.value, cell.rank) {
            (Ok(value), Some(rank)) => {
                let place = match indicator.polarity {
                    Polarity::LowerIsBetter => format!("{} of {} councils (1st is the lowest, which is best)", ordinal(rank), model.of),
                    Polarity::HigherIsBetter => format!("{} of {} councils (1st is the highest, which is best)", ordinal(rank), model.of),
                    Polarity::Neither => format!("{} highest of {} councils", ordinal(rank), model.of),
                };
                let class = match cell.class {
                    Some(MapClass::Band(band)) => format!(", band {} ({})", band.letter(), band_words(band)),
                    Some(MapClass::Quintile(q)) => format!(", in value fifth {q} of 5"),
                    None => String::new(),
                };
                text.push_str(&format!(": {} {}, {place}{class}.", cell.name, with_unit(value, indicator)));
            }
            _ => text.push_str(&format!(": {} has no figure ({}).", cell.name, cell.value_text)),
        },
        (None, Some(name)) if model.not_shown.contains(&selection.focus) => {
            let replaced = changeovers(catalogue, model.year).iter().any(|c| c.abolished.contains(&selection.focus));
            let side = if replaced { "the councils that replaced it" } else { "the council it replaced" };
            text.push_str(&format!(". {name} is not on this map: its figures for {} are published under {side}.", model.year));
        }
        _ => text.push('.'),
    }
    let values: Vec<f64> = model.cells.iter().filter_map(|c| c.value.ok()).collect();
    let missing = model.cells.len() - values.len();
    match (values.iter().copied().reduce(f64::min), values.iter().copied().reduce(f64::max)) {
        (Some(low), Some(high)) => {
            let (low, high) = (with_separators(low, indicator.decimals), with_separators(high, indicator.decimals));
            text.push_str(&format!(" Councils range from {low} to {high}"));
            text.push_str(&match missing {
                0 => ".".to_string(),
                1 => "; 1 has no figure.".to_string(),
                n => format!("; {n} have no figure."),
            });
        }
        _ => text.push_str(" No council has a figure."),
    }
    text
}

fn band_words(band: Band) -> &'static str {
    match band {
        Band::A => "the best quarter",
        Band::B => "the second quarter",
        Band::C => "the third quarter",
        Band::D => "the worst quarter",
    }
}
