//! A new task for work that can wait for the browser: a `MessageChannel` message, which runs
//! after the current task (and its microtasks) without a timer's clamping, and which Playwright's
//! paused clock does not hold back (it pauses timers, frames and idle callbacks).

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `f` in a task of its own, after the current one; at once where no message can be sent.
pub fn next_task(f: impl FnOnce() + 'static) {
    let f = Rc::new(Cell::new(Some(f)));
    let run = {
        let f = f.clone();
        move || {
            if let Some(f) = f.take() {
                f();
            }
        }
    };
    let sent = web_sys::MessageChannel::new().and_then(|channel| {
        let port = channel.port1();
        port.set_onmessage(Some(Closure::once_into_js(run).unchecked_ref()));
        channel.port2().post_message(&wasm_bindgen::JsValue::NULL)
    });
    if sent.is_err() {
        if let Some(f) = f.take() {
            f();
        }
    }
}
