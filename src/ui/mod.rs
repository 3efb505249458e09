//! Leptos components. They wire signals to the `childstats` model; they do
//! not compute figures themselves.

mod attribution;
mod loading;
mod trend_table;

use std::sync::Arc;

use childstats::data::{AreaCode, DataError, Dataset, IndicatorCode};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;
use attribution::Attribution;
use loading::{LoadFailed, Loading};
use trend_table::TrendTable;

/// Where the datasets are in loading.
#[derive(Clone)]
enum LoadState {
    Loading,
    Failed(DataError),
    Ready(Arc<Dataset>),
}

#[component]
pub fn App() -> impl IntoView {
    let state = RwSignal::new(LoadState::Loading);
    let progress = RwSignal::new((0usize, 0usize));
    spawn_local(async move {
        let catalogue = match load::catalogue().await {
            Ok(c) => c,
            Err(e) => return state.set(LoadState::Failed(e)),
        };
        progress.set((0, catalogue.years.len()));
        let years = load::years(&catalogue, move || progress.update(|(done, _)| *done += 1)).await;
        let mut dataset = Dataset::new(catalogue);
        for (year, data) in years {
            dataset.insert_year(year, data);
        }
        load::timing::mark("data-ready");
        state.set(LoadState::Ready(Arc::new(dataset)));
        // Runs after the view above has been rendered into the DOM.
        request_animation_frame(|| load::timing::mark("first-view"));
    });

    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <header class="site-header">
            <p class="site-title">"Children's services statistics explorer"</p>
        </header>
        <main id="main" tabindex="-1">
            {move || match state.get() {
                LoadState::Loading => view! { <Loading progress=progress/> }.into_any(),
                LoadState::Failed(error) => view! { <LoadFailed error=error/> }.into_any(),
                LoadState::Ready(dataset) => view! {
                    <TrendTable
                        dataset=dataset.clone()
                        indicator=IndicatorCode::new("CPP_rate")
                        focus=AreaCode::SOUTHAMPTON
                    />
                    <Attribution dataset=dataset/>
                }
                .into_any(),
            }}
        </main>
    }
}
