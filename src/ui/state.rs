//! The app's one context: the open scorecard, the library list, notices and save status, plus
//! the actions that change them. Persistence observes `current` and saves what changed.

use super::clock::{now_ms, today};
use crate::model::format::{decode_scorecard, encode_scorecard};
use crate::model::{NewScorecard, Rubric, Scorecard};
use crate::storage::{keys, StorageError, Store};
use leptos::prelude::*;

/// A message shown in the banner until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    pub tone: Tone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
}

impl Tone {
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Info => "info",
            Tone::Error => "error",
        }
    }

    /// Errors interrupt (alert); information waits its turn (status).
    pub fn role(self) -> &'static str {
        match self {
            Tone::Info => "status",
            Tone::Error => "alert",
        }
    }
}

/// The quiet indicator near the title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Idle,
    Saved,
    NotSaved,
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The scorecard being scored, if one is open.
    pub current: RwSignal<Option<Scorecard>>,
    /// Stored scorecards, for the start page; refreshed when it shows.
    pub library: RwSignal<Vec<Scorecard>>,
    pub notices: RwSignal<Vec<Notice>>,
    pub save_status: RwSignal<SaveStatus>,
    store: StoredValue<Option<Store>, LocalStorage>,
    /// The document last written or read for the open card, to skip saves that change nothing.
    last_saved: StoredValue<String>,
    next_notice: StoredValue<u64>,
}

impl AppState {
    /// Opens storage, loads the library and reopens the scorecard that was open.
    pub fn load() -> Self {
        let state = AppState {
            current: RwSignal::new(None),
            library: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            save_status: RwSignal::new(SaveStatus::Idle),
            store: StoredValue::new_local(None),
            last_saved: StoredValue::new(String::new()),
            next_notice: StoredValue::new(0),
        };
        match Store::open() {
            Ok(store) => state.store.set_value(Some(store)),
            Err(e) => state.report(&e),
        }
        state.refresh_library();
        let open = state.with_store(|s| s.open_id()).flatten();
        if let Some(card) = open.and_then(|id| state.library.with(|l| find(l, &id))) {
            state.show(card);
        }
        state
    }

    fn with_store<T>(&self, f: impl FnOnce(&Store) -> T) -> Option<T> {
        self.store.with_value(|s| s.as_ref().map(f))
    }

    pub fn notify(&self, text: String, tone: Tone) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| n.push(Notice { id, text, tone }));
    }

    pub fn report(&self, error: &StorageError) {
        self.notify(error.to_string(), Tone::Error);
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|n| n.retain(|notice| notice.id != id));
    }

    /// Reloads the library list from storage, reporting unreadable entries.
    pub fn refresh_library(&self) {
        let Some(library) = self.with_store(|s| s.load_library(now_ms())) else {
            return;
        };
        for problem in &library.problems {
            self.report(problem);
        }
        self.library.set(library.cards);
    }

    fn show(&self, card: Scorecard) {
        self.last_saved.set_value(encode_scorecard(&card));
        self.with_store(|s| s.set_open_id(Some(&card.id)));
        self.save_status.set(SaveStatus::Idle);
        self.current.set(Some(card));
    }

    /// Starts a new scorecard and opens it.
    pub fn start(&self, new: NewScorecard, rubric: Rubric) {
        let now = now_ms();
        let card = Scorecard::start(super::clock::new_id(now), new, rubric, today(now), now);
        // Saved at once, so the new card is in the library even before its first score.
        self.persist(&card);
        self.show(card);
    }

    pub fn open(&self, id: &str) {
        match self.with_store(|s| s.load_card(id, now_ms())) {
            Some(Ok(Some(card))) => self.show(card),
            Some(Ok(None)) => self.notify(
                "That scorecard is no longer stored (deleted in another tab?).".into(),
                Tone::Error,
            ),
            Some(Err(e)) => self.report(&e),
            None => {}
        }
    }

    /// Back to the start page.
    pub fn close(&self) {
        self.with_store(|s| s.set_open_id(None));
        self.current.set(None);
        self.refresh_library();
    }

    /// A reactive read of one thing about the open scorecard (empty when none is open).
    pub fn read<T: Default>(&self, f: fn(&Scorecard) -> T) -> impl Fn() -> T + Copy + 'static
    where
        T: 'static,
    {
        let current = self.current;
        move || current.with(|c| c.as_ref().map(f).unwrap_or_default())
    }

    /// Applies a model method to the open scorecard. The only way the UI changes a scorecard.
    pub fn edit(&self, change: impl FnOnce(&mut Scorecard, i64)) {
        let now = now_ms();
        self.current.update(|card| {
            if let Some(card) = card {
                change(card, now);
            }
        });
    }

    /// Saves the card if its document differs from the last one saved or loaded.
    fn persist(&self, card: &Scorecard) {
        let document = encode_scorecard(card);
        if self.last_saved.with_value(|last| *last == document) {
            return;
        }
        let Some(result) = self.with_store(|s| s.save_raw(&card.id, &document)) else {
            self.save_status.set(SaveStatus::NotSaved);
            return;
        };
        match result {
            Ok(()) => {
                self.last_saved.set_value(document);
                self.save_status.set(SaveStatus::Saved);
            }
            Err(e) => {
                let was_saving = self.save_status.get_untracked() != SaveStatus::NotSaved;
                self.save_status.set(SaveStatus::NotSaved);
                if was_saving {
                    self.report(&e);
                }
            }
        }
    }

    /// Saves the open card whenever it changes.
    pub fn persist_on_change(&self) {
        let state = *self;
        Effect::new(move |_| {
            state.current.with(|card| {
                if let Some(card) = card {
                    state.persist(card);
                }
            });
        });
    }

    /// Another tab changed a stored scorecard: take its version if it is the open one.
    pub fn sync_from_other_tab(&self, key: Option<String>, value: Option<String>) {
        let Some(id) = key.as_deref().and_then(keys::card_id) else {
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
        match value.as_deref().map(decode_scorecard) {
            Some(Ok(card)) => {
                if self
                    .last_saved
                    .with_value(|last| Some(last.as_str()) != value.as_deref())
                {
                    self.last_saved.set_value(value.unwrap_or_default());
                    self.current.set(Some(card));
                    self.notify(
                        "This scorecard was changed in another tab; showing the latest.".into(),
                        Tone::Info,
                    );
                }
            }
            Some(Err(_)) | None => {}
        }
    }
}

fn find(cards: &[Scorecard], id: &str) -> Option<Scorecard> {
    cards.iter().find(|c| c.id == id).cloned()
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
