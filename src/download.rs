//! Saving files and copying text in the browser.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn document() -> Result<web_sys::Document, JsValue> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("no document"))
}

/// Starts a download of `href` (an object or data URL) named `filename`.
fn click_link(href: &str, filename: &str) -> Result<(), JsValue> {
    let doc = document()?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(href);
    a.set_download(filename);
    let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    Ok(())
}

/// Saves text as a file (CSV, SVG).
pub fn save_text(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    click_link(&url, filename)?;
    // Revoke later: revoking at once can cancel the download in some browsers.
    leptos::prelude::set_timeout(move || drop(web_sys::Url::revoke_object_url(&url)), std::time::Duration::from_secs(30));
    Ok(())
}

/// Saves a canvas as a PNG file.
pub fn save_png(filename: &str, canvas: &web_sys::HtmlCanvasElement) -> Result<(), JsValue> {
    let url = canvas.to_data_url_with_type("image/png")?;
    click_link(&url, filename)
}

/// A new canvas, not in the page, for drawing a download.
pub fn offscreen_canvas(width: u32, height: u32) -> Result<web_sys::HtmlCanvasElement, JsValue> {
    let canvas: web_sys::HtmlCanvasElement = document()?.create_element("canvas")?.dyn_into()?;
    canvas.set_width(width);
    canvas.set_height(height);
    Ok(canvas)
}

/// Copies text to the clipboard; `Err` where the browser does not allow it.
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    JsFuture::from(window.navigator().clipboard().write_text(text)).await.map(|_| ())
}

/// The page's address without its query, e.g. `https://example.org/explorer/`.
pub fn page_base() -> String {
    web_sys::window()
        .map(|w| {
            let location = w.location();
            format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
        })
        .unwrap_or_default()
}
