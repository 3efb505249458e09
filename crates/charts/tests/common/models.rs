//! Chart models to draw: a trend and a ranking of Southampton's child
//! protection plan rate, with a gap, a figure computed by DfE's method and a
//! council with no figure.

use childstats::data::{AreaCode, Indicator, IndicatorCode, MissingReason, Polarity, Year};
use childstats::model::chart::{source_line, ChartModel, Figure, Trend};
use childstats::model::compare::{Bar, Comparison};
use childstats::model::rank::Band;
use childstats::model::series::{Role, Series, SeriesId};

use super::y;

#[allow(dead_code)]
pub fn indicator(name: &str) -> Indicator {
    Indicator {
        code: IndicatorCode::new("CPP_rate"),
        name: name.into(),
        topic: "Child protection".into(),
        unit: "Rate per 10,000".into(),
        decimals: 1,
        decimals_published: true,
        polarity: Polarity::Neither,
        data_owner: String::new(),
        year_type: "Financial".into(),
        quartiles: false,
        at_31_march: true,
    }
}

#[allow(dead_code)]
pub fn series(id: u16, label: &str, role: Role, values: &[Option<f64>]) -> Series {
    super::series(id, label, role, 2018, MissingReason::Suppressed, values)
}

#[allow(dead_code)]
pub fn model(title: &str, figure: Figure) -> ChartModel {
    let ind = indicator("Children subject of a child protection plan");
    let years: Vec<Year> = (2018..=2022).map(y).collect();
    ChartModel {
        source: source_line(&ind, "test"),
        indicator: ind,
        focus: AreaCode(852),
        focus_name: "Southampton".into(),
        years_with_figures: years.clone(),
        years,
        compare_year: None,
        notices: Vec::new(),
        figure,
        title: title.into(),
        summary: "In Southampton, 79.9 children per 10,000 were the subject of a plan at 31 March 2022, up from 61.8 a year earlier.".into(),
        file_stem: "southampton-cpp-2018-2022".into(),
        query: "indicator=CPP_rate&area=852&view=trend".into(),
        axis: childstats::model::selection::ValueAxis::FromZero,
        axis_note: None,
        data_version: "test".into(),
    }
}

#[allow(dead_code)]
pub fn trend() -> Trend {
    let mut focus = series(852, "Southampton", Role::Focus, &[Some(49.7), Some(67.7), None, Some(61.8), Some(79.9)]);
    focus.points[1].derived = true;
    Trend {
        series: vec![
            focus,
            series(0, "Neighbour average", Role::NeighbourAverage, &[Some(58.1), Some(58.4), Some(60.8), Some(61.0), Some(1234.5)]),
            series(970, "England", Role::England, &[Some(42.1), Some(43.1), Some(43.4), Some(43.8), Some(45.9)]),
        ],
        labels: ["2017/18", "2018/19", "2019/20", "2020/21", "2021/22"].map(String::from).to_vec(),
        reported: Vec::new(),
    }
}

#[allow(dead_code)]
pub fn trend_model() -> ChartModel {
    model("Children subject of a child protection plan, Southampton", Figure::Trend(trend()))
}

/// A bar of a ranking: an area's (`id`), or the neighbour average's (0);
/// ranked bars are in `band`.
#[allow(dead_code)]
pub fn bar(id: u16, label: &str, value: f64, role: Role, rank: Option<usize>, band: Band) -> Bar {
    Bar {
        id: if id == 0 { SeriesId::NeighbourAverage } else { SeriesId::Area(AreaCode(id)) },
        label: label.into(),
        value,
        role,
        rank,
        band: rank.map(|_| band),
    }
}

#[allow(dead_code)]
pub fn ranking_model() -> ChartModel {
    let bar = |id, label, value, role, rank| bar(id, label, value, role, rank, Band::C);
    let comparison = Comparison {
        year: y(2022),
        period: Some("2021/22".into()),
        bars: vec![
            bar(873, "Cambridgeshire", 18.2, Role::Neighbour, Some(3)),
            bar(970, "England", 22.4, Role::England, None),
            bar(852, "Southampton", 24.8, Role::Focus, Some(60)),
            bar(810, "Kingston Upon Hull, City of", 31.0, Role::Neighbour, Some(120)),
        ],
        focus_rank: Some(60),
        of: 152,
        focus_band: Some(Band::C),
        missing: vec![("Portsmouth".into(), MissingReason::Suppressed)],
    };
    let mut m = model("Children subject of a child protection plan, Southampton", Figure::Ranking(comparison));
    m.compare_year = Some(y(2022));
    m
}
