//! Taking a chart away: its share link and the HTML that embeds it in
//! another page, both carrying the data version they were made with.

use super::chart::ChartModel;
use super::query::{with_extras, LinkExtras};
use super::theme::Theme;

/// `text` safe inside HTML text and double- or single-quoted attributes.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The chart's link query (no `?`) with its data version, and `embed=1`
/// (and its colours, if chosen) for an embed.
fn link_query(model: &ChartModel, embed: bool, theme: Option<Theme>) -> String {
    with_extras(model.query.clone(), &LinkExtras { embed, data_version: Some(model.data_version.clone()), theme })
}

/// A link that reopens exactly this chart. `page` is the explorer's address
/// without its query (e.g. `https://example.org/explorer/`).
pub fn share_link(page: &str, model: &ChartModel) -> String {
    format!("{page}?{}", link_query(model, false, None))
}

/// The HTML a person pastes into their page: an iframe of the chart's embed
/// link, titled for screen readers, and the script beside the app that sizes
/// it to its content (`embed.js`). `theme`: the chart's colours, or `None`
/// to follow the reader's setting.
pub fn embed_snippet(page: &str, model: &ChartModel, theme: Option<Theme>) -> String {
    let dir = page.rsplit_once('/').map_or_else(|| page.to_string(), |(d, _)| format!("{d}/"));
    let src = format!("{page}?{}", link_query(model, true, theme));
    // `src` is percent-encoded already (the query by `print_query`, the page
    // by the browser's `location`), so it holds no quote or bracket; its `&`s
    // are left as they are, as people read and edit them in a CMS.
    format!(
        "<iframe src=\"{src}\" title=\"{}\" style=\"width:100%;height:560px;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        escape_html(&model.title),
        escape_html(&dir),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_both_quotes() {
        assert_eq!(escape_html("Children's <b>\"care\"</b> & more"), "Children&#39;s &lt;b&gt;&quot;care&quot;&lt;/b&gt; &amp; more");
    }
}
