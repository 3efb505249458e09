//! The key to a chart's lines, drawn with the same colour, dash and marker.

use childstats::model::series::{Dash, Marker, Series, Style};
use leptos::prelude::*;

#[component]
pub fn Legend(series: Vec<Series>) -> impl IntoView {
    view! {
        <ul class="legend" aria-label="Key">
            {series.into_iter().map(|s| view! {
                <li>
                    <Swatch style=s.style/>
                    <span>{s.label}</span>
                </li>
            }).collect_view()}
        </ul>
    }
}

#[component]
fn Swatch(style: Style) -> impl IntoView {
    let colour = style.css_colour();
    let dash = match style.dash {
        Dash::Solid => "none",
        Dash::Dashed => "8 5",
        Dash::Dotted => "2.5 3.5",
    };
    let fill = if style.filled { colour.clone() } else { "white".to_string() };
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
