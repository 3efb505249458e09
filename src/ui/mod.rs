//! Leptos components. They wire signals to the `childstats` models and the
//! `charts` drawing functions; they do not compute figures themselves.

mod attribution;
pub mod canvas_backend;
mod chart_canvas;
mod comparators;
mod compare_view;
#[cfg(feature = "full")]
mod dataset_download;
mod dataset_years;
mod embed;
#[cfg(feature = "full")]
mod embed_code;
mod export;
mod explorer;
mod figures;
mod figures_gate;
mod focus_picker;
mod folded_figures;
mod indicator_info;
mod indicator_picker;
mod legend;
mod loading;
mod options;
mod own_figures;
#[cfg(feature = "full")]
mod own_figures_panel;
mod reported;
#[cfg(feature = "full")]
mod local_view;
#[cfg(feature = "full")]
mod map_view;
#[cfg(feature = "full")]
mod overview_embed;
#[cfg(feature = "full")]
mod overview_view;
#[cfg(feature = "full")]
mod hex_layout;
#[cfg(feature = "full")]
mod pack_view;
mod share;
mod table_view;
mod theme;
mod trend_view;
mod url;
mod values;
mod version_notice;
mod view_tabs;
mod year_range;

use std::sync::Arc;

use childstats::data::Catalogue;
use childstats::model::query::{parse_extras, LinkExtras};
#[cfg(feature = "full")]
use childstats::model::selection::View;
use childstats::model::site;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;
use figures::Figures;
use loading::{LoadFailed, Loading};
pub use reported::Reported;

/// Where the core (indicators, areas, years) is in loading.
#[derive(Clone)]
enum LoadState {
    Loading,
    /// What failed, in words (kept as words: the error itself is not cloned
    /// into every reader of the state).
    Failed(String),
    Ready(Arc<Catalogue>),
}

/// Loads the core again: what "Try again" does after it failed.
#[derive(Clone, Copy)]
pub struct ReloadData(pub Callback<()>);

/// What the app shows once the core has loaded.
type Page = fn(Arc<Catalogue>, LinkExtras) -> AnyView;

/// The explorer's first build: trend, compare and table. The boot script
/// loads it for those views; a link with `embed=1` gets the embedded chart's
/// own build instead, so this one has no embed page (its code would be
/// downloaded by every explorer visitor and never run).
#[component]
pub fn App() -> impl IntoView {
    let mut extras = parse_extras(&url::current_query());
    extras.embed = false;
    shell(extras, explorer_page)
}

/// The explorer's fuller build: every view, the overview, map, briefing
/// pack and figures reported locally too (`src/bin/explorer-full.rs`).
#[cfg(feature = "full")]
#[component]
pub fn FullApp() -> impl IntoView {
    let extras = parse_extras(&url::current_query());
    let page: Page = if extras.embed { full_embed_page } else { full_explorer_page };
    shell(extras, page)
}

/// One embedded chart and nothing else: the embed's own, smaller entry point
/// (`src/bin/embed.rs`), which leaves the explorer's views out of its code.
#[component]
pub fn EmbedApp() -> impl IntoView {
    let mut extras = parse_extras(&url::current_query());
    extras.embed = true;
    shell(extras, embed_page)
}

fn explorer_page(catalogue: Arc<Catalogue>, extras: LinkExtras) -> AnyView {
    provide_own_figures(&catalogue);
    view! { <explorer::Explorer catalogue=catalogue extras=extras full=None/> }.into_any()
}

#[cfg(feature = "full")]
fn full_explorer_page(catalogue: Arc<Catalogue>, extras: LinkExtras) -> AnyView {
    provide_own_figures(&catalogue);
    // Read before the explorer tidies the address, which drops the fragment.
    let hash = window().location().hash().unwrap_or_default();
    provide_context(url::AskedTool::new(childstats::model::build::FullBuildTool::read(&hash, catalogue.years)));
    provide_context(hex_layout::HexLayoutStore::new(catalogue.clone()));
    view! { <explorer::Explorer catalogue=catalogue extras=extras full=Some(explorer::FullBuild { views: full_views, dataset_download: full_dataset_download, embed_code: embed_code::embed_code_panel })/> }.into_any()
}

/// "Download all the figures", the fuller build's only.
#[cfg(feature = "full")]
fn full_dataset_download() -> AnyView {
    view! { <dataset_download::DatasetDownload/> }.into_any()
}

