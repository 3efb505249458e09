//! The embed view: one chart with its title, summary, source and an
//! "Explore this data" link; no controls. Tells its host page its height.

use std::sync::Arc;

use childstats::data::Catalogue;
use childstats::model::query::LinkExtras;
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

#[component]
pub fn EmbedView(catalogue: Arc<Catalogue>, extras: LinkExtras) -> impl IntoView {
    let (mut selection, mut problems) = url::read(&catalogue);
    if matches!(selection.view, View::Table | View::Pack | View::Local | View::Map | View::Overview) {
        selection.view = View::Trend; // an embed shows a chart
        problems.push(childstats::model::query::LinkProblem("An embedded chart shows a trend or a comparison, so this one shows the trend.".into()));
    }
    let selection = RwSignal::new(selection);
    provide_context(Explore::new(catalogue.clone(), selection, super::reported::use_reported()));
    report_height_changes();
    let explore = use_explore();
    let chart = explore.chart;
    let status = explore.status;
    // The title is known from the core before the figures arrive.
    let title = format!("{}, {}", explore.indicator().name, explore.area_name(selection.get_untracked().focus));
    let explore_href = format!("./?{}", chart.with_untracked(|m| m.query.clone()));
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
            <FiguresGate>
                {move || match selection.with(|s| s.view) {
                    View::Compare => view! { <CompareView controls=false/> }.into_any(),
                    _ => view! { <TrendView compact=true/> }.into_any(),
                }}
            </FiguresGate>
            <p class="embed-source">{move || chart.with(|m| m.source.clone())}</p>
            <p class="embed-links">
                <a href=explore_href target="_blank" rel="noopener">"Explore this data"<span class="visually-hidden">" (opens in a new tab)"</span></a>
            </p>
            <Show when=move || status.get() == LoadStatus::Ready><Downloads/></Show>
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
