//! What a person has chosen to look at: the whole state a link reproduces.

pub use super::axis::ValueAxis;
use super::overview::OverviewSet;
use crate::data::{AreaCode, Catalogue, IndicatorCode, Year, YearSpan};
use crate::order;

use super::pack::READY_MADE;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Trend,
    Compare,
    Table,
    /// The printable scrutiny briefing pack.
    Pack,
    /// Measures reported locally with no published equivalent.
    Local,
    /// Every council on a hex map of England, for one year.
    Map,
    /// Every indicator of a set for the focus council, on one screen.
    Overview,
}

impl View {
    pub const ALL: [View; 7] = [View::Trend, View::Compare, View::Table, View::Overview, View::Map, View::Pack, View::Local];

    pub fn code(self) -> &'static str {
        match self {
            View::Trend => "trend",
            View::Compare => "compare",
            View::Table => "table",
            View::Pack => "pack",
            View::Local => "local",
            View::Map => "map",
            View::Overview => "overview",
        }
    }
    pub fn from_code(code: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == code)
    }
    /// Views of many indicators or councils, in the explorer's fuller build
    /// (the boot script loads it for these; `src/bin/explorer-full.rs`).
    pub fn in_full_build(self) -> bool {
        matches!(self, View::Overview | View::Map | View::Pack | View::Local)
    }
    pub fn label(self) -> &'static str {
        match self {
            View::Trend => "Trend over time",
            View::Compare => "Compare councils",
            View::Table => "Table",
            View::Pack => "Briefing pack",
            View::Local => "Reported locally",
            View::Map => "Map",
            View::Overview => "Overview",
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
    pub const ALL: [CompareScope; 2] = [CompareScope::Neighbours, CompareScope::AllCouncils];

    /// The choice's words, as the compare view offers it.
    pub fn label(self) -> &'static str {
        match self {
            CompareScope::Neighbours => "Statistical neighbours",
            CompareScope::AllCouncils => "All councils",
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            CompareScope::Neighbours => "neighbours",
            CompareScope::AllCouncils => "all",
        }
    }
    pub fn from_code(code: &str) -> Option<CompareScope> {
        CompareScope::ALL.into_iter().find(|s| s.code() == code)
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
    /// The trend's value axis.
    pub axis: ValueAxis,
    /// The overview's indicators.
    pub set: OverviewSet,
}

pub const DEFAULT_INDICATOR: &str = "CPP_rate";
/// At most this many councils are added by name (the chart stays readable).
pub const MAX_OTHERS: usize = 10;
/// At most this many indicators in a briefing pack.
pub const MAX_PACK: usize = 20;

impl Selection {
    /// Southampton's child protection plan rate against its neighbour
    /// average, region and England over every bundled year (`years`, from
    /// the data).
    pub fn default_view(years: YearSpan) -> Selection {
        Selection {
            indicator: IndicatorCode::new(DEFAULT_INDICATOR),
            focus: AreaCode::SOUTHAMPTON,
            model: NeighbourModelId::April2021,
            neighbour_average: true,
            neighbours: Vec::new(),
            region: true,
            england: true,
            others: Vec::new(),
            from: years.first,
            to: years.last,
            view: View::Trend,
            compare_year: None,
            scope: CompareScope::Neighbours,
            pack: Vec::new(),
            local: None,
            axis: ValueAxis::FromZero,
            set: OverviewSet::ReadyMade,
        }
    }

    /// The years in the chosen range, oldest first.
    pub fn years(&self) -> impl Iterator<Item = Year> + '_ {
        YearSpan { first: self.from, last: self.to }.iter()
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

    /// A new indicator; the compare year goes back to "latest with figures",
    /// as the old one may have no figures for this measure.
    pub fn set_indicator(&mut self, code: IndicatorCode) {
        self.indicator = code;
        self.compare_year = None;
    }

