//! The rubrics context: the built-in kits, the user's own rubrics, the one open in the editor,
//! a rubric arriving from a file or link, and the last deleted one for "Undo".

use super::notices::{Notices, Tone};
use super::store::StoreHandle;
use crate::model::catalogue::{arrival, copy_of, free_id, Arrival};
use crate::model::Rubric;
use crate::rubrics;
use crate::ui::common::clock::now_ms;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Something waiting for the built-in kits: given `Err` with the reason when they could not
/// be fetched.
type KitsWaiter = Box<dyn FnOnce(Result<(), String>)>;

/// A rubric the start form offers: known before the kits' text arrives.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub title: String,
    pub role: String,
}

impl Choice {
    fn of(rubric: &Rubric) -> Self {
        Choice {
            id: rubric.id.clone(),
            title: rubric.title.clone(),
            role: rubric.role.clone(),
        }
    }
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
pub struct Rubrics {
    /// The built-in kits, once known (at once where compiled in; fetched in the release
    /// build: `crate::rubrics`).
    kits: RwSignal<Option<&'static [Rubric]>>,
    /// Waiting for the kits while they are fetched (none: not fetching).
    waiting: StoredValue<Option<Vec<KitsWaiter>>, LocalStorage>,
    /// The notice that the kits could not be fetched was shown (once: a later failure is told
    /// where it was asked, by the start form).
    told: StoredValue<bool>,
    /// The user's own rubrics, from storage.
    own: RwSignal<Vec<Rubric>>,
    editing: RwSignal<Option<Rubric>>,
    incoming: RwSignal<Option<Incoming>>,
    deleted: RwSignal<Option<Rubric>>,
    /// The rubric an embed URL carries in its fragment: scored as it is, never stored.
    carried: RwSignal<Option<Rubric>>,
    store: StoreHandle,
    notices: Notices,
}

impl Rubrics {
    pub(crate) fn new(store: StoreHandle, notices: Notices) -> Self {
        Rubrics {
            kits: RwSignal::new(rubrics::kits()),
            waiting: StoredValue::new_local(None),
            told: StoredValue::new(false),
            own: RwSignal::new(Vec::new()),
            editing: RwSignal::new(None),
            incoming: RwSignal::new(None),
            deleted: RwSignal::new(None),
            carried: RwSignal::new(None),
            store,
            notices,
        }
    }

    /// Reloads the user's rubrics from storage, reporting unreadable ones.
    pub fn refresh(&self) {
        let Some(shelf) = self.store.with(|s| s.load_rubrics(now_ms())) else {
            return;
        };
        for problem in &shelf.problems {
            self.notices.report(problem);
        }
        self.own.set(shelf.rubrics);
    }

    /// Built-in kits first (once known), then the user's own (tracked).
    pub fn all(&self) -> Vec<Rubric> {
        let mut all = self.kits.get().unwrap_or_default().to_vec();
        all.extend(self.own.get());
        all
    }

    /// What the start form offers (tracked): [`for_scoring`](Self::for_scoring)'s rubrics, with
    /// the built-in kits' menu entries while their text is still arriving.
    pub fn choices(&self) -> Vec<Choice> {
        let scoring: Vec<Choice> = self.for_scoring().iter().map(Choice::of).collect();
        let entries = if self.kits.with(Option::is_none) {
            rubrics::CATALOGUE
        } else {
            &[]
        };
        let arriving = entries
            .iter()
            .filter(|k| !scoring.iter().any(|c| c.id == k.id))
            .map(|k| Choice {
                id: k.id.into(),
                title: k.title.into(),
                role: k.role.into(),
            });
        arriving.chain(scoring.iter().cloned()).collect()
    }

