//! A panic must never leave a blank page: the hook writes a plain message into
//! the page (outside Leptos, which may be mid-render) before the module aborts.

use wasm_bindgen::JsCast;

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        // The message for developers; the page gets its own words below.
        web_sys::console::error_1(&info.to_string().into());
        show_fatal_message();
    }));
}

pub fn show_fatal_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else { return };
    panel.set_id("fatal-error");
    let _ = panel.set_attribute("role", "alert");
    panel.set_text_content(Some(
        "Sorry, something went wrong inside the explorer and it has stopped. \
         Reloading the page usually fixes this. If it happens again, please tell us \
         what you were doing; the figures themselves are not affected.",
    ));
    let _ = body.insert_before(&panel, body.first_child().as_ref());
    if let Ok(el) = panel.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// `index.html` shows a loading frame until the app starts; the app
/// removes it. A first paint in its place (`src/first_paint.rs`) stays: the
/// boot script removes it when this build's own chart is drawn, so the
/// chart never blinks.
pub fn remove_boot_message() {
    if let Some(boot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        if !boot.class_list().contains(crate::first_paint::PAINTED) {
            boot.remove();
        }
    }
}
