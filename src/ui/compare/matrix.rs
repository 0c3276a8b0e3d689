//! One rubric's matrix: a row per scorecard, a column per criterion and the figures after
//! them. Scores show as number and word on a colour scale; the best per criterion carries a
//! visible "best" mark; every header sorts; a candidate's name opens the scorecard.

use crate::model::compare::page::RowPage;
use crate::model::compare::{Cell, Column, Row, RubricGroup, Sort, HIDDEN, NOT_IN_VERSION};
use crate::model::timer::clock;
use crate::ui::state::use_session;
use leptos::prelude::*;

/// A row with what its cells need from the group, keyed by its card and a hash of all it
/// shows ([`RubricGroup::row_key`]): a row is drawn again only when something it shows
/// changes, and otherwise just moves.
#[derive(Clone)]
struct Item {
    key: (String, u64),
    row: Row,
    best: Vec<bool>,
    titles: Vec<String>,
}

/// The rows of `page` only: a long matrix draws (and keys) one page at a time.
fn items(group: &RubricGroup, page: RowPage) -> Vec<Item> {
    let titles: Vec<String> = group.columns.iter().map(|c| c.title.clone()).collect();
    group.rows[page.range(group.rows.len())]
        .iter()
        .map(|row| Item {
            key: (row.card_id.clone(), group.row_key(row)),
            row: row.clone(),
            best: (0..titles.len()).map(|i| group.is_best(row, i)).collect(),
            titles: titles.clone(),
        })
        .collect()
}

