//! The debrief under the calibration: for each candidate several interviewers scored, a
//! "Debrief <name>" disclosure that puts every interviewer's evidence per criterion side by
//! side (score, notes, the revision mark), then red flags, recommendations and reasons. A
//! section of the Compare page rather than a route: it reads the same picks and blind mode.
//! Drawn only while open. The rules are in [`crate::model::compare::debrief`].

use crate::export::compare::cell_text;
use crate::model::compare::debrief::Debrief;
use crate::model::compare::{RubricGroup, REVISED};
use crate::model::Scorecard;
use crate::ui::state::{use_compare_memory, use_library};
use leptos::prelude::*;

#[component]
pub fn Debriefs(group: Memo<Option<RubricGroup>>) -> impl IntoView {
    let names = Memo::new(move |_| {
        group.with(|g| {
            g.as_ref().map_or_else(Vec::new, |g| {
                g.candidates
                    .iter()
                    .map(|c| (c.key.clone(), c.display_name().to_string()))
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <Show when=move || names.with(|n| !n.is_empty())>
            <section class="calibration debriefs" aria-label="Debriefs">
                <h3>"Debrief: every interviewer's evidence side by side"</h3>
                <For
                    each=move || names.get()
                    key=|n| n.clone()
                    children=move |(key, name)| view! { <OneDebrief group key name /> }
                />
            </section>
        </Show>
    }
}

#[component]
fn OneDebrief(group: Memo<Option<RubricGroup>>, key: String, name: String) -> impl IntoView {
    let library = use_library();
    let picked = use_compare_memory().picked();
    let open = RwSignal::new(false);
    let debrief = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        group.with(|g| {
            let g = g.as_ref()?;
            picked.with(|s| {
                library.with(|l| {
                    let cards: Vec<&Scorecard> = l.iter().filter(|c| s.contains(&c.id)).collect();
                    Debrief::of(g, &cards, &key)
                })
            })
        })
    });
    view! {
        <details class="debrief" on:toggle=move |ev| open.set(super::is_open(&ev))>
            <summary>{format!("Debrief {name}")}</summary>
            {move || debrief.get().map(view)}
        </details>
    }
}

fn view(d: Debrief) -> impl IntoView {
    let label = format!("Debrief: {}", d.name);
    let heads = d
        .raters
        .iter()
        .map(|r| {
            let mark = r.revised.then(|| format!(" · {REVISED}"));
            view! {
                <th scope="col">
                    {r.interviewer.clone()}
                    <span class="muted small">{format!(" · {}", r.source)} {mark}</span>
                </th>
            }
        })
        .collect_view();
    let rows = d
        .criteria
        .iter()
        .map(|c| {
            let cells = c
                .evidence
                .iter()
                .map(|e| {
                    let notes = (!e.notes.is_empty()).then(|| {
                        view! { <p class="debrief-notes">{e.notes.clone()}</p> }
                    });
                    view! {
                        <td>
                            <strong>{cell_text(e.cell)}</strong>
                            {notes}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{c.title.clone()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let line = |title: &'static str, text: Vec<String>| {
        let cells = text
            .into_iter()
            .map(|t| view! { <td>{t}</td> })
            .collect_view();
        view! {
            <tr>
                <th scope="row">{title}</th>
                {cells}
            </tr>
        }
    };
    let flags = d
        .raters
        .iter()
        .map(|r| match (r.hidden, r.red_flags.is_empty()) {
            (true, _) => crate::model::compare::HIDDEN.to_string(),
            (false, true) => "None".to_string(),
            (false, false) => r.red_flags.join("; "),
        })
        .collect();
    let recs = d.raters.iter().map(|r| r.recommendation.clone()).collect();
    let rule = d.raters.iter().map(|r| r.rule.clone()).collect();
    let reasons = d
        .raters
        .iter()
        .map(|r| match r.reason.is_empty() {
            true => "–".to_string(),
            false => r.reason.clone(),
        })
        .collect();
    view! {
        <section class="debrief-view" aria-label=label.clone()>
            <div
                class="compare-scroll"
                role="group"
                tabindex="0"
                aria-label=format!("{label}: table")
            >
                <table class="calib-table debrief-table">
                    <caption class="visually-hidden">
                        {format!("{label}: every interviewer's evidence per criterion")}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Criterion"</th>
                            {heads}
                        </tr>
                    </thead>
                    <tbody>
                        {rows} {line("Red flags", flags)} {line("Recommendation", recs)}
                        {line("Decision rule", rule)} {line("Reason", reasons)}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
