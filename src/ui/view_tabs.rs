//! The views: a tab list (one row that scrolls sideways on a phone); arrow keys move between tabs.

use childstats::model::selection::View;
use leptos::prelude::*;

use super::explorer::use_explore;

#[component]
pub fn ViewTabs() -> impl IntoView {
    let selection = use_explore().selection;
    let here = use_context::<super::explorer::HasMoreViews>().is_none_or(|m| m.0);
    let go = move |view: View| {
        // A view of the fuller build, from the first: the page loads in that
        // build at the new address (a history entry, so Back returns here).
        // Offline, with that build not saved yet, the tab is chosen here and
        // its panel says so (`InFullBuild`).
        if view.in_full_build() && !here && super::url::full_build_reachable() {
            let query = selection.with_untracked(|s| childstats::model::query::print_query(&childstats::model::selection::Selection { view, ..s.clone() }));
            let _ = window().location().assign(&format!("?{query}"));
            return;
        }
        selection.update(|s| s.view = view);
        // Keep keyboard focus on the chosen tab.
        if let Some(tab) = document().get_element_by_id(&format!("tab-{}", view.code())) {
            use wasm_bindgen::JsCast;
            if let Ok(tab) = tab.dyn_into::<web_sys::HtmlElement>() {
                let _ = tab.focus();
            }
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let current = selection.with(|s| s.view);
        let i = View::ALL.iter().position(|v| *v == current).unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => View::ALL[(i + 1) % View::ALL.len()],
            "ArrowLeft" => View::ALL[(i + View::ALL.len() - 1) % View::ALL.len()],
            "Home" => View::ALL[0],
            "End" => View::ALL[View::ALL.len() - 1],
            _ => return,
        };
        ev.prevent_default();
        go(next);
    };
    // On a phone the tabs are one row that scrolls sideways: keep the chosen
    // one in sight (a link may open on the last).
    // (Run when the view changes, not on every change of selection: reading
    // the tabs' positions makes the browser lay the page out.)
    let shown = Memo::new(move |_| selection.with(|s| s.view));
    Effect::new(move |first: Option<()>| {
        let view = shown.get();
        // The list starts scrolled to its start: nothing to do for the first
        // tab, and no layout forced before the first chart is drawn.
        if first.is_none() && view == View::ALL[0] {
            return;
        }
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            let tab = document().get_element_by_id(&format!("tab-{}", view.code())).and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
            if let (Some(tab), Some(list)) = (tab, document().query_selector(".tabs").ok().flatten()) {
                let (left, width) = (tab.offset_left(), tab.offset_width());
                if left < list.scroll_left() || left + width > list.scroll_left() + list.client_width() {
                    list.set_scroll_left(left - 8);
                }
            }
        });
    });
    view! {
        <div class="tabs" role="tablist" aria-label="How to show the figures" on:keydown=on_key>
            {View::ALL.into_iter().map(|view| {
                let selected = move || selection.with(|s| s.view == view);
                view! {
                    <button type="button" role="tab" id=format!("tab-{}", view.code())
                        aria-selected=move || selected().to_string()
                        aria-controls="view-panel"
                        tabindex=move || if selected() { "0" } else { "-1" }
                        class:selected=selected
                        on:click=move |_| go(view)>
                        {view.label()}
                    </button>
                }
            }).collect_view()}
        </div>
    }
}
