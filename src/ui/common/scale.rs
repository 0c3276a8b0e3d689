//! The 1-5 score control: a radio group of numbered, worded options, named by a heading.
//! Arrow keys never change it (`data-score` marks its radios for the key table, which takes
//! the arrows from them): only the number keys, `0`, a click or a tap, or Space on an option.

use crate::model::Score;
use leptos::prelude::*;

/// `name` groups the radios; `labelled_by` is the id of the element that names the group.
#[component]
pub fn ScoreScale(
    name: String,
    labelled_by: String,
    #[prop(into)] score: Signal<Option<Score>>,
    on_pick: Callback<Option<Score>>,
) -> impl IntoView {
    view! {
        <div class="scale" role="radiogroup" aria-labelledby=labelled_by>
            {Score::all()
                .map(|s| {
                    view! {
                        <label class=format!("scale-option s{}", s.value())>
                            <input
                                type="radio"
                                name=name.clone()
                                value=s.value().to_string()
                                data-score=s.value()
                                prop:checked=move || score.get() == Some(s)
                                on:change=move |_| on_pick.run(Some(s))
                            />
                            <span class="scale-num">{s.value()}</span>
                            <span class="scale-word">{s.word()}</span>
                        </label>
                    }
                })
                .collect_view()}
        </div>
    }
}
