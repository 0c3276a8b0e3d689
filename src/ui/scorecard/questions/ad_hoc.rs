//! A question asked on the spot: its text and kind.

use crate::model::QuestionKind;
use crate::ui::state::use_session;
use leptos::prelude::*;

/// A question asked on the spot.
#[component]
pub(super) fn AdHocForm() -> impl IntoView {
    let session = use_session();
    let text = RwSignal::new(String::new());
    let kind = RwSignal::new(QuestionKind::Technical);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let question = text.get();
        let mut added = false;
        session.edit(|card, now| {
            added = card
                .add_ad_hoc_question(&question, kind.get_untracked(), now)
                .is_some();
        });
        if added {
            text.set(String::new());
        }
    };
    view! {
        <form class="ad-hoc" on:submit=add aria-label="Add an ad-hoc question">
            <div class="field">
                <label for="adhoc-text">"Ad-hoc question"</label>
                <input id="adhoc-text" type="text" autocomplete="off" bind:value=text />
            </div>
            <div class="field">
                <label for="adhoc-kind">"Type"</label>
                <select
                    id="adhoc-kind"
                    on:change:target=move |ev| {
                        if let Some(k) = QuestionKind::parse(&ev.target().value()) {
                            kind.set(k);
                        }
                    }
                >
                    {QuestionKind::ALL
                        .into_iter()
                        .map(|k| {
                            view! {
                                <option value=k.as_str() selected=k == QuestionKind::Technical>
                                    {k.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <button type="submit" class="secondary">
                "Add question"
            </button>
        </form>
    }
}
