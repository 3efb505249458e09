//! The chosen indicator's heading, and what it means: its unit, which way is
//! good, its source and its latest year. The definition, methodology and the
//! link to the publication are fetched the first time a person opens "What
//! this measures" (they are not in the core, which every first chart waits for).

use leptos::prelude::*;

use super::explorer::use_explore;
use super::figures::AboutState;

#[component]
pub fn IndicatorInfo() -> impl IntoView {
    let explore = use_explore();
    let figures = explore.figures;
    let ex = explore.clone();
    let latest = move || {
        let code = ex.selection.with(|s| s.indicator.clone());
        figures.data.with(|d| {
            d.has_figures(&code).then(|| d.years_with_figures(&code).last().map_or_else(|| "None published".to_string(), |y| y.to_string()))
        })
    };
    let ex = explore.clone();
    let about = move || {
        let code = ex.selection.with(|s| s.indicator.clone());
        match figures.about.get() {
            AboutState::Ready => {
                let about = figures.data.with(|d| d.about(&code).cloned()).unwrap_or_default();
                view! {
                    <p>{if about.definition.is_empty() { "DfE gives no definition for this measure.".to_string() } else { about.definition }}</p>
                    {(!about.methodology.is_empty()).then(|| view! { <h2 class="small-heading">"How it is calculated"</h2><p>{about.methodology}</p> })}
                    {about.links.first().cloned().map(|href| view! { <p><a href=href rel="noopener">"The publication these figures come from"</a></p> })}
                }
                .into_any()
            }
            AboutState::Failed => view! {
                <p role="alert">"The definition could not be loaded (about.json). "
                    <button type="button" class="link-button" on:click=move |_| figures.ensure_about()>"Try again"</button></p>
            }
            .into_any(),
            AboutState::Loading | AboutState::NotRequested => view! { <p role="status">"Loading the definition\u{2026}"</p> }.into_any(),
        }
    };
    move || {
        let ind = explore.indicator();
        let owner = ind.owner().to_string();
        let about = about.clone();
        let latest = latest.clone();
        view! {
            <section class="indicator-info" aria-labelledby="about-measure">
                <h2 id="about-measure" class="small-heading">"About this measure"</h2>
                <dl class="indicator-facts">
                    <div><dt>"Unit"</dt><dd>{if ind.unit.is_empty() { "Not stated by DfE".to_string() } else { ind.unit.clone() }}</dd></div>
                    <div><dt>"Which way is good"</dt><dd class="polarity">{ind.polarity.describe()}</dd></div>
                    <div><dt>"Latest figures"</dt><dd>{move || latest().unwrap_or_else(|| "\u{2026}".to_string())}</dd></div>
                    <div>
                        <dt>"Source"</dt>
                        <dd>
                            {format!("{owner}, via DfE's Local Authority Interactive Tool")}
                        </dd>
                    </div>
                </dl>
                <details class="definition" on:toggle=move |_| figures.ensure_about()>
                    <summary>"What this measures"</summary>
                    {about}
                    <p class="code">"LAIT code: " <code>{ind.code.to_string()}</code></p>
                </details>
            </section>
        }
    }
}

/// The chart's heading: the indicator and the council, first on the page.
#[component]
pub fn IndicatorTitle() -> impl IntoView {
    let explore = use_explore();
    move || {
        let name = explore.indicator().name.clone();
        let focus = explore.area_name(explore.selection.with(|s| s.focus));
        view! {
            <h1 class="indicator-title">
                <span class="indicator-name">{name}</span>
                <span class="focus-name">{format!(" \u{2014} {focus}")}</span>
            </h1>
        }
    }
}
