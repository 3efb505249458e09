//! The explorer: the selection in one signal, shared through context, kept
//! in the URL; controls on one side, the chosen view on the other.

use std::sync::Arc;

use childstats::data::{Catalogue, Indicator, IndicatorCode};
use childstats::model::chart::ChartModel;
use childstats::model::query::LinkProblem;
use childstats::model::selection::{Selection, View};
use leptos::prelude::*;

use super::attribution::Attribution;
use super::comparators::Comparators;
use super::figures::{use_figures, Figures, LoadStatus};
use super::figures_gate::FiguresGate;
use super::reported::{use_reported, Reported};
use super::compare_view::CompareView;
use super::focus_picker::FocusPicker;
use super::indicator_info::{IndicatorInfo, IndicatorTitle};
use super::indicator_picker::IndicatorPicker;
use super::table_view::TableView;
use super::trend_view::TrendView;
use super::url;
use super::share::SharePanel;
use super::version_notice::VersionNotice;
use super::view_tabs::ViewTabs;
use super::year_range::YearRange;

/// What every explorer component reads: the catalogue, the figures loaded
/// so far, the selection, and the chart model of the selection (built once,
/// read by every output).
#[derive(Clone)]
pub struct Explore {
    pub catalogue: Arc<Catalogue>,
    pub figures: Figures,
    pub selection: RwSignal<Selection>,
    /// The indicator's code alone, so that what shows only the indicator is
    /// not redone when the council or years change.
    indicator_code: Memo<IndicatorCode>,
    /// Where the chosen indicator's figures are.
    pub status: Memo<LoadStatus>,
    /// The chart of the selection. While a newly chosen indicator's figures
    /// are on their way it stays the last chart drawn (the page says what is
    /// loading), so nothing is ever drawn from figures not yet there.
    pub chart: Memo<ChartModel>,
}

impl Explore {
    pub fn new(catalogue: Arc<Catalogue>, selection: RwSignal<Selection>, reported: Reported) -> Self {
        let figures = use_figures();
        let indicator_code = Memo::new(move |_| selection.with(|s| s.indicator.clone()));
        // Fetch the chosen indicator's figures when it changes.
        Effect::new(move |_| indicator_code.with(|code| figures.ensure(code)));
        let status = Memo::new(move |_| indicator_code.with(|code| figures.state(code)));
        // Whether the chosen indicator's figures are here: the chart is rebuilt
        // when that changes, not whenever any other file arrives (the pack and
        // the yearly download bring in up to 435).
        let ready = Memo::new(move |_| indicator_code.with(|code| figures.data.with(|d| d.has_figures(code))));
        let chart = Memo::new(move |previous: Option<&ChartModel>| {
            let file = reported.file();
            // Read (not only tracked) on every run, so the memo computes and
            // so notices when the figures arrive.
            let is_ready = ready.get();
            match previous {
                Some(last) if !is_ready => last.clone(),
                _ => figures.data.with_untracked(|d| selection.with(|s| ChartModel::build(d, s, file.as_deref()))),
            }
        });
        Self { catalogue, figures, selection, indicator_code, status, chart }
    }

    /// The chosen indicator. The selection only ever holds catalogue codes.
    pub fn indicator(&self) -> Indicator {
        let code = self.indicator_code.get();
        self.catalogue.indicator(&code).cloned().unwrap_or_else(|| self.catalogue.indicators()[0].clone())
    }
    pub fn area_name(&self, code: childstats::data::AreaCode) -> String {
        self.catalogue.area(code).map_or_else(|| code.to_string(), |a| a.name.clone())
    }
}

pub fn use_explore() -> Explore {
    expect_context::<Explore>()
}

