//! The inline "Deleted “…”. Undo" note shown after a delete, while it can be undone.

use leptos::prelude::*;

/// Shows `Deleted “name”.` with an Undo button while `deleted` holds a name.
#[component]
pub fn UndoNote(
    #[prop(into)] deleted: Signal<Option<String>>,
    on_undo: Callback<()>,
) -> impl IntoView {
    move || {
        deleted.get().map(|name| {
            view! {
                <p class="inline-note" role="status">
                    {format!("Deleted \u{201c}{name}\u{201d}. ")}
                    <button type="button" class="quiet" on:click=move |_| on_undo.run(())>
                        "Undo"
                    </button>
                </p>
            }
        })
    }
}
