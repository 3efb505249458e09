//! Taking a chart away: copy a link, embed it, download it.

use childstats::model::share::{embed_snippet, share_link};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::explorer::use_explore;
use super::export::{save, Format};
use crate::download;

/// Download buttons: PNG and SVG of the chart, CSV of its figures.
#[component]
pub fn Downloads() -> impl IntoView {
    let chart = use_explore().chart;
    let status = RwSignal::new(String::new());
    let run = move |format: Format, what: &'static str| {
        move |_| {
            status.set(match chart.with_untracked(|m| save(m, format)) {
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

/// Share link and embed code, with the data version they were made with.
#[component]
pub fn SharePanel() -> impl IntoView {
    let chart = use_explore().chart;
    let share_url = move || chart.with(|m| share_link(&download::page_base(), m));
    let embed_code = move || chart.with(|m| embed_snippet(&download::page_base(), m));
    let link_status = RwSignal::new(String::new());
    let show_link = RwSignal::new(false);
    let show_embed = RwSignal::new(false);
    let embed_status = RwSignal::new(String::new());
    let share = share_url;
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
    let code = embed_code;
    let copy_embed = move |_| {
        let text = code();
        spawn_local(async move {
            embed_status.set(match download::copy_text(&text).await {
                Ok(()) => "Embed code copied.".into(),
                Err(_) => "Your browser did not allow copying: select the code above and copy it.".into(),
            });
        });
    };
    view! {
        <div class="share">
            <div class="share-actions">
                <button type="button" on:click=copy_link>"Copy link to this view"</button>
                <button type="button" aria-expanded=move || show_embed.get().to_string() aria-controls="embed-code-panel"
                    on:click=move |_| show_embed.update(|s| *s = !*s)>"Embed this chart"</button>
                <span class="status" role="status" aria-live="polite">{move || link_status.get()}</span>
            </div>
            <Show when=move || show_link.get()>
                <label for="share-link">"Link to this view"</label>
                <input id="share-link" type="text" readonly prop:value=share_url on:focus=move |ev| select_all(&ev)/>
            </Show>
            <Show when=move || show_embed.get()>
                <div id="embed-code-panel" class="embed-code">
                    <label for="embed-code">"Paste this into your web page. The script resizes the chart to fit its content."</label>
                    <textarea id="embed-code" readonly rows="4" prop:value=embed_code on:focus=move |ev| select_all(&ev)></textarea>
                    <button type="button" on:click=copy_embed>"Copy embed code"</button>
                    <span class="status" role="status" aria-live="polite">{move || embed_status.get()}</span>
                </div>
            </Show>
            <Downloads/>
        </div>
    }
}

fn select_all(ev: &leptos::ev::FocusEvent) {
    use wasm_bindgen::JsCast;
    if let Some(target) = ev.target() {
        if let Ok(input) = target.clone().dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        } else if let Ok(area) = target.dyn_into::<web_sys::HtmlTextAreaElement>() {
            area.select();
        }
    }
}
