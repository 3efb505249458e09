//! The overview: every indicator of a set for the focus council on one
//! screen — its figure beside its neighbours, region and England, a spine of
//! where it sits among all councils (better to the right where the measure
//! has a polarity), its band and its changes. A real table: each spine is an
//! image with its text; sortable; a CSV download; a section of the pack.

use childstats::data::{IndicatorCode, Polarity};
use childstats::model::change::Verdict;
use childstats::model::overview::{overview, overview_csv, sort_overview, OverviewRow, OverviewSet, OverviewSort};
use childstats::model::query::print_query;
use childstats::model::rank::Band;
use childstats::model::selection::View;
use leptos::prelude::*;

use super::explorer::use_explore;
use super::pack_view::{PackLoading, PackProgress};
use crate::download;

#[component]
pub fn OverviewView() -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let (codes, progress) = use_overview_set();
    let mut topics: Vec<String> = explore.catalogue.indicators().iter().map(|i| i.topic.clone()).collect();
    topics.sort();
    topics.dedup();
    view! {
        <div class="overview">
            <div class="control inline no-print">
                <label for="overview-set">"Indicators"</label>
                <select id="overview-set" prop:value=move || selection.with(|s| s.set.code())
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        let topics = topics_of(&value);
                        if let Some(set) = OverviewSet::from_code(&value, &topics) {
                            selection.update(|s| s.set = set);
                        }
                    }>
                    <option value="ready">"The ready-made children\u{2019}s services set"</option>
                    <option value="pack">"The briefing pack\u{2019}s indicators"</option>
                    {topics.into_iter().map(|t| view! { <option value=format!("topic:{t}")>{format!("Topic: {t}")}</option> }).collect_view()}
                </select>
            </div>
            <PackLoading progress=progress/>
            <Show when=move || progress.with(|p| p.waiting == 0)>
                <OverviewTable codes=codes/>
            </Show>
        </div>
    }
}

/// The topic a `topic:` code names, for `OverviewSet::from_code` (the
/// select only offers the catalogue's own).
fn topics_of(code: &str) -> Vec<String> {
    code.strip_prefix("topic:").map(|t| vec![t.to_string()]).unwrap_or_default()
}

/// The indicators of the link's set (`set=`), fetched as they are needed,
/// and how many have arrived: the overview's and its embed's.
pub fn use_overview_set() -> (Memo<Vec<IndicatorCode>>, Memo<PackProgress>) {
    let explore = use_explore();
    let (selection, figures) = (explore.selection, explore.figures);
    let codes = Memo::new(move |_| selection.with(|s| figures.data.with_untracked(|d| s.set.codes(d, &s.pack))));
    Effect::new(move |_| codes.with(|c| figures.ensure_all(c)));
    let progress = Memo::new(move |_| codes.with(|c| PackProgress::of(c, figures)));
    (codes, progress)
}

