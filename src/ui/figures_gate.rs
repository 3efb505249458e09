//! Shows a figures view only once the chosen indicator's figures are here.
//! Until then the chart's frame says what is loading; if the file fails, the
//! view says which file and why and offers a retry, and the rest of the page
//! keeps working.

use leptos::prelude::*;

use super::explorer::use_explore;
use super::figures::LoadStatus;

#[component]
pub fn FiguresGate(children: ChildrenFn) -> impl IntoView {
    let explore = use_explore();
    let status = explore.status;
    // Once a chart has been shown it stays while the next indicator loads.
    let shown = Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || status.get() == LoadStatus::Ready);
    let ex = explore.clone();
    let message = move || {
        let name = ex.indicator().name;
        match status.get() {
            LoadStatus::Ready => None,
            LoadStatus::Loading => Some(
                view! {
                    <div class="figures-loading" role="status" aria-live="polite">
                        <p>{format!("Loading the figures for {name}\u{2026}")}</p>
                        <progress aria-label="Loading the figures"></progress>
                    </div>
                    {(!shown.get()).then(|| view! { <div class="chart-frame" aria-hidden="true"></div> })}
                }
                .into_any(),
            ),
            LoadStatus::Failed(what) => {
                let code = ex.selection.with_untracked(|s| s.indicator.clone());
                let figures = ex.figures;
                Some(
                    view! {
                        <div class="message error" role="alert">
                            <p>{format!("The figures for {name} could not be loaded, so this chart cannot be shown. Other indicators and views still work.")}</p>
                            <p class="detail">"Details: " {what}</p>
                            <button type="button" on:click=move |_| figures.retry(&code)>"Try again"</button>
                        </div>
                    }
                    .into_any(),
                )
            }
        }
    };
    view! {
        {message}
        <Show when=move || shown.get() && !matches!(status.get(), LoadStatus::Failed(_))>{children()}</Show>
    }
}
