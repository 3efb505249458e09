//! Validated domain types: what the rest of the app reasons about.

use std::collections::BTreeMap;
use std::fmt;

/// A data year: the year in which the figure's period ends
/// (at 31 March 2021, academic 2020/21 and financial 2020-21 are all 2021).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Year(u16);

impl Year {
    /// Accepts years a DfE series could plausibly hold.
    pub fn new(year: u16) -> Option<Year> {
        (1990..=2100).contains(&year).then_some(Year(year))
    }
    pub fn get(self) -> u16 {
        self.0
    }
    pub fn previous(self) -> Year {
        Year(self.0 - 1)
    }
}

/// The data years bundled, first to last with no gaps. They come from the
/// data (`core.json`), so a refresh that adds a year needs no code change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearSpan {
    pub first: Year,
    pub last: Year,
}

impl YearSpan {
    /// `None` unless `first <= last`.
    pub fn new(first: Year, last: Year) -> Option<YearSpan> {
        (first <= last).then_some(YearSpan { first, last })
    }
    /// Every year, oldest first.
    pub fn iter(self) -> impl DoubleEndedIterator<Item = Year> {
        (self.first.0..=self.last.0).map(Year)
    }
    pub fn contains(self, year: Year) -> bool {
        (self.first..=self.last).contains(&year)
    }
    /// `year` pulled into the span.
    pub fn clamp(self, year: Year) -> Year {
        year.clamp(self.first, self.last)
    }
    /// "2014 to 2025".
    pub fn describe(self) -> String {
        format!("{} to {}", self.first, self.last)
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// DfE's LA number: 852 is Southampton, 970 England, 980-990 the regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AreaCode(pub u16);

impl AreaCode {
    pub const ENGLAND: AreaCode = AreaCode(970);
    pub const SOUTHAMPTON: AreaCode = AreaCode(852);
}

impl fmt::Display for AreaCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// LAIT's measure code (`Short Desc`), e.g. `CPP_rate`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IndicatorCode(String);

impl IndicatorCode {
    pub fn new(code: impl Into<String>) -> IndicatorCode {
        IndicatorCode(code.into())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IndicatorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Which direction of change is good news.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    HigherIsBetter,
    LowerIsBetter,
    /// Neither direction is better in itself (e.g. a rate of child
    /// protection plans: too low can be as worrying as too high).
    Neither,
}

impl Polarity {
    pub fn describe(self) -> &'static str {
        match self {
            Polarity::HigherIsBetter => "Higher is better",
            Polarity::LowerIsBetter => "Lower is better",
            Polarity::Neither => "Neither higher nor lower is better in itself",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Indicator {
    pub code: IndicatorCode,
    pub name: String,
    pub topic: String,
    pub unit: String,
    pub decimals: u8,
    pub decimals_published: bool,
    pub polarity: Polarity,
    pub data_owner: String,
    pub year_type: String,
    pub quartiles: bool,
    /// A count on one day, said "at 31 March 2024".
    pub at_31_march: bool,
}

/// A bundled file, relative to `core.json`, and a short hash of its content.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileRef {
    pub file: String,
    pub hash: String,
}

/// An indicator's long texts (`about.json`), fetched when shown.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct About {
    pub definition: String,
    pub methodology: String,
    /// The publications the dictionary links to.
    pub links: Vec<String>,
}

impl Indicator {
    /// The file of its figures, every year (`super::raw::figures_file`).
    pub fn figures_file(&self) -> String {
        super::raw::figures_file(self.code.as_str())
    }

    /// Who owns and publishes the figures: the dictionary's data owner, or
    /// the Department for Education where the dictionary leaves it empty.
    pub fn owner(&self) -> &str {
        match self.data_owner.trim() {
            "" => "Department for Education",
            owner => owner,
        }
    }

    /// The value as the app shows it: rounded half away from zero to the
    /// indicator's decimals, without thousands separators.
    pub fn format_value(&self, value: f64) -> String {
        let scale = 10f64.powi(i32::from(self.decimals));
        format!("{:.*}", usize::from(self.decimals), (value * scale).round() / scale)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AreaKind {
    LocalAuthority,
    Region,
    /// Inner or Outer London: LAIT reports them beside the regions.
    LondonPart,
    England,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub code: AreaCode,
    pub name: String,
    pub kind: AreaKind,
    pub ons_code: Option<String>,
    pub region: Option<AreaCode>,
    pub la_type: Option<String>,
    pub predecessors: Vec<AreaCode>,
    pub successors: Vec<AreaCode>,
    pub first_year: Option<Year>,
    pub last_year: Option<Year>,
    pub note: Option<String>,
}

impl Area {
    /// False for years before a council was created or after it was abolished.
    pub fn existed_in(&self, year: Year) -> bool {
        self.first_year.is_none_or(|first| year >= first)
            && self.last_year.is_none_or(|last| year <= last)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Neighbour {
    pub area: AreaCode,
    pub closeness: String,
}

/// One DfE statistical neighbour model (2021 or 2025).
#[derive(Debug, Clone, PartialEq)]
pub struct NeighbourModel {
    pub id: String,
    pub title: String,
    pub source: String,
    pub groups: BTreeMap<AreaCode, Vec<Neighbour>>,
}

/// Why a figure is not there. Shown to people, so each has plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MissingReason {
    /// Published as `-`: not available for this area (LAIT's marker).
    NotPublished,
    /// Published as `x` or `c`: withheld to protect confidentiality.
    Suppressed,
    /// Published as `..`: not collected or not applicable.
    NotCollected,
    /// Published as `u`: withheld by DfE as too unreliable to publish.
    LowReliability,
    /// The source has no figure at all for this area in this year.
    NoFigure,
    /// The council did not exist in this year (local government reorganisation).
    AreaDidNotExist,
    /// The file of the indicator's figures could not be loaded.
    FiguresUnavailable,
}

impl MissingReason {
    pub fn from_marker(marker: &str) -> Option<MissingReason> {
        match marker.trim() {
            "-" => Some(MissingReason::NotPublished),
            "x" | "c" => Some(MissingReason::Suppressed),
            ".." | "z" => Some(MissingReason::NotCollected),
            "u" => Some(MissingReason::LowReliability),
            _ => None,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            MissingReason::NotPublished => "not published for this area (shown as \u{2018}-\u{2019} by DfE)",
            MissingReason::Suppressed => "withheld by DfE to protect confidentiality (small numbers)",
            MissingReason::NotCollected => "not collected or not applicable",
            MissingReason::LowReliability => "withheld by DfE because the figure is unreliable",
            MissingReason::NoFigure => "no figure published for this year",
            MissingReason::AreaDidNotExist => "the council did not exist in this year",
            MissingReason::FiguresUnavailable => "the file of its figures could not be loaded",
        }
    }

    /// Short code used by `import explain` and CSV downloads.
    pub fn code(self) -> &'static str {
        match self {
            MissingReason::NotPublished => "not-published",
            MissingReason::Suppressed => "suppressed",
            MissingReason::NotCollected => "not-collected",
            MissingReason::LowReliability => "low-reliability",
            MissingReason::NoFigure => "no-figure",
            MissingReason::AreaDidNotExist => "area-did-not-exist",
            MissingReason::FiguresUnavailable => "figures-unavailable",
        }
    }
}

/// A rate the importer computed the way DfE does, because no published rate exists.
#[derive(Debug, Clone, PartialEq)]
pub struct Derivation {
    pub count: f64,
    pub count_source: String,
    pub population: f64,
    pub population_year: Year,
    pub population_source: String,
}

/// One figure for one indicator, area and year, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell<'a> {
    pub year: Year,
    pub value: Result<f64, MissingReason>,
    /// Published period label, e.g. `2020/21`; `None` where the year has no series.
    pub period: Option<&'a str>,
    pub source: Option<&'a Source>,
    pub derived: Option<&'a Derivation>,
}

#[cfg(test)]
mod tests {
    use crate::data::fixture::Fixture;
    use crate::data::IndicatorCode;

    #[test]
    fn owner_is_the_data_owner_or_else_the_department_for_education() {
        let catalogue = Fixture::new()
            .indicator_with("A", |i| i.data_owner = "Youth Justice Board".into())
            .indicator("B")
            .indicator_with("C", |i| i.data_owner = "  ".into())
            .catalogue();
        let owner = |code: &str| catalogue.indicator(&IndicatorCode::new(code)).unwrap().owner().to_string();
        assert_eq!(owner("A"), "Youth Justice Board");
        assert_eq!(owner("B"), "Department for Education");
        assert_eq!(owner("C"), "Department for Education");
    }
}
