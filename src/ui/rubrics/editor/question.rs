//! The fields of one question in the bank: its type, text, what to look for and its red flag.

use super::fields::Control;
use super::paths::dom_id;
use super::row::Row;
use crate::model::rubric::RubricProblem;
use crate::model::rubric_draft::blank_question;
use crate::model::{Question, QuestionKind, Rubric};
use crate::ui::common::item_button::ItemButton;
use leptos::prelude::*;

const REMOVE: ItemButton = ItemButton {
    text: "Remove",
    name: |n| format!("Remove question {n}"),
    danger: true,
};

/// The fields of one bank question, found by id.
#[component]
pub(super) fn QuestionFields(
    id: String,
    draft: RwSignal<Rubric>,
    problems: Memo<Vec<RubricProblem>>,
    announcement: RwSignal<String>,
) -> impl IntoView {
    let (row, start) = Row::<Question>::new(id, draft, problems, blank_question);
    let pos = row.pos;
    let number = move || row.number();
    let kind_id = move || dom_id(&format!("question_bank[{}].kind", pos.get()));
    let kind = start.kind;
    let remove = move || {
        let at = row.remove("kind", "re-add-question");
        announcement.set(format!("Removed question {}.", at + 1));
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
                            row.edit(|q| q.kind = k);
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
            {row
                .field(
                    Control::Lines { rows: 2 },
                    "Question",
                    "text",
                    "text",
                    start.text.clone(),
                    |q, v| q.text = v,
                )}
            <div class="field-row">
                {row
                    .field(
                        Control::Text,
                        "Look for",
                        "look_for",
                        "look for",
                        start.look_for.clone(),
                        |q, v| q.look_for = v,
                    )}
                {row
                    .field(
                        Control::Text,
                        "Red flag",
                        "red_flag",
                        "red flag",
                        start.red_flag.clone(),
                        |q, v| q.red_flag = v,
                    )}
            </div>
            <div class="editor-item-actions">
                {REMOVE.view(Signal::derive(number), None, None, remove)}
            </div>
        </fieldset>
    }
}
