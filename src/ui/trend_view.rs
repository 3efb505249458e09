//! The trend view: a line per series over the chosen years, a key, exact
//! values on hover, tap or arrow keys, the missing years in words, and the
//! figures as a table.

use childstats::data::reported::ReportedPoint;
use childstats::data::Year;
use childstats::model::chart::{ChartModel, Trend};
use childstats::model::selection::ValueAxis;
use charts::{draw_trend, TrendChart, TrendLayout};
use leptos::prelude::*;

use super::chart_canvas::ChartCanvas;
use super::explorer::use_explore;
use super::folded_figures::FoldedFigures;
use super::legend::Legend;
use super::theme::use_chart_theme;
use super::reported::ReportedFailed;
use super::values::point_text;

/// The trend of a chart model; an empty one while the model is of another
/// view (for the moment between a view change and this view going).
fn trend_of(model: &ChartModel) -> Trend {
    model.trend().cloned().unwrap_or(Trend { series: Vec::new(), labels: Vec::new(), reported: Vec::new() })
}

#[component]
pub fn TrendView(
    /// An embed: the figures as reported locally start folded, so the chart
    /// stays short in a council's page.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let explore = use_explore();
    let chart = explore.chart;
    let trend = Memo::new(move |_| chart.with(trend_of));
    let years = Memo::new(move |_| chart.with(|m| m.years.clone()));
    let highlight = RwSignal::new(None::<Year>);
    let layout = StoredValue::new(TrendLayout::default());
    let theme = use_chart_theme();

    let draw = Callback::new(move |(root, ratio): (super::chart_canvas::CanvasArea, f64)| {
        chart.with(|m| {
            trend.with(|t| {
                let reported_marks = t.reported_marks();
                let spec = TrendChart {
                    series: &t.series,
                    years: &m.years,
                    x_labels: &t.labels,
                    unit: &m.indicator.unit,
                    decimals: m.indicator.decimals,
                    highlight: highlight.get(),
                    reported: &reported_marks,
                    fit: m.fit_axis(),
                    theme: theme.get(),
                    scale: ratio,
                };
                if let Ok(done) = draw_trend(&root, &spec) {
                    layout.set_value(done);
                }
            })
        });
        crate::load::timing::chart_drawn();
    });
    let on_pointer = Callback::new(move |at: Option<(i32, i32)>| {
        highlight.set(at.and_then(|(x, _)| layout.with_value(|l| l.nearest_year(x))));
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let ys = years.get();
        if ys.is_empty() {
            return;
        }
        let i = highlight.get().and_then(|h| ys.iter().position(|y| *y == h));
        let next = match (ev.key().as_str(), i) {
            ("ArrowRight", Some(i)) => ys[(i + 1).min(ys.len() - 1)],
            ("ArrowLeft", Some(i)) => ys[i.saturating_sub(1)],
            ("ArrowRight" | "ArrowLeft", None) | ("End", _) => ys[ys.len() - 1],
            ("Home", _) => ys[0],
            ("Escape", _) => {
                highlight.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        highlight.set(Some(next));
    };

    // The summary is the chart's caption and its accessible description.
    let summary = move || chart.with(|m| m.summary.clone());
    let has_derived = move || trend.with(Trend::has_derived);
    let series = Memo::new(move |_| trend.with(|t| t.series.clone()));
    let labels = Memo::new(move |_| trend.with(|t| t.labels.clone()));
    let reported = Memo::new(move |_| trend.with(|t| t.reported.clone()));

    view! {
        {move || chart.with(|m| m.notices.clone()).into_iter().map(|n| view! { <p class="message notice" role="note">{n}</p> }).collect_view()}
        <figure class="chart trend">
            {move || view! { <Legend series=series.get()/> }.into_any()}
            <Show when=move || reported.with(|r| !r.is_empty())>
                <p class="reported-key"><svg class="swatch" width="36" height="16" viewBox="0 0 36 16" aria-hidden="true"><circle cx="18" cy="8" r="6" fill="none" stroke="#6f1d9b" stroke-width="2.5"/></svg>
                    "Open ring: the figure as reported locally at the time (see below)"</p>
            </Show>
            <div class="chart-box" tabindex="0" role="group"
                aria-label="Line chart. Use the left and right arrow keys to read each year's figures."
                aria-describedby="trend-summary trend-readout"
                on:keydown=on_key
                on:focus=move |_| if highlight.get_untracked().is_none() { highlight.set(years.get_untracked().last().copied()) }>
                <ChartCanvas draw=draw height=Signal::derive(|| charts::first_paint::TREND_HEIGHT) max_aspect=charts::first_paint::TREND_MAX_ASPECT on_pointer=on_pointer/>
                <Readout series=series labels=labels years=years highlight=highlight reported=reported
                    on_left=Signal::derive(move || highlight.get().is_some_and(|y| layout.with_value(|l| l.in_right_half(y))))/>
            </div>
            {(!compact).then(|| view! { <AxisChoice/> })}
            <figcaption class="chart-caption">
                <p id="trend-summary" class="summary">{summary}</p>
                {move || chart.with(|m| m.axis_note.clone()).map(|note| view! { <p class="note axis-note">{note}</p> })}
                {move || has_derived().then_some(view! {
                    <p class="note">{childstats::model::chart::DERIVED_NOTE}</p>
                })}
            </figcaption>
        </figure>
        <ReportedFigures reported=reported open=!compact/>
        <ReportedFailed/>
        <MissingYears trend=trend/>
        <FoldedFigures>
            {move || chart.with(|m| {
                let ind = &m.indicator;
                let t = trend.get();
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Figures in this chart">
                        <table class="data-table">
                            <caption>{format!("{} ({})", ind.name, ind.unit)}</caption>
                            <thead><tr>
                                <th scope="col">"Period"</th>
                                {t.series.iter().map(|s| view! { <th scope="col" class="num">{s.label.clone()}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {m.years.iter().zip(&t.labels).map(|(y, label)| view! {
                                    <tr>
                                        <th scope="row">{label.clone()}</th>
                                        {t.series.iter().map(|s| {
                                            let text = s.points.iter().find(|p| p.year == *y).map(|p| point_text(ind, p)).unwrap_or_default();
                                            view! { <td class="num">{text}</td> }
                                        }).collect_view()}
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            })}
        </FoldedFigures>
    }
}

/// Start the value axis at zero (the default) or fit it to the figures; kept
/// in the link, so a shared or embedded chart is drawn the same way.
#[component]
fn AxisChoice() -> impl IntoView {
    let selection = use_explore().selection;
    let fitted = move || selection.with(|s| s.axis == ValueAxis::Fit);
    view! {
        <div class="checkbox axis-choice">
            <input type="checkbox" id="fit-axis" prop:checked=fitted
                on:change=move |ev| {
                    let axis = if event_target_checked(&ev) { ValueAxis::Fit } else { ValueAxis::FromZero };
                    selection.update(|s| s.set_axis(axis));
                }/>
            <label for="fit-axis">"Fit the axis to the figures (it will not start at zero)"</label>
        </div>
    }
}

/// The exact figures for the highlighted year, announced to screen readers.
#[component]
fn Readout(
    series: Memo<Vec<childstats::model::series::Series>>,
    labels: Memo<Vec<String>>,
    years: Memo<Vec<Year>>,
    highlight: RwSignal<Option<Year>>,
    reported: Memo<Vec<ReportedPoint>>,
    /// The readout goes on the side away from the marked year, so that it
    /// never covers the point a person tapped.
    on_left: Signal<bool>,
) -> impl IntoView {
    let explore = use_explore();
    view! {
        <div id="trend-readout" class="readout" class:readout-left=on_left role="status" aria-live="polite">
            {move || highlight.get().map(|year| {
                let ind = explore.chart.with(|m| m.indicator.clone());
                let label = years.with(|ys| ys.iter().position(|y| *y == year)).and_then(|i| labels.with(|l| l.get(i).cloned())).unwrap_or_else(|| year.to_string());
                view! {
                    <p class="readout-title">{label}</p>
                    <ul>
                        {series.get().into_iter().map(|s| {
                            let p = s.points.iter().find(|p| p.year == year).cloned();
                            let text = p.as_ref().map(|p| point_text(&ind, p)).unwrap_or_default();
                            let note = p.and_then(|p| p.note);
                            view! { <li><span class="readout-name">{s.label}": "</span>{text}{note.map(|n| format!(" ({n})"))}</li> }
                        }).collect_view()}
                        {reported.get().into_iter().filter(|p| p.year == year).map(|p| view! {
                            <li class="readout-reported">{format!("As reported ({}): {} \u{2014} {}", p.period, p.value_text, p.document)}</li>
                        }).collect_view()}
                    </ul>
                }
            })}
        </div>
    }
}

/// The locally reported figures with their citations, and why any differ.
#[component]
fn ReportedFigures(reported: Memo<Vec<ReportedPoint>>, open: bool) -> impl IntoView {
    let explore = use_explore();
    move || {
        let points = reported.get();
        let ind = explore.chart.with(|m| m.indicator.clone());
        (!points.is_empty()).then(|| view! {
            <details class="reported-figures" open=open>
                <summary>{format!("As reported locally ({} figures; not official statistics)", points.len())}</summary>
                <ul>
                    {points.into_iter().map(|p| {
                        let differs = p.published.map(|published| format!(
                            " Published now: {}. {}", super::values::value_text(&ind, published), p.why_different(&ind.unit)));
                        view! {
                            <li>
                                <strong>{format!("{}: {}", p.period, p.value_text)}</strong>
                                {format!(" \u{2014} {}.", childstats::data::reported::reported_in(&p.document, &p.section))}
                                <q class="quote">{p.quote.split_whitespace().collect::<Vec<_>>().join(" ")}</q>
                                {differs}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </details>
        })
    }
}

/// Every gap in the chart, said in words with its reason.
#[component]
fn MissingYears(trend: Memo<Trend>) -> impl IntoView {
    move || {
        let lines = trend.with(Trend::gaps);
        (!lines.is_empty()).then(|| view! {
            <details class="missing-years">
                <summary>{format!("Gaps in the chart ({} missing figures), and why", lines.len())}</summary>
                <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            </details>
        })
    }
}
