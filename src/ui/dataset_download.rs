//! "Download all the figures": every figure of one year, or of all years, as
//! one tidy CSV in the columns of a chart's CSV download
//! (`childstats::model::export::dataset_csv` says which rows). It fetches the
//! indicators' figures not fetched yet, with progress; names any that could
//! not be loaded and offers a retry or the file without them (named
//! `-incomplete`, and saying so); then writes the file.
//!
//! The file is written an indicator at a time, in pieces of about 1 MB each
//! handed to the browser as a Blob, yielding to the page every few
//! milliseconds, because of its size. Measured natively (release build, CPU
//! time, the bundled data of 2014 to 2026): one year is about 50,000 rows,
//! 10 MB, written in 50 to 80 ms; all years are 620,031 rows, 124.7 MB,
//! written in about 0.7 s (1.4 s before rows were written without a string
//! per field). The app's WebAssembly is slower than native and a phone slower
//! again, so in one go all years would freeze a phone for several seconds,
//! and the text held whole in the app's memory and again as the browser's
//! copy (UTF-16: some reasons hold curly quotes) would need about 375 MB.
//! In pieces, the app holds at most about 1.5 MB of it (a piece and one
//! indicator's rows). In headless Chromium on a busy two-core machine, all
//! years took 5 to 12 s from the click to the file (gathering the files from
//! loopback 2 to 5 s, writing 3 to 8 s), 26 to 36 s with the CPU slowed 4x;
//! the JS heap stayed at 3 MB.

use std::sync::Arc;

use childstats::data::{Dataset, FiguresState, Indicator, YearSpan};
use childstats::model::build::FullBuildTool;
use childstats::model::export::{csv_header, indicator_dataset_rows, DatasetYears};
use childstats::model::format::with_separators;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use super::explorer::use_explore;
use super::figures::{Figures, LoadStatus};
use super::dataset_years::{chosen_years, DatasetDownloadForm, SECTION_ID};

/// At most this many indicators' files are asked for at a time: asking for
/// all 435 at once took one task of about 200 ms (1.3 s with the CPU slowed
/// 4x), and queued a chart the person opens meanwhile behind them all.
const WINDOW: usize = 24;
/// A piece of the file is handed to the browser once it reaches this size.
const PIECE_BYTES: usize = 1 << 20;
/// Writing gives the page a turn after this long, so it stays responsive.
const SLICE_MS: f64 = 12.0;

#[derive(Debug, Clone, PartialEq)]
enum Phase {
    Idle,
    /// Fetching the indicators' figures not fetched yet: `done` of `total`
    /// are here or failed.
    Gathering { years: DatasetYears, done: usize, total: usize },
    /// Everything that could be fetched is here; these could not
    /// (indicator name, what failed). The person chooses what next.
    Incomplete(DatasetYears, Vec<(String, String)>),
    Writing { done: usize, total: usize },
    Saved { file: String, rows: usize, bytes: usize, left_out: usize },
    /// The browser could not make or save the file.
    Failed(String),
}

impl Phase {
    fn busy(&self) -> bool {
        matches!(self, Phase::Gathering { .. } | Phase::Writing { .. })
    }

    /// The status line's words, its class, and (done, of) while working.
    fn status(&self) -> (String, &'static str, Option<(usize, usize)>) {
        match self {
            Phase::Gathering { done, total, .. } => {
                (format!("Gathering the figures: {done} of {total} indicators\u{2026}"), "", Some((*done, *total)))
            }
            Phase::Writing { done, total } => (format!("Writing the file: {done} of {total} indicators\u{2026}"), "", Some((*done, *total))),
            Phase::Saved { file, rows, bytes, left_out } => {
                let mut text = format!("Downloaded {file}: {} ({:.1} MB).", count(*rows, "row"), *bytes as f64 / 1e6);
                if *left_out > 0 {
                    text += &format!(" It is incomplete: the figures of {} could not be loaded and are not in it.", count(*left_out, "indicator"));
                }
                (text, "status", None)
            }
            Phase::Failed(why) => (why.clone(), "message error", None),
            Phase::Idle | Phase::Incomplete(..) => (String::new(), "", None),
        }
    }
}

