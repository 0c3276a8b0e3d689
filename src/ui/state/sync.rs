//! Another tab changed stored data. A rubric refreshes the rubric list; a card that is not open
//! is read alone and replaces its row in the library list (not the whole library: another tab
//! typing in a card must not re-read a thousand); the open one is merged field by field with what this tab holds (`model::merge`), from the
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
            self.update_listed(id, value.as_deref());
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

    /// Puts another tab's version of a card that is not open into the library list, in order
    /// of last change; `None` removes it. An unreadable one reloads the list, which reports it.
    fn update_listed(&self, id: &str, value: Option<&str>) {
        let card = match value {
            None => None,
            Some(text) => match self.with_store(|s| s.read_card(text, &mut Snapshots::new())) {
                Some(Ok(card)) => Some(card),
                _ => {
                    self.refresh_library();
                    return;
                }
            },
        };
        self.library.update(|cards| {
            cards.retain(|c| c.id != id);
            if let Some(card) = card {
                let at = cards.partition_point(|c| c.updated_at > card.updated_at);
                cards.insert(at, card);
            }
        });
    }
}
