//! The raw browser storage calls, each returning errors as values. Nothing else calls storage
//! APIs.
//!
//! The calls go through `gloo_storage::LocalStorage` / `SessionStorage` (the product's design
//! names gloo-storage). gloo's `raw()` panics when the browser gives no storage, so
//! [`Backend::open`] / [`Backend::session`] check `window.local_storage()` (or
//! `session_storage()`) once, and a `Backend` exists only when that check passed: no other
//! path reaches `raw()`. Values are read and written as the raw text the formats define
//! (gloo's typed `get`/`set` would wrap every document in another layer of JSON, and an old
//! card must still load), so get/set use the checked `raw()` handle; delete and the key count
//! use gloo's own calls. gloo's and the browser's errors map to [`StorageError`].

use super::{keys, StorageError};
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

/// Which storage area a checked handle speaks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Area {
    Local,
    Session,
}

/// A storage area whose availability was checked when it was made.
#[derive(Clone)]
pub struct Backend(Area);

/// What opening localStorage found.
pub struct Opened {
    pub backend: Backend,
    /// The probe write did not fit: everything can be read, nothing new fits until room is made.
    pub full: bool,
}

impl Backend {
    /// The page's localStorage, if the browser gives it. A store too full for the probe
    /// write still opens (`full`), so the library can be read, exported and thinned; a store
    /// that refuses writes for any other reason is unavailable.
    pub fn open() -> Result<Opened, StorageError> {
        if !available(|w| w.local_storage()) {
            return Err(StorageError::Unavailable);
        }
        let backend = Backend(Area::Local);
        match backend.set(keys::PROBE, "1") {
            Ok(()) => {
                backend.remove(keys::PROBE)?;
                Ok(Opened {
                    backend,
                    full: false,
                })
            }
            Err(StorageError::QuotaExceeded) => Ok(Opened {
                backend,
                full: true,
            }),
            Err(_) => Err(StorageError::Unavailable),
        }
    }

    /// This tab's sessionStorage, which survives a reload of the tab but is not shared with
    /// other tabs; `None` where the browser gives none.
    pub fn session() -> Option<Self> {
        available(|w| w.session_storage()).then_some(Backend(Area::Session))
    }

    fn raw(&self) -> web_sys::Storage {
        match self.0 {
            Area::Local => LocalStorage::raw(),
            Area::Session => SessionStorage::raw(),
        }
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.raw().get_item(key).ok().flatten()
    }

    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.raw().set_item(key, value).map_err(write_error)
    }

    /// Removes a key. Browsers do not fail a removal, but the result is kept a value so that
    /// callers report it if one ever does.
    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        match self.0 {
            Area::Local => LocalStorage::delete(key),
            Area::Session => SessionStorage::delete(key),
        }
        match self.get(key) {
            None => Ok(()),
            Some(_) => Err(StorageError::WriteFailed(format!(
                "{key} could not be removed"
            ))),
        }
    }

    /// Every key currently stored, for finding scorecards the index does not list.
    pub fn keys(&self) -> Vec<String> {
        let n = match self.0 {
            Area::Local => LocalStorage::length(),
            Area::Session => SessionStorage::length(),
        };
        let raw = self.raw();
        (0..n).filter_map(|i| raw.key(i).ok().flatten()).collect()
    }
}

/// The one availability check: the window gives a storage object without throwing
/// (a SecurityError when site data is blocked) and it is not null.
fn available(
    area: impl FnOnce(&web_sys::Window) -> Result<Option<web_sys::Storage>, JsValue>,
) -> bool {
    web_sys::window().is_some_and(|w| matches!(area(&w), Ok(Some(_))))
}

/// A failed write as the app's error: quota apart from everything else. The browser throws a
/// DOMException, which is a JS `Error` with a name.
fn write_error(e: JsValue) -> StorageError {
    let name = match e.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.name()),
        None => format!("{e:?}"),
    };
    if name == "QuotaExceededError" {
        StorageError::QuotaExceeded
    } else {
        StorageError::WriteFailed(name)
    }
}
