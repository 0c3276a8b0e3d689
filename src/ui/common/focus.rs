//! Moving keyboard focus to an element by its id.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with `id` now; false when there is none (or it cannot take focus).
pub fn focus_id(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}

/// Focuses the element with `id` after the view has updated (it may be about to show),
/// unless focus moved meanwhile: a key pressed before the next frame (`n` for notes right
/// after `j`) keeps the focus it gave.
pub fn focus_id_after_render(id: String) {
    let before = document().active_element();
    request_animation_frame(move || {
        if document().active_element() == before {
            focus_id(&id);
        }
    });
}
