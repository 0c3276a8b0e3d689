//! The small values beside the scorecards: the running build, Compare's choices, the
//! scorecard's density and the open card.

use super::{keys, Backend, StorageError, Store};
use crate::model::density::Density;

impl Store {
    /// Records the running build; returns the one used before it, if any and different.
    pub fn note_build(&self, build: &str) -> Option<String> {
        let before = self.backend.get(keys::BUILD);
        if before.as_deref() != Some(build) {
            let _ = self.backend.set(keys::BUILD, build);
        }
        before.filter(|b| b != build)
    }

    /// The candidate groups merged in Compare, as key pairs; none when absent or unreadable.
    pub fn load_same_candidates(&self) -> Vec<(String, String)> {
        self.backend
            .get(keys::SAME_CANDIDATES)
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save_same_candidates(&self, pairs: &[(String, String)]) -> Result<(), StorageError> {
        let text = serde_json::to_string(pairs).unwrap_or_else(|_| "[]".into());
        self.backend.set(keys::SAME_CANDIDATES, &text)
    }

    /// Compare's "Hide names until every picked scorecard is completed"; off when absent.
    pub fn load_hide_names(&self) -> bool {
        self.backend.get(keys::HIDE_NAMES).as_deref() == Some("true")
    }

    pub fn save_hide_names(&self, on: bool) -> Result<(), StorageError> {
        self.backend
            .set(keys::HIDE_NAMES, if on { "true" } else { "false" })
    }

    /// The scorecard's density (`Full` when absent or unreadable).
    pub fn load_density(&self) -> Density {
        Density::parse(self.backend.get(keys::DENSITY).as_deref())
    }

    pub fn save_density(&self, density: Density) -> Result<(), StorageError> {
        self.backend.set(keys::DENSITY, density.as_str())
    }

    /// The id of the scorecard that was open: the one this tab had open before a reload, else
    /// the one open when the app was last used in any tab.
    pub fn open_id(&self) -> Option<String> {
        let tab = Backend::session().and_then(|s| s.get(keys::OPEN));
        tab.or_else(|| self.backend.get(keys::OPEN))
            .filter(|id| !id.is_empty())
    }

    /// Remembers the open scorecard, for this tab and for the next visit.
    /// An empty value for `None`, so a reload of this tab stays on the list. The first failed
    /// write comes back (both areas are still tried).
    pub fn set_open_id(&self, id: Option<&str>) -> Result<(), StorageError> {
        let session = Backend::session();
        let mut result = Ok(());
        for store in std::iter::once(&self.backend).chain(session.as_ref()) {
            let written = store.set(keys::OPEN, id.unwrap_or(""));
            if result.is_ok() {
                result = written;
            }
        }
        result
    }
}
