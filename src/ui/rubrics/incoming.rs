//! The prompt for a rubric arriving from a file or a shared link: add it, replace, keep both or
//! cancel. Nothing is stored until the user chooses. A dialog: focus moves to its first
//! choice, stays inside, Esc cancels.

use crate::model::catalogue::Arrival;
use crate::ui::common::focus::Dialog;
use crate::ui::state::{use_rubrics, Accept};
use leptos::prelude::*;

#[component]
pub fn IncomingPrompt() -> impl IntoView {
    let rubrics = use_rubrics();
    move || {
        rubrics.incoming().map(move |incoming| {
            let rubric = &incoming.rubric;
            let facts = format!(
                "{} · {} criteria · {} questions · pass at {:.1}",
                rubric.role,
                rubric.criteria.len(),
                rubric.question_bank.len(),
                rubric.pass_threshold.0
            );
            let title = format!("Add the rubric \u{201c}{}\u{201d}?", rubric.title);
            let from = format!("From {}. {facts}", incoming.source);
            let (explain, choices): (&str, Vec<(&str, Accept)>) = match incoming.arrival {
                Arrival::New => ("", vec![("Add rubric", Accept::Add)]),
                Arrival::ConflictsWithOwn => (
                    "You already have a rubric with this id and different content.",
                    vec![
                        ("Replace mine", Accept::Replace),
                        ("Keep both", Accept::KeepBoth),
                    ],
                ),
                Arrival::ConflictsWithBuiltIn | Arrival::AlreadyHere => (
                    "A built-in kit has this id, so it can only be added as a copy.",
                    vec![("Add as a copy", Accept::KeepBoth)],
                ),
            };
            view! {
                <Dialog
                    labelled_by="incoming-title"
                    class="panel incoming"
                    on_close=Callback::new(move |_| rubrics.cancel_incoming())
                >
                    <h2 id="incoming-title">{title}</h2>
                    <p class="muted">{from}</p>
                    <Show when=move || !explain.is_empty()>
                        <p>{explain}</p>
                    </Show>
                    <div class="actions">
                        {choices
                            .into_iter()
                            .enumerate()
                            .map(|(i, (label, how))| {
                                view! {
                                    <button
                                        type="button"
                                        class=if i == 0 { "primary" } else { "secondary" }
                                        on:click=move |_| rubrics.accept_incoming(how)
                                    >
                                        {label}
                                    </button>
                                }
                            })
                            .collect_view()}
                        <button
                            type="button"
                            class="quiet"
                            on:click=move |_| rubrics.cancel_incoming()
                        >
                            "Cancel"
                        </button>
                    </div>
                </Dialog>
            }
        })
    }
}