/// How far fetching every indicator's figures has got.
struct Gathering {
    total: usize,
    /// Not here yet, asked for or not.
    waiting: usize,
    /// Asked for (among the first `asked`) and not here yet.
    in_flight: usize,
    /// (indicator name, what failed)
    failed: Vec<(String, String)>,
}

impl Gathering {
    /// `asked`: how many of the indicators, in catalogue order, have been
    /// asked for. Tracks the figures loaded.
    fn of(indicators: &[Indicator], asked: usize, figures: Figures) -> Gathering {
        let mut progress = Gathering { total: indicators.len(), waiting: 0, in_flight: 0, failed: Vec::new() };
        for (i, indicator) in indicators.iter().enumerate() {
            match figures.state(&indicator.code) {
                LoadStatus::Loading => {
                    progress.waiting += 1;
                    progress.in_flight += usize::from(i < asked);
                }
                LoadStatus::Failed(what) => progress.failed.push((indicator.name.clone(), what)),
                LoadStatus::Ready => {}
            }
        }
        progress
    }
}

#[component]
pub fn DatasetDownload() -> impl IntoView {
    let explore = use_explore();
    let figures = explore.figures;
    let span = explore.catalogue.years;
    let chosen = RwSignal::new(None::<DatasetYears>);
    let years = chosen_years(chosen);
    let phase = RwSignal::new(Phase::Idle);
    // How many indicators, in catalogue order, have been asked for.
    let asked = RwSignal::new(0);

    let write = move |years: DatasetYears, complete: bool| {
        let dataset = figures.data.get_untracked();
        phase.set(Phase::Writing { done: 0, total: dataset.catalogue.indicators().len() });
        spawn_local(async move {
            // `None`: the section has gone, and nothing is saved.
            if let Some(outcome) = write_file(dataset, years, span, complete, phase).await {
                phase.try_update(|p| *p = outcome);
            }
        });
    };
    // While gathering: asks for the next files as others arrive (a file
    // that failed before is asked for again); once nothing is on its way,
    // writes the file or says what is missing.
    Effect::new(move |_| {
        let first = asked.get();
        let Some(years) = phase.with_untracked(|p| match p {
            Phase::Gathering { years, .. } => Some(*years),
            _ => None,
        }) else {
            return;
        };
        let catalogue = figures.catalogue();
        let indicators = catalogue.indicators();
        let p = Gathering::of(indicators, first, figures);
        let mut room = WINDOW.saturating_sub(p.in_flight);
        let mut next = first;
        while next < indicators.len() && room > 0 {
            let code = &indicators[next].code;
            if figures.data.with_untracked(|d| d.figures_state(code) != FiguresState::Loaded) {
                figures.retry_if_failed(code);
                figures.ensure(code);
                room -= 1;
            }
            next += 1;
        }
        if next > first || p.waiting > 0 {
            phase.set(Phase::Gathering { years, done: p.total - p.waiting, total: p.total });
            // Asking again runs this again, to decide on what it asked for.
            if next > first {
                asked.set(next);
            }
        } else if p.failed.is_empty() {
            write(years, true);
        } else {
            phase.set(Phase::Incomplete(years, p.failed));
        }
    });
    let gather = move || {
        let total = figures.catalogue().indicators().len();
        phase.set(Phase::Gathering { years: years(), done: 0, total });
        asked.set(0);
    };
    let busy = Signal::derive(move || phase.with(Phase::busy));
    // Asked for by the first build's button: start that download at once,
    // with the section in sight.
    // The figures reported locally arrive after the first chart and push the
    // section down, so it is brought into sight again with the outcome.
    let asked = super::url::AskedTool::take(|tool| match tool {
        FullBuildTool::AllFigures(years) => Some(years),
        FullBuildTool::EmbedCode => None,
    });
    if let Some(asked) = asked {
        chosen.set(Some(asked));
        let bring_into_sight = || {
            if let Some(section) = document().get_element_by_id(SECTION_ID) {
                section.scroll_into_view();
            }
        };
        request_animation_frame(move || {
            if phase.try_get_untracked() == Some(Phase::Idle) {
                bring_into_sight();
                gather();
            }
        });
        Effect::new(move |shown: Option<bool>| {
            let done = phase.with(|p| matches!(p, Phase::Saved { .. } | Phase::Incomplete(..) | Phase::Failed(_)));
            if done && shown != Some(true) {
                request_animation_frame(bring_into_sight);
            }
            done || shown == Some(true)
        });
    }

    view! {
        <DatasetDownloadForm chosen=chosen busy=busy on_download=Callback::new(move |()| gather())>
            <div class="loading" role="status" aria-live="polite">
                {move || {
                    let (text, class, progress) = phase.with(Phase::status);
                    let (done, of) = progress.unwrap_or_default();
                    let empty = text.is_empty();
                    view! {
                        <p id="dataset-download-progress" class=class hidden=empty>{text}</p>
                        <progress hidden=progress.is_none() aria-labelledby="dataset-download-progress" max=of value=done></progress>
                    }
                }}
            </div>
            {move || phase.with(|p| match p {
                Phase::Incomplete(years, failed) => {
                    let years = *years;
                    Some(view! {
                        <div class="message warning" role="alert">
                            <p>{format!(
                                "The figures of {} could not be loaded, so a file of {} would leave them out:",
                                count(failed.len(), "indicator"),
                                years.describe(span)
                            )}</p>
                            <ul>{failed.iter().map(|(name, what)| view! { <li>{format!("{name}: {what}")}</li> }).collect_view()}</ul>
                            <div class="inline">
                                <button type="button" on:click=move |_| gather()>"Try again"</button>
                                <button type="button" on:click=move |_| write(years, false)>"Download without them (incomplete)"</button>
                            </div>
                        </div>
                    })
                }
                _ => None,
            })}
        </DatasetDownloadForm>
    }
}

