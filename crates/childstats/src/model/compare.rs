//! The compare view: one year, councils as ranked bars, the focus's rank
//! among all councils and its quartile band.

use crate::data::{AreaCode, AreaKind, Dataset, Indicator, MissingReason, Polarity, Year};

use super::format::ordinal;
use super::neighbours::neighbour_average;
use super::rank::{quartile_band, rank_among, Band, Ranking};
use super::selection::{CompareScope, Selection};
use super::series::{Role, SeriesId};

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub id: SeriesId,
    pub label: String,
    pub value: f64,
    pub role: Role,
    /// Rank among all councils; `None` for the average, region and England.
    pub rank: Option<usize>,
    pub band: Option<Band>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub year: Year,
    /// The focus's published period label that year.
    pub period: Option<String>,
    /// In ranking order: best first, or highest first without a polarity.
    pub bars: Vec<Bar>,
    pub focus_rank: Option<usize>,
    /// Councils with a figure that year (the "of 152").
    pub of: usize,
    pub focus_band: Option<Band>,
    /// Councils in scope without a figure, with the reason.
    pub missing: Vec<(String, MissingReason)>,
}

impl Comparison {
    /// The two sentences above the ranking: where `focus` ranks, and its
    /// quartile band (or why it has none).
    pub fn headline(&self, focus: &str, indicator: &Indicator) -> (String, String) {
        let rank = match self.rank_text(indicator) {
            Some(text) => format!("{focus} in {}: {text}.", self.year),
            None => format!("{focus} has no figure in {}, so it has no rank.", self.year),
        };
        let band = match (self.focus_band, indicator.polarity) {
            (Some(b), _) => format!("Quartile band {}", b.describe()),
            (None, Polarity::Neither) => "No quartile band: neither higher nor lower is better for this measure.".to_string(),
            (None, _) => "No quartile band for this measure or year.".to_string(),
        };
        (rank, band)
    }

    /// "12th of 152 councils (lower is better: 1st is lowest)".
    pub fn rank_text(&self, indicator: &Indicator) -> Option<String> {
        let rank = self.focus_rank?;
        Some(match indicator.polarity {
            Polarity::LowerIsBetter => format!("{} of {} councils (1st is the lowest, which is best)", ordinal(rank), self.of),
            Polarity::HigherIsBetter => format!("{} of {} councils (1st is the highest, which is best)", ordinal(rank), self.of),
            Polarity::Neither => format!("{} highest of {} councils", ordinal(rank), self.of),
        })
    }
}

/// The latest year in the selection's range in which the focus has a figure,
/// else the latest in which any council has one.
pub fn default_compare_year(dataset: &Dataset, indicator: &Indicator, selection: &Selection) -> Option<Year> {
    let years: Vec<Year> = selection.years().collect();
    let has = |area: AreaCode, y: Year| dataset.cell(&indicator.code, area, y).value.is_ok();
    years.iter().rev().copied().find(|&y| has(selection.focus, y)).or_else(|| {
        dataset.years_with_figures(&indicator.code).into_iter().rev().find(|y| years.contains(y))
    })
}

/// Every council that existed in `year`, with its figure or why it has none.
pub fn council_values(dataset: &Dataset, indicator: &Indicator, year: Year) -> Vec<(AreaCode, Result<f64, MissingReason>)> {
    dataset
        .catalogue
        .areas()
        .iter()
        .filter(|a| a.kind == AreaKind::LocalAuthority && a.existed_in(year))
        .map(|a| (a.code, dataset.cell(&indicator.code, a.code, year).value))
        .collect()
}

pub fn compare(dataset: &Dataset, indicator: &Indicator, selection: &Selection, year: Year) -> Comparison {
    let catalogue = &dataset.catalogue;
    let ranking: Ranking = rank_among(&council_values(dataset, indicator, year), indicator.polarity);
    let band = |rank: Option<usize>| rank.and_then(|r| quartile_band(r, ranking.of(), indicator.polarity, indicator.quartiles));
    let name = |a: AreaCode| catalogue.area(a).map_or_else(|| a.to_string(), |a| a.name.clone());

    let group: Vec<AreaCode> = selection.neighbour_group(catalogue).iter().map(|n| n.area).collect();
    let in_scope = |a: AreaCode| match selection.scope {
        CompareScope::AllCouncils => true,
        CompareScope::Neighbours => a == selection.focus || group.contains(&a) || selection.others.contains(&a),
    };
    let mut bars: Vec<Bar> = Vec::new();
    for r in ranking.ranked.iter().filter(|r| in_scope(r.area)) {
        let role = if r.area == selection.focus {
            Role::Focus
        } else if group.contains(&r.area) {
            Role::Neighbour
        } else {
            Role::Other
        };
        bars.push(Bar { id: SeriesId::Area(r.area), label: name(r.area), value: r.value, role, rank: Some(r.rank), band: band(Some(r.rank)) });
    }
    let mut missing: Vec<(String, MissingReason)> =
        ranking.missing.iter().filter(|(a, _)| in_scope(*a)).map(|(a, r)| (name(*a), *r)).collect();

    // Reference bars: the neighbour average, region and England, placed by value.
    let mut references = Vec::new();
    if let Some(avg) = neighbour_average(dataset, &indicator.code, selection.focus, selection.model.code(), year) {
        match avg.mean {
            Some(mean) => references.push((SeriesId::NeighbourAverage, "Statistical neighbour average".to_string(), mean, Role::NeighbourAverage)),
            None => missing.push(("Statistical neighbour average".into(), MissingReason::NoFigure)),
        }
    }
    let region = catalogue.area(selection.focus).and_then(|a| a.region);
    for (area, role) in region.map(|r| (r, Role::Region)).into_iter().chain([(AreaCode::ENGLAND, Role::England)]) {
        match dataset.cell(&indicator.code, area, year).value {
            Ok(v) => references.push((SeriesId::Area(area), name(area), v, role)),
            Err(reason) => missing.push((name(area), reason)),
        }
    }
    for (id, label, value, role) in references {
        let position = bars.iter().position(|b| comes_before(value, b.value, indicator.polarity)).unwrap_or(bars.len());
        bars.insert(position, Bar { id, label, value, role, rank: None, band: None });
    }

    let focus_rank = ranking.rank_of(selection.focus);
    let period = dataset.cell(&indicator.code, selection.focus, year).period.map(str::to_string);
    Comparison { year, period, bars, focus_rank, of: ranking.of(), focus_band: band(focus_rank), missing }
}

/// True where `a` is placed before `b` in ranking order.
fn comes_before(a: f64, b: f64, polarity: Polarity) -> bool {
    match polarity {
        Polarity::LowerIsBetter => a < b,
        Polarity::HigherIsBetter | Polarity::Neither => a > b,
    }
}
