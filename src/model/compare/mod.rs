//! Comparing candidates: scorecards side by side, grouped so that only comparable things meet.
//!
//! Rules:
//! - Scorecards are grouped by rubric id: scorecards of different rubrics never share a matrix.
//!   Within a group, criteria are matched by criterion id across versions of the rubric (the
//!   snapshots differ when the rubric was edited between calls). Columns follow the newest
//!   scorecard's version, then criteria only older versions have. Each difference between
//!   versions (title, criteria, criterion titles or weights, pass threshold) gets a note.
//! - Two scorecards are of one candidate when both carry the same explicit `candidate_id`, or
//!   neither has one and their names match lower-cased with whitespace collapsed (not the
//!   role: interviewers write it differently), or the user merged their groups
//!   ([`identity`]: "Same candidate?").
//! - Own scorecards are the ones not imported (`imported_from` is `None`); the rest are
//!   colleagues'.
//! - Blind mode: while an own scorecard of a candidate exists and is not completed, colleagues'
//!   scores for that candidate (criteria, total, recommendation, result, red flags) are hidden
//!   in the matrix, the calibration and the exports alike. With no own scorecard of the
//!   candidate, nothing is hidden.
//! - [`anonymous`] (blind identities, an option): names and identifying fields hidden until
//!   every picked scorecard is completed.
//! - [`calibration`]: per candidate, each interviewer's score, mean, spread and disagreements.
//! - [`debrief`]: one candidate's evidence per criterion, every interviewer side by side.
//! - [`drift`]: per interviewer and criterion, their mean beside the team's over the same
//!   candidates (lenient, severe or in line); hidden while blind mode hides any score.
//! - [`sort`]: the order of the rows, and the best score per criterion.
//! - [`page`]: which rows of a long matrix are drawn, a page at a time.
//! - `picks`: the quick picks (all of a rubric, all with a role) and their choices.

mod anonymous;
pub mod calibration;
pub mod debrief;
pub mod drift;
pub mod identity;
pub mod page;
mod picks;
#[cfg(test)]
mod round_tests;
mod row;
pub mod sort;
#[cfg(test)]
mod tests;
mod versions;

pub use anonymous::{hidden_reason, identities_hidden, stand_in};
pub use calibration::{CandidateGroup, CriterionStats, Flagged, Rater};
pub use drift::{Drift, DriftRow, Lean};
pub use identity::{Merges, SameCandidate};
pub use picks::{choices, pick_role, pick_rubric, RoleChoice, RubricChoice};
pub use row::{
    interviewer_label, source_label, Cell, CriterionColumn, Row, HIDDEN, NOT_IN_VERSION, REVISED,
};
pub use sort::{Column, Sort};

use super::{Score, Scorecard, Status};
use std::collections::{HashMap, HashSet};

/// Lower-cased, trimmed, with every run of whitespace one space.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // Word by word, as the whole text would be (a final sigma depends only on its word).
        out.push_str(&word.to_lowercase());
    }
    out
}

/// Who a scorecard is about: `id:<candidate_id>`, or `name:<name normalized>`.
pub fn candidate_key(card: &Scorecard) -> String {
    match card.candidate_id.trim() {
        "" => format!("name:{}", normalize(&card.candidate)),
        id => format!("id:{id}"),
    }
}

/// The interviewer's own scorecard, not one imported from a colleague's file.
pub fn is_own(card: &Scorecard) -> bool {
    card.imported_from.is_none()
}

/// The candidates whose colleagues' scores blind mode hides: those with an own scorecard that
/// is not completed. Taken over every stored scorecard, not only the compared ones.
pub fn blinded(all: &[Scorecard]) -> HashSet<String> {
    all.iter()
        .filter(|c| is_own(c) && c.status != Status::Completed)
        .map(candidate_key)
        .collect()
}

/// The scorecards of one rubric: a matrix, its notes, and the calibration per candidate.
#[derive(Clone, Debug, PartialEq)]
pub struct RubricGroup {
    pub rubric_id: String,
    /// The newest version's title.
    pub title: String,
    pub columns: Vec<CriterionColumn>,
    /// Where the versions of the rubric differ, in words.
    pub notes: Vec<String>,
    pub rows: Vec<Row>,
    /// Per column: the best visible score, when it stands out (given once, above the rest).
    pub best: Vec<Option<Score>>,
    /// Candidates with two or more scorecards here.
    pub candidates: Vec<CandidateGroup>,
    /// Groups that look like one person, offered to merge.
    pub same: Vec<SameCandidate>,
    /// Per interviewer and criterion, their mean beside the team's.
    pub drift: Drift,
}

