//! An embed's colours: `theme=dark` or `theme=light` in its link, or with
//! neither the reader's own setting (`prefers-color-scheme`), followed as it
//! changes. The explorer itself is light. Charts read the theme from here
//! and draw in its palette (`childstats::model::theme`); the page's colours
//! follow a class on `<html>` (style/main.css), which the boot script sets
//! first, so the frame shown while the app loads is dark too.

use childstats::model::theme::Theme;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// The theme charts are drawn in.
#[derive(Clone, Copy)]
struct ChartTheme(Signal<Theme>);

/// The theme charts are drawn in here: light unless an embed chose otherwise.
pub fn use_chart_theme() -> Signal<Theme> {
    use_context::<ChartTheme>().map_or_else(|| Signal::stored(Theme::Light), |t| t.0)
}

/// Sets an embed's theme for everything below: `chosen` from its link, or
/// the reader's setting, listened to until the embed goes.
pub fn provide_embed_theme(chosen: Option<Theme>) {
    let theme = match chosen {
        Some(theme) => Signal::stored(theme),
        None => follow_reader_setting(),
    };
    provide_context(ChartTheme(theme));
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.class_list().toggle_with_force("theme-dark", theme.get() == Theme::Dark);
        }
    });
}

fn follow_reader_setting() -> Signal<Theme> {
    let query = window().match_media("(prefers-color-scheme: dark)").ok().flatten();
    let of = |dark: bool| if dark { Theme::Dark } else { Theme::Light };
    let theme = RwSignal::new(of(query.as_ref().is_some_and(web_sys::MediaQueryList::matches)));
    if let Some(query) = query {
        let on_change = Closure::<dyn FnMut(web_sys::MediaQueryListEvent)>::new(move |ev: web_sys::MediaQueryListEvent| {
            let _ = theme.try_set(of(ev.matches()));
        });
        let _ = query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        let held = StoredValue::new_local(Some((query, on_change)));
        on_cleanup(move || {
            if let Some((query, on_change)) = held.try_update_value(Option::take).flatten() {
                let _ = query.remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
            }
        });
    }
    theme.into()
}
