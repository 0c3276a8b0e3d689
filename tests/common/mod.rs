//! DOM helpers shared by the browser test files.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

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
