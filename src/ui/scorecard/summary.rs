//! The summary panel: weighted score, completion, the threshold (fixed once scoring starts,
//! changed only through an explicit unlock that is recorded), red flags, the recommendation
//! with contradiction warnings, overall notes, and completing the scorecard.

use crate::export::report::first_impression;
use crate::model::{Recommendation, Scorecard, Status, Verdict};
use crate::ui::common::note_hint::NoteHint;
use crate::ui::scorecard::flags::RedFlags;
use crate::ui::scorecard::rule::{RuleAdvice, REASON_ID, REASON_NEEDED_ID};
use crate::ui::scorecard::threshold::ThresholdLock;
use crate::ui::state::use_session;
use leptos::prelude::*;

#[component]
pub fn SummaryPanel(status: Memo<Status>) -> impl IntoView {
    let session = use_session();
    let read = move |f: fn(&Scorecard) -> String| move || session.with_card(f);
    let verdict = Memo::new(move |_| {
        session
            .with_card(|c| Some(c.verdict()))
            .unwrap_or(Verdict::Incomplete)
    });
    let recommendation = Memo::new(move |_| session.with_card(|c| c.recommendation));
    let contradictions = Memo::new(move |_| session.with_card(Scorecard::contradictions));
    let completed = move || status.get() == Status::Completed;
    let guidance = move || {
        session.with_card(|c| {
            let r = c.recommendation?;
            c.rubric.guidance(r).map(|g| format!("{}: {g}", r.label()))
        })
    };

    view! {
        <aside class="summary" aria-label="Result and recommendation">
            // A completed card is read-only: every control in here is disabled at once.
            <fieldset class="lock" disabled=completed>
                <section class="panel result" aria-labelledby="result-title">
                    <h2 id="result-title">"Result"</h2>
                    <dl class="figures">
                        <div>
                            <dt>"Weighted score"</dt>
                            <dd class="figure">
                                {read(|c| {
                                    c.weighted_score()
                                        .map(|s| format!("{s:.2} / 5"))
                                        .unwrap_or_else(|| match c.no_evidence_gaps().is_empty() {
                                            true => "–".into(),
                                            false => crate::export::report::nothing_to_total(c).into(),
                                        })
                                })}
                            </dd>
                        </div>
                        // The snap judgement beside the final score, once completed.
                        {move || {
                            session
                                .with_card(|c| {
                                    let weighted = c.weighted_score().map(|s| format!("{s:.2}"));
                                    first_impression(c, weighted.as_deref())
                                })
                                .map(|line| {
                                    view! {
                                        <div class="first-impression">
                                            <dt>"First impression"</dt>
                                            <dd>{line}</dd>
                                        </div>
                                    }
                                })
                        }}
                        <div>
                            <dt>"Completion"</dt>
                            <dd>
                                {read(|c| {
                                    let done = c.completion();
                                    format!(
                                        "{} of {} {} scored",
                                        done.scored,
                                        done.total,
                                        c.completion_noun(),
                                    )
                                })}
                            </dd>
                        </div>
                        <div>
                            <dt>"Pass threshold"</dt>
                            <dd>
                                {read(|c| format!("{:.2}", c.rubric.pass_threshold.0))} " · "
                                <span class=move || {
                                    format!("verdict verdict-{}", verdict.get().as_str())
                                }>{move || verdict.get().label()}</span>
                            </dd>
                        </div>
                    </dl>
                    <p class="muted small decision-rule">
                        {read(|c| c.rubric.decision_rule_words())}
                    </p>
                    <p class="gaps">
                        {read(|c| crate::export::report::gaps(c).unwrap_or_default())}
                    </p>
                    <RevisionList />
                    <ThresholdLock />
                </section>
                <RedFlags />
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
                                                session
                                                    .edit(|card, now| card.set_recommendation(Some(r), now))
                                            }
                                        />
                                        <span>{r.label()}</span>
                                    </label>
                                }
                            })
                            .collect_view()}
                    </div>
                    <RuleAdvice />
                    <ul
                        class="warnings contradictions"
                        aria-label="Recommendation warnings"
                        aria-live="polite"
                    >
                        {move || {
                            contradictions
                                .get()
                                .into_iter()
                                .map(|w| view! { <li>{w}</li> })
                                .collect_view()
                        }}
                    </ul>
                    <p class="muted guidance">{guidance}</p>
                    <div class="field">
                        <label for="overall-notes">"Overall notes"</label>
                        <textarea
                            id="overall-notes"
                            rows="4"
                            prop:value=read(|c| c.notes.clone())
                            on:input:target=move |ev| {
                                let text = ev.target().value();
                                session.edit(|card, now| card.set_notes(text, now));
                            }
                        ></textarea>
                        <NoteHint
                            text=Signal::derive(read(|c| c.notes.clone()))
                            field_id="overall-notes".to_string()
                            field="notes on the recommendation".to_string()
                        />
                    </div>
                </section>
            </fieldset>
            <Completion status />
        </aside>
    }
}

