//! What a person has chosen to look at: the whole state a link reproduces.

use crate::data::{AreaCode, Catalogue, IndicatorCode, Year};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Trend,
    Compare,
    Table,
    /// The printable scrutiny briefing pack.
    Pack,
    /// Measures reported locally with no published equivalent.
    Local,
}

impl View {
    pub const ALL: [View; 5] = [View::Trend, View::Compare, View::Table, View::Pack, View::Local];

    pub fn code(self) -> &'static str {
        match self {
            View::Trend => "trend",
            View::Compare => "compare",
            View::Table => "table",
            View::Pack => "pack",
            View::Local => "local",
        }
    }
    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
    pub fn label(self) -> &'static str {
        match self {
            View::Trend => "Trend over time",
            View::Compare => "Compare councils",
            View::Table => "Table",
            View::Pack => "Briefing pack",
            View::Local => "Reported locally",
        }
    }
}

/// Which DfE statistical neighbour model the comparison uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeighbourModelId {
    April2021,
    May2025,
}

impl NeighbourModelId {
    pub const ALL: [NeighbourModelId; 2] = [NeighbourModelId::April2021, NeighbourModelId::May2025];

    /// The id the catalogue uses.
    pub fn code(self) -> &'static str {
        match self {
            NeighbourModelId::April2021 => "2021",
            NeighbourModelId::May2025 => "2025",
        }
    }
    pub fn from_code(code: &str) -> Option<NeighbourModelId> {
        NeighbourModelId::ALL.into_iter().find(|m| m.code() == code)
    }
    pub fn label(self) -> &'static str {
        match self {
            NeighbourModelId::April2021 => "DfE 2021 model",
            NeighbourModelId::May2025 => "DfE 2025 model",
        }
    }
}

/// In the compare view: the focus and its neighbours, or every council.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareScope {
    Neighbours,
    AllCouncils,
}

impl CompareScope {
    pub fn code(self) -> &'static str {
        match self {
            CompareScope::Neighbours => "neighbours",
            CompareScope::AllCouncils => "all",
        }
    }
    pub fn from_code(code: &str) -> Option<CompareScope> {
        [CompareScope::Neighbours, CompareScope::AllCouncils].into_iter().find(|s| s.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    pub indicator: IndicatorCode,
    pub focus: AreaCode,
    pub model: NeighbourModelId,
    pub neighbour_average: bool,
    /// Individual neighbours drawn, from the focus's group in `model`.
    pub neighbours: Vec<AreaCode>,
    pub region: bool,
    pub england: bool,
    /// Any other councils added by name.
    pub others: Vec<AreaCode>,
    pub from: Year,
    pub to: Year,
    pub view: View,
    /// The compare view's year; `None` means the latest year with figures.
    pub compare_year: Option<Year>,
    pub scope: CompareScope,
    /// The briefing pack's indicators; empty means the ready-made set.
    pub pack: Vec<IndicatorCode>,
    /// The local indicator shown in the "reported locally" view.
    pub local: Option<String>,
}

pub const DEFAULT_INDICATOR: &str = "CPP_rate";

impl Selection {
    /// Southampton's child protection plan rate against its neighbour
    /// average, region and England over every bundled year.
    pub fn default_view() -> Selection {
        Selection {
            indicator: IndicatorCode::new(DEFAULT_INDICATOR),
            focus: AreaCode::SOUTHAMPTON,
            model: NeighbourModelId::April2021,
            neighbour_average: true,
            neighbours: Vec::new(),
            region: true,
            england: true,
            others: Vec::new(),
            from: Year::FIRST_BUNDLED,
            to: Year::LAST_BUNDLED,
            view: View::Trend,
            compare_year: None,
            scope: CompareScope::Neighbours,
            pack: Vec::new(),
            local: None,
        }
    }

    /// The years in the chosen range, oldest first.
    pub fn years(&self) -> impl Iterator<Item = Year> + '_ {
        Year::bundled().filter(move |y| *y >= self.from && *y <= self.to)
    }

    /// A new focus keeps the indicator, view and years, and resets the
    /// neighbours drawn (the new council has other neighbours).
    pub fn with_focus(&self, focus: AreaCode) -> Selection {
        Selection { focus, neighbours: Vec::new(), others: self.others.iter().copied().filter(|o| *o != focus).collect(), ..self.clone() }
    }

    /// The focus's neighbours in the chosen model, closest first.
    pub fn neighbour_group<'a>(&self, catalogue: &'a Catalogue) -> &'a [crate::data::Neighbour] {
        catalogue.statistical_neighbours(self.focus, self.model.code()).unwrap_or(&[])
    }
}
