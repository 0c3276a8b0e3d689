//! Calibration under a matrix: each candidate several interviewers scored, with every
//! interviewer's score per criterion, the mean and the spread, and disagreements in words.

use crate::model::compare::calibration::{mean_label, spread_label, Flagged, SPLIT};
use crate::model::compare::{
    interviewer_label, source_label, CandidateGroup, Cell, CriterionColumn, RubricGroup, HIDDEN,
};
use crate::model::paging::ShowMore;
use crate::ui::common::paging::ShowMoreRow;
use leptos::prelude::*;

/// Candidates drawn at first, and added by each "Show more": a thousand scorecards of a few
/// hundred candidates must not draw hundreds of tables at once (docs/PERFORMANCE.md).
const STEP: usize = 10;

/// A candidate with the group's column titles.
#[derive(Clone, PartialEq)]
struct Item {
    candidate: CandidateGroup,
    columns: Vec<CriterionColumn>,
}

#[component]
pub fn Calibration(group: Memo<Option<RubricGroup>>) -> impl IntoView {
    let items = Memo::new(move |_| {
        group.with(|g| {
            g.as_ref().map_or_else(Vec::new, |g| {
                g.candidates
                    .iter()
                    .map(|c| Item {
                        candidate: c.clone(),
                        columns: g.columns.clone(),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // The summary's count and its list are one value: they can never disagree.
    let flagged = Memo::new(move |_| {
        group.with(|g| {
            g.as_ref()
                .map_or_else(Flagged::default, |g| Flagged::of(&g.candidates, &g.columns))
        })
    });
    let paging = RwSignal::new(ShowMore::new(STEP));
    let total = move || items.with(Vec::len);
    let flagged_list = move || {
        flagged.with(|f| {
            (!f.list.is_empty()).then(|| {
                let entries = f
                    .list
                    .iter()
                    .map(|c| {
                        view! {
                            <li class="disagreement">
                                <span aria-hidden="true">"⚠ "</span>
                                {format!("{}: {}", c.name, c.disagreements.join("; "))}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <ul class="flag-list" aria-label="Candidates with a disagreement">
                        {entries}
                    </ul>
                }
            })
        })
    };
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <section class="calibration" aria-label="Calibration">
                <h3>"Calibration: candidates with several scorecards"</h3>
                <p class="muted small">{move || flagged.with(Flagged::summary)}</p>
                {flagged_list}
                <For
                    each=move || {
                        items
                            .with(|i| {
                                i.iter().take(paging.get().shown()).cloned().collect::<Vec<_>>()
                            })
                    }
                    // Keyed by everything it shows, worked out only for the drawn candidates.
                    key=|item| format!("{:?}{:?}", item.candidate, item.columns)
                    children=|item| candidate(&item.columns, &item.candidate)
                />
                <ShowMoreRow paging total=Signal::derive(total) noun=" candidates" />
            </section>
        </Show>
    }
}

fn candidate(columns: &[CriterionColumn], c: &CandidateGroup) -> impl IntoView {
    let name = c.display_name().to_string();
    let heading = format!("{name}: {} scorecards", c.raters.len());
    let label = heading.clone();
    let scroll_label = format!("{name}: scores by interviewer");
    let flags = c.disagreements(columns);
    let status = if c.hidden {
        view! { <p class="hidden-note">{format!("Colleagues' scores: {HIDDEN}.")}</p> }.into_any()
    } else if flags.is_empty() {
        view! { <p class="muted small">"Interviewers agree: no spread of 2 or more, no split."</p> }
            .into_any()
    } else {
        view! {
            <ul class="flag-list">
                {flags
                    .into_iter()
                    .map(|f| {
                        view! {
                            <li class="disagreement">
                                <span aria-hidden="true">"⚠ "</span>
                                {f}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let raters = c
        .raters
        .iter()
        .map(|r| {
            view! {
                <th scope="col">
                    {interviewer_label(&r.interviewer).to_string()}
                    <span class="muted small">
                        {format!(" · {}", source_label(r.source.as_deref()))}
                    </span>
                </th>
            }
        })
        .collect_view();
    let dash = if c.hidden { "Hidden" } else { "–" };
    let rows = c
        .criteria
        .iter()
        .zip(columns)
        .map(|(stats, col)| {
            let cells = stats
                .scores
                .iter()
                .map(|cell| cell_view(*cell))
                .collect_view();
            let mean = stats.mean.map_or_else(|| dash.to_string(), mean_label);
            let spread = stats
                .spread
                .map_or_else(|| dash.to_string(), |s| s.to_string());
            let flag = stats.disagreement.then(|| {
                view! {
                    <span class="disagreement">
                        <span aria-hidden="true">" ⚠ "</span>
                        {spread_label(stats.spread.unwrap_or(0))}
                    </span>
                }
            });
            view! {
                <tr class:flagged=stats.disagreement>
                    <th scope="row">{col.title.clone()}</th>
                    {cells}
                    <td class="num">{mean}</td>
                    <td class="num">{spread}{flag}</td>
                </tr>
            }
        })
        .collect_view();
    let recs = c
        .raters
        .iter()
        .map(|r| {
            let text = if r.hidden {
                "Hidden"
            } else {
                r.recommendation.map_or("–", |x| x.label())
            };
            view! { <td>{text}</td> }
        })
        .collect_view();
    let split = c.split.then(|| {
        view! {
            <span class="disagreement">
                <span aria-hidden="true">"⚠ "</span>
                {SPLIT}
            </span>
        }
    });
    view! {
        <section class="calib-candidate" aria-label=label>
            <h4>{heading}</h4>
            {status}
            <div class="compare-scroll" role="group" tabindex="0" aria-label=scroll_label>
                <table class="calib-table">
                    <caption class="visually-hidden">
                        {format!(
                            "{name}: each interviewer's score per criterion, the mean and the spread",
                        )}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">"Criterion"</th>
                            {raters}
                            <th scope="col">"Mean"</th>
                            <th scope="col">"Spread"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows} <tr class:flagged=c.split>
                            <th scope="row">"Recommendation"</th>
                            {recs}
                            <td colspan="2">{split}</td>
                        </tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn cell_view(cell: Cell) -> impl IntoView {
    match cell {
        Cell::Scored(s) => view! {
            <td class=format!("score-cell cmp-s{}", s.value())>
                <span class="score-num">{s.value()}</span>
                " "
                <span class="score-word">{s.word()}</span>
            </td>
        }
        .into_any(),
        Cell::Unscored => view! { <td class="muted">"Not scored"</td> }.into_any(),
        Cell::NoEvidence => {
            view! { <td class="no-evidence">{crate::model::revision::NO_EVIDENCE}</td> }.into_any()
        }
        Cell::NotInVersion => view! { <td class="muted">"Not in this version"</td> }.into_any(),
        Cell::Hidden => view! { <td class="hidden-cell">"Hidden"</td> }.into_any(),
    }
}