    /// Calls `then` with the rubric `id` to score a new card with, once it is known: at once,
    /// or when the built-in kits arrive if it is one of them.
    pub fn for_new_card(&self, id: String, then: impl FnOnce(Result<Rubric, String>) + 'static) {
        let find = move |this: &Rubrics| {
            this.for_scoring_untracked()
                .into_iter()
                .find(|r| r.id == id)
                .ok_or_else(|| format!("there is no rubric \u{201c}{id}\u{201d}."))
        };
        match find(self) {
            Ok(rubric) => then(Ok(rubric)),
            Err(e) if self.kits.with_untracked(Option::is_some) => then(Err(e)),
            Err(_) => {
                let this = *self;
                self.with_kits(move |known| {
                    let known = known.map_err(|reason| {
                        format!("its built-in rubric could not be loaded ({reason}). Press \u{201c}Start scorecard\u{201d} to try again.")
                    });
                    then(known.and_then(|()| find(&this)))
                });
            }
        }
    }

    fn for_scoring_untracked(&self) -> Vec<Rubric> {
        untrack(|| self.for_scoring())
    }

    /// Runs `then` once the built-in kits are known: at once if they are, else when they
    /// arrive (fetching them if no one has asked yet), with the reason if they cannot be.
    pub fn with_kits(&self, then: impl FnOnce(Result<(), String>) + 'static) {
        if self.kits.with_untracked(Option::is_some) {
            return then(Ok(()));
        }
        let fetching = self.waiting.with_value(Option::is_some);
        self.waiting
            .update_value(|w| w.get_or_insert_with(Vec::new).push(Box::new(then)));
        if !fetching {
            let this = *self;
            spawn_local(async move {
                let fetched = crate::ui::common::kits::fetch_texts().await;
                this.arrive(fetched.and_then(|texts| rubrics::arrive(&texts)));
            });
        }
    }

    fn arrive(&self, kits: Result<&'static [Rubric], String>) {
        let waiting = self.waiting.try_update_value(Option::take).flatten();
        let known = match kits {
            Ok(kits) => {
                self.kits.set(Some(kits));
                Ok(())
            }
            Err(reason) => {
                if !self.told.get_value() {
                    self.told.set_value(true);
                    let text = format!("The built-in rubrics could not be loaded: {reason}. Your scorecards and your own rubrics work; starting a scorecard with a built-in rubric tries again.");
                    self.notices.notify(text, Tone::Error);
                }
                Err(reason)
            }
        };
        for then in waiting.unwrap_or_default() {
            then(known.clone());
        }
    }

    /// Whether a card's rubric snapshot was missing before the kits were known, so that the
    /// library should be read again now (cleared by asking).
    pub fn take_awaiting_kits(&self) -> bool {
        self.store.with(|s| s.take_awaiting_kits()).unwrap_or(false)
    }

    /// What a new scorecard can be scored with (tracked): [`all`](Self::all), with the rubric
    /// an embed URL carries in place of any same-id one here, so everyone scores that kit.
    pub fn for_scoring(&self) -> Vec<Rubric> {
        let mut all = self.all();
        if let Some(carried) = self.carried.get() {
            all.retain(|r| r.id != carried.id);
            all.push(carried);
        }
        all
    }

    /// An embedded widget scores the rubric its URL carries, without storing or asking.
    pub fn carry(&self, rubric: Rubric) {
        self.carried.set(Some(rubric));
    }

    /// The first built-in kit's id, the default choice.
    pub fn first_kit_id(&self) -> String {
        rubrics::CATALOGUE[0].id.into()
    }

    pub fn is_built_in(&self, id: &str) -> bool {
        rubrics::is_kit(id)
    }

    fn id_taken(&self, id: &str) -> bool {
        self.is_built_in(id) || self.own.with_untracked(|o| o.iter().any(|r| r.id == id))
    }

    /// The rubric open in the editor, if any (tracked).
    pub fn editing(&self) -> Option<Rubric> {
        self.editing.get()
    }

    /// Opens a rubric in the editor.
    pub fn edit(&self, rubric: Rubric) {
        self.editing.set(Some(rubric));
    }

