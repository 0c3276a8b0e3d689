//! Every level's anchor (1-5) listed under a score control, the chosen one marked with
//! `aria-current`: criterion cards and answer-scored question cards share it.

use crate::model::Score;
use leptos::prelude::*;

/// The five level anchors, named `label` ("Levels for API design").
#[component]
pub fn LevelAnchors(
    #[prop(into)] label: Signal<String>,
    /// What each level 1-5 sounds like (index 0 is level 1).
    levels: [String; 5],
    /// The chosen level, marked.
    #[prop(into)]
    score: Signal<Option<Score>>,
) -> impl IntoView {
    view! {
        <ol class="anchors" aria-label=label>
            {Score::all()
                .map(|s| {
                    view! {
                        <li
                            class=format!("anchor s{}", s.value())
                            aria-current=move || (score.get() == Some(s)).then_some("true")
                        >
                            <span class="anchor-level">{format!("{s}: ")}</span>
                            {levels[s.index()].clone()}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
