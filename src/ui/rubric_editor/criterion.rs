//! The fields and buttons of one criterion: text, weight, levels and signals; move and remove.

use super::fields::{edit_field, parse_f64, refocus_move, refocus_remove, Control};
use super::paths::dom_id;
use crate::model::rubric::RubricProblem;
use crate::model::rubric_draft::{blank_criterion, lines};
use crate::model::{Criterion, Rubric};
use leptos::prelude::*;

fn edit_criterion(
    draft: RwSignal<Rubric>,
    id: StoredValue<String>,
    f: impl FnOnce(&mut Criterion),
) {
    id.with_value(|id| {
        draft.update(|r| {
            if let Some(c) = r.criteria.iter_mut().find(|c| &c.id == id) {
                f(c);
            }
        })
    });
}

/// The fields and buttons of one criterion, found by id so they follow it when it moves.
#[component]
pub(super) fn CriterionFields(
    id: String,
    draft: RwSignal<Rubric>,
    problems: Memo<Vec<RubricProblem>>,
    announcement: RwSignal<String>,
) -> impl IntoView {
    let start = draft
        .with_untracked(|r| r.criterion(&id).cloned())
        .unwrap_or_else(|| blank_criterion(id.clone()));
    let id = StoredValue::new(id);
    let pos = Memo::new(move |_| {
        id.with_value(|id| draft.with(|r| r.criteria.iter().position(|c| &c.id == id)))
            .unwrap_or(0)
    });
    let len = Memo::new(move |_| draft.with(|r| r.criteria.len()));
    let number = move || pos.get() + 1;
    let path =
        move |name: &'static str| Signal::derive(move || format!("criteria[{}].{name}", pos.get()));
    let name = move |what: &'static str| {
        Some(Signal::derive(move || {
            format!("Criterion {} {what}", pos.get() + 1)
        }))
    };
    let field = move |control: Control,
                      label: &'static str,
                      key: &'static str,
                      what: &'static str,
                      value: String,
                      set: fn(&mut Criterion, String)| {
        edit_field(
            control,
            label,
            name(what),
            path(key),
            value,
            problems,
            move |v| edit_criterion(draft, id, |c| set(c, v)),
        )
    };

    let levels = (0..5)
        .map(|i| {
            let label = ["Level 1", "Level 2", "Level 3", "Level 4", "Level 5"][i];
            let what = ["level 1", "level 2", "level 3", "level 4", "level 5"][i];
            let key = [
                "levels[0]",
                "levels[1]",
                "levels[2]",
                "levels[3]",
                "levels[4]",
            ][i];
            edit_field(
                Control::Lines { rows: 2 },
                label,
                name(what),
                path(key),
                start.levels[i].clone(),
                problems,
                move |v| edit_criterion(draft, id, |c| c.levels[i] = v),
            )
        })
        .collect_view();

    let move_by = move |up: bool| {
        let from = pos.get_untracked();
        let n = len.get_untracked();
        let to = if up {
            from.checked_sub(1)
        } else {
            Some(from + 1).filter(|t| *t < n)
        };
        let Some(to) = to else { return };
        draft.update(|r| r.criteria.swap(from, to));
        announcement.set(format!(
            "Moved criterion {} to position {}.",
            from + 1,
            to + 1
        ));
        refocus_move("criteria", to, n, up);
    };
    let remove = move |_| {
        let at = pos.get_untracked();
        let title =
            draft.with_untracked(|r| r.criteria.get(at).map(|c| c.title.trim().to_string()));
        id.with_value(|id| draft.update(|r| r.criteria.retain(|c| &c.id != id)));
        let left = len.get_untracked();
        announcement.set(match title {
            Some(t) if !t.is_empty() => format!("Removed criterion {}, {t}.", at + 1),
            _ => format!("Removed criterion {}.", at + 1),
        });
        refocus_remove("criteria", "title", at, left, "re-criteria");
    };
    let first = move || pos.get() == 0;
    let last = move || pos.get() + 1 >= len.get();
    let up_id = move || dom_id(&format!("criteria[{}].up", pos.get()));
    let down_id = move || dom_id(&format!("criteria[{}].down", pos.get()));

    view! {
        <fieldset class="editor-item">
            <legend>{move || format!("Criterion {}", number())}</legend>
            <div class="field-row">
                {field(Control::Text, "Title", "title", "title", start.title.clone(), |c, v| c.title = v)}
                {field(
                    Control::Number { step: "any" },
                    "Weight",
                    "weight",
                    "weight",
                    start.weight.to_string(),
                    |c, v| c.weight = parse_f64(&v),
                )}
            </div>
            {field(
                Control::Lines { rows: 2 },
                "What it assesses",
                "assesses",
                "what it assesses",
                start.assesses.clone(),
                |c, v| c.assesses = v,
            )}
            <div class="editor-levels">{levels}</div>
            <div class="field-row">
                {field(
                    Control::Lines { rows: 2 },
                    "Strong signal",
                    "strong_signal",
                    "strong signal",
                    start.strong_signal.clone(),
                    |c, v| c.strong_signal = v,
                )}
                {field(
                    Control::Lines { rows: 2 },
                    "Weak signal",
                    "weak_signal",
                    "weak signal",
                    start.weak_signal.clone(),
                    |c, v| c.weak_signal = v,
                )}
            </div>
            {field(
                Control::Lines { rows: 3 },
                "Sample questions (one per line)",
                "questions",
                "sample questions (one per line)",
                start.questions.join("\n"),
                |c, v| c.questions = lines(&v),
            )}
            <div class="editor-item-actions">
                <button
                    type="button"
                    class="quiet"
                    id=up_id
                    disabled=first
                    aria-label=move || format!("Move criterion {} up", number())
                    on:click=move |_| move_by(true)
                >
                    "Move up"
                </button>
                <button
                    type="button"
                    class="quiet"
                    id=down_id
                    disabled=last
                    aria-label=move || format!("Move criterion {} down", number())
                    on:click=move |_| move_by(false)
                >
                    "Move down"
                </button>
                <button
                    type="button"
                    class="quiet danger"
                    aria-label=move || format!("Remove criterion {}", number())
                    on:click=remove
                >
                    "Remove"
                </button>
            </div>
        </fieldset>
    }
}
