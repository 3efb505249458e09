//! What the chosen indicator means, its unit, which way is good, its source
//! and its latest year.

use leptos::prelude::*;

use super::explorer::use_explore;

#[component]
pub fn IndicatorInfo() -> impl IntoView {
    let explore = use_explore();
    move || {
        let ind = explore.indicator();
        let latest = explore.data.years_with_figures(&ind.code).last().copied();
        let focus = explore.area_name(explore.selection.with(|s| s.focus));
        let owner = ind.owner();
        view! {
            <div class="indicator-info">
                <h1>
                    <span class="indicator-name">{ind.name.clone()}</span>
                    <span class="focus-name">{format!(" \u{2014} {focus}")}</span>
                </h1>
                <dl class="indicator-facts">
                    <div><dt>"Unit"</dt><dd>{if ind.unit.is_empty() { "Not stated by DfE".to_string() } else { ind.unit.clone() }}</dd></div>
                    <div><dt>"Which way is good"</dt><dd class="polarity">{ind.polarity.describe()}</dd></div>
                    <div><dt>"Latest figures"</dt><dd>{latest.map_or_else(|| "None in 2014 to 2024".to_string(), |y| y.to_string())}</dd></div>
                    <div>
                        <dt>"Source"</dt>
                        <dd>
                            {format!("{owner}, via DfE's Local Authority Interactive Tool")}
                            {ind.links.first().cloned().map(|href| view! { " (" <a href=href rel="noopener">"publication"</a> ")" })}
                        </dd>
                    </div>
                </dl>
                <details class="definition">
                    <summary>"What this measures"</summary>
                    <p>{if ind.definition.is_empty() { "DfE gives no definition for this measure.".to_string() } else { ind.definition.clone() }}</p>
                    {(!ind.methodology.is_empty()).then(|| view! { <h2 class="small-heading">"How it is calculated"</h2><p>{ind.methodology.clone()}</p> })}
                    <p class="code">"LAIT code: " <code>{ind.code.to_string()}</code></p>
                </details>
            </div>
        }
    }
}
