//! The map view: every council as a hex of England's cartogram for one
//! year, coloured and labelled by its quartile band (or value fifth); the
//! focus outlined, its neighbours dotted. Hover, tap or the arrow keys say a
//! council's figure and rank; Enter makes it the focus. The legend, the
//! summary and the figures of every council as a table are text.

use childstats::data::AreaCode;
use childstats::model::map::{hex_map, map_title, Direction, LegendKey, MapModel};
use charts::hexmap::{draw_hex_map, HexMapChart, HexMapLayout};
use childstats::model::map::class_colours;
use leptos::prelude::*;

use super::chart_canvas::{CanvasArea, ChartCanvas};
use super::compare_view::{CompareTable, CompareYear};
use super::export::save_map;
use super::share::{Downloads, SaveAs};
use childstats::model::chart::ChartModel;
use super::explorer::use_explore;
use super::figures_gate::FiguresGate;
use super::hex_layout::{use_hex_layout, LayoutState};
use super::theme::use_chart_theme;

/// The map; `embedded`: no year choice (the embed's link says the year),
/// and a squarer canvas, so a phone's embed has no empty band under the map.
#[component]
pub fn MapView(#[prop(optional)] embedded: bool) -> impl IntoView {
    let explore = use_explore();
    let (selection, chart, figures) = (explore.selection, explore.chart, explore.figures);
    let layout = use_hex_layout();
    layout.ensure();
    let year = Memo::new(move |_| chart.with(|m| m.compare_year));
    let years_with_data = Memo::new(move |_| chart.with(|m| m.years_with_figures.clone()));
    let comparison = Memo::new(move |_| chart.with(|m| m.comparison().cloned()));
    let ex = explore.clone();
    let map = Memo::new(move |_| {
        let LayoutState::Ready(hexes) = layout.state.get() else { return None };
        let year = year.get()?;
        let indicator = ex.indicator();
        Some(figures.data.with(|d| selection.with(|s| hex_map(d, &hexes, &indicator, s, year))))
    });
    let highlight = RwSignal::new(None::<AreaCode>);
    let placed = StoredValue::new(HexMapLayout::default());
    let theme = use_chart_theme();
    let draw = Callback::new(move |(root, ratio): (CanvasArea, f64)| {
        map.with(|m| {
            if let Some(m) = m {
                if let Ok(done) = draw_hex_map(&root, &HexMapChart { map: m, highlight: highlight.get(), legend: false, scale: ratio, theme: theme.get() }) {
                    placed.set_value(done);
                }
            }
        });
        crate::load::timing::chart_drawn();
    });
    let on_pointer = Callback::new(move |at: Option<(i32, i32)>| {
        highlight.set(at.and_then(|(x, y)| placed.with_value(|p| p.hex_at(x, y))));
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let direction = match ev.key().as_str() {
            "ArrowLeft" => Direction::Left,
            "ArrowRight" => Direction::Right,
            "ArrowUp" => Direction::Up,
            "ArrowDown" => Direction::Down,
            "Enter" => {
                if let Some(area) = highlight.get_untracked() {
                    ev.prevent_default();
                    selection.update(|s| *s = s.with_focus(area));
                }
                return;
            }
            "Escape" => {
                highlight.set(None);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        map.with_untracked(|m| {
            let Some(m) = m else { return };
            let from = highlight.get_untracked().or_else(|| m.focus_cell().map(|c| c.area));
            if let Some(next) = from.and_then(|f| m.neighbour_in_direction(f, direction)).or(from) {
                highlight.set(Some(next));
            }
        });
    };
    let on_focus = move |_| {
        if highlight.get_untracked().is_none() {
            highlight.set(map.with_untracked(|m| m.as_ref().and_then(|m| m.focus_cell().map(|c| c.area))));
        }
    };
    let readout = move || map.with(|m| m.as_ref().and_then(|m| highlight.get().and_then(|a| m.cell(a)).map(|c| m.describe(c))));

    view! {
        {move || chart.with(|m| m.notices.clone()).into_iter().map(|n| view! { <p class="message notice" role="note">{n}</p> }).collect_view()}
        {(!embedded).then(|| view! { <div class="compare-controls"><CompareYear year=year years_with_data=years_with_data/></div> })}
        {move || match layout.state.get() {
            LayoutState::Failed(error) => view! {
                <div class="message error" role="alert">
                    <p>"The map\u{2019}s layout could not be loaded (hexmap.json), so the map cannot be drawn. The other views are not affected."</p>
                    <p class="detail">"Details: " {error.to_string()}</p>
                    <button type="button" on:click=move |_| layout.retry()>"Try again"</button>
                </div>
            }.into_any(),
            LayoutState::Ready(_) => ().into_any(),
            _ => view! { <p role="status" class="figures-loading">"Loading the map\u{2026}"</p> }.into_any(),
        }}
        <Show when=move || map.with(Option::is_some)>
            <figure class="chart map">
                <MapLegend map=map/>
                <div class="chart-box map-box" tabindex="0" role="group"
                    aria-label="Map of every council. Use the arrow keys to move between neighbouring councils, and Enter to make one the council shown."
                    aria-describedby="map-summary map-readout"
                    on:keydown=on_key on:focus=on_focus>
                    <ChartCanvas draw=draw height=Signal::derive(|| 640u32) max_aspect=if embedded { 1.0 } else { 1.25 } on_pointer=on_pointer/>
                    <div id="map-readout" class="readout" role="status" aria-live="polite">{move || readout().map(|r| view! { <p>{r}</p> })}</div>
                </div>
                <figcaption class="chart-caption">
                    <p id="map-summary" class="summary">{move || map.with(|m| m.as_ref().map(|m| m.summary.clone()))}</p>
                    <p class="note">{move || map.with(|m| m.as_ref().map(|m| m.credit.clone()))}" (MIT licence), adapted for the councils of each year."</p>
                </figcaption>
            </figure>
        </Show>
        <CompareTable comparison=comparison/>
        <Show when=move || map.with(Option::is_some)><Downloads save=save_map_as(chart, map)/></Show>
    }
}

/// The map's downloads: PNG and SVG of the map drawn by the page's own
/// function, CSV of every council's figure.
fn save_map_as(chart: Memo<ChartModel>, map: Memo<Option<MapModel>>) -> SaveAs {
    Callback::new(move |format| {
        map.with_untracked(|m| match m {
            Some(m) => chart.with_untracked(|c| save_map(c, m, format)),
            None => Err("the map has not been drawn yet".into()),
        })
    })
}

/// The map embedded in another page: its title (the measure and year), the
/// map without the year choice, and its source.
#[component]
pub fn MapEmbed() -> impl IntoView {
    let chart = use_explore().chart;
    view! {
        <h1 class="embed-title">{move || chart.with(|m| map_title(&m.indicator, m.compare_year))}</h1>
        <FiguresGate><MapView embedded=true/></FiguresGate>
        <p class="embed-source">{move || chart.with(|m| m.source.clone())}</p>
    }
}

/// The map's key as text, each class with its swatch, letter and count.
#[component]
fn MapLegend(map: Memo<Option<MapModel>>) -> impl IntoView {
    let theme = use_chart_theme();
    let hex = childstats::model::theme::css;
    move || {
        map.with(|m| {
            m.as_ref().map(|m| {
                m.legend
                    .iter()
                    .map(|entry| {
                        let swatch = match entry.key {
                            LegendKey::Class(class) => {
                                let (fill, ink) = class_colours(class, theme.get());
                                // Set through the CSS object model (`style:`), which the page's
                                // CSP allows, not a style attribute, which it does not.
                                view! { <span class="map-swatch" style:background-color=hex(fill) style:color=hex(ink) aria-hidden="true">{class.label()}</span> }.into_any()
                            }
                            LegendKey::NoFigure => view! { <span class="map-swatch hatched" aria-hidden="true"></span> }.into_any(),
                            LegendKey::Focus => view! { <span class="map-swatch focus" aria-hidden="true"></span> }.into_any(),
                            LegendKey::Neighbour => view! { <span class="map-swatch neighbour" aria-hidden="true">"\u{2022}"</span> }.into_any(),
                        };
                        view! { <li>{swatch}<span>{format!("{} ({})", entry.text, entry.count)}</span></li> }
                    })
                    .collect_view()
            })
        })
        .map(|items| view! { <ul class="legend map-legend" aria-label="Key">{items}</ul> })
    }
}
