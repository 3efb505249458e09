//! The figures reported locally (`reported.csv`): loaded once, after the
//! first chart is drawn (so they never delay it) or when a view that lists
//! them opens first; shared by every view through context. A failed load is
//! a state each view shows where the figures would be, with a retry.

use std::sync::Arc;

use childstats::data::own_sets::merge;
use childstats::data::reported::ReportedFile;
use childstats::data::Catalogue;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;

#[derive(Debug, Clone, PartialEq)]
pub enum ReportedState {
    NotRequested,
    Loading,
    /// What failed, in words.
    Failed(String),
    Ready(Arc<ReportedFile>),
}

/// The shared load state and the catalogue to read the file with; and the figures a
/// person loaded themselves (kept in this browser: `own_figures`), drawn
/// with the bundled ones. An embed never has any.
#[derive(Clone, Copy)]
pub struct Reported {
    state: RwSignal<ReportedState>,
    catalogue: StoredValue<Option<Arc<Catalogue>>>,
    own: RwSignal<Option<Arc<ReportedFile>>>,
    merged: Memo<Option<Arc<ReportedFile>>>,
}

impl Reported {
    pub fn new() -> Self {
        let state = RwSignal::new(ReportedState::NotRequested);
        let own = RwSignal::new(None::<Arc<ReportedFile>>);
        let merged = Memo::new(move |_| {
            let bundled = state.with(|s| match s {
                ReportedState::Ready(file) => Some(file.clone()),
                _ => None,
            });
            match (bundled, own.get()) {
                (Some(b), Some(o)) => Some(Arc::new(merge(&[&b, &o]))),
                (b, None) => b,
                (None, o) => o,
            }
        });
        Self { state, catalogue: StoredValue::new(None), own, merged }
    }

    /// The person's own saved figures, read (set by `own_figures`).
    pub fn set_own(self, file: Option<Arc<ReportedFile>>) {
        self.own.set(file);
    }

    pub fn state(&self) -> ReportedState {
        self.state.get()
    }

    /// The bundled figures with the person's own, as far as either is here (tracked).
    pub fn file(&self) -> Option<Arc<ReportedFile>> {
        self.merged.get()
    }

    /// The catalogue the file is read with (and whose data version is
    /// fetched), once it is here.
    pub fn set_catalogue(self, catalogue: Arc<Catalogue>) {
        self.catalogue.set_value(Some(catalogue));
    }

    /// Fetches the file unless it is here, on its way, or failed (see
    /// [`Reported::retry`]).
    pub fn ensure(self) {
        if self.state.get_untracked() == ReportedState::NotRequested {
            self.retry();
        }
    }

    fn load(self, catalogue: Arc<Catalogue>) {
        self.state.set(ReportedState::Loading);
        spawn_local(async move {
            let outcome = match load::reported(&catalogue).await {
                Ok(file) => ReportedState::Ready(Arc::new(file)),
                Err(e) => ReportedState::Failed(e.to_string()),
            };
            // The app's root owns this signal, so it outlives every view.
            self.state.set(outcome);
        });
    }

    pub fn retry(self) {
        if let Some(catalogue) = self.catalogue.get_value() {
            self.load(catalogue);
        }
    }
}

pub fn use_reported() -> Reported {
    expect_context::<Reported>()
}

/// Says the reported figures could not be loaded, what failed, and offers
/// a retry. Nothing while they load or once they have.
#[component]
pub fn ReportedFailed() -> impl IntoView {
    let reported = use_reported();
    move || match reported.state() {
        ReportedState::Failed(error) => Some(view! {
            <div class="message warning reported-failed" role="alert">
                <p>"The figures Southampton reported locally could not be loaded, so they are not shown. The published figures are not affected."</p>
                <p class="detail">"Details: " {error}</p>
                <button type="button" on:click=move |_| reported.retry()>"Try again"</button>
            </div>
        }),
        _ => None,
    }
}
