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
    boot(fatal::remove_boot_message);
    leptos::mount::mount_to_body(ui::App);
}

/// Starts the explorer's fuller build (every view) in the page: the boot
/// script loads it for the overview, map, pack and reported-locally views.
#[cfg(feature = "full")]
pub fn start_full() {
    boot(fatal::remove_boot_message);
    leptos::mount::mount_to_body(ui::FullApp);
}

/// Starts one embedded chart in the page (the boot script loads this entry
/// point instead of the explorer's when the link has `embed=1`).
pub fn start_embed() {
    boot(first_paint::replace_when_drawn);
    leptos::mount::mount_to_body(ui::EmbedApp);
}

/// What every build does first; `leave_frame` takes the page's loading
/// frame away (the embed's keeps a first paint until its chart is drawn).
/// A function per entry point, not a flag, so each build holds only its own.
fn boot(leave_frame: fn()) {
    load::timing::mark("wasm-started");
    fatal::install_panic_hook();
    leave_frame();
}
