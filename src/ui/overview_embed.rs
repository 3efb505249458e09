//! The overview embedded in another page: every indicator of the set as a
//! line with its spine and band, the overview in one sentence, the full
//! table folded away, and the publishers of its figures. No controls; a
//! person's own figures are never here (the overview shows published ones).

use childstats::data::IndicatorCode;
use childstats::model::overview::{overview, overview_source, overview_summary};
use leptos::prelude::*;

use super::explorer::use_explore;
use super::overview_view::{use_overview_set, OverviewTable, Spine};
use super::pack_view::PackLoading;

#[component]
pub fn OverviewEmbed() -> impl IntoView {
    let explore = use_explore();
    let (codes, progress) = use_overview_set();
    let chart = explore.chart;
    view! {
        <h1 class="embed-title">{move || chart.with(|m| m.title.clone())}</h1>
        <PackLoading progress=progress/>
        <Show when=move || progress.with(|p| p.waiting == 0)>
            <OverviewSpines codes=codes/>
        </Show>
    }
}

#[component]
fn OverviewSpines(codes: Memo<Vec<IndicatorCode>>) -> impl IntoView {
    let explore = use_explore();
    let (selection, figures) = (explore.selection, explore.figures);
    let focus = explore.area_name(selection.with_untracked(|s| s.focus));
    let rows = Memo::new(move |_| figures.data.with(|d| selection.with(|s| overview(d, &codes.get(), s.focus, s.model.code()))));
    let version = explore.catalogue.data_version.clone();
    let name = focus.clone();
    let summary = move || rows.with(|r| overview_summary(r, &name));
    let source = move || rows.with(|r| overview_source(r, &version));
    crate::load::timing::chart_drawn();
    view! {
        <figure class="overview-embed" aria-describedby="overview-summary">
            <p id="overview-summary" class="summary">{summary}</p>
            <p class="note">"Each spine: every council\u{2019}s figure that year, lowest to highest, the box the middle half. "
                "Better is to the right where a measure has a better direction. \u{25b2} neighbour average, | England."</p>
            <ul class="overview-spines">
                {move || rows.get().into_iter().map(|row| {
                    let name = row.entry.indicator.name.clone();
                    let band = row.entry.band.map(|b| format!("Band {}", b.letter()));
                    view! {
                        <li>
                            <span class="spine-name">{name}{band.map(|b| view! { <span class="spine-band">{b}</span> })}</span>
                            <Spine row=row focus=focus.clone()/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </figure>
        <details class="figures">
            <summary>"The figures, as a table"</summary>
            <OverviewTable codes=codes embedded=true/>
        </details>
        <p class="embed-source">{source}</p>
    }
}
