//! The start page: start a new scorecard, and the library of stored ones.

pub mod filters;
pub mod import;
pub mod list;

use crate::model::route::LinkedRubric;
use crate::model::NewScorecard;
use crate::ui::common::lazy::{self, Part};
use crate::ui::state::{use_nav, use_rubrics, use_session};
use leptos::prelude::*;

/// The new-scorecard form, then the library a task later: drawn in one task they held the page
/// long enough to count as blocking time in Lighthouse (docs/PERFORMANCE.md). The library is a
/// part of its own (`common::lazy`), so the first download does not carry it; until it is drawn,
/// at the app's start, the shell's library section stands in its slot (`common::takeover`).
#[component]
pub fn StartPage() -> impl IntoView {
    let drawn = RwSignal::new(false);
    crate::ui::common::task::next_task(move || drawn.set(true));
    let listed = RwSignal::new(false);
    view! {
        <main class="start" id="main">
            <NewScorecardForm />
            <Show when=move || !listed.get()>
                <div id=crate::ui::common::takeover::LIBRARY_SLOT></div>
            </Show>
            <Show when=move || drawn.get()>
                <Part
                    load=lazy::library_view
                    name="list of scorecards"
                    on_settled=Callback::new(move |_| listed.set(true))
                />
            </Show>
        </main>
    }
}

#[component]
fn NewScorecardForm() -> impl IntoView {
    let session = use_session();
    let all_rubrics = use_rubrics();
    let rubrics = Memo::new(move |_| all_rubrics.choices());
    let candidate = RwSignal::new(String::new());
    let role = RwSignal::new(String::new());
    let interviewer = RwSignal::new(String::new());
    let key = RwSignal::new(String::new());
    // A deep link (`?rubric=<id>`) preselects its rubric; one not here is named, and no other
    // kit is offered in its place.
    let asked = use_nav().route(|r| r.rubric.clone());
    let linked = Memo::new(move |_| {
        rubrics.with(|k| LinkedRubric::resolve(asked.as_deref(), k.iter().map(|r| r.id.as_str())))
    });
    let rubric_id = RwSignal::new(rubrics.with_untracked(|k| match linked.get_untracked() {
        LinkedRubric::Here(id) => id,
        _ => k[0].id.clone(),
    }));
    // A rubric carried in the link arrives a moment after the form (the browser unpacks it).
    Effect::new(move |_| {
        if let LinkedRubric::Here(id) = linked.get() {
            rubric_id.set(id);
        }
    });
    let error = RwSignal::new(None::<&'static str>);
    // A built-in kit's text can still be arriving when Start is pressed: the start waits for
    // it ("Starting…"), and says so if it cannot come.
    let starting = RwSignal::new(false);
    let start_error = RwSignal::new(None::<String>);
    let role_hint = move || {
        rubrics
            .with(|k| rubric_id.with(|id| k.iter().find(|r| &r.id == id).map(|r| r.role.clone())))
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if matches!(linked.get_untracked(), LinkedRubric::Missing(_)) {
            return;
        }
        if candidate.with(|c| c.trim().is_empty()) {
            error.set(Some("Enter the candidate's name to start."));
            return;
        }
        error.set(None);
        if starting.get_untracked() {
            return;
        }
        start_error.set(None);
        starting.set(true);
        let new = NewScorecard {
            candidate: candidate.get_untracked(),
            role: role.get_untracked(),
            interviewer: interviewer.get_untracked(),
        };
        let key = key.get_untracked();
        all_rubrics.for_new_card(rubric_id.get_untracked(), move |rubric| {
            starting.set(false);
            let rubric = match rubric {
                Ok(rubric) => rubric,
                Err(reason) => {
                    start_error.set(Some(format!("The scorecard did not start: {reason}")));
                    return;
                }
            };
            session.start(new, rubric);
            if !key.trim().is_empty() {
                session.edit(|card, now| {
                    card.set_candidate_id(&key, now);
                });
            }
        });
    };

    let missing = move || linked.with(LinkedRubric::missing_message);
    view! {
        <section class="panel new-card" aria-labelledby="new-title">
            <h1 id="new-title">"New scorecard"</h1>
            <Show when=move || missing().is_some()>
                <p class="field-error" role="alert">
                    {missing}
                </p>
            </Show>
            <form on:submit=submit novalidate hidden=move || missing().is_some()>
                <div class="field">
                    <label for="new-candidate">"Candidate name"</label>
                    <input
                        id="new-candidate"
                        type="text"
                        autocomplete="off"
                        bind:value=candidate
                        aria-invalid=move || error.get().is_some().then_some("true")
                        aria-describedby="new-candidate-error"
                    />
                    <p class="field-error" id="new-candidate-error">
                        {move || error.get()}
                    </p>
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for="new-role">"Role"</label>
                        <input
                            id="new-role"
                            type="text"
                            autocomplete="off"
                            bind:value=role
                            placeholder=role_hint
                        />
                    </div>
                    <div class="field">
                        <label for="new-interviewer">"Interviewer"</label>
                        <input
                            id="new-interviewer"
                            type="text"
                            autocomplete="name"
                            bind:value=interviewer
                        />
                    </div>
                </div>
                <div class="field">
                    <label for="new-candidate-key">
                        "Candidate key (optional, shared with colleagues)"
                    </label>
                    <input id="new-candidate-key" type="text" autocomplete="off" bind:value=key />
                </div>
                <div class="field">
                    <label for="new-rubric">"Rubric"</label>
                    <select
                        id="new-rubric"
                        prop:value=move || rubric_id.get()
                        on:change:target=move |ev| rubric_id.set(ev.target().value())
                    >
                        {move || {
                            rubrics
                                .with(|k| {
                                    k.iter()
                                        .map(|r| {
                                            let selected = rubric_id.with_untracked(|id| *id == r.id);
                                            view! {
                                                <option value=r.id.clone() selected=selected>
                                                    {r.title.clone()}
                                                </option>
                                            }
                                        })
                                        .collect_view()
                                })
                        }}
                    </select>
                </div>
                <Show when=move || start_error.with(Option::is_some)>
                    <p class="field-error" role="alert">
                        {move || start_error.get()}
                    </p>
                </Show>
                <button
                    type="submit"
                    class="primary"
                    aria-disabled=move || starting.get().then_some("true")
                >
                    {move || if starting.get() { "Starting\u{2026}" } else { "Start scorecard" }}
                </button>
            </form>
        </section>
    }
}
