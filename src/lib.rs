//! The explorer app: `ui` wires Leptos components to the pure `childstats`
//! crate (data → model); `load` fetches the bundled files; `fatal` makes sure
//! a panic is reported in the page rather than leaving it blank.

pub mod download;
pub mod fatal;
pub mod first_paint;
pub mod load;
pub mod ui;

/// Starts the explorer's first build (trend, compare, table) in the page.
pub fn start() {
    boot();
    leptos::mount::mount_to_body(ui::App);
}

/// Starts the explorer's fuller build (every view) in the page: the boot
/// script loads it for the overview, map, pack and reported-locally views.
#[cfg(feature = "full")]
pub fn start_full() {
    boot();
    leptos::mount::mount_to_body(ui::FullApp);
}

/// Starts one embedded chart in the page (the boot script loads this entry
/// point instead of the explorer's when the link has `embed=1`).
pub fn start_embed() {
    boot();
    leptos::mount::mount_to_body(ui::EmbedApp);
}

/// What every build does first.
fn boot() {
    load::timing::mark("wasm-started");
    fatal::install_panic_hook();
    fatal::remove_boot_message();
}