/// "1 indicator", "12,345 rows".
fn count(n: usize, noun: &str) -> String {
    format!("{} {noun}{}", with_separators(n as f64, 0), if n == 1 { "" } else { "s" })
}

/// Writes the CSV in pieces, giving the page a turn between them, and saves
/// it. `None` if the section went meanwhile (nothing is saved).
async fn write_file(dataset: Arc<Dataset>, years: DatasetYears, span: YearSpan, complete: bool, phase: RwSignal<Phase>) -> Option<Phase> {
    let failed = |_| Some(Phase::Failed("Sorry, this browser could not make the file.".into()));
    let indicators = dataset.catalogue.indicators();
    let total = indicators.len();
    let parts = js_sys::Array::new();
    let mut piece = csv_header();
    let (mut rows, mut bytes) = (0, 0);
    let mut slice_start = now();
    for (i, indicator) in indicators.iter().enumerate() {
        rows += indicator_dataset_rows(&dataset, indicator, years, &mut piece);
        if piece.len() >= PIECE_BYTES || i + 1 == total {
            bytes += piece.len();
            match blob(&js_sys::Array::of1(&JsValue::from_str(&piece))) {
                Ok(part) => parts.push(&part),
                Err(e) => return failed(e),
            };
            piece.clear();
        }
        if now() - slice_start > SLICE_MS {
            phase.try_update(|p| *p = Phase::Writing { done: i + 1, total })?;
            next_task().await;
            slice_start = now();
        }
    }
    phase.try_get_untracked()?;
    let left_out = indicators.iter().filter(|i| !dataset.has_figures(&i.code)).count();
    let file = years.file_name(span, complete && left_out == 0);
    match blob(&parts).and_then(|b| save_blob(&file, &b)) {
        Ok(()) => Some(Phase::Saved { file, rows, bytes, left_out }),
        Err(e) => failed(e),
    }
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Resolves in a new task, after the browser has had its turn (rendering,
/// input). No closure is kept: the timer calls the promise's own resolve.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A CSV Blob of `parts` (strings or Blobs).
fn blob(parts: &js_sys::Array) -> Result<web_sys::Blob, JsValue> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    web_sys::Blob::new_with_blob_sequence_and_options(parts, &options)
}

/// Saves a Blob as a file, as `crate::download::save_text` saves text (a
/// Blob made of pieces is never held whole as one string).
fn save_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    document.body().ok_or("no body")?.append_child(&a)?;
    a.click();
    a.remove();
    // Revoke later: revoking at once can cancel the download in some browsers.
    set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(60));
    Ok(())
}
