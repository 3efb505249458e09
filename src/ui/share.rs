//! Taking a chart away: copy a link, embed it (live, or as a snapshot with
//! no script: `embed_code.rs`, the fuller build's), download it.

use childstats::model::build::{offers_chart_snapshot, FullBuildTool};
use childstats::model::share::share_link;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::explorer::use_explore;
use super::export::{save, Format};
use crate::download;

/// Saves the view's image or figures in a format (the map's own drawing).
pub type SaveAs = Callback<Format, Result<(), wasm_bindgen::JsValue>>;

/// Download buttons: PNG and SVG of the chart, CSV of its figures; `save`
/// where the view draws something other than the chart model's chart.
#[component]
pub fn Downloads(#[prop(optional)] save: Option<SaveAs>) -> impl IntoView {
    let chart = use_explore().chart;
    let status = RwSignal::new(String::new());
    let run = move |format: Format, what: &'static str| {
        move |_| {
            let saved = match save {
                Some(save) => save.run(format),
                None => chart.with_untracked(|m| self::save(m, format)),
            };
            status.set(match saved {
                Ok(()) => format!("{what} downloaded."),
                Err(_) => format!("Sorry, the {what} could not be made in this browser."),
            })
        }
    };
    view! {
        <div class="downloads">
            <span class="downloads-label">"Download:"</span>
            <button type="button" on:click=run(Format::Png, "Image (PNG)")>"Image (PNG)"</button>
            <button type="button" on:click=run(Format::Svg, "Image (SVG)")>"Image (SVG)"</button>
            <button type="button" class="download-csv" on:click=run(Format::Csv, "Figures (CSV)")>"Figures (CSV)"</button>
            <span class="status" role="status" aria-live="polite">{move || status.get()}</span>
        </div>
    }
}

/// The embed code's panel (`embed_code.rs`), given the views that offer a
/// snapshot; only the fuller build has it.
pub type EmbedCodePanel = fn(Memo<bool>) -> AnyView;

/// Share link and embed code, with the data version they were made with.
/// Without `embed_code` (the first build), "Embed this chart" loads the page
/// again in the fuller build, where the panel opens.
#[component]
pub fn SharePanel(embed_code: Option<EmbedCodePanel>) -> impl IntoView {
    let explore = use_explore();
    let chart = explore.chart;
    let selection = explore.selection;
    // The map and overview save their own drawings (with their views).
    let chart_outputs = Memo::new(move |_| selection.with(|s| offers_chart_snapshot(s.view)));
    let share_url = move || chart.with(|m| share_link(&download::page_base(), m));
    let link_status = RwSignal::new(String::new());
    let show_link = RwSignal::new(false);
    // Asked for in the first build: opened at once (`url::AskedTool`).
    let asked = embed_code.is_some() && super::url::AskedTool::take(|t| (t == FullBuildTool::EmbedCode).then_some(())).is_some();
    let show_embed = RwSignal::new(asked);
    let leaving = RwSignal::new(false);
    let share = share_url;
    let own = super::own_figures::use_own_sets();
    let has_own = move || own.is_some_and(|o| !o.sets().is_empty());
    let copy_link = move |_| {
        let url = share();
        spawn_local(async move {
            match download::copy_text(&url).await {
                Ok(()) => link_status.set("Link copied. Anyone who opens it sees this view.".into()),
                Err(_) => {
                    show_link.set(true);
                    link_status.set("Your browser did not allow copying: select the link below and copy it.".into());
                }
            }
        });
    };
    let toggle_embed = move |_| match embed_code {
        Some(_) => show_embed.update(|s| *s = !*s),
        None if !super::url::full_build_reachable() => link_status.set(super::url::FULL_BUILD_OFFLINE.into()),
        None => {
            leaving.set(true);
            link_status.set("Loading the embed code\u{2026}".into());
            selection.with_untracked(|s| super::url::reload_in_full_build(s, FullBuildTool::EmbedCode));
        }
    };
    let toggle = NodeRef::<leptos::html::Button>::new();
    if show_embed.get_untracked() {
        // Asked for in the first build: the panel is open and in sight, with
        // the keyboard on its button, as if it had been pressed here.
        request_animation_frame(move || {
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
            if let Some(panel) = document().get_element_by_id("embed-code-panel") {
                panel.scroll_into_view_with_bool(false);
            }
        });
    }
    view! {
        <div class="share">
            <div class="share-actions">
                <button type="button" on:click=copy_link>"Copy link to this view"</button>
                <button type="button" node_ref=toggle aria-expanded=move || show_embed.get().to_string()
                    aria-controls=embed_code.map(|_| "embed-code-panel") aria-disabled=move || leaving.get().then_some("true")
                    on:click=toggle_embed>"Embed this chart"</button>
                <span class="status" role="status" aria-live="polite">{move || link_status.get()}</span>
            </div>
            // A person's own figures stay on their device: said where they share.
            <Show when=move || has_own()>
                <p class="hint own-not-shared">"Your own figures (loaded in this browser) are not in a link, an embed or a snapshot: people you share with see the published figures."</p>
            </Show>
            <Show when=move || show_link.get()>
                <label for="share-link">"Link to this view"</label>
                <input id="share-link" type="text" readonly prop:value=share_url on:focus=move |ev| select_all(&ev)/>
            </Show>
            {embed_code.map(|panel| view! { <Show when=move || show_embed.get()>{panel(chart_outputs)}</Show> })}
            <Show when=move || chart_outputs.get()><Downloads/></Show>
        </div>
    }
}

pub(super) fn select_all(ev: &leptos::ev::FocusEvent) {
    use wasm_bindgen::JsCast;
    if let Some(target) = ev.target() {
        if let Ok(input) = target.clone().dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        } else if let Ok(area) = target.dyn_into::<web_sys::HtmlTextAreaElement>() {
            area.select();
        }
    }
}
