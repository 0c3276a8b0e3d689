//! The open-card context: the scorecard being scored, its versions (for skipping saves that
//! change nothing and merging other tabs' edits), the save status, and the edits a merge gave
//! to another tab. Saving is in `save.rs`, merging another tab's version in `sync.rs`.

use super::library::Library;
use super::notices::{Notices, Tone};
use super::store::StoreHandle;
use crate::model::merge::{LostEdits, VersionLog};
use crate::model::stored::split;
use crate::model::{NewScorecard, Rubric, Scorecard};
use crate::ui::common::clock::{new_id, now_ms, today};
use leptos::prelude::*;

/// The quiet indicator near the title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Idle,
    Saved,
    NotSaved,
}

/// Reopening the card that was open when the page was left: its reading is code of the call
/// screen's part (`common::lazy`), fetched first at the start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reopening {
    /// None to reopen, or reopened.
    Done,
    /// The part is arriving; the app shows nothing yet (the shell stayed out of the way).
    Waiting,
    /// The part could not be fetched: the app offers to try again.
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Session {
    /// The scorecard being scored, if one is open.
    pub(super) current: RwSignal<Option<Scorecard>>,
    pub(super) save_status: RwSignal<SaveStatus>,
    /// The open card's versions written or read: the head skips saves that change nothing and
    /// is the parent of the next save; older ones are bases for merging another tab's edits.
    pub(super) versions: StoredValue<VersionLog>,
    /// The last merge in which this tab's edits lost, for "Keep my edits".
    pub(super) lost_edits: StoredValue<Option<LostEdits>>,
    pub(super) store: StoreHandle,
    pub(super) notices: Notices,
    reopening: RwSignal<Reopening>,
    library: Library,
}

impl Session {
    pub(crate) fn new(store: StoreHandle, notices: Notices, library: Library) -> Self {
        Session {
            current: RwSignal::new(None),
            save_status: RwSignal::new(SaveStatus::Idle),
            versions: StoredValue::new(VersionLog::default()),
            lost_edits: StoredValue::new(None),
            store,
            notices,
            reopening: RwSignal::new(Reopening::Done),
            library,
        }
    }

    /// Whether the app this context belonged to was unmounted (a test's) while a part arrived.
    pub(crate) fn dropped(&self) -> bool {
        self.current.is_disposed()
    }

    /// Where reopening the card left open stands (tracked).
    pub fn reopening(&self) -> Reopening {
        self.reopening.get()
    }

    /// Reopens the stored card `id` once the call screen's part is in, then reads the library
    /// (after the card's first frame is painted: a thousand cards take a while to read).
    pub fn reopen_later(&self, id: String) {
        self.reopening.set(Reopening::Waiting);
        let session = *self;
        leptos::task::spawn_local(async move {
            let reopened = crate::ui::common::lazy::reopen_card(session, id.clone()).await;
            if session.dropped() {
                return;
            }
            session.reopening.set(match reopened {
                Ok(()) => Reopening::Done,
                Err(_) => Reopening::Failed(id),
            });
            request_animation_frame(move || {
                request_animation_frame(move || {
                    if !session.dropped() {
                        session.library.read_soon();
                    }
                });
            });
        });
    }

    /// Reads the stored card `id` and shows it; one no longer stored is forgotten quietly
    /// (deleted in another tab since), one unreadable is reported.
    pub(crate) fn reopen_stored(&self, id: &str) {
        match self.store.with(|s| s.load_card(id, now_ms())) {
            Some(Ok(Some(card))) => self.show(card),
            Some(Ok(None)) => self.remember_open(None),
            Some(Err(e)) => self.notices.report(&e),
            None => {}
        }
    }

    /// A tracked read of one thing about the open scorecard (the default when none is open).
    pub fn with_card<T: Default>(&self, f: impl FnOnce(&Scorecard) -> T) -> T {
        self.current.with(|c| c.as_ref().map(f).unwrap_or_default())
    }

    /// An untracked read of the open scorecard (the default when none is open).
    pub fn with_card_untracked<T: Default>(&self, f: impl FnOnce(&Scorecard) -> T) -> T {
        self.current
            .with_untracked(|c| c.as_ref().map(f).unwrap_or_default())
    }

    /// The open card's id (tracked).
    pub fn open_id(&self) -> Option<String> {
        self.current.with(|c| c.as_ref().map(|c| c.id.clone()))
    }

    /// The save indicator (tracked).
    pub fn save_status(&self) -> SaveStatus {
        self.save_status.get()
    }

    /// Applies a model method to the open scorecard. The only way the UI changes a scorecard;
    /// a completed one refuses every change ([`Scorecard::edit_open`]) until [`Session::reopen`].
    pub fn edit(&self, change: impl FnOnce(&mut Scorecard, i64)) {
        let now = now_ms();
        self.current.update(|card| {
            if let Some(card) = card {
                card.edit_open(now, change);
            }
        });
    }

    /// Reopens the completed open scorecard for edits; the model records when.
    pub fn reopen(&self) {
        let now = now_ms();
        self.current.update(|card| {
            if let Some(card) = card {
                card.reopen(now);
            }
        });
    }

    pub(super) fn show(&self, card: Scorecard) {
        self.lost_edits.set_value(None);
        self.versions
            .set_value(VersionLog::starting_at(split(&card).document));
        self.remember_open(Some(&card.id));
        self.save_status.set(SaveStatus::Idle);
        self.current.set(Some(card));
    }

    /// Starts a new scorecard and opens it.
    pub fn start(&self, new: NewScorecard, rubric: Rubric) {
        let now = now_ms();
        let card = Scorecard::start(new_id(now), new, rubric, today(now), now);
        // Saved at once, so the new card is in the library even before its first score.
        self.persist(&card);
        self.show(card);
    }

    pub fn open(&self, id: &str) {
        match self.store.with(|s| s.load_card(id, now_ms())) {
            Some(Ok(Some(card))) => self.show(card),
            Some(Ok(None)) => self.notices.notify(
                "That scorecard is no longer stored (deleted in another tab?).",
                Tone::Error,
            ),
            Some(Err(e)) => self.notices.report(&e),
            None => {}
        }
    }

    /// Stores which card is open, for a reload; a failed write is reported.
    fn remember_open(&self, id: Option<&str>) {
        if let Some(Err(e)) = self.store.with(|s| s.set_open_id(id)) {
            self.notices.report(&e);
        }
    }

    /// Back to the start page.
    pub fn close(&self) {
        self.reopening.set(Reopening::Done);
        self.remember_open(None);
        self.current.set(None);
        self.library.refresh();
    }
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
