//! The open scorecard's export menu: JSON (imports back), self-contained HTML, Markdown to the
//! clipboard, and the browser's print dialog with the print stylesheet.

use crate::export::{html, json, markdown};
use crate::ui::common::files::download;
use crate::ui::state::{use_app, Tone};
use leptos::prelude::*;

#[component]
pub fn ExportMenu() -> impl IntoView {
    let state = use_app();
    let save = move |make: fn(&crate::model::Scorecard) -> (String, String, &'static str)| {
        let Some((name, text, mime)) = state.current.with_untracked(|c| c.as_ref().map(make))
        else {
            return;
        };
        if let Err(e) = download(&name, &text, mime) {
            state.notify(e, Tone::Error);
        }
    };
    let copy_markdown = move |_| {
        let text = state.read_untracked(markdown::scorecard_markdown);
        let Some(window) = web_sys::window() else {
            return;
        };
        let _ = window.navigator().clipboard().write_text(&text);
        state.notify("Copied the scorecard as Markdown.".into(), Tone::Info);
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
