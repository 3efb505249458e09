//! "Figures in this chart, as a table", folded under a chart. Its content is
//! built only while it is open: a chart's change (a year, an indicator) would
//! otherwise rebuild rows nobody sees, and the first chart would wait for
//! them (each part of the code run before it is also compiled then, on the
//! main thread: README, "Benchmark").

use leptos::prelude::*;

#[component]
pub fn FoldedFigures(
    /// Hidden while there is nothing to show (a comparison with no figures).
    #[prop(optional, into)]
    hidden: Signal<bool>,
    /// The table, built when the reader opens it, and again as the chart changes while it is open.
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"));
    };
    view! {
        <details class="figures" class:hidden=move || hidden.get() on:toggle=on_toggle>
            <summary>"Figures in this chart, as a table"</summary>
            {move || open.get().then(|| children())}
        </details>
    }
}
