//! The embed view: one chart with its title, summary, source and an
//! "Explore this data" link; no controls. (The boot script tells the host
//! page its height, from the loading frame on.)

use std::sync::Arc;

use childstats::data::Catalogue;
use childstats::model::build::embedded_view;
use childstats::model::query::{LinkExtras, LinkProblem};
use childstats::model::selection::View;
use leptos::prelude::*;

use super::compare_view::CompareView;
use super::figures::LoadStatus;
use super::figures_gate::FiguresGate;
use super::explorer::{use_explore, Explore};
use super::share::Downloads;
use super::trend_view::TrendView;
use super::url;
use super::version_notice::VersionNotice;

/// The views only the explorer's fuller build embeds (the overview and the
/// map: `childstats::model::build`), each with its title, figure and source,
/// drawn by it; `None` in the other builds.
pub type MoreEmbeds = fn(View) -> AnyView;

#[component]
pub fn EmbedView(catalogue: Arc<Catalogue>, extras: LinkExtras, #[prop(optional)] more_views: Option<MoreEmbeds>) -> impl IntoView {
    let (mut selection, mut problems) = url::read(&catalogue);
    let (shown, notice) = embedded_view(selection.view);
    selection.view = shown;
    problems.extend(notice.map(|n| LinkProblem(n.into())));
    // The overview and map draw their own title, figure and source.
    let more = more_views.filter(|_| matches!(shown, View::Overview | View::Map));
    let selection = RwSignal::new(selection);
    provide_context(Explore::new(catalogue.clone(), selection, super::reported::use_reported()));
    let explore = use_explore();
    let chart = explore.chart;
    let status = explore.status;
    let explore_href = format!("./?{}", chart.with_untracked(|m| m.query.clone()));
    let figure = match more {
        Some(more) => more(shown),
        None => {
            // The title is known from the core before the figures arrive.
            let title = format!("{}, {}", explore.indicator().name, explore.area_name(selection.get_untracked().focus));
            view! {
                <h1 class="embed-title">{title}</h1>
                <FiguresGate>
                    {move || match selection.with(|s| s.view) {
                        View::Compare => view! { <CompareView controls=false/> }.into_any(),
                        _ => view! { <TrendView compact=true/> }.into_any(),
                    }}
                </FiguresGate>
                <p class="embed-source">{move || chart.with(|m| m.source.clone())}</p>
            }
            .into_any()
        }
    };
    view! {
        <div class="embed">
            <VersionNotice extras=extras current=catalogue.data_version.clone()/>
            {(!problems.is_empty()).then(|| view! {
                <div class="message warning" role="alert">
                    <p>"Part of this chart's link could not be used:"</p>
                    <ul>{problems.into_iter().map(|p| view! { <li>{p.0}</li> }).collect_view()}</ul>
                </div>
            })}
            {figure}
            <p class="embed-links">
                <a href=explore_href target="_blank" rel="noopener">"Explore this data"<span class="visually-hidden">" (opens in a new tab)"</span></a>
            </p>
            <Show when=move || more.is_none() && status.get() == LoadStatus::Ready><Downloads/></Show>
        </div>
    }
}
