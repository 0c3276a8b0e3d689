//! The summary panel: weighted score, completion, threshold result, red flags to watch for,
//! the overall recommendation and notes.

use super::state::use_app;
use crate::model::{Recommendation, Status, Verdict};
use leptos::prelude::*;

#[component]
pub fn SummaryPanel(status: Memo<Status>) -> impl IntoView {
    let state = use_app();
    let read = |f: fn(&crate::model::Scorecard) -> String| state.read(f);
    let verdict =
        Memo::new(move |_| state.read(|c| Some(c.verdict()))().unwrap_or(Verdict::Incomplete));
    let recommendation = Memo::new(move |_| state.read(|c| c.recommendation)());
    let red_flags = state
        .current
        .with_untracked(|c| c.as_ref().map(|c| c.rubric.red_flags.clone()))
        .unwrap_or_default();
    let has_red_flags = !red_flags.is_empty();
    let completed = move || status.get() == Status::Completed;
    let guidance = move || {
        state.current.with(|c| {
            c.as_ref().and_then(|c| {
                let r = c.recommendation?;
                c.rubric.guidance(r).map(|g| format!("{}: {g}", r.label()))
            })
        })
    };

    view! {
        <aside class="summary" aria-label="Result and recommendation">
            <section class="panel result" aria-labelledby="result-title">
                <h2 id="result-title">"Result"</h2>
                <dl class="figures">
                    <div>
                        <dt>"Weighted score"</dt>
                        <dd class="figure">
                            {read(|c| {
                                c.weighted_score()
                                    .map(|s| format!("{s:.2} / 5"))
                                    .unwrap_or_else(|| "–".into())
                            })}
                        </dd>
                    </div>
                    <div>
                        <dt>"Completion"</dt>
                        <dd>
                            {read(|c| {
                                let done = c.completion();
                                format!(
                                    "{} of {} {} scored",
                                    done.scored,
                                    done.total,
                                    c.completion_noun()
                                )
                            })}
                        </dd>
                    </div>
                    <div>
                        <dt>"Pass threshold"</dt>
                        <dd>
                            {read(|c| format!("{:.2}", c.rubric.pass_threshold.0))}
                            " · "
                            <span class=move || {
                                format!("verdict verdict-{}", verdict.get().as_str())
                            }>{move || verdict.get().label()}</span>
                        </dd>
                    </div>
                </dl>
            </section>
            <Show when=move || has_red_flags>
                <section class="panel red-flags" aria-labelledby="flags-title">
                    <h2 id="flags-title">"Red flags to watch for"</h2>
                    <ul>
                        {red_flags.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}
                    </ul>
                </section>
            </Show>
            <section class="panel recommendation" aria-labelledby="rec-title">
                <h2 id="rec-title">"Overall recommendation"</h2>
                <div class="rec-options" role="radiogroup" aria-labelledby="rec-title">
                    {Recommendation::ALL
                        .into_iter()
                        .map(|r| {
                            view! {
                                <label class=format!("rec-option rec-{}", r.as_str())>
                                    <input
                                        type="radio"
                                        name="recommendation"
                                        value=r.as_str()
                                        prop:checked=move || recommendation.get() == Some(r)
                                        on:change=move |_| {
                                            state.edit(|card, now| card.set_recommendation(Some(r), now))
                                        }
                                    />
                                    <span>{r.label()}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
                <p class="muted guidance">{guidance}</p>
                <div class="field">
                    <label for="overall-notes">"Overall notes"</label>
                    <textarea
                        id="overall-notes"
                        rows="4"
                        prop:value=read(|c| c.notes.clone())
                        on:input:target=move |ev| {
                            let text = ev.target().value();
                            state.edit(|card, now| card.set_notes(text, now));
                        }
                    ></textarea>
                </div>
                <button
                    type="button"
                    class=move || if completed() { "secondary" } else { "primary" }
                    on:click=move |_| {
                        let next = if completed() { Status::Draft } else { Status::Completed };
                        state.edit(|card, now| card.set_status(next, now));
                    }
                >
                    {move || if completed() { "Reopen scorecard" } else { "Mark completed" }}
                </button>
            </section>
        </aside>
    }
}
