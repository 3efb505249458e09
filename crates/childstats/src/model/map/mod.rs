//! The map view's model: every council on the hex map of England for one
//! indicator and year, each with its figure (or why there is none), its rank
//! and its class, the focus and its statistical neighbours flagged; the
//! legend, the summary sentence, and arrow-key moves between hexes
//! (`navigation`). The ranks and bands are the compare view's (the same
//! councils ranked by `rank_among`, banded by `quartile_band`), so the map
//! and "compare all councils" cannot disagree.

mod colours;
mod legend;
mod navigation;
#[cfg(test)]
mod tests;

use crate::data::hexmap::changeovers;
use crate::data::{AreaCode, Dataset, Hex, HexLayout, Indicator, IndicatorCode, MissingReason, Polarity, Year};

use super::compare::council_values;
use super::format::with_separators;
use super::rank::{quartile_band, rank_among, value_quintile, Band};
use super::selection::Selection;

pub use colours::class_colours;
pub use legend::{LegendEntry, LegendKey};
pub use navigation::Direction;

/// How the hexes are coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapScale {
    /// LAIT's quartile bands A (best) to D, where the measure has a polarity
    /// and LAIT says bands apply: a diverging scale.
    QuartileBands,
    /// Fifths of the councils by value, 1 (lowest) to 5, with no judgement:
    /// a sequential scale.
    ValueQuintiles,
}

/// A council's class on the scale; its label is drawn in the hex, so colour
/// is never the only cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MapClass {
    Band(Band),
    /// 1 (the lowest fifth of values) to 5.
    Quintile(u8),
}

impl MapClass {
    /// "A" to "D", or "1" to "5".
    pub fn label(self) -> String {
        match self {
            MapClass::Band(band) => band.letter().to_string(),
            MapClass::Quintile(q) => q.to_string(),
        }
    }
}

/// One council's hex.
#[derive(Debug, Clone, PartialEq)]
pub struct MapCell {
    pub area: AreaCode,
    pub name: String,
    pub hex: Hex,
    pub value: Result<f64, MissingReason>,
    /// The figure with the indicator's decimals, or why there is none.
    pub value_text: String,
    /// Among all councils with a figure, as in the compare view.
    pub rank: Option<usize>,
    /// `None` where there is no figure (the hex is hatched).
    pub class: Option<MapClass>,
    pub focus: bool,
    /// One of the focus's statistical neighbours in the selection's model.
    pub neighbour: bool,
}

/// Everything the map view, its downloads and its embed show.
#[derive(Debug, Clone, PartialEq)]
pub struct MapModel {
    pub indicator: IndicatorCode,
    pub year: Year,
    pub scale: MapScale,
    pub polarity: Polarity,
    /// One per council on the map, in LA number order.
    pub cells: Vec<MapCell>,
    /// Councils with a figure that year: what ranks are out of.
    pub of: usize,
    /// Councils of that year that are not on this map: the other side of a
    /// reorganisation, under which this indicator's figures were not
    /// published that year (see `data::hexmap`).
    pub not_shown: Vec<AreaCode>,
    pub legend: Vec<LegendEntry>,
    pub summary: String,
    /// "Hex layout: Open Innovations", shown with the map.
    pub credit: String,
}

impl MapModel {
    pub fn cell(&self, area: AreaCode) -> Option<&MapCell> {
        self.cells.iter().find(|c| c.area == area)
    }

    /// The map's title in its embed and downloads: "Children subject of a
    /// child protection plan: every council, 2024".
    pub fn title(&self, indicator: &Indicator) -> String {
        map_title(indicator, Some(self.year))
    }

    pub fn focus_cell(&self) -> Option<&MapCell> {
        self.cells.iter().find(|c| c.focus)
    }

    /// What hover, tap or keyboard focus says of a hex: "Southampton: 54.6,
    /// 38th of 151 councils, band B" or "Isles of Scilly: no figure
    /// (withheld by DfE to protect confidentiality (small numbers))".
    pub fn describe(&self, cell: &MapCell) -> String {
        let Some(rank) = cell.rank else {
            return format!("{}: no figure ({})", cell.name, cell.value_text);
        };
        let class = match cell.class {
            Some(MapClass::Band(band)) => format!(", band {}", band.letter()),
            Some(MapClass::Quintile(q)) => format!(", value fifth {q} of 5"),
            None => String::new(),
        };
        let place = match self.polarity {
            Polarity::Neither => "highest ",
            _ => "",
        };
        format!("{}: {}, {} {place}of {} councils{class}", cell.name, cell.value_text, super::format::ordinal(rank), self.of)
    }
}

/// A map's title; without a year while its figures are on their way.
pub fn map_title(indicator: &Indicator, year: Option<Year>) -> String {
    match year {
        Some(year) => format!("{}: every council, {year}", indicator.name),
        None => format!("{}: every council", indicator.name),
    }
}

/// The map of `indicator` in `year` for the selection's focus and neighbour
/// model. In a reorganisation's year, the side shown is the one with the
/// indicator's figures: the new councils if any has a figure, else the old.
pub fn hex_map(dataset: &Dataset, layout: &HexLayout, indicator: &Indicator, selection: &Selection, year: Year) -> MapModel {
    let catalogue = &dataset.catalogue;
    let code = &indicator.code;
    let has_figure = |area: &AreaCode| dataset.cell(code, *area, year).value.is_ok();
    let on_map = layout.councils_on_map(catalogue, year, |c| c.created.iter().any(has_figure));
    let not_shown: Vec<AreaCode> = changeovers(catalogue, year)
        .into_iter()
        .flat_map(|c| c.abolished.into_iter().chain(c.created))
        .filter(|a| !on_map.iter().any(|(shown, _)| shown == a))
        .collect();

    // Ranked among every council of the year, as the compare view ranks them.
    let values = council_values(dataset, indicator, year);
    let ranking = rank_among(&values, indicator.polarity);
    let by_value = rank_among(&values, Polarity::Neither);
    let bands = indicator.polarity != Polarity::Neither && indicator.quartiles;
    let scale = if bands { MapScale::QuartileBands } else { MapScale::ValueQuintiles };
    let neighbours: Vec<AreaCode> = selection.neighbour_group(catalogue).iter().map(|n| n.area).collect();

    let cells: Vec<MapCell> = on_map
        .into_iter()
        .map(|(area, hex)| {
            let value = dataset.cell(code, area, year).value;
            let rank = ranking.rank_of(area);
            let class = match scale {
                MapScale::QuartileBands => rank.and_then(|r| quartile_band(r, ranking.of(), indicator.polarity, indicator.quartiles)).map(MapClass::Band),
                MapScale::ValueQuintiles => by_value.rank_of(area).and_then(|r| value_quintile(r, by_value.of())).map(MapClass::Quintile),
            };
            MapCell {
                area,
                name: catalogue.area(area).map_or_else(|| area.to_string(), |a| a.name.clone()),
                hex,
                value,
                value_text: match value {
                    Ok(v) => with_separators(v, indicator.decimals),
                    Err(reason) => reason.describe().to_string(),
                },
                rank,
                class,
                focus: area == selection.focus,
                neighbour: neighbours.contains(&area),
            }
        })
        .collect();

    let mut model = MapModel {
        indicator: code.clone(),
        year,
        scale,
        polarity: indicator.polarity,
        cells,
        of: ranking.of(),
        not_shown,
        legend: Vec::new(),
        summary: String::new(),
        credit: layout.credit.clone(),
    };
    model.legend = legend::legend(&model, indicator, selection);
    model.summary = legend::summary(&model, indicator, selection, dataset);
    model
}
