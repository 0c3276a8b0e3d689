//! Removing a picked question: a question with anything recorded on it (marked asked, time,
//! score, notes, STAR-L) is kept so "Removed. Undo" puts it back exactly; an untouched planned
//! one goes without an offer, since picking it again gives the same.

use crate::model::RemovedQuestion;
use crate::ui::common::focus::focus_id;
use crate::ui::scorecard::cursor::Item;
use crate::ui::state::{use_session, Session};
use leptos::prelude::*;

/// The id of the "Undo" button, focused when it appears.
const UNDO_ID: &str = "question-undo";

/// The last removed question that needs an undo, with the card it came from.
#[derive(Clone, Copy)]
pub(super) struct Removal {
    session: Session,
    last: RwSignal<Option<(String, RemovedQuestion)>>,
}

impl Removal {
    /// A fresh handle, given to the section's children as a context.
    pub(super) fn provide() -> Self {
        let removal = Removal {
            session: use_session(),
            last: RwSignal::new(None),
        };
        provide_context(removal);
        removal
    }

    pub(super) fn get() -> Self {
        expect_context()
    }

    /// Removes question `id`. With `refocus` (the focused control goes with the question),
    /// focus goes to "Undo" when it is offered, else to the next question (or the previous
    /// one, or the section heading), never to the page.
    pub(super) fn remove(self, id: &str, refocus: bool) {
        let mut removed = None;
        let mut next = None;
        self.session.edit(|card, now| {
            removed = card.remove_question(id, now).map(|r| (card.id.clone(), r));
            next = removed.as_ref().and_then(|(_, r)| {
                let after = card.questions.get(r.index());
                after.or(card.questions.last()).map(|q| q.id.clone())
            });
        });
        let Some((card_id, removed)) = removed else {
            return;
        };
        let undo = removed.needs_undo();
        if undo {
            self.last.set(Some((card_id, removed)));
        }
        if refocus {
            focus_after_update(match (undo, next) {
                (true, _) => UNDO_ID.to_string(),
                (false, Some(id)) => Item::Question(id).dom_id(),
                (false, None) => "questions-title".to_string(),
            });
        }
    }

    /// Puts the last removed question back, on the card it came from, and focuses it.
    fn undo(self) {
        let Some((card_id, removed)) = self.last.get_untracked() else {
            return;
        };
        let id = removed.question().id.clone();
        let mut restored = false;
        self.session.edit(|card, now| {
            restored = card.id == card_id && card.restore_question(removed, now);
        });
        self.last.set(None);
        if restored {
            focus_after_update(Item::Question(id).dom_id());
        }
    }
}

/// Focuses the element with `id` once the view has caught up with the edit just made. The
/// control that was focused may be gone with the question, so unlike
/// [`crate::ui::common::focus::focus_id_after_render`] this does not wait for an animation
/// frame or check that focus stayed put: it runs after the pending view updates.
fn focus_after_update(id: String) {
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        focus_id(&id);
    });
}

/// "Removed “…”. Undo", inline, in a status region that is always there so that screen
/// readers announce it; empty while no removal needs an undo.
#[component]
pub(super) fn RemovedNote() -> impl IntoView {
    let removal = Removal::get();
    let note = move || {
        removal.last.with(|last| {
            last.as_ref().map(|(_, r)| {
                let text = r.question().text.trim().to_string();
                view! {
                    <p class="inline-note">
                        {format!("Removed \u{201c}{text}\u{201d}. ")}
                        <button
                            type="button"
                            class="quiet"
                            id=UNDO_ID
                            on:click=move |_| removal.undo()
                        >
                            "Undo"
                        </button>
                    </p>
                }
            })
        })
    };
    view! { <div role="status">{note}</div> }
}
