//! Focus mode's bar (one question at a time, previous and next, back to the full scorecard) and
//! the shortcut sheet shown by `?`.

use crate::ui::common::focus::Dialog;
use crate::ui::scorecard::cursor::{items, use_cursor, Item};
use crate::ui::scorecard::keys::SHEET;
use crate::ui::state::use_session;
use leptos::prelude::*;

#[component]
pub fn FocusBar() -> impl IntoView {
    let session = use_session();
    let cursor = use_cursor();
    let position = move || {
        let list = session.with_card(items);
        let current = cursor.current();
        let here = current
            .as_ref()
            .and_then(|c| list.iter().position(|i| i == c));
        let what = match current {
            Some(Item::Question(_)) => "question",
            _ => "criterion",
        };
        here.map(|i| format!("Item {} of {} · {what}", i + 1, list.len()))
    };
    view! {
        <div class="focus-bar" role="group" aria-label="Focus mode">
            <button type="button" class="secondary" on:click=move |_| cursor.step(session, -1)>
                "Previous"
            </button>
            <span class="muted">{position}</span>
            <button type="button" class="secondary" on:click=move |_| cursor.step(session, 1)>
                "Next"
            </button>
            <button type="button" class="quiet" on:click=move |_| cursor.leave_focus_mode(session)>
                "Full scorecard"
            </button>
        </div>
    }
}

#[component]
pub fn ShortcutSheet() -> impl IntoView {
    let cursor = use_cursor();
    let close = Callback::new(move |_| cursor.close_help());
    view! {
        <Show when=move || cursor.help()>
            <Dialog labelled_by="shortcuts-title" class="panel shortcut-sheet" on_close=close>
                <div class="section-head">
                    <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
                    <button type="button" class="quiet" on:click=move |_| cursor.close_help()>
                        "Close"
                    </button>
                </div>
                <p class="muted small">
                    "They never fire while you type in a text field: Esc leaves it first. The whole table: docs/KEYBOARD.md."
                </p>
                <dl class="sheet">
                    {SHEET
                        .iter()
                        .map(|row| {
                            view! {
                                <div>
                                    <dt>
                                        <kbd>{row.keys}</kbd>
                                    </dt>
                                    <dd>{row.what}</dd>
                                </div>
                            }
                        })
                        .collect_view()}
                </dl>
            </Dialog>
        </Show>
    }
}