#[component]
pub fn Matrix(
    group: Memo<Option<RubricGroup>>,
    sort: Memo<Sort>,
    on_sort: Callback<Column>,
) -> impl IntoView {
    let page = RwSignal::new(RowPage::default());
    let total = Memo::new(move |_| group.with(|g| g.as_ref().map_or(0, |g| g.rows.len())));
    let read = move |f: fn(&RubricGroup) -> String| {
        move || group.with(|g| g.as_ref().map(f).unwrap_or_default())
    };
    let title = read(|g| g.title.clone());
    let count = read(|g| format!("{} scorecards", g.rows.len()));
    let columns = Memo::new(move |_| {
        group.with(|g| g.as_ref().map(|g| g.columns.clone()).unwrap_or_default())
    });
    let notes =
        Memo::new(move |_| group.with(|g| g.as_ref().map(|g| g.notes.clone()).unwrap_or_default()));
    let headers = move || {
        columns.with(|cols| {
            [Column::Candidate, Column::Interviewer]
                .into_iter()
                .chain(cols.iter().map(|c| Column::Criterion(c.id.clone())))
                .chain(Column::FIGURES)
                .map(|column| {
                    let label = column.label(cols);
                    let (c, c2) = (column.clone(), column.clone());
                    let aria = move || sort.with(|s| s.aria(&c));
                    let mark = move || match sort.with(|s| s.aria(&c2)) {
                        "ascending" => " ▲",
                        "descending" => " ▼",
                        _ => "",
                    };
                    view! {
                        <th scope="col" aria-sort=aria>
                            <button
                                type="button"
                                class="sort"
                                on:click=move |_| {
                                    page.set(RowPage::default());
                                    on_sort.run(column.clone());
                                }
                            >
                                {label}
                                <span aria-hidden="true" class="sort-mark">
                                    {mark}
                                </span>
                            </button>
                        </th>
                    }
                })
                .collect_view()
        })
    };
    let note_list = move || {
        notes.with(|n| {
            (!n.is_empty()).then(|| {
                view! {
                    <div class="compare-notes" role="note" aria-label="The rubric changed">
                        <p>
                            <strong>"The rubric changed between these scorecards."</strong>
                        </p>
                        <ul>{n.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                    </div>
                }
            })
        })
    };
    let scroll_label = move || format!("{}: matrix", title());
    let caption = move || {
        format!(
            "{}: scorecards by criteria. Sort with the column buttons.",
            title()
        )
    };

    view! {
        <div class="section-head">
            <h2>{title}</h2>
            <p class="muted small">{count}</p>
        </div>
        {note_list}
        <div class="compare-scroll" role="region" tabindex="0" aria-label=scroll_label>
            <table class="compare-table">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>
                    <For
                        each=move || {
                            let page = page.get();
                            group.with(|g| g.as_ref().map(|g| items(g, page)).unwrap_or_default())
                        }
                        key=|item| item.key.clone()
                        children=row_view
                    />
                </tbody>
            </table>
        </div>
        <Show when=move || RowPage::is_paged(total.get())>
            <Pager page total label=Signal::derive(title) />
        </Show>
    }
}

/// "Showing scorecards 1–50 of 1,000" with Previous and Next page buttons. A button with no
/// page to go to stays focusable and says so (`aria-disabled`), so focus never drops.
#[component]
fn Pager(
    page: RwSignal<RowPage>,
    total: Memo<usize>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let status = move || page.get().status(total.get());
    let no_previous = move || (!page.get().has_previous(total.get())).to_string();
    let no_next = move || (!page.get().has_next(total.get())).to_string();
    view! {
        <div
            class="actions pager"
            role="group"
            aria-label=move || format!("{}: pages", label.get())
        >
            <button
                type="button"
                class="secondary small"
                aria-disabled=no_previous
                on:click=move |_| page.update(|p| *p = p.previous(total.get_untracked()))
            >
                <span aria-hidden="true">"← "</span>
                "Previous page"
            </button>
            <span class="muted small" role="status">
                {status}
            </span>
            <button
                type="button"
                class="secondary small"
                aria-disabled=no_next
                on:click=move |_| page.update(|p| *p = p.next(total.get_untracked()))
            >
                "Next page"
                <span aria-hidden="true">" →"</span>
            </button>
        </div>
    }
}

fn row_view(item: Item) -> impl IntoView {
    let session = use_session();
    let Item {
        row, best, titles, ..
    } = item;
    let id = row.card_id.clone();
    let name = row.candidate_label().to_string();
    let by = row.interviewer_label().to_string();
    let open_label = format!("Open scorecard: {name}, by {by}");
    let scores = (0..titles.len())
        .filter(|_| !row.hidden)
        .map(|i| score_cell(row.cells[i], best[i], titles[i].clone()))
        .collect_view();
    let figures = if row.hidden {
        view! {
            <td class="hidden-cell" colspan=titles.len() + 4 data-label="Scores">
                {HIDDEN}
            </td>
        }
        .into_any()
    } else {
        let total = row
            .total
            .map_or_else(|| "–".to_string(), |t| format!("{t:.2}"));
        let verdict = row.verdict.word();
        view! {
            <td class="num" data-label="Weighted total">
                {total}
            </td>
            <td data-label="Recommendation">{row.recommendation.map_or("–", |r| r.label())}</td>
            <td data-label="Result" class=format!("verdict-{}", row.verdict.as_str())>
                {verdict}
                <span class="muted small">{format!(" (bar {:.2})", row.threshold)}</span>
            </td>
            <td class="num" data-label="Red flags">
                {row.red_flags}
            </td>
        }
        .into_any()
    };
    let call = row.call_ms.map_or_else(|| "Not started".to_string(), clock);
    view! {
        <tr class:hidden-row=row.hidden>
            <th scope="row" class="cell-name">
                <button
                    type="button"
                    class="link-button"
                    aria-label=open_label
                    on:click=move |_| session.open(&id)
                >
                    {name.clone()}
                </button>
            </th>
            <td data-label="Interviewer">
                {by.clone()}
                <span class="muted small">
                    {format!(" · {} · {}", row.source_and_revised(), row.status.label())}
                </span>
            </td>
            {scores}
            {figures}
            <td class="num" data-label="Call length">
                {call}
            </td>
        </tr>
    }
}

fn score_cell(cell: Cell, best: bool, label: String) -> impl IntoView {
    match cell {
        Cell::Scored(s) => view! {
            <td class=format!("score-cell cmp-s{}", s.value()) class:best=best data-label=label>
                <span class="score-num">{s.value()}</span>
                " "
                <span class="score-word">{s.word()}</span>
                {best
                    .then(|| {
                        view! {
                            <span class="best-mark">
                                <span aria-hidden="true">"★ "</span>
                                "best"
                            </span>
                        }
                    })}
            </td>
        }
        .into_any(),
        Cell::Unscored => view! {
            <td class="muted" data-label=label>
                "Not scored"
            </td>
        }
        .into_any(),
        Cell::NoEvidence => view! {
            <td class="no-evidence" data-label=label>
                {crate::model::revision::NO_EVIDENCE}
            </td>
        }
        .into_any(),
        Cell::NotInVersion => view! {
            <td class="muted not-in-version" data-label=label>
                {NOT_IN_VERSION}
            </td>
        }
        .into_any(),
        Cell::Hidden => view! {
            <td class="hidden-cell" data-label=label>
                {HIDDEN}
            </td>
        }
        .into_any(),
    }
}
