//! Fetching the bundled datasets in the browser. Parsing and validation are
//! the `childstats` crate's, shared with the importer and native tests.

use childstats::data::load::CATALOGUE_FILE;
use childstats::data::{parse_catalogue, parse_year, Catalogue, DataError, Year, YearData};
use futures::future::join_all;

/// Where the bundled files are served, relative to the page.
const DATA_DIR: &str = "data";

async fn fetch_text(file: &str, version: Option<&str>) -> Result<String, DataError> {
    let mut request = gloo_net::http::Request::get(&format!("{DATA_DIR}/{file}"));
    if let Some(v) = version {
        // The content hash busts stale caches when the data is refreshed.
        // Given as a query parameter, not in the URL: gloo-net would append
        // an empty query with `&`, and the URL would no longer be the one
        // index.html preloads (scripts/post-build.mjs).
        request = request.query([("v", v)]);
    }
    let unavailable = |message: String| DataError::Unavailable { file: file.to_string(), message };
    let response = request.send().await.map_err(|e| unavailable(failure(e)))?;
    if !response.ok() {
        return Err(unavailable(format!("the server answered {} {}", response.status(), response.status_text())));
    }
    // Bytes, not `text()`: a JS string would be decoded from UTF-8 and then
    // encoded back into wasm memory, which profiled at 60 ms of the first
    // load for the ~4 MB of JSON. Copying the bytes is one memcpy.
    let bytes = response.binary().await.map_err(|e| unavailable(failure(e)))?;
    String::from_utf8(bytes).map_err(|_| DataError::Json { file: file.to_string() })
}

/// What went wrong with a request, in the browser's words. Not gloo's
/// `Display`, which would link serde_json's error texts into the app for its
/// JSON variant (enabled by Leptos), which this app never produces.
fn failure(error: gloo_net::Error) -> String {
    match error {
        gloo_net::Error::JsError(e) => e.message,
        gloo_net::Error::GlooError(message) => message,
        _ => "the response could not be read".to_string(),
    }
}

pub async fn catalogue() -> Result<Catalogue, DataError> {
    let text = fetch_text(CATALOGUE_FILE, None).await?;
    parse_catalogue(CATALOGUE_FILE, &text)
}

/// Fetches every year at once and parses each as it arrives, calling
/// `on_done` after each so the page can show progress. A year that fails keeps
/// its error; the others are unaffected.
pub async fn years(catalogue: &Catalogue, on_done: impl Fn() + Clone) -> Vec<(Year, Result<YearData, DataError>)> {
    let fetches = catalogue.years.iter().map(|entry| {
        let on_done = on_done.clone();
        async move {
            let parsed = match fetch_text(&entry.file, Some(&entry.hash)).await {
                Ok(text) => {
                    let start = now_ms();
                    let parsed = parse_year(&entry.file, &text, entry.year, catalogue);
                    timing::add_parse_ms(now_ms() - start);
                    parsed
                }
                Err(e) => Err(e),
            };
            on_done();
            (entry.year, parsed)
        }
    });
    join_all(fetches).await
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Figures for the benchmark (`bench/browser.mjs`): User Timing marks, and the
/// total time spent parsing year files, on `window.explorerTimings`.
pub mod timing {
    use std::cell::Cell;

    thread_local! {
        static PARSE_MS: Cell<f64> = const { Cell::new(0.0) };
    }

    pub fn add_parse_ms(ms: f64) {
        PARSE_MS.with(|p| p.set(p.get() + ms));
    }

    /// Records a User Timing mark and the parse total so far.
    pub fn mark(name: &str) {
        let Some(window) = web_sys::window() else { return };
        if let Some(performance) = window.performance() {
            let _ = performance.mark(name);
        }
        if name == "chart-drawn" {
            // Tells the boot script the page is ready for the offline cache.
            if let Ok(event) = web_sys::Event::new("explorer:first-chart") {
                let _ = window.dispatch_event(&event);
            }
        }
        let timings = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&timings, &"parseMs".into(), &PARSE_MS.with(Cell::get).into());
        let _ = js_sys::Reflect::set(&window, &"explorerTimings".into(), &timings);
    }
}

/// The figures reported locally (`data/reported.json`); loaded after the
/// first chart, as only some charts show them.
pub async fn reported(version: &str) -> Result<childstats::data::reported::ReportedFile, DataError> {
    let text = fetch_text("reported.json", Some(version)).await?;
    childstats::data::reported::parse_reported("reported.json", &text)
}