/// Marking the card completed (asking once, inline, when warnings are open or criteria are
/// unscored) and reopening it. Outside the read-only part; focus never falls to the page.
#[component]
fn Completion(status: Memo<Status>) -> impl IntoView {
    let session = use_session();
    let completed = move || status.get() == Status::Completed;
    // The open warnings the interviewer is being asked about, while asking.
    let asking = RwSignal::new(None::<Vec<String>>);
    let button = NodeRef::<leptos::html::Button>::new();
    // Completing was refused for want of the reason the recommendation differs from the rule.
    let reason_needed = RwSignal::new(false);
    let refused_without_reason = move || {
        let missing = session.with_card_untracked(Scorecard::reason_missing);
        reason_needed.set(missing);
        if missing {
            asking.set(None);
            after_update(|| {
                crate::ui::common::focus::focus_id(REASON_ID);
            });
        }
        missing
    };
    let refocus = move || {
        after_update(move || {
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        })
    };
    // Focus goes to the note saying the card is completed and read-only, not to "Reopen", so a
    // stray Enter right after completing changes nothing.
    let complete = move || {
        if refused_without_reason() {
            return;
        }
        asking.set(None);
        session.edit(|card, now| card.complete(now));
        after_update(|| {
            crate::ui::common::focus::focus_id("completion-note");
        });
    };
    let click = move |_| {
        if completed() {
            session.reopen();
            return;
        }
        if refused_without_reason() {
            return;
        }
        let warnings = session.with_card_untracked(Scorecard::completion_warnings);
        if warnings.is_empty() {
            complete();
        } else {
            asking.set(Some(warnings));
            after_update(|| {
                crate::ui::common::focus::focus_id("complete-anyway");
            });
        }
    };
    let when = move || {
        session.with_card(|c| {
            let at = crate::ui::common::clock::time_of_day;
            match (c.status, c.reopened.last()) {
                (Status::Completed, _) => c
                    .completed_at
                    .map(|t| format!("Completed at {}. Read-only until you reopen it.", at(t))),
                (_, Some(&t)) => Some(format!("Reopened at {}.", at(t))),
                _ => None,
            }
        })
    };

    view! {
        <section class="panel completion" aria-label="Completion">
            <p class="muted small" id="completion-note" tabindex="-1" role="status">
                {when}
            </p>
            <p class="field-error" id=REASON_NEEDED_ID role="alert">
                {move || {
                    (reason_needed.get() && session.with_card(Scorecard::reason_missing))
                        .then_some(
                            "Your recommendation differs from the rule: say why in one line before completing.",
                        )
                }}
            </p>
            <Show when=move || asking.with(Option::is_some)>
                <div class="confirm" role="group" aria-labelledby="confirm-title">
                    <p id="confirm-title">
                        <strong>"Complete with these still open?"</strong>
                    </p>
                    <ul class="warnings">
                        {move || {
                            asking
                                .get()
                                .unwrap_or_default()
                                .into_iter()
                                .map(|w| view! { <li>{w}</li> })
                                .collect_view()
                        }}
                    </ul>
                    <div class="actions">
                        <button
                            type="button"
                            class="primary"
                            id="complete-anyway"
                            on:click=move |_| complete()
                        >
                            "Complete anyway"
                        </button>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| {
                                asking.set(None);
                                refocus();
                            }
                        >
                            "Keep scoring"
                        </button>
                    </div>
                </div>
            </Show>
            <button
                type="button"
                node_ref=button
                class=move || if completed() { "secondary" } else { "primary" }
                hidden=move || asking.with(Option::is_some)
                on:click=click
            >
                {move || if completed() { "Reopen scorecard" } else { "Mark completed" }}
            </button>
        </section>
    }
}

/// Runs `f` once the view has caught up with a change just made: a task after the render
/// effects, never a frame or a timer (which a paused clock would hold back).
fn after_update(f: impl FnOnce() + 'static) {
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        f();
    });
}

/// "Revised after completion: API design: 3 Meets bar → 4 Strong (… UTC), because: …".
#[component]
fn RevisionList() -> impl IntoView {
    let session = use_session();
    let lines = Memo::new(move |_| {
        session.with_card(|c| {
            c.revisions
                .iter()
                .map(|r| r.sentence(&format!("{} UTC", crate::export::report::date_time(r.at))))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !lines.with(Vec::is_empty)>
            <h3 id="revisions-title">"Revised after completion"</h3>
            <ul class="revisions" aria-labelledby="revisions-title">
                {move || lines.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
            </ul>
        </Show>
    }
}
