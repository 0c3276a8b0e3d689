//! The app's one context: the open scorecard, the library list, notices and save status, plus
//! the actions that change them. Persistence observes `current` and saves what changed.

use crate::model::catalogue::{arrival, copy_of, Arrival};
use crate::model::merge::{LostEdits, VersionLog};
use crate::model::route::{Route, View};
use crate::model::stored::split;
use crate::model::{NewScorecard, Rubric, Scorecard};
use crate::rubrics;
use crate::storage::{StorageError, Store};
use crate::ui::common::clock::{now_ms, today};
use leptos::prelude::*;

mod save;
mod sync;

/// A message shown in the banner until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    pub tone: Tone,
    /// What the notice's button does, if it has one.
    pub action: Option<NoticeAction>,
}

/// The button a notice may carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// A storage problem: save what this tab holds to a file.
    Export,
    /// Another tab's later edit replaced this tab's: put this tab's values back.
    KeepMine,
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

/// The pages besides the open scorecard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Scorecards,
    Compare,
    Rubrics,
}

/// A rubric arriving from a file or a link, waiting for the user to say what to do with it.
#[derive(Clone, Debug, PartialEq)]
pub struct Incoming {
    pub rubric: Rubric,
    /// Where it came from, for the prompt: a file name or "a shared link".
    pub source: String,
    pub arrival: Arrival,
}

