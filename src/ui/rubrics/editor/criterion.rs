//! The fields and buttons of one criterion: text, weight (and why, when it differs), levels and
//! signals; move and remove.

use super::fields::{parse_f64, refocus_move, Control};
use super::paths::dom_id;
use super::row::Row;
use crate::model::rubric::RubricProblem;
use crate::model::rubric_draft::{blank_criterion, lines};
use crate::model::{Criterion, Rubric};
use crate::ui::common::item_button::ItemButton;
use leptos::prelude::*;

const MOVE_UP: ItemButton = ItemButton {
    text: "Move up",
    name: |n| format!("Move up criterion {n}"),
    danger: false,
};
const MOVE_DOWN: ItemButton = ItemButton {
    text: "Move down",
    name: |n| format!("Move down criterion {n}"),
    danger: false,
};
const REMOVE: ItemButton = ItemButton {
    text: "Remove",
    name: |n| format!("Remove criterion {n}"),
    danger: true,
};

/// The fields and buttons of one criterion, found by id so they follow it when it moves.
#[component]
pub(super) fn CriterionFields(
    id: String,
    draft: RwSignal<Rubric>,
    problems: Memo<Vec<RubricProblem>>,
    announcement: RwSignal<String>,
) -> impl IntoView {
    let (row, start) = Row::<Criterion>::new(id, draft, problems, blank_criterion);
    let (pos, len) = (row.pos, row.len);
    let number = move || row.number();
    let needs_reason = Memo::new(move |_| draft.with(|r| r.needs_weight_reason(pos.get())));

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
            row.field(
                Control::Lines { rows: 2 },
                label,
                key,
                what,
                start.levels[i].clone(),
                move |c, v| c.levels[i] = v,
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
    let remove = move || {
        let title = draft.with_untracked(|r| {
            r.criteria
                .get(pos.get_untracked())
                .map(|c| c.title.trim().to_string())
        });
        let at = row.remove("title", "re-criteria");
        draft.update(Rubric::drop_stale_must_pass);
        announcement.set(match title {
            Some(t) if !t.is_empty() => format!("Removed criterion {}, {t}.", at + 1),
            _ => format!("Removed criterion {}.", at + 1),
        });
    };
    let first = Signal::derive(move || pos.get() == 0);
    let last = Signal::derive(move || pos.get() + 1 >= len.get());
    let up_id = Signal::derive(move || dom_id(&format!("criteria[{}].up", pos.get())));
    let down_id = Signal::derive(move || dom_id(&format!("criteria[{}].down", pos.get())));
    let number = Signal::derive(number);

    view! {
        <fieldset class="editor-item">
            <legend>{move || format!("Criterion {}", number.get())}</legend>
            <div class="field-row">
                {row
                    .field(
                        Control::Text,
                        "Title",
                        "title",
                        "title",
                        start.title.clone(),
                        |c, v| c.title = v,
                    )}
                {row
                    .field(
                        Control::Number { step: "any" },
                        "Weight",
                        "weight",
                        "weight",
                        start.weight.to_string(),
                        |c, v| c.weight = parse_f64(&v),
                    )}
            </div>
            // Equal weights unless a reason is written down (OPM): asked only of an unusual weight.
            <Show when=move || {
                needs_reason.get()
            }>
                {row
                    .field(
                        Control::Text,
                        "Why this weight?",
                        "weight_reason",
                        "why this weight",
                        draft
                            .with_untracked(|r| {
                                r.criteria
                                    .get(pos.get_untracked())
                                    .map(|c| c.weight_reason.clone())
                                    .unwrap_or_default()
                            }),
                        |c, v| c.weight_reason = v,
                    )}
            </Show>
            {row
                .field(
                    Control::Lines { rows: 2 },
                    "What it assesses",
                    "assesses",
                    "what it assesses",
                    start.assesses.clone(),
                    |c, v| c.assesses = v,
                )}
            <div class="editor-levels">{levels}</div>
            <div class="field-row">
                {row
                    .field(
                        Control::Lines { rows: 2 },
                        "Strong signal",
                        "strong_signal",
                        "strong signal",
                        start.strong_signal.clone(),
                        |c, v| c.strong_signal = v,
                    )}
                {row
                    .field(
                        Control::Lines { rows: 2 },
                        "Weak signal",
                        "weak_signal",
                        "weak signal",
                        start.weak_signal.clone(),
                        |c, v| c.weak_signal = v,
                    )}
            </div>
            {row
                .field(
                    Control::Lines { rows: 3 },
                    "Sample questions (one per line)",
                    "questions",
                    "sample questions (one per line)",
                    start.questions.join("\n"),
                    |c, v| c.questions = lines(&v),
                )}
            <div class="editor-item-actions">
                {MOVE_UP.view(number, Some(first), Some(up_id), move || move_by(true))}
                {MOVE_DOWN.view(number, Some(last), Some(down_id), move || move_by(false))}
                {REMOVE.view(number, None, None, remove)}
            </div>
        </fieldset>
    }
}
