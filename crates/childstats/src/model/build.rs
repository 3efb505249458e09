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

/// The address fragment that asks for "Download all the figures", a tool of
/// the fuller build only (its code is about 9 kB of the first build's
/// gzipped code, for a download few visitors make). The first build's
/// button loads the page again with `#all-figures=2025` (or `=all`); the
/// boot script sees the fragment and loads the fuller build, which starts
/// that download. The boot script repeats this name (`tests/build_rule.rs`).
pub const ALL_FIGURES_FRAGMENT: &str = "all-figures";

/// The fragment that carries a dataset download into the fuller build.
pub fn all_figures_fragment(years: DatasetYears) -> String {
    format!("#{ALL_FIGURES_FRAGMENT}={}", years.choice())
}

/// The address fragment that asks for the embed code ("Embed this chart": the
/// live chart's iframe, or a snapshot with no script), a tool of the fuller
/// build only: about 11 kB of the first build's gzipped code (the snapshot's
/// SVG drawing and page), for a tool the people who edit council pages use
/// and the public does not. The first build's button loads the page again
/// with `#embed-code`, and the fuller build opens the panel. The boot script
/// repeats this name (`tests/build_rule.rs`).
pub const EMBED_CODE_FRAGMENT: &str = "embed-code";

/// The fragment that carries "Embed this chart" into the fuller build.
pub fn embed_code_fragment() -> String {
    format!("#{EMBED_CODE_FRAGMENT}")
}

/// Whether a fragment is [`embed_code_fragment`]'s.
pub fn asks_for_embed_code(hash: &str) -> bool {
    hash.strip_prefix('#') == Some(EMBED_CODE_FRAGMENT)
}

/// The download a fragment asks for, if it is [`all_figures_fragment`]'s.
pub fn read_all_figures_fragment(hash: &str, span: YearSpan) -> Option<DatasetYears> {
    let choice = hash.strip_prefix('#')?.strip_prefix(ALL_FIGURES_FRAGMENT)?.strip_prefix('=')?;
    Some(DatasetYears::from_choice(choice, span))
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
    fn a_dataset_download_goes_to_the_fuller_build_and_back_out_as_the_same_choice() {
        let span = YearSpan { first: Year::new(2014).unwrap(), last: Year::new(2026).unwrap() };
        let y2025 = DatasetYears::One(Year::new(2025).unwrap());
        assert_eq!(all_figures_fragment(y2025), "#all-figures=2025");
        assert_eq!(all_figures_fragment(DatasetYears::All), "#all-figures=all");
        for years in [y2025, DatasetYears::All] {
            assert_eq!(read_all_figures_fragment(&all_figures_fragment(years), span), Some(years));
        }
        // A year not bundled, or nonsense, is all years; another fragment is no download.
        assert_eq!(read_all_figures_fragment("#all-figures=2031", span), Some(DatasetYears::All));
        assert_eq!(read_all_figures_fragment("#all-figures=x", span), Some(DatasetYears::All));
        for other in ["", "#", "#figures", "#all-figures", "all-figures=2025"] {
            assert_eq!(read_all_figures_fragment(other, span), None, "{other:?}");
        }
    }

    #[test]
    fn the_embed_code_goes_to_the_fuller_build_by_its_own_fragment_only() {
        assert_eq!(embed_code_fragment(), "#embed-code");
        assert!(asks_for_embed_code(&embed_code_fragment()));
        for other in ["", "#", "embed-code", "#embed-code=1", "#embed", "#all-figures=2025"] {
            assert!(!asks_for_embed_code(other), "{other:?}");
        }
        let span = YearSpan { first: Year::new(2014).unwrap(), last: Year::new(2026).unwrap() };
        assert_eq!(read_all_figures_fragment(&embed_code_fragment(), span), None);
    }

    #[test]
    fn an_embed_shows_each_view_that_has_an_embedded_form_as_it_is() {
        for view in [View::Trend, View::Compare, View::Overview, View::Map] {
            assert_eq!(embedded_view(view), (view, None));
        }
    }
}
