//! "Load your own figures": a file or a paste from a spreadsheet, checked
//! line by line before it is saved in this browser; the sets saved, each to
//! download again or remove; and the template to fill in.

use childstats::data::own_figures::{not_a_csv, read_own_figures, template, too_big};
use childstats::data::own_sets::StoredSet;
use childstats::data::IndicatorCode;
use childstats::model::pack::READY_MADE;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::explorer::use_explore;
use super::own_figures::use_own_sets;
use crate::download;

/// A file read but not yet saved: what it holds, for the person to check.
#[derive(Debug, Clone, PartialEq)]
struct Preview {
    name: String,
    csv: String,
    figures: usize,
    blank: usize,
    problems: Vec<String>,
}

/// At most this many problems are listed (the count says how many more).
const LISTED: usize = 50;

#[component]
pub fn OwnFiguresPanel() -> impl IntoView {
    let Some(own) = use_own_sets() else { return ().into_any() };
    let explore = use_explore();
    let catalogue = explore.catalogue.clone();
    let preview = RwSignal::new(None::<Preview>);
    let message = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(String::new());

    let check = {
        let catalogue = catalogue.clone();
        move |name: String, csv: String| {
            let read = read_own_figures(&csv, &catalogue);
            let problems = read.problems.iter().map(ToString::to_string).collect();
            preview.set(Some(Preview { name, csv, figures: read.file.figures.len(), blank: read.blank_rows, problems }));
        }
    };
    let check_file = check.clone();
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        message.set(None);
        preview.set(None);
        // Too big to be figures: said without reading it, so the tab never freezes.
        if let Some(why) = too_big(file.size()) {
            message.set(Some(why));
            return;
        }
        let name = file.name().trim_end_matches(".csv").trim_end_matches(".tsv").trim_end_matches(".txt").to_string();
        let check = check_file.clone();
        spawn_local(async move {
            let Ok(buffer) = JsFuture::from(file.array_buffer()).await else {
                message.set(Some("The file could not be read.".into()));
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            if let Some(why) = not_a_csv(&bytes) {
                message.set(Some(why));
                return;
            }
            check(name, String::from_utf8(bytes).unwrap_or_default());
        });
    };
    let check_paste = check.clone();
    let read_paste = move |_| {
        message.set(None);
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            message.set(Some("Nothing was pasted.".into()));
        } else {
            check_paste("Pasted figures".into(), text);
        }
    };
    let save = move |_| {
        let Some(p) = preview.get_untracked() else { return };
        let set = StoredSet { name: p.name.clone(), saved: today(), csv: p.csv };
        match own.save(set) {
            Ok(()) => {
                preview.set(None);
                message.set(Some(format!("Saved \u{201c}{}\u{201d} in this browser: {} figures.", p.name, p.figures)));
            }
            Err(e) => message.set(Some(format!("Not saved: {e}."))),
        }
    };
    let focus = explore.selection.with_untracked(|s| s.focus);
    let download_template = move |_| {
        let area = explore.area_name(focus);
        let codes: Vec<IndicatorCode> = explore.selection.with_untracked(|s| if s.pack.is_empty() { READY_MADE.iter().map(|c| IndicatorCode::new(*c)).collect() } else { s.pack.clone() });
        let _ = download::save_text("own-figures-template.csv", "text/csv;charset=utf-8", &template(&area, &codes));
    };

    view! {
        <section class="own-figures" aria-labelledby="own-figures-heading">
            <h2 id="own-figures-heading">"Your own figures"</h2>
            <p>"Load your council\u{2019}s own figures \u{2014} from a panel or partnership report \u{2014} to see them as open rings over the published figures, in the table, the briefing pack and downloads. "
                <strong>"These figures stay on this device; nothing is uploaded."</strong>
                " They are never put in a share link or an embedded chart."</p>
            <p><button type="button" on:click=download_template>"Download the template (CSV)"</button>
                " with a row for each indicator of the briefing pack, for the council chosen."</p>
            <div class="control">
                <label for="own-file">"Load your own figures"</label>
                <p class="hint" id="own-file-hint">"A CSV file with the columns indicator, area, period, period_end, value, source, note; if you like, section, other_area (a comparison such as \u{201c}Statistical neighbour average\u{201d}) and measure_as_reported; and, to define a measure of your own on its first row, measure_name, unit, polarity, frequency and definition. The template has them all."</p>
                <input type="file" id="own-file" accept=".csv,.tsv,.txt,text/csv" aria-describedby="own-file-hint" on:change=on_file/>
            </div>
            <details class="own-paste">
                <summary>"Or paste from a spreadsheet"</summary>
                <label for="own-paste-text">"Paste the rows, with the header row"</label>
                <textarea id="own-paste-text" rows="5" prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                <button type="button" on:click=read_paste>"Read the pasted figures"</button>
            </details>
            <div role="status" aria-live="polite" class="own-status">{move || message.get().map(|m| view! { <p>{m}</p> })}</div>
            {move || preview.get().map(|p| view! { <PreviewOf preview=p.clone()/> <div class="share-actions">
                <button type="button" on:click=save disabled=p.figures == 0>{format!("Save these {} figures as \u{201c}{}\u{201d}", p.figures, p.name)}</button>
                <button type="button" on:click=move |_| preview.set(None)>"Discard"</button>
            </div> })}
            <SavedSets/>
        </section>
    }
    .into_any()
}

