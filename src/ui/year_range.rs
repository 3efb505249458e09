//! Choosing the years shown, by typing or with sliders.

use childstats::data::{Year, YearSpan};
use leptos::prelude::*;

use super::explorer::use_explore;

#[component]
pub fn YearRange() -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let bundled = explore.catalogue.years;
    // A typed year outside the range, or past the other end, is pulled back in.
    let set_from = move |text: String| {
        if let Some(y) = text.trim().parse::<u16>().ok().and_then(Year::new) {
            selection.update(|s| s.set_from(bundled, y));
        }
    };
    let set_to = move |text: String| {
        if let Some(y) = text.trim().parse::<u16>().ok().and_then(Year::new) {
            selection.update(|s| s.set_to(bundled, y));
        }
    };
    view! {
        <fieldset class="control years">
            <legend>"Years"</legend>
            <YearInput id="year-from" label="From" bundled=bundled value=Signal::derive(move || selection.with(|s| s.from)) set=Callback::new(set_from)/>
            <YearInput id="year-to" label="To" bundled=bundled value=Signal::derive(move || selection.with(|s| s.to)) set=Callback::new(set_to)/>
        </fieldset>
    }
}

/// One end of the range: a number to type and a slider, kept in step.
#[component]
fn YearInput(id: &'static str, label: &'static str, bundled: YearSpan, value: Signal<Year>, set: Callback<String>) -> impl IntoView {
    let (first, last) = (bundled.first.get(), bundled.last.get());
    view! {
        <div class="year-pair">
            <label for=id>{label}</label>
            <input id=id type="number" inputmode="numeric" min=first max=last
                prop:value=move || value.get().to_string()
                on:change=move |ev| set.run(event_target_value(&ev))/>
            <input type="range" min=first max=last step="1" aria-label=format!("{label} year (slider)")
                prop:value=move || value.get().to_string()
                on:input=move |ev| set.run(event_target_value(&ev))/>
        </div>
    }
}
