//! The library of scorecards in this browser: search, filter, sort, select, open, duplicate,
//! delete with undo, export (JSON for one, several or all; CSV of the list, and of every
//! criterion's score and notes) and import.

use crate::export::json;
use crate::model::decimal::fixed;
use crate::model::library::{Query, SortKey, Summary};
use crate::model::paging::ShowMore;
use crate::model::Scorecard;
use crate::ui::common::clock::{now_ms, today};
use crate::ui::common::files::offer_download;
use crate::ui::common::lazy;
use crate::ui::common::paging::ShowMoreRow;
use crate::ui::common::selection::Selection;
use crate::ui::common::undo::UndoNote;
use crate::ui::library::filters::Filters;
use crate::ui::library::import::ImportPanel;
use crate::ui::state::{
    use_compare_memory, use_library, use_nav, use_notices, use_session, Page, Tone,
};
use leptos::prelude::*;

/// Rows drawn at first and added by each "Show more".
const PAGE: usize = 50;

#[component]
pub fn Library() -> impl IntoView {
    let library = use_library();
    // Drawn before the start's reading of the library, if it comes first.
    library.read_once();
    let notices = use_notices();
    let query = RwSignal::new(Query::default());
    let selected = Selection::default();
    // Rows drawn at once: a long library shows a page and a "Show more" button, so it stays
    // quick to draw (docs/PERFORMANCE.md).
    let paging = RwSignal::new(ShowMore::new(PAGE));
    // A new search, filter or order starts again from its first page.
    Effect::new(move |before: Option<()>| {
        query.track();
        if before.is_some() {
            paging.update(|p| *p = p.first());
        }
    });
    // Positions in the library, in the list's order: no card is copied to list it.
    let rows = Memo::new(move |_| library.with(|l| query.with(|q| q.order(l))));
    // What the drawn rows show, worked out only for the rows drawn.
    let page = Memo::new(move |_| {
        let n = paging.get().shown();
        rows.with(|r| {
            library.with(|l| {
                r.iter()
                    .take(n)
                    .map(|&i| Summary::of(&l[i]))
                    .collect::<Vec<_>>()
            })
        })
    });
    let row_ids = move || {
        rows.with(|r| library.with(|l| r.iter().map(|&i| l[i].id.clone()).collect::<Vec<_>>()))
    };
    let rubrics = Memo::new(move |_| {
        let mut seen: Vec<(String, String)> = Vec::new();
        library.with(|l| {
            for c in l {
                if !seen.iter().any(|(id, _)| *id == c.rubric.id) {
                    seen.push((c.rubric.id.clone(), c.rubric.title.clone()));
                }
            }
        });
        seen
    });
    let chosen = move || {
        selected.with(|s| {
            library.with(|l| {
                l.iter()
                    .filter(|c| s.contains(&c.id))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let export = move |cards: Vec<Scorecard>| {
        if cards.is_empty() {
            return;
        }
        let now = now_ms();
        let (name, text) = if cards.len() == 1 {
            (json::file_name(&cards[0]), json::scorecard(&cards[0]))
        } else {
            (
                json::bundle_file_name(cards.len(), &today(now)),
                json::bundle(&cards, now),
            )
        };
        offer_download(notices, &name, &text, "application/json");
    };
    // The listed cards as CSV: one row per card, or one per card and criterion (`scores`).
    // The CSV writers are a part loaded on demand (src/ui/common/lazy.rs).
    let export_csv = move |file: &'static str, scores: bool| {
        let cards: Vec<Scorecard> =
            rows.with(|r| library.with(|l| r.iter().map(|&i| l[i].clone()).collect()));
        let name = format!("{file}-{}.csv", today(now_ms()));
        leptos::task::spawn_local(async move {
            match lazy::library_csv(cards, scores).await {
                Ok(text) => offer_download(notices, &name, &text, "text/csv"),
                Err(_) => notices.notify(lazy::not_loaded("CSV export"), Tone::Error),
            }
        });
    };
    let count_selected = move || selected.len();
    // The ticked rows become the compare page's picks.
    let (memory, nav) = (use_compare_memory(), use_nav());
    let compare_selected = move |_| {
        memory.pick(selected.with(|s| s.iter().cloned().collect::<Vec<_>>()));
        nav.go(Page::Compare);
    };
    let all_matching_selected = move || {
        rows.with(|r| {
            !r.is_empty()
                && selected.with(|s| library.with(|l| r.iter().all(|&i| s.contains(&l[i].id))))
        })
    };

    view! {
        <section class="panel library" aria-labelledby="library-title">
            <div class="section-head">
                <h2 id="library-title">"Scorecards in this browser"</h2>
                <div class="actions">
                    <Show when=move || library.with_backups(|b| !b.is_empty())>
                        <button
                            type="button"
                            class="secondary recovered-link"
                            on:click=move |_| nav.go(Page::Recovered)
                        >
                            {move || {
                                format!("Recovered data ({})", library.with_backups(<[_]>::len))
                            }}
                        </button>
                    </Show>
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || count_selected() < 2
                        on:click=compare_selected
                    >
                        {move || format!("Compare selected ({})", count_selected())}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || count_selected() == 0
                        on:click=move |_| export(chosen())
                    >
                        {move || format!("Export selected ({})", count_selected())}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || library.with(<[_]>::is_empty)
                        on:click=move |_| export(library.with_untracked(<[_]>::to_vec))
                    >
                        "Export all"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || rows.with(Vec::is_empty)
                        on:click=move |_| export_csv("scorecards", false)
                    >
                        "Export list as CSV"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        disabled=move || rows.with(Vec::is_empty)
                        on:click=move |_| export_csv("scorecard-scores", true)
                    >
                        "Export scores and notes as CSV"
                    </button>
                </div>
            </div>
            <ImportPanel />
            <Filters query rubrics />
            <UndoNote
                deleted=Signal::derive(move || library.deleted_name())
                on_undo=Callback::new(move |_| library.undo_delete())
            />
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=move || {
                    view! {
                        <p class="muted">
                            {move || {
                                if library.with(<[_]>::is_empty) {
                                    "None yet. Start one above, or import scorecards from a colleague."
                                } else {
                                    "No scorecard matches the search and filters."
                                }
                            }}
                        </p>
                    }
                }
            >
                <div class="table-scroll" role="region" tabindex="0" aria-label="Scorecards table">
                    <table class="library-table">
                        <caption class="visually-hidden">
                            "Scorecards, one row per candidate"
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col" class="select-col">
                                    <input
                                        type="checkbox"
                                        aria-label="Select every matching scorecard"
                                        prop:checked=all_matching_selected
                                        on:change:target=move |ev| {
                                            selected.set_all(row_ids(), ev.target().checked());
                                        }
                                    />
                                </th>
                                {SortKey::ALL
                                    .into_iter()
                                    .map(|key| view! { <SortHeader key query /> })
                                    .collect_view()}
                                <th scope="col">
                                    <span class="visually-hidden">"Actions"</span>
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || page.get()
                                key=|c| (c.id.clone(), c.updated_at)
                                children=move |card| view! { <Row card selected /> }
                            />
                        </tbody>
                    </table>
                </div>
                <ShowMoreRow paging total=Signal::derive(move || rows.with(Vec::len)) noun="" />
            </Show>
        </section>
    }
}

#[component]
fn SortHeader(key: SortKey, query: RwSignal<Query>) -> impl IntoView {
    let sort = move || {
        query.with(|q| match (q.sort == key, q.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        })
    };
    view! {
        <th scope="col" aria-sort=sort>
            <button type="button" class="sort" on:click=move |_| query.update(|q| q.sort_by(key))>
                {key.label()}
                <span aria-hidden="true" class="sort-mark">
                    {move || match sort() {
                        "ascending" => " ▲",
                        "descending" => " ▼",
                        _ => "",
                    }}
                </span>
            </button>
        </th>
    }
}

#[component]
fn Row(card: Summary, selected: Selection) -> impl IntoView {
    let session = use_session();
    let library = use_library();
    let Summary {
        id,
        name,
        interviewer,
        source,
        role,
        rubric,
        date,
        status,
        late,
        score,
        completion: done,
        recommendation,
        verdict,
        ..
    } = card;
    let id = StoredValue::new(id);
    let score = score.map_or_else(|| "–".to_string(), |s| fixed(s, 2));
    let rubric_title = rubric.clone();
    view! {
        <tr>
            <td class="select-col">
                <input
                    type="checkbox"
                    aria-label=format!("Select {name}, by {interviewer}")
                    prop:checked=move || id.with_value(|id| selected.contains(id))
                    on:change:target=move |ev| {
                        id.with_value(|id| selected.set(id, ev.target().checked()))
                    }
                />
            </td>
            <th scope="row" class="cell-name">
                {name.clone()}
            </th>
            <td data-label="Interviewer">
                {interviewer} <span class="muted small">{format!(" · {source}")}</span>
            </td>
            <td data-label="Role">{role}</td>
            <td data-label="Rubric" class="cell-rubric" title=rubric_title>
                {rubric}
            </td>
            <td data-label="Date" class="cell-date">
                {date}
            </td>
            <td data-label="Status">
                <span class=format!("status status-{}", status.as_str())>{status.label()}</span>
                {late.then(|| view! { <span class="status status-late">"Late"</span> })}
            </td>
            <td data-label="Score" class="num">
                {score}
                <span class="muted small">{format!(" · {} of {}", done.scored, done.total)}</span>
            </td>
            <td data-label="Recommendation">{recommendation.map_or("–", |r| r.label())}</td>
            <td data-label="Result" class=format!("verdict-{}", verdict.as_str())>
                {verdict.word()}
            </td>
            <td class="row-actions">
                <button
                    type="button"
                    class="secondary small"
                    aria-label=format!("Open scorecard for {name}")
                    on:click=move |_| session.open(&id.get_value())
                >
                    "Open"
                </button>
                <button
                    type="button"
                    class="quiet"
                    aria-label=format!("Duplicate scorecard for {name}")
                    on:click=move |_| library.duplicate(&id.get_value())
                >
                    "Duplicate"
                </button>
                <button
                    type="button"
                    class="quiet danger"
                    aria-label=format!("Delete scorecard for {name}")
                    on:click=move |_| library.delete(&id.get_value())
                >
                    "Delete"
                </button>
            </td>
        </tr>
    }
}
