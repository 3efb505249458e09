//! The embedded chart's first paint: it says what the interactive embed says
//! above and under the chart (title, notices, rank, key, summary, source), in
//! markup the page's policy allows (no inline style or script), and sizes its
//! canvas as the page does.

use charts::first_paint::{SUMMARY_ID, TREND_HEIGHT};
use charts::{canvas_height, first_paint_html, ranking_height};
use childstats::model::chart::{ChartModel, Figure, Trend, DERIVED_NOTE};
use childstats::model::series::Role;
use childstats::model::share::escape_html;
use childstats::model::theme::{css, Theme};
use plotters::prelude::SVGBackend;

mod common;
use common::models::{ranking_model, series, trend_model};

const TITLE: &str = "Children subject of a child protection plan, Southampton";

fn paint(model: &ChartModel) -> String {
    first_paint_html::<SVGBackend<'static>>(model, Theme::Light).expect("a model with figures has a first paint")
}

#[test]
fn trend_has_title_key_named_canvas_summary_note_and_source() {
    let model = trend_model();
    let html = paint(&model);
    assert!(html.starts_with(&format!(r#"<div class="embed"><h1 class="embed-title">{TITLE}</h1>"#)));
    let key = html.split(r#"<ul class="legend" aria-label="Key">"#).nth(1).expect("a key").split("</ul>").next().unwrap();
    let labels: Vec<&str> = key.split("<span>").skip(1).map(|s| s.split("</span>").next().unwrap()).collect();
    assert_eq!(labels, ["Southampton", "Neighbour average", "England"]);
    assert_eq!(key.matches(r#"<svg class="swatch""#).count(), 3);
    assert!(html.contains(&format!(r#"<canvas class="chart-canvas" role="img" aria-label="{TITLE}" aria-describedby="{SUMMARY_ID}"></canvas>"#)));
    assert!(html.contains(&format!(r#"<p id="{SUMMARY_ID}" class="summary">{}</p>"#, escape_html(&model.caption()))));
    // The trend has a figure computed by DfE's method, so the note says what its marker means.
    assert!(html.contains(&format!(r#"<p class="note">{DERIVED_NOTE}</p>"#)));
    assert!(html.ends_with(&format!(r#"<p class="embed-source">{}</p></div>"#, escape_html(&model.source))));
    assert!(!html.contains("rank-summary"));
}

#[test]
fn ranking_has_the_rank_and_band_above_the_chart_and_no_key() {
    let model = ranking_model();
    let html = paint(&model);
    let Figure::Ranking(c) = &model.figure else { unreachable!() };
    let (rank, band) = c.headline("Southampton", &model.indicator);
    let headline = format!(r#"<div class="rank-summary"><p class="rank">{rank}</p><p class="band">{band}</p></div>"#);
    let at = html.find(&headline).expect("the rank and band");
    assert!(at < html.find("<canvas").unwrap());
    assert!(rank.starts_with("Southampton in 2022: 60th highest of 152 councils"), "{rank}");
    assert!(!html.contains("legend"));
    assert!(!html.contains(DERIVED_NOTE));
}

#[test]
fn notices_come_before_the_chart_as_notes() {
    let mut model = trend_model();
    model.notices = vec!["No figure for 2025 yet: the latest shown is 2022 & earlier.".into()];
    let html = paint(&model);
    let notice = r#"<p class="message notice" role="note">No figure for 2025 yet: the latest shown is 2022 &amp; earlier.</p>"#;
    assert!(html.find(notice).expect("the notice") < html.find("<canvas").unwrap());
}

#[test]
fn text_is_escaped_and_nothing_the_page_policy_blocks() {
    let mut model = trend_model();
    model.summary = "A <b>bold</b> claim & \"quotes\"".into();
    model.title = "Rate <script>alert(1)</script>, \"Southampton\"".into();
    let html = paint(&model);
    assert!(html.contains("A &lt;b&gt;bold&lt;/b&gt; claim &amp; &quot;quotes&quot;"));
    assert!(!html.contains("<script") && !html.contains("<b>"));
    assert!(html.contains(r#"aria-label="Rate &lt;script&gt;alert(1)&lt;/script&gt;, &quot;Southampton&quot;""#));
    // The page allows no inline style or script: the stylesheet's classes do it all.
    for blocked in [" style=", "<style", " on", "javascript:"] {
        assert!(!paint(&trend_model()).contains(blocked), "{blocked}");
        assert!(!paint(&ranking_model()).contains(blocked), "{blocked}");
    }
}

#[test]
fn no_first_paint_without_figures() {
    let mut model = trend_model();
    model.figure = Figure::NoFigures;
    assert!(first_paint_html::<SVGBackend<'static>>(&model, Theme::Light).is_none());
    model.figure = Figure::Trend(Trend { series: vec![series(852, "Southampton", Role::Focus, &[None, None])], labels: vec!["2017/18".into(), "2018/19".into()], reported: Vec::new() });
    assert!(first_paint_html::<SVGBackend<'static>>(&model, Theme::Light).is_none());
}

#[test]
fn canvas_is_sized_as_the_page_sizes_it() {
    let trend = trend_model();
    assert_eq!(canvas_height(&trend, 1200), TREND_HEIGHT);
    // On a phone the trend is at most 0.85 times as tall as it is wide.
    assert_eq!(canvas_height(&trend, 344), 292);
    let ranking = ranking_model();
    let Figure::Ranking(c) = &ranking.figure else { unreachable!() };
    assert_eq!(canvas_height(&ranking, 344), ranking_height(c.bars.len()));
    assert_eq!(canvas_height(&ranking, 1200), ranking_height(c.bars.len()));
}

#[test]
fn a_dark_embed_s_key_is_in_the_dark_colours_of_its_chart() {
    let model = trend_model();
    let light = paint(&model);
    let dark = first_paint_html::<SVGBackend<'static>>(&model, Theme::Dark).unwrap();
    let Figure::Trend(t) = &model.figure else { unreachable!() };
    let focus = t.series[0].style.colour;
    let (light_focus, dark_focus) = (css(Theme::Light.series_colour(focus)), css(Theme::Dark.series_colour(focus)));
    assert_ne!(light_focus, dark_focus);
    let key = |html: &str| html.split(r#"aria-label="Key">"#).nth(1).unwrap().split("</ul>").next().unwrap().to_ascii_lowercase();
    assert!(key(&light).contains(&light_focus.to_ascii_lowercase()), "{}", key(&light));
    assert!(key(&dark).contains(&dark_focus.to_ascii_lowercase()), "{}", key(&dark));
    assert!(!key(&dark).contains(&light_focus.to_ascii_lowercase()));
    // Everything but the key is the same words.
    assert_eq!(light.split("</ul>").nth(1), dark.split("</ul>").nth(1));
}
