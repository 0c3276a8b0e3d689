//! The rubric editor: a form over a draft rubric. Every input edits the draft; "Save rubric"
//! checks it with [`Rubric::problems`] and hands a valid copy to `on_save`, or shows each
//! problem next to its field, a summary at the top, and moves focus to the first bad field.
//!
//! Inputs are uncontrolled after their first value: what the user typed stays visible even when
//! it does not parse (an unparsable number becomes a value `problems()` rejects instead).
//! Field DOM ids follow the problem paths (`criteria[2].weight` is `re-criteria-2-weight`), so a
//! problem finds its field by position, and ids move with a criterion when it is reordered.

use crate::model::rubric::{default_recommendations, RubricProblem};
use crate::model::{Criterion, PassThreshold, Question, QuestionKind, QuestionPlan, Rubric};
use leptos::prelude::*;
use std::collections::HashSet;
use wasm_bindgen::JsCast;

/// A new rubric with one empty criterion, for the user to fill in.
pub fn blank_rubric(id: String) -> Rubric {
    Rubric {
        id,
        title: String::new(),
        role: String::new(),
        summary: String::new(),
        criteria: vec![blank_criterion("criterion-1".into())],
        red_flags: vec![],
        recommendations: default_recommendations(),
        pass_threshold: PassThreshold::default(),
        planned_minutes: 30,
        question_bank: vec![],
        question_guidance: vec![],
        plan: QuestionPlan::default(),
        score_answers: false,
    }
}

fn blank_criterion(id: String) -> Criterion {
    Criterion {
        id,
        title: String::new(),
        assesses: String::new(),
        weight: 1.0,
        levels: Default::default(),
        strong_signal: String::new(),
        weak_signal: String::new(),
        questions: vec![],
    }
}

fn blank_question(id: String) -> Question {
    Question {
        id,
        kind: QuestionKind::General,
        text: String::new(),
        look_for: String::new(),
        red_flag: String::new(),
        target_seconds: None,
    }
}

/// `{prefix}-1`, `{prefix}-2`, …: the first one not in `taken`.
fn unique_id<'a>(prefix: &str, taken: impl IntoIterator<Item = &'a str>) -> String {
    let taken: HashSet<&str> = taken.into_iter().collect();
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken.contains(id.as_str()))
        .expect("an unused id exists")
}

/// Rows are keyed by id, and the editor cannot edit ids: give empty or repeated ids fresh ones.
fn repair_ids(rubric: &mut Rubric) {
    let mut seen = HashSet::new();
    for i in 0..rubric.criteria.len() {
        let id = rubric.criteria[i].id.clone();
        if id.trim().is_empty() || !seen.insert(id) {
            let fresh = unique_id("criterion", rubric.criteria.iter().map(|c| c.id.as_str()));
            seen.insert(fresh.clone());
            rubric.criteria[i].id = fresh;
        }
    }
    let mut seen = HashSet::new();
    for i in 0..rubric.question_bank.len() {
        let id = rubric.question_bank[i].id.clone();
        if id.trim().is_empty() || !seen.insert(id) {
            let fresh = unique_id(
                "question",
                rubric.question_bank.iter().map(|q| q.id.as_str()),
            );
            seen.insert(fresh.clone());
            rubric.question_bank[i].id = fresh;
        }
    }
}

/// The rubric as saved: titles and question texts trimmed.
fn cleaned(mut rubric: Rubric) -> Rubric {
    rubric.title = rubric.title.trim().to_string();
    rubric.role = rubric.role.trim().to_string();
    for c in &mut rubric.criteria {
        c.title = c.title.trim().to_string();
    }
    for q in &mut rubric.question_bank {
        q.text = q.text.trim().to_string();
    }
    rubric
}

