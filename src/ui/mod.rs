//! Leptos components. They wire signals to the `childstats` models and the
//! `charts` drawing functions; they do not compute figures themselves.

mod attribution;
mod chart_canvas;
mod comparators;
mod compare_view;
mod embed;
mod export;
mod explorer;
mod focus_picker;
mod indicator_info;
mod indicator_picker;
mod legend;
mod loading;
mod options;
mod reported;
mod local_view;
mod pack_view;
mod share;
mod table_view;
mod trend_view;
mod url;
mod values;
mod version_notice;
mod view_tabs;
mod year_range;

use std::sync::Arc;

use childstats::data::{DataError, Dataset};
use childstats::model::query::parse_extras;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;
use loading::{LoadFailed, Loading};
pub use reported::Reported;

/// Where the datasets are in loading.
#[derive(Clone)]
enum LoadState {
    Loading,
    Failed(DataError),
    Ready(Arc<Dataset>),
}

/// Loads the catalogue and every year again: what "Try again" does after a
/// file failed. The selection is in the address, so nothing chosen is lost.
#[derive(Clone, Copy)]
pub struct ReloadData(pub Callback<()>);

#[component]
pub fn App() -> impl IntoView {
    let extras = parse_extras(&url::current_query());
    let embed = extras.embed;
    let state = RwSignal::new(LoadState::Loading);
    let progress = RwSignal::new((0usize, 0usize));
    let reported = Reported::new();
    provide_context(reported);
    let load_all = move || {
        state.set(LoadState::Loading);
        progress.set((0, 0));
        spawn_local(async move {
            let catalogue = match load::catalogue().await {
                Ok(c) => c,
                Err(e) => return state.set(LoadState::Failed(e)),
            };
            load::timing::mark("catalogue-ready");
            progress.set((0, catalogue.years.len()));
            let years = load::years(&catalogue, move || progress.update(|(done, _)| *done += 1)).await;
            let mut dataset = Dataset::new(catalogue);
            for (year, data) in years {
                dataset.insert_year(year, data);
            }
            load::timing::mark("data-ready");
            let version = dataset.catalogue.data_version.clone();
            state.set(LoadState::Ready(Arc::new(dataset)));
            // Without them the charts still show every published figure; a
            // failure is shown where they would be, with a retry.
            reported.load(version);
        });
    };
    provide_context(ReloadData(Callback::new(move |()| load_all())));
    load_all();
    let content = move |extras: childstats::model::query::LinkExtras| {
        move || match state.get() {
            LoadState::Loading => view! { <Loading progress=progress/> }.into_any(),
            LoadState::Failed(error) => view! { <LoadFailed error=error/> }.into_any(),
            LoadState::Ready(dataset) if embed => view! { <embed::EmbedView dataset=dataset extras=extras.clone()/> }.into_any(),
            LoadState::Ready(dataset) => view! { <explorer::Explorer dataset=dataset extras=extras.clone()/> }.into_any(),
        }
    };

    if embed {
        if let Some(body) = document().body() {
            let _ = body.class_list().add_1("embedded");
        }
        return view! { <main id="main">{content(extras)}</main> }.into_any();
    }
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <header class="site-header">
            <p class="site-title">"Children's services statistics explorer"</p>
            <p class="site-strapline">"English councils, 2014 to 2024, compared with similar councils, their region and England"</p>
        </header>
        <main id="main" tabindex="-1">{content(extras)}</main>
    }
    .into_any()
}