/// What to do with an incoming rubric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accept {
    /// Add under its own id (only when nothing has it).
    Add,
    /// Overwrite the user's rubric with the same id.
    Replace,
    /// Add as a copy under a new id.
    KeepBoth,
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The scorecard being scored, if one is open.
    pub current: RwSignal<Option<Scorecard>>,
    /// Stored scorecards, for the start page; refreshed when it shows.
    pub library: RwSignal<Vec<Scorecard>>,
    pub notices: RwSignal<Vec<Notice>>,
    pub save_status: RwSignal<SaveStatus>,
    pub page: RwSignal<Page>,
    /// What the URL asked for: embed mode, a rubric, a view.
    pub route: StoredValue<Route>,
    /// The built-in kits, read once.
    pub kits: StoredValue<Vec<Rubric>>,
    /// The user's own rubrics, from storage.
    pub own_rubrics: RwSignal<Vec<Rubric>>,
    /// The rubric open in the editor, if any.
    pub editing: RwSignal<Option<Rubric>>,
    pub incoming: RwSignal<Option<Incoming>>,
    /// The last deleted rubric, for "Undo".
    pub deleted_rubric: RwSignal<Option<Rubric>>,
    /// The last deleted scorecard, for "Undo".
    pub deleted_card: RwSignal<Option<Scorecard>>,
    store: StoredValue<Option<Store>, LocalStorage>,
    /// The open card's versions written or read: the head skips saves that change nothing and
    /// is the parent of the next save; older ones are bases for merging another tab's edits.
    versions: StoredValue<VersionLog>,
    /// The last merge in which this tab's edits lost, for "Keep my edits".
    lost_edits: StoredValue<Option<LostEdits>>,
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
            page: RwSignal::new(Page::Scorecards),
            route: StoredValue::new(current_route()),
            kits: StoredValue::new(rubrics::built_in()),
            own_rubrics: RwSignal::new(Vec::new()),
            editing: RwSignal::new(None),
            incoming: RwSignal::new(None),
            deleted_rubric: RwSignal::new(None),
            deleted_card: RwSignal::new(None),
            store: StoredValue::new_local(None),
            versions: StoredValue::new(VersionLog::default()),
            lost_edits: StoredValue::new(None),
            next_notice: StoredValue::new(0),
        };
        match Store::open() {
            Ok(store) => state.store.set_value(Some(store)),
            Err(e) => state.report(&e),
        }
        if let Some(build) = running_build() {
            if state
                .with_store(|s| s.note_build(&build))
                .flatten()
                .is_some()
            {
                state.notify(
                    "A new version of Scorecard is in use. Your scorecards are unchanged.".into(),
                    Tone::Info,
                );
            }
        }
        state.refresh_rubrics();
        let view = state.route.with_value(|r| r.view);
        match view {
            Some(View::Compare) => state.page.set(Page::Compare),
            Some(View::Rubrics) => state.page.set(Page::Rubrics),
            Some(View::Score | View::Library) | None => {}
        }
        // The card that was open shows first; the whole library (a thousand cards take a
        // while to read) loads after that first frame is painted.
        let open = state.with_store(|s| s.open_id()).flatten();
        let card = open.and_then(
            |id| match state.with_store(|s| s.load_card(&id, now_ms())) {
                Some(Ok(card)) => card,
                Some(Err(e)) => {
                    state.report(&e);
                    None
                }
                None => None,
            },
        );
        match card {
            Some(card) if matches!(view, None | Some(View::Score)) => {
                state.show(card);
                request_animation_frame(move || {
                    request_animation_frame(move || state.refresh_library());
                });
            }
            card => {
                state.refresh_library();
                if let Some(card) = card {
                    state.show(card);
                }
            }
        }
        state
    }

    fn with_store<T>(&self, f: impl FnOnce(&Store) -> T) -> Option<T> {
        self.store.with_value(|s| s.as_ref().map(f))
    }

    pub fn notify(&self, text: String, tone: Tone) {
        self.push_notice(text, tone, None);
    }

    /// A storage problem, with the offer to export what this tab holds.
    pub fn report(&self, error: &StorageError) {
        self.push_notice(error.to_string(), Tone::Error, Some(NoticeAction::Export));
    }

    /// Shows a notice unless the same one is already showing.
    fn push_notice(&self, text: String, tone: Tone, action: Option<NoticeAction>) {
        if self
            .notices
            .with_untracked(|n| n.iter().any(|m| m.text == text && m.tone == tone))
        {
            return;
        }
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| {
            n.push(Notice {
                id,
                text,
                tone,
                action,
            })
        });
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

    pub fn refresh_rubrics(&self) {
        let Some(shelf) = self.with_store(|s| s.load_rubrics(now_ms())) else {
            return;
        };
        for problem in &shelf.problems {
            self.report(problem);
        }
        self.own_rubrics.set(shelf.rubrics);
    }

    /// Built-in kits first, then the user's own.
    pub fn all_rubrics(&self) -> Vec<Rubric> {
        let mut all = self.kits.get_value();
        all.extend(self.own_rubrics.get());
        all
    }

    pub fn is_built_in(&self, id: &str) -> bool {
        self.kits.with_value(|k| k.iter().any(|r| r.id == id))
    }

    fn id_taken(&self, id: &str) -> bool {
        self.is_built_in(id)
            || self
                .own_rubrics
                .with_untracked(|o| o.iter().any(|r| r.id == id))
    }

    /// A copy of a rubric under a free id, opened in the editor.
    pub fn duplicate_rubric(&self, rubric: &Rubric) {
        let copy = copy_of(rubric, |id| self.id_taken(id));
        self.editing.set(Some(copy));
    }

    /// Stores a (valid) rubric from the editor or an import, replacing one with its id.
    pub fn save_rubric(&self, rubric: Rubric) -> bool {
        let saved = match self.with_store(|s| s.save_rubric(&rubric)) {
            Some(Ok(())) => true,
            Some(Err(e)) => {
                self.report(&e);
                false
            }
            None => true, // storage unavailable: kept for this tab only, already reported
        };
        if saved {
            self.own_rubrics.update(|own| {
                own.retain(|r| r.id != rubric.id);
                own.push(rubric);
                own.sort_by_key(|r| (r.title.to_lowercase(), r.id.clone()));
            });
        }
        saved
    }

    /// Deletes one of the user's rubrics; past scorecards keep their snapshot. Undoable.
    pub fn delete_rubric(&self, id: &str) {
        let Some(rubric) = self
            .own_rubrics
            .with_untracked(|o| o.iter().find(|r| r.id == id).cloned())
        else {
            return;
        };
        self.with_store(|s| s.delete_rubric(id));
        self.own_rubrics.update(|o| o.retain(|r| r.id != id));
        self.deleted_rubric.set(Some(rubric));
    }

    pub fn undo_delete_rubric(&self) {
        if let Some(rubric) = self.deleted_rubric.get_untracked() {
            if self.save_rubric(rubric) {
                self.deleted_rubric.set(None);
            }
        }
    }

    /// A rubric from a file or a link: added at once only if the user confirms.
    pub fn receive_rubric(&self, rubric: Rubric, source: String) {
        let arrival = self
            .kits
            .with_value(|k| self.own_rubrics.with_untracked(|o| arrival(&rubric, k, o)));
        if arrival == Arrival::AlreadyHere {
            self.notify(
                format!(
                    "You already have the rubric \u{201c}{}\u{201d}; nothing changed.",
                    rubric.title
                ),
                Tone::Info,
            );
            return;
        }
        self.incoming.set(Some(Incoming {
            rubric,
            source,
            arrival,
        }));
    }

    pub fn accept_incoming(&self, how: Accept) {
        let Some(incoming) = self.incoming.get_untracked() else {
            return;
        };
        let rubric = match (how, &incoming.arrival) {
            (Accept::Add, Arrival::New) | (Accept::Replace, Arrival::ConflictsWithOwn) => {
                incoming.rubric
            }
            (Accept::KeepBoth, _) => copy_of(&incoming.rubric, |id| self.id_taken(id)),
            _ => return,
        };
        let title = rubric.title.clone();
        if self.save_rubric(rubric) {
            self.incoming.set(None);
            self.notify(
                format!("Added the rubric \u{201c}{title}\u{201d}."),
                Tone::Info,
            );
        }
    }

    fn show(&self, card: Scorecard) {
        self.lost_edits.set_value(None);
        self.versions
            .set_value(VersionLog::starting_at(split(&card).document));
        self.with_store(|s| s.set_open_id(Some(&card.id)));
        self.save_status.set(SaveStatus::Idle);
        self.current.set(Some(card));
    }

    /// Starts a new scorecard and opens it.
    pub fn start(&self, new: NewScorecard, rubric: Rubric) {
        let now = now_ms();
        let card = Scorecard::start(
            crate::ui::common::clock::new_id(now),
            new,
            rubric,
            today(now),
            now,
        );
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

    /// Stores scorecards (an import or a duplicate) and refreshes the list. False on a
    /// storage error, which is reported.
    pub fn store_cards(&self, cards: &[Scorecard]) -> bool {
        for card in cards {
            if let Some(Err(e)) = self.with_store(|s| s.save_card(card)) {
                self.report(&e);
                self.refresh_library();
                return false;
            }
        }
        self.refresh_library();
        true
    }

    pub fn duplicate_card(&self, id: &str) {
        let now = now_ms();
        let Some(copy) = self.library.with_untracked(|l| {
            l.iter()
                .find(|c| c.id == id)
                .map(|c| c.duplicate(crate::ui::common::clock::new_id(now), now))
        }) else {
            return;
        };
        self.store_cards(&[copy]);
    }

    /// Deletes a scorecard; "Undo" puts it back exactly.
    pub fn delete_card(&self, id: &str) {
        let Some(card) = self.library.with_untracked(|l| find(l, id)) else {
            return;
        };
        self.with_store(|s| s.delete_card(id));
        self.library.update(|l| l.retain(|c| c.id != id));
        self.deleted_card.set(Some(card));
    }

    pub fn undo_delete_card(&self) {
        if let Some(card) = self.deleted_card.get_untracked() {
            if self.store_cards(&[card]) {
                self.deleted_card.set(None);
            }
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

    /// One untracked read of the open scorecard (default when none is open).
    pub fn read_untracked<T: Default>(&self, f: impl FnOnce(&Scorecard) -> T) -> T {
        self.current
            .with_untracked(|c| c.as_ref().map(f).unwrap_or_default())
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
}

/// The build id the release build stamps into the page (`<meta name="scorecard-build">`).
fn running_build() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=scorecard-build]")
        .ok()??
        .get_attribute("content")
}

/// The route of the page's URL.
fn current_route() -> Route {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Route::parse(&search)
}

fn find(cards: &[Scorecard], id: &str) -> Option<Scorecard> {
    cards.iter().find(|c| c.id == id).cloned()
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
