//! The "Show more" row under a long list: how many of how many are drawn, and a button for the
//! next page ([`crate::model::paging::ShowMore`]).

use crate::model::paging::ShowMore;
use leptos::prelude::*;

/// Shown while `total` rows leave some undrawn; `noun` follows the counts ("" or
/// " candidates").
#[component]
pub fn ShowMoreRow(
    paging: RwSignal<ShowMore>,
    #[prop(into)] total: Signal<usize>,
    noun: &'static str,
) -> impl IntoView {
    let step = paging.with_untracked(|p| p.step());
    view! {
        <Show when=move || paging.get().has_more(total.get())>
            <div class="actions more">
                <span class="muted small">
                    {move || format!("Showing {} of {}{noun}.", paging.get().shown(), total.get())}
                </span>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| paging.update(|p| *p = p.more())
                >
                    {format!("Show {step} more{noun}")}
                </button>
            </div>
        </Show>
    }
}
