//! The scrutiny briefing pack: for each chosen indicator, the latest figure
//! against comparators, rank and band, changes over one and five years, the
//! summary, and flags computed from the data, most serious first.

use crate::data::reported::ReportedFile;
use crate::data::{AreaCode, Dataset, Indicator, IndicatorCode, Polarity, Year};
use crate::order;

use super::change::{change_between, Change, Verdict};
use super::compare::compare;
use super::neighbours::neighbour_average;
use super::rank::Band;
use super::selection::{NeighbourModelId, Selection};
use super::chart::ChartModel;

pub use super::changed_since::{changed_since, ChangedSince};

/// Children's services indicators a scrutiny panel usually asks about.
pub const READY_MADE: [&str; 14] = [
    "CIN",
    "CPP_Total_Rateper10,000",
    "ReReferral",
    "Section_47",
    "CPP_rate",
    "PrevRegCPR",
    "LAC",
    "CareLeaverEET",
    "TotAbs",
    "TotPerAbNew",
    "Total_ Pup_FixedEx",
    "TotPermEx",
    "16-17 NEET",
    "FirstYJS",
];

/// Something in the figures a councillor should ask about.
#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// Worse than the year before in each of the last three years.
    WorseThreeYearsRunning,
    /// In quartile band D among all councils.
    BottomQuartile,
    /// Further from the neighbour average, on the wrong side, two years running.
    GapToNeighboursWidening,
    /// The focus's latest figure is old.
    NoDataSince(Year),
}

