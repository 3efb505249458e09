//! One indicator, year by year, for a focus council against its statistical
//! neighbour average and England: the first end-to-end view of the data.

use std::sync::Arc;

use childstats::data::{AreaCode, Dataset, Indicator, IndicatorCode, MissingReason};

use childstats::model::{trend_rows, Figure, NeighbourAverage, TrendRow};
use leptos::prelude::*;

const NEIGHBOUR_MODEL: &str = "2021";

#[component]
pub fn TrendTable(dataset: Arc<Dataset>, indicator: IndicatorCode, focus: AreaCode) -> impl IntoView {
    let catalogue = &dataset.catalogue;
    let (Some(ind), Some(area)) = (catalogue.indicator(&indicator), catalogue.area(focus)) else {
        return view! {
            <div class="message error" role="alert">
                <p>{format!("The bundled data has no indicator {indicator} or no council {focus}.")}</p>
            </div>
        }
        .into_any();
    };
    let ind = ind.clone();
    let area_name = area.name.clone();
    let rows = trend_rows(&dataset, &indicator, focus, NEIGHBOUR_MODEL);
    // The period column earns its place only where labels differ from the year ("2020/21").
    let show_period = rows.iter().any(|r| r.period.as_deref().is_some_and(|p| p != r.year.to_string()));
    let has_derived = rows.iter().any(|r| r.focus.derived.is_some() || r.england.derived.is_some());
    let failed: Vec<String> = dataset.failed_years().map(|(y, e)| format!("{y}: {e}")).collect();

    view! {
        <article class="indicator">
            <h1>{ind.name.clone()} <span class="area-name">{format!(" \u{2014} {area_name}")}</span></h1>
            <dl class="indicator-facts">
                <dt>"Unit"</dt><dd>{ind.unit.clone()}</dd>
                <dt>"Which direction is good"</dt><dd>{ind.polarity.describe()}</dd>
                <dt>"Topic"</dt><dd>{ind.topic.clone()}</dd>
            </dl>
            <p class="definition">{ind.definition.clone()}</p>
            {(!failed.is_empty()).then(|| view! {
                <div class="message warning" role="alert">
                    <p>"Some years could not be loaded and are shown as missing:"</p>
                    <ul>{failed.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                </div>
            })}
            <div class="table-wrap" tabindex="0" role="region" aria-label="Figures table, scrolls sideways on small screens">
            <table class="data-table">
                <caption>{format!("{} for {area_name}, its statistical neighbour average (DfE 2021 model) and England, 2014 to 2024", ind.name)}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Year"</th>
                        {show_period.then(|| view! { <th scope="col">"Period"</th> })}
                        <th scope="col" class="num">{area_name.clone()}</th>
                        <th scope="col" class="num"><span class="wide-only">"Statistical "</span>"neighbour average"</th>
                        <th scope="col" class="num">"England"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| row_view(&ind, row, show_period)).collect_view()}
                </tbody>
            </table>
            </div>
            {has_derived.then(|| view! {
                <p class="note" id="derived-note">
                    "\u{2020} Computed by this app, not published as a rate: DfE's published count divided by the ONS "
                    "mid-year population aged 0 to 17 of the year before, times 10,000 (DfE's own method). "
                    "LAIT's series starts later, so this is the only way to show the year."
                </p>
            })}
            <p class="note">
                "The statistical neighbour average is the simple mean of the ten most similar councils' figures (DfE's method); "
                "where fewer than ten have a figure, the table says how many."
            </p>
        </article>
    }
    .into_any()
}

fn row_view(ind: &Indicator, row: TrendRow, show_period: bool) -> impl IntoView {
    let period = row.period.unwrap_or_else(|| "\u{2014}".into());
    view! {
        <tr>
            <th scope="row">{row.year.to_string()}</th>
            {show_period.then(|| view! { <td>{period}</td> })}
            <td class="num">{value_text(ind, row.focus)}</td>
            <td class="num">{average_text(ind, row.neighbour_average)}</td>
            <td class="num">{value_text(ind, row.england)}</td>
        </tr>
    }
}

/// A value as shown, marked where derived, or the reason it is missing in words.
fn value_text(ind: &Indicator, figure: Figure) -> AnyView {
    match (figure.value, figure.derived) {
        (Ok(v), None) => view! { <span>{ind.format_value(v)}</span> }.into_any(),
        (Ok(v), Some(d)) => {
            let inputs = format!(
                "Derived: {} \u{f7} {} (population aged 0 to 17, mid-{}) \u{d7} 10,000",
                d.count, d.population, d.population_year
            );
            view! {
                <span class="derived" title=inputs.clone()>
                    {ind.format_value(v)}
                    <a href="#derived-note" aria-label=format!("derived value; {inputs}")>"\u{2020}"</a>
                </span>
            }
            .into_any()
        }
        (Err(reason), _) => missing_text(reason),
    }
}

fn missing_text(reason: MissingReason) -> AnyView {
    view! { <span class="missing">"No figure: " {reason.describe()}</span> }.into_any()
}

fn average_text(ind: &Indicator, average: Option<NeighbourAverage>) -> AnyView {
    match average {
        Some(NeighbourAverage { mean: Some(mean), with_value, of }) if with_value == of => {
            view! { <span>{ind.format_value(mean)}</span> }.into_any()
        }
        Some(NeighbourAverage { mean: Some(mean), with_value, of }) => view! {
            <span>{ind.format_value(mean)}</span>
            <span class="count">{format!(" ({with_value} of {of} neighbours have a figure)")}</span>
        }
        .into_any(),
        Some(NeighbourAverage { mean: None, .. }) => {
            view! { <span class="missing">"No figure: no neighbour has a figure for this year"</span> }.into_any()
        }
        None => view! { <span class="missing">"No statistical neighbours in this model"</span> }.into_any(),
    }
}
