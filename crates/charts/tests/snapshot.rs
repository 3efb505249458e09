//! The static snapshot embed: what it holds, what it must never hold (script,
//! requests), escaping, and a golden file (`tests/golden/snapshot-trend.html`,
//! regenerated with `UPDATE_GOLDEN=1`; open it in a browser to review).

use std::path::PathBuf;

use charts::snapshot::OGL_URL;
use charts::{date_in_words, snapshot_html, snapshot_page};
use childstats::data::MissingReason;
use childstats::model::chart::{ChartModel, Figure, Trend};
use childstats::model::series::Role;
use plotters::prelude::SVGBackend;

const LIVE: &str = "https://example.org/explorer/?indicator=CPP_rate&area=852&view=trend&v=test";

mod common;
use common::models::{ranking_model, series, trend_model};

fn snapshot(model: &ChartModel) -> String {
    snapshot_html::<SVGBackend<'static>>(model, LIVE, "2 December 2026").expect("a model with figures has a snapshot")
}

/// Every value of `attr="…"` in `html`.
fn attribute_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    html.split(&format!(" {attr}=\"")).skip(1).map(|rest| rest.split('"').next().unwrap()).collect()
}

/// The text between the first `open` and the next `close` after it.
fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html.find(open).unwrap_or_else(|| panic!("no {open}")) + open.len();
    let end = html[start..].find(close).unwrap_or_else(|| panic!("no {close} after {open}"));
    &html[start..start + end]
}

#[test]
fn golden_trend_snapshot() {
    let html = snapshot(&trend_model());
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/snapshot-trend.html");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &html).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).expect("missing golden snapshot-trend.html; run with UPDATE_GOLDEN=1 and review it");
    assert!(expected == html, "snapshot-trend.html differs from its golden file; if the change is intended, run with UPDATE_GOLDEN=1 and review");
}

#[test]
fn no_script_and_no_request_but_the_two_links() {
    for html in [snapshot(&trend_model()), snapshot(&ranking_model())] {
        let lower = html.to_ascii_lowercase();
        for banned in ["<script", " src=", "srcset=", "xlink:href", "url(", "@import", "<link", "<iframe", "<img", "<object", "<embed", " on"] {
            if banned == " on" {
                // No event handler attribute (onload=, onclick=, …).
                assert!(!lower.split(" on").skip(1).any(|rest| rest.split_once('=').is_some_and(|(name, _)| name.chars().all(|c| c.is_ascii_alphabetic()))), "an event handler");
                continue;
            }
            assert!(!lower.contains(banned), "{banned} in the snapshot");
        }
        let live = LIVE.replace('&', "&amp;");
        assert_eq!(attribute_values(&html, "href"), [OGL_URL, live.as_str()]);
        // No namespace or other address anywhere else.
        assert_eq!(html.matches("://").count(), 2, "an address other than the two links");
    }
}

#[test]
fn the_chart_is_an_image_named_by_the_title_and_described_by_the_summary() {
    let m = trend_model();
    let html = snapshot(&m);
    let svgs: Vec<&str> = html.split("<svg ").skip(1).filter(|s| s.contains("role=\"img\"")).collect();
    assert_eq!(svgs.len(), 2, "a narrow and a wide drawing");
    for svg in &svgs {
        let tag = svg.split('>').next().unwrap();
        assert!(tag.contains("viewBox=\"0 0 ") && tag.contains("width:100%;height:auto"), "{tag}");
        let name = between(tag, "aria-labelledby=\"", "\"");
        let description = between(tag, "aria-describedby=\"", "\"");
        assert_eq!(between(&html, &format!("id=\"{name}\""), "</p>").split_once('>').unwrap().1, m.title);
        assert_eq!(between(&html, &format!("id=\"{description}\""), "</p>").split_once('>').unwrap().1, m.summary);
    }
    // Only one drawing shows without the style block: the wide one is hidden
    // by its own style, which the block's container query overrides.
    assert_eq!(svgs.iter().filter(|s| s.split('>').next().unwrap().contains("style=\"display:none;")).count(), 1);
    assert!(html.contains(".cse-snap-wide{display:block!important}"));
    // The drawings are the chart's: its lines and labels.
    assert!(svgs[0].contains("<polyline") && svgs[0].contains("2021/22"));
    // The key names every line; the swatches are decoration.
    let key = between(&html, "<ul aria-label=\"Key\"", "</ul>");
    for label in ["Southampton", "Neighbour average", "England"] {
        assert!(key.contains(label), "{label} missing from the key");
    }
    assert_eq!(key.matches("<svg").count(), key.matches("aria-hidden=\"true\"").count());
}

#[test]
fn the_table_holds_every_figure_of_the_trend_and_says_why_one_is_missing() {
    let m = trend_model();
    let html = snapshot(&m);
    let details = between(&html, "<details", "</details>");
    assert!(!details.starts_with(" open"), "the table starts collapsed");
    let body = between(details, "<tbody>", "</tbody>");
    let rows: Vec<&str> = body.split("<tr>").skip(1).collect();
    assert_eq!(rows.len(), m.years.len(), "a row a year");
    let t = m.trend().unwrap();
    for (row, label) in rows.iter().zip(&t.labels) {
        assert!(row.starts_with(&format!("<th scope=\"row\">{label}</th>")), "{row}");
    }
    for (i, _) in m.years.iter().enumerate() {
        let cells: Vec<&str> = rows[i].split("<td").skip(1).map(|c| between(c, ">", "</td>")).collect();
        let expected: Vec<String> = t
            .series
            .iter()
            .map(|s| match s.points[i].value {
                Ok(v) => format!("{}{}", childstats::model::format::with_separators(v, 1), if s.points[i].derived { "\u{2020}" } else { "" }),
                Err(_) => "no figure".into(),
            })
            .collect();
        assert_eq!(cells, expected, "{}", t.labels[i]);
    }
    assert!(body.contains("1,234.5"), "thousands are separated as on the page");
    let why = format!("No figure for Southampton in 2020: {}.", MissingReason::Suppressed.describe());
    assert!(details.contains(&why.replace('\'', "&#39;")), "{details}");
    // What the hollow marker and † mean is said beside the chart, not only in the closed table.
    let note = "Hollow markers and \u{2020} show figures computed from DfE's published counts";
    assert!(html.contains(note) && !details.contains(note));
}

