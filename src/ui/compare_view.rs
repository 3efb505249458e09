//! The compare view: one year, councils ranked, the focus's rank among all
//! councils and its quartile band.

use childstats::data::Year;
use childstats::model::compare::Comparison;
use childstats::model::selection::CompareScope;
use childstats::model::series::Role;
use charts::{draw_ranking, ranking_height, RankingChart};
use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::explorer::use_explore;
use super::folded_figures::FoldedFigures;
use super::values::value_text;

#[component]
pub fn CompareView(
    /// Year and scope choices; an embed has none.
    controls: bool,
) -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let chart = explore.chart;
    let year = Memo::new(move |_| chart.with(|m| m.compare_year));
    let comparison = Memo::new(move |_| chart.with(|m| m.comparison().cloned()));
    let years_with_data = Memo::new(move |_| chart.with(|m| m.years_with_figures.clone()));
    let theme = super::theme::use_chart_theme();
    let draw = Callback::new(move |(root, ratio): (super::chart_canvas::CanvasArea, f64)| {
        chart.with(|m| {
            comparison.with(|c| {
                if let Some(c) = c {
                    let _ = draw_ranking(&root, &RankingChart { comparison: c, unit: &m.indicator.unit, decimals: m.indicator.decimals, theme: theme.get(), scale: ratio });
                }
            })
        });
        crate::load::timing::chart_drawn();
    });
    let height = Signal::derive(move || comparison.with(|c| c.as_ref().map_or(120, |c| ranking_height(c.bars.len()))));

    view! {
        <div class="compare-controls" class:hidden=!controls>
            <CompareYear year=year years_with_data=years_with_data/>
            <fieldset class="control inline scope">
                <legend class="small-legend">"Councils shown"</legend>
                {CompareScope::ALL.into_iter().map(|scope| view! {
                    <div class="radio">
                        <input type="radio" name="scope" id=format!("scope-{}", scope.code())
                            prop:checked=move || selection.with(|s| s.scope == scope)
                            on:change=move |_| selection.update(|s| s.scope = scope)/>
                        <label for=format!("scope-{}", scope.code())>{scope.label()}</label>
                    </div>
                }).collect_view()}
            </fieldset>
        </div>
        {move || chart.with(|m| m.notices.clone()).into_iter().map(|n| view! { <p class="message notice" role="note">{n}</p> }).collect_view()}
        {move || {
            let (ind, focus, summary) = chart.with(|m| (m.indicator.clone(), m.focus_name.clone(), m.summary.clone()));
            match comparison.get() {
                None => view! { <p class="message">{summary}</p> }.into_any(),
                Some(c) => view! {
                    <RankSummary comparison=c focus=focus.clone() indicator=ind.clone()/>
                    <figure class="chart compare" aria-describedby="compare-summary">
                        <div class="chart-box">
                            <ChartCanvas draw=draw height=height/>
                        </div>
                        <figcaption class="chart-caption">
                            <p id="compare-summary" class="summary">{summary}</p>
                            <p class="note">{move || format!("Councils ranked{}. {} is marked \u{25b6} and drawn in {}; the neighbour average, region and England are outlined. The figures are in the table below.",
                                match ind.polarity { childstats::data::Polarity::Neither => " from highest to lowest", _ => " from best to worst" },
                                focus,
                                match theme.get() { childstats::model::theme::Theme::Light => "black", childstats::model::theme::Theme::Dark => "white" })}</p>
                        </figcaption>
                    </figure>
                }.into_any(),
            }
        }}
        <CompareTable comparison=comparison/>
    }
}

#[component]
fn RankSummary(comparison: Comparison, focus: String, indicator: childstats::data::Indicator) -> impl IntoView {
    let (rank, band) = comparison.headline(&focus, &indicator);
    view! {
        <div class="rank-summary">
            <p class="rank">{rank}</p>
            <p class="band">{band}</p>
        </div>
    }
}

/// The year compared (or mapped): the years with figures in the range, latest first.
#[component]
pub fn CompareYear(year: Memo<Option<Year>>, years_with_data: Memo<Vec<Year>>) -> impl IntoView {
    let selection = use_explore().selection;
    view! {
        <div class="control inline">
            <label for="compare-year">"Year"</label>
            <select id="compare-year"
                prop:value=move || year.get().map(|y| y.to_string()).unwrap_or_default()
                on:change=move |ev| {
                    let y = event_target_value(&ev).parse::<u16>().ok().and_then(Year::new);
                    selection.update(|s| s.set_compare_year(y));
                }>
                {move || years_with_data.get().into_iter().rev().map(|y| view! { <option value=y.to_string()>{y.to_string()}</option> }).collect_view()}
            </select>
        </div>
    }
}

/// The figures of the comparison as a table, folded (built when opened).
#[component]
pub fn CompareTable(comparison: Memo<Option<Comparison>>) -> impl IntoView {
    let chart = use_explore().chart;
    let table = move || {
        let ind = chart.with(|m| m.indicator.clone());
        comparison.with(|c| c.as_ref().map(|c| view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label="Figures in the comparison">
                <table class="data-table">
                    <caption>{format!("{} ({}), {}", ind.name, ind.unit, c.period.clone().unwrap_or_else(|| c.year.to_string()))}</caption>
                    <thead><tr><th scope="col">"Rank"</th><th scope="col">"Area"</th><th scope="col" class="num">"Value"</th><th scope="col">"Band"</th></tr></thead>
                    <tbody>
                        {c.bars.iter().map(|b| view! {
                            <tr class:focus-row=b.role == Role::Focus>
                                <td>{b.rank.map(|r| r.to_string()).unwrap_or_else(|| "\u{2014}".into())}</td>
                                <th scope="row">{b.label.clone()}</th>
                                <td class="num">{value_text(&ind, b.value)}</td>
                                <td>{b.band.map(|x| x.letter().to_string()).unwrap_or_default()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {(!c.missing.is_empty()).then(|| view! {
                <p>"No figure:"</p>
                <ul>{c.missing.iter().map(|(name, r)| view! { <li>{format!("{name}: {}", r.describe())}</li> }).collect_view()}</ul>
            })}
        }))
    };
    view! { <FoldedFigures hidden=Signal::derive(move || comparison.with(Option::is_none))>{table}</FoldedFigures> }
}
