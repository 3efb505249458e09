//! Keeps the selection and the address bar in step: every change is a new
//! history entry, so back and forward walk through what was seen.

use childstats::data::Catalogue;
use childstats::model::build::FullBuildTool;
use childstats::model::query::{parse_query, print_query, LinkProblem};
use childstats::model::selection::Selection;

pub fn current_query() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

pub fn read(catalogue: &Catalogue) -> (Selection, Vec<LinkProblem>) {
    parse_query(&current_query(), catalogue)
}

/// Pushes the selection as a new history entry, unless the address already holds it.
pub fn push(selection: &Selection) {
    let query = format!("?{}", print_query(selection));
    if query == current_query() {
        return;
    }
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query));
    }
}

/// Replaces the current entry (used once at start, to tidy a malformed link).
pub fn replace(selection: &Selection) {
    let query = format!("?{}", print_query(selection));
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query));
    }
}

/// Loads the page again at the selection's address with `tool`'s fragment,
/// which asks the fuller build for it (the boot script reads it). The
/// current entry is replaced, so Back goes where it went before. A new
/// fragment alone would not load the page again: the address is written,
/// then reloaded.
pub fn reload_in_full_build(selection: &Selection, tool: FullBuildTool) {
    let Some(window) = web_sys::window() else { return };
    let address = format!("?{}{}", print_query(selection), tool.fragment());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
    let _ = window.location().reload();
}

/// Whether the fuller build's code can be had: the device is online, or the
/// release has been saved for offline use (the service worker controls the
/// page only once its install has cached every file, the fuller build's
/// among them). Checked before loading the page in that build, which
/// offline and unsaved would show the browser's own error page instead.
pub fn full_build_reachable() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    let controller = js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .and_then(|workers| js_sys::Reflect::get(&workers, &"controller".into()))
        .is_ok_and(|controller| controller.is_object());
    navigator.on_line() || controller
}

/// Said where a tool of the fuller build is asked for but cannot be had.
pub const FULL_BUILD_OFFLINE: &str = "This device is offline and has not saved this part of the explorer yet. It is there once you are back online.";

/// The fuller build's tool the address asked for, read before the explorer
/// tidies the address (which drops the fragment); taken once, so it starts once.
#[derive(Clone, Copy)]
pub struct AskedTool(leptos::prelude::StoredValue<Option<FullBuildTool>>);

impl AskedTool {
    /// Only the fuller build reads a tool from the address.
    #[cfg(feature = "full")]
    pub fn new(tool: Option<FullBuildTool>) -> AskedTool {
        AskedTool(leptos::prelude::StoredValue::new(tool))
    }

    /// Takes the tool asked for, if `pick` says it is this component's.
    pub fn take<T>(pick: impl Fn(FullBuildTool) -> Option<T>) -> Option<T> {
        use leptos::prelude::*;
        let AskedTool(asked) = use_context::<AskedTool>()?;
        asked
            .try_update_value(|slot| {
                let taken = slot.and_then(&pick);
                if taken.is_some() {
                    *slot = None;
                }
                taken
            })
            .flatten()
    }
}
