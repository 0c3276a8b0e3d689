//! Rater drift under the calibration: per interviewer and criterion, their mean and count
//! beside the team's mean over the same candidates, with the word (lenient, severe, in line).
//! While blind mode hides a colleague's score, the panel says why it shows nothing.

use crate::model::compare::calibration::mean_label;
use crate::model::compare::drift::{hidden_reason, DRIFT_THRESHOLD};
use crate::model::compare::{Drift, RubricGroup};
use leptos::prelude::*;

#[component]
pub fn RaterDrift(group: Memo<Option<RubricGroup>>) -> impl IntoView {
    let drift = Memo::new(move |_| group.with(|g| g.as_ref().map(|g| g.drift.clone())));
    let shown = move || drift.with(|d| d.as_ref().is_some_and(|d| !d.is_empty()));
    view! {
        <Show when=shown>
            <section class="calibration drift" aria-label="Rater drift">
                <h3>"Rater drift: each interviewer beside the team"</h3>
                <p class="muted small">
                    {format!(
                        "Over the candidates both scored: lenient when an interviewer's mean is {DRIFT_THRESHOLD} or more above the team's mean, severe when {DRIFT_THRESHOLD} or more below.",
                    )}
                </p>
                {move || drift.get().map(body)}
            </section>
        </Show>
    }
}

fn body(drift: Drift) -> AnyView {
    let rows = match drift {
        Drift::Hidden(names) => {
            return view! { <p class="hidden-note">{hidden_reason(&names)}</p> }.into_any();
        }
        Drift::Shown(rows) => rows,
    };
    let rows = rows
        .into_iter()
        .map(|r| {
            let diff = r.difference_label();
            let count = r.count_label();
            view! {
                <tr class=format!("drift-{}", r.lean.word().replace(' ', "-"))>
                    <th scope="row">{r.interviewer.clone()}</th>
                    <td>{r.criterion.clone()}</td>
                    <td class="num">{mean_label(r.mean)}</td>
                    <td class="num">{count}</td>
                    <td class="num">{mean_label(r.team_mean)}</td>
                    <td>
                        <strong>{r.lean.word()}</strong>
                        <span class="num">{format!(" ({diff})")}</span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="compare-scroll" role="group" tabindex="0" aria-label="Rater drift table">
            <table class="calib-table drift-table">
                <caption>"Rater drift"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Interviewer"</th>
                        <th scope="col">"Criterion"</th>
                        <th scope="col">"Their mean"</th>
                        <th scope="col">"Scored"</th>
                        <th scope="col">"Team mean"</th>
                        <th scope="col">"Drift"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
