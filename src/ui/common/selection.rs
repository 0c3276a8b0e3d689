//! A set of picked scorecards (by id): the library's ticked rows, the compare page's picks.

use leptos::prelude::*;
use std::collections::HashSet;

#[derive(Clone, Copy)]
pub struct Selection(RwSignal<HashSet<String>>);

impl Default for Selection {
    fn default() -> Self {
        Selection(RwSignal::new(HashSet::new()))
    }
}

impl Selection {
    /// Whether `id` is picked (tracked).
    pub fn contains(&self, id: &str) -> bool {
        self.0.with(|s| s.contains(id))
    }

    /// How many are picked (tracked).
    pub fn len(&self) -> usize {
        self.0.with(HashSet::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A tracked read of the whole set.
    pub fn with<T>(&self, f: impl FnOnce(&HashSet<String>) -> T) -> T {
        self.0.with(f)
    }

    /// Picks or unpicks one.
    pub fn set(&self, id: &str, on: bool) {
        self.set_all([id.to_string()], on);
    }

    /// Picks or unpicks each of `ids`.
    pub fn set_all(&self, ids: impl IntoIterator<Item = String>, on: bool) {
        self.0.update(|s| {
            for id in ids {
                if on {
                    s.insert(id);
                } else {
                    s.remove(&id);
                }
            }
        });
    }

    /// Picks exactly `ids`.
    pub fn replace(&self, ids: impl IntoIterator<Item = String>) {
        self.0.set(ids.into_iter().collect());
    }

    pub fn clear(&self) {
        self.replace([]);
    }
}
