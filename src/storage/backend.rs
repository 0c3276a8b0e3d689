//! The raw localStorage calls, each returning errors as values. Nothing else calls web-sys
//! storage APIs.
//!
//! gloo-storage is not used: its `LocalStorage::raw()` panics when storage is unavailable,
//! and an unavailable store must be a message, not a crash.

use super::{keys, StorageError};
use wasm_bindgen::JsCast;

#[derive(Clone)]
pub struct Backend(web_sys::Storage);

impl Backend {
    /// The page's localStorage, if the browser gives it and it accepts a write.
    pub fn open() -> Result<Self, StorageError> {
        let storage = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or(StorageError::Unavailable)?;
        let backend = Backend(storage);
        backend
            .set(keys::PROBE, "1")
            .map_err(|_| StorageError::Unavailable)?;
        backend.remove(keys::PROBE);
        Ok(backend)
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.0.set_item(key, value).map_err(|e| {
            match e.dyn_ref::<web_sys::DomException>().map(|d| d.name()) {
                Some(name) if name == "QuotaExceededError" => StorageError::QuotaExceeded,
                Some(name) => StorageError::WriteFailed(name),
                None => StorageError::WriteFailed(format!("{e:?}")),
            }
        })
    }

    pub fn remove(&self, key: &str) {
        let _ = self.0.remove_item(key);
    }

    /// This tab's sessionStorage, which survives a reload of the tab but is not shared with
    /// other tabs; `None` where the browser gives none.
    pub fn session() -> Option<Self> {
        web_sys::window()
            .and_then(|w| w.session_storage().ok().flatten())
            .map(Backend)
    }

    /// Every key currently stored, for finding scorecards the index does not list.
    pub fn keys(&self) -> Vec<String> {
        let n = self.0.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| self.0.key(i).ok().flatten())
            .collect()
    }
}
