//! Series for the trend chart and the table: one per area drawn, a point
//! per year, with gaps (and their reasons) where there is no figure.

use crate::data::{AreaCode, Dataset, Indicator, MissingReason, Year};

use super::neighbours::neighbour_average;
use super::selection::Selection;

/// What a series stands for; decides how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Focus,
    NeighbourAverage,
    Region,
    England,
    Neighbour,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SeriesId {
    Area(AreaCode),
    NeighbourAverage,
}

impl SeriesId {
    /// A stable key for lists and the legend.
    pub fn key(self) -> String {
        match self {
            SeriesId::Area(a) => a.0.to_string(),
            SeriesId::NeighbourAverage => "avg".to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dash {
    Solid,
    Dashed,
    Dotted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
}

/// Colour, line and marker: every series differs by more than colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub colour: (u8, u8, u8),
    pub dash: Dash,
    pub marker: Marker,
    pub filled: bool,
    /// Line width in CSS pixels.
    pub width: u32,
}

impl Style {
    pub fn css_colour(&self) -> String {
        super::theme::css(self.colour)
    }
}

/// All colours reach at least 3:1 against white (WCAG 1.4.11).
const FOCUS: Style = Style { colour: (0x0b, 0x0c, 0x0c), dash: Dash::Solid, marker: Marker::Circle, filled: true, width: 3 };
const AVERAGE: Style = Style { colour: (0xb3, 0x4d, 0x00), dash: Dash::Dashed, marker: Marker::Diamond, filled: true, width: 2 };
const REGION: Style = Style { colour: (0x00, 0x7a, 0x5a), dash: Dash::Dashed, marker: Marker::Triangle, filled: true, width: 2 };
const ENGLAND: Style = Style { colour: (0x1d, 0x5f, 0xa8), dash: Dash::Dotted, marker: Marker::Square, filled: true, width: 2 };
const OTHERS: [(u8, u8, u8); 6] = [
    (0x8e, 0x44, 0xad),
    (0x9a, 0x6a, 0x00),
    (0xa9, 0x32, 0x26),
    (0x11, 0x7a, 0x65),
    (0x6e, 0x2c, 0x00),
    (0x5b, 0x5b, 0x5b),
];
const OTHER_MARKERS: [Marker; 5] = [Marker::Circle, Marker::Square, Marker::Triangle, Marker::Diamond, Marker::Cross];

/// The style of the `n`th individual council (neighbour or added), all distinct.
pub fn individual_style(n: usize) -> Style {
    Style {
        colour: OTHERS[n % OTHERS.len()],
        dash: Dash::Solid,
        marker: OTHER_MARKERS[n % OTHER_MARKERS.len()],
        filled: false,
        width: 1,
    }
}

pub fn role_style(role: Role) -> Option<Style> {
    match role {
        Role::Focus => Some(FOCUS),
        Role::NeighbourAverage => Some(AVERAGE),
        Role::Region => Some(REGION),
        Role::England => Some(ENGLAND),
        Role::Neighbour | Role::Other => None,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub year: Year,
    pub value: Result<f64, MissingReason>,
    pub period: Option<String>,
    pub derived: bool,
    /// e.g. "8 of 10 neighbours have a figure".
    pub note: Option<String>,
    /// Where the figure came from, for citations and downloads.
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: SeriesId,
    pub label: String,
    pub role: Role,
    pub style: Style,
    pub points: Vec<Point>,
}

impl Series {
    pub fn value_in(&self, year: Year) -> Option<f64> {
        self.points.iter().find(|p| p.year == year).and_then(|p| p.value.ok())
    }
}

/// The series a selection draws, focus first, in legend order.
pub fn build_series(dataset: &Dataset, indicator: &Indicator, selection: &Selection) -> Vec<Series> {
    let catalogue = &dataset.catalogue;
    let years: Vec<Year> = selection.years().collect();
    let area_series = |area: AreaCode, role: Role, style: Style| -> Option<Series> {
        let a = catalogue.area(area)?;
        let points = years
            .iter()
            .map(|&year| {
                let cell = dataset.cell(&indicator.code, area, year);
                Point {
                    year,
                    value: cell.value,
                    period: cell.period.map(str::to_string),
                    derived: cell.derived.is_some(),
                    note: None,
                    source: cell.source.map(|s| s.title.clone()),
                }
            })
            .collect();
        Some(Series { id: SeriesId::Area(area), label: a.name.clone(), role, style, points })
    };

    let mut out = Vec::new();
    out.extend(area_series(selection.focus, Role::Focus, FOCUS));
    let group = selection.neighbour_group(catalogue);
    if selection.neighbour_average && !group.is_empty() {
        let points = years
            .iter()
            .map(|&year| {
                let avg = neighbour_average(dataset, &indicator.code, selection.focus, selection.model.code(), year);
                let (value, note, source) = match avg {
                    Some(a) => (
                        a.mean.ok_or(MissingReason::NoFigure),
                        (a.with_value < a.of).then(|| format!("{} of {} neighbours have a figure", a.with_value, a.of)),
                        a.mean.map(|_| format!(
                            "Simple mean of {} of {} statistical neighbours' published figures ({}), computed by this app as LAIT does",
                            a.with_value,
                            a.of,
                            selection.model.label()
                        )),
                    ),
                    None => (Err(MissingReason::NoFigure), None, None),
                };
                Point { year, value, period: None, derived: false, note, source }
            })
            .collect();
        out.push(Series {
            id: SeriesId::NeighbourAverage,
            label: format!("Statistical neighbour average ({})", selection.model.label()),
            role: Role::NeighbourAverage,
            style: AVERAGE,
            points,
        });
    }
    if selection.region {
        if let Some(region) = catalogue.area(selection.focus).and_then(|a| a.region) {
            out.extend(area_series(region, Role::Region, REGION));
        }
    }
    if selection.england {
        out.extend(area_series(AreaCode::ENGLAND, Role::England, ENGLAND));
    }
    let individuals = selection
        .neighbours
        .iter()
        .map(|a| (*a, Role::Neighbour))
        .chain(selection.others.iter().map(|a| (*a, Role::Other)));
    for (n, (area, role)) in individuals.enumerate() {
        out.extend(area_series(area, role, individual_style(n)));
    }
    out
}

/// The x-axis labels: each year's published period label (e.g. "2020/21"),
/// taken from the first series with a figure that year, else the year.
pub fn period_labels(series: &[Series], years: &[Year]) -> Vec<String> {
    years
        .iter()
        .map(|&year| {
            series
                .iter()
                .filter_map(|s| s.points.iter().find(|p| p.year == year && p.value.is_ok()))
                .find_map(|p| p.period.clone())
                .unwrap_or_else(|| year.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_style_differs_by_more_than_colour() {
        let mut styles: Vec<Style> = [Role::Focus, Role::NeighbourAverage, Role::Region, Role::England]
            .into_iter()
            .filter_map(role_style)
            .collect();
        styles.extend((0..20).map(individual_style));
        let fixed = &styles[..4];
        for (i, a) in fixed.iter().enumerate() {
            for b in &styles[i + 1..] {
                assert!((a.dash, a.marker, a.filled, a.width) != (b.dash, b.marker, b.filled, b.width), "{a:?} vs {b:?}");
            }
        }
        // Individual councils: colour and marker together never repeat within ten.
        for i in 0..10 {
            for j in i + 1..10 {
                let (a, b) = (individual_style(i), individual_style(j));
                assert!((a.colour, a.marker) != (b.colour, b.marker));
                assert!(a.marker != b.marker || j - i == 5, "markers repeat only five apart");
            }
        }
    }

    #[test]
    fn colours_have_three_to_one_contrast_on_white() {
        fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
            let c = |v: u8| {
                let s = f64::from(v) / 255.0;
                if s <= 0.03928 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) }
            };
            0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b)
        }
        let all = [FOCUS.colour, AVERAGE.colour, REGION.colour, ENGLAND.colour].into_iter().chain(OTHERS);
        for colour in all {
            let ratio = 1.05 / (luminance(colour) + 0.05);
            assert!(ratio >= 3.0, "{colour:?} has contrast {ratio:.2}");
        }
    }
}
