//! When the app panics, the page must not just freeze: the hook logs the panic and replaces the
//! page with a plain message. Every change was already saved as it was made, so the message
//! can say so.

use wasm_bindgen::JsCast;

pub const MESSAGE: &str = "Scorecard hit an internal error and stopped. Everything up to your \
    last change is saved in this browser. Reload the page to carry on; if this happens again, \
    export your scorecards from the list and tell the team what you were doing.";

/// Installs the hook: console logging plus the message in place of the app.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

fn show_message() {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    body.set_inner_html("");
    let Some(document) = body.owner_document() else {
        return;
    };
    if let Ok(el) = document.create_element("div") {
        el.set_attribute("role", "alert").ok();
        el.set_class_name("crash");
        el.set_text_content(Some(MESSAGE));
        let _ = body.append_child(&el);
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            el.set_tab_index(-1);
            let _ = el.focus();
        }
    }
}