/// The overview table of `codes` for the focus council; `embedded`: its
/// links open the explorer in a new tab.
#[component]
pub fn OverviewTable(codes: Memo<Vec<IndicatorCode>>, #[prop(optional)] embedded: bool) -> impl IntoView {
    let explore = use_explore();
    let (selection, figures) = (explore.selection, explore.figures);
    let sort = RwSignal::new(OverviewSort::Set);
    // Built when the figures or the council change; a new sort only reorders.
    let built = Memo::new(move |_| figures.data.with(|d| selection.with(|s| overview(d, &codes.get(), s.focus, s.model.code()))));
    let rows = Memo::new(move |_| {
        let mut rows = built.get();
        sort_overview(&mut rows, sort.get());
        rows
    });
    let ex = explore.clone();
    let focus = Memo::new(move |_| ex.area_name(selection.with(|s| s.focus)));
    let download_csv = move |_| {
        let name = focus.get_untracked();
        let csv = rows.with_untracked(|r| overview_csv(r, &name));
        let _ = download::save_text(&format!("overview-{}.csv", name.to_ascii_lowercase().replace(' ', "-")), "text/csv;charset=utf-8", &csv);
    };
    let sort_button = move |by: OverviewSort, label: &'static str| {
        view! { <button type="button" aria-pressed=move || (sort.get() == by).to_string() on:click=move |_| sort.set(by)>{label}</button> }
    };
    view! {
        <section class="overview-section" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{move || format!("At a glance: {}", focus.get())}</h2>
            <p class="hint">"Each spine shows every council\u{2019}s figure that year: the bar from lowest to highest, the box the middle half, the tick the median. "
                "Where a measure has a better direction, better is always to the right, and the council\u{2019}s marker has the colour and shape of its quartile band (A best to D). "
                "\u{25b2} statistical neighbour average, | England."</p>
            <div class="share-actions no-print" role="group" aria-label="Sort the indicators">
                "Sort: " {sort_button(OverviewSort::Set, "As listed")} {sort_button(OverviewSort::Band, "By band, D first")}
                {sort_button(OverviewSort::Change, "By change, worse first")} {sort_button(OverviewSort::Name, "By name")}
                <button type="button" on:click=download_csv>"Download the overview (CSV)"</button>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Overview of the indicators">
                <table class="data-table overview-table">
                    <caption>{move || format!("{}: latest figures of each indicator", focus.get())}</caption>
                    <thead><tr>
                        <th scope="col">"Indicator, and where the council sits among all councils"</th>
                        <th scope="col">"Latest"</th>
                        <th scope="col" class="num">{move || focus.get()}</th>
                        <th scope="col" class="num">"Neighbour average"</th>
                        <th scope="col" class="num">"Region"</th>
                        <th scope="col" class="num">"England"</th>
                        <th scope="col">"Band"</th>
                        <th scope="col">"Since last year"</th>
                        <th scope="col">"Over five years"</th>
                    </tr></thead>
                    <tbody>
                        {move || { let name = focus.get(); rows.get().into_iter().map(|r| view! { <OverviewLine row=r focus=name.clone() embedded=embedded/> }).collect_view() }}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn OverviewLine(row: OverviewRow, focus: String, embedded: bool) -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let e = &row.entry;
    let ind = e.indicator.clone();
    let fmt = move |v: Option<f64>| v.map_or_else(|| "\u{2013}".to_string(), |v| ind.format_value(v));
    let code = e.indicator.code.clone();
    let href = format!("?{}", selection.with_untracked(|s| print_query(&childstats::model::selection::Selection { indicator: code.clone(), view: View::Trend, ..s.clone() })));
    let open_trend = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        selection.update(|s| {
            s.set_indicator(code.clone());
            s.view = View::Trend;
        });
    };
    let change = |c: &Option<childstats::model::change::Change>| {
        let class = match c.as_ref().and_then(|c| c.verdict) {
            Some(Verdict::Better) => "change better",
            Some(Verdict::Worse) => "change worse",
            None => "change",
        };
        let text = c.as_ref().map_or_else(|| "\u{2013}".to_string(), |c| c.describe(&e.indicator));
        view! { <td class=class>{text}</td> }
    };
    let period = e.latest.as_ref().map_or_else(|| "None published".to_string(), |(y, _, p)| if p.is_empty() { y.to_string() } else { p.clone() });
    view! {
        <tr>
            <th scope="row">
                {if embedded {
                    view! { <a href=href target="_blank" rel="noopener">{e.indicator.name.clone()}<span class="visually-hidden">" (opens in a new tab)"</span></a> }.into_any()
                } else {
                    view! { <a href=href on:click=open_trend>{e.indicator.name.clone()}</a> }.into_any()
                }}
                <Spine row=row.clone() focus=focus.clone()/>
            </th>
            <td>{period}</td>
            <td class="num">{fmt(e.latest.as_ref().map(|l| l.1))}</td>
            <td class="num">{fmt(e.neighbour_average)}</td>
            <td class="num">{fmt(e.region.as_ref().map(|r| r.1))}</td>
            <td class="num">{fmt(e.england)}</td>
            <td>{e.band.map_or_else(|| "\u{2013}".to_string(), |b| b.letter().to_string())}</td>
            {change(&e.change_1y)}
            {change(&e.change_5y)}
        </tr>
    }
}

