//! The decision rule in the editor: must-pass criteria (a criterion and a minimum level each,
//! added and removed) and the red-flag policy. Locked with the threshold on every scorecard
//! started from the rubric, since a scorecard keeps its snapshot.

use super::paths::{dom_id, message_for};
use crate::model::rubric::RubricProblem;
use crate::model::{MustPass, RedFlagPolicy, Rubric, Score};
use leptos::prelude::*;

#[component]
pub(super) fn DecisionRuleFields(
    draft: RwSignal<Rubric>,
    problems: Memo<Vec<RubricProblem>>,
) -> impl IntoView {
    let count = Memo::new(move |_| draft.with(|r| r.decision_rule.must_pass.len()));
    let add = move |_| {
        let index = count.get_untracked();
        draft.update(|r| {
            let first = r.criteria.first().map(|c| c.id.clone()).unwrap_or_default();
            r.decision_rule.must_pass.push(MustPass {
                criterion: first,
                min_level: Score::new(3).expect("3 is a score"),
            });
        });
        request_animation_frame(move || {
            super::focus_id(&dom_id(&format!(
                "decision_rule.must_pass[{index}].criterion"
            )));
        });
    };
    let policy = move || draft.with(|r| r.decision_rule.red_flags.as_str());
    view! {
        <section class="panel editor-section" aria-labelledby="re-rule-heading">
            <h2 id="re-rule-heading">"Decision rule"</h2>
            <p class="muted small">
                "Fixed before the first call, like the pass threshold: at or above the threshold is Hire, one point above Strong Hire, more than one below Strong No Hire."
            </p>
            <div class="field">
                <label for="re-decision_rule-red_flags">"Red flags in the decision rule"</label>
                <select
                    id="re-decision_rule-red_flags"
                    prop:value=policy
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        if let Some(p) = RedFlagPolicy::ALL
                            .into_iter()
                            .find(|p| p.as_str() == value)
                        {
                            draft.update(|r| r.decision_rule.red_flags = p);
                        }
                    }
                >
                    {RedFlagPolicy::ALL
                        .into_iter()
                        .map(|p| view! { <option value=p.as_str()>{p.label()}</option> })
                        .collect_view()}
                </select>
            </div>
            {move || (0..count.get()).map(|i| must_pass_row(draft, problems, i)).collect_view()}
            <button type="button" class="secondary" id="re-add-must-pass" on:click=add>
                "Add must-pass criterion"
            </button>
        </section>
    }
}

/// One must-pass row: which criterion, its minimum level, and "Remove".
fn must_pass_row(
    draft: RwSignal<Rubric>,
    problems: Memo<Vec<RubricProblem>>,
    i: usize,
) -> impl IntoView {
    let path = format!("decision_rule.must_pass[{i}].criterion");
    let id = dom_id(&path);
    let error_id = format!("{id}-error");
    let message = Memo::new(move |_| problems.with(|ps| message_for(ps, &path)));
    let entry = move || draft.with(|r| r.decision_rule.must_pass.get(i).cloned());
    let criteria = move || {
        draft.with(|r| {
            r.criteria
                .iter()
                .map(|c| (c.id.clone(), c.title.clone()))
                .collect::<Vec<_>>()
        })
    };
    let edit = move |f: Box<dyn FnOnce(&mut MustPass)>| {
        draft.update(|r| {
            if let Some(m) = r.decision_rule.must_pass.get_mut(i) {
                f(m);
            }
        })
    };
    let n = i + 1;
    view! {
        <div class="field-row must-pass" role="group" aria-label=format!("Must-pass criterion {n}")>
            <div class="field">
                <label for=id.clone()>{format!("Must-pass criterion {n}")}</label>
                <select
                    id=id.clone()
                    prop:value=move || entry().map(|m| m.criterion).unwrap_or_default()
                    aria-invalid=move || message.with(Option::is_some).then_some("true")
                    aria-describedby=error_id.clone()
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        edit(Box::new(move |m| m.criterion = value));
                    }
                >
                    {move || {
                        criteria()
                            .into_iter()
                            .map(|(cid, title)| {
                                let shown = if title.trim().is_empty() {
                                    cid.clone()
                                } else {
                                    title
                                };
                                view! { <option value=cid>{shown}</option> }
                            })
                            .collect_view()
                    }}
                </select>
                <p class="field-error" id=error_id>
                    {move || message.get()}
                </p>
            </div>
            <div class="field">
                <label for=format!("{id}-min")>{format!("Minimum level {n}")}</label>
                <select
                    id=format!("{id}-min")
                    prop:value=move || {
                        entry().map(|m| m.min_level.value().to_string()).unwrap_or_default()
                    }
                    on:change:target=move |ev| {
                        if let Some(s) = ev.target().value().parse().ok().and_then(Score::new) {
                            edit(Box::new(move |m| m.min_level = s));
                        }
                    }
                >
                    {Score::all()
                        .map(|s| {
                            view! { <option value=s.value().to_string()>{s.to_string()}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <button
                type="button"
                class="quiet danger"
                aria-label=format!("Remove must-pass criterion {n}")
                on:click=move |_| {
                    draft
                        .update(|r| {
                            if i < r.decision_rule.must_pass.len() {
                                r.decision_rule.must_pass.remove(i);
                            }
                        })
                }
            >
                "Remove"
            </button>
        </div>
    }
}
