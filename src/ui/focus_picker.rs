//! Choosing the focus council: any English council by name.

use childstats::order;
use childstats::data::{AreaCode, AreaKind, Year};
use leptos::prelude::*;

use super::explorer::use_explore;

#[component]
pub fn FocusPicker() -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let mut current = Vec::new();
    let mut former = Vec::new();
    for a in explore.data.catalogue.areas().iter().filter(|a| a.kind == AreaKind::LocalAuthority) {
        let entry = (a.code.0.to_string(), a.name.clone());
        if a.existed_in(Year::LAST_BUNDLED) { current.push(entry) } else { former.push(entry) }
    }
    order::sort_by(&mut current, |a, b| a.1.cmp(&b.1));
    order::sort_by(&mut former, |a, b| a.1.cmp(&b.1));
    let options = |list: Vec<(String, String)>| list.into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view();
    view! {
        <div class="control">
            <label for="focus">"Council"</label>
            <select
                id="focus"
                prop:value=move || selection.with(|s| s.focus.0.to_string())
                on:change=move |ev| {
                    if let Ok(code) = event_target_value(&ev).parse::<u16>() {
                        selection.update(|s| *s = s.with_focus(AreaCode(code)));
                    }
                }
            >
                <optgroup label="Councils">{options(current)}</optgroup>
                <optgroup label="Former councils (before reorganisation)">{options(former)}</optgroup>
            </select>
        </div>
    }
}
