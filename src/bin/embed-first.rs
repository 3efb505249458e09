//! The embedded chart's first paint: the chart drawn with no UI framework,
//! before the interactive embed's code arrives (`explorer::first_paint`).
fn main() {
    explorer::first_paint::start();
}
