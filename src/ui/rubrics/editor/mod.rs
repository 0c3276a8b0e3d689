//! The rubric editor: a form over a draft rubric. Every input edits the draft; "Save rubric"
//! checks it with [`Rubric::editor_problems`] (the rubric's problems and a reason for each
//! unusual weight) and hands a valid copy to `on_save`, or shows each
//! problem next to its field, a summary at the top, and moves focus to the first bad field.
//!
//! Inputs are uncontrolled after their first value: what the user typed stays visible even when
//! it does not parse (an unparsable number becomes a value `problems()` rejects instead).
//! Field DOM ids follow the problem paths (`criteria[2].weight` is `re-criteria-2-weight`), so a
//! problem finds its field by position, and ids move with a criterion when it is reordered.

mod criterion;
mod decision;
mod fields;
mod paths;
mod question;
mod row;

use crate::model::rubric_draft::{
    blank_criterion, blank_question, cleaned, lines, repair_ids, unique_id,
};
use crate::model::{PassThreshold, Rubric};
use criterion::CriterionFields;
use decision::DecisionRuleFields;
use fields::{edit_field, fixed, focus_first_problem, focus_id, parse_f64, Control, SUMMARY_ID};
use leptos::prelude::*;
use paths::{dom_id, form_position, message_for};
use question::QuestionFields;
use std::rc::Rc;

pub use crate::model::rubric_draft::blank_rubric;

