//! The keyboard cursor over a scorecard: which question or criterion is current, focus mode,
//! the shortcut sheet, the Export menu's open state, and carrying out the actions of
//! `keys.rs`. Criteria and questions join it the same way, through [`Cursor::bind`].

use super::keys::{action_for, Action};
use crate::model::timer::{stamp, CallPhase};
use crate::model::{Mark, Score, Scorecard};
use crate::ui::common::focus::{
    active_element, after_render, focus_element, focus_id, focus_id_after_render, focus_selector,
    insert_at_caret,
};
use crate::ui::common::hooks::use_shortcuts;
use crate::ui::scorecard::revision::{use_revise, Revise};
use crate::ui::state::{use_session, Session};
use leptos::prelude::*;

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

/// The id of the Export menu's button and of the menu.
pub const MENU_BUTTON: &str = "export-button";
pub const MENU: &str = "export-menu";

#[derive(Clone, Copy)]
pub struct Cursor {
    current: RwSignal<Option<Item>>,
    focus_mode: RwSignal<bool>,
    help: RwSignal<bool>,
    menu: RwSignal<bool>,
    /// Set while a Tab leaves a text field, so the focus it gives another item does not
    /// make that item current (the next `j` must not skip one).
    tabbing_out: StoredValue<bool>,
    /// Set from a move until the next frame gives the new item focus: keys pressed in
    /// between act on the new item, not on the one still holding focus.
    moving: StoredValue<bool>,
    revise: Revise,
}

pub fn use_cursor() -> Cursor {
    expect_context::<Cursor>()
}

/// One item's card joined to the cursor.
#[derive(Clone, Copy)]
pub struct BoundItem {
    cursor: Cursor,
    item: StoredValue<Item>,
}

impl BoundItem {
    /// Whether the cursor rests on this item (tracked).
    pub fn is_current(&self) -> bool {
        self.item.with_value(|i| self.cursor.is_current(i))
    }

    /// Focus moved into the item's card: the cursor follows, unless a Tab out of a text
    /// field brought it.
    pub fn focused(&self) {
        if self.cursor.tabbing_out.get_value() {
            self.cursor.tabbing_out.set_value(false);
        } else if !self.is_current() {
            self.cursor.current.set(Some(self.item.get_value()));
        }
    }
}

impl Cursor {
    /// Provides the cursor and listens for keys while the scorecard is open.
    pub fn provide() -> Cursor {
        let session = use_session();
        let cursor = Cursor {
            current: RwSignal::new(None),
            focus_mode: RwSignal::new(false),
            help: RwSignal::new(false),
            menu: RwSignal::new(false),
            tabbing_out: StoredValue::new(false),
            moving: StoredValue::new(false),
            revise: use_revise(),
        };
        provide_context(cursor);
        use_shortcuts(action_for, move |action| cursor.run(session, action));
        // A click or tap is a deliberate move: the focus it gives an item makes it current.
        let tabbed = cursor.tabbing_out;
        let pointer =
            window_event_listener(leptos::ev::pointerdown, move |_| tabbed.set_value(false));
        on_cleanup(move || pointer.remove());
        cursor
    }

    /// Joins an item's card to the cursor.
    pub fn bind(&self, item: Item) -> BoundItem {
        BoundItem {
            cursor: *self,
            item: StoredValue::new(item),
        }
    }

    pub fn is_current(&self, item: &Item) -> bool {
        self.current.with(|c| c.as_ref() == Some(item))
    }

    /// The current item (tracked).
    pub fn current(&self) -> Option<Item> {
        self.current.get()
    }

    /// Whether focus mode is on (tracked).
    pub fn focus_mode(&self) -> bool {
        self.focus_mode.get()
    }

    /// Focus mode on, at the current item (the first when there is none), or off, back to
    /// the full scorecard with focus on the item it showed.
    /// Whether focus mode is on, for event handlers (untracked).
    pub fn focus_mode_untracked(&self) -> bool {
        self.focus_mode.get_untracked()
    }

    pub fn toggle_focus_mode(&self, session: Session) {
        let entering = !self.focus_mode.get_untracked();
        self.focus_mode.set(entering);
        match self.current.get_untracked() {
            None if entering => self.step(session, 1),
            Some(item) => focus_id_after_render(item.dom_id()),
            None => {}
        }
    }

    pub fn leave_focus_mode(&self, session: Session) {
        if self.focus_mode.get_untracked() {
            self.toggle_focus_mode(session);
        }
    }

    /// Whether the shortcut sheet shows (tracked).
    pub fn help(&self) -> bool {
        self.help.get()
    }

    pub fn toggle_help(&self) {
        self.help.update(|h| *h = !*h);
    }

    pub fn close_help(&self) {
        self.help.set(false);
    }

    /// Whether the Export menu is open (tracked).
    pub fn menu_open(&self) -> bool {
        self.menu.get()
    }

    /// Opens the Export menu with focus on its first (or last) item.
    pub fn open_menu(&self, at_last: bool) {
        self.menu.set(true);
        after_render(move || menu_focus(if at_last { -2 } else { 0 }));
    }

    /// Closes the Export menu; `refocus` puts focus back on its button.
    pub fn close_menu(&self, refocus: bool) {
        self.menu.set(false);
        if refocus {
            focus_id(MENU_BUTTON);
        }
    }

    /// Moves by `step` (+1 next, -1 previous) and focuses the card.
    pub fn step(&self, session: Session, step: isize) {
        let list = session.with_card_untracked(items);
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
        focus_id_after_render(list[next].dom_id());
        self.moving.set_value(true);
        let moving = self.moving;
        after_render(move || moving.set_value(false));
    }