/// The spread of all councils, the neighbour average, England and the
/// council, as a small labelled image.
#[component]
pub fn Spine(row: OverviewRow, focus: String) -> impl IntoView {
    const W: f64 = 220.0;
    let x = |v: f64| row.position(v).map(|t| 6.0 + t * (W - 12.0));
    let label = row.spine_text(&focus);
    let Some(s) = row.spread else { return view! { <p class="missing">{label}</p> }.into_any() };
    let (low, high) = (x(s.low).unwrap_or(6.0), x(s.high).unwrap_or(W - 6.0));
    let (q1, q3) = (x(s.q1).unwrap_or(low), x(s.q3).unwrap_or(high));
    let (box_left, box_width) = (q1.min(q3), (q3 - q1).abs().max(1.0));
    let median = x(s.median).unwrap_or(low);
    let england = row.entry.england.and_then(x);
    let average = row.entry.neighbour_average.and_then(x);
    let council = row.entry.latest.as_ref().and_then(|l| x(l.1));
    let band = if row.entry.indicator.polarity == Polarity::Neither { None } else { row.entry.band };
    let colour = childstats::model::theme::css(band.map_or((0x50, 0x5a, 0x5f), band_rgb));
    let marker = council.map(|cx| match band {
        Some(Band::A) | None => view! { <circle cx=cx cy="14" r="5.5" fill=colour.clone() class="spine-ink" stroke="#0b0c0c" stroke-width="1.5"/> }.into_any(),
        Some(Band::B) => view! { <rect x=cx - 5.0 y="9" width="10" height="10" fill=colour.clone() class="spine-ink" stroke="#0b0c0c" stroke-width="1.5"/> }.into_any(),
        Some(Band::C) => view! { <polygon points=format!("{},8 {},19 {},19", cx, cx + 6.0, cx - 6.0) fill=colour.clone() class="spine-ink" stroke="#0b0c0c" stroke-width="1.5"/> }.into_any(),
        Some(Band::D) => view! { <polygon points=format!("{},7 {},14 {},21 {},14", cx, cx + 7.0, cx, cx - 7.0) fill=colour.clone() class="spine-ink" stroke="#0b0c0c" stroke-width="1.5"/> }.into_any(),
    });
    view! {
        <svg class="spine" width=W height="28" viewBox=format!("0 0 {W} 28") role="img" aria-label=label>
            <line x1=low y1="14" x2=high y2="14" stroke="#6f777b" stroke-width="2"/>
            <rect class="spine-box" x=box_left y="8" width=box_width height="12" fill="#dee0e2" stroke="#6f777b"/>
            <line class="spine-ink" x1=median y1="6" x2=median y2="22" stroke="#0b0c0c" stroke-width="1.5"/>
            {england.map(|ex| view! { <line class="spine-england" x1=ex y1="2" x2=ex y2="26" stroke="#1d5fa8" stroke-width="2"/> })}
            {average.map(|ax| view! { <polygon class="spine-average" points=format!("{},3 {},11 {},11", ax, ax + 5.0, ax - 5.0) fill="#b34d00"/> })}
            {marker}
        </svg>
    }
    .into_any()
}

/// The map's band colours (ColorBrewer PuOr), so the overview and the map agree.
fn band_rgb(band: Band) -> (u8, u8, u8) {
    childstats::model::map::class_colours(childstats::model::map::MapClass::Band(band), childstats::model::theme::Theme::Light).0
}
