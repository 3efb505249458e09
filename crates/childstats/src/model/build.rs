//! Which of the app's three builds a link needs: the explorer's first build
//! (trend, compare, table), its fuller build (the overview, map, briefing
//! pack and figures reported locally) or the embedded chart's own, smaller
//! build; and what an embed of each view shows. The boot script
//! (`scripts/boot.js`) applies the same rule before any Rust has loaded; a
//! test (`tests/build_rule.rs`) holds the two together.

use super::export::DatasetYears;
use super::selection::View;
use crate::data::YearSpan;

/// One of the app's wasm builds (`src/main.rs`, `src/bin/explorer-full.rs`,
/// `src/bin/embedded-chart.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Build {
    /// Trend, compare and table.
    Explorer,
    /// Every view, and the embeds of the overview and the map.
    Full,
    /// One embedded trend or comparison: the smallest code, for phones.
    Embed,
}

/// The build a link to `view` needs (`embed`: the link has `embed=1`). The
/// overview and the map are embedded by the fuller build, so the embedded
/// chart's own build stays small for the trend and comparison.
pub fn build_for(view: View, embed: bool) -> Build {
    match (embed, view) {
        (true, View::Overview | View::Map) => Build::Full,
        (true, _) => Build::Embed,
        (false, View::Overview | View::Map | View::Pack | View::Local) => Build::Full,
        (false, View::Trend | View::Compare | View::Table) => Build::Explorer,
    }
}

/// A tool only the fuller build has, asked for from the first build, whose
/// button loads the page again with the tool's fragment in the address; the
/// boot script sees the fragment and loads the fuller build, which starts
/// the tool. Each is code few visitors run: "Download all the figures"
/// (about 9 kB of the first build's gzipped code) and the embed code, live
/// or as a snapshot with its SVG drawing (about 9 kB more), which the people
/// who edit council pages use and the public does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FullBuildTool {
    /// Download every figure of these years: `#all-figures=2025`, `=all`.
    AllFigures(DatasetYears),
    /// Open "Embed this chart": `#embed-code`.
    EmbedCode,
}

/// How each tool's fragment starts: the boot script loads the fuller build
/// for a fragment that starts so, and repeats this list (`tests/build_rule.rs`).
pub const FULL_BUILD_FRAGMENTS: [&str; 2] = ["#all-figures=", "#embed-code"];

impl FullBuildTool {
    /// The fragment that carries the tool into the fuller build.
    pub fn fragment(self) -> String {
        match self {
            FullBuildTool::AllFigures(years) => format!("{}{}", FULL_BUILD_FRAGMENTS[0], years.choice()),
            FullBuildTool::EmbedCode => FULL_BUILD_FRAGMENTS[1].to_string(),
        }
    }

    /// The tool a fragment asks for, if it is one of [`FullBuildTool::fragment`]'s.
    pub fn read(hash: &str, span: YearSpan) -> Option<FullBuildTool> {
        if let Some(choice) = hash.strip_prefix(FULL_BUILD_FRAGMENTS[0]) {
            return Some(FullBuildTool::AllFigures(DatasetYears::from_choice(choice, span)));
        }
        (hash == FULL_BUILD_FRAGMENTS[1]).then_some(FullBuildTool::EmbedCode)
    }
}

/// What an embed of `view` shows, and why it is not that view if it is not.
/// An embed is one figure with its text: the table, pack and reported-locally
/// views are pages of many parts, so their embed shows the trend.
pub fn embedded_view(view: View) -> (View, Option<&'static str>) {
    match view {
        View::Trend | View::Compare | View::Overview | View::Map => (view, None),
        View::Table | View::Pack | View::Local => {
            (View::Trend, Some("An embedded chart shows a trend, a comparison, an overview or a map, so this one shows the trend."))
        }
    }
}

/// Whether a link to `view` has a first paint (`src/first_paint.rs`): the
/// trend and the comparison, embedded or in the explorer's first build,
/// which a small build draws before the interactive one takes over (the
/// boot script's `FIRST_PAINT_VIEWS`, with the default view). The explorer
/// shows a link's view as it is, an embed as [`embedded_view`] says.
pub fn has_first_paint(view: View) -> bool {
    matches!(embedded_view(view), (View::Trend | View::Compare, None))
}

/// Whether a view's share panel offers a snapshot (a static copy of one
/// chart model's drawing) and that chart's image downloads: the trend,
/// compare and table views. The map saves its own images; the overview
/// downloads its table as CSV; neither has a snapshot yet.
pub fn offers_chart_snapshot(view: View) -> bool {
    matches!(view, View::Trend | View::Compare | View::Table)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Year;

    #[test]
    fn trend_and_compare_embeds_use_the_small_build_and_overview_and_map_embeds_the_fuller_one() {
        assert_eq!(build_for(View::Trend, true), Build::Embed);
        assert_eq!(build_for(View::Compare, true), Build::Embed);
        assert_eq!(build_for(View::Overview, true), Build::Full);
        assert_eq!(build_for(View::Map, true), Build::Full);
        // Views an embed does not show are drawn as a trend, by the small build.
        for view in [View::Table, View::Pack, View::Local] {
            assert_eq!(build_for(view, true), Build::Embed);
            assert_eq!(embedded_view(view).0, View::Trend);
            assert!(embedded_view(view).1.is_some());
        }
    }

    #[test]
    fn explorer_links_use_the_first_build_for_its_views_only() {
        for view in View::ALL {
            let expected = if view.in_full_build() { Build::Full } else { Build::Explorer };
            assert_eq!(build_for(view, false), expected, "{view:?}");
        }
    }

    #[test]
    fn the_map_and_overview_offer_no_snapshot_of_another_chart() {
        assert!(!offers_chart_snapshot(View::Map) && !offers_chart_snapshot(View::Overview));
        assert!(offers_chart_snapshot(View::Trend) && offers_chart_snapshot(View::Compare));
    }

    #[test]
    fn each_fuller_build_tool_goes_there_and_back_out_as_the_same_tool() {
        let span = YearSpan { first: Year::new(2014).unwrap(), last: Year::new(2026).unwrap() };
        let y2025 = FullBuildTool::AllFigures(DatasetYears::One(Year::new(2025).unwrap()));
        let all = FullBuildTool::AllFigures(DatasetYears::All);
        assert_eq!(y2025.fragment(), "#all-figures=2025");
        assert_eq!(all.fragment(), "#all-figures=all");
        assert_eq!(FullBuildTool::EmbedCode.fragment(), "#embed-code");
        for tool in [y2025, all, FullBuildTool::EmbedCode] {
            assert_eq!(FullBuildTool::read(&tool.fragment(), span), Some(tool));
            assert!(FULL_BUILD_FRAGMENTS.iter().any(|f| tool.fragment().starts_with(f)), "{tool:?}");
        }
        // A year not bundled, or nonsense, is all years; another fragment is no tool.
        assert_eq!(FullBuildTool::read("#all-figures=2031", span), Some(all));
        assert_eq!(FullBuildTool::read("#all-figures=x", span), Some(all));
        for other in ["", "#", "#figures", "#all-figures", "all-figures=2025", "embed-code", "#embed-code=1", "#embed"] {
            assert_eq!(FullBuildTool::read(other, span), None, "{other:?}");
        }
    }

    #[test]
    fn an_embed_shows_each_view_that_has_an_embedded_form_as_it_is() {
        for view in [View::Trend, View::Compare, View::Overview, View::Map] {
            assert_eq!(embedded_view(view), (view, None));
        }
    }
}
