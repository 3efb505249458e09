//! The figures fetched so far, shared by every view: each indicator's file
//! is fetched the first time a chart needs it, once, and a failure is kept
//! (and shown where its figures would be, with a retry) until a retry
//! succeeds. The long texts (`about.json`) are fetched when first shown or
//! searched. Requests finish into the app's root signals, so a view that
//! has gone never receives them.

use std::collections::HashSet;
use std::sync::Arc;

use childstats::data::{Catalogue, Dataset, FiguresState, IndicatorCode};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;

/// The long texts' load state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AboutState {
    NotRequested,
    Loading,
    Failed,
    Ready,
}

#[derive(Clone, Copy)]
pub struct Figures {
    /// The dataset as loaded so far; replaced by a copy with each file added
    /// (a cheap copy: the catalogue and loaded figures are shared).
    pub data: RwSignal<Arc<Dataset>>,
    /// Indicators being fetched now (not reactive: a view shows "loading"
    /// for any indicator whose figures are neither here nor failed).
    in_flight: StoredValue<HashSet<IndicatorCode>>,
    pub about: RwSignal<AboutState>,
}

impl Figures {
    pub fn new(catalogue: Arc<Catalogue>) -> Self {
        Self {
            data: RwSignal::new(Arc::new(Dataset::sharing(catalogue))),
            in_flight: StoredValue::new(HashSet::new()),
            about: RwSignal::new(AboutState::NotRequested),
        }
    }

    pub fn catalogue(&self) -> Arc<Catalogue> {
        self.data.with_untracked(|d| d.catalogue.clone())
    }

    /// Fetches the indicator's figures unless they are here, being fetched,
    /// or failed (a failure waits for [`Figures::retry`]).
    pub fn ensure(self, code: &IndicatorCode) {
        let needed = self.data.with_untracked(|d| d.figures_state(code) == FiguresState::NotLoaded);
        if needed {
            self.fetch(code.clone());
        }
    }

    #[cfg(feature = "full")]
    #[cfg(feature = "full")]
    pub fn ensure_all(self, codes: &[IndicatorCode]) {
        for code in codes {
            self.ensure(code);
        }
    }

    /// Fetches the indicator's figures again (after a failure); until they
    /// arrive the page says they are loading.
    pub fn retry(self, code: &IndicatorCode) {
        self.data.update(|d| Arc::make_mut(d).forget_failure(code));
        self.fetch(code.clone());
    }

    #[cfg(feature = "full")]
    #[cfg(feature = "full")]
    pub fn retry_if_failed(self, code: &IndicatorCode) {
        if self.data.with_untracked(|d| matches!(d.figures_state(code), FiguresState::Failed(_))) {
            self.retry(code);
        }
    }

    fn fetch(self, code: IndicatorCode) {
        if !self.in_flight.try_update_value(|set| set.insert(code.clone())).unwrap_or(false) {
            return;
        }
        let catalogue = self.catalogue();
        spawn_local(async move {
            let figures = load::figures(&catalogue, &code).await;
            self.in_flight.update_value(|set| {
                set.remove(&code);
            });
            // For the benchmark: the page's work on these figures starts here.
            load::timing::mark("figures-arrived");
            self.data.update(|d| Arc::make_mut(d).insert_figures(&code, figures));
        });
    }

    /// Where the indicator's figures are (tracked).
    pub fn state(&self, code: &IndicatorCode) -> LoadStatus {
        self.data.with(|d| match d.figures_state(code) {
            FiguresState::Loaded => LoadStatus::Ready,
            FiguresState::Failed(e) => LoadStatus::Failed(e.to_string()),
            FiguresState::NotLoaded => LoadStatus::Loading,
        })
    }

    /// Fetches the definitions and methodology once.
    pub fn ensure_about(self) {
        if !matches!(self.about.get_untracked(), AboutState::NotRequested | AboutState::Failed) {
            return;
        }
        self.about.set(AboutState::Loading);
        let catalogue = self.catalogue();
        spawn_local(async move {
            match load::about(&catalogue).await {
                Ok(about) => {
                    self.data.update(|d| Arc::make_mut(d).set_about(about));
                    self.about.set(AboutState::Ready);
                }
                Err(_) => self.about.set(AboutState::Failed),
            }
        });
    }
}

/// One indicator's figures, for a view to show.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadStatus {
    Loading,
    Ready,
    /// What failed, in words (the file and why).
    Failed(String),
}

pub fn use_figures() -> Figures {
    expect_context::<Figures>()
}
