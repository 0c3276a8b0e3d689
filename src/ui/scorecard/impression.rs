//! The first-impression prompt under the call bar ([`crate::model::impression`]): a quiet,
//! private line 3 minutes into the call asking for a snap judgement 1-5 or a skip. It never
//! takes focus and has no keys of its own (the 1-5 keys stay with the focused criterion);
//! once answered it goes, and the answer stays hidden until the card is completed.

use crate::model::Score;
use crate::ui::common::hooks::use_now;
use crate::ui::state::use_session;
use leptos::prelude::*;

#[component]
pub fn FirstImpressionPrompt() -> impl IntoView {
    let session = use_session();
    let now = use_now();
    let due = Memo::new(move |_| session.with_card(|c| c.first_impression_due(now.get())));
    let answer = move |score: Option<Score>| {
        session.edit(|card, now| {
            card.record_first_impression(score, now);
        })
    };
    view! {
        // A polite region that exists before the prompt does, so its arrival is announced once.
        <div class="first-impression-slot" role="status">
            <Show when=move || due.get()>
                <div
                    class="first-impression-prompt"
                    role="group"
                    aria-labelledby="first-impression-question"
                >
                    <span id="first-impression-question">"First impression? 1-5 or skip"</span>
                    {Score::all()
                        .map(|s| {
                            view! {
                                <button
                                    type="button"
                                    class="secondary small"
                                    aria-label=format!("First impression {s}")
                                    title=s.word()
                                    on:click=move |_| answer(Some(s))
                                >
                                    {s.value()}
                                </button>
                            }
                        })
                        .collect_view()}
                    <button
                        type="button"
                        class="quiet small"
                        aria-label="Skip first impression"
                        on:click=move |_| answer(None)
                    >
                        "Skip"
                    </button>
                    <span class="muted small">
                        "Private: shown only once the card is completed."
                    </span>
                </div>
            </Show>
        </div>
    }
}
