//! Fetching the bundled files in the browser, as charts need them: the core
//! first, then each indicator's figures, and the long texts when shown.
//! Parsing and validation are the `childstats` crate's, shared with the
//! importer and native tests.

use std::collections::HashMap;

use childstats::data::load::CORE_FILE;
use childstats::data::{parse_about, parse_catalogue, parse_figures, About, Catalogue, DataError, IndicatorCode, IndicatorFigures};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the bundled files are served, relative to the page.
const DATA_DIR: &str = "data";

/// The address of a bundled file: the data version makes a refreshed file a
/// new address, so no cache can mix two releases. The boot script
/// (`scripts/post-build.mjs`) builds the same addresses for the fetches it
/// starts while the app downloads.
pub fn data_url(file: &str, version: Option<&str>) -> String {
    match version {
        Some(v) => format!("{DATA_DIR}/{file}?v={v}"),
        None => format!("{DATA_DIR}/{file}"),
    }
}

/// A request the boot script started for `url` before the app ran, if any
/// (taken, so it is used once).
fn prefetched(url: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let map = js_sys::Reflect::get(&window, &"explorerPrefetch".into()).ok()?.dyn_into::<js_sys::Map>().ok()?;
    let key = wasm_bindgen::JsValue::from_str(url);
    let promise = map.get(&key).dyn_into::<js_sys::Promise>().ok()?;
    map.delete(&key);
    Some(promise)
}

/// The boot script's request for `url`, or a new one.
fn request(url: &str) -> js_sys::Promise {
    prefetched(url).unwrap_or_else(|| web_sys::window().map_or_else(|| js_sys::Promise::reject(&"no window".into()), |w| w.fetch_with_str(url)))
}

