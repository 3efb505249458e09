//! The key to a chart's lines, drawn with the same colour, dash and marker.

use childstats::model::series::{Dash, Marker, Series, Style};
use childstats::model::theme::{css, Theme};
use leptos::prelude::*;

use super::theme::use_chart_theme;

#[component]
pub fn Legend(series: Vec<Series>) -> impl IntoView {
    // Drawn again if the reader's colour setting changes (an embed may follow it).
    let theme = use_chart_theme();
    view! {
        <ul class="legend" aria-label="Key">
            {move || series.iter().map(|s| view! {
                <li>
                    <Swatch style=s.style theme=theme.get()/>
                    <span>{s.label.clone()}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn Swatch(style: Style, theme: Theme) -> impl IntoView {
    // In the chart's colours (an embed may be dark).
    let colour = css(theme.series_colour(style.colour));
    let background = css(theme.palette().background);
    let dash = match style.dash {
        Dash::Solid => "none",
        Dash::Dashed => "8 5",
        Dash::Dotted => "2.5 3.5",
    };
    let fill = if style.filled { colour.clone() } else { background };
    let marker = match style.marker {
        Marker::Circle => view! { <circle cx="18" cy="8" r="4.5" fill=fill.clone() stroke=colour.clone() stroke-width="1.5"/> }.into_any(),
        Marker::Square => view! { <rect x="14" y="4" width="8" height="8" fill=fill.clone() stroke=colour.clone() stroke-width="1.5"/> }.into_any(),
        Marker::Triangle => view! { <polygon points="18,3 23,12 13,12" fill=fill.clone() stroke=colour.clone() stroke-width="1.5"/> }.into_any(),
        Marker::Diamond => view! { <polygon points="18,3 23,8 18,13 13,8" fill=fill.clone() stroke=colour.clone() stroke-width="1.5"/> }.into_any(),
        Marker::Cross => view! { <path d="M14 4 L22 12 M14 12 L22 4" stroke=colour.clone() stroke-width="2"/> }.into_any(),
    };
    view! {
        <svg class="swatch" width="36" height="16" viewBox="0 0 36 16" aria-hidden="true">
            <line x1="1" y1="8" x2="35" y2="8" stroke=colour.clone() stroke-width=style.width.max(2) stroke-dasharray=dash/>
            {marker}
        </svg>
    }
}
