//! The keyboard cursor over a scorecard: which question or criterion is current, focus mode,
//! the shortcut sheet, and carrying out the shortcuts of `keys.rs`. Criteria and questions
//! join it the same way, through [`Cursor::bind`].

use super::keys::{shortcut_for, Shortcut};
use crate::model::{Score, Scorecard};
use crate::ui::common::focus::{focus_id, focus_id_after_render};
use crate::ui::common::hooks::use_shortcuts;
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

#[derive(Clone, Copy)]
pub struct Cursor {
    current: RwSignal<Option<Item>>,
    focus_mode: RwSignal<bool>,
    help: RwSignal<bool>,
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

    /// Focus moved into the item's card: the cursor follows.
    pub fn focused(&self) {
        if !self.is_current() {
            self.cursor.current.set(Some(self.item.get_value()));
        }
    }
}

impl Cursor {
    /// Provides the cursor and listens for shortcuts while the scorecard is open.
    pub fn provide() -> Cursor {
        let session = use_session();
        let cursor = Cursor {
            current: RwSignal::new(None),
            focus_mode: RwSignal::new(false),
            help: RwSignal::new(false),
        };
        provide_context(cursor);
        use_shortcuts(shortcut_for, move |shortcut| cursor.run(session, shortcut));
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

    pub fn toggle_focus_mode(&self) {
        self.focus_mode.update(|f| *f = !*f);
    }

    pub fn leave_focus_mode(&self) {
        self.focus_mode.set(false);
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
    }

    fn run(&self, session: Session, shortcut: Shortcut) {
        let current = self.current.get_untracked();
        match shortcut {
            Shortcut::Score(n) => match current {
                Some(Item::Criterion(id)) => session.edit(|c, now| {
                    c.set_score(&id, Score::new(n), now);
                }),
                Some(Item::Question(id))
                    if session.with_card_untracked(|c| c.rubric.score_answers) =>
                {
                    session.edit(|c, now| {
                        c.set_answer_score(&id, Score::new(n), now);
                    })
                }
                _ => {}
            },
            Shortcut::Next => self.step(session, 1),
            Shortcut::Previous => self.step(session, -1),
            Shortcut::Notes => {
                if let Some(item) = current {
                    focus_id(&format!("{}-notes", item.dom_id()));
                }
            }
            Shortcut::ToggleAnswer => {
                if let Some(Item::Question(id)) = current {
                    session.edit(|c, now| {
                        c.toggle_answer(&id, now);
                    });
                }
            }
            Shortcut::Help => self.toggle_help(),
            Shortcut::FocusMode => {
                let entering = !self.focus_mode.get_untracked();
                self.focus_mode.set(entering);
                if entering && current.is_none() {
                    self.step(session, 1);
                } else if let Some(item) = current {
                    focus_id_after_render(item.dom_id());
                }
            }
            Shortcut::Escape => {
                if self.help.get_untracked() {
                    self.help.set(false);
                } else {
                    self.focus_mode.set(false);
                }
            }
        }
    }
}
