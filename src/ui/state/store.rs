//! The handle every context shares to the browser's storage (absent when it cannot be opened,
//! which was reported once at start).

use crate::storage::Store;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub(crate) struct StoreHandle(StoredValue<Option<Store>, LocalStorage>);

impl StoreHandle {
    pub(crate) fn new(store: Option<Store>) -> Self {
        StoreHandle(StoredValue::new_local(store))
    }

    /// Runs `f` on the store; `None` when storage is unavailable.
    pub(crate) fn with<T>(&self, f: impl FnOnce(&Store) -> T) -> Option<T> {
        self.0.with_value(|s| s.as_ref().map(f))
    }
}
