//! Another tab changed stored data. A rubric refreshes the rubric list; a card that is not open
//! is read alone and replaces its row in the library list (not the whole library: another tab
//! typing in a card must not re-read a thousand); the open one is merged field by field with
//! what this tab holds (`model::merge`), from the version the other tab's save was edited
//! from, and the merged card saves itself when it differs from theirs. When the other tab's
//! later edit replaced one of this tab's, it says so.

use super::notices::{NoticeAction, Tone};
use super::session::Session;
use super::State;
use crate::model::merge::{merge, LostEdits};
use crate::model::stored::{strip_parent, Snapshots};
use crate::storage::keys;
use crate::ui::common::clock::now_ms;
use leptos::prelude::*;

impl State {
    /// Handles a `storage` event: `key` changed to `value` in another tab.
    pub fn sync_from_other_tab(&self, key: Option<String>, value: Option<String>) {
        let Some(key) = key else {
            // Storage was cleared in another tab.
            self.library.refresh();
            self.rubrics.refresh();
            return;
        };
        if keys::rubric_id(&key).is_some() {
            self.rubrics.refresh();
            return;
        }
        let Some(id) = keys::card_id(&key) else {
            return;
        };
        let open = self
            .session
            .current
            .with_untracked(|c| c.as_ref().map(|c| c.id == id))
            .unwrap_or(false);
        // Reading a card is code of a part (`common::lazy`); one that cannot be fetched leaves
        // this tab as it is, and its next save is merged by the other tab.
        let id = id.to_string();
        let (library, session) = (self.library, self.session);
        if !open {
            leptos::task::spawn_local(async move {
                let _ = crate::ui::common::lazy::update_listed(library, id, value).await;
            });
            return;
        }
        // Removed in the other tab: this tab keeps it open, and saves it back on the next change.
        if let Some(value) = value {
            leptos::task::spawn_local(async move {
                let _ = crate::ui::common::lazy::merge_from_other_tab(session, value).await;
            });
        }
    }
}

impl Session {
    /// Merges another tab's stored version of the open card into this tab's.
    pub(crate) fn merge_from_other_tab(&self, value: &str) {
        let (content, parent) = strip_parent(value);
        if self.versions.with_value(|v| v.head() == content) {
            return;
        }
        let mut cache = Snapshots::new();
        let base_text = self
            .versions
            .with_value(|v| v.base_for(parent.as_deref()).to_string());
        let read = |text: &str, cache: &mut Snapshots| {
            self.store.with(|s| s.read_card(text, cache).ok()).flatten()
        };
        let theirs = match self.store.with(|s| s.read_card(value, &mut cache)) {
            Some(Ok(theirs)) => theirs,
            // Unreadable: moved to a backup key before this tab's next save overwrites it.
            Some(Err(e)) => {
                let id = self
                    .current
                    .with_untracked(|c| c.as_ref().map(|c| c.id.clone()));
                if let Some(problem) = id.and_then(|id| {
                    self.store
                        .with(|s| s.quarantine_unreadable(&id, value, e.to_string(), now_ms()))
                }) {
                    self.notices.report(&problem);
                }
                return;
            }
            None => return,
        };
        let base = read(&base_text, &mut cache);
        let Some(mine) = self.current.get_untracked() else {
            return;
        };
        let merged = merge(base.as_ref(), &mine, &theirs);
        // Their version is now the one this tab's next save is edited from.
        self.versions.update_value(|v| v.record(content));
        self.current.set(Some(merged.card.clone()));
        if merged.lost.is_empty() {
            self.notices.notify(
                "This scorecard was changed in another tab; its changes are merged in.",
                Tone::Info,
            );
            return;
        }
        self.lost_edits.set_value(Some(LostEdits {
            base,
            mine,
            theirs,
            merged: merged.card,
        }));
        self.notices.push(
            format!(
                "Another tab changed {} after you did, so your edit there was replaced by \
                 theirs. Check it, or keep your edits.",
                merged.lost.join(", ")
            ),
            Tone::Error,
            Some(NoticeAction::KeepMine),
        );
    }

    /// Puts back this tab's values in the fields the last merge gave to another tab, and takes
    /// the message offering it away, once the code for it is in (the call screen's part, which
    /// merged: it is in already).
    pub fn keep_my_edits(&self) {
        let session = *self;
        leptos::task::spawn_local(async move {
            let _ = crate::ui::common::lazy::keep_my_edits(session).await;
        });
    }

    /// [`Session::keep_my_edits`], run by the part.
    pub(crate) fn keep_my_edits_now(&self) {
        self.notices.dismiss_action(NoticeAction::KeepMine);
        let Some(lost) = self.lost_edits.get_value() else {
            return;
        };
        let same_card = self
            .current
            .with_untracked(|c| c.as_ref().is_some_and(|c| c.id == lost.mine.id));
        if !same_card {
            return;
        }
        self.lost_edits.set_value(None);
        self.current.update(|card| {
            if let Some(card) = card {
                *card = lost.keep_mine(card, now_ms());
            }
        });
        self.notices.notify(
            "Your edits are back, saved as the latest for every tab.",
            Tone::Info,
        );
    }
}
