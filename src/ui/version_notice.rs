//! Says so when a shared link was made with older figures than these.

use childstats::model::query::LinkExtras;
use leptos::prelude::*;

#[component]
pub fn VersionNotice(extras: LinkExtras, current: String) -> impl IntoView {
    extras.is_stale(&current).then(|| {
        view! {
            <p class="message notice version-notice" role="note">
                "Figures updated since this chart was shared: it now shows the latest published figures "
                {format!("(data version {current}; the link was made with {}).", extras.data_version.clone().unwrap_or_default())}
            </p>
        }
    })
}
