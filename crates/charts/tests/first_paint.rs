//! The first paint, embedded and in the explorer: it says what the
//! interactive build says above and under the chart (title, notices, rank,
//! key, summary, source; in the explorer its header and views too), in
//! markup the page's policy allows (no inline style or script), and sizes
//! its canvas as the page does.

use charts::first_paint::{CHOICES_ID, SUMMARY_ID, TREND_HEIGHT};
use charts::{canvas_height, explorer_first_paint_html, first_paint_html, ranking_height};
use childstats::data::{Year, YearSpan};
use childstats::model::selection::{Selection, View};
use childstats::model::site::{strapline, JUMP_TO_CHOICES, SITE_TITLE};
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

fn explorer_paint(model: &ChartModel, view: View) -> String {
    let years = YearSpan { first: Year::new(2014).unwrap(), last: Year::new(2026).unwrap() };
    let selection = Selection { view, ..Selection::default_view(years) };
    explorer_first_paint_html::<SVGBackend<'static>>(model, &selection, &strapline(years)).expect("a model with figures has a first paint")
}

#[test]
fn explorer_paint_has_the_page_s_header_title_views_chart_and_where_the_choices_will_be() {
    let model = trend_model();
    let html = explorer_paint(&model, View::Trend);
    assert!(html.starts_with(&format!(
        r#"<header class="site-header"><p class="site-title">{SITE_TITLE}</p><p class="site-strapline">English councils, 2014 to 2026, compared with similar councils, their region and England</p></header>"#
    )));
    assert!(html.contains(&format!(r##"<a class="jump-to-controls" href="#{CHOICES_ID}">{JUMP_TO_CHOICES}</a>"##)));
    assert!(html.contains(r#"<h1 class="indicator-title"><span class="indicator-name">Children subject of a child protection plan</span><span class="focus-name"> — Southampton</span></h1>"#), "{html}");
    // Each view is a link that opens it (a tap before the explorer is ready
    // loads that view), the one shown marked as the current page.
    let tabs = html.split(r#"<nav class="tabs" aria-label="How to show the figures">"#).nth(1).unwrap().split("</nav>").next().unwrap();
    let links: Vec<(&str, &str)> = tabs.split("<a href=\"?").skip(1).map(|a| (a.split('"').next().unwrap(), a.split('>').nth(1).unwrap().trim_end_matches("</a"))).collect();
    assert_eq!(links.iter().map(|l| l.1).collect::<Vec<_>>(), View::ALL.map(View::label));
    for ((href, _), view) in links.iter().zip(View::ALL) {
        let query = href.replace("&amp;", "&");
        assert!(query.contains(&format!("view={}", view.code())) && query.contains("indicator=CPP_rate") && query.contains("area=852"), "{query}");
    }
    assert_eq!(tabs.matches(r#"aria-current="page""#).count(), 1);
    assert!(tabs.contains(r#"class="selected" aria-current="page">Trend over time</a>"#));
    // The chart's parts, then the source; the trend has no compare choices.
    assert!(html.contains(r#"<ul class="legend" aria-label="Key">"#) && html.contains("<canvas"));
    assert!(html.contains(&format!(r#"<p class="note">{}</p>"#, escape_html(&model.source))));
    assert!(!html.contains("compare-controls"));
    assert!(html.ends_with(&format!(
        r#"<section class="controls" id="{CHOICES_ID}" tabindex="-1" aria-label="Choose what to show"><p role="status" class="figures-loading">Loading the choices&hellip;</p></section></div></main>"#
    )));
    for blocked in [" style=", "<style", " on", "javascript:"] {
        assert!(!html.contains(blocked), "{blocked}");
    }
}

#[test]
fn explorer_paint_of_a_comparison_shows_its_year_and_councils_disabled_above_the_rank() {
    let model = ranking_model();
    let html = explorer_paint(&model, View::Compare);
    let choices = html.find(r#"<div class="compare-controls">"#).expect("the compare choices");
    assert!(choices < html.find("rank-summary").unwrap());
    assert!(html.contains(r#"<select id="first-paint-year" disabled><option>2022</option></select>"#));
    assert!(html.contains(r#"<fieldset class="control inline scope" disabled>"#));
    assert!(html.contains(r#"id="first-paint-scope-neighbours" checked>"#) && !html.contains(r#"id="first-paint-scope-all" checked"#));
    assert!(html.contains(r#"class="selected" aria-current="page">Compare councils</a>"#));
    let mut none = trend_model();
    none.figure = Figure::NoFigures;
    let selection = Selection::default_view(YearSpan { first: Year::new(2014).unwrap(), last: Year::new(2026).unwrap() });
    assert!(explorer_first_paint_html::<SVGBackend<'static>>(&none, &selection, "").is_none());
}