async fn read_bytes(request: js_sys::Promise, file: &str) -> Result<Vec<u8>, DataError> {
    let unavailable = |message: String| DataError::Unavailable { file: file.to_string(), message };
    let response: web_sys::Response = match JsFuture::from(request).await {
        Ok(raw) => raw.unchecked_into(),
        Err(_) if offline() => {
            return Err(unavailable("this device is offline, and this file has not been saved for offline use yet (it is saved after a first visit online)".into()))
        }
        Err(e) => return Err(unavailable(js_message(&e))),
    };
    if !response.ok() {
        return Err(unavailable(format!("the server answered {} {}", response.status(), response.status_text())));
    }
    // Bytes, not `text()`: a JS string would be decoded from UTF-8 and then
    // encoded back into wasm memory; copying the bytes is one memcpy.
    let body = response.array_buffer().map_err(|e| unavailable(js_message(&e)))?;
    let buffer = JsFuture::from(body).await.map_err(|e| unavailable(js_message(&e)))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

async fn fetch_text(file: &str, version: Option<&str>) -> Result<String, DataError> {
    // The browser's fetch itself, so the address is exactly the one the boot
    // script and the offline cache use (gloo-net's builder adds a `&` to a
    // URL with a query); and gloo-net's code is left out of the app.
    read_text(request(&data_url(file, version)), file).await
}

async fn read_text(request: js_sys::Promise, file: &str) -> Result<String, DataError> {
    let bytes = read_bytes(request, file).await?;
    String::from_utf8(bytes).map_err(|_| DataError::Json { file: file.to_string() })
}

/// A bundled file's text, its request shared with the next build on the
/// page: the first paint (`crate::first_paint`) hands the core and figures
/// it fetches to the interactive build, so neither is fetched twice. Handed
/// on at once, not when it has arrived: the interactive build may start
/// first (a slow file), and then waits on the same request.
pub async fn text_handed_on(file: &str, version: Option<&str>) -> Result<String, DataError> {
    let url = data_url(file, version);
    let request = request(&url);
    hand_on(&url, &request);
    read_text(request, file).await
}

/// Puts a copy of `request`'s answer on `window.explorerPrefetch`, where
/// `prefetched` finds it. The copy is made before this build reads the
/// answer (a promise's reactions run in the order they were added).
fn hand_on(url: &str, request: &js_sys::Promise) -> Option<()> {
    let window = web_sys::window()?;
    let map = js_sys::Reflect::get(&window, &"explorerPrefetch".into()).ok()?.dyn_into::<js_sys::Map>().ok()?;
    let copy = wasm_bindgen::closure::Closure::once_into_js(|answer: wasm_bindgen::JsValue| -> Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue> {
        answer.unchecked_into::<web_sys::Response>().clone().map(Into::into)
    });
    // `then` called as JavaScript does, as js-sys's binding takes a closure
    // that returns nothing.
    let then: js_sys::Function = js_sys::Reflect::get(request, &"then".into()).ok()?.dyn_into().ok()?;
    map.set(&wasm_bindgen::JsValue::from_str(url), &then.call1(request, &copy).ok()?);
    Some(())
}

/// True when the browser knows it has no network.
fn offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

fn js_message(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_else(|| "the request failed".to_string())
}

/// The core: indicators, areas, neighbour models, years, file names.
pub async fn core() -> Result<Catalogue, DataError> {
    let text = fetch_text(CORE_FILE, None).await?;
    parse_catalogue(CORE_FILE, &text)
}

/// One indicator's figures, every year.
pub async fn figures(catalogue: &Catalogue, code: &IndicatorCode) -> Result<IndicatorFigures, DataError> {
    let file = catalogue
        .indicator(code)
        .map(|i| i.figures_file())
        .ok_or_else(|| DataError::Unavailable { file: code.to_string(), message: "no such indicator".into() })?;
    let text = fetch_text(&file, Some(&catalogue.data_version)).await?;
    let start = now_ms();
    let parsed = parse_figures(&file, &text, code, catalogue);
    timing::add_parse_ms(now_ms() - start);
    parsed
}

/// Every indicator's definition and methodology.
pub async fn about(catalogue: &Catalogue) -> Result<HashMap<IndicatorCode, About>, DataError> {
    let file = &catalogue.about.file;
    let text = fetch_text(file, Some(&catalogue.data_version)).await?;
    parse_about(file, &text, catalogue)
}

/// The hex map's layout (`data/hexmap.json`), fetched when a map is shown.
pub async fn hexmap(catalogue: &Catalogue) -> Result<childstats::data::hexmap::HexLayout, DataError> {
    let file = "hexmap.json";
    let text = fetch_text(file, Some(&catalogue.data_version)).await?;
    childstats::data::hexmap::parse_hexmap(file, &text, catalogue)
}

/// Southampton's figures reported locally (`data/reported.csv`); loaded after
/// the first chart, as only some charts show them. Read by the same reader
/// as a person's own file; the importer refuses a bundled file with any
/// problem, so one here means the file is not the one bundled.
pub async fn reported(catalogue: &Catalogue) -> Result<childstats::data::reported::ReportedFile, DataError> {
    let file = "reported.csv";
    let text = fetch_text(file, Some(&catalogue.data_version)).await?;
    let read = childstats::data::own_figures::read_own_figures(&text, catalogue);
    match read.problems.first() {
        None => Ok(read.file),
        Some(problem) => Err(DataError::Unavailable { file: file.into(), message: problem.to_string() }),
    }
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Told to the page when the app draws a chart (each time; its listeners
/// want the first): the boot script then registers the offline cache and
/// removes a first paint, and the app reads the reported figures.
pub const FIRST_CHART: &str = "explorer:first-chart";

/// Figures for the benchmark (`bench/browser.mjs`): User Timing marks, and the
/// total time spent parsing figures files, on `window.explorerTimings`.
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
        let timings = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&timings, &"parseMs".into(), &PARSE_MS.with(Cell::get).into());
        let _ = js_sys::Reflect::set(&window, &"explorerTimings".into(), &timings);
    }

    /// A chart is drawn: its mark, and `FIRST_CHART` told to the page (the
    /// boot script then registers the offline cache and removes a first
    /// paint; the app reads the figures reported locally). The first paint
    /// marks its chart with [`mark`] alone.
    pub fn chart_drawn() {
        mark("chart-drawn");
        if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new(super::FIRST_CHART)) {
            let _ = window.dispatch_event(&event);
        }
    }
}
