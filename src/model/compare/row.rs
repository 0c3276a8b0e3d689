//! One row of the comparison matrix: a scorecard's cells, total and result as the matrix shows
//! them, blanked out while blind mode hides it.

use crate::model::words::{candidate_name, or_placeholder};
use crate::model::{Recommendation, Score, Scorecard, Status, Verdict};

/// One score cell of the matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cell {
    Scored(Score),
    Unscored,
    /// Marked "no evidence": answered, but no score, so left out of means and spreads.
    NoEvidence,
    /// The criterion is not in the version of the rubric this scorecard was scored with.
    NotInVersion,
    /// A colleague's score, hidden by blind mode.
    Hidden,
}

impl Cell {
    pub fn score(self) -> Option<Score> {
        match self {
            Cell::Scored(s) => Some(s),
            _ => None,
        }
    }
}

/// Marks a row whose scores changed after completion.
pub const REVISED: &str = "revised after completion";

/// A criterion column, matched by id across the rubric's versions; titled as in the newest.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionColumn {
    pub id: String,
    pub title: String,
}

/// One scorecard in the matrix. When `hidden`, every judgement on it is blanked out.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub card_id: String,
    pub candidate: String,
    pub role: String,
    pub interviewer: String,
    /// The file it was imported from; `None` for an own scorecard.
    pub source: Option<String>,
    pub status: Status,
    pub candidate_key: String,
    pub hidden: bool,
    /// One per column of the group, in column order.
    pub cells: Vec<Cell>,
    pub total: Option<f64>,
    pub recommendation: Option<Recommendation>,
    pub verdict: Verdict,
    /// This scorecard's own pass threshold.
    pub threshold: f64,
    pub red_flags: usize,
    /// Time on the call timer; `None` if the call never started.
    pub call_ms: Option<i64>,
    /// A score was changed after the card was completed (its revision log is not empty).
    pub revised: bool,
}

impl Row {
    pub fn is_own(&self) -> bool {
        self.source.is_none()
    }

    /// The name, or "Unnamed candidate".
    pub fn candidate_label(&self) -> &str {
        candidate_name(&self.candidate)
    }

    pub fn interviewer_label(&self) -> &str {
        interviewer_label(&self.interviewer)
    }

    /// "Yours", or "From grace.json".
    pub fn source_label(&self) -> String {
        source_label(self.source.as_deref())
    }

    /// The source, then "revised after completion" when a score was changed after it.
    pub fn source_and_revised(&self) -> String {
        match self.revised {
            true => format!("{} · {REVISED}", self.source_label()),
            false => self.source_label(),
        }
    }
}

/// Shown in place of a colleague's score while blind mode hides it.
pub const HIDDEN: &str = "Hidden until your scorecard is completed";

/// Shown for a criterion that the scorecard's version of the rubric does not have.
pub const NOT_IN_VERSION: &str = "Not in this version";

/// The interviewer's name, or "Interviewer not named".
pub fn interviewer_label(name: &str) -> &str {
    or_placeholder(name, "Interviewer not named")
}

/// "Yours" for an own scorecard, or "From grace.json".
pub fn source_label(source: Option<&str>) -> String {
    source.map_or_else(|| "Yours".to_string(), |f| format!("From {f}"))
}

pub(super) fn row(card: &Scorecard, columns: &[CriterionColumn], key: String, hidden: bool) -> Row {
    let cells = columns
        .iter()
        .map(|col| {
            if card.rubric.criterion(&col.id).is_none() {
                Cell::NotInVersion
            } else if hidden {
                Cell::Hidden
            } else {
                match card.score_of(&col.id) {
                    Some(s) => Cell::Scored(s),
                    None if card.is_no_evidence(&col.id) => Cell::NoEvidence,
                    None => Cell::Unscored,
                }
            }
        })
        .collect();
    // Read the timer where the exports do: the end of the call, else the completion, else the
    // last change, so the figure never depends on when the page was opened.
    let now = card
        .call
        .ended_at
        .or(card.completed_at)
        .unwrap_or(card.updated_at);
    Row {
        card_id: card.id.clone(),
        candidate: card.candidate.clone(),
        role: card.role.clone(),
        interviewer: card.interviewer.clone(),
        source: card.imported_from.clone(),
        status: card.status,
        candidate_key: key,
        hidden,
        cells,
        total: if hidden { None } else { card.weighted_score() },
        recommendation: if hidden { None } else { card.recommendation },
        verdict: if hidden {
            Verdict::Incomplete
        } else {
            card.verdict()
        },
        threshold: card.rubric.pass_threshold.0,
        red_flags: if hidden { 0 } else { card.red_flags.len() },
        call_ms: card.call.started_at.map(|_| card.call.elapsed_ms(now)),
        revised: !card.revisions.is_empty(),
    }
}
