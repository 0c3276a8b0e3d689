//! The call's questions: picking from the rubric's bank (grouped by the criterion each
//! question probes, else by kind, with the mix warning), reordering, adding one ad hoc
//! (`ad_hoc.rs`), removing one with an undo (`removal.rs`), and per picked question whether it
//! was asked or skipped, its timer, tips, follow-ups, score, STAR-L checks and notes
//! (`asked.rs`).

mod ad_hoc;
mod asked;
mod removal;

use crate::model::{Question, QuestionKind, Rubric, Scorecard};
use crate::ui::state::use_session;
use ad_hoc::AdHocForm;
use asked::AskedQuestionCard;
use leptos::prelude::*;
use removal::{Removal, RemovedNote};

/// The questions section of a scorecard; nothing when the rubric has no bank.
#[component]
pub fn QuestionsSection() -> impl IntoView {
    let session = use_session();
    Removal::provide();
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
                    <h2 id="questions-title" tabindex="-1">
                        "Questions"
                    </h2>
                    <span class="muted">{move || format!("{} picked. {}", count(), plan())}</span>
                </div>
                <ul class="warnings" aria-label="Question mix">
                    {move || {
                        warnings.get().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()
                    }}
                </ul>
                <QuestionBank open=ids.with_untracked(Vec::is_empty) />
                <RemovedNote />
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

/// The bank's groups, in order: one per criterion that bank questions probe (rubric order),
/// then one per kind for the questions tied to no criterion.
fn bank_groups(rubric: &Rubric) -> Vec<(String, Vec<Question>)> {
    let group = |test: &dyn Fn(&Question) -> bool| -> Vec<Question> {
        rubric
            .question_bank
            .iter()
            .filter(|q| test(q))
            .cloned()
            .collect()
    };
    let by_criterion = rubric.criteria.iter().map(|c| {
        let tied = group(&|q| rubric.criterion_of(q).is_some_and(|t| t.id == c.id));
        (c.title.clone(), tied)
    });
    let by_kind = QuestionKind::ALL.into_iter().map(|kind| {
        let untied = group(&|q| q.kind == kind && rubric.criterion_of(q).is_none());
        (kind.label().to_string(), untied)
    });
    by_criterion
        .chain(by_kind)
        .filter(|(_, questions)| !questions.is_empty())
        .collect()
}

/// The bank, one checkbox per question. Unticking one goes through [`Removal`], so nothing
/// recorded on it is lost without an undo.
#[component]
fn QuestionBank(open: bool) -> impl IntoView {
    let session = use_session();
    let removal = Removal::get();
    let (count, groups) =
        session.with_card_untracked(|c| (c.rubric.question_bank.len(), bank_groups(&c.rubric)));
    view! {
        <details class="bank" open=open>
            <summary>{format!("Question bank ({count})")}</summary>
            {groups
                .into_iter()
                .map(|(legend, questions)| {
                    view! {
                        <fieldset class="bank-group">
                            <legend>{legend}</legend>
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
                                                    if on {
                                                        session
                                                            .edit(|card, now| {
                                                                id.with_value(|id| card.pick_question(id, now));
                                                            });
                                                    } else {
                                                        id.with_value(|id| removal.remove(id, false));
                                                    }
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
