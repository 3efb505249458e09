//! "Download all the figures": its heading, words, choice of years and
//! button, the same in both explorer builds. The fuller build does the
//! download (`dataset_download.rs`); the first build, which leaves that code
//! out, loads the page again in the fuller build to do it
//! (`DatasetDownloadInFullBuild` below).

use childstats::model::build::FullBuildTool;
use childstats::model::export::DatasetYears;
use leptos::html::Select;
use leptos::prelude::*;

use super::explorer::use_explore;
use super::options::{bind_options, options_html, OptionGroup};

/// The section's id: a skip target, and where the fuller build scrolls to
/// when it starts a download asked for by the first build.
pub const SECTION_ID: &str = "all-figures";

/// The years chosen: until a choice is made, the last year of the chart shown.
pub fn chosen_years(chosen: RwSignal<Option<DatasetYears>>) -> impl Fn() -> DatasetYears + Copy + Send + Sync + 'static {
    let explore = use_explore();
    let (span, chart) = (explore.catalogue.years, explore.chart);
    move || chosen.get().unwrap_or_else(|| DatasetYears::One(chart.with(|m| m.years.last().copied().unwrap_or(span.last))))
}

/// The heading, words, years and button; `children` says how it is going.
#[component]
pub fn DatasetDownloadForm(
    chosen: RwSignal<Option<DatasetYears>>,
    #[prop(into)] busy: Signal<bool>,
    on_download: Callback<()>,
    children: Children,
) -> impl IntoView {
    let span = use_explore().catalogue.years;
    let years = chosen_years(chosen);
    let select = NodeRef::<Select>::new();
    let choices = move || {
        let mut options = vec![(DatasetYears::All.choice(), format!("All years ({})", span.describe()))];
        options.extend(span.iter().rev().map(|y| (y.to_string(), y.to_string())));
        options_html(&[OptionGroup { label: None, options }])
    };
    bind_options(select, choices, move || years().choice());

    view! {
        <section class="share no-print dataset-download" id=SECTION_ID aria-labelledby="dataset-download-h">
            <h2 id="dataset-download-h" class="small-heading">"Download all the figures"</h2>
            <p class="hint">"Every council, region and England, every indicator, as one CSV file in the columns of the chart downloads. One year at a time is quicker; all years together make a very large file."</p>
            <div class="inline">
                <label for="dataset-years">"Years"</label>
                <select id="dataset-years" node_ref=select style:flex="0 0 auto"
                    on:change=move |ev| chosen.set(Some(DatasetYears::from_choice(&event_target_value(&ev), span)))></select>
                <button type="button" aria-disabled=move || busy.get().to_string()
                    on:click=move |_| if !busy.get_untracked() { on_download.run(()) }>"Download CSV"</button>
            </div>
            {children()}
        </section>
    }
}

/// The first build's "Download all the figures": the same choice, and the
/// button loads this page again in the fuller build with the choice in the
/// address (`#all-figures=2025`), where the download starts at once.
#[component]
pub fn DatasetDownloadInFullBuild() -> impl IntoView {
    let selection = use_explore().selection;
    let chosen = RwSignal::new(None::<DatasetYears>);
    let years = chosen_years(chosen);
    let leaving = RwSignal::new(false);
    let offline = RwSignal::new(false);
    let download = Callback::new(move |()| {
        offline.set(!super::url::full_build_reachable());
        if offline.get_untracked() {
            return;
        }
        leaving.set(true);
        selection.with_untracked(|s| super::url::reload_in_full_build(s, FullBuildTool::AllFigures(years())));
    });
    view! {
        <DatasetDownloadForm chosen=chosen busy=leaving on_download=download>
            <div class="loading" role="status" aria-live="polite">
                <p hidden=move || !leaving.get()>"Loading the download\u{2026}"</p>
                <p class="message warning" hidden=move || !offline.get()>{super::url::FULL_BUILD_OFFLINE}</p>
            </div>
        </DatasetDownloadForm>
    }
}
