//! The banner of messages: storage problems and other things the user should know.

use crate::export::json;
use crate::ui::common::clock::{now_ms, today};
use crate::ui::common::files::offer_download;
use crate::ui::state::{
    use_library, use_nav, use_notices, use_session, Library, NoticeAction, Notices, Page, Session,
};
use leptos::prelude::*;

/// Saves what this tab holds to a file, for when storage cannot: the open scorecard, or else
/// every scorecard in the list.
fn export_what_is_here(session: Session, library: Library, notices: Notices) {
    let file = session
        .with_card_untracked(|c| Some((json::file_name(c), json::scorecard(c))))
        .or_else(|| {
            library.with_untracked(|cards| {
                (!cards.is_empty()).then(|| {
                    let now = now_ms();
                    (
                        json::bundle_file_name(cards.len(), &today(now)),
                        json::bundle(cards, now),
                    )
                })
            })
        });
    match file {
        Some((name, text)) => offer_download(notices, &name, &text, "application/json"),
        None => notices.notify(
            "There is no scorecard in this tab to export yet.",
            crate::ui::state::Tone::Info,
        ),
    }
}

#[component]
pub fn NoticeBanner() -> impl IntoView {
    let notices = use_notices();
    let session = use_session();
    let library = use_library();
    let nav = use_nav();
    view! {
        <div class="notices">
            <For
                each=move || notices.list()
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
                                    let text = match action {
                                        NoticeAction::Export => "Export to a file",
                                        NoticeAction::KeepMine => "Keep my edits",
                                    };
                                    view! {
                                        <button
                                            type="button"
                                            class="secondary"
                                            on:click=move |_| match action {
                                                NoticeAction::Export => {
                                                    export_what_is_here(session, library, notices)
                                                }
                                                NoticeAction::KeepMine => session.keep_my_edits(),
                                            }
                                        >
                                            {text}
                                        </button>
                                    }
                                })}
                            {notice
                                .recovered
                                .then(|| {
                                    view! {
                                        <button
                                            type="button"
                                            class="secondary"
                                            on:click=move |_| nav.go(Page::Recovered)
                                        >
                                            "Recovered data"
                                        </button>
                                    }
                                })}
                            <button
                                type="button"
                                class="quiet"
                                aria-label="Dismiss message"
                                on:click=move |_| notices.dismiss(id)
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
