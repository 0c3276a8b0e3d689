//! The banner of messages: storage problems and other things the user should know.

use crate::export::json;
use crate::ui::common::clock::{now_ms, today};
use crate::ui::common::files::download;
use crate::ui::state::{use_app, AppState, NoticeAction, Tone};
use leptos::prelude::*;

/// Saves what this tab holds to a file, for when storage cannot: the open scorecard, or else
/// every scorecard in the list.
fn export_what_is_here(state: AppState) {
    let file = state
        .current
        .with_untracked(|c| c.as_ref().map(|c| (json::file_name(c), json::scorecard(c))))
        .or_else(|| {
            state.library.with_untracked(|cards| {
                (!cards.is_empty()).then(|| {
                    let now = now_ms();
                    (
                        json::bundle_file_name(cards.len(), &today(now)),
                        json::bundle(cards, now),
                    )
                })
            })
        });
    let result = match file {
        Some((name, text)) => download(&name, &text, "application/json"),
        None => Err("There is no scorecard in this tab to export yet.".into()),
    };
    if let Err(e) = result {
        state.notify(e, Tone::Info);
    }
}

/// Puts this tab's edits back over another tab's, and takes the message away.
fn keep_my_edits(state: AppState) {
    state.keep_my_edits();
    state
        .notices
        .update(|n| n.retain(|m| m.action != Some(NoticeAction::KeepMine)));
}

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
                            {notice
                                .action
                                .map(|action| {
                                    let (text, act): (&str, fn(AppState)) = match action {
                                        NoticeAction::Export => ("Export to a file", export_what_is_here),
                                        NoticeAction::KeepMine => ("Keep my edits", keep_my_edits),
                                    };
                                    view! {
                                        <button type="button" on:click=move |_| act(state)>
                                            {text}
                                        </button>
                                    }
                                })}
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
