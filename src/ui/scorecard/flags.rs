//! Red flags as checkboxes: the rubric's list plus the interviewer's own.

use crate::ui::state::use_session;
use leptos::prelude::*;

#[component]
pub fn RedFlags() -> impl IntoView {
    let session = use_session();
    let rubric_flags = session.with_card_untracked(|c| c.rubric.red_flags.clone());
    let custom = Memo::new(move |_| {
        session.with_card(|c| {
            c.red_flags
                .iter()
                .filter(|f| f.custom)
                .map(|f| f.text.clone())
                .collect::<Vec<_>>()
        })
    });
    let new_flag = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = new_flag.get();
        let mut added = false;
        session.edit(|card, now| added = card.add_custom_flag(&text, now));
        if added {
            new_flag.set(String::new());
        }
    };
    let flag_box = move |text: String| {
        let t = StoredValue::new(text.clone());
        view! {
            <label class="flag">
                <input
                    type="checkbox"
                    prop:checked=move || session.with_card(|c| t.with_value(|t| c.is_flagged(t)))
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        session.edit(|card, now| t.with_value(|t| card.set_red_flag(t, on, now)));
                    }
                />
                <span>{text}</span>
            </label>
        }
    };
    view! {
        <section class="panel red-flags" aria-labelledby="flags-title">
            <h2 id="flags-title">"Red flags"</h2>
            <fieldset class="flag-list">
                <legend class="visually-hidden">"Red flags seen in this call"</legend>
                {rubric_flags.into_iter().map(flag_box).collect_view()}
                <For each=move || custom.get() key=|t| t.clone() children=flag_box />
            </fieldset>
            <form class="flag-add" on:submit=add>
                <label for="custom-flag" class="visually-hidden">
                    "Another red flag"
                </label>
                <input
                    id="custom-flag"
                    type="text"
                    placeholder="Another red flag"
                    autocomplete="off"
                    bind:value=new_flag
                />
                <button type="submit" class="secondary">
                    "Add flag"
                </button>
            </form>
        </section>
    }
}
