//! One entry of a list in the rubric draft (a criterion, a bank question), found by id so its
//! fields, names and error paths follow it when it moves.

use super::fields::{edit_field, refocus_remove, Control};
use crate::model::rubric::RubricProblem;
use crate::model::{Criterion, Question, Rubric};
use leptos::prelude::*;
use std::rc::Rc;

/// The lists of the draft that the editor shows entry by entry.
pub(super) trait Entry: Clone + Send + Sync + 'static {
    /// The list's name in problem paths: `criteria`, `question_bank`.
    const LIST: &'static str;
    /// What one entry is called in accessible names: "Criterion", "Question".
    const NOUN: &'static str;
    fn id(&self) -> &str;
    fn list(rubric: &Rubric) -> &Vec<Self>;
    fn list_mut(rubric: &mut Rubric) -> &mut Vec<Self>;
}

impl Entry for Criterion {
    const LIST: &'static str = "criteria";
    const NOUN: &'static str = "Criterion";
    fn id(&self) -> &str {
        &self.id
    }
    fn list(rubric: &Rubric) -> &Vec<Self> {
        &rubric.criteria
    }
    fn list_mut(rubric: &mut Rubric) -> &mut Vec<Self> {
        &mut rubric.criteria
    }
}

impl Entry for Question {
    const LIST: &'static str = "question_bank";
    const NOUN: &'static str = "Question";
    fn id(&self) -> &str {
        &self.id
    }
    fn list(rubric: &Rubric) -> &Vec<Self> {
        &rubric.question_bank
    }
    fn list_mut(rubric: &mut Rubric) -> &mut Vec<Self> {
        &mut rubric.question_bank
    }
}

pub(super) struct Row<T: Entry> {
    pub draft: RwSignal<Rubric>,
    pub id: StoredValue<String>,
    /// The entry's position in its list, from 0.
    pub pos: Memo<usize>,
    /// How many entries the list has.
    pub len: Memo<usize>,
    problems: Memo<Vec<RubricProblem>>,
    entry: std::marker::PhantomData<fn() -> T>,
}

impl<T: Entry> Clone for Row<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Entry> Copy for Row<T> {}

impl<T: Entry> Row<T> {
    /// The row of entry `id`, and its values when the editor opened (`blank` when it is new).
    pub fn new(
        id: String,
        draft: RwSignal<Rubric>,
        problems: Memo<Vec<RubricProblem>>,
        blank: impl FnOnce(String) -> T,
    ) -> (Self, T) {
        let start = draft
            .with_untracked(|r| T::list(r).iter().find(|e| e.id() == id).cloned())
            .unwrap_or_else(|| blank(id.clone()));
        let id = StoredValue::new(id);
        let pos = Memo::new(move |_| {
            id.with_value(|id| draft.with(|r| T::list(r).iter().position(|e| e.id() == id)))
                .unwrap_or(0)
        });
        let len = Memo::new(move |_| draft.with(|r| T::list(r).len()));
        let entry = std::marker::PhantomData;
        let row = Row {
            draft,
            id,
            pos,
            len,
            problems,
            entry,
        };
        (row, start)
    }

    /// Its number as shown, from 1.
    pub fn number(self) -> usize {
        self.pos.get() + 1
    }

    /// The problem path of one of its fields: `criteria[2].title`.
    pub fn path(self, field: &'static str) -> Signal<String> {
        Signal::derive(move || format!("{}[{}].{field}", T::LIST, self.pos.get()))
    }

    /// The accessible name of one of its fields: "Criterion 3 title".
    pub fn name(self, what: &'static str) -> Option<Signal<String>> {
        Some(Signal::derive(move || {
            format!("{} {} {what}", T::NOUN, self.number())
        }))
    }

    /// Changes the entry in the draft.
    pub fn edit(self, f: impl FnOnce(&mut T)) {
        self.id.with_value(|id| {
            self.draft.update(|r| {
                if let Some(e) = T::list_mut(r).iter_mut().find(|e| e.id() == id) {
                    f(e);
                }
            })
        });
    }

    /// One labelled field of the entry, written through `set`.
    pub fn field(
        self,
        control: Control,
        label: &'static str,
        field: &'static str,
        what: &'static str,
        value: String,
        set: impl Fn(&mut T, String) + 'static,
    ) -> AnyView {
        let problems = self.problems;
        edit_field(
            control,
            label,
            self.name(what),
            self.path(field),
            value,
            problems,
            Rc::new(move |v| self.edit(|e| set(e, v))),
        )
    }

    /// Removes the entry; returns where it was. Focus goes to `focus_field` of the entry now in
    /// its place, else the one before, else the element `fallback`.
    pub fn remove(self, focus_field: &'static str, fallback: &'static str) -> usize {
        let at = self.pos.get_untracked();
        self.id.with_value(|id| {
            self.draft
                .update(|r| T::list_mut(r).retain(|e| e.id() != id))
        });
        let left = self.draft.with_untracked(|r| T::list(r).len());
        refocus_remove(T::LIST, focus_field, at, left, fallback);
        at
    }
}
