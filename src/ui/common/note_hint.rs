//! One dismissible line beside a notes field when its text holds a verdict without evidence or
//! a topic not to record ([`crate::model::hints`]). It never blocks typing; a dismissed hint stays
//! hidden for that field while the text still holds the same hint. While shown, the line is the
//! field's accessible description (`aria-describedby`), so a screen reader hears it with the field.

use crate::model::hints::{note_hint, Hint};
use crate::rubrics::note_hints;
use crate::ui::common::focus::focus_id;
use leptos::prelude::*;

/// The hint line for the notes field `field_id`, named `field` in the Dismiss button's label.
#[component]
pub fn NoteHint(
    /// The notes field's text.
    #[prop(into)]
    text: Signal<String>,
    /// The notes field's DOM id: focus returns there after Dismiss.
    field_id: String,
    /// What the field is, for the button's name ("API design notes"); worded so it never holds
    /// the field's own label, or finding the field by its label would find the button too.
    #[prop(into)]
    field: Signal<String>,
) -> impl IntoView {
    let hint = Memo::new(move |_| text.with(|t| note_hint(t, note_hints())));
    let dismissed = RwSignal::new(None::<Hint<'static>>);
    // Once the text no longer holds the dismissed hint, a later one shows again.
    Effect::new(move |_| {
        let now = hint.get();
        if dismissed.get_untracked().is_some_and(|d| Some(d) != now) {
            dismissed.set(None);
        }
    });
    let shown = move || hint.get().filter(|h| dismissed.get() != Some(*h));
    let line_id = format!("{field_id}-hint");
    // The field belongs to the parent view; it is described by the line only while it shows.
    let describe = (field_id.clone(), line_id.clone());
    Effect::new(move |_| {
        let on = shown().is_some();
        if let Some(el) = document().get_element_by_id(&describe.0) {
            let _ = if on {
                el.set_attribute("aria-describedby", &describe.1)
            } else {
                el.remove_attribute("aria-describedby")
            };
        }
    });
    let field_id = StoredValue::new(field_id);
    view! {
        <div class="note-hint" role="status">
            {move || {
                shown()
                    .map(|h| {
                        view! {
                            <p class="note-hint-line muted small" id=line_id.clone()>
                                <strong>"Hint: "</strong>
                                {h.message()}
                                <button
                                    type="button"
                                    class="quiet"
                                    aria-label=move || format!("Dismiss hint for {}", field.get())
                                    on:click=move |_| {
                                        dismissed.set(Some(h));
                                        field_id.with_value(|id| focus_id(id));
                                    }
                                >
                                    "Dismiss"
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}
