//! The hex map's layout (`hexmap.json`): fetched the first time a map is
//! shown, kept for the page's life (the store belongs to the explorer's
//! root, so switching views never fetches it again), and a failure shown
//! where the map would be, with a retry.

use std::sync::Arc;

use childstats::data::hexmap::HexLayout;
use childstats::data::{Catalogue, DataError};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::load;

#[derive(Debug, Clone, PartialEq)]
pub enum LayoutState {
    NotRequested,
    Loading,
    Failed(DataError),
    Ready(Arc<HexLayout>),
}

#[derive(Clone, Copy)]
pub struct HexLayoutStore {
    pub state: RwSignal<LayoutState>,
    catalogue: StoredValue<Arc<Catalogue>>,
}

impl HexLayoutStore {
    pub fn new(catalogue: Arc<Catalogue>) -> Self {
        Self { state: RwSignal::new(LayoutState::NotRequested), catalogue: StoredValue::new(catalogue) }
    }

    /// Fetches the layout unless it is here, on its way, or failed.
    pub fn ensure(self) {
        if self.state.get_untracked() == LayoutState::NotRequested {
            self.retry();
        }
    }

    pub fn retry(self) {
        self.state.set(LayoutState::Loading);
        let catalogue = self.catalogue.get_value();
        spawn_local(async move {
            let outcome = match load::hexmap(&catalogue).await {
                Ok(layout) => LayoutState::Ready(Arc::new(layout)),
                Err(e) => LayoutState::Failed(e),
            };
            self.state.set(outcome);
        });
    }
}

pub fn use_hex_layout() -> HexLayoutStore {
    expect_context::<HexLayoutStore>()
}
