//! Frozen scores: once a card has been completed, reopening it lets notes change freely, but a
//! score (or a "no evidence" mark, or an answer score where answers are scored) changes only with
//! a reason, through [`Scorecard::revise_score`], which keeps each change in `revisions`.
//!
//! A [`Mark`] is what a criterion or answer holds: unscored, a 1-5 score or "no evidence".
//! Stored as `null`, `1`..`5` or `"no_evidence"`.

use super::{Score, Scorecard};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// What a criterion (or a scored answer) holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mark {
    #[default]
    Unscored,
    Score(Score),
    NoEvidence,
}

impl Mark {
    pub fn of(score: Option<Score>, no_evidence: bool) -> Mark {
        match (score, no_evidence) {
            (Some(s), _) => Mark::Score(s),
            (None, true) => Mark::NoEvidence,
            (None, false) => Mark::Unscored,
        }
    }

    pub fn score(self) -> Option<Score> {
        match self {
            Mark::Score(s) => Some(s),
            _ => None,
        }
    }
}

/// "3 Meets bar", "no evidence" or "unscored".
impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mark::Unscored => f.write_str("unscored"),
            Mark::Score(s) => s.fmt(f),
            Mark::NoEvidence => f.write_str(NO_EVIDENCE),
        }
    }
}

/// The words a reader sees for a "no evidence" mark, everywhere.
pub const NO_EVIDENCE: &str = "no evidence";
const NO_EVIDENCE_WORD: &str = "no_evidence";

impl Serialize for Mark {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Mark::Unscored => s.serialize_none(),
            Mark::Score(score) => s.serialize_u8(score.value()),
            Mark::NoEvidence => s.serialize_str(NO_EVIDENCE_WORD),
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum MarkIn {
    Score(Score),
    Word(String),
}

impl<'de> Deserialize<'de> for Mark {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Option::<MarkIn>::deserialize(d)? {
            None => Ok(Mark::Unscored),
            Some(MarkIn::Score(s)) => Ok(Mark::Score(s)),
            Some(MarkIn::Word(w)) if w == NO_EVIDENCE_WORD => Ok(Mark::NoEvidence),
            Some(MarkIn::Word(w)) => Err(serde::de::Error::custom(format!(
                "a mark is 1-5, \"{NO_EVIDENCE_WORD}\" or null, not {w:?}"
            ))),
        }
    }
}

/// One score change made after the card was completed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Revision {
    /// The criterion id, or the asked question's id.
    pub target: String,
    /// Its title (or question text) at the time.
    pub label: String,
    #[serde(default)]
    pub from: Mark,
    #[serde(default)]
    pub to: Mark,
    /// Milliseconds since the Unix epoch.
    pub at: i64,
    pub why: String,
}

impl Revision {
    /// "API design: 3 Meets bar → 4 Strong (2026-11-22 14:05 UTC), because: re-read the notes."
    pub fn sentence(&self, when: &str) -> String {
        format!(
            "{}: {} → {} ({when}), because: {}",
            self.label, self.from, self.to, self.why
        )
    }
}

impl Scorecard {
    /// Scores of a card completed once and reopened since change only with a reason.
    pub fn scores_frozen(&self) -> bool {
        self.completed_at.is_some() && !self.is_read_only()
    }

    /// What a criterion or an asked question holds now; `None` for an unknown target.
    pub fn mark_of(&self, target: &str) -> Option<Mark> {
        if let Some(e) = self.entry(target) {
            return Some(Mark::of(e.score, e.no_evidence));
        }
        self.questions
            .iter()
            .find(|q| q.id == target)
            .map(|q| Mark::of(q.score, false))
    }

    /// The titles of the criteria marked "no evidence", in rubric order: the result's gaps.
    pub fn no_evidence_gaps(&self) -> Vec<&str> {
        self.criteria
            .iter()
            .filter(|e| e.no_evidence)
            .filter_map(|e| self.rubric.criterion(&e.criterion_id))
            .map(|c| c.title.as_str())
            .collect()
    }

    /// Changes a frozen score with a reason and keeps the change in `revisions`. Refused (and
    /// nothing changes) unless the scores are frozen, for a blank reason, an unknown target, an
    /// unchanged mark, "no evidence" on an answer, or an answer score the rubric does not count.
    pub fn revise_score(
        &mut self,
        target: &str,
        to: Mark,
        why: &str,
        now: i64,
    ) -> Result<(), String> {
        let why = why.trim();
        if !self.scores_frozen() {
            return Err("Scores change with a reason only after the card is reopened.".into());
        }
        if why.is_empty() {
            return Err("Say why the score changes.".into());
        }
        let from = self
            .mark_of(target)
            .ok_or("No such criterion or question.")?;
        if from == to {
            return Err("The score is already that.".into());
        }
        let label = if let Some(criterion) = self.rubric.criterion(target) {
            let label = criterion.title.clone();
            let entry = self.entry_mut(target).ok_or("No such criterion.")?;
            entry.score = to.score();
            entry.no_evidence = to == Mark::NoEvidence;
            self.touch_field(format!("criteria.{target}.score"), now);
            self.touch_field(format!("criteria.{target}.no_evidence"), now);
            label
        } else {
            if to == Mark::NoEvidence || !self.rubric.score_answers {
                return Err("Only a scored answer takes a revision.".into());
            }
            let q = self.question_mut(target).ok_or("No such question.")?;
            q.score = to.score();
            let label = q.text.clone();
            self.touch_field(format!("questions.{target}.score"), now);
            label
        };
        self.revisions.push(Revision {
            target: target.to_string(),
            label,
            from,
            to,
            at: now,
            why: why.to_string(),
        });
        self.touch_field("revisions".into(), now);
        Ok(())
    }
}

#[cfg(test)]
#[path = "revisions_tests.rs"]
mod tests;
