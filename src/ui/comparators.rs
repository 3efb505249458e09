//! Choosing what the focus council is compared with.

use childstats::data::{AreaCode, AreaKind};
use childstats::model::selection::{NeighbourModelId, Selection};
use childstats::order;
use leptos::html::Select;
use leptos::prelude::*;

use super::explorer::use_explore;
use super::options::{bind_options, options_html, OptionGroup};

#[component]
pub fn Comparators() -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let data = explore.catalogue.clone();
    let region_name = {
        let data = data.clone();
        move || {
            let focus = selection.with(|s| s.focus);
            data.area(focus).and_then(|a| a.region).and_then(|r| data.area(r)).map(|r| r.name.clone())
        }
    };

    view! {
        <fieldset class="control comparators">
            <legend>"Compare with"</legend>
            <Toggle id="cmp-avg" label=Signal::derive(|| "Statistical neighbour average".to_string())
                get=|s: &Selection| s.neighbour_average set=|s: &mut Selection, on| s.neighbour_average = on/>
            <fieldset class="model-choice">
                <legend class="small-legend">"Statistical neighbours from"</legend>
                {NeighbourModelId::ALL.into_iter().map(|m| view! {
                    <div class="radio">
                        <input type="radio" name="model" id=format!("model-{}", m.code()) value=m.code()
                            prop:checked=move || selection.with(|s| s.model == m)
                            on:change=move |_| selection.update(|s| s.set_model(m))/>
                        <label for=format!("model-{}", m.code())>{m.label()}</label>
                    </div>
                }).collect_view()}
            </fieldset>
            <Toggle id="cmp-region" label=Signal::derive(move || region_name().map_or_else(|| "Region".to_string(), |r| format!("{r} (region)")))
                get=|s: &Selection| s.region set=|s: &mut Selection, on| s.region = on/>
            <Toggle id="cmp-england" label=Signal::derive(|| "England".to_string())
                get=|s: &Selection| s.england set=|s: &mut Selection, on| s.england = on/>
            <NeighbourChoices/>
            <OtherCouncils/>
        </fieldset>
    }
}

/// One comparator switched on or off.
#[component]
fn Toggle(
    id: &'static str,
    label: Signal<String>,
    get: fn(&Selection) -> bool,
    set: fn(&mut Selection, bool),
) -> impl IntoView {
    let selection = use_explore().selection;
    view! {
        <div class="checkbox">
            <input id=id type="checkbox"
                prop:checked=move || selection.with(get)
                on:change=move |ev| selection.update(|s| set(s, event_target_checked(&ev)))/>
            <label for=id>{label}</label>
        </div>
    }
}

/// Each of the ten neighbours, on or off.
#[component]
fn NeighbourChoices() -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let data = explore.catalogue.clone();
    let group = move || {
        selection.with(|s| {
            s.neighbour_group(&data)
                .iter()
                .map(|n| (n.area, data.area(n.area).map_or_else(|| n.area.to_string(), |a| a.name.clone()), n.closeness.clone()))
                .collect::<Vec<_>>()
        })
    };
    let data = StoredValue::new(explore.catalogue.clone());
    // The list offers only the group's members, so the model never refuses one.
    let toggle = move |area: AreaCode, on: bool| {
        data.with_value(|d| selection.update(|s| {
            let _ = s.set_neighbour(&d, area, on);
        }));
    };
    view! {
        <details class="neighbours">
            <summary>"Show individual neighbours"</summary>
            <p class="hint">"The councils DfE finds most similar, closest first. Each one you tick is drawn as its own line."</p>
            <For each=group key=|(a, _, _)| a.0 let:item>
                {
                    let (area, name, closeness) = item;
                    let id = format!("nb-{}", area.0);
                    view! {
                        <div class="checkbox">
                            <input type="checkbox" id=id.clone()
                                prop:checked=move || selection.with(|s| s.neighbours.contains(&area))
                                on:change=move |ev| toggle(area, event_target_checked(&ev))/>
                            <label for=id>{name} <span class="closeness">{format!(" ({closeness})")}</span></label>
                        </div>
                    }
                }
            </For>
        </details>
    }
}

/// Any other council, added by name.
#[component]
fn OtherCouncils() -> impl IntoView {
    let explore = use_explore();
    let selection = explore.selection;
    let mut councils: Vec<(String, String)> = explore
        .catalogue
        .areas()
        .iter()
        .filter(|a| a.kind == AreaKind::LocalAuthority && a.existed_in(explore.catalogue.years.last))
        .map(|a| (a.code.0.to_string(), a.name.clone()))
        .collect();
    order::sort_by(&mut councils, |a, b| a.1.cmp(&b.1));
    let html = options_html(&[
        OptionGroup { label: None, options: vec![(String::new(), "Choose a council\u{2026}".to_string())] },
        OptionGroup { label: None, options: councils },
    ]);
    let pending = RwSignal::new(String::new());
    let select = NodeRef::<Select>::new();
    bind_options(select, move || html.clone(), move || pending.get());
    let full = RwSignal::new(None::<usize>);
    let add = move || {
        if let Ok(code) = pending.get().parse::<u16>() {
            let mut outcome = Ok(());
            selection.update(|s| outcome = s.add_other(AreaCode(code)));
            full.set(outcome.err().map(|f| f.limit));
            pending.set(String::new());
        }
    };
    let data = explore.catalogue.clone();
    let added = move || selection.with(|s| s.others.iter().map(|a| (*a, data.area(*a).map_or_else(|| a.to_string(), |x| x.name.clone()))).collect::<Vec<_>>());
    view! {
        <div class="other-councils">
            <label for="add-council">"Add another council"</label>
            <div class="inline">
                <select id="add-council" node_ref=select on:change=move |ev| pending.set(event_target_value(&ev))></select>
                <button type="button" on:click=move |_| add() prop:disabled=move || pending.with(String::is_empty)>"Add"</button>
            </div>
            <p class="status" role="status" aria-live="polite">
                {move || full.get().map(|limit| format!("At most {limit} other councils can be drawn: remove one to add another."))}
            </p>
            <ul class="added" aria-label="Councils added">
                <For each=added key=|(a, _)| a.0 let:item>
                    {
                        let (area, name) = item;
                        view! {
                            <li>
                                {name.clone()}
                                <button type="button" class="link-button" aria-label=format!("Remove {name}")
                                    on:click=move |_| { full.set(None); selection.update(|s| s.remove_other(area)) }>"Remove"</button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </div>
    }
}
