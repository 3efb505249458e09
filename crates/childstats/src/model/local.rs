//! The "reported locally" view's chart: one line per area a local measure
//! was reported for, each styled by its role (the reporting council, a
//! comparator average, the region, England, another council) like the
//! published charts, so the same area looks the same everywhere.

use crate::data::reported::{local_series, ReportedFile};
use crate::data::{AreaCode, AreaKind, Catalogue};

use super::series::{individual_style, role_style, Role, Style};

/// One area's figures, a value (or none) per period.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalLine {
    pub label: String,
    pub role: Role,
    pub style: Style,
    pub values: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LocalChart {
    /// Period labels as reported, oldest first.
    pub periods: Vec<String>,
    /// In legend order: as the figures first name each area.
    pub lines: Vec<LocalLine>,
    /// Decimals to show: none when every figure was reported whole.
    pub decimals: u8,
    pub summary: String,
}

impl LocalChart {
    /// At least two dated periods are needed to draw a line.
    pub fn drawable(&self) -> bool {
        self.periods.len() >= 2
    }
}

/// The council whose reports these are: the one most figures are for.
pub fn reporting_council(file: &ReportedFile) -> Option<AreaCode> {
    let mut counts: Vec<(u16, usize)> = Vec::new();
    for code in file.figures.iter().filter_map(|f| f.area_code) {
        match counts.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => *n += 1,
            None => counts.push((code, 1)),
        }
    }
    // Ties go to the area named first, so the answer never depends on sorting.
    counts.iter().fold(None, |best: Option<(u16, usize)>, &(c, n)| match best {
        Some((_, m)) if m >= n => best,
        _ => Some((c, n)),
    })
    .map(|(c, _)| AreaCode(c))
}

/// An area's role, from its code where the figure gives one. Averages that
/// have no code (reports write "Statistical neighbour average", "National
/// average") are known by name, in this one place.
pub fn reported_area_role(code: Option<AreaCode>, name: &str, reporting: Option<AreaCode>, catalogue: &Catalogue) -> Role {
    match code {
        Some(c) if Some(c) == reporting => Role::Focus,
        Some(AreaCode::ENGLAND) => Role::England,
        Some(c) if catalogue.area(c).is_some_and(|a| a.kind == AreaKind::Region) => Role::Region,
        Some(_) => Role::Other,
        None => {
            let name = name.to_ascii_lowercase();
            if name.contains("statistical neighbour") {
                Role::NeighbourAverage
            } else if name == "national average" {
                Role::England
            } else {
                Role::Other
            }
        }
    }
}

/// The chart of local measure `id`.
pub fn local_chart(file: &ReportedFile, id: &str, catalogue: &Catalogue) -> LocalChart {
    let grid = local_series(file, id);
    let reporting = reporting_council(file);
    let mut individuals = 0;
    let lines = grid
        .areas
        .into_iter()
        .map(|(label, values)| {
            let code = file.figures.iter().find(|f| f.local_indicator.as_deref() == Some(id) && f.area == label).and_then(|f| f.area_code);
            let role = reported_area_role(code.map(AreaCode), &label, reporting, catalogue);
            let style = role_style(role).unwrap_or_else(|| {
                individuals += 1;
                individual_style(individuals - 1)
            });
            LocalLine { label, role, style, values }
        })
        .collect::<Vec<_>>();
    let decimals = u8::from(lines.iter().flat_map(|l| l.values.iter().flatten()).any(|v| v.fract() != 0.0));
    let summary = format!(
        "Line chart of the figures as reported, {} to {}; every figure is in the table below with its source.",
        grid.periods.first().cloned().unwrap_or_default(),
        grid.periods.last().cloned().unwrap_or_default()
    );
    LocalChart { periods: grid.periods, lines, decimals, summary }
}