/// The fuller build's views.
#[cfg(feature = "full")]
fn full_views(view: View) -> AnyView {
    match view {
        View::Pack => view! { <pack_view::PackView/> }.into_any(),
        View::Local => view! { <local_view::LocalView/> }.into_any(),
        View::Map => view! { <figures_gate::FiguresGate><map_view::MapView/></figures_gate::FiguresGate> }.into_any(),
        View::Overview => view! { <overview_view::OverviewView/> }.into_any(),
        // The first build's views are drawn by the explorer itself.
        View::Trend | View::Compare | View::Table => ().into_any(),
    }
}

/// A person's own saved figures, drawn with the published ones: the
/// explorer's only (an embed is public).
fn provide_own_figures(catalogue: &Arc<Catalogue>) {
    if let Some(reported) = use_context::<Reported>() {
        own_figures::OwnSets::provide(catalogue.clone(), reported);
    }
}

fn embed_page(catalogue: Arc<Catalogue>, extras: LinkExtras) -> AnyView {
    view! { <embed::EmbedView catalogue=catalogue extras=extras/> }.into_any()
}

/// An embed in the fuller build: the overview and the map too.
#[cfg(feature = "full")]
fn full_embed_page(catalogue: Arc<Catalogue>, extras: LinkExtras) -> AnyView {
    provide_context(hex_layout::HexLayoutStore::new(catalogue.clone()));
    view! { <embed::EmbedView catalogue=catalogue extras=extras more_views=full_embeds as embed::MoreEmbeds/> }.into_any()
}

/// The fuller build's embedded views: compact, no controls, no own figures.
#[cfg(feature = "full")]
fn full_embeds(view: View) -> AnyView {
    match view {
        View::Map => view! { <map_view::MapEmbed/> }.into_any(),
        View::Overview => view! { <overview_embed::OverviewEmbed/> }.into_any(),
        _ => ().into_any(),
    }
}

/// Loads the core, then shows the page; the explorer gets its header.
fn shell(extras: LinkExtras, page: Page) -> AnyView {
    let (embed, theme) = (extras.embed, extras.theme);
    let state = RwSignal::new(LoadState::Loading);
    let reported = Reported::new();
    provide_context(reported);
    let load_core = move || {
        state.set(LoadState::Loading);
        spawn_local(async move {
            match load::core().await {
                Ok(catalogue) => {
                    load::timing::mark("catalogue-ready");
                    state.set(LoadState::Ready(Arc::new(catalogue)));
                }
                Err(e) => state.set(LoadState::Failed(e.to_string())),
            }
        });
    };
    provide_context(ReloadData(Callback::new(move |()| load_core())));
    load_core();
    let content = move || match state.get() {
        LoadState::Loading => view! { <Loading/> }.into_any(),
        LoadState::Failed(error) => view! { <LoadFailed error=error/> }.into_any(),
        LoadState::Ready(catalogue) => view! { <Ready catalogue=catalogue page=page extras=extras.clone()/> }.into_any(),
    };

    if embed {
        if let Some(body) = document().body() {
            let _ = body.class_list().add_1("embedded");
        }
        theme::provide_embed_theme(theme);
        return view! { <main id="main">{content}</main> }.into_any();
    }
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <header class="site-header">
            <p class="site-title">{site::SITE_TITLE}</p>
            <p class="site-strapline">{move || match state.get() {
                LoadState::Ready(c) => site::strapline(c.years),
                _ => site::STRAPLINE_LOADING.to_string(),
            }}</p>
        </header>
        <main id="main" tabindex="-1">{content}</main>
    }
    .into_any()
}

/// The core has loaded: figures are fetched from here on as views need them.
#[component]
fn Ready(catalogue: Arc<Catalogue>, page: Page, extras: LinkExtras) -> impl IntoView {
    let figures = Figures::new(catalogue.clone());
    provide_context(figures);
    // The figures reported locally come after the first chart, so they never
    // delay it; without them the charts still show every published figure,
    // and a failure is shown where they would be, with a retry.
    if let Some(reported) = use_context::<Reported>() {
        reported.set_catalogue(catalogue.clone());
        let first_chart = window_event_listener_untyped(crate::load::FIRST_CHART, move |_| reported.ensure());
        on_cleanup(move || first_chart.remove());
    }
    page(catalogue, extras)
}
