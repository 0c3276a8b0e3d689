//! The small buttons that act on one item of a list (move up, move down, remove), each named
//! with the item it acts on ("Move question 2 up"), since the visible text repeats.

use leptos::prelude::*;

/// How an item button looks and what it is called.
#[derive(Clone, Copy)]
pub struct ItemButton {
    /// The visible text: "Up", "Move up", "Remove".
    pub text: &'static str,
    /// The accessible name, from the item's number: `|n| format!("Remove question {n}")`.
    pub name: fn(usize) -> String,
    pub danger: bool,
}

impl ItemButton {
    /// The button for the item numbered `number`; `disabled` and `id` are optional.
    pub fn view(
        self,
        number: impl Into<Signal<usize>>,
        disabled: Option<Signal<bool>>,
        id: Option<Signal<String>>,
        on_click: impl Fn() + 'static,
    ) -> AnyView {
        self.draw(number.into(), disabled, id, Box::new(on_click))
    }

    /// The view code, once for every caller rather than once per closure type.
    fn draw(
        self,
        number: Signal<usize>,
        disabled: Option<Signal<bool>>,
        id: Option<Signal<String>>,
        on_click: Box<dyn Fn()>,
    ) -> AnyView {
        let class = if self.danger { "quiet danger" } else { "quiet" };
        let name = self.name;
        view! {
            <button
                type="button"
                class=class
                id=move || id.map(|i| i.get())
                disabled=move || disabled.is_some_and(|d| d.get())
                aria-label=move || name(number.get())
                on:click=move |_| on_click()
            >
                {self.text}
            </button>
        }
        .into_any()
    }
}
