//! Saving the open scorecard: on every change, and again before the tab is hidden or closed
//! if a save failed. Each save is marked with the version it was edited from, for merging
//! with other tabs (`sync`).

use super::session::{SaveStatus, Session};
use crate::model::merge::VersionLog;
use crate::model::stored::{split, with_parent};
use crate::model::Scorecard;
use leptos::prelude::*;

impl Session {
    /// Saves the card if its document differs from the last one saved or loaded.
    pub(super) fn persist(&self, card: &Scorecard) {
        let mut stored = split(card);
        if self.versions.with_value(|v| v.head() == stored.document) {
            return;
        }
        let content = stored.document.clone();
        let parent = self.versions.with_value(VersionLog::head_fingerprint);
        stored.document = with_parent(&content, &parent);
        let Some(result) = self.store.with(|s| s.save_stored(&card.id, &stored)) else {
            self.save_status.set(SaveStatus::NotSaved);
            return;
        };
        match result {
            Ok(()) => {
                self.versions.update_value(|v| v.record(content));
                self.save_status.set(SaveStatus::Saved);
            }
            Err(e) => {
                let was_saving = self.save_status.get_untracked() != SaveStatus::NotSaved;
                self.save_status.set(SaveStatus::NotSaved);
                if was_saving {
                    self.notices.report(&e);
                }
            }
        }
    }

    /// Saves the open card now if it is not saved (a save failed, and there may be room now).
    pub fn flush(&self) {
        self.current.with_untracked(|card| {
            if let Some(card) = card {
                self.persist(card);
            }
        });
    }

    /// Saves the open card whenever it changes.
    pub fn persist_on_change(&self) {
        let session = *self;
        Effect::new(move |_| {
            session.current.with(|card| {
                if let Some(card) = card {
                    session.persist(card);
                }
            });
        });
    }
}
