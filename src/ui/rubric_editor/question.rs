//! The fields of one question in the bank: its type, text, what to look for and its red flag.

use super::fields::{edit_field, refocus_remove, Control};
use super::paths::dom_id;
use crate::model::rubric::RubricProblem;
use crate::model::rubric_draft::blank_question;
use crate::model::{Question, QuestionKind, Rubric};
use leptos::prelude::*;

fn edit_question(draft: RwSignal<Rubric>, id: StoredValue<String>, f: impl FnOnce(&mut Question)) {
    id.with_value(|id| {
        draft.update(|r| {
            if let Some(q) = r.question_bank.iter_mut().find(|q| &q.id == id) {
                f(q);
            }
        })
    });
}

/// The fields of one bank question, found by id.
#[component]
pub(super) fn QuestionFields(
    id: String,
    draft: RwSignal<Rubric>,
    problems: Memo<Vec<RubricProblem>>,
    announcement: RwSignal<String>,
) -> impl IntoView {
    let start = draft
        .with_untracked(|r| r.question(&id).cloned())
        .unwrap_or_else(|| blank_question(id.clone()));
    let id = StoredValue::new(id);
    let pos = Memo::new(move |_| {
        id.with_value(|id| draft.with(|r| r.question_bank.iter().position(|q| &q.id == id)))
            .unwrap_or(0)
    });
    let number = move || pos.get() + 1;
    let path = move |name: &'static str| {
        Signal::derive(move || format!("question_bank[{}].{name}", pos.get()))
    };
    let name = move |what: &'static str| {
        Some(Signal::derive(move || {
            format!("Question {} {what}", pos.get() + 1)
        }))
    };
    let field = move |control: Control,
                      label: &'static str,
                      key: &'static str,
                      what: &'static str,
                      value: String,
                      set: fn(&mut Question, String)| {
        edit_field(
            control,
            label,
            name(what),
            path(key),
            value,
            problems,
            move |v| edit_question(draft, id, |q| set(q, v)),
        )
    };
    let kind_id = move || dom_id(&format!("question_bank[{}].kind", pos.get()));
    let kind = start.kind;
    let remove = move |_| {
        let at = pos.get_untracked();
        id.with_value(|id| draft.update(|r| r.question_bank.retain(|q| &q.id != id)));
        let left = draft.with_untracked(|r| r.question_bank.len());
        announcement.set(format!("Removed question {}.", at + 1));
        refocus_remove("question_bank", "kind", at, left, "re-add-question");
    };

    view! {
        <fieldset class="editor-item">
            <legend>{move || format!("Question {}", number())}</legend>
            <div class="field">
                <label for=kind_id>"Type"</label>
                <select
                    id=kind_id
                    aria-label=move || format!("Question {} type", number())
                    on:change:target=move |ev| {
                        if let Some(k) = QuestionKind::parse(&ev.target().value()) {
                            edit_question(draft, id, |q| q.kind = k);
                        }
                    }
                >
                    {QuestionKind::ALL
                        .into_iter()
                        .map(|k| {
                            view! {
                                <option value=k.as_str() selected=k == kind>
                                    {k.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {field(
                Control::Lines { rows: 2 },
                "Question",
                "text",
                "text",
                start.text.clone(),
                |q, v| q.text = v,
            )}
            <div class="field-row">
                {field(
                    Control::Text,
                    "Look for",
                    "look_for",
                    "look for",
                    start.look_for.clone(),
                    |q, v| q.look_for = v,
                )}
                {field(
                    Control::Text,
                    "Red flag",
                    "red_flag",
                    "red flag",
                    start.red_flag.clone(),
                    |q, v| q.red_flag = v,
                )}
            </div>
            <div class="editor-item-actions">
                <button
                    type="button"
                    class="quiet danger"
                    aria-label=move || format!("Remove question {}", number())
                    on:click=remove
                >
                    "Remove"
                </button>
            </div>
        </fieldset>
    }
}
