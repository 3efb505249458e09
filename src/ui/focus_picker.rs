//! Choosing the focus council: any English council by name.

use childstats::data::{AreaCode, AreaKind};
use childstats::order;
use leptos::html::Select;
use leptos::prelude::*;

use super::explorer::use_explore;
use super::options::{bind_options, options_html, OptionGroup};

#[component]
pub fn FocusPicker() -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let mut current = Vec::new();
    let mut former = Vec::new();
    for a in explore.catalogue.areas().iter().filter(|a| a.kind == AreaKind::LocalAuthority) {
        let entry = (a.code.0.to_string(), a.name.clone());
        if a.existed_in(explore.catalogue.years.last) { current.push(entry) } else { former.push(entry) }
    }
    order::sort_by(&mut current, |a, b| a.1.cmp(&b.1));
    order::sort_by(&mut former, |a, b| a.1.cmp(&b.1));
    let html = options_html(&[
        OptionGroup { label: Some("Councils".to_string()), options: current },
        OptionGroup { label: Some("Former councils (before reorganisation)".to_string()), options: former },
    ]);
    let select = NodeRef::<Select>::new();
    bind_options(select, move || html.clone(), move || selection.with(|s| s.focus.0.to_string()));
    view! {
        <div class="control">
            <label for="focus">"Council"</label>
            <select
                id="focus"
                node_ref=select
                on:change=move |ev| {
                    if let Ok(code) = event_target_value(&ev).parse::<u16>() {
                        selection.update(|s| *s = s.with_focus(AreaCode(code)));
                    }
                }
            ></select>
        </div>
    }
}
