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

/// Focuses the element with `id` after the view has updated (it may be about to show).
pub fn focus_id_after_render(id: String) {
    request_animation_frame(move || {
        focus_id(&id);
    });
}