    /// Another statistical neighbour model: the individual neighbours drawn
    /// belonged to the old model's group, so they are cleared.
    pub fn set_model(&mut self, model: NeighbourModelId) {
        self.model = model;
        self.neighbours.clear();
    }

    /// Draws a council by name beside the focus. Adding the focus or a
    /// council already drawn changes nothing.
    pub fn add_other(&mut self, area: AreaCode) -> Result<(), LimitReached> {
        if area == self.focus || self.others.contains(&area) {
            return Ok(());
        }
        if self.others.len() >= MAX_OTHERS {
            return Err(LimitReached { limit: MAX_OTHERS });
        }
        self.others.push(area);
        Ok(())
    }

    pub fn remove_other(&mut self, area: AreaCode) {
        self.others.retain(|o| *o != area);
    }

    /// Draws one of the focus's statistical neighbours, or stops drawing it.
    /// Neighbours stay in the model's order (closest first) whatever order
    /// they were ticked in; an area outside the group is refused.
    pub fn set_neighbour(&mut self, catalogue: &Catalogue, area: AreaCode, on: bool) -> Result<(), NotANeighbour> {
        let group: Vec<AreaCode> = self.neighbour_group(catalogue).iter().map(|n| n.area).collect();
        if on && !group.contains(&area) {
            return Err(NotANeighbour(area));
        }
        self.neighbours.retain(|a| *a != area);
        if on {
            self.neighbours.push(area);
            order::sort_by_key(&mut self.neighbours, |n| group.iter().position(|g| g == n));
        }
        Ok(())
    }

    /// The indicators in the briefing pack: the chosen ones, or the
    /// ready-made children's services set when none are chosen.
    pub fn pack_indicators(&self) -> Vec<IndicatorCode> {
        if self.pack.is_empty() {
            READY_MADE.iter().map(|c| IndicatorCode::new(*c)).collect()
        } else {
            self.pack.clone()
        }
    }

    /// Adds an indicator to the pack. Starting from the ready-made set, the
    /// pack becomes that set plus this one, so adding keeps what was shown.
    pub fn add_to_pack(&mut self, code: IndicatorCode) -> Result<(), LimitReached> {
        if self.pack.is_empty() {
            self.pack = self.pack_indicators();
        }
        self.push_to_pack(code)
    }

    /// Appends to the chosen list as it stands (a link's `pack`, read in order).
    pub fn push_to_pack(&mut self, code: IndicatorCode) -> Result<(), LimitReached> {
        if self.pack.contains(&code) {
            return Ok(());
        }
        if self.pack.len() >= MAX_PACK {
            return Err(LimitReached { limit: MAX_PACK });
        }
        self.pack.push(code);
        Ok(())
    }

    /// Removes an indicator from the pack (from the ready-made set too).
    pub fn remove_from_pack(&mut self, code: &IndicatorCode) {
        let mut list = self.pack_indicators();
        list.retain(|c| c != code);
        self.pack = list;
    }

    /// Back to the ready-made set.
    pub fn use_ready_made_pack(&mut self) {
        self.pack.clear();
    }

    /// The years shown: `from` and `to` are put in order and pulled into the
    /// bundled years.
    pub fn set_years(&mut self, bundled: YearSpan, from: Year, to: Year) {
        let (from, to) = (bundled.clamp(from), bundled.clamp(to));
        (self.from, self.to) = if from <= to { (from, to) } else { (to, from) };
    }

    /// A new first year, never past the last.
    pub fn set_from(&mut self, bundled: YearSpan, from: Year) {
        self.from = from.clamp(bundled.first, self.to);
    }

    /// A new last year, never before the first.
    pub fn set_to(&mut self, bundled: YearSpan, to: Year) {
        self.to = to.clamp(self.from, bundled.last);
    }

    /// The compare view's year; `None` means the latest year with figures.
    /// Which year is then used is the chart model's rule
    /// (`chart::compare_year_used`), as it depends on the figures.
    pub fn set_compare_year(&mut self, year: Option<Year>) {
        self.compare_year = year;
    }

