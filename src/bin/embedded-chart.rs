//! The embedded chart's entry point: the same app, without the explorer's
//! views, so a phone downloads and compiles less before the chart draws.
fn main() {
    explorer::start_embed();
}
