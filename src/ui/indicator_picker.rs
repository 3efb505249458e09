//! Choosing an indicator: type words, or browse by topic.

use std::collections::BTreeMap;

use childstats::data::IndicatorCode;
use childstats::model::search::{search_indicators, search_local};
use childstats::order;
use leptos::html::Select;
use leptos::prelude::*;

use super::explorer::use_explore;
use super::options::{bind_options, options_html, OptionGroup};

const MAX_RESULTS: usize = 12;
const MAX_LOCAL_RESULTS: usize = 6;

#[component]
pub fn IndicatorPicker() -> impl IntoView {
    let explore = use_explore();
    let query = RwSignal::new(String::new());
    let figures = explore.figures;
    let results = Memo::new(move |_| {
        query.with(|q| {
            figures.data.with(|d| {
                search_indicators(d, q, MAX_RESULTS).into_iter().map(|i| (i.code.clone(), i.name.clone(), i.topic.clone())).collect::<Vec<_>>()
            })
        })
    });
    let selection = explore.selection;
    // Measures reported locally are found and browsed like the others.
    let reported = super::reported::use_reported();
    let local_results = Memo::new(move |_| {
        let Some(file) = reported.file() else { return Vec::new() };
        query.with(|q| search_local(&file, q, MAX_LOCAL_RESULTS).into_iter().map(|l| (l.id.clone(), l.name.clone())).collect::<Vec<_>>())
    });
    let local_options = Memo::new(move |_| {
        let Some(file) = reported.file() else { return Vec::new() };
        let mut list: Vec<(String, String)> = file.local_indicators.iter().map(|l| (l.id.clone(), l.name.clone())).collect();
        order::sort_by_key(&mut list, |(_, n)| n.to_ascii_lowercase());
        list
    });
    let open_local = move |id: String| {
        selection.update(|s| {
            s.local = Some(id);
            s.view = childstats::model::selection::View::Local;
        });
        query.set(String::new());
    };
    let choose = move |code: IndicatorCode| {
        selection.update(|s| s.set_indicator(code));
        query.set(String::new());
    };

    // Topics in order, indicators by name within each.
    let mut topics: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for ind in explore.catalogue.indicators() {
        topics.entry(ind.topic.clone()).or_default().push((ind.code.to_string(), ind.name.clone()));
    }
    for list in topics.values_mut() {
        order::sort_by_key(list, |a| a.1.to_ascii_lowercase());
    }

    let groups: Vec<OptionGroup> = topics.into_iter().map(|(topic, options)| OptionGroup { label: Some(topic), options }).collect();
    let topics_html = options_html(&groups);
    let browse = NodeRef::<Select>::new();
    bind_options(
        browse,
        move || {
            let local = local_options.get().into_iter().map(|(id, name)| (format!("local:{id}"), name)).collect();
            let local = OptionGroup { label: Some("Reported locally by Southampton (not official statistics)".to_string()), options: local };
            format!("{topics_html}{}", options_html(&[local]))
        },
        // On a local measure's page the list shows that measure.
        move || {
            selection.with(|s| match (&s.local, s.view) {
                (Some(id), childstats::model::selection::View::Local) => format!("local:{id}"),
                _ => s.indicator.to_string(),
            })
        },
    );

    view! {
        <fieldset class="control indicator-picker">
            <legend>"Indicator"</legend>
            <label for="indicator-search">"Search by words"</label>
            <p class="hint" id="indicator-search-hint">"For example: child protection, absence, looked after"</p>
            <input
                id="indicator-search"
                type="search"
                autocomplete="off"
                aria-describedby="indicator-search-hint"
                aria-controls="indicator-results"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
                // Definitions are searched too, once fetched.
                on:focus=move |_| {
                    figures.ensure_about();
                    reported.ensure();
                }
            />
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || {
                    let n = results.with(Vec::len) + local_results.with(Vec::len);
                    query.with(|q| if q.trim().is_empty() { String::new() } else if n == 0 { "No indicators match".to_string() } else { format!("{n} indicators match") })
                }}
            </p>
            <ul id="indicator-results" class="search-results" aria-label="Matching indicators">
                <For each=move || results.get() key=|(code, _, _)| code.clone() let:item>
                    {
                        let (code, name, topic) = item;
                        let chosen = code.clone();
                        view! {
                            <li>
                                <button type="button" class="result" on:click=move |_| choose(chosen.clone())>
                                    <span class="result-name">{name}</span>
                                    <span class="result-topic">{topic}</span>
                                </button>
                            </li>
                        }
                    }
                </For>
                <For each=move || local_results.get() key=|(id, _)| id.clone() let:item>
                    {
                        let (id, name) = item;
                        view! {
                            <li>
                                <button type="button" class="result" on:click=move |_| open_local(id.clone())>
                                    <span class="result-name">{name}</span>
                                    <span class="result-topic">"Reported locally by Southampton (not official statistics)"</span>
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || query.with(|q| !q.trim().is_empty()) && results.with(Vec::is_empty) && local_results.with(Vec::is_empty)>
                <p class="hint">"No indicator matches those words. Try fewer words, or browse by topic below."</p>
            </Show>
            <label for="indicator-browse">"Or browse by topic"</label>
            <select
                id="indicator-browse"
                node_ref=browse
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    match value.strip_prefix("local:") {
                        Some(id) => open_local(id.to_string()),
                        None => choose(IndicatorCode::new(value)),
                    }
                }
            ></select>
        </fieldset>
    }
}