impl Flag {
    /// Higher is more serious.
    pub fn severity(&self) -> u8 {
        match self {
            Flag::WorseThreeYearsRunning => 3,
            Flag::BottomQuartile => 3,
            Flag::GapToNeighboursWidening => 2,
            Flag::NoDataSince(_) => 1,
        }
    }
    pub fn describe(&self) -> String {
        match self {
            Flag::WorseThreeYearsRunning => "Worse for three years running".into(),
            Flag::BottomQuartile => "Bottom quartile of councils".into(),
            Flag::GapToNeighboursWidening => "Gap to statistical neighbours widening".into(),
            Flag::NoDataSince(y) => format!("No data since {y}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PackEntry {
    pub indicator: Indicator,
    /// The focus's latest figure: year, value, published period label.
    pub latest: Option<(Year, f64, String)>,
    pub neighbour_average: Option<f64>,
    pub region: Option<(String, f64)>,
    pub england: Option<f64>,
    pub rank: Option<(usize, usize)>,
    pub band: Option<Band>,
    pub change_1y: Option<Change>,
    pub change_5y: Option<Change>,
    /// The entry's trend chart, its summary and source: the same model the
    /// explorer's trend view reads, over every bundled year.
    pub chart: ChartModel,
    pub flags: Vec<Flag>,
}

impl PackEntry {
    pub fn severity(&self) -> u8 {
        self.flags.iter().map(Flag::severity).sum()
    }
}

/// Values of `area` for the years up to and including `last`, newest first,
/// stopping at the first gap.
fn run_back(dataset: &Dataset, code: &IndicatorCode, area: AreaCode, last: Year) -> Vec<(Year, f64)> {
    let mut out = Vec::new();
    let mut year = last;
    while let Ok(v) = dataset.cell(code, area, year).value {
        out.push((year, v));
        if year <= dataset.catalogue.years.first {
            break;
        }
        year = year.previous();
    }
    out
}

/// Flags computed from the figures for one indicator and council.
pub fn flags(dataset: &Dataset, indicator: &Indicator, focus: AreaCode, model: &str) -> Vec<Flag> {
    let code = &indicator.code;
    let bundled = dataset.catalogue.years;
    let Some(last) = bundled.iter().rev().find(|y| dataset.cell(code, focus, *y).value.is_ok()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let run = run_back(dataset, code, focus, last);
    if indicator.polarity != Polarity::Neither && run.len() >= 4 {
        let worse = (0..3).all(|i| change_between(run[i + 1], run[i], indicator).verdict == Some(Verdict::Worse));
        if worse {
            out.push(Flag::WorseThreeYearsRunning);
        }
    }
    let selection = Selection { indicator: code.clone(), focus, ..Selection::default_view(bundled) };
    if compare(dataset, indicator, &selection, last).focus_band == Some(Band::D) {
        out.push(Flag::BottomQuartile);
    }
    // The gap on the unfavourable side (either side where no side is better).
    let gap = |year: Year| -> Option<f64> {
        let v = dataset.cell(code, focus, year).value.ok()?;
        let avg = neighbour_average(dataset, code, focus, model, year)?.mean?;
        Some(match indicator.polarity {
            Polarity::HigherIsBetter => avg - v,
            Polarity::LowerIsBetter => v - avg,
            Polarity::Neither => (v - avg).abs(),
        })
    };
    let scale = 10f64.powi(i32::from(indicator.decimals));
    let rounded = |g: f64| (g * scale).round();
    {
        // Three years running; before the first bundled year there is no figure.
        if let (Some(g0), Some(g1), Some(g2)) = (gap(last), gap(last.previous()), gap(last.previous().previous())) {
            if rounded(g0) > 0.0 && rounded(g0) > rounded(g1) && rounded(g1) > rounded(g2) {
                out.push(Flag::GapToNeighboursWidening);
            }
        }
    }
    // Old figures: the focus lags the indicator's latest year, or the
    // indicator itself has not been published for two years.
    let newest_anywhere = dataset.years_with_figures(code).last().copied();
    let stale_year = Year::new(bundled.last.get() - 2).expect("a data year");
    if newest_anywhere.is_some_and(|n| last < n) || last <= stale_year {
        out.push(Flag::NoDataSince(last));
    }
    out
}

/// One entry per indicator code that exists, in the order given; each chart
/// with the figures reported locally for the focus, if any (`reported`).
pub fn build_pack(dataset: &Dataset, codes: &[IndicatorCode], focus: AreaCode, model: &str, reported: Option<&ReportedFile>) -> Vec<PackEntry> {
    codes
        .iter()
        .filter_map(|code| dataset.catalogue.indicator(code).cloned())
        .map(|indicator| {
            let code = indicator.code.clone();
            // The pack's charts and averages use the explorer's neighbour model.
            let bundled = dataset.catalogue.years;
            let model_id = NeighbourModelId::from_code(model).unwrap_or(Selection::default_view(bundled).model);
            let selection = Selection { indicator: code.clone(), focus, model: model_id, ..Selection::default_view(bundled) };
            let latest = bundled.iter().rev().find_map(|y| {
                let cell = dataset.cell(&code, focus, y);
                cell.value.ok().map(|v| (y, v, cell.period.unwrap_or("").to_string()))
            });
            let at = |area: AreaCode, y: Year| dataset.cell(&code, area, y).value.ok();
            let (mut average, mut region, mut england, mut rank, mut band, mut change_1y, mut change_5y) = (None, None, None, None, None, None, None);
            if let Some((year, value, _)) = &latest {
                average = neighbour_average(dataset, &code, focus, model, *year).and_then(|a| a.mean);
                region = dataset
                    .catalogue
                    .area(focus)
                    .and_then(|a| a.region)
                    .and_then(|r| Some((dataset.catalogue.area(r)?.name.clone(), at(r, *year)?)));
                england = at(AreaCode::ENGLAND, *year);
                let c = compare(dataset, &indicator, &selection, *year);
                rank = c.focus_rank.map(|r| (r, c.of));
                band = c.focus_band;
                change_1y = at(focus, year.previous()).map(|p| change_between((year.previous(), p), (*year, *value), &indicator));
                let five = Year::new(year.get() - 5);
                change_5y = five.and_then(|f| at(focus, f).map(|p| change_between((f, p), (*year, *value), &indicator)));
            }
            let chart = ChartModel::build(dataset, &selection, reported);
            let flags = flags(dataset, &indicator, focus, model);
            PackEntry { indicator, latest, neighbour_average: average, region, england, rank, band, change_1y, change_5y, chart, flags }
        })
        .collect()
}

/// The flagged entries, most serious first (ties keep the pack's order).
pub fn flagged(entries: &[PackEntry]) -> Vec<&PackEntry> {
    let mut out: Vec<&PackEntry> = entries.iter().filter(|e| !e.flags.is_empty()).collect();
    order::sort_by_key(&mut out, |e| std::cmp::Reverse(e.severity()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture::Fixture;

    /// Focus 852 with one neighbour (1) and three other councils, an
    /// indicator of `polarity`, and the given values per year 2014..
    fn dataset(polarity: &str, focus: &[Option<f64>], neighbour: &[Option<f64>]) -> Dataset {
        let mut fixture = Fixture::new()
            .council(1, "A", None)
            .council(2, "B", None)
            .council(3, "C", None)
            .council(852, "S", None)
            .indicator_with("X", |i| {
                i.unit = "%".into();
                i.polarity = polarity.into();
            })
            .neighbours("2021", 852, &[1]);
        for (i, (f, n)) in focus.iter().zip(neighbour).enumerate() {
            // Councils 2 and 3 sit at 50 so the focus's band moves with its value.
            fixture = fixture.figures("X", 2014 + i as u16, &[(1, *n), (2, Some(50.0)), (3, Some(50.0)), (852, *f)]);
        }
        fixture.dataset()
    }

    fn flags_for(polarity: &str, focus: &[Option<f64>], neighbour: &[Option<f64>]) -> Vec<Flag> {
        let d = dataset(polarity, focus, neighbour);
        let ind = d.catalogue.indicator(&IndicatorCode::new("X")).unwrap().clone();
        flags(&d, &ind, AreaCode(852), "2021")
    }

    fn all(v: f64, n: usize) -> Vec<Option<f64>> {
        vec![Some(v); n]
    }

    #[test]
    fn three_worse_years_in_a_row_is_flagged_only_with_polarity() {
        let rising: Vec<Option<f64>> = [10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 11.0, 12.0, 13.0, 14.0].map(Some).to_vec();
        assert!(flags_for("lower", &rising, &all(20.0, 11)).contains(&Flag::WorseThreeYearsRunning));
        assert!(!flags_for("higher", &rising, &all(20.0, 11)).contains(&Flag::WorseThreeYearsRunning));
        assert!(!flags_for("neither", &rising, &all(20.0, 11)).contains(&Flag::WorseThreeYearsRunning));
        // Two worse years then one better: not three running.
        let mixed: Vec<Option<f64>> = [10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 11.0, 12.0, 11.5, 12.0].map(Some).to_vec();
        assert!(!flags_for("lower", &mixed, &all(20.0, 11)).contains(&Flag::WorseThreeYearsRunning));
    }

    #[test]
    fn a_gap_in_the_run_stops_the_count() {
        let gappy = vec![Some(10.0), Some(10.0), Some(10.0), Some(10.0), Some(10.0), Some(10.0), Some(10.0), None, Some(12.0), Some(13.0), Some(14.0)];
        assert!(!flags_for("lower", &gappy, &all(20.0, 11)).contains(&Flag::WorseThreeYearsRunning));
    }

    #[test]
    fn bottom_quartile_follows_polarity() {
        // Focus 90 against 20, 50, 50: worst when lower is better, best when higher is.
        assert!(flags_for("lower", &all(90.0, 11), &all(20.0, 11)).contains(&Flag::BottomQuartile));
        assert!(!flags_for("higher", &all(90.0, 11), &all(20.0, 11)).contains(&Flag::BottomQuartile));
        assert!(!flags_for("neither", &all(90.0, 11), &all(20.0, 11)).contains(&Flag::BottomQuartile));
    }

    #[test]
    fn widening_gap_on_the_wrong_side_is_flagged() {
        let focus: Vec<Option<f64>> = [30.0, 30.0, 30.0, 30.0, 30.0, 30.0, 30.0, 30.0, 32.0, 34.0, 36.0].map(Some).to_vec();
        assert!(flags_for("lower", &focus, &all(30.0, 11)).contains(&Flag::GapToNeighboursWidening));
        // The same gap on the good side is not a concern.
        assert!(!flags_for("higher", &focus, &all(30.0, 11)).contains(&Flag::GapToNeighboursWidening));
        // A steady gap is not widening.
        assert!(!flags_for("lower", &all(36.0, 11), &all(30.0, 11)).contains(&Flag::GapToNeighboursWidening));
    }

    #[test]
    fn old_data_is_flagged_with_its_year() {
        let mut focus = all(10.0, 8); // 2014-2021
        focus.extend([None, None, None]);
        assert!(flags_for("lower", &focus, &all(10.0, 11)).contains(&Flag::NoDataSince(Year::new(2021).unwrap())));
        assert!(!flags_for("lower", &all(10.0, 11), &all(10.0, 11)).iter().any(|f| matches!(f, Flag::NoDataSince(_))));
    }

    #[test]
    fn changed_since_lists_new_data_with_turns_first() {
        use crate::model::change::Direction;
        // 2014-2024: falling until 2019, rising after; the focus also moves into band D.
        let focus: Vec<Option<f64>> = [60.0, 55.0, 50.0, 45.0, 40.0, 35.0, 40.0, 45.0, 60.0, 70.0, 90.0].map(Some).to_vec();
        let d = dataset("lower", &focus, &all(20.0, 11));
        let code = IndicatorCode::new("X");
        let changes = changed_since(&d, std::slice::from_ref(&code), AreaCode(852), Year::new(2019).unwrap());
        assert_eq!(changes.len(), 1);
        let c = &changes[0];
        assert_eq!(c.new_years.first().map(|y| y.get()), Some(2020));
        assert_eq!(c.new_years.len(), 5);
        assert_eq!(c.direction, Some((Direction::Down, Direction::Up)));
        assert_eq!(c.band, Some((Some(Band::B), Some(Band::D))));
        assert!(c.turned());
        // Nothing after the last year: nothing new, left out.
        assert!(changed_since(&d, &[code], AreaCode(852), Year::new(2024).unwrap()).is_empty());
    }

    #[test]
    fn changed_since_without_a_turn_is_listed_after_turns() {
        let steady: Vec<Option<f64>> = (0..11).map(|i| Some(10.0 + f64::from(i))).collect();
        let d = dataset("neither", &steady, &all(20.0, 11));
        let changes = changed_since(&d, &[IndicatorCode::new("X")], AreaCode(852), Year::new(2020).unwrap());
        assert_eq!(changes.len(), 1);
        assert!(!changes[0].turned(), "same direction, no band for a measure without polarity");
    }

    #[test]
    fn flagged_entries_are_most_serious_first() {
        let d = dataset("lower", &[], &[]);
        let chart = ChartModel::build(&d, &Selection { indicator: IndicatorCode::new("X"), ..Selection::default_view(d.catalogue.years) }, None);
        let entry = |flags: Vec<Flag>| PackEntry {
            indicator: d.catalogue.indicators()[0].clone(),
            latest: None,
            neighbour_average: None,
            region: None,
            england: None,
            rank: None,
            band: None,
            change_1y: None,
            change_5y: None,
            chart: chart.clone(),
            flags,
        };
        let entries = vec![entry(vec![Flag::NoDataSince(Year::new(2020).unwrap())]), entry(vec![]), entry(vec![Flag::BottomQuartile, Flag::WorseThreeYearsRunning])];
        let order: Vec<u8> = flagged(&entries).iter().map(|e| e.severity()).collect();
        assert_eq!(order, [6, 1]);
    }
}
