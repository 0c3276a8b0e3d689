//! The banner of messages: storage problems and other things the user should know.

use super::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notices">
            <For
                each=move || state.notices.get()
                key=|notice| notice.id
                children=move |notice| {
                    let id = notice.id;
                    view! {
                        <div
                            class=format!("notice notice-{}", notice.tone.as_str())
                            role=notice.tone.role()
                        >
                            <p>{notice.text}</p>
                            <button
                                type="button"
                                class="quiet"
                                aria-label="Dismiss message"
                                on:click=move |_| state.dismiss(id)
                            >
                                "Dismiss"
                            </button>
                        </div>
                    }
                }
            />
        </div>
    }
}