    /// Fits the trend's value axis to the figures, or starts it at zero.
    pub fn set_axis(&mut self, axis: ValueAxis) {
        self.axis = axis;
    }
}

/// A list is full: at most `limit` entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitReached {
    pub limit: usize,
}

/// The area is not one of the focus's statistical neighbours in the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotANeighbour(pub AreaCode);

#[cfg(test)]
mod tests {
    use super::*;

    fn span() -> YearSpan {
        YearSpan::new(Year::new(2014).unwrap(), Year::new(2025).unwrap()).unwrap()
    }

    fn codes(list: &[IndicatorCode]) -> Vec<&str> {
        list.iter().map(IndicatorCode::as_str).collect()
    }

    #[test]
    fn others_are_limited_and_never_the_focus_or_repeated() {
        let mut s = Selection::default_view(span());
        assert_eq!(s.add_other(s.focus), Ok(()));
        assert!(s.others.is_empty(), "the focus is not added beside itself");
        for code in 0..MAX_OTHERS as u16 {
            s.add_other(AreaCode(300 + code)).unwrap();
        }
        assert_eq!(s.add_other(AreaCode(300)), Ok(()), "already there");
        assert_eq!(s.add_other(AreaCode(999)), Err(LimitReached { limit: MAX_OTHERS }));
        assert_eq!(s.others.len(), MAX_OTHERS);
        s.remove_other(AreaCode(300));
        assert_eq!(s.add_other(AreaCode(999)), Ok(()));
        assert_eq!(s.others.last(), Some(&AreaCode(999)));
    }

    #[test]
    fn adding_to_the_ready_made_pack_keeps_it_and_is_limited() {
        let mut s = Selection::default_view(span());
        s.add_to_pack(IndicatorCode::new("X1")).unwrap();
        assert_eq!(s.pack.len(), READY_MADE.len() + 1);
        assert_eq!(codes(&s.pack)[..READY_MADE.len()], READY_MADE);
        s.remove_from_pack(&IndicatorCode::new(READY_MADE[0]));
        assert!(!s.pack.iter().any(|c| c.as_str() == READY_MADE[0]));
        while s.pack.len() < MAX_PACK {
            let next = IndicatorCode::new(format!("Y{}", s.pack.len()));
            s.add_to_pack(next).unwrap();
        }
        assert_eq!(s.add_to_pack(IndicatorCode::new("Z")), Err(LimitReached { limit: MAX_PACK }));
        s.use_ready_made_pack();
        assert_eq!(codes(&s.pack_indicators()), READY_MADE);
    }

    #[test]
    fn years_are_ordered_and_kept_in_the_bundled_range() {
        let mut s = Selection::default_view(span());
        let y = |n| Year::new(n).unwrap();
        s.set_years(span(), y(2022), y(2018));
        assert_eq!((s.from, s.to), (y(2018), y(2022)));
        s.set_years(span(), y(1990), y(2090));
        assert_eq!((s.from, s.to), (y(2014), y(2025)));
        s.set_years(span(), y(2019), y(2020));
        s.set_from(span(), y(2023));
        assert_eq!(s.from, y(2020), "the first year never passes the last");
        s.set_to(span(), y(2015));
        assert_eq!(s.to, y(2020), "the last year never comes before the first");
    }

    #[test]
    fn a_new_indicator_forgets_the_compare_year_and_a_new_model_the_neighbours() {
        let mut s = Selection::default_view(span());
        s.set_compare_year(Year::new(2016));
        s.neighbours.push(AreaCode(851));
        s.set_indicator(IndicatorCode::new("LAC"));
        assert_eq!(s.compare_year, None);
        s.set_model(NeighbourModelId::May2025);
        assert!(s.neighbours.is_empty());
    }
}