impl RubricGroup {
    /// Whether a row's cell in column `i` is the best score of its column.
    pub fn is_best(&self, row: &Row, i: usize) -> bool {
        matches!((self.best.get(i), row.cells.get(i)), (Some(Some(b)), Some(Cell::Scored(s))) if b == s)
    }

    /// A hash of everything a drawn row shows (the row, its best marks, the column titles), to
    /// key it: a row is drawn again only when this changes, and otherwise just moves.
    pub fn row_key(&self, row: &Row) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        let Row {
            card_id,
            candidate,
            role,
            interviewer,
            source,
            status,
            candidate_key,
            hidden,
            cells,
            total,
            recommendation,
            verdict,
            threshold,
            red_flags,
            call_ms,
            revised,
        } = row;
        (
            card_id,
            candidate,
            role,
            interviewer,
            source,
            status.as_str(),
        )
            .hash(&mut h);
        (candidate_key, hidden, cells, total.map(f64::to_bits)).hash(&mut h);
        (
            recommendation,
            verdict.as_str(),
            threshold.to_bits(),
            red_flags,
            call_ms,
            revised,
        )
            .hash(&mut h);
        for (i, column) in self.columns.iter().enumerate() {
            (&column.title, self.is_best(row, i)).hash(&mut h);
        }
        h.finish()
    }
}

/// Everything compared: one group per rubric, by title.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    pub groups: Vec<RubricGroup>,
}

impl Comparison {
    /// Compares `cards`; colleagues' scores of candidates in `hidden` (see [`blinded`]; empty
    /// with blind mode off) are hidden. Rows start sorted by `sort`.
    pub fn build(cards: &[&Scorecard], hidden: &HashSet<String>, sort: &Sort) -> Self {
        Self::build_merged(cards, hidden, sort, &Merges::default())
    }

    /// As [`Comparison::build`], with the groups the user said are one candidate merged.
    pub fn build_merged(
        cards: &[&Scorecard],
        hidden: &HashSet<String>,
        sort: &Sort,
        merges: &Merges,
    ) -> Self {
        let hidden: HashSet<String> = hidden.iter().map(|k| merges.resolve(k)).collect();
        let mut by_rubric: Vec<(&str, Vec<&Scorecard>)> = Vec::new();
        let mut at: HashMap<&str, usize> = HashMap::new();
        for card in cards {
            let id = card.rubric.id.as_str();
            match at.get(id) {
                Some(&i) => by_rubric[i].1.push(card),
                None => {
                    at.insert(id, by_rubric.len());
                    by_rubric.push((id, vec![card]));
                }
            }
        }
        let mut groups: Vec<RubricGroup> = by_rubric
            .into_iter()
            .map(|(_, cards)| group(cards, &hidden, sort, merges))
            .collect();
        groups.sort_by(|a, b| {
            a.title
                .to_lowercase()
                .cmp(&b.title.to_lowercase())
                .then_with(|| a.rubric_id.cmp(&b.rubric_id))
        });
        Comparison { groups }
    }

    pub fn card_count(&self) -> usize {
        self.groups.iter().map(|g| g.rows.len()).sum()
    }
}

fn group(
    mut cards: Vec<&Scorecard>,
    hidden: &HashSet<String>,
    sort: &Sort,
    merges: &Merges,
) -> RubricGroup {
    // Newest first: its version gives the title and the column order.
    cards.sort_by(|a, b| {
        b.created_at
            .cmp(&a.created_at)
            .then_with(|| a.id.cmp(&b.id))
    });
    let mut columns: Vec<CriterionColumn> = Vec::new();
    for card in &cards {
        for c in &card.rubric.criteria {
            if !columns.iter().any(|col| col.id == c.id) {
                columns.push(CriterionColumn {
                    id: c.id.clone(),
                    title: c.title.clone(),
                });
            }
        }
    }
    let notes = versions::notes(&cards, &columns);
    let rows: Vec<Row> = cards
        .iter()
        .map(|card| {
            let key = merges.resolve(&candidate_key(card));
            let blind = !is_own(card) && hidden.contains(&key);
            row::row(card, &columns, key, blind)
        })
        .collect();
    let best = sort::best(&rows, columns.len());
    let candidates = calibration::candidates(&rows, columns.len());
    let same = identity::offers(&rows);
    let drift = Drift::of(&rows, &columns);
    let mut group = RubricGroup {
        rubric_id: cards[0].rubric.id.clone(),
        title: cards[0].rubric.title.clone(),
        columns,
        notes,
        rows,
        best,
        candidates,
        same,
        drift,
    };
    group.sort(sort);
    group
}
