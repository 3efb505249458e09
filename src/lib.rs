//! The explorer app: `ui` wires Leptos components to the pure `childstats`
//! crate (data → model); `load` fetches the bundled files; `fatal` makes sure
//! a panic is reported in the page rather than leaving it blank.

pub mod download;
pub mod fatal;
pub mod load;
pub mod ui;

/// Starts the app in the page.
pub fn start() {
    load::timing::mark("wasm-started");
    fatal::install_panic_hook();
    fatal::remove_boot_message();
    leptos::mount::mount_to_body(ui::App);
}
