//! Single-key shortcuts for the lifetime of the calling component: a pure map from a key and
//! what has focus to a shortcut, and the action that carries it out.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What has keyboard focus when a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A text field: every key is typing, no shortcut fires.
    Text,
    /// A radio button or checkbox: arrows and space keep their own meaning.
    Choice,
    /// A button or link: space and enter keep their own meaning.
    Button,
    Other,
}

fn target_kind(ev: &web_sys::KeyboardEvent) -> Target {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return Target::Other;
    };
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => Target::Text,
        "INPUT" => match el.get_attribute("type").as_deref() {
            Some("radio") | Some("checkbox") => Target::Choice,
            Some("button") | Some("submit") => Target::Button,
            _ => Target::Text,
        },
        "BUTTON" | "A" | "SUMMARY" => Target::Button,
        _ if el.has_attribute("contenteditable") => Target::Text,
        _ => Target::Other,
    }
}

/// Listens for keys while the caller lives: `map` (`KeyboardEvent.key`, what has focus) picks
/// a shortcut, `run` carries it out. Keys with Ctrl, Meta or Alt, and keys a control already
/// handled, stay the browser's.
pub fn use_shortcuts<S: 'static>(map: fn(&str, Target) -> Option<S>, run: impl Fn(S) + 'static) {
    let listener = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
            return;
        }
        let Some(shortcut) = map(&ev.key(), target_kind(&ev)) else {
            return;
        };
        ev.prevent_default();
        run(shortcut);
    });
    on_cleanup(move || listener.remove());
}
