//! The open scorecard's export menu: JSON (imports back), self-contained HTML, Markdown to the
//! clipboard, and the browser's print dialog with the print stylesheet.

use crate::export::{html, json, markdown};
use crate::ui::common::clipboard::copy_text;
use crate::ui::common::files::offer_download;
use crate::ui::state::{use_notices, use_session};
use leptos::prelude::*;

#[component]
pub fn ExportMenu() -> impl IntoView {
    let session = use_session();
    let notices = use_notices();
    let save = move |make: fn(&crate::model::Scorecard) -> (String, String, &'static str)| {
        if let Some((name, text, mime)) = session.with_card_untracked(|c| Some(make(c))) {
            offer_download(notices, &name, &text, mime);
        }
    };
    let copy_markdown = move |_| {
        let text = session.with_card_untracked(markdown::scorecard_markdown);
        copy_text(notices, text, "Copied the scorecard as Markdown.");
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <details class="export-menu">
            <summary>"Export"</summary>
            <div class="export-items" role="group" aria-label="Export this scorecard">
                <button
                    type="button"
                    class="quiet"
                    on:click=move |_| {
                        save(|c| (json::file_name(c), json::scorecard(c), "application/json"))
                    }
                >
                    "Download JSON"
                </button>
                <button
                    type="button"
                    class="quiet"
                    on:click=move |_| {
                        save(|c| {
                            (
                                json::file_name(c).replace(".json", ".html"),
                                html::scorecard_html(c),
                                "text/html",
                            )
                        })
                    }
                >
                    "Download HTML"
                </button>
                <button type="button" class="quiet" on:click=copy_markdown>
                    "Copy as Markdown"
                </button>
                <button type="button" class="quiet" on:click=print>
                    "Print"
                </button>
            </div>
        </details>
    }
}