    /// The item a key acts on: the one holding focus, else the current one. It becomes
    /// current, so what is highlighted is what the key changed.
    fn target(&self, session: Session) -> Option<Item> {
        if self.moving.get_value() {
            return self.current.get_untracked();
        }
        let focused = active_element()
            .and_then(|el| el.closest(".item").ok().flatten())
            .map(|card| card.id());
        let held = focused.and_then(|dom| {
            session.with_card_untracked(|c| items(c).into_iter().find(|i| i.dom_id() == dom))
        });
        if let Some(item) = held {
            self.current.set(Some(item));
        }
        self.current.get_untracked()
    }

    /// Scores, clears or marks "no evidence" on the current item, asking why once frozen
    /// (`revision.rs`). "No evidence" is for criteria only.
    fn score(&self, session: Session, mark: Mark) {
        let revise = self.revise;
        match self.target(session) {
            Some(Item::Criterion(id)) => revise.change(session, &id, mark),
            Some(Item::Question(id))
                if mark != Mark::NoEvidence
                    && session.with_card_untracked(|c| c.rubric.score_answers) =>
            {
                revise.change(session, &id, mark)
            }
            _ => {}
        }
    }

    /// Carries out an action; false when the key keeps its browser meaning.
    fn run(&self, session: Session, action: Action) -> bool {
        self.tabbing_out.set_value(false);
        match action {
            Action::Score(n) => self.score(session, Mark::of(Score::new(n), false)),
            Action::ClearScore => self.score(session, Mark::Unscored),
            Action::NoEvidence => self.score(session, Mark::NoEvidence),
            Action::Next => self.step(session, 1),
            Action::Previous => self.step(session, -1),
            Action::Notes => {
                if let Some(item) = self.target(session) {
                    focus_id(&format!("{}-notes", item.dom_id()));
                }
            }
            Action::AnswerTimer => {
                if let Some(Item::Question(id)) = self.target(session) {
                    session.edit(|c, now| {
                        c.toggle_answer(&id, now);
                    });
                }
            }
            Action::MarkAsked => {
                if let Some(Item::Question(id)) = self.target(session) {
                    session.edit(|c, now| {
                        c.toggle_asked(&id, now);
                    });
                }
            }
            Action::RedFlags => {
                focus_selector(".red-flags input[type=checkbox]");
            }
            Action::Recommendation => {
                if !focus_selector("input[name=recommendation]:checked") {
                    focus_selector("input[name=recommendation]");
                }
            }
            Action::EndCall => session.edit(|c, now| {
                if matches!(c.call.phase(), CallPhase::Running | CallPhase::Paused) {
                    c.end_call(now);
                }
            }),
            Action::Export => self.open_menu(false),
            Action::FocusMode => self.toggle_focus_mode(session),
            Action::Help => self.toggle_help(),
            Action::Escape => {
                if self.menu.get_untracked() {
                    self.close_menu(true);
                } else {
                    self.leave_focus_mode(session);
                }
            }
            Action::Ignore => {}
            Action::LeaveField => leave_field(),
            Action::Stamp => {
                let now = js_sys::Date::now() as i64;
                insert_at_caret(&stamp(
                    session.with_card_untracked(|c| c.call.elapsed_ms(now)),
                ));
            }
            Action::TabFromText => {
                // Consumed by the card the focus arrives in, else by the next key or click.
                self.tabbing_out.set_value(true);
            }
            Action::OpenMenu => self.open_menu(false),
            Action::OpenMenuAtLast => self.open_menu(true),
            Action::MenuNext => menu_focus(1),
            Action::MenuPrevious => menu_focus(-1),
            Action::MenuFirst => menu_focus(0),
            Action::MenuLast => menu_focus(-2),
            Action::CloseMenu => self.close_menu(true),
            Action::MenuTab => self.close_menu(false),
            // Dialogs take their own keys (`common::focus::Dialog`).
            Action::CloseDialog | Action::DialogTab { .. } => return false,
        }
        !action.passes_through()
    }
}

/// Esc in a text field: focus back on its item's card (or the section around it); the text
/// stays where it is.
fn leave_field() {
    let Some(field) = active_element() else {
        return;
    };
    let home = field
        .closest(".item")
        .ok()
        .flatten()
        .or_else(|| field.closest("section, aside, main").ok().flatten());
    if let Some(home) = home {
        if !home.has_attribute("tabindex") {
            let _ = home.set_attribute("tabindex", "-1");
        }
        focus_element(&home);
    }
}

/// Focus within the open Export menu: `0` the first item, `-2` the last, `1` / `-1` the next
/// or previous (wrapping).
fn menu_focus(how: i32) {
    let Ok(list) = document().query_selector_all(&format!("#{MENU} [role=menuitem]")) else {
        return;
    };
    let n = list.length();
    if n == 0 {
        return;
    }
    let active = active_element();
    let here = (0..n).find(|&i| {
        list.item(i)
            .and_then(|node| active.as_ref().map(|a| a.is_same_node(Some(&node))))
            .unwrap_or(false)
    });
    let to = match (how, here) {
        (0, _) | (1, None) => 0,
        (-2, _) | (-1, None) => n - 1,
        (1, Some(i)) => (i + 1) % n,
        (_, Some(i)) => (i + n - 1) % n,
        _ => 0,
    };
    if let Some(el) = list
        .item(to)
        .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
    {
        focus_element(&el);
    }
}