    /// Opens a new, blank rubric (from `blank`, given a free id) in the editor.
    pub fn edit_new(&self, blank: impl FnOnce(String) -> Rubric) {
        let id = free_id("my-rubric", |id| self.id_taken(id));
        self.edit(blank(id));
    }

    pub fn close_editor(&self) {
        self.editing.set(None);
    }

    /// A copy of a rubric under a free id, opened in the editor.
    pub fn duplicate(&self, rubric: &Rubric) {
        let copy = copy_of(rubric, |id| self.id_taken(id));
        self.edit(copy);
    }

    /// Stores a (valid) rubric from the editor or an import, replacing one with its id.
    pub fn save(&self, rubric: Rubric) -> bool {
        let saved = match self.store.with(|s| s.save_rubric(&rubric)) {
            Some(Ok(())) => true,
            Some(Err(e)) => {
                self.notices.report(&e);
                false
            }
            None => true, // storage unavailable: kept for this tab only, already reported
        };
        if saved {
            self.own.update(|own| {
                own.retain(|r| r.id != rubric.id);
                own.push(rubric);
                crate::model::catalogue::sort_by_title(own);
            });
        }
        saved
    }

    /// Saves the rubric from the editor and closes it, saying so.
    pub fn save_edited(&self, rubric: Rubric) {
        let title = rubric.title.clone();
        if self.save(rubric) {
            self.close_editor();
            self.notices.notify(
                format!("Saved the rubric \u{201c}{title}\u{201d}."),
                Tone::Info,
            );
        }
    }

    /// Deletes one of the user's rubrics; past scorecards keep their snapshot. Undoable.
    pub fn delete(&self, id: &str) {
        let Some(rubric) = self
            .own
            .with_untracked(|o| o.iter().find(|r| r.id == id).cloned())
        else {
            return;
        };
        if let Some(Err(e)) = self.store.with(|s| s.delete_rubric(id)) {
            self.notices.report(&e);
        }
        self.own.update(|o| o.retain(|r| r.id != id));
        self.deleted.set(Some(rubric));
    }

    /// The last deleted rubric's title, while "Undo" is offered (tracked).
    pub fn deleted_title(&self) -> Option<String> {
        self.deleted.with(|d| d.as_ref().map(|r| r.title.clone()))
    }

    pub fn undo_delete(&self) {
        if let Some(rubric) = self.deleted.get_untracked() {
            if self.save(rubric) {
                self.deleted.set(None);
            }
        }
    }

    /// A rubric from a file or a link: added at once only if the user confirms. It is
    /// compared with the built-in kits, so it waits for them; dropped, as the notice says,
    /// if they cannot be fetched.
    pub fn receive(&self, rubric: Rubric, source: String) {
        let this = *self;
        self.with_kits(move |known| {
            if known.is_ok() {
                this.receive_now(rubric, source);
            }
        });
    }

    fn receive_now(&self, rubric: Rubric, source: String) {
        let kits = self.kits.get_untracked().unwrap_or_default();
        let arrival = self.own.with_untracked(|o| arrival(&rubric, kits, o));
        if arrival == Arrival::AlreadyHere {
            self.notices.notify(
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

    /// Whether a rubric is waiting for the user's choice (tracked, nothing cloned).
    pub fn has_incoming(&self) -> bool {
        self.incoming.with(Option::is_some)
    }

    /// The rubric waiting for the user's choice (tracked).
    pub fn incoming(&self) -> Option<Incoming> {
        self.incoming.get()
    }

    pub fn cancel_incoming(&self) {
        self.incoming.set(None);
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
        if self.save(rubric) {
            self.incoming.set(None);
            self.notices.notify(
                format!("Added the rubric \u{201c}{title}\u{201d}."),
                Tone::Info,
            );
        }
    }
}

pub fn use_rubrics() -> Rubrics {
    expect_context::<Rubrics>()
}
