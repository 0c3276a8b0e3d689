//! The decision rule beside the interviewer's recommendation: what the rule says, and the
//! one-line reason field that appears while the interviewer's choice differs from it.

use crate::model::Scorecard;
use crate::ui::state::use_session;
use leptos::prelude::*;

/// The id of the reason field, where a refused completion moves focus.
pub const REASON_ID: &str = "recommendation-reason";
/// The id of the message saying completion waits for the reason.
pub const REASON_NEEDED_ID: &str = "reason-needed";

/// "The rule says: Hire (3.40 ≥ 3.00)", its reasons, and the reason field when they differ.
#[component]
pub fn RuleAdvice() -> impl IntoView {
    let session = use_session();
    let differs = Memo::new(move |_| session.with_card(Scorecard::differs_from_rule));
    let reasons = move || {
        session.with_card(|c| {
            c.rule_outcome()
                .map(|o| o.reasons.join(". ") + ".")
                .unwrap_or_default()
        })
    };
    view! {
        <p class="rule-says" id="rule-says">
            {move || format!("The rule says: {}", session.with_card(Scorecard::rule_words))}
        </p>
        <p class="muted small rule-reasons">{reasons}</p>
        <Show when=move || differs.get()>
            <div class="field reason-field">
                <label for=REASON_ID>"Why does your recommendation differ from the rule?"</label>
                <input
                    id=REASON_ID
                    type="text"
                    aria-describedby=REASON_NEEDED_ID
                    prop:value=move || session.with_card(|c| c.recommendation_reason.clone())
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        session
                            .edit(|card, now| {
                                card.set_recommendation_reason(text, now);
                            });
                    }
                />
            </div>
        </Show>
    }
}
