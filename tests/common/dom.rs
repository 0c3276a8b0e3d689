//! DOM helpers shared by the browser test files.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container for each test. Only our own roots are removed: the runner reports
/// through its own elements in the body.
pub fn fresh_root() -> HtmlElement {
    let old = document().query_selector_all(".test-root").unwrap();
    for i in 0..old.length() {
        let node = old.item(i).unwrap();
        node.parent_node().unwrap().remove_child(&node).unwrap();
    }
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-root");
    document().body().unwrap().append_child(&root).unwrap();
    root.unchecked_into()
}

/// The first element under `root` matching `selector`; panics when there is none.
pub fn find<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

/// Every element under `root` matching `selector`, in document order.
pub fn all(root: &HtmlElement, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

/// Fires a bubbling `input` event on `target`, as typing does after the value changed.
pub fn fire_input(target: &web_sys::EventTarget) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Presses a key as the browser would: a bubbling keydown on `target`.
pub fn press(target: &web_sys::EventTarget, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Waits for the next animation frame, when the editor moves focus after a list change.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

pub fn focused() -> Element {
    document().active_element().unwrap()
}
