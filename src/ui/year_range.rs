//! Choosing the years shown, by typing or with sliders.

use childstats::data::Year;
use leptos::prelude::*;

use super::explorer::use_explore;

#[component]
pub fn YearRange() -> impl IntoView {
    let selection = use_explore().selection;
    let first = Year::FIRST_BUNDLED.get();
    let last = Year::LAST_BUNDLED.get();
    // A typed year outside the range, or past the other end, is pulled back in.
    let set_from = move |text: String| {
        if let Some(y) = text.trim().parse::<u16>().ok().and_then(Year::new) {
            selection.update(|s| s.from = y.clamp(Year::FIRST_BUNDLED, s.to));
        }
    };
    let set_to = move |text: String| {
        if let Some(y) = text.trim().parse::<u16>().ok().and_then(Year::new) {
            selection.update(|s| s.to = y.clamp(s.from, Year::LAST_BUNDLED));
        }
    };
    view! {
        <fieldset class="control years">
            <legend>"Years"</legend>
            <div class="year-pair">
                <label for="year-from">"From"</label>
                <input id="year-from" type="number" inputmode="numeric" min=first max=last
                    prop:value=move || selection.with(|s| s.from.to_string())
                    on:change=move |ev| set_from(event_target_value(&ev))/>
                <input type="range" min=first max=last step="1" aria-label="From year (slider)"
                    prop:value=move || selection.with(|s| s.from.to_string())
                    on:input=move |ev| set_from(event_target_value(&ev))/>
            </div>
            <div class="year-pair">
                <label for="year-to">"To"</label>
                <input id="year-to" type="number" inputmode="numeric" min=first max=last
                    prop:value=move || selection.with(|s| s.to.to_string())
                    on:change=move |ev| set_to(event_target_value(&ev))/>
                <input type="range" min=first max=last step="1" aria-label="To year (slider)"
                    prop:value=move || selection.with(|s| s.to.to_string())
                    on:input=move |ev| set_to(event_target_value(&ev))/>
            </div>
        </fieldset>
    }
}
