//! The compare page: pick scorecards (one by one, or all of a rubric or a role), then see them
//! side by side, one matrix per rubric, with the calibration of candidates several interviewers
//! scored. Blind mode (on by default) hides colleagues' scores of a candidate until the
//! interviewer's own scorecard of that candidate is completed. "Hide names until every picked
//! scorecard is completed" (off by default, kept in storage) puts "Candidate 1", "Candidate 2"…
//! in place of names, keys and file names in every view and export of the page while any
//! picked scorecard is not completed, and says why. Every rule is in
//! [`crate::model::compare`]; the exports are in [`crate::export::compare`].

pub mod calibration;
pub mod debrief;
pub mod drift;
pub mod identity;
pub mod matrix;

use crate::export::compare::{comparison_csv, comparison_html};
use crate::model::compare::{blinded, choices, hidden_reason, pick_role, pick_rubric, Comparison};
use crate::model::Scorecard;
use crate::ui::common::clock::{now_ms, today};
use crate::ui::common::files::offer_download;
use crate::ui::common::selection::Selection;
use crate::ui::state::{use_compare_memory, use_library, use_notices, CompareMemory};
use leptos::prelude::*;
use std::collections::HashSet;

#[component]
pub fn ComparePage() -> impl IntoView {
    let library = use_library();
    // Drawn before the start's reading of the library, if it comes first.
    library.read_once();
    let notices = use_notices();
    let memory = use_compare_memory();
    let selected = memory.picked();

    let hidden = Memo::new(move |_| {
        if memory.blind() {
            library.with(blinded)
        } else {
            HashSet::new()
        }
    });
    let picked = Memo::new(move |_| {
        selected.with(|s| library.with(|l| l.iter().filter(|c| s.contains(&c.id)).count()))
    });
    // Why names are hidden, while "Hide names…" is on and a picked scorecard is not completed.
    let names_hidden = Memo::new(move |_| {
        if !memory.hide_names() {
            return None;
        }
        selected.with(|s| {
            library.with(|l| {
                let cards: Vec<&Scorecard> = l.iter().filter(|c| s.contains(&c.id)).collect();
                hidden_reason(&cards)
            })
        })
    });
    let comparison = Memo::new(move |_| {
        if picked.get() < 2 {
            return Comparison::default();
        }
        let mut cmp = selected.with(|s| {
            library.with(|l| {
                let cards: Vec<&Scorecard> = l.iter().filter(|c| s.contains(&c.id)).collect();
                let merges = memory.merges();
                hidden.with(|h| Comparison::build_merged(&cards, h, &Default::default(), &merges))
            })
        });
        // Before sorting, so rows are ordered (and ties broken) by the stand-ins.
        if names_hidden.with(Option::is_some) {
            cmp.hide_identities();
        }
        memory.apply_sorts(&mut cmp);
        cmp
    });

    let export = move |csv: bool| {
        let (text, ext, mime) = comparison.with(|c| {
            if csv {
                (comparison_csv(c), "csv", "text/csv")
            } else {
                (
                    comparison_html(c, memory.blind_untracked()),
                    "html",
                    "text/html",
                )
            }
        });
        let name = format!("comparison-{}.{ext}", today(now_ms()));
        offer_download(notices, &name, &text, mime);
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
                    <OptionCheck
                        label="Blind mode"
                        help_id="blind-help"
                        help="While your own scorecard of a candidate is not completed, colleagues' scores of that candidate stay hidden."
                        checked=Signal::derive(move || memory.blind())
                        on_set=Callback::new(move |on| memory.set_blind(on))
                    />
                    <OptionCheck
                        label="Hide names until every picked scorecard is completed"
                        help_id="hide-names-help"
                        help="Shows “Candidate 1”, “Candidate 2”… instead of names, candidate keys and file names, here and in the exports."
                        checked=Signal::derive(move || memory.hide_names())
                        on_set=Callback::new(move |on| memory.set_hide_names(on))
                    />
                    <p class="names-hidden" role="status">
                        {move || names_hidden.get()}
                    </p>
                </div>
                <div class="actions">
                    <button
                        type="button"
                        class="secondary"
                        disabled=too_few
                        on:click=move |_| export(true)
                    >
                        "Export comparison as CSV"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        disabled=too_few
                        on:click=move |_| export(false)
                    >
                        "Export comparison as HTML"
                    </button>
                </div>
            </section>
            <Show
                when=move || !too_few()
                fallback=|| {
                    view! {
                        <p class="panel muted compare-empty">
                            "Pick two or more scorecards to compare them."
                        </p>
                    }
                }
            >
                <For
                    each=move || group_ids.get()
                    key=|g| g.clone()
                    children=move |(id, title)| view! { <GroupView id title comparison memory /> }
                />
            </Show>
        </main>
    }
}