#[component]
fn PreviewOf(preview: Preview) -> impl IntoView {
    let more = preview.problems.len().saturating_sub(LISTED);
    view! {
        <div class="own-preview">
            <p>{format!("{} can be used{}; {}.",
                match preview.figures { 1 => "1 figure".to_string(), n => format!("{n} figures") },
                if preview.blank > 0 { format!(" ({} rows of the template were left blank)", preview.blank) } else { String::new() },
                match preview.problems.len() { 0 => "no line has a problem".to_string(), 1 => "1 line has a problem".to_string(), n => format!("{n} lines have problems") })}</p>
            {(!preview.problems.is_empty()).then(|| view! {
                <ul class="own-problems">
                    {preview.problems.iter().take(LISTED).map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                    {(more > 0).then(|| view! { <li>{format!("and {more} more")}</li> })}
                </ul>
            })}
        </div>
    }
}

#[component]
fn SavedSets() -> impl IntoView {
    let Some(own) = use_own_sets() else { return ().into_any() };
    let result = move |r: Result<(), String>| {
        if let Err(e) = r {
            own.problem.set(Some(format!("Not done: {e}.")));
        }
    };
    view! {
        {move || own.problem.get().map(|p| view! { <p class="message warning" role="alert">{p}</p> })}
        {move || {
            let sets = own.sets();
            (!sets.is_empty()).then(|| view! {
                <h3 class="small-heading">"Saved in this browser"</h3>
                <ul class="own-sets">
                    {sets.into_iter().map(|s| {
                        let (name, csv) = (s.name.clone(), s.csv.clone());
                        let remove_name = s.name.clone();
                        view! {
                            <li>
                                <strong>{s.name.clone()}</strong>{format!(" \u{2014} saved {}", s.saved)}" "
                                <button type="button" class="link-button" on:click=move |_| { let _ = download::save_text(&format!("{name}.csv"), "text/csv;charset=utf-8", &csv); }>
                                    "Download as CSV"<span class="visually-hidden">{format!(" ({})", s.name)}</span></button>
                                <button type="button" class="link-button" on:click=move |_| result(own.remove(&remove_name))>
                                    "Remove"<span class="visually-hidden">{format!(" {}", s.name)}</span></button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <button type="button" on:click=move |_| result(own.remove_all())>"Remove all my figures"</button>
            })
        }}
    }
    .into_any()
}

/// Today's date in the browser, as people write it.
fn today() -> String {
    let d = js_sys::Date::new_0();
    charts::date_in_words(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}
