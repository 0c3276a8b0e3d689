//! The compare page: pick scorecards (one by one, or all of a rubric or a role), then see them
//! side by side, one matrix per rubric, with the calibration of candidates several interviewers
//! scored. Blind mode (on by default) hides colleagues' scores of a candidate until the
//! interviewer's own scorecard of that candidate is completed. Every rule is in
//! [`crate::model::compare`]; the exports are in [`crate::export::compare`].

mod calibration;
mod matrix;

use super::clock::{now_ms, today};
use super::files::download;
use super::state::{use_app, Tone};
use crate::export::compare::{comparison_csv, comparison_html};
use crate::model::compare::{blinded, choices, pick_role, pick_rubric, Comparison, Sort};
use crate::model::Scorecard;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// What the page had picked, kept while the user opens a candidate and comes back.
#[derive(Clone)]
struct Memory {
    selected: HashSet<String>,
    blind: bool,
    sorts: HashMap<String, Sort>,
}

thread_local! {
    static MEMORY: RefCell<Memory> = RefCell::new(Memory {
        selected: HashSet::new(),
        blind: true,
        sorts: HashMap::new(),
    });
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let state = use_app();
    let memory = MEMORY.with(|m| m.borrow().clone());
    let selected = RwSignal::new(memory.selected);
    let blind = RwSignal::new(memory.blind);
    let sorts = RwSignal::new(memory.sorts);
    Effect::new(move |_| {
        let now = Memory {
            selected: selected.get(),
            blind: blind.get(),
            sorts: sorts.get(),
        };
        MEMORY.with(|m| *m.borrow_mut() = now);
    });

    let hidden = Memo::new(move |_| {
        if blind.get() {
            state.library.with(|l| blinded(l))
        } else {
            HashSet::new()
        }
    });
    let picked = Memo::new(move |_| {
        selected.with(|s| {
            state
                .library
                .with(|l| l.iter().filter(|c| s.contains(&c.id)).count())
        })
    });
    let comparison = Memo::new(move |_| {
        if picked.get() < 2 {
            return Comparison::default();
        }
        let mut cmp = selected.with(|s| {
            state.library.with(|l| {
                let cards: Vec<&Scorecard> = l.iter().filter(|c| s.contains(&c.id)).collect();
                hidden.with(|h| Comparison::build(&cards, h, &Sort::default()))
            })
        });
        sorts.with(|s| {
            for g in &mut cmp.groups {
                if let Some(sort) = s.get(&g.rubric_id) {
                    g.sort(sort);
                }
            }
        });
        cmp
    });

    let export = move |csv: bool| {
        let (text, ext, mime) = comparison.with(|c| {
            if csv {
                (comparison_csv(c), "csv", "text/csv")
            } else {
                (
                    comparison_html(c, blind.get_untracked()),
                    "html",
                    "text/html",
                )
            }
        });
        let name = format!("comparison-{}.{ext}", today(now_ms()));
        if let Err(e) = download(&name, &text, mime) {
            state.notify(e, Tone::Error);
        }
    };
    let too_few = move || picked.get() < 2;
    let group_ids = Memo::new(move |_| {
        comparison.with(|c| {
            c.groups
                .iter()
                .map(|g| (g.rubric_id.clone(), g.title.clone()))
                .collect::<Vec<_>>()
        })
    });

    view! {
        <main class="compare-page" id="main">
            <section class="panel compare-pick" aria-labelledby="compare-title">
                <h1 id="compare-title">"Compare candidates"</h1>
                <p class="muted">
                    "Pick two or more scorecards. Scorecards of different rubrics are compared apart; import colleagues' exports on the Scorecards page."
                </p>
                <Picker selected />
                <div class="compare-options">
                    <label class="check">
                        <input
                            type="checkbox"
                            prop:checked=move || blind.get()
                            on:change:target=move |ev| blind.set(ev.target().checked())
                            aria-describedby="blind-help"
                        />
                        "Blind mode"
                    </label>
                    <p class="muted small" id="blind-help">
                        "While your own scorecard of a candidate is not completed, colleagues' scores of that candidate stay hidden."
                    </p>
                </div>
                <div class="actions">
                    <button type="button" class="secondary" disabled=too_few on:click=move |_| export(true)>
                        "Export comparison as CSV"
                    </button>
                    <button type="button" class="secondary" disabled=too_few on:click=move |_| export(false)>
                        "Export comparison as HTML"
                    </button>
                </div>
            </section>
            <Show
                when=move || !too_few()
                fallback=|| view! { <p class="panel muted compare-empty">"Pick two or more scorecards to compare them."</p> }
            >
                <For
                    each=move || group_ids.get()
                    key=|g| g.clone()
                    children=move |(id, title)| view! { <GroupView id title comparison sorts /> }
                />
            </Show>
        </main>
    }
}

