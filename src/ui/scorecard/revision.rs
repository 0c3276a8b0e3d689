//! Changing a frozen score. On a card completed once and reopened, a click or a key that would
//! change a score (or a "no evidence" mark) opens a small dialog asking why; Save records the
//! revision (`model::revision`), Cancel leaves the score as it was and focus goes back to where
//! it was. On any other card the change applies at once.

use crate::model::{Mark, Scorecard};
use crate::ui::common::focus::Dialog;
use crate::ui::state::{use_session, Session};
use leptos::prelude::*;

/// A change waiting for its reason.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    target: String,
    label: String,
    from: Mark,
    to: Mark,
}

#[derive(Clone, Copy)]
pub struct Revise {
    pending: RwSignal<Option<Pending>>,
}

pub fn provide_revise() -> Revise {
    let revise = Revise {
        pending: RwSignal::new(None),
    };
    provide_context(revise);
    revise
}

pub fn use_revise() -> Revise {
    expect_context::<Revise>()
}

/// Sets a criterion's or an answer's mark through the plain setters.
fn apply(card: &mut Scorecard, target: &str, to: Mark, now: i64) {
    if card.entry(target).is_some() {
        match to {
            Mark::NoEvidence => card.set_no_evidence(target, now),
            mark => card.set_score(target, mark.score(), now),
        };
    } else {
        card.set_answer_score(target, to.score(), now);
    }
}

impl Revise {
    /// Sets `target`'s mark: at once on an open card, through the "Why?" dialog once frozen.
    pub fn change(&self, session: Session, target: &str, to: Mark) {
        let frozen = session.with_card_untracked(|c| {
            let from = c.mark_of(target).filter(|_| c.scores_frozen())?;
            let label = match c.rubric.criterion(target) {
                Some(criterion) => criterion.title.clone(),
                None => c.questions.iter().find(|q| q.id == target)?.text.clone(),
            };
            Some((from, label))
        });
        match frozen {
            Some((from, _)) if from == to => {}
            Some((from, label)) => self.pending.set(Some(Pending {
                target: target.to_string(),
                label,
                from,
                to,
            })),
            None => session.edit(|c, now| apply(c, target, to, now)),
        }
    }

    /// Whether a change waits for its reason (tracked).
    pub fn is_pending(&self) -> bool {
        self.pending.with(Option::is_some)
    }
}

/// The "Why?" dialog, shown while a change waits for its reason.
#[component]
pub fn RevisionDialog() -> impl IntoView {
    let revise = use_revise();
    let session = use_session();
    let why = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let close = Callback::new(move |_| {
        revise.pending.set(None);
        why.set(String::new());
        error.set(None);
    });
    let save = move || {
        let Some(p) = revise.pending.get_untracked() else {
            return;
        };
        let mut result = Ok(());
        session.edit(|c, now| {
            result = c.revise_score(&p.target, p.to, &why.get_untracked(), now);
        });
        match result {
            Ok(()) => close.run(()),
            Err(e) => error.set(Some(e)),
        }
    };
    move || {
        revise.pending.get().map(|p| {
            let title = format!("Change {} from {} to {}?", p.label, p.from, p.to);
            view! {
                <Dialog labelled_by="revision-title" class="panel revision-dialog" on_close=close>
                    <form on:submit=move |ev| {
                        ev.prevent_default();
                        save();
                    }>
                        <h2 id="revision-title">{title}</h2>
                        <p class="muted">
                            "This card was completed: a changed score keeps its reason."
                        </p>
                        <div class="field">
                            <label for="revision-why">"Why?"</label>
                            <input
                                id="revision-why"
                                type="text"
                                required=true
                                aria-describedby="revision-error"
                                prop:value=move || why.get()
                                on:input:target=move |ev| why.set(ev.target().value())
                            />
                            <p id="revision-error" class="error" role="alert">
                                {move || error.get()}
                            </p>
                        </div>
                        <div class="actions">
                            <button type="submit" class="primary">
                                "Save change"
                            </button>
                            <button type="button" class="secondary" on:click=move |_| close.run(())>
                                "Cancel"
                            </button>
                        </div>
                    </form>
                </Dialog>
            }
        })
    }
}
