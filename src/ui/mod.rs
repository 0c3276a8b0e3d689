//! Thin Leptos components over the model. State comes from one context ([`state::AppState`]);
//! components call model methods through it and render signals.

mod clock;
mod criterion;
mod notices;
mod scorecard_view;
mod start;
pub mod state;
mod summary;

use leptos::prelude::*;
use state::AppState;

/// The whole app: the start page, or the open scorecard.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    state.persist_on_change();
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        state.sync_from_other_tab(ev.key(), ev.new_value());
    });
    on_cleanup(move || listener.remove());

    view! {
        <div class="app">
            <notices::Notices />
            {move || {
                if state.current.with(Option::is_some) {
                    view! { <scorecard_view::ScorecardView /> }.into_any()
                } else {
                    view! { <start::StartPage /> }.into_any()
                }
            }}
        </div>
    }
}