/// One of Compare's options: a labelled checkbox with its help line.
#[component]
fn OptionCheck(
    label: &'static str,
    help_id: &'static str,
    help: &'static str,
    checked: Signal<bool>,
    on_set: Callback<bool>,
) -> impl IntoView {
    view! {
        <label class="check">
            <input
                type="checkbox"
                prop:checked=checked
                on:change:target=move |ev| on_set.run(ev.target().checked())
                aria-describedby=help_id
            />
            {label}
        </label>
        <p class="muted small" id=help_id>
            {help}
        </p>
    }
}

/// One rubric's matrix and calibration. Each part re-renders only what changed, so sorting
/// or toggling blind mode on hundreds of scorecards moves rows instead of rebuilding them.
#[component]
fn GroupView(
    id: String,
    title: String,
    comparison: Memo<Comparison>,
    memory: CompareMemory,
) -> impl IntoView {
    let (gid, sid) = (id.clone(), id.clone());
    let group = Memo::new(move |_| {
        comparison.with(|c| c.groups.iter().find(|g| g.rubric_id == gid).cloned())
    });
    let sort = Memo::new(move |_| memory.sort_of(&sid));
    let on_sort = Callback::new(move |column| memory.sort_by(&id, column));
    view! {
        <section class="panel compare-group" aria-label=format!("Rubric: {title}")>
            <matrix::Matrix group sort on_sort />
            <identity::SameCandidate group memory />
            <calibration::Calibration group />
            <debrief::Debriefs group />
            <drift::RaterDrift group />
        </section>
    }
}

/// The scorecards to compare: quick picks, and one checkbox per stored scorecard.
#[component]
fn Picker(selected: Selection) -> impl IntoView {
    let library = use_library();
    let picks = Memo::new(move |_| library.with(choices));
    let set = move |ids: Vec<String>| selected.replace(ids);
    let total = move || library.with(<[_]>::len);
    // The list is drawn only while it is open: a thousand checkboxes cost far more to draw and
    // to update on every pick than the page around them.
    let open = RwSignal::new(false);
    let count =
        move || selected.with(|s| library.with(|l| l.iter().filter(|c| s.contains(&c.id)).count()));

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
                                        on:click=move |_| set(library.with(|l| pick_rubric(l, &id)))
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
                                        on:click=move |_| set(library.with(|l| pick_role(l, &r)))
                                    >
                                        {format!("All with role {role} ({n})")}
                                    </button>
                                }
                            })
                            .collect_view();
                        (rubric_buttons, role_buttons)
                    })
            }}
            <button type="button" class="quiet" on:click=move |_| selected.clear()>
                "Clear selection"
            </button>
        </div>
        <details class="pick-details" on:toggle=move |ev| open.set(is_open(&ev))>
            <summary>{move || format!("Scorecards: {} of {} picked", count(), total())}</summary>
            <fieldset class="pick-list">
                <legend class="visually-hidden">"Scorecards to compare"</legend>
                <Show
                    when=move || { total() > 0 }
                    fallback=|| {
                        view! {
                            <p class="muted">
                                "No scorecards yet. Start one, or import colleagues' files on the Scorecards page."
                            </p>
                        }
                    }
                >
                    <Show when=move || open.get()>
                        <For
                            each=move || library.with(<[_]>::to_vec)
                            key=|c| (c.id.clone(), c.updated_at)
                            children=move |card| view! { <PickOne card selected /> }
                        />
                    </Show>
                </Show>
            </fieldset>
        </details>
    }
}

/// Whether the `<details>` a toggle event came from is now open.
pub(crate) fn is_open(ev: &web_sys::Event) -> bool {
    use wasm_bindgen::JsCast;
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.has_attribute("open"))
}

#[component]
fn PickOne(card: Scorecard, selected: Selection) -> impl IntoView {
    let id = StoredValue::new(card.id.clone());
    let name = card.display_name();
    let by = crate::model::compare::interviewer_label(&card.interviewer);
    let source = crate::model::compare::source_label(card.imported_from.as_deref());
    view! {
        <label class="pick-one">
            <input
                type="checkbox"
                prop:checked=move || id.with_value(|id| selected.contains(id))
                on:change:target=move |ev| {
                    id.with_value(|id| selected.set(id, ev.target().checked()))
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
