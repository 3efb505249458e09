//! "How are we doing across the board": one row per indicator for the focus
//! council — its latest figure beside the statistical neighbour average,
//! its region and England, where it sits in the spread of every council that
//! year (a spine, oriented so better is always to the right where the
//! measure has a polarity), its quartile band and its changes. The pack's
//! figures (`pack::build_pack`) with the spread added, so the two agree.

use crate::data::{AreaCode, Dataset, IndicatorCode, Polarity};

use super::compare::council_values;
use super::format::{ordinal, with_separators};
use super::pack::{build_pack, PackEntry, READY_MADE};
use super::rank::Band;

/// Which indicators the overview shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverviewSet {
    /// The ready-made children's services set (the pack's default).
    ReadyMade,
    /// The briefing pack's own list.
    Pack,
    /// Every indicator of one topic.
    Topic(String),
}

impl OverviewSet {
    /// "ready", "pack" or "topic:Child Protection" (as in a link's `set=`).
    pub fn code(&self) -> String {
        match self {
            OverviewSet::ReadyMade => "ready".into(),
            OverviewSet::Pack => "pack".into(),
            OverviewSet::Topic(t) => format!("topic:{t}"),
        }
    }
    pub fn from_code(code: &str, topics: &[String]) -> Option<OverviewSet> {
        match code {
            "ready" => Some(OverviewSet::ReadyMade),
            "pack" => Some(OverviewSet::Pack),
            _ => code.strip_prefix("topic:").and_then(|t| topics.iter().find(|k| k.as_str() == t)).map(|t| OverviewSet::Topic(t.clone())),
        }
    }

    /// The set's indicator codes; `pack` is the briefing pack's list (empty:
    /// the ready-made set).
    pub fn codes(&self, dataset: &Dataset, pack: &[IndicatorCode]) -> Vec<IndicatorCode> {
        let ready = || READY_MADE.iter().map(|c| IndicatorCode::new(*c)).collect();
        match self {
            OverviewSet::ReadyMade => ready(),
            OverviewSet::Pack if pack.is_empty() => ready(),
            OverviewSet::Pack => pack.to_vec(),
            OverviewSet::Topic(t) => dataset.catalogue.indicators().iter().filter(|i| &i.topic == t).map(|i| i.code.clone()).collect(),
        }
    }
}

/// The spread of every council's figure in one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub low: f64,
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
    pub high: f64,
    /// Councils with a figure.
    pub of: usize,
}

/// The lowest, quartiles (linear between ranks, as spreadsheets' QUARTILE
/// does), median and highest of `values`; `None` without any.
pub fn spread(values: &[f64]) -> Option<Spread> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let at = |p: f64| {
        let pos = p * (v.len() - 1) as f64;
        let (i, frac) = (pos.floor() as usize, pos.fract());
        v[i] + (v[(i + 1).min(v.len() - 1)] - v[i]) * frac
    };
    Some(Spread { low: v[0], q1: at(0.25), median: at(0.5), q3: at(0.75), high: v[v.len() - 1], of: v.len() })
}

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    pub entry: PackEntry,
    /// Every council that year (the focus's latest year).
    pub spread: Option<Spread>,
}

impl OverviewRow {
    /// The spine runs high values to the left where lower is better, so that
    /// better is always to the right.
    pub fn reversed(&self) -> bool {
        self.entry.indicator.polarity == Polarity::LowerIsBetter
    }

    /// Where `value` falls along the spine, 0 (left) to 1 (right).
    pub fn position(&self, value: f64) -> Option<f64> {
        let s = self.spread?;
        let t = if s.high > s.low { ((value - s.low) / (s.high - s.low)).clamp(0.0, 1.0) } else { 0.5 };
        Some(if self.reversed() { 1.0 - t } else { t })
    }

    /// The spine's text alternative: "Southampton 54.6, 38th of 151 (1st is
    /// the lowest, which is best); England 41.4; councils range 10.2 to 120.5."
    pub fn spine_text(&self, focus: &str) -> String {
        let ind = &self.entry.indicator;
        let fmt = |v: f64| with_separators(v, ind.decimals);
        let Some((_, value, _)) = &self.entry.latest else { return format!("No figure for {focus}.") };
        let mut parts = vec![match self.entry.rank {
            Some((rank, of)) => {
                let basis = match ind.polarity {
                    Polarity::HigherIsBetter => " (1st is the highest, which is best)",
                    Polarity::LowerIsBetter => " (1st is the lowest, which is best)",
                    Polarity::Neither => " highest",
                };
                match ind.polarity {
                    Polarity::Neither => format!("{focus} {}, {}{basis} of {of}", fmt(*value), ordinal(rank)),
                    _ => format!("{focus} {}, {} of {of}{basis}", fmt(*value), ordinal(rank)),
                }
            }
            None => format!("{focus} {}", fmt(*value)),
        }];
        if let Some(avg) = self.entry.neighbour_average {
            parts.push(format!("statistical neighbour average {}", fmt(avg)));
        }
        if let Some(e) = self.entry.england {
            parts.push(format!("England {}", fmt(e)));
        }
        if let Some(s) = self.spread {
            parts.push(format!("councils range {} to {}", fmt(s.low), fmt(s.high)));
        }
        format!("{}.", parts.join("; "))
    }
}

/// The overview of `codes` for `focus`, in the order given.
pub fn overview(dataset: &Dataset, codes: &[IndicatorCode], focus: AreaCode, model: &str) -> Vec<OverviewRow> {
    build_pack(dataset, codes, focus, model, None)
        .into_iter()
        .map(|entry| {
            let spread = entry.latest.as_ref().and_then(|(year, _, _)| {
                let values: Vec<f64> = council_values(dataset, &entry.indicator, *year).into_iter().filter_map(|(_, v)| v.ok()).collect();
                spread(&values)
            });
            OverviewRow { entry, spread }
        })
        .collect()
}

