//! The compare page's memory: what it had picked, blind mode and each matrix's order, kept
//! while the user opens a candidate and comes back; "Hide names until every picked scorecard
//! is completed" is kept in storage, so it survives a reload.

use super::store::StoreHandle;
use crate::model::compare::{Column, Comparison, Merges, Sort};
use crate::ui::common::selection::Selection;
use leptos::prelude::*;
use std::collections::HashMap;

#[derive(Clone, Copy)]
pub struct CompareMemory {
    picked: Selection,
    blind: RwSignal<bool>,
    hide_names: RwSignal<bool>,
    sorts: RwSignal<HashMap<String, Sort>>,
    /// Candidate groups the user said are one person, kept in storage.
    merges: RwSignal<Merges>,
    store: StoreHandle,
}

impl CompareMemory {
    pub(crate) fn new(store: StoreHandle) -> Self {
        let pairs = store.with(|s| s.load_same_candidates()).unwrap_or_default();
        let hide_names = store.with(|s| s.load_hide_names()).unwrap_or_default();
        CompareMemory {
            picked: Selection::default(),
            blind: RwSignal::new(true),
            hide_names: RwSignal::new(hide_names),
            sorts: RwSignal::new(HashMap::new()),
            merges: RwSignal::new(Merges::new(pairs)),
            store,
        }
    }

    /// The merged candidate groups (tracked).
    pub fn merges(&self) -> Merges {
        self.merges.get()
    }

    /// "Same candidate?" answered yes: groups `a` and `b` as one, remembered in storage.
    pub fn merge(&self, a: &str, b: &str) {
        self.merges.update(|m| m.add(a, b));
        let pairs = self.merges.with_untracked(|m| m.pairs().to_vec());
        // A failed write keeps the merge for this visit; storage errors are reported on save
        // of a card, where they matter.
        let _ = self.store.with(|s| s.save_same_candidates(&pairs));
    }

    /// The picked scorecards.
    pub fn picked(&self) -> Selection {
        self.picked
    }

    /// Picks exactly `ids` (the library's "Compare selected").
    pub fn pick(&self, ids: Vec<String>) {
        self.picked.replace(ids);
    }

    /// Blind mode (tracked): colleagues' scores stay hidden until one's own card is completed.
    pub fn blind(&self) -> bool {
        self.blind.get()
    }

    pub fn blind_untracked(&self) -> bool {
        self.blind.get_untracked()
    }

    pub fn set_blind(&self, on: bool) {
        self.blind.set(on);
    }

    /// Whether names stay hidden until every picked scorecard is completed (tracked).
    pub fn hide_names(&self) -> bool {
        self.hide_names.get()
    }

    /// Turns "Hide names…" on or off, remembered in storage (a failed write keeps it for this
    /// visit, as with merges).
    pub fn set_hide_names(&self, on: bool) {
        self.hide_names.set(on);
        let _ = self.store.with(|s| s.save_hide_names(on));
    }

    /// The order of one rubric's matrix (tracked).
    pub fn sort_of(&self, rubric_id: &str) -> Sort {
        self.sorts
            .with(|s| s.get(rubric_id).cloned().unwrap_or_default())
    }

    /// Orders a rubric's matrix by `column` (again: the other way).
    pub fn sort_by(&self, rubric_id: &str, column: Column) {
        self.sorts
            .update(|s| s.entry(rubric_id.to_string()).or_default().by(column));
    }

    /// Puts every matrix of `comparison` in its remembered order, or the default one (tracked):
    /// sorted again even then, so hidden names break ties by their stand-ins.
    pub fn apply_sorts(&self, comparison: &mut Comparison) {
        self.sorts.with(|s| {
            for g in &mut comparison.groups {
                g.sort(s.get(&g.rubric_id).unwrap_or(&Sort::default()));
            }
        });
    }
}

pub fn use_compare_memory() -> CompareMemory {
    expect_context::<CompareMemory>()
}