#[component]
pub fn Explorer(
    catalogue: Arc<Catalogue>,
    extras: childstats::model::query::LinkExtras,
    /// What the fuller build has (`View::in_full_build`, the dataset
    /// download); `None` in the explorer's first build, which loads the page
    /// again in the fuller one for them.
    full: Option<FullBuild>,
) -> impl IntoView {
    // A deliberate panic for the end-to-end test that a panic is reported in
    // the page (tests/e2e/robustness.spec.mjs); it only ever affects the
    // person who opens such a link.
    if url::current_query().contains("debug-panic=1") {
        panic!("debug-panic=1: a deliberate panic to test the error report");
    }
    let (initial, problems) = url::read(&catalogue);
    // The address says exactly what is shown (a tidied malformed link, or the
    // default spelled out), without adding a history entry.
    url::replace(&initial);
    let selection = RwSignal::new(initial);
    let problems = RwSignal::new(problems);
    provide_context(Explore::new(catalogue.clone(), selection, use_reported()));
    provide_context(HasMoreViews(full.is_some()));

    // Each change of selection is a history entry; back/forward restore it.
    // Written after the next paint: pushState costs Chromium ~2.5 ms, which
    // the redrawn chart need not wait for. The selection is read when the
    // entry is written, so after back/forward (the address already holds it)
    // nothing is pushed, and quick successive changes make one entry.
    Effect::new(move |_| {
        selection.track();
        // The explorer may be gone by the time these run (the data was
        // reloaded): then there is nothing to write.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let _ = selection.try_with_untracked(url::push);
                },
                std::time::Duration::ZERO,
            )
        });
    });
    let for_history = catalogue.clone();
    let history = window_event_listener(leptos::ev::popstate, move |_| {
        let (s, p) = url::read(&for_history);
        problems.set(p);
        selection.set(s);
    });
    on_cleanup(move || history.remove());

    // The view alone, so that changing the indicator, council or years
    // updates the open view in place instead of building it again (which
    // also re-measured the page's layout for the canvas on every change).
    let view = Memo::new(move |_| selection.with(|s| s.view));
    let figures_view = move || !matches!(view.get(), View::Pack | View::Local | View::Overview);
    // Share and download once a chart of loaded figures is there.
    let status = use_explore().status;
    let explore_ready = move || status.get() == LoadStatus::Ready;
    let settled = first_chart_settled(status);

    let current = catalogue.data_version.clone();
    view! {
        <VersionNotice extras=extras current=current/>
        <LinkProblems problems=problems/>
        // The figures come first in the page, and so in the focus order: on a
        // phone the chart is in the first screen, with a link down to the
        // choices; on a wider screen the choices are the right-hand column.
        <a class="jump-to-controls" href="#controls">{childstats::model::site::JUMP_TO_CHOICES}</a>
        <div class="explorer">
            <section class="results" id="figures" tabindex="-1" aria-label="Figures">
                <Show when=figures_view><IndicatorTitle/></Show>
                <ViewTabs/>
                <div class="view-panel" id="view-panel" role="tabpanel" aria-labelledby=move || format!("tab-{}", view.get().code())>
                    {move || match view.get() {
                        View::Trend => view! { <FiguresGate><TrendView/></FiguresGate> }.into_any(),
                        View::Compare => view! { <FiguresGate><CompareView controls=true/></FiguresGate> }.into_any(),
                        View::Table => view! { <FiguresGate><TableView/></FiguresGate> }.into_any(),
                        other => match full {
                            Some(full) => (full.views)(other),
                            None => view! { <InFullBuild/> }.into_any(),
                        },
                    }}
                </div>
                <Show when=move || settled.get()>
                    <Show when=figures_view><IndicatorInfo/></Show>
                    // The overview is shared and embedded too (its CSV is its download).
                    <Show when=move || (figures_view() || view.get() == View::Overview) && explore_ready()><SharePanel embed_code=full.map(|f| f.embed_code)/></Show>
                    {match full {
                        Some(full) => (full.dataset_download)(),
                        None => view! { <super::dataset_years::DatasetDownloadInFullBuild/> }.into_any(),
                    }}
                </Show>
            </section>
            <section class="controls" id="controls" tabindex="-1" aria-label="Choose what to show">
                <Show when=move || settled.get()>
                    <IndicatorPicker/>
                    <FocusPicker/>
                    <Comparators/>
                    <YearRange/>
                    <a class="jump-to-figures" href="#figures">"Back to the figures \u{2191}"</a>
                </Show>
            </section>
        </div>
        <Attribution version=catalogue.data_version.clone()/>
    }
}

/// Whether the first chart has been drawn, or cannot be yet: the choices
/// and what sits under the chart are built from then on. On a phone they are
/// below the chart, and building them first (435 indicators, 150 councils
/// and the page's layout) held the first chart back by about 0.3 s on the
/// phone profile (README, "Benchmark"). Set on the task after the chosen
/// indicator's figures are read (the chart is drawn in the same update) or
/// have failed, and at the latest after `SETTLE_AT_MOST`, so a slow file
/// never keeps a person from choosing another indicator.
fn first_chart_settled(status: Memo<LoadStatus>) -> ReadSignal<bool> {
    const SETTLE_AT_MOST: std::time::Duration = std::time::Duration::from_millis(1500);
    let settled = RwSignal::new(false);
    let settle = move || {
        let _ = settled.try_set(true);
    };
    set_timeout(settle, SETTLE_AT_MOST);
    Effect::new(move |_| {
        if status.get() != LoadStatus::Loading && !settled.get_untracked() {
            set_timeout(settle, std::time::Duration::ZERO);
        }
    });
    settled.read_only()
}

/// What only the explorer's fuller build has, so the first build's code
/// leaves it out: the views it renders, "Download all the figures" and the
/// embed code.
#[derive(Clone, Copy)]
pub struct FullBuild {
    pub views: fn(View) -> AnyView,
    pub dataset_download: fn() -> AnyView,
    pub embed_code: super::share::EmbedCodePanel,
}

/// Whether this build has the fuller build's views (for the tabs).
#[derive(Clone, Copy)]
pub struct HasMoreViews(pub bool);

/// A view of the fuller build, reached in the first build (back or forward
/// to its address, or its tab while offline): the page loads again, in that
/// build, at the same address. Offline, with that build not saved yet, it
/// says so, and loads once the device is back online.
#[component]
fn InFullBuild() -> impl IntoView {
    let selection = use_explore().selection;
    let load = move || {
        let query = selection.with_untracked(childstats::model::query::print_query);
        let _ = window().location().replace(&format!("?{query}"));
    };
    let reachable = url::full_build_reachable();
    if reachable {
        Effect::new(move |_| load());
    } else {
        let online = window_event_listener_untyped("online", move |_| load());
        on_cleanup(move || online.remove());
    }
    view! {
        <p role="status" class=if reachable { "figures-loading" } else { "message warning" }>
            {if reachable { "Loading this view\u{2026}" } else { url::FULL_BUILD_OFFLINE }}
        </p>
    }
}

#[component]
fn LinkProblems(problems: RwSignal<Vec<LinkProblem>>) -> impl IntoView {
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div class="message warning" role="alert">
                <p>"Part of the link you opened could not be used, so the explorer shows what it could:"</p>
                // Text nodes only: whatever a link holds is never markup.
                <ul>{move || problems.get().into_iter().map(|p| view! { <li>{p.0}</li> }).collect_view()}</ul>
                <button type="button" class="link-button" on:click=move |_| problems.set(Vec::new())>"Dismiss"</button>
            </div>
        </Show>
    }
}
