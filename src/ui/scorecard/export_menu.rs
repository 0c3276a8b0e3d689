//! The open scorecard's export menu: JSON (imports back), self-contained HTML, Markdown or
//! plain text for an applicant tracking system ("Copy for ATS") to the clipboard, and the browser's print dialog with the print stylesheet. A menu button (ARIA
//! pattern): its keys are in `keys.rs`, its open state in the cursor.

use crate::export::{ats, html, json, markdown};
use crate::ui::common::clipboard::copy_text;
use crate::ui::common::files::offer_download;
use crate::ui::scorecard::cursor::{use_cursor, MENU, MENU_BUTTON};
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
    let copy_markdown = move || {
        let text = session.with_card_untracked(markdown::scorecard_markdown);
        copy_text(notices, text, "Copied the scorecard as Markdown.");
    };
    let copy_ats = move || {
        let text = session.with_card_untracked(ats::scorecard_ats);
        copy_text(
            notices,
            text,
            "Copied the scorecard as plain text for your ATS.",
        );
    };
    let print = move || {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let cursor = use_cursor();
    // Every item closes the menu and gives focus back to its button.
    let item = move |label: &'static str, act: Box<dyn Fn()>| {
        view! {
            <button
                type="button"
                role="menuitem"
                tabindex="-1"
                class="quiet"
                on:click=move |_| {
                    cursor.close_menu(true);
                    act();
                }
            >
                {label}
            </button>
        }
    };
    // Focus leaving the button and the menu (a click elsewhere) closes it.
    let focus_out = move |ev: web_sys::FocusEvent| {
        let inside = ev
            .related_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
            .is_some_and(|n| {
                document()
                    .query_selector(".export-menu")
                    .ok()
                    .flatten()
                    .is_some_and(|m| m.contains(Some(&n)))
            });
        if !inside {
            cursor.close_menu(false);
        }
    };
    view! {
        <div class="export-menu" on:focusout=focus_out>
            <button
                type="button"
                class="secondary"
                id=MENU_BUTTON
                aria-haspopup="menu"
                aria-controls=MENU
                aria-expanded=move || cursor.menu_open().to_string()
                aria-keyshortcuts="x"
                on:click=move |_| {
                    if cursor.menu_open() {
                        cursor.close_menu(true)
                    } else {
                        cursor.open_menu(false)
                    }
                }
            >
                "Export"
            </button>
            <div
                class="export-items"
                id=MENU
                role="menu"
                aria-label="Export this scorecard"
                hidden=move || !cursor.menu_open()
            >
                {item(
                    "Download JSON",
                    Box::new(move || {
                        save(|c| (json::file_name(c), json::scorecard(c), "application/json"))
                    }),
                )}
                {item(
                    "Download HTML",
                    Box::new(move || {
                        save(|c| {
                            (
                                json::file_name(c).replace(".json", ".html"),
                                html::scorecard_html(c),
                                "text/html",
                            )
                        })
                    }),
                )}
                {item("Copy as Markdown", Box::new(copy_markdown))}
                {item("Copy for ATS", Box::new(copy_ats))}
                {item("Print", Box::new(print))}
            </div>
        </div>
    }
}
