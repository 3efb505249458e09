//! The scrutiny briefing pack: a first page of flagged indicators, most
//! serious first, then one printed page per indicator.

use childstats::data::{AreaCode, IndicatorCode};
use childstats::model::pack::{build_pack, flagged, PackEntry};
use childstats::model::selection::Selection;
use childstats::model::summary::with_unit;
use charts::{draw_trend, TrendChart};
use leptos::prelude::*;

use super::chart_canvas::{CanvasArea, ChartCanvas};
use super::explorer::use_explore;
use super::figures::{AboutState, LoadStatus};
use super::legend::Legend;

#[component]
pub fn PackView() -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let codes = Memo::new(move |_| selection.with(Selection::pack_indicators));
    let figures = explore.figures;
    // The pack needs every indicator's figures (and their definitions): they
    // are fetched together, with progress shown, and the pack is built once
    // none is still on its way.
    Effect::new(move |_| {
        codes.with(|c| figures.ensure_all(c));
        figures.ensure_about();
    });
    let progress = Memo::new(move |_| codes.with(|c| PackProgress::of(c, figures)));
    // The figures reported locally (Southampton's, and the person's own) are
    // drawn in each section's chart and listed under it.
    let reported = super::reported::use_reported();
    reported.ensure();
    let entries = Memo::new(move |_| {
        if progress.with(|p| p.waiting > 0) {
            return Vec::new();
        }
        let file = reported.file();
        figures.data.with(|d| selection.with(|s| build_pack(d, &codes.get(), s.focus, s.model.code(), file.as_deref())))
    });
    let ex = explore.clone();
    let council = move || ex.area_name(selection.with(|s| s.focus));
    let version = explore.catalogue.data_version.clone();
    let today = today();
    // Read by the pages' running heads, rebuilt with the entries.
    let heading = StoredValue::new((explore.catalogue.clone(), today.clone(), version.clone()));
    let council2 = move || heading.with_value(|(c, _, _)| selection.with(|s| c.area(s.focus).map_or_else(|| s.focus.to_string(), |a| a.name.clone())));
    let ex = explore.clone();
    view! {
        <div class="pack">
            <PackControls codes=codes/>
            <header class="pack-header">
                <p class="pack-title">{move || format!("Briefing pack: {}", council())}</p>
                <p class="pack-meta">{format!("Children and Families Scrutiny Panel \u{b7} prepared {today} \u{b7} data version {version}")}</p>
            </header>
            <PackLoading progress=progress/>
            <Show when=move || progress.with(|p| p.waiting == 0)>
            <ChangedSinceSection codes=codes/>
            <section class="pack-cover" aria-labelledby="pack-flags">
                <h2 id="pack-flags">"Indicators to ask about"</h2>
                <p class="hint">"Flags are computed from the published figures: worse for three years running, bottom quartile of councils, gap to statistical neighbours widening, or no recent data. Most serious first."</p>
                {move || {
                    let all = entries.get();
                    let list = flagged(&all);
                    if list.is_empty() {
                        view! { <p>"None of the indicators in this pack is flagged."</p> }.into_any()
                    } else {
                        view! {
                            <ol class="flag-list">
                                {list.into_iter().map(|e| view! {
                                    <li>
                                        <a href=format!("#pack-{}", anchor(e.indicator.code.as_str()))>{e.indicator.name.clone()}</a>
                                        ": " {e.flags.iter().map(|f| f.describe()).collect::<Vec<_>>().join("; ")}
                                    </li>
                                }).collect_view()}
                            </ol>
                        }.into_any()
                    }
                }}
                <p class="pack-count">{move || format!("{} indicators in this pack.", entries.with(Vec::len))}</p>
            </section>
            <super::overview_view::OverviewTable codes=codes/>
            {move || {
                let focus = selection.with(|s| s.focus);
                let meta = heading.with_value(|(_, today, version)| format!("Briefing pack: {} \u{b7} {today} \u{b7} data version {version}", council2()));
                entries.get().into_iter().map(|e| view! { <PackEntryView entry=e focus=focus meta=meta.clone()/> }).collect_view()
            }}
            </Show>
            <p class="attribution-print">{ex.catalogue.data_version.clone()} " \u{b7} " {super::attribution::OGL_ATTRIBUTION}</p>
        </div>
    }
}