#[component]
pub fn RubricEditor(
    /// The rubric to edit (a duplicate of a kit, a stored rubric, or a blank one).
    initial: Rubric,
    /// Called with a valid rubric when the user saves.
    on_save: Callback<Rubric>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let mut initial = initial;
    repair_ids(&mut initial);
    let draft = RwSignal::new(initial.clone());
    let attempted = RwSignal::new(false);
    let problems = Memo::new(move |_| {
        if attempted.get() {
            draft.with(Rubric::editor_problems)
        } else {
            Vec::new()
        }
    });
    let warnings = Memo::new(move |_| draft.with(Rubric::warnings));
    let announcement = RwSignal::new(String::new());
    let criterion_ids = Memo::new(move |_| {
        draft.with(|r| r.criteria.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
    });
    let question_ids = Memo::new(move |_| {
        draft.with(|r| {
            r.question_bank
                .iter()
                .map(|q| q.id.clone())
                .collect::<Vec<_>>()
        })
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        attempted.set(true);
        let found = draft.with_untracked(Rubric::editor_problems);
        if found.is_empty() {
            on_save.run(cleaned(draft.get_untracked()));
        } else {
            focus_first_problem(&found);
        }
    };

    let add_criterion = move |_| {
        let index = draft.with_untracked(|r| r.criteria.len());
        draft.update(|r| {
            let id = unique_id("criterion", r.criteria.iter().map(|c| c.id.as_str()));
            r.criteria.push(blank_criterion(id));
        });
        announcement.set(format!("Added criterion {}.", index + 1));
        request_animation_frame(move || {
            focus_id(&dom_id(&format!("criteria[{index}].title")));
        });
    };
    let add_question = move |_| {
        let index = draft.with_untracked(|r| r.question_bank.len());
        draft.update(|r| {
            let id = unique_id("question", r.question_bank.iter().map(|q| q.id.as_str()));
            r.question_bank.push(blank_question(id));
        });
        announcement.set(format!("Added question {}.", index + 1));
        request_animation_frame(move || {
            focus_id(&dom_id(&format!("question_bank[{index}].kind")));
        });
    };

    let count = move || problems.with(Vec::len);
    let summary_text = move || match count() {
        1 => "Fix 1 problem before saving.".to_string(),
        n => format!("Fix {n} problems before saving."),
    };
    // Problems with no control in the form (ids) can only be listed in the summary.
    let unplaced = move || {
        problems.with(|ps| {
            ps.iter()
                .filter(|p| form_position(&p.field).is_none())
                .map(|p| p.message.clone())
                .collect::<Vec<_>>()
        })
    };
    let has_problems = move || count() > 0;
    let criteria_message = Memo::new(move |_| problems.with(|ps| message_for(ps, "criteria")));
    let criteria_invalid = move || criteria_message.with(Option::is_some).then_some("true");
    let criteria_described = move || {
        criteria_message
            .with(Option::is_some)
            .then_some("re-criteria-error")
    };

    let text = |path: &str, label: &'static str, value: String, set: fn(&mut Rubric, String)| {
        edit_field(
            Control::Text,
            label,
            None,
            fixed(path),
            value,
            problems,
            Rc::new(move |v| draft.update(|r| set(r, v))),
        )
    };

    // One labelled checkbox over a yes/no setting of the draft.
    let check = move |path: &str, label: &'static str, on: bool, set: fn(&mut Rubric, bool)| {
        view! {
            <div class="field editor-check">
                <label>
                    <input
                        type="checkbox"
                        id=dom_id(path)
                        prop:checked=on
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            draft.update(|r| set(r, on));
                        }
                    />
                    {label}
                </label>
            </div>
        }
    };

    view! {
        <form class="rubric-editor" aria-label="Edit rubric" novalidate on:submit=submit>
            <Show when=has_problems>
                <div class="editor-alert" id=SUMMARY_ID role="alert" tabindex="-1">
                    <p>{summary_text}</p>
                    <ul>
                        {move || {
                            unplaced().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()
                        }}
                    </ul>
                </div>
            </Show>
            <p class="visually-hidden" role="status">
                {move || announcement.get()}
            </p>

            <section class="panel editor-section" aria-labelledby="re-details-heading">
                <h2 id="re-details-heading">"Details"</h2>
                {text("title", "Title", initial.title.clone(), |r, v| r.title = v)}
                <div class="field-row">
                    {text("role", "Role", initial.role.clone(), |r, v| r.role = v)}
                    {edit_field(
                        Control::Number { step: "1" },
                        "Planned call length (minutes)",
                        None,
                        fixed("planned_minutes"),
                        initial.planned_minutes.to_string(),
                        problems,
                        Rc::new(move |v| {
                            draft.update(|r| r.planned_minutes = v.trim().parse().unwrap_or(0))
                        }),
                    )}
                    {edit_field(
                        Control::Number { step: "0.1" },
                        "Pass threshold (1-5)",
                        None,
                        fixed("pass_threshold"),
                        initial.pass_threshold.0.to_string(),
                        problems,
                        Rc::new(move |v| {
                            draft.update(|r| r.pass_threshold = PassThreshold(parse_f64(&v)))
                        }),
                    )}
                </div>
                {edit_field(
                    Control::Lines { rows: 2 },
                    "Summary",
                    None,
                    fixed("summary"),
                    initial.summary.clone(),
                    problems,
                    Rc::new(move |v| draft.update(|r| r.summary = v)),
                )}
                {check(
                    "score_answers",
                    "Score each answer 1-5",
                    initial.score_answers,
                    |r, on| { r.score_answers = on },
                )}
                {check(
                    "first_impression",
                    "Ask for a first impression 3 minutes into the call",
                    initial.first_impression,
                    |r, on| r.first_impression = on,
                )}
                {edit_field(
                    Control::Lines { rows: 3 },
                    "Red flags (one per line)",
                    None,
                    fixed("red_flags"),
                    initial.red_flags.join("\n"),
                    problems,
                    Rc::new(move |v| draft.update(|r| r.red_flags = lines(&v))),
                )}
            </section>

            <section class="panel editor-section" aria-labelledby="re-criteria-heading">
                <h2 id="re-criteria-heading">"Criteria"</h2>
                <p class="field-error" id="re-criteria-error">
                    {move || criteria_message.get()}
                </p>
                <For
                    each=move || criterion_ids.get()
                    key=|id| id.clone()
                    children=move |id| {
                        view! { <CriterionFields id draft problems announcement /> }
                    }
                />
                <button
                    type="button"
                    class="secondary"
                    id="re-criteria"
                    aria-invalid=criteria_invalid
                    aria-describedby=criteria_described
                    on:click=add_criterion
                >
                    "Add criterion"
                </button>
            </section>

            <DecisionRuleFields draft problems />

            <section class="panel editor-section" aria-labelledby="re-questions-heading">
                <h2 id="re-questions-heading">"Question bank"</h2>
                <div class="field-row">
                    {edit_field(
                        Control::Number { step: "1" },
                        "Fewest questions per call",
                        None,
                        fixed("plan"),
                        initial.plan.min.to_string(),
                        problems,
                        Rc::new(move |v| {
                            draft.update(|r| r.plan.min = v.trim().parse().unwrap_or(0))
                        }),
                    )}
                    {edit_field(
                        Control::Number { step: "1" },
                        "Most questions per call",
                        None,
                        fixed("plan.max"),
                        initial.plan.max.to_string(),
                        problems,
                        Rc::new(move |v| {
                            draft.update(|r| r.plan.max = v.trim().parse().unwrap_or(0))
                        }),
                    )}
                </div>
                <For
                    each=move || question_ids.get()
                    key=|id| id.clone()
                    children=move |id| {
                        view! { <QuestionFields id draft problems announcement /> }
                    }
                />
                <button type="button" class="secondary" id="re-add-question" on:click=add_question>
                    "Add question"
                </button>
            </section>

            // Advice that never blocks saving (OPM's five to eight).
            <div class="editor-warnings" role="status">
                {move || {
                    warnings
                        .get()
                        .into_iter()
                        .map(|w| view! { <p class="warning">{w}</p> })
                        .collect_view()
                }}
            </div>
            <div class="editor-actions">
                <button type="submit" class="primary">
                    "Save rubric"
                </button>
                <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}
