//! Keyboard focus: moving it to an element, typing at the caret, the dialog pattern (focus in,
//! kept inside, Esc, focus back) and never letting an action drop focus to the page body.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What can take focus with Tab, in a selector.
const TABBABLE: &str = "button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex='-1'])";

/// The element with focus, unless that is the page body.
pub fn active_element() -> Option<web_sys::Element> {
    document()
        .active_element()
        .filter(|el| el.tag_name() != "BODY")
}

/// Focuses `el`; false when it cannot take focus.
pub fn focus_element(el: &web_sys::Element) -> bool {
    el.dyn_ref::<web_sys::HtmlElement>()
        .is_some_and(|el| el.focus().is_ok())
}

/// Focuses the element with `id` now; false when there is none (or it cannot take focus).
pub fn focus_id(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .is_some_and(|el| focus_element(&el))
}

/// Focuses the first element matching `selector`; false when there is none.
pub fn focus_selector(selector: &str) -> bool {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .is_some_and(|el| focus_element(&el))
}

/// Runs `f` once the view has caught up with the signals just set (their effects run as
/// tasks first). Not a frame or a timer: those wait for Playwright's paused clock.
pub fn after_render(f: impl FnOnce() + 'static) {
    leptos::task::spawn_local(async move {
        for _ in 0..4 {
            leptos::task::tick().await;
        }
        f();
    });
}

/// Focuses the element with `id` after the view has updated (it may be about to show),
/// unless focus moved meanwhile: a key pressed in the same turn (`n` for notes right after
/// `j`) keeps the focus it gave.
pub fn focus_id_after_render(id: String) {
    let before = document().active_element();
    after_render(move || {
        if document().active_element() == before {
            focus_id(&id);
        }
    });
}

/// Types `text` at the caret of the focused text field, as if typed: the field's `input`
/// handler sees it, and the caret ends after it.
pub fn insert_at_caret(text: &str) {
    let Some(el) = active_element() else {
        return;
    };
    let end = if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_range_text(text)
            .ok()
            .and(area.selection_start().ok().flatten())
    } else if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input
            .set_range_text(text)
            .ok()
            .and(input.selection_start().ok().flatten())
    } else {
        None
    };
    let Some(start) = end else {
        return;
    };
    // `setRangeText` keeps the caret before the inserted text: move it after.
    let after = start + text.encode_utf16().count() as u32;
    if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.set_selection_range(after, after);
    } else if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.set_selection_range(after, after);
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(ev) = web_sys::Event::new_with_event_init_dict("input", &init) {
        let _ = el.dispatch_event(&ev);
    }
}

