//! The explorer with every view: the overview, the map, the briefing pack
//! and the figures reported locally beside trend, compare and table. Its
//! first build (`main.rs`) leaves those out, so the first chart downloads
//! less code; the boot script loads this one for their links.
fn main() {
    explorer::start_full();
}
