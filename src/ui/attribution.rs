//! Licence attribution, sources and data version, shown with every view.

use std::sync::Arc;

use childstats::data::Dataset;
use leptos::prelude::*;

pub const OGL_ATTRIBUTION: &str = "Contains public sector information licensed under the Open Government Licence v3.0.";

#[component]
pub fn Attribution(dataset: Arc<Dataset>) -> impl IntoView {
    let version = dataset.catalogue.data_version.clone();
    view! {
        <footer class="attribution">
            <p>
                "Sources: Department for Education (Local Authority Interactive Tool; children's social care tables; "
                "statistical neighbour models) and Office for National Statistics (population estimates). "
                <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">{OGL_ATTRIBUTION}</a>
            </p>
            <p class="data-version">"Data version " <code>{version}</code></p>
        </footer>
    }
}