/// One rubric's matrix and calibration. Each part re-renders only what changed, so sorting
/// or toggling blind mode on hundreds of scorecards moves rows instead of rebuilding them.
#[component]
fn GroupView(
    id: String,
    title: String,
    comparison: Memo<Comparison>,
    sorts: RwSignal<HashMap<String, Sort>>,
) -> impl IntoView {
    let (gid, sid) = (id.clone(), id.clone());
    let group = Memo::new(move |_| {
        comparison.with(|c| c.groups.iter().find(|g| g.rubric_id == gid).cloned())
    });
    let sort = Memo::new(move |_| sorts.with(|s| s.get(&sid).cloned().unwrap_or_default()));
    let on_sort =
        Callback::new(move |column| sorts.update(|s| s.entry(id.clone()).or_default().by(column)));
    view! {
        <section class="panel compare-group" aria-label=format!("Rubric: {title}")>
            <matrix::Matrix group sort on_sort />
            <calibration::Calibration group />
        </section>
    }
}

/// The scorecards to compare: quick picks, and one checkbox per stored scorecard.
#[component]
fn Picker(selected: RwSignal<HashSet<String>>) -> impl IntoView {
    let state = use_app();
    let picks = Memo::new(move |_| state.library.with(|l| choices(l)));
    let set = move |ids: Vec<String>| selected.set(ids.into_iter().collect());
    let total = move || state.library.with(Vec::len);
    // The list is drawn only while it is open: a thousand checkboxes cost far more to draw and
    // to update on every pick than the page around them.
    let open = RwSignal::new(false);
    let count = move || {
        selected.with(|s| {
            state
                .library
                .with(|l| l.iter().filter(|c| s.contains(&c.id)).count())
        })
    };

    view! {
        <div class="quick-picks" role="group" aria-label="Quick picks">
            {move || {
                picks
                    .with(|(rubrics, roles)| {
                        let rubric_buttons = rubrics
                            .iter()
                            .map(|(id, title, n)| {
                                let id = id.clone();
                                view! {
                                    <button
                                        type="button"
                                        class="secondary small"
                                        on:click=move |_| set(state.library.with(|l| pick_rubric(l, &id)))
                                    >
                                        {format!("All of rubric {title} ({n})")}
                                    </button>
                                }
                            })
                            .collect_view();
                        let role_buttons = roles
                            .iter()
                            .map(|(role, n)| {
                                let r = role.clone();
                                view! {
                                    <button
                                        type="button"
                                        class="secondary small"
                                        on:click=move |_| set(state.library.with(|l| pick_role(l, &r)))
                                    >
                                        {format!("All with role {role} ({n})")}
                                    </button>
                                }
                            })
                            .collect_view();
                        (rubric_buttons, role_buttons)
                    })
            }}
            <button type="button" class="quiet" on:click=move |_| selected.set(HashSet::new())>
                "Clear selection"
            </button>
        </div>
        <details
            class="pick-details"
            on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                let now = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|e| e.has_attribute("open"));
                open.set(now);
            }
        >
            <summary>{move || format!("Scorecards: {} of {} picked", count(), total())}</summary>
            <fieldset class="pick-list">
                <legend class="visually-hidden">"Scorecards to compare"</legend>
                <Show
                    when=move || { total() > 0 }
                    fallback=|| view! { <p class="muted">"No scorecards yet. Start one, or import colleagues' files on the Scorecards page."</p> }
                >
                    <Show when=move || open.get()>
                        <For
                            each=move || state.library.get()
                            key=|c| (c.id.clone(), c.updated_at)
                            children=move |card| view! { <PickOne card selected /> }
                        />
                    </Show>
                </Show>
            </fieldset>
        </details>
    }
}

#[component]
fn PickOne(card: Scorecard, selected: RwSignal<HashSet<String>>) -> impl IntoView {
    let id = StoredValue::new(card.id.clone());
    let name = card.display_name();
    let by = crate::model::compare::interviewer_label(&card.interviewer);
    let source = crate::model::compare::source_label(card.imported_from.as_deref());
    view! {
        <label class="pick-one">
            <input
                type="checkbox"
                prop:checked=move || selected.with(|s| id.with_value(|id| s.contains(id)))
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    selected.update(|s| {
                        let id = id.get_value();
                        if on { s.insert(id); } else { s.remove(&id); }
                    });
                }
            />
            <span>
                <strong>{name.to_string()}</strong>
                {format!(", by {by}")}
                <span class="muted small">
                    {format!(" · {} · {} · {}", card.rubric.title, card.status.label(), source)}
                </span>
            </span>
        </label>
    }
}
