//! The 1-5 score control: a radio group of numbered, worded options, named by a heading, and
//! for a criterion a sixth option "No evidence", set apart from the scale (it is not a low
//! score). Arrow keys never change it (`data-score` marks its radios for the key table, which
//! takes the arrows from them): only the number keys, `0`, `-`, a click or a tap, or Space on an
//! option. A pick that waits for a reason (a frozen score) leaves the checked option as it was.

use crate::model::{Mark, Score};
use leptos::prelude::*;

/// `name` groups the radios; `labelled_by` is the id of the element that names the group.
/// With `on_mark` (criteria), the group has the "No evidence" option and every pick goes
/// there; without it, picks go to `on_pick` (answers).
#[component]
pub fn ScoreScale(
    name: String,
    labelled_by: String,
    #[prop(into)] score: Signal<Option<Score>>,
    #[prop(optional)] on_pick: Option<Callback<Option<Score>>>,
    #[prop(optional, into)] no_evidence: Signal<bool>,
    #[prop(optional)] on_mark: Option<Callback<Mark>>,
) -> impl IntoView {
    let group = NodeRef::<leptos::html::Div>::new();
    let mark = move || Mark::of(score.get_untracked(), no_evidence.get_untracked());
    // The browser checks the clicked option itself; put the checks back to what the card holds
    // (unchanged while a reason is asked for).
    let resync = move || {
        let Some(group) = group.get_untracked() else {
            return;
        };
        let value = radio_value(mark());
        if let Ok(radios) = group.query_selector_all("input[type=radio]") {
            for i in 0..radios.length() {
                if let Some(r) = radios.item(i).and_then(|n| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(n).ok()
                }) {
                    r.set_checked(r.value() == value);
                }
            }
        }
    };
    let pick = move |m: Mark| {
        match (on_mark, on_pick) {
            (Some(on_mark), _) => on_mark.run(m),
            (None, Some(on_pick)) => on_pick.run(m.score()),
            (None, None) => {}
        }
        resync();
    };
    let with_none = on_mark.is_some();
    view! {
        <div class="scale" role="radiogroup" aria-labelledby=labelled_by node_ref=group>
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
                                on:change=move |_| pick(Mark::Score(s))
                            />
                            <span class="scale-num">{s.value()}</span>
                            <span class="scale-word">{s.word()}</span>
                        </label>
                    }
                })
                .collect_view()}
            <Show when=move || with_none>
                <label class="scale-option no-evidence">
                    <input
                        type="radio"
                        name=name.clone()
                        value=radio_value(Mark::NoEvidence)
                        data-score="no-evidence"
                        prop:checked=move || no_evidence.get()
                        on:change=move |_| pick(Mark::NoEvidence)
                    />
                    <span class="scale-word">"No evidence"</span>
                </label>
            </Show>
        </div>
    }
}

/// The `value` of the option that holds `mark` (empty: none).
fn radio_value(mark: Mark) -> String {
    match mark {
        Mark::Unscored => String::new(),
        Mark::Score(s) => s.value().to_string(),
        Mark::NoEvidence => "no-evidence".into(),
    }
}
