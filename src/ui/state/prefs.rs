//! The interviewer's view preferences, kept in storage so they survive a reload: the
//! scorecard's density (full by default, or compact).

use super::store::StoreHandle;
use crate::model::density::Density;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Prefs {
    density: RwSignal<Density>,
    store: StoreHandle,
}

impl Prefs {
    pub(crate) fn new(store: StoreHandle) -> Self {
        let density = store.with(|s| s.load_density()).unwrap_or_default();
        Prefs {
            density: RwSignal::new(density),
            store,
        }
    }

    /// Whether the scorecard is compact (tracked).
    pub fn compact(&self) -> bool {
        self.density.get().is_compact()
    }

    /// Sets the density, remembered in storage (a failed write keeps it for this visit; storage
    /// errors are reported on save of a card, where they matter).
    pub fn set_density(&self, density: Density) {
        self.density.set(density);
        let _ = self.store.with(|s| s.save_density(density));
    }
}

pub fn use_prefs() -> Prefs {
    expect_context::<Prefs>()
}
