//! Licence attribution, sources and data version, shown with every view.

use leptos::prelude::*;

pub use childstats::model::chart::OGL_ATTRIBUTION;

#[component]
pub fn Attribution(version: String) -> impl IntoView {
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
