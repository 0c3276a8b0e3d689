//! The pass threshold in the summary panel: fixed once scoring starts, changed only through an
//! explicit unlock that is recorded.

use crate::model::Scorecard;
use crate::ui::state::use_session;
use leptos::prelude::*;

/// The threshold is read-only once scoring starts; changing it takes an explicit unlock,
/// and every change is listed.
#[component]
pub fn ThresholdLock() -> impl IntoView {
    let session = use_session();
    let locked = Memo::new(move |_| session.with_card(Scorecard::threshold_locked));
    let unlocking = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let changes = Memo::new(move |_| session.with_card(|c| c.threshold_changes.clone()));
    let open = move |_| {
        draft.set(session.with_card_untracked(|c| format!("{:.2}", c.rubric.pass_threshold.0)));
        error.set(None);
        unlocking.set(true);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(value) = draft.get().trim().parse::<f64>() else {
            error.set(Some("Enter a number between 1 and 5.".into()));
            return;
        };
        let mut result = Ok(());
        session.edit(|card, now| result = card.unlock_threshold(value, now));
        match result {
            Ok(()) => unlocking.set(false),
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <div class="threshold">
            {move || {
                if unlocking.get() {
                    view! {
                        <form class="threshold-form" on:submit=save>
                            <div class="field">
                                <label for="threshold-input">"New pass threshold (1-5)"</label>
                                <input
                                    id="threshold-input"
                                    type="number"
                                    min="1"
                                    max="5"
                                    step="0.05"
                                    bind:value=draft
                                    aria-describedby="threshold-error"
                                />
                                <p class="field-error" id="threshold-error">
                                    {move || error.get()}
                                </p>
                            </div>
                            <div class="actions">
                                <button type="submit" class="secondary">
                                    "Save threshold"
                                </button>
                                <button
                                    type="button"
                                    class="quiet"
                                    on:click=move |_| unlocking.set(false)
                                >
                                    "Cancel"
                                </button>
                            </div>
                        </form>
                    }
                        .into_any()
                } else if locked.get() {
                    view! {
                        <p class="muted small">
                            "Fixed for this scorecard. "
                            <button type="button" class="quiet" on:click=open>
                                "Unlock threshold"
                            </button>
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <p class="muted small">
                            "Fixed once the call starts or the first score is given."
                        </p>
                    }
                        .into_any()
                }
            }}
            <ul class="threshold-changes">
                {move || {
                    changes
                        .get()
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li>
                                    {format!(
                                        "Unlocked and changed from {:.2} to {:.2}.",
                                        c.from.0,
                                        c.to.0,
                                    )}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </div>
    }
}
