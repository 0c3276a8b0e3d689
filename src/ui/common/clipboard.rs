//! Copying text to the clipboard, saying "copied" only once the browser has taken it (the write
//! fails in sandboxed frames, on plain http and without permission).

use crate::ui::state::{Notices, Tone};
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; on success shows `done`, else an error saying to copy by hand.
pub fn copy_text(notices: Notices, text: String, done: &'static str) {
    leptos::task::spawn_local(async move {
        let written = match web_sys::window() {
            Some(w) => JsFuture::from(w.navigator().clipboard().write_text(&text))
                .await
                .is_ok(),
            None => false,
        };
        if written {
            notices.notify(done, Tone::Info);
        } else {
            notices.notify(
                "The browser did not allow copying here. Select the text and copy it by hand.",
                Tone::Error,
            );
        }
    });
}
