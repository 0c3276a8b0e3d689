//! "Same candidate?": groups of a rubric that look like one person (near names, or an id and
//! the same name), each with a one-click merge the compare memory keeps in storage. The rule
//! is [`crate::model::compare::identity`].

use crate::model::compare::RubricGroup;
use crate::ui::state::CompareMemory;
use leptos::prelude::*;

#[component]
pub fn SameCandidate(group: Memo<Option<RubricGroup>>, memory: CompareMemory) -> impl IntoView {
    let offers = Memo::new(move |_| group.with(|g| g.as_ref().map(|g| g.same.clone())));
    move || {
        offers.with(|o| {
            o.as_ref().filter(|o| !o.is_empty()).map(|offers| {
                let items = offers
                    .iter()
                    .map(|s| {
                        let (a, b) = (s.a.clone(), s.b.clone());
                        let label = format!("Yes, one candidate: {} and {}", s.a_label, s.b_label);
                        view! {
                            <li>
                                {s.question()} " "
                                <button
                                    type="button"
                                    class="secondary small"
                                    aria-label=label
                                    on:click=move |_| memory.merge(&a, &b)
                                >
                                    "Yes, one candidate"
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="compare-notes" role="group" aria-label="Same candidate?">
                        <p>
                            <strong>"These look like one person."</strong>
                            " Merging groups their scorecards in the calibration; it is remembered in this browser."
                        </p>
                        <ul>{items}</ul>
                    </div>
                }
            })
        })
    }
}
