//! The library context: the scorecards stored in this browser, for the start and compare
//! pages, and the last deleted one for "Undo".

use super::notices::Notices;
use super::store::StoreHandle;
use crate::model::stored::Snapshots;
use crate::model::Scorecard;
use crate::storage::{Backup, Restored, StorageError};
use crate::ui::common::clock::{new_id, now_ms};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Library {
    cards: RwSignal<Vec<Scorecard>>,
    deleted: RwSignal<Option<Scorecard>>,
    /// The backup keys holding what could not be read, for the Recovered data view.
    backups: RwSignal<Vec<Backup>>,
    /// Whether the list was read from storage yet (it is read after the first frame).
    read: StoredValue<bool>,
    store: StoreHandle,
    notices: Notices,
}

impl Library {
    pub(crate) fn new(store: StoreHandle, notices: Notices) -> Self {
        Library {
            cards: RwSignal::new(Vec::new()),
            deleted: RwSignal::new(None),
            backups: RwSignal::new(Vec::new()),
            read: StoredValue::new(false),
            store,
            notices,
        }
    }

    /// A tracked read of the stored scorecards, newest change first.
    pub fn with<T>(&self, f: impl FnOnce(&[Scorecard]) -> T) -> T {
        self.cards.with(|c| f(c))
    }

    /// An untracked read, for event handlers.
    pub fn with_untracked<T>(&self, f: impl FnOnce(&[Scorecard]) -> T) -> T {
        self.cards.with_untracked(|c| f(c))
    }

    /// Reloads the list from storage, reporting unreadable entries, a moment later: reading
    /// scorecards is code of the library's part (`common::lazy`), not of the first download.
    /// A part that cannot be fetched leaves the list as it is (the list's part says so).
    pub fn refresh(&self) {
        self.read_later(true);
    }

    /// Reads the list a moment later unless a page showing it read it first: the app's start.
    pub(crate) fn read_soon(&self) {
        self.read_later(false);
    }

    fn read_later(&self, again: bool) {
        let library = *self;
        leptos::task::spawn_local(async move {
            let _ = crate::ui::common::lazy::read_library(library, again).await;
        });
    }

    /// Whether the app this context belonged to was unmounted (a test's) while a part arrived.
    pub(crate) fn dropped(&self) -> bool {
        self.cards.is_disposed()
    }

    /// Reads the list now, unless it was read already: for the pages that show it, which may
    /// be drawn before [`Library::refresh`]'s reading.
    pub(crate) fn read_once(&self) {
        if !self.dropped() && !self.read.get_value() {
            self.refresh_now();
        }
    }

    /// Reloads the list from storage now, reporting unreadable entries.
    pub(crate) fn refresh_now(&self) {
        if self.dropped() {
            return;
        }
        self.read.set_value(true);
        let Some(library) = self.store.with(|s| s.load_library(now_ms())) else {
            return;
        };
        for problem in &library.problems {
            self.notices.report(problem);
        }
        self.cards.set(library.cards);
        self.reload_backups();
    }

    /// A tracked read of the backup keys, oldest first.
    pub fn with_backups<T>(&self, f: impl FnOnce(&[Backup]) -> T) -> T {
        self.backups.with(|b| f(b))
    }

    /// Reads the backup keys again (after a problem was reported, or a restore).
    pub fn reload_backups(&self) {
        let list = self.store.with(|s| s.backups()).unwrap_or_default();
        if self.backups.with_untracked(|b| *b != list) {
            self.backups.set(list);
        }
    }

    /// "Try to restore" a backup: on success the list shows the restored card. Either way the
    /// backups are read again.
    pub fn try_restore(&self, key: &str) -> Result<Restored, String> {
        let result = self
            .store
            .with(|s| s.try_restore(key, now_ms()))
            .unwrap_or_else(|| Err(StorageError::Unavailable.to_string()));
        if result.is_ok() {
            self.refresh_now();
        } else {
            self.reload_backups();
        }
        result
    }

    /// Stores scorecards (an import or a duplicate) and refreshes the list. On a storage
    /// error (reported) or with no storage at all, says what was not stored: the cards not
    /// written stay in this tab's list only, so they can still be opened and exported.
    pub fn store_cards(&self, cards: &[Scorecard]) -> Result<(), String> {
        let mut saved = 0;
        let failure = loop {
            let Some(card) = cards.get(saved) else {
                break None;
            };
            match self.store.with(|s| s.save_card(card)) {
                Some(Ok(())) => saved += 1,
                Some(Err(e)) => {
                    self.notices.report(&e);
                    break Some(e.to_string());
                }
                None => break Some(StorageError::Unavailable.to_string()),
            }
        };
        self.refresh_now();
        let Some(why) = failure else {
            return Ok(());
        };
        let unsaved = &cards[saved..];
        self.cards.update(|list| {
            for card in unsaved {
                if !list.iter().any(|c| c.id == card.id) {
                    list.push(card.clone());
                }
            }
        });
        Err(format!(
            "{saved} of {} saved; {} kept only in this tab until it closes (export them to keep \
             them). {why}",
            cards.len(),
            unsaved.len()
        ))
    }

    pub fn duplicate(&self, id: &str) {
        let now = now_ms();
        let Some(copy) = self.with_untracked(|l| {
            l.iter()
                .find(|c| c.id == id)
                .map(|c| c.duplicate(new_id(now), now))
        }) else {
            return;
        };
        let _ = self.store_cards(&[copy]);
    }

    /// Deletes a scorecard; "Undo" puts it back exactly.
    pub fn delete(&self, id: &str) {
        let Some(card) = self.with_untracked(|l| l.iter().find(|c| c.id == id).cloned()) else {
            return;
        };
        if let Some(Err(e)) = self.store.with(|s| s.delete_card(id)) {
            self.notices.report(&e);
        }
        self.cards.update(|l| l.retain(|c| c.id != id));
        self.deleted.set(Some(card));
    }

    /// The last deleted scorecard's candidate, while "Undo" is offered (tracked).
    pub fn deleted_name(&self) -> Option<String> {
        self.deleted
            .with(|d| d.as_ref().map(|c| c.candidate.clone()))
    }

    pub fn undo_delete(&self) {
        if let Some(card) = self.deleted.get_untracked() {
            if self.store_cards(&[card]).is_ok() {
                self.deleted.set(None);
            }
        }
    }

    /// Puts another tab's version of a card that is not open into the list, in order of last
    /// change; `None` removes it. An unreadable one reloads the list, which reports it.
    pub(crate) fn update_listed(&self, id: &str, value: Option<&str>) {
        let card = match value {
            None => None,
            Some(text) => match self
                .store
                .with(|s| s.read_card(text, &mut Snapshots::new()))
            {
                Some(Ok(card)) => Some(card),
                _ => {
                    self.refresh_now();
                    return;
                }
            },
        };
        self.cards.update(|cards| {
            cards.retain(|c| c.id != id);
            if let Some(card) = card {
                let at = cards.partition_point(|c| c.updated_at > card.updated_at);
                cards.insert(at, card);
            }
        });
    }
}

pub fn use_library() -> Library {
    expect_context::<Library>()
}