fn tabbables(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let Ok(list) = root.query_selector_all(TABBABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter(|el| {
            el.dyn_ref::<web_sys::HtmlElement>()
                .is_some_and(|h| h.offset_parent().is_some())
        })
        .collect()
}

/// Keeps a Tab (`back`: Shift+Tab) inside `root`: from its last visible control it goes to
/// its first and back, and from outside it goes in. For dialogs and focus mode.
pub fn keep_tab_inside(root: &web_sys::Element, back: bool, ev: &web_sys::KeyboardEvent) {
    let all = tabbables(root);
    let (Some(first), Some(last)) = (all.first(), all.last()) else {
        ev.prevent_default();
        return;
    };
    let active = active_element();
    let at = |el: &web_sys::Element| active.as_ref() == Some(el);
    let outside = !active.as_ref().is_some_and(|a| all.contains(a));
    if back && (at(first) || outside) {
        ev.prevent_default();
        focus_element(last);
    } else if !back && (at(last) || outside) {
        ev.prevent_default();
        focus_element(first);
    }
}

thread_local! {
    /// What had focus before each open dialog, innermost last.
    static OPENERS: std::cell::RefCell<Vec<Option<web_sys::Element>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A dialog: focus moves to its first control when it opens, Tab and Shift+Tab stay inside,
/// Esc calls `on_close`, and focus goes back to what had it before (or the page's title)
/// when it closes. Its keys come from `scorecard/keys.rs`'s table, in the dialog context.
#[component]
pub fn Dialog(
    labelled_by: &'static str,
    class: &'static str,
    on_close: Callback<()>,
    children: Children,
) -> impl IntoView {
    use crate::ui::scorecard::keys::{action_for, Action, Context};
    let node = NodeRef::<leptos::html::Section>::new();
    OPENERS.with(|o| o.borrow_mut().push(active_element()));
    after_render(move || {
        if let Some(root) = node.get_untracked() {
            if let Some(first) = tabbables(&root).first() {
                focus_element(first);
            }
        }
    });
    on_cleanup(move || {
        let back = OPENERS
            .with(|o| o.borrow_mut().pop())
            .flatten()
            .filter(|el| el.is_connected());
        after_render(move || {
            if active_element().is_none()
                && !back.as_ref().is_some_and(focus_element)
                && !focus_id("card-title")
            {
                focus_selector("main");
            }
        });
    });
    let keydown = move |ev: web_sys::KeyboardEvent| {
        let Some(root) = node.get_untracked() else {
            return;
        };
        let action = crate::ui::common::hooks::with_press(&ev, |p| action_for(p, Context::Dialog));
        match action {
            Some(Action::CloseDialog) => {
                ev.prevent_default();
                ev.stop_propagation();
                on_close.run(());
            }
            Some(Action::DialogTab { back }) => keep_tab_inside(&root, back, &ev),
            _ => {}
        }
    };
    view! {
        <section
            class=class
            role="dialog"
            aria-modal="true"
            aria-labelledby=labelled_by
            node_ref=node
            on:keydown=keydown
        >
            {children()}
        </section>
    }
}

thread_local! {
    /// The control a click went to, and the parts of the page around it, innermost first.
    static CLICKED: std::cell::RefCell<Option<(web_sys::Element, Vec<web_sys::Element>)>> = const { std::cell::RefCell::new(None) };
}

/// After a click or a key (a shortcut, or Enter or Space on a button) removes the control
/// that had focus, as "Start call", "End call" or "Remove" do, focus goes to the first control of the nearest part of the
/// page still there (or that part itself) instead of falling to the page body. Listens for
/// the app's lifetime: in the capture phase to note where the control sits (its handler
/// may remove it), and in the bubble phase, after every handler, to check.
pub fn keep_focus_after_actions() {
    let after = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let Some((clicked, homes)) = CLICKED.with(|c| c.borrow_mut().take()) else {
            return;
        };
        after_render(move || {
            if active_element().is_some() || clicked.is_connected() {
                return;
            }
            if let Some(home) = homes.into_iter().find(|h| h.is_connected()) {
                if let Some(first) = tabbables(&home).first() {
                    focus_element(first);
                } else {
                    if !home.has_attribute("tabindex") {
                        let _ = home.set_attribute("tabindex", "-1");
                    }
                    focus_element(&home);
                }
            }
        });
    })
    .into_js_value();
    let before =
        wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let Some(clicked) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let mut homes = Vec::new();
            let mut at = clicked.parent_element();
            while let Some(el) = at {
                let home = "[role=group], [role=dialog], section, article, li, aside, main, header";
                if el.matches(home).unwrap_or(false) {
                    homes.push(el.clone());
                }
                at = el.parent_element();
            }
            CLICKED.with(|c| *c.borrow_mut() = Some((clicked, homes)));
            // Added again now, so it runs last, after the handlers of the app's screens.
            let w = window();
            let _ = w.remove_event_listener_with_callback(&ev.type_(), after.unchecked_ref());
            let _ = w.add_event_listener_with_callback(&ev.type_(), after.unchecked_ref());
        });
    for event in ["click", "keydown"] {
        let _ = window().add_event_listener_with_callback_and_bool(
            event,
            before.as_ref().unchecked_ref(),
            true,
        );
    }
    before.forget();
}
