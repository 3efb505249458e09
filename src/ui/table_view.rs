//! The table view: every figure as text, change since the previous year and
//! since the first year in words, sortable by any column.

use childstats::model::change::{Change, Verdict};
use childstats::model::table::{sort_rows, SortKey};
use leptos::prelude::*;

use super::explorer::use_explore;
use super::values::point_text;

#[component]
pub fn TableView() -> impl IntoView {
    let explore = use_explore();
    let sort = RwSignal::new((SortKey::Chosen, true));
    let chart = explore.chart;
    let rows = Memo::new(move |_| {
        let mut rows = chart.with(|m| m.table_rows());
        let (key, ascending) = sort.get();
        sort_rows(&mut rows, key, ascending);
        rows
    });
    let reported = Memo::new(move |_| chart.with(|m| m.trend().map(|t| t.reported.clone()).unwrap_or_default()));
    let header = move |key: SortKey, label: String, numeric: bool| {
        let aria = move || match sort.get() {
            (k, true) if k == key => "ascending",
            (k, false) if k == key => "descending",
            _ => "none",
        };
        view! {
            <th scope="col" aria-sort=aria class:num=numeric>
                <button type="button" class="sort" on:click=move |_| sort.update(|(k, asc)| {
                    if *k == key { *asc = !*asc } else { *k = key; *asc = true }
                })>
                    {label}
                    <span class="sort-mark" aria-hidden="true">{move || match aria() { "ascending" => " \u{25b2}", "descending" => " \u{25bc}", _ => " \u{21c5}" }}</span>
                </button>
            </th>
        }
    };
    move || {
        let (ind, years, labels) = chart.with(|m| (m.indicator.clone(), m.years.clone(), m.trend().map(|t| t.labels.clone()).unwrap_or_default()));
        let all = rows.get();
        let ind2 = ind.clone();
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label="Figures table">
                <table class="data-table figures-table">
                    <caption>{format!("{} ({}). Select a column heading to sort.", ind.name, ind.unit)}</caption>
                    <thead><tr>
                        {header(SortKey::Name, "Area".into(), false)}
                        {header(SortKey::SincePrevious, "Latest change on a year earlier".into(), false)}
                        {header(SortKey::SinceFirst, "Change since the first year".into(), false)}
                        {years.iter().zip(labels.iter()).map(|(y, l)| header(SortKey::Year(*y), l.clone(), true)).collect_view()}
                    </tr></thead>
                    <tbody>
                        {all.into_iter().map(|row| {
                            let ind = ind2.clone();
                            view! {
                                <tr>
                                    <th scope="row">{row.series.label.clone()}</th>
                                    <td>{change_cell(row.since_previous, &ind)}</td>
                                    <td>{change_cell(row.since_first, &ind)}</td>
                                    {years.iter().map(|y| {
                                        let text = row.series.points.iter().find(|p| p.year == *y).map(|p| point_text(&ind, p)).unwrap_or_default();
                                        view! { <td class="num">{text}</td> }
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                        {move || {
                            let points = reported.get();
                            (!points.is_empty()).then(|| {
                                let years = chart.with(|m| m.years.clone());
                                view! {
                                    <tr class="reported-row">
                                        <th scope="row">"As reported locally"</th>
                                        <td colspan="2">"Figures from Southampton's own reports, with their period and source"</td>
                                        {years.into_iter().map(|y| {
                                            let cell: Vec<String> = points.iter().filter(|p| p.year == y).map(|p| format!("{} ({}; {})", p.value_text, p.period, p.document)).collect();
                                            view! { <td class="num reported-cell">{cell.join("; ")}</td> }
                                        }).collect_view()}
                                    </tr>
                                }
                            })
                        }}
                    </tbody>
                </table>
            </div>
            <super::reported::ReportedFailed/>
            <p class="note">"\u{2020} computed from DfE's published count and ONS population (DfE's method); not published as a rate. \u{201c}Better\u{201d} and \u{201c}worse\u{201d} appear only where DfE says which direction is good."</p>
        }
    }
}

fn change_cell(change: Option<Change>, ind: &childstats::data::Indicator) -> AnyView {
    match change {
        None => view! { <span class="missing">"not available"</span> }.into_any(),
        Some(c) => {
            let class = match c.verdict {
                Some(Verdict::Better) => "change better",
                Some(Verdict::Worse) => "change worse",
                None => "change",
            };
            view! { <span class=class>{c.describe(ind)}<span class="change-years">{format!(" ({} to {})", c.from, c.to)}</span></span> }.into_any()
        }
    }
}
