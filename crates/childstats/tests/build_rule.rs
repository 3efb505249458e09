//! The boot script chooses the app's build before any Rust has loaded, so
//! it writes the rule out again in JavaScript: these tests hold its lists of
//! views and of tool fragments to the model's (`childstats::model::build`).

use childstats::model::build::{build_for, Build};
use childstats::model::selection::View;

fn boot_script() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/boot.js")).expect("scripts/boot.js")
}

/// The quoted names in the boot script's `const NAME = [...]`.
fn boot_list(name: &str) -> Vec<String> {
    let script = boot_script();
    let start = script.find(&format!("const {name} = [")).unwrap_or_else(|| panic!("boot.js has no list {name}"));
    let list = &script[start..];
    let list = &list[list.find('[').unwrap() + 1..list.find(']').unwrap()];
    list.split(',').map(|item| item.trim().trim_matches('\'').to_string()).filter(|s| !s.is_empty()).collect()
}

fn views_needing_full_build(embed: bool) -> Vec<String> {
    View::ALL.into_iter().filter(|v| build_for(*v, embed) == Build::Full).map(|v| v.code().to_string()).collect()
}

#[test]
fn boot_script_loads_the_fuller_build_for_the_views_the_model_says() {
    assert_eq!(boot_list("FULL_VIEWS"), views_needing_full_build(false));
}

#[test]
fn boot_script_loads_the_fuller_build_for_the_embeds_the_model_says() {
    assert_eq!(boot_list("FULL_EMBEDS"), views_needing_full_build(true));
}

#[test]
fn boot_script_loads_the_fuller_build_for_the_tools_the_model_says() {
    assert_eq!(boot_list("FULL_TOOLS"), childstats::model::build::FULL_BUILD_FRAGMENTS);
    assert!(boot_script().contains("FULL_TOOLS.some((tool) => location.hash.startsWith(tool))"), "boot.js should choose the fuller build by them");
}

#[test]
fn boot_script_loads_the_first_paint_for_the_embeds_the_model_says() {
    let views: Vec<String> = View::ALL.into_iter().filter(|v| childstats::model::build::has_first_paint(*v)).map(|v| v.code().to_string()).collect();
    assert_eq!(views, ["trend", "compare"]);
    // A link without a view shows the default view, the trend.
    let years = childstats::data::YearSpan::new(childstats::data::Year::new(2014).unwrap(), childstats::data::Year::new(2025).unwrap()).unwrap();
    assert_eq!(childstats::model::selection::Selection::default_view(years).view, View::Trend);
    assert!(boot_script().contains("const FIRST_PAINT_VIEWS = ['', "), "boot.js should give a link with no view its first paint");
    assert_eq!(boot_list("FIRST_PAINT_VIEWS"), views);
}