#[test]
fn the_table_holds_every_bar_of_a_ranking_in_order() {
    let m = ranking_model();
    let html = snapshot(&m);
    let c = m.comparison().unwrap();
    let body = between(&html, "<tbody>", "</tbody>");
    let rows: Vec<&str> = body.split("<tr>").skip(1).collect();
    assert_eq!(rows.len(), c.bars.len());
    for (row, bar) in rows.iter().zip(&c.bars) {
        assert!(row.contains(&format!("<th scope=\"row\">{}</th>", bar.label)), "{row}");
        assert!(row.contains(&format!(">{:.1}</td>", bar.value)), "{row}");
        assert!(row.starts_with(&format!("<td>{}</td>", bar.rank.map_or("\u{2014}".into(), |r| r.to_string()))), "{row}");
    }
    assert!(html.contains(&format!("No figure for Portsmouth in 2022: {}.", MissingReason::Suppressed.describe())));
    assert!(html.contains("-table\" style=\"margin:0.5em 0 0;font-weight:bold\">Children subject of a child protection plan (Rate per 10,000), 2021/22</p>"));
    assert!(!html.contains("aria-label=\"Key\""), "a ranking has no key: its labels are on the bars");
}

#[test]
fn source_licence_version_date_and_live_link_are_shown() {
    let html = snapshot(&trend_model());
    assert!(html.contains("Source: Department for Education, via the Department for Education&#39;s Local Authority Interactive Tool (data version test)."));
    assert!(html.contains(&format!("licensed under the <a href=\"{OGL_URL}\" style=\"color:#1d70b8\">Open Government Licence v3.0</a>.")));
    assert!(html.contains("A snapshot made on 2 December 2026 from data version test"));
    assert!(html.contains(&format!("<a href=\"{}\" style=\"color:#1d70b8\">See the live chart</a>", LIVE.replace('&', "&amp;"))));
}

#[test]
fn every_text_is_escaped() {
    let mut m = trend_model();
    m.title = "Children's <b>\"care\"</b> & more".into();
    m.summary = "Up <script>alert(1)</script>".into();
    m.source = "Source: <i>DfE</i>".into();
    m.data_version = "v\"1".into();
    m.file_stem = "a\"b".into();
    if let Figure::Trend(t) = &mut m.figure {
        t.series[0].label = "Bristol <City> & \"Co\"".into();
        t.labels[0] = "<2018>".into();
    }
    m.indicator.name = "Rate <per> child".into();
    let html = snapshot_html::<SVGBackend<'static>>(&m, "https://example.org/?a=1&b=\"2\"", "1 <May> 2026").unwrap();
    for raw in ["<b>", "<script", "<i>", "<City>", "<2018>", "<per>", "<May>", "v\"1", "a\"b", "b=\"2"] {
        assert!(!html.contains(raw), "{raw} not escaped");
    }
    for escaped in ["Children&#39;s &lt;b&gt;&quot;care&quot;&lt;/b&gt; &amp; more", "&lt;script&gt;", "Bristol &lt;City&gt; &amp; &quot;Co&quot;", "1 &lt;May&gt; 2026"] {
        assert!(html.contains(escaped), "{escaped} missing");
    }
}

#[test]
fn no_snapshot_without_figures() {
    let mut m = trend_model();
    m.figure = Figure::NoFigures;
    assert_eq!(snapshot_html::<SVGBackend<'static>>(&m, LIVE, "2 December 2026"), None);
    let empty = Trend { series: vec![series(852, "Southampton", Role::Focus, &[None, None])], labels: vec!["2017/18".into(), "2018/19".into()], reported: Vec::new() };
    m.figure = Figure::Trend(empty);
    assert_eq!(snapshot_html::<SVGBackend<'static>>(&m, LIVE, "2 December 2026"), None);
}

#[test]
fn styles_stay_inside_the_snapshot() {
    let html = snapshot(&trend_model());
    let style = between(&html, "<style>", "</style>");
    // Every rule's selectors start with the snapshot's class; the container
    // query's rules too.
    let rules = style.replace("@container (min-width:480px){", "").replace("}}", "}");
    for rule in rules.split('}').filter(|r| !r.is_empty()) {
        let selectors = rule.split('{').next().unwrap();
        assert!(selectors.split(',').all(|s| s.starts_with(".cse-snap")), "{selectors} could reach the host page");
    }
}

#[test]
fn dates_read_as_people_write_them() {
    assert_eq!(date_in_words(2026, 12, 2), "2 December 2026");
    assert_eq!(date_in_words(2027, 1, 31), "31 January 2027");
}

#[test]
fn the_download_is_the_snapshot_in_a_page_with_language_and_title() {
    let mut m = trend_model();
    m.title = "Rate <b>one</b>".into();
    let html = snapshot(&m);
    let page = snapshot_page(&m, &html);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("<title>Rate &lt;b&gt;one&lt;/b&gt;</title>"));
    assert!(page.contains(&html));
    assert!(!page.to_ascii_lowercase().contains("<script"));
}
