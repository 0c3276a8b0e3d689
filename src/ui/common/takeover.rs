//! What the user did in the app shell's form before the wasm arrived, carried into the app as
//! it takes the shell's place (docs/PERFORMANCE.md, "App shell"). The shell's new-scorecard form
//! takes input while the rest of the shell is inert: on a phone's slow link the interviewer can
//! type the candidate's name while the app loads. When the app mounts, each value typed or chosen
//! is replayed into the app's field of the same id (as the user's own `input` or `change` event,
//! so the app's state takes it the ordinary way), focus and the caret return to the same field,
//! and a "Start scorecard" pressed meanwhile (the shell's inline script holds it: `data-start`)
//! is pressed again on the app's form, so nothing typed or asked for is lost.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlFormElement, HtmlInputElement, HtmlSelectElement};

/// The new-scorecard form, in the shell and in the app alike.
const FORM: &str = ".new-card form";

/// The attribute the shell's inline script (index.html) sets on its form when it was submitted.
const START_ASKED: &str = "data-start";

/// One field of the shell's form: its id and what it holds.
struct Field {
    id: String,
    value: String,
    select: bool,
}

/// Where the caret was, in the field that had focus.
struct Caret {
    id: String,
    range: Option<(u32, u32, String)>,
}

/// The shell form's state, read just before the shell leaves.
pub struct EarlyInput {
    fields: Vec<Field>,
    focus: Option<Caret>,
    start: bool,
}

impl EarlyInput {
    /// Reads the form inside `shell`; nothing when it has no form.
    pub fn read(document: &Document, shell: &Element) -> Option<Self> {
        let form = shell.query_selector(FORM).ok()??;
        let mut fields = Vec::new();
        let list = form.query_selector_all("input[id], select[id]").ok()?;
        for i in 0..list.length() {
            let Some(node) = list.item(i) else { continue };
            // Only what the user changed: a field left as the shell drew it leaves the app's
            // own value alone (a rubric a deep link preselects, for one).
            if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
                if input.value() != input.default_value() {
                    fields.push(Field {
                        id: input.id(),
                        value: input.value(),
                        select: false,
                    });
                }
            } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
                let drawn = select
                    .query_selector("option[selected]")
                    .ok()
                    .flatten()
                    .and_then(|o| o.get_attribute("value"));
                if drawn.as_deref() != Some(select.value().as_str()) {
                    fields.push(Field {
                        id: select.id(),
                        value: select.value(),
                        select: true,
                    });
                }
            }
        }
        let focus = document
            .active_element()
            .filter(|el| shell.contains(Some(el.as_ref())) && !el.id().is_empty())
            .map(|el| Caret {
                id: el.id(),
                range: el.dyn_ref::<HtmlInputElement>().and_then(|input| {
                    let start = input.selection_start().ok()??;
                    let end = input.selection_end().ok()??;
                    let direction = input.selection_direction().ok()?.unwrap_or_default();
                    Some((start, end, direction))
                }),
            });
        Some(EarlyInput {
            fields,
            focus,
            start: form.has_attribute(START_ASKED),
        })
    }

    /// Gives the app's form (mounted, with the same ids) what the shell's held.
    pub fn replay(self, document: &Document) {
        for field in &self.fields {
            let Some(el) = document.get_element_by_id(&field.id) else {
                continue;
            };
            let changed = if field.select {
                el.dyn_ref::<HtmlSelectElement>()
                    .filter(|s| s.value() != field.value)
                    .map(|s| s.set_value(&field.value))
                    .is_some()
            } else {
                el.dyn_ref::<HtmlInputElement>()
                    .filter(|i| i.value() != field.value)
                    .map(|i| i.set_value(&field.value))
                    .is_some()
            };
            if changed {
                dispatch(&el, if field.select { "change" } else { "input" });
            }
        }
        if let Some(caret) = &self.focus {
            if let Some(el) = document.get_element_by_id(&caret.id) {
                if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
                if let (Some(input), Some((start, end, direction))) =
                    (el.dyn_ref::<HtmlInputElement>(), &caret.range)
                {
                    let _ = input.set_selection_range_with_direction(*start, *end, direction);
                }
            }
        }
        if self.start {
            let form = document
                .query_selector(FORM)
                .ok()
                .flatten()
                .and_then(|f| f.dyn_into::<HtmlFormElement>().ok());
            if let Some(form) = form {
                let _ = form.request_submit();
            }
        }
    }
}

/// An `input` or `change` event as the user's own would be: bubbling.
fn dispatch(el: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
        let _ = el.dispatch_event(&event);
    }
}

/// Where the app's library will be drawn, a task after the rest of the start page
/// (`ui::library::StartPage`): the shell's own library section stands there meanwhile.
pub const LIBRARY_SLOT: &str = "library-slot";

/// Takes the shell's library section out of `shell` before the shell leaves, when the shell
/// showed it (a first visit: `data-shell="first"`).
pub fn take_library(document: &Document, shell: &Element) -> Option<Element> {
    let mode = document.document_element()?.get_attribute("data-shell");
    if mode.as_deref() != Some("first") {
        return None;
    }
    let library = shell.query_selector("section.library").ok()??;
    library.remove();
    Some(library)
}

/// Puts the shell's library section into the app's slot for the library, which then counts as
/// the shell's (`id="shell"`, its controls inert) until the app's library takes its place.
pub fn stand_in_library(document: &Document, library: &Element) {
    if let Some(slot) = document.get_element_by_id(LIBRARY_SLOT) {
        slot.set_id("shell");
        let _ = slot.append_child(library);
    }
}
