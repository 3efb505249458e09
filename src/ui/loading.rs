//! What people see while the datasets load, or if they cannot.

use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <p>"Loading the list of indicators and councils\u{2026}"</p>
            <progress aria-label="Loading progress"></progress>
        </div>
    }
}

#[component]
pub fn LoadFailed(error: String) -> impl IntoView {
    view! {
        <div class="message error" role="alert">
            <h1>"The figures could not be loaded"</h1>
            <p>
                "The explorer could not read its list of indicators and councils, so it cannot show any figures. "
                "Check your connection and try again."
            </p>
            <p class="detail">"Details: " {error}</p>
            <TryAgain/>
        </div>
    }
}

/// Loads every file again (after a file failed to load).
#[component]
pub fn TryAgain() -> impl IntoView {
    let reload = use_context::<super::ReloadData>();
    reload.map(|r| view! { <button type="button" on:click=move |_| r.0.run(())>"Try again"</button> })
}