/// The non-empty trimmed lines of a textarea.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// The DOM id of the control for a problem path: `criteria[2].weight` → `re-criteria-2-weight`.
fn dom_id(field: &str) -> String {
    let mut id = String::from("re-");
    for ch in field.chars() {
        if ch.is_ascii_alphanumeric() || ch == '_' {
            id.push(ch);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// `criteria[2].weight` → `Some(("criteria", 2, "weight"))`.
fn split_path(field: &str) -> Option<(&str, usize, &str)> {
    let (list, rest) = field.split_once('[')?;
    let (index, name) = rest.split_once("].")?;
    Some((list, index.parse().ok()?, name))
}

/// Where a problem's field sits in the form, top to bottom; `None` when the form has no control
/// for it (the rubric id, criterion and question ids), so only the summary can show it.
fn form_position(field: &str) -> Option<(u8, usize, u8)> {
    let top = |n| Some((0, 0, n));
    match field {
        "title" => top(0),
        "role" => top(1),
        "summary" => top(2),
        "planned_minutes" => top(3),
        "pass_threshold" => top(4),
        "criteria" => Some((1, 0, 0)),
        "plan" => Some((3, 0, 0)),
        _ => match split_path(field)? {
            ("criteria", i, name) => {
                let order = [
                    "title",
                    "assesses",
                    "weight",
                    "levels",
                    "strong_signal",
                    "weak_signal",
                    "questions",
                ];
                let n = order.iter().position(|o| name.starts_with(o))?;
                Some((2, i, n as u8))
            }
            ("question_bank", i, name) => {
                let order = ["kind", "text", "look_for", "red_flag"];
                let n = order.iter().position(|o| *o == name)?;
                Some((4, i, n as u8))
            }
            _ => None,
        },
    }
}

/// The messages for one field, joined; `None` when it has none.
fn message_for(problems: &[RubricProblem], field: &str) -> Option<String> {
    let messages: Vec<&str> = problems
        .iter()
        .filter(|p| p.field == field)
        .map(|p| p.message.as_str())
        .collect();
    (!messages.is_empty()).then(|| messages.join(" "))
}

fn focus_id(id: &str) -> bool {
    match document().get_element_by_id(id) {
        Some(el) => {
            let el: web_sys::HtmlElement = el.unchecked_into();
            el.focus().is_ok()
        }
        None => false,
    }
}

const SUMMARY_ID: &str = "re-summary";

/// Focus the first field with a problem, in form order; the summary when none has a control.
fn focus_first_problem(problems: &[RubricProblem]) {
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
enum Control {
    Text,
    Number { step: &'static str },
    Lines { rows: u32 },
}

/// One labelled control whose id, accessible name and error follow the field path `path`.
/// `name` overrides the accessible name where the visible label repeats (per criterion).
fn edit_field(
    control: Control,
    label: &'static str,
    name: Option<Signal<String>>,
    path: Signal<String>,
    initial: String,
    problems: Memo<Vec<RubricProblem>>,
    on_input: impl Fn(String) + 'static,
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

fn fixed(path: &str) -> Signal<String> {
    Signal::stored(path.to_string())
}

fn parse_f64(text: &str) -> f64 {
    text.trim().parse().unwrap_or(f64::NAN)
}

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
            draft.with(Rubric::problems)
        } else {
            Vec::new()
        }
    });
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
        let found = draft.with_untracked(Rubric::problems);
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
            move |v| draft.update(|r| set(r, v)),
        )
    };

    view! {
        <form class="rubric-editor" aria-label="Edit rubric" novalidate on:submit=submit>
            <Show when=has_problems>
                <div class="editor-alert" id=SUMMARY_ID role="alert" tabindex="-1">
                    <p>{summary_text}</p>
                    <ul>
                        {move || {
                            unplaced()
                                .into_iter()
                                .map(|m| view! { <li>{m}</li> })
                                .collect_view()
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
                        move |v| {
                            draft.update(|r| r.planned_minutes = v.trim().parse().unwrap_or(0))
                        },
                    )}
                    {edit_field(
                        Control::Number { step: "0.1" },
                        "Pass threshold (1-5)",
                        None,
                        fixed("pass_threshold"),
                        initial.pass_threshold.0.to_string(),
                        problems,
                        move |v| draft.update(|r| r.pass_threshold = PassThreshold(parse_f64(&v))),
                    )}
                </div>
                {edit_field(
                    Control::Lines { rows: 2 },
                    "Summary",
                    None,
                    fixed("summary"),
                    initial.summary.clone(),
                    problems,
                    move |v| draft.update(|r| r.summary = v),
                )}
                <div class="field editor-check">
                    <label>
                        <input
                            type="checkbox"
                            id="re-score_answers"
                            prop:checked=initial.score_answers
                            on:change:target=move |ev| {
                                let on = ev.target().checked();
                                draft.update(|r| r.score_answers = on);
                            }
                        />
                        "Score each answer 1-5"
                    </label>
                </div>
                {edit_field(
                    Control::Lines { rows: 3 },
                    "Red flags (one per line)",
                    None,
                    fixed("red_flags"),
                    initial.red_flags.join("\n"),
                    problems,
                    move |v| draft.update(|r| r.red_flags = lines(&v)),
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
                        move |v| draft.update(|r| r.plan.min = v.trim().parse().unwrap_or(0)),
                    )}
                    {edit_field(
                        Control::Number { step: "1" },
                        "Most questions per call",
                        None,
                        fixed("plan.max"),
                        initial.plan.max.to_string(),
                        problems,
                        move |v| draft.update(|r| r.plan.max = v.trim().parse().unwrap_or(0)),
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

            <div class="editor-actions">
                <button type="submit" class="primary">"Save rubric"</button>
                <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>
                    "Cancel"
                </button>
            </div>
        </form>
    }
}

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

/// After a move, keep focus on the moved item's button, or its other one at an end.
fn refocus_move(list: &'static str, to: usize, len: usize, up_first: bool) {
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
fn refocus_remove(
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

/// The fields and buttons of one criterion, found by id so they follow it when it moves.
#[component]
fn CriterionFields(
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
fn QuestionFields(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_follow_problem_paths() {
        assert_eq!(dom_id("title"), "re-title");
        assert_eq!(dom_id("criteria[2].weight"), "re-criteria-2-weight");
        assert_eq!(dom_id("criteria[0].levels[4]"), "re-criteria-0-levels-4");
        assert_eq!(dom_id("question_bank[1].text"), "re-question_bank-1-text");
    }

    #[test]
    fn problems_are_ordered_as_the_form_reads() {
        assert!(form_position("title") < form_position("planned_minutes"));
        assert!(form_position("pass_threshold") < form_position("criteria[0].title"));
        assert!(form_position("criteria[0].weight") < form_position("criteria[1].title"));
        assert!(form_position("criteria[3].weight") < form_position("plan"));
        assert!(form_position("plan") < form_position("question_bank[0].text"));
        assert_eq!(form_position("id"), None);
        assert_eq!(form_position("criteria[1].id"), None);
    }

    #[test]
    fn new_ids_are_unique_and_broken_ids_are_repaired() {
        assert_eq!(unique_id("criterion", ["criterion-1", "x"]), "criterion-2");
        let mut r = blank_rubric("r".into());
        r.criteria.push(blank_criterion("criterion-1".into()));
        r.criteria.push(blank_criterion(" ".into()));
        repair_ids(&mut r);
        let ids: Vec<_> = r.criteria.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["criterion-1", "criterion-2", "criterion-3"]);
    }

    #[test]
    fn a_blank_rubric_only_lacks_titles() {
        let fields: Vec<_> = blank_rubric("r".into())
            .problems()
            .into_iter()
            .map(|p| p.field)
            .collect();
        assert_eq!(fields, ["title", "criteria[0].title"]);
    }
}
