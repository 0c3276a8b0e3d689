//! The keyboard cursor over a scorecard: which question or criterion is current, focus mode,
//! the shortcut sheet, and carrying out the shortcuts of `keys.rs`.

use crate::model::{Score, Scorecard};
use crate::ui::scorecard::keys::{shortcut_for, Shortcut, Target};
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A question or criterion the cursor can rest on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Question(String),
    Criterion(String),
}

impl Item {
    /// The id of the item's card element.
    pub fn dom_id(&self) -> String {
        match self {
            Item::Question(id) => format!("q-{id}"),
            Item::Criterion(id) => format!("crit-{id}"),
        }
    }
}

/// Questions in asked order, then criteria in rubric order.
pub fn items(card: &Scorecard) -> Vec<Item> {
    let questions = card.questions.iter().map(|q| Item::Question(q.id.clone()));
    let criteria = card
        .criteria
        .iter()
        .map(|e| Item::Criterion(e.criterion_id.clone()));
    questions.chain(criteria).collect()
}

#[derive(Clone, Copy)]
pub struct Cursor {
    pub current: RwSignal<Option<Item>>,
    pub focus_mode: RwSignal<bool>,
    pub help: RwSignal<bool>,
}

pub fn use_cursor() -> Cursor {
    expect_context::<Cursor>()
}

impl Cursor {
    pub fn is_current(&self, item: &Item) -> bool {
        self.current.with(|c| c.as_ref() == Some(item))
    }

    /// Moves by `step` (+1 next, -1 previous) and focuses the card.
    pub fn step(&self, state: AppState, step: isize) {
        let list = state.read_untracked(items);
        if list.is_empty() {
            return;
        }
        let here = self
            .current
            .with_untracked(|c| c.as_ref().and_then(|c| list.iter().position(|i| i == c)));
        let next = match here {
            None => 0,
            Some(i) => (i as isize + step).clamp(0, list.len() as isize - 1) as usize,
        };
        self.current.set(Some(list[next].clone()));
        focus_element(&list[next].dom_id());
    }
}

/// Focuses now: for an element already shown, so keys typed right after land in it.
fn focus_now(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn focus_element(id: &str) {
    let id = id.to_string();
    // After the view updates (focus mode may have just shown the card).
    request_animation_frame(move || focus_now(&id));
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

/// Provides the cursor and listens for shortcuts while the scorecard is open.
pub fn use_shortcuts() -> Cursor {
    let state = use_app();
    let cursor = Cursor {
        current: RwSignal::new(None),
        focus_mode: RwSignal::new(false),
        help: RwSignal::new(false),
    };
    provide_context(cursor);
    let listener = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
            return;
        }
        let Some(shortcut) = shortcut_for(&ev.key(), target_kind(&ev)) else {
            return;
        };
        ev.prevent_default();
        run(state, cursor, shortcut);
    });
    on_cleanup(move || listener.remove());
    cursor
}

fn run(state: AppState, cursor: Cursor, shortcut: Shortcut) {
    let current = cursor.current.get_untracked();
    match shortcut {
        Shortcut::Score(n) => match current {
            Some(Item::Criterion(id)) => state.edit(|c, now| {
                c.set_score(&id, Score::new(n), now);
            }),
            Some(Item::Question(id)) if state.read_untracked(|c| c.rubric.score_answers) => state
                .edit(|c, now| {
                    c.set_answer_score(&id, Score::new(n), now);
                }),
            _ => {}
        },
        Shortcut::Next => cursor.step(state, 1),
        Shortcut::Previous => cursor.step(state, -1),
        Shortcut::Notes => {
            if let Some(item) = current {
                focus_now(&format!("{}-notes", item.dom_id()));
            }
        }
        Shortcut::ToggleAnswer => {
            if let Some(Item::Question(id)) = current {
                state.edit(|c, now| {
                    c.toggle_answer(&id, now);
                });
            }
        }
        Shortcut::Help => cursor.help.update(|h| *h = !*h),
        Shortcut::FocusMode => {
            let entering = !cursor.focus_mode.get_untracked();
            cursor.focus_mode.set(entering);
            if entering && current.is_none() {
                cursor.step(state, 1);
            } else if let Some(item) = current {
                focus_element(&item.dom_id());
            }
        }
        Shortcut::Escape => {
            if cursor.help.get_untracked() {
                cursor.help.set(false);
            } else {
                cursor.focus_mode.set(false);
            }
        }
    }
}
