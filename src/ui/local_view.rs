//! Measures reported locally with no published equivalent (monthly contacts
//! to the front door, quarterly section 47 enquiries...), each figure with its
//! document, section and the words it was reported in.

use charts::{draw_lines, Line, LineChart};
use childstats::model::local::{local_chart, LocalChart};
use childstats::model::series::{Series, SeriesId};
use childstats::order;
use leptos::prelude::*;

use super::chart_canvas::{CanvasArea, ChartCanvas};
use super::explorer::use_explore;
use super::legend::Legend;
use super::own_figures_panel::OwnFiguresPanel;
use super::reported::{use_reported, ReportedFailed, ReportedState};

#[component]
pub fn LocalView() -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let catalogue = explore.catalogue.clone();
    let reported = use_reported();
    reported.ensure();
    let figures = move || {
        // Southampton's bundled figures and the person's own, as far as either is here.
        let file = match (reported.file(), reported.state()) {
            (Some(file), _) => file,
            (None, ReportedState::Failed(_)) => return ().into_any(),
            (None, _) => return view! { <p role="status">"Loading the figures reported locally\u{2026}"</p> }.into_any(),
        };
        let mut measures: Vec<(String, String)> = file.local_indicators.iter().map(|l| (l.id.clone(), l.name.clone())).collect();
        order::sort_by_key(&mut measures, |(_, name)| name.to_ascii_lowercase());
        let chosen = selection.with(|s| s.local.clone()).filter(|id| measures.iter().any(|(m, _)| m == id));
        let unknown = selection.with(|s| s.local.clone()).filter(|_| chosen.is_none());
        let current = chosen.clone().or_else(|| measures.first().map(|(id, _)| id.clone())).unwrap_or_default();
        let measure = file.local_indicators.iter().find(|l| l.id == current).cloned();
        let mut figures: Vec<_> = file.figures.iter().filter(|f| f.local_indicator.as_deref() == Some(current.as_str())).cloned().collect();
        order::sort_by(&mut figures, |a, b| a.period_end.cmp(&b.period_end));
        view! {
            <div class="local">
                <p class="hint">"Figures reported locally that have no published national equivalent: Southampton\u{2019}s, quoted from its reports to its safeguarding partnership and scrutiny panel, and any you loaded. They are not official statistics."</p>
                {unknown.map(|u| view! { <p class="message warning" role="alert">{format!("There is no locally reported measure called \u{201c}{u}\u{201d}; showing another.")}</p> })}
                <div class="control">
                    <label for="local-measure">"Measure reported locally"</label>
                    <select id="local-measure" prop:value=current.clone()
                        on:change=move |ev| selection.update(|s| s.local = Some(event_target_value(&ev)))>
                        {measures.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                {measure.map(|m| view! {
                    <h2 class="local-name">{m.name.clone()}</h2>
                    <p>{m.definition.clone()}</p>
                    <p class="hint">{format!("Unit: {} \u{b7} reported {}", m.unit, m.frequency)}</p>
                })}
                <LocalChart chart=local_chart(&file, &current, &catalogue) unit=file.local_indicators.iter().find(|l| l.id == current).map(|l| l.unit.clone()).unwrap_or_default()/>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Figures reported locally">
                    <table class="data-table local-table">
                        <caption>"Figures as reported, with their source"</caption>
                        <thead><tr><th scope="col">"Period"</th><th scope="col">"Area"</th><th scope="col" class="num">"Value"</th><th scope="col">"Reported in"</th></tr></thead>
                        <tbody>
                            {figures.into_iter().map(|f| view! {
                                <tr>
                                    <th scope="row">{f.period.clone()}</th>
                                    <td>{f.area.clone()}</td>
                                    <td class="num">{f.value_text.clone()}</td>
                                    <td>{childstats::data::reported::reported_in(&file.document_title(&f.document), &f.section)}<q class="quote">{f.quote.split_whitespace().collect::<Vec<_>>().join(" ")}</q></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </div>
        }
        .into_any()
    };
    view! {
        <OwnFiguresPanel/>
        <ReportedFailed/>
        {figures}
    }
}

/// A line per area over the periods reported (months or quarters).
#[component]
fn LocalChart(chart: LocalChart, unit: String) -> impl IntoView {
    if !chart.drawable() {
        return view! { <p class="hint">"Too few dated figures to draw a chart; they are all in the table below."</p> }.into_any();
    }
    // The legend takes series; these carry only a label and a style.
    let legend: Vec<Series> = chart
        .lines
        .iter()
        .map(|l| Series { id: SeriesId::NeighbourAverage, label: l.label.clone(), role: l.role, style: l.style, points: Vec::new() })
        .collect();
    // The first line named is drawn last, on top.
    let lines: Vec<Line> = chart.lines.iter().rev().map(|l| Line { style: l.style, points: l.values.iter().map(|v| v.map(|v| (v, false))).collect() }).collect();
    let summary = chart.summary.clone();
    let draw = Callback::new(move |(root, ratio): (CanvasArea, f64)| {
        let spec = LineChart { labels: &chart.periods, lines: &lines, unit: &unit, decimals: chart.decimals, highlight: None, reported: &[], fit: false, theme: childstats::model::theme::Theme::Light, scale: ratio };
        let _ = draw_lines(&root, &spec);
    });
    view! {
        <figure class="chart local-chart">
            <Legend series=legend/>
            <div class="chart-box" role="img" aria-label=summary.clone()><ChartCanvas draw=draw height=Signal::derive(|| 300u32)/></div>
            <figcaption class="chart-caption">{summary}</figcaption>
        </figure>
    }
    .into_any()
}