/// How the table is sorted.
/// The overview in one sentence, for its caption and its embed: how many
/// indicators fall in each quartile band, and how many got better or worse
/// since the year before. "Southampton, on 14 indicators: band A (the best
/// quarter of councils) on 3, B on 4, C on 2 and D (the worst quarter) on 3;
/// 2 have no band. Since the year before, 5 got better, 4 worse and 3
/// neither (no change, or a measure with no better direction)."
pub fn overview_summary(rows: &[OverviewRow], focus: &str) -> String {
    use super::change::Verdict;
    let count = |f: &dyn Fn(&OverviewRow) -> bool| rows.iter().filter(|r| f(r)).count();
    let in_band = |band: Band| count(&|r: &OverviewRow| r.entry.band == Some(band));
    let mut text = format!(
        "{focus}, on {} indicators: band A (the best quarter of councils) on {}, B on {}, C on {} and D (the worst quarter) on {}",
        rows.len(),
        in_band(Band::A),
        in_band(Band::B),
        in_band(Band::C),
        in_band(Band::D),
    );
    let unbanded = count(&|r: &OverviewRow| r.entry.band.is_none());
    text.push_str(&match unbanded {
        0 => ".".to_string(),
        1 => "; 1 has no band.".to_string(),
        n => format!("; {n} have no band."),
    });
    let verdict = |v: Option<Verdict>| count(&|r: &OverviewRow| r.entry.change_1y.as_ref().is_some_and(|c| c.verdict == v));
    let (better, worse, neither) = (verdict(Some(Verdict::Better)), verdict(Some(Verdict::Worse)), verdict(None));
    if better + worse + neither > 0 {
        text.push_str(&format!(" Since the year before, {better} got better, {worse} worse and {neither} neither (no change, or a measure with no better direction)."));
    }
    text
}

/// The overview's source and licence line: each publisher of its figures once.
pub fn overview_source(rows: &[OverviewRow], data_version: &str) -> String {
    let mut owners: Vec<&str> = rows.iter().map(|r| r.entry.indicator.owner()).collect();
    owners.sort_unstable();
    owners.dedup();
    format!(
        "Sources: {}, via the Department for Education's Local Authority Interactive Tool (data version {data_version}). {}",
        owners.join("; "),
        super::chart::OGL_ATTRIBUTION
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverviewSort {
    /// As the set lists them.
    Set,
    /// Band D (worst) first, then C, B, A, then no band.
    Band,
    /// The change over a year: worse first, then no judgement, then better.
    Change,
    Name,
}

pub fn sort_overview(rows: &mut [OverviewRow], by: OverviewSort) {
    use super::change::Verdict;
    let band = |r: &OverviewRow| match r.entry.band {
        Some(Band::D) => 0,
        Some(Band::C) => 1,
        Some(Band::B) => 2,
        Some(Band::A) => 3,
        None => 4,
    };
    let change = |r: &OverviewRow| match r.entry.change_1y.as_ref().map(|c| c.verdict) {
        Some(Some(Verdict::Worse)) => 0,
        Some(None) => 1,
        Some(Some(Verdict::Better)) => 2,
        None => 3,
    };
    match by {
        OverviewSort::Set => {}
        OverviewSort::Band => crate::order::sort_by_key(rows, band),
        OverviewSort::Change => crate::order::sort_by_key(rows, change),
        OverviewSort::Name => crate::order::sort_by_key(rows, |r| r.entry.indicator.name.to_ascii_lowercase()),
    }
}

/// The overview as CSV: one row per indicator, the figures as shown.
pub fn overview_csv(rows: &[OverviewRow], focus: &str) -> String {
    let mut out = String::new();
    crate::csv_text::record(
        &mut out,
        &["indicator_code", "indicator", "area", "period", "value", "statistical_neighbour_average", "region", "region_value", "england", "rank", "of", "band", "lowest", "lower_quartile", "median", "upper_quartile", "highest", "change_1_year", "change_5_years"],
    );
    let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    for r in rows {
        let e = &r.entry;
        let s = r.spread;
        let fields = [
            e.indicator.code.to_string(),
            e.indicator.name.clone(),
            focus.to_string(),
            e.latest.as_ref().map(|(y, _, p)| if p.is_empty() { y.to_string() } else { p.clone() }).unwrap_or_default(),
            num(e.latest.as_ref().map(|l| l.1)),
            num(e.neighbour_average),
            e.region.as_ref().map(|r| r.0.clone()).unwrap_or_default(),
            num(e.region.as_ref().map(|r| r.1)),
            num(e.england),
            e.rank.map(|r| r.0.to_string()).unwrap_or_default(),
            e.rank.map(|r| r.1.to_string()).unwrap_or_default(),
            e.band.map(|b| b.letter().to_string()).unwrap_or_default(),
            num(s.map(|s| s.low)),
            num(s.map(|s| s.q1)),
            num(s.map(|s| s.median)),
            num(s.map(|s| s.q3)),
            num(s.map(|s| s.high)),
            e.change_1y.as_ref().map(|c| c.describe(&e.indicator)).unwrap_or_default(),
            e.change_5y.as_ref().map(|c| c.describe(&e.indicator)).unwrap_or_default(),
        ];
        crate::csv_text::record(&mut out, &fields.iter().map(String::as_str).collect::<Vec<_>>());
    }
    out
}
