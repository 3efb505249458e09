//! The embed view: one chart with its title, summary, source and an
//! "Explore this data" link; no controls. Tells its host page its height.

use std::sync::Arc;

use childstats::data::Catalogue;
use childstats::model::build::{build_for, embedded_view, offers_chart_snapshot, Build};
use childstats::model::map::map_title;
use childstats::model::query::{LinkExtras, LinkProblem};
use childstats::model::selection::View;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::compare_view::CompareView;
use super::figures::LoadStatus;
use super::figures_gate::FiguresGate;
use super::explorer::{use_explore, Explore};
use super::share::Downloads;
use super::trend_view::TrendView;
use super::url;
use super::version_notice::VersionNotice;

/// The message type the host script (`embed.js`) listens for.
pub const HEIGHT_MESSAGE: &str = "childstats-explorer:height";

/// The views only the explorer's fuller build embeds (the overview and the
/// map: `childstats::model::build`), drawn by it; `None` in the other builds.
pub type MoreEmbeds = fn(View) -> AnyView;

#[component]
pub fn EmbedView(catalogue: Arc<Catalogue>, extras: LinkExtras, #[prop(optional)] more_views: Option<MoreEmbeds>) -> impl IntoView {
    let (mut selection, mut problems) = url::read(&catalogue);
    let (shown, notice) = embedded_view(selection.view);
    selection.view = shown;
    problems.extend(notice.map(|n| LinkProblem(n.into())));
    // A build without the overview and map (the boot script sends their
    // embeds to the fuller one) shows the trend rather than nothing.
    if more_views.is_none() && build_for(shown, true) == Build::Full {
        selection.view = View::Trend;
        problems.push(LinkProblem("This embedded view could not be shown here, so this shows the trend.".into()));
    }
    let view = selection.view;
    let selection = RwSignal::new(selection);
    provide_context(Explore::new(catalogue.clone(), selection, super::reported::use_reported()));
    report_height_changes();
    let explore = use_explore();
    let chart = explore.chart;
    let status = explore.status;
    // The title is known from the core before the figures arrive (a map's
    // year once they have).
    let title = move || chart.with(|m| if view == View::Map { map_title(&m.indicator, m.compare_year) } else { m.title.clone() });
    let explore_href = format!("./?{}", chart.with_untracked(|m| m.query.clone()));
    let figure = move || match (view, more_views) {
        (View::Compare, _) => view! { <FiguresGate><CompareView controls=false/></FiguresGate> }.into_any(),
        (View::Overview | View::Map, Some(more)) => more(view),
        _ => view! { <FiguresGate><TrendView compact=true/></FiguresGate> }.into_any(),
    };
    // The overview has its own source line (the publishers of every row).
    let one_source = view != View::Overview;
    view! {
        <div class="embed">
            <VersionNotice extras=extras current=catalogue.data_version.clone()/>
            {(!problems.is_empty()).then(|| view! {
                <div class="message warning" role="alert">
                    <p>"Part of this chart's link could not be used:"</p>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p.0}</li> }).collect_view()}</ul>
                </div>
            })}
            <h1 class="embed-title">{title}</h1>
            {figure}
            {one_source.then(|| view! { <p class="embed-source">{move || chart.with(|m| m.source.clone())}</p> })}
            <p class="embed-links">
                <a href=explore_href target="_blank" rel="noopener">"Explore this data"<span class="visually-hidden">" (opens in a new tab)"</span></a>
            </p>
            // The map and overview have their own downloads.
            <Show when=move || offers_chart_snapshot(view) && status.get() == LoadStatus::Ready><Downloads/></Show>
        </div>
    }
}

/// Posts the page's height to the host whenever it changes, until the
/// embed goes (then the observer is disconnected and its callback dropped).
fn report_height_changes() {
    let Some(body) = document().body() else { return };
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| post_height());
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else { return };
    observer.observe(&body);
    let held = StoredValue::new_local(Some((observer, callback)));
    on_cleanup(move || {
        if let Some((observer, _callback)) = held.try_update_value(Option::take).flatten() {
            observer.disconnect();
        }
    });
}

fn post_height() {
    let Some(body) = document().body() else { return };
    let height = body.get_bounding_client_rect().height().ceil();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    if let Ok(Some(parent)) = window().parent() {
        // Only a height is sent, so any host may hear it.
        let _ = parent.post_message(&message, "*");
    }
}
