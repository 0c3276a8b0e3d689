//! Another tab changed stored data. A rubric refreshes the rubric list; a card that is not open
//! refreshes the library;
//! the open one is merged field by field with what this tab holds (`model::merge`), from the
//! version the other tab's save was edited from, and the merged card saves itself when it
//! differs from theirs. When the other tab's later edit replaced one of this tab's, it says so.

use super::{AppState, Tone};
use crate::model::merge::merge;
use crate::model::stored::{strip_parent, Snapshots};
use crate::storage::keys;
use leptos::prelude::*;

impl AppState {
    /// Handles a `storage` event: `key` changed to `value` in another tab.
    pub fn sync_from_other_tab(&self, key: Option<String>, value: Option<String>) {
        let Some(key) = key else {
            // Storage was cleared in another tab.
            self.refresh_library();
            self.refresh_rubrics();
            return;
        };
        if keys::rubric_id(&key).is_some() {
            self.refresh_rubrics();
            return;
        }
        let Some(id) = keys::card_id(&key) else {
            return;
        };
        let open = self
            .current
            .with_untracked(|c| c.as_ref().map(|c| c.id == id))
            .unwrap_or(false);
        if !open {
            self.refresh_library();
            return;
        }
        // Removed in the other tab: this tab keeps it open, and saves it back on the next change.
        let Some(value) = value else {
            return;
        };
        let (content, parent) = strip_parent(&value);
        if self.versions.with_value(|v| v.head() == content) {
            return;
        }
        let mut cache = Snapshots::new();
        let base_text = self
            .versions
            .with_value(|v| v.base_for(parent.as_deref()).to_string());
        let read = |text: &str, cache: &mut Snapshots| {
            self.with_store(|s| s.read_card(text, cache).ok()).flatten()
        };
        let Some(theirs) = read(&value, &mut cache) else {
            return;
        };
        let base = read(&base_text, &mut cache);
        let Some(mine) = self.current.get_untracked() else {
            return;
        };
        let merged = merge(base.as_ref(), &mine, &theirs);
        // Their version is now the one this tab's next save is edited from.
        self.versions.update_value(|v| v.record(content));
        self.current.set(Some(merged.card));
        if merged.lost.is_empty() {
            self.notify(
                "This scorecard was changed in another tab; its changes are merged in.".into(),
                Tone::Info,
            );
        } else {
            self.notify(
                format!(
                    "Another tab changed {} after you did, so your edit there was replaced by \
                     theirs. Check it before you go on.",
                    merged.lost.join(", ")
                ),
                Tone::Error,
            );
        }
    }
}
