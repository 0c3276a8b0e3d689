//! Keys for the lifetime of the calling component: what was pressed ([`Press`]) and where
//! ([`Context`], from what has focus) go to a pure map that picks an action, and the action is
//! carried out. The map is `scorecard/keys.rs`'s table.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where a key is pressed: what has keyboard focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// An item's card, a heading or the page: nothing that takes keys of its own.
    Item,
    /// One option of a 1-5 score control (a radio): arrows must not change the score.
    Score,
    /// Another radio button or a checkbox (recommendation, red flags, STAR-L): arrows and
    /// space keep their own meaning.
    Choice,
    /// A button or link: space and enter keep their own meaning.
    Button,
    /// The button that opens a menu (`aria-haspopup="menu"`).
    MenuButton,
    /// An item of an open menu.
    Menu,
    /// Inside a dialog: only the dialog's own keys.
    Dialog,
    /// A text field: every key is typing, no shortcut fires.
    Text,
}

impl Context {
    pub const ALL: [Context; 8] = [
        Context::Item,
        Context::Score,
        Context::Choice,
        Context::Button,
        Context::MenuButton,
        Context::Menu,
        Context::Dialog,
        Context::Text,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Context::Item => "item",
            Context::Score => "score option",
            Context::Choice => "checkbox or radio",
            Context::Button => "button",
            Context::MenuButton => "menu button",
            Context::Menu => "menu",
            Context::Dialog => "dialog",
            Context::Text => "text field",
        }
    }
}

/// One key press as the table sees it: `KeyboardEvent.key` and `.code`, and the modifiers
/// (`ctrl` is Ctrl or Meta).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Press<'a> {
    pub key: &'a str,
    pub code: &'a str,
    pub shift: bool,
    pub alt: bool,
    pub ctrl: bool,
}

impl<'a> Press<'a> {
    /// A key without modifiers (Shift is in the key itself: `?`, `E`).
    pub fn key(key: &'a str) -> Press<'a> {
        Press {
            key,
            code: "",
            shift: false,
            alt: false,
            ctrl: false,
        }
    }
}

fn element(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

fn within(el: &web_sys::Element, selector: &str) -> bool {
    el.closest(selector).ok().flatten().is_some()
}

/// The context of the element a key event was sent to.
pub fn context_of(ev: &web_sys::Event) -> Context {
    let Some(el) = element(ev) else {
        return Context::Item;
    };
    if within(&el, "[role=dialog]") {
        return Context::Dialog;
    }
    if within(&el, "[role=menu]") {
        return Context::Menu;
    }
    if el.get_attribute("aria-haspopup").as_deref() == Some("menu") {
        return Context::MenuButton;
    }
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => Context::Text,
        "INPUT" => match el.get_attribute("type").as_deref() {
            Some("radio") if el.has_attribute("data-score") => Context::Score,
            Some("radio") | Some("checkbox") => Context::Choice,
            Some("button") | Some("submit") => Context::Button,
            _ => Context::Text,
        },
        "BUTTON" | "A" | "SUMMARY" => Context::Button,
        _ if el.has_attribute("contenteditable") => Context::Text,
        _ => Context::Item,
    }
}

/// Calls `f` with the press of a keyboard event.
pub fn with_press<T>(ev: &web_sys::KeyboardEvent, f: impl FnOnce(&Press) -> T) -> T {
    let (key, code) = (ev.key(), ev.code());
    f(&Press {
        key: &key,
        code: &code,
        shift: ev.shift_key(),
        alt: ev.alt_key(),
        ctrl: ev.ctrl_key() || ev.meta_key(),
    })
}

/// Listens for keys while the caller lives: `map` picks an action for the press and its
/// context, `run` carries it out and says whether it used the key (then the browser's own
/// meaning is prevented). Keys a control already handled stay the control's.
pub fn use_shortcuts<A: 'static>(
    map: fn(&Press, Context) -> Option<A>,
    run: impl Fn(A) -> bool + 'static,
) {
    let listener = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() {
            return;
        }
        let Some(action) = with_press(&ev, |p| map(p, context_of(&ev))) else {
            return;
        };
        if run(action) {
            ev.prevent_default();
        }
    });
    on_cleanup(move || listener.remove());
}
