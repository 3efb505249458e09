//! A person's own figures: the sets saved in this browser's local storage
//! (never uploaded, never put in a link or an embed), read with the
//! catalogue and handed to `Reported`, which draws them with the bundled
//! figures. Only the explorer provides them; an embed never has any.

use std::sync::Arc;

use childstats::data::own_figures::read_own_figures;
use childstats::data::own_sets::{merge, StoredSet, StoredSets};
use childstats::data::reported::ReportedFile;
use childstats::data::Catalogue;
use leptos::prelude::*;

use super::reported::Reported;

/// Where the sets are kept in the browser.
const KEY: &str = "childstats-explorer.own-figures";

#[derive(Clone, Copy)]
pub struct OwnSets {
    sets: RwSignal<Vec<StoredSet>>,
    /// Why the saved sets could not be read or written, in words.
    #[cfg_attr(not(feature = "full"), allow(dead_code))] // shown by the loading panel
    pub problem: RwSignal<Option<String>>,
}

impl OwnSets {
    /// Reads the saved sets and keeps `reported` given them, read with `catalogue`.
    pub fn provide(catalogue: Arc<Catalogue>, reported: Reported) -> OwnSets {
        let (saved, problem) = match read_storage() {
            Ok(saved) => (saved, None),
            Err(e) => (Vec::new(), Some(format!("Your saved figures are not shown: {e}."))),
        };
        let own = OwnSets { sets: RwSignal::new(saved), problem: RwSignal::new(problem) };
        Effect::new(move |_| reported.set_own(own.sets.with(|sets| read_sets(&catalogue, sets))));
        provide_context(own);
        own
    }

    pub fn sets(&self) -> Vec<StoredSet> {
        self.sets.get()
    }
}

/// Changing the saved sets, which only the loading panel of the fuller build does.
#[cfg(feature = "full")]
impl OwnSets {
    /// Saves a new set (a set of the same name is replaced).
    pub fn save(&self, set: StoredSet) -> Result<(), String> {
        let mut sets = self.sets.get_untracked();
        sets.retain(|s| s.name != set.name);
        sets.push(set);
        self.write(sets)
    }

    pub fn remove(&self, name: &str) -> Result<(), String> {
        let mut sets = self.sets.get_untracked();
        sets.retain(|s| s.name != name);
        self.write(sets)
    }

    pub fn remove_all(&self) -> Result<(), String> {
        self.write(Vec::new())
    }

    fn write(&self, sets: Vec<StoredSet>) -> Result<(), String> {
        let storage = storage().ok_or("this browser does not let the explorer keep figures (its storage is turned off)")?;
        let result = if sets.is_empty() {
            storage.remove_item(KEY)
        } else {
            storage.set_item(KEY, &StoredSets { schema: childstats::data::own_sets::STORED_SCHEMA, sets: sets.clone() }.to_json())
        };
        result.map_err(|_| "this browser would not keep the figures (its storage may be full or turned off)".to_string())?;
        self.problem.set(None);
        self.sets.set(sets);
        Ok(())
    }
}

pub fn use_own_sets() -> Option<OwnSets> {
    use_context::<OwnSets>()
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn read_storage() -> Result<Vec<StoredSet>, String> {
    let Some(text) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else { return Ok(Vec::new()) };
    StoredSets::from_json(&text).map(|s| s.sets)
}

/// Every saved set read and merged; `None` when there are none.
fn read_sets(catalogue: &Catalogue, sets: &[StoredSet]) -> Option<Arc<ReportedFile>> {
    let files: Vec<ReportedFile> = sets.iter().map(|s| read_own_figures(&s.csv, catalogue).file).collect();
    (!files.is_empty()).then(|| Arc::new(merge(&files.iter().collect::<Vec<_>>())))
}