/// Which indicators are in the pack, and printing.
#[component]
fn PackControls(codes: Memo<Vec<IndicatorCode>>) -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let ex = explore.clone();
    let names = move || codes.get().into_iter().map(|c| (c.clone(), ex.catalogue.indicator(&c).map_or_else(|| c.to_string(), |i| i.name.clone()))).collect::<Vec<_>>();
    let ex = explore.clone();
    let current = move || ex.indicator();
    let current_name = current.clone();
    let full = RwSignal::new(None::<usize>);
    view! {
        <div class="pack-controls no-print">
            <details>
                <summary>{move || format!("Indicators in this pack ({})", codes.with(Vec::len))}</summary>
                <ul class="pack-list">
                    {move || names().into_iter().map(|(code, name)| {
                        let remove = code.clone();
                        view! {
                            <li>{name.clone()}
                                <button type="button" class="link-button" aria-label=format!("Remove {name} from the pack")
                                    on:click=move |_| selection.update(|s| s.remove_from_pack(&remove))>"Remove"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </details>
            <div class="inline">
                <button type="button" on:click=move |_| {
                    let code = current().code;
                    let mut outcome = Ok(());
                    selection.update(|s| outcome = s.add_to_pack(code));
                    full.set(outcome.err().map(|f| f.limit));
                }>{move || format!("Add \u{201c}{}\u{201d}", current_name().name)}</button>
                <button type="button" on:click=move |_| { full.set(None); selection.update(Selection::use_ready_made_pack) }>"Use the ready-made children's services set"</button>
                <button type="button" class="print-button" on:click=move |_| { let _ = window().print(); }>"Print or save as PDF"</button>
            </div>
            <p class="status" role="status" aria-live="polite">
                {move || full.get().map(|limit| format!("A briefing pack holds at most {limit} indicators: remove one to add another."))}
            </p>
        </div>
    }
}

#[component]
fn PackEntryView(entry: PackEntry, focus: AreaCode, meta: String) -> impl IntoView {
    let figures = use_explore().figures;
    let code = entry.indicator.code.clone();
    let definition = move || match figures.data.with(|d| d.about(&code).map(|a| a.definition.clone())) {
        Some(text) if text.is_empty() => "DfE gives no definition.".to_string(),
        Some(text) => text,
        None if figures.about.get() == AboutState::Failed => "The definitions could not be loaded (about.json); reload the page to try again.".to_string(),
        None => "(the definition is loading)".to_string(),
    };
    let explore = use_explore();
    let ind = entry.indicator.clone();
    let unit = |v: f64| with_unit(v, &ind);
    let latest = entry.latest.clone();
    let row = |label: &str, text: String| view! { <tr><th scope="row">{label.to_string()}</th><td>{text}</td></tr> };
    let none = || "no figure".to_string();
    let period = latest.as_ref().map(|(y, _, p)| if p.is_empty() { y.to_string() } else { p.clone() }).unwrap_or_default();
    // The entry's chart is the trend model the explorer draws.
    let model = entry.chart.clone();
    let trend = model.trend().cloned();
    let series = trend.as_ref().map(|t| t.series.clone()).unwrap_or_default();
    let source = model.source.clone();
    let as_reported: Vec<String> = trend.as_ref().map(|t| t.reported.iter().map(|p| format!("{}: {} ({})", p.period, p.value_text, p.document)).collect()).unwrap_or_default();
    let draw = Callback::new(move |(root, ratio): (CanvasArea, f64)| {
        if let Some(t) = &trend {
            let ind = &model.indicator;
            let marks = t.reported_marks();
            let chart = TrendChart { series: &t.series, years: &model.years, x_labels: &t.labels, unit: &ind.unit, decimals: ind.decimals, highlight: None, reported: &marks, fit: model.fit_axis(), theme: childstats::model::theme::Theme::Light, scale: ratio };
            let _ = draw_trend(&root, &chart);
        }
    });
    view! {
        <section class="pack-entry" id=format!("pack-{}", anchor(ind.code.as_str())) aria-labelledby=format!("pack-h-{}", anchor(ind.code.as_str()))>
            <p class="pack-entry-meta">{meta}</p>
            <h2 id=format!("pack-h-{}", anchor(ind.code.as_str()))>{ind.name.clone()}</h2>
            <p class="summary">{entry.chart.summary.clone()}</p>
            {(!as_reported.is_empty()).then(|| view! {
                <p class="pack-reported"><strong>"As reported locally (open rings; not official statistics): "</strong>{as_reported.join("; ")}</p>
            })}
            {(!entry.flags.is_empty()).then(|| view! {
                <p class="flags"><strong>"Flags: "</strong>{entry.flags.iter().map(|f| f.describe()).collect::<Vec<_>>().join("; ")}</p>
            })}
            <div class="pack-body">
                <figure class="chart pack-chart">
                    <Legend series=series.clone()/>
                    <div class="chart-box"><ChartCanvas draw=draw height=Signal::derive(|| 240u32)/></div>
                </figure>
                <table class="data-table pack-facts">
                    <caption>{format!("Latest figures ({period})")}</caption>
                    <tbody>
                        {row(&explore.area_name(focus), latest.as_ref().map(|(_, v, _)| unit(*v)).unwrap_or_else(none))}
                        {row("Statistical neighbour average", entry.neighbour_average.map(unit).unwrap_or_else(none))}
                        {entry.region.clone().map(|(name, v)| row(&name, unit(v)))}
                        {row("England", entry.england.map(unit).unwrap_or_else(none))}
                        {row("Rank among councils", entry.rank.map(|(r, of)| format!("{} of {of}", childstats::model::format::ordinal(r))).unwrap_or_else(none))}
                        {row("Quartile band", entry.band.map(|b| b.describe().to_string()).unwrap_or_else(|| "none for this measure".into()))}
                        {row("Change over one year", entry.change_1y.map(|c| c.describe(&ind)).unwrap_or_else(|| "not available".into()))}
                        {row("Change over five years", entry.change_5y.map(|c| c.describe(&ind)).unwrap_or_else(|| "not available".into()))}
                    </tbody>
                </table>
            </div>
            <p class="definition-text"><strong>"What it measures: "</strong>{definition}</p>
            <p class="source-text">{format!("{source} {}", ind.polarity.describe())}</p>
        </section>
    }
}

/// "Changed since the last meeting": pick the data year the panel last saw.
#[component]
fn ChangedSinceSection(codes: Memo<Vec<IndicatorCode>>) -> impl IntoView {
    use childstats::data::Year;
    use childstats::model::changed_since::{changed_since, changed_since_heading};
    let explore = use_explore();
    let selection = explore.selection;
    let since = RwSignal::new(None::<Year>);
    let ex = explore.clone();
    view! {
        <section class="changed-since" aria-labelledby="changed-since-h">
            <h2 id="changed-since-h">"Changed since the last meeting"</h2>
            <div class="control inline no-print">
                <label for="since-year">"Figures the panel last saw were for"</label>
                <select id="since-year" on:change=move |ev| since.set(event_target_value(&ev).parse::<u16>().ok().and_then(Year::new))>
                    <option value="">"Choose a data year\u{2026}"</option>
                    {ex.catalogue.years.iter().rev().skip(1).map(|y| view! { <option value=y.to_string()>{y.to_string()}</option> }).collect_view()}
                </select>
            </div>
            {move || since.get().map(|year| {
                let focus = selection.with(|s| s.focus);
                let list = ex.figures.data.with(|d| changed_since(d, &codes.get(), focus, year));
                let heading = changed_since_heading(list.len(), year);
                if list.is_empty() {
                    return view! { <p>{heading}</p> }.into_any();
                }
                view! {
                    <p class="pack-meta">{heading}</p>
                    <ul class="changed-list">
                        {list.into_iter().map(|c| view! {
                            <li class:turned=c.turned()><strong>{c.indicator.name.clone()}</strong>": " {c.describe(year)}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}

/// How many of the pack's indicators have their figures, and which failed.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct PackProgress {
    total: usize,
    pub(super) waiting: usize,
    /// (indicator name, what failed)
    failed: Vec<(String, String)>,
}

impl PackProgress {
    pub(super) fn of(codes: &[IndicatorCode], figures: super::figures::Figures) -> PackProgress {
        let catalogue = figures.catalogue();
        let mut progress = PackProgress { total: codes.len(), waiting: 0, failed: Vec::new() };
        for code in codes {
            match figures.state(code) {
                LoadStatus::Loading => progress.waiting += 1,
                LoadStatus::Failed(what) => {
                    progress.failed.push((catalogue.indicator(code).map_or_else(|| code.to_string(), |i| i.name.clone()), what));
                }
                LoadStatus::Ready => {}
            }
        }
        progress
    }
}

/// Progress while the pack's figures arrive; then any that failed, with a retry.
#[component]
pub(super) fn PackLoading(progress: Memo<PackProgress>) -> impl IntoView {
    let explore = use_explore();
    let figures = explore.figures;
    let selection = explore.selection;
    move || {
        let p = progress.get();
        let loading = (p.waiting > 0).then(|| view! {
            <div class="loading" role="status" aria-live="polite">
                <p>{format!("Loading the figures: {} of {} indicators\u{2026}", p.total - p.waiting, p.total)}</p>
                <progress max=p.total value=p.total - p.waiting aria-label="Loading the pack's figures"></progress>
            </div>
        });
        let failed = (!p.failed.is_empty()).then(|| view! {
            <div class="message warning" role="alert">
                <p>"The figures of these indicators could not be loaded, so the pack shows them as missing:"</p>
                <ul>{p.failed.iter().map(|(name, what)| view! { <li>{format!("{name}: {what}")}</li> }).collect_view()}</ul>
                <button type="button" on:click=move |_| selection.with_untracked(|s| for code in s.pack_indicators() { figures.retry_if_failed(&code) })>"Try again"</button>
            </div>
        });
        view! { {loading}{failed} }
    }
}

/// An id-safe form of an indicator code.
fn anchor(code: &str) -> String {
    code.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect()
}

/// Today's date as people write it: "22 November 2026".
fn today() -> String {
    const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    let d = js_sys::Date::new_0();
    format!("{} {} {}", d.get_date(), MONTHS[(d.get_month() as usize).min(11)], d.get_full_year())
}
