//! Which of the app's three builds a link needs: the explorer's first build
//! (trend, compare, table), its fuller build (the overview, map, briefing
//! pack and figures reported locally) or the embedded chart's own, smaller
//! build; and what an embed of each view shows. The boot script
//! (`scripts/boot.js`) applies the same rule before any Rust has loaded; a
//! test (`tests/build_rule.rs`) holds the two together.

use super::selection::View;

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
    fn an_embed_shows_each_view_that_has_an_embedded_form_as_it_is() {
        for view in [View::Trend, View::Compare, View::Overview, View::Map] {
            assert_eq!(embedded_view(view), (view, None));
        }
    }
}
