//! One labelled editor control bound to a problem path, and moving focus between fields.

use super::paths::{dom_id, form_position, message_for};
use crate::model::rubric::RubricProblem;
pub(super) use crate::ui::common::focus::focus_id;
use leptos::prelude::*;

pub(super) const SUMMARY_ID: &str = "re-summary";

/// Focus the first field with a problem, in form order; the summary when none has a control.
pub(super) fn focus_first_problem(problems: &[RubricProblem]) {
    let first = problems
        .iter()
        .filter_map(|p| form_position(&p.field).map(|pos| (pos, dom_id(&p.field))))
        .min_by_key(|(pos, _)| *pos);
    if let Some((_, id)) = first {
        if focus_id(&id) {
            return;
        }
    }
    // The summary renders after this handler returns.
    request_animation_frame(|| {
        focus_id(SUMMARY_ID);
    });
}

/// The kind of control one editor field is.
#[derive(Clone, Copy)]
pub(super) enum Control {
    Text,
    Number { step: &'static str },
    Lines { rows: u32 },
}

/// One labelled control whose id, accessible name and error follow the field path `path`.
/// `name` overrides the accessible name where the visible label repeats (per criterion).
/// `on_input` is shared rather than generic: one copy of the view code for every caller.
pub(super) fn edit_field(
    control: Control,
    label: &'static str,
    name: Option<Signal<String>>,
    path: Signal<String>,
    initial: String,
    problems: Memo<Vec<RubricProblem>>,
    on_input: std::rc::Rc<dyn Fn(String)>,
) -> AnyView {
    let id = move || path.with(|p| dom_id(p));
    let error_id = move || format!("{}-error", id());
    let message = Memo::new(move |_| path.with(|p| problems.with(|ps| message_for(ps, p))));
    let invalid = move || message.with(Option::is_some).then_some("true");
    let described = move || message.with(Option::is_some).then(error_id);
    let aria_label = move || name.map(|n| n.get());
    let control = match control {
        Control::Text | Control::Number { .. } => {
            let (kind, step, mode) = match control {
                Control::Number { step } => ("number", Some(step), Some("decimal")),
                _ => ("text", None, None),
            };
            let on_input = on_input.clone();
            view! {
                <input
                    type=kind
                    step=step
                    inputmode=mode
                    id=id
                    autocomplete="off"
                    aria-label=aria_label
                    aria-invalid=invalid
                    aria-describedby=described
                    prop:value=initial
                    on:input:target=move |ev| on_input(ev.target().value())
                />
            }
            .into_any()
        }
        Control::Lines { rows } => view! {
            <textarea
                id=id
                rows=rows.to_string()
                aria-label=aria_label
                aria-invalid=invalid
                aria-describedby=described
                prop:value=initial
                on:input:target=move |ev| on_input(ev.target().value())
            ></textarea>
        }
        .into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            {control}
            <p class="field-error" id=error_id>
                {move || message.get()}
            </p>
        </div>
    }
    .into_any()
}

pub(super) fn fixed(path: &str) -> Signal<String> {
    Signal::stored(path.to_string())
}

pub(super) fn parse_f64(text: &str) -> f64 {
    text.trim().parse().unwrap_or(f64::NAN)
}

/// After a move, keep focus on the moved item's button, or its other one at an end.
pub(super) fn refocus_move(list: &'static str, to: usize, len: usize, up_first: bool) {
    request_animation_frame(move || {
        let up = dom_id(&format!("{list}[{to}].up"));
        let down = dom_id(&format!("{list}[{to}].down"));
        let (first, second) = if up_first { (up, down) } else { (down, up) };
        let at_end = if up_first { to == 0 } else { to + 1 == len };
        if at_end || !focus_id(&first) {
            focus_id(&second);
        }
    });
}

/// After a removal, focus the item now in its place, else the one before, else `fallback`.
pub(super) fn refocus_remove(
    list: &'static str,
    field: &'static str,
    at: usize,
    len: usize,
    fallback: &'static str,
) {
    request_animation_frame(move || {
        let target = if at < len {
            Some(at)
        } else {
            len.checked_sub(1)
        };
        match target {
            Some(i) => {
                focus_id(&dom_id(&format!("{list}[{i}].{field}")));
            }
            None => {
                focus_id(fallback);
            }
        }
    });
}
