//! "Embed this chart", the fuller build's only: the live chart's iframe code,
//! or a snapshot (self-contained HTML, the chart as inline SVG, no script),
//! to copy or download. Its code (the snapshot's drawing and page) is about
//! 9 kB of gzipped code that the explorer's first build leaves out: there,
//! the button loads the page again in this build
//! (`childstats::model::build::FullBuildTool`).

use childstats::model::theme::Theme;
use charts::{date_in_words, snapshot_html, snapshot_page};
use childstats::model::share::{embed_snippet, share_link};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::canvas_backend::CanvasBackend;
use super::explorer::use_explore;
use super::share::select_all;
use crate::download;

/// The panel, for the share panel (`share::EmbedCodePanel`).
pub fn embed_code_panel(snapshot: Memo<bool>) -> AnyView {
    view! { <EmbedCode snapshot=snapshot/> }.into_any()
}

/// What the embed panel gives: the live chart, or a snapshot of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EmbedKind {
    Live,
    Snapshot,
}

/// The embed code of the kind chosen, to copy, and the snapshot to download.
#[component]
fn EmbedCode(snapshot: Memo<bool>) -> impl IntoView {
    let chart = use_explore().chart;
    let offers_snapshot = snapshot;
    let kind = RwSignal::new(EmbedKind::Live);
    // The live chart's colours: `None` follows the reader's setting.
    let theme = RwSignal::new(None::<Theme>);
    let status = RwSignal::new(String::new());
    // The snapshot is drawn only once asked for, and again as the chart
    // changes; `None` when the chart has no figures.
    let code = Memo::new(move |_| {
        let page = download::page_base();
        match (offers_snapshot.get(), kind.get()) {
            (true, EmbedKind::Snapshot) => chart.with(|m| snapshot_html::<CanvasBackend>(m, &share_link(&page, m), &today())),
            _ => chart.with(|m| Some(embed_snippet(&page, m, theme.get()))),
        }
    });
    let snapshot = move || offers_snapshot.get() && kind.get() == EmbedKind::Snapshot;
    let copy = move |_| {
        let Some(text) = code.get_untracked() else { return };
        let what = if snapshot() { "Snapshot code copied." } else { "Embed code copied." };
        spawn_local(async move {
            status.set(match download::copy_text(&text).await {
                Ok(()) => what.into(),
                Err(_) => "Your browser did not allow copying: select the code above and copy it.".into(),
            });
        });
    };
    let save = move |_| {
        let saved = code.with_untracked(|html| {
            let html = html.as_ref()?;
            Some(chart.with_untracked(|m| download::save_text(&format!("{}-snapshot.html", m.file_stem), "text/html;charset=utf-8", &snapshot_page(m, html))))
        });
        status.set(match saved {
            Some(Ok(())) => "Snapshot downloaded.".into(),
            _ => "Sorry, the snapshot could not be saved in this browser.".into(),
        });
    };
    let choice = move |value: EmbedKind, id: &'static str, label: &'static str| {
        view! {
            <div class="radio">
                <input type="radio" name="embed-kind" id=id prop:checked=move || kind.get() == value
                    on:change=move |_| { kind.set(value); status.set(String::new()); }/>
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <div id="embed-code-panel" class="embed-code">
            <Show when=move || offers_snapshot.get()>
                <fieldset class="control">
                    <legend>"What to embed"</legend>
                    {choice(EmbedKind::Live, "embed-live", "Live chart (iframe)")}
                    {choice(EmbedKind::Snapshot, "embed-snapshot", "Snapshot (HTML, no script)")}
                </fieldset>
            </Show>
            <Show when=move || !snapshot()>
                <div class="control">
                    <label for="embed-theme">"Colours of the live chart"</label>
                    <select id="embed-theme" on:change=move |ev| theme.set(Theme::from_code(&event_target_value(&ev)))>
                        <option value="auto" selected=true>"The reader's own setting (light or dark)"</option>
                        <option value="light">"Light"</option>
                        <option value="dark">"Dark, for a dark page"</option>
                    </select>
                </div>
            </Show>
            <p class="hint">"The live chart shows the latest figures but needs a page that allows iframes and scripts; the snapshot never changes and needs neither, for pages that strip them and for committee papers (offered for the trend and compare charts)."</p>
            <Show when=move || code.with(Option::is_some)
                fallback=|| view! { <p class="message">"This chart has no figures, so there is no snapshot of it."</p> }>
                <label for="embed-code">{move || if snapshot() {
                    "Paste this into your page's HTML. It has the chart, its figures and a link to the live chart, with no script and nothing fetched."
                } else {
                    "Paste this into your web page. The script resizes the chart to fit its content."
                }}</label>
                <textarea id="embed-code" readonly rows="4" prop:value=move || code.get().unwrap_or_default() on:focus=move |ev| select_all(&ev)></textarea>
                <div class="share-actions">
                    <button type="button" on:click=copy>{move || if snapshot() { "Copy snapshot code" } else { "Copy embed code" }}</button>
                    <Show when=snapshot>
                        <button type="button" on:click=save>"Download snapshot (HTML)"</button>
                    </Show>
                </div>
            </Show>
            <span class="status" role="status" aria-live="polite">{move || status.get()}</span>
        </div>
    }
}

/// Today's date in the browser, as people write it: "2 December 2026".
fn today() -> String {
    let d = js_sys::Date::new_0();
    date_in_words(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}
