//! The call's questions: picking from the rubric's bank (with the mix warning), reordering,
//! adding one ad hoc (`ad_hoc.rs`), and per asked question its tips, score, STAR-L checks and
//! notes (`asked.rs`).

mod ad_hoc;
mod asked;

use crate::model::{QuestionKind, Scorecard};
use crate::ui::state::use_session;
use ad_hoc::AdHocForm;
use asked::AskedQuestionCard;
use leptos::prelude::*;

/// The questions section of a scorecard; nothing when the rubric has no bank.
#[component]
pub fn QuestionsSection() -> impl IntoView {
    let session = use_session();
    let has_bank = session.with_card_untracked(|c| !c.rubric.question_bank.is_empty());
    let ids = Memo::new(move |_| {
        session.with_card(|c| c.questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>())
    });
    let warnings = Memo::new(move |_| session.with_card(Scorecard::pick_warnings));
    let count = move || ids.with(Vec::len);
    let plan = move || {
        session.with_card(|c| {
            format!(
                "Pick {}-{} questions.",
                c.rubric.plan.min, c.rubric.plan.max
            )
        })
    };

    has_bank.then(|| {
        view! {
            <section class="panel questions-section" aria-labelledby="questions-title">
                <div class="section-head">
                    <h2 id="questions-title">"Questions"</h2>
                    <span class="muted">{move || format!("{} picked. {}", count(), plan())}</span>
                </div>
                <ul class="warnings" aria-label="Question mix">
                    {move || {
                        warnings.get().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()
                    }}
                </ul>
                <QuestionBank open=ids.with_untracked(Vec::is_empty) />
                <ol class="asked-list">
                    <For
                        each=move || ids.get()
                        key=|id| id.clone()
                        children=move |id| view! { <AskedQuestionCard id /> }
                    />
                </ol>
                <AdHocForm />
            </section>
        }
    })
}

/// The bank, grouped by kind, one checkbox per question.
#[component]
fn QuestionBank(open: bool) -> impl IntoView {
    let session = use_session();
    let bank = session.with_card_untracked(|c| c.rubric.question_bank.clone());
    let groups: Vec<_> = QuestionKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let questions: Vec<_> = bank.iter().filter(|q| q.kind == kind).cloned().collect();
            (!questions.is_empty()).then_some((kind, questions))
        })
        .collect();
    view! {
        <details class="bank" open=open>
            <summary>{format!("Question bank ({})", bank.len())}</summary>
            {groups
                .into_iter()
                .map(|(kind, questions)| {
                    view! {
                        <fieldset class="bank-group">
                            <legend>{kind.label()}</legend>
                            {questions
                                .into_iter()
                                .map(|q| {
                                    let id = StoredValue::new(q.id.clone());
                                    let picked = move || {
                                        session.with_card(|c| id.with_value(|id| c.is_picked(id)))
                                    };
                                    view! {
                                        <label class="bank-question">
                                            <input
                                                type="checkbox"
                                                prop:checked=picked
                                                on:change:target=move |ev| {
                                                    let on = ev.target().checked();
                                                    session
                                                        .edit(|card, now| {
                                                            id.with_value(|id| {
                                                                if on {
                                                                    card.pick_question(id, now);
                                                                } else {
                                                                    card.unpick_question(id, now);
                                                                }
                                                            })
                                                        });
                                                }
                                            />
                                            <span>{q.text.clone()}</span>
                                        </label>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                    }
                })
                .collect_view()}
        </details>
    }
}
