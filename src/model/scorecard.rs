//! One candidate's scorecard: scores and notes against a snapshot of the rubric it was scored
//! with. Every change goes through a method here, which also stamps `updated_at`.

use super::impression::FirstImpression;
use super::timer::{CallTimer, Stopwatch};
use super::{PassThreshold, QuestionKind, Recommendation, Rubric, Score, StarL};
use serde::{Deserialize, Serialize};

/// Where a scorecard is in its life: Draft until the call starts, In call while it runs (or is
/// paused), Scoring once it ended (the five-minute score-now window), Completed when marked so.
/// Ending a call never returns a card to Draft; only [`Scorecard::reopen`] leaves Completed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Draft,
    InCall,
    Scoring,
    Completed,
}

impl Status {
    /// Every status, in the order a card passes through them.
    pub const ALL: [Status; 4] = [
        Status::Draft,
        Status::InCall,
        Status::Scoring,
        Status::Completed,
    ];

    /// The status whose [`Status::as_str`] is `text`.
    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::InCall => "in_call",
            Status::Scoring => "scoring",
            Status::Completed => "completed",
        }
    }
}

/// The score and notes for one criterion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CriterionScore {
    pub criterion_id: String,
    #[serde(default)]
    pub score: Option<Score>,
    #[serde(default)]
    pub notes: String,
    /// The interviewer saw no evidence either way: answered for completion, left out of totals.
    /// Only ever true while `score` is `None`. Written only when set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_evidence: bool,
}

/// A question picked for this call, from the bank or added ad hoc during it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AskedQuestion {
    /// The bank question's id, or `adhoc-N` for one added during the call.
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    #[serde(default)]
    pub ad_hoc: bool,
    #[serde(default)]
    pub score: Option<Score>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub star: StarL,
    /// When the interviewer first marked it as asked.
    #[serde(default)]
    pub asked_at: Option<i64>,
    /// Time spent on the answer.
    #[serde(default)]
    pub answer: Stopwatch,
    /// The interviewer chose not to ask it. Written only when set, so older exports read the same.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub skipped: bool,
}

impl AskedQuestion {
    pub(crate) fn new(id: String, kind: QuestionKind, text: String, ad_hoc: bool) -> Self {
        AskedQuestion {
            id,
            kind,
            text,
            ad_hoc,
            score: None,
            notes: String::new(),
            star: StarL::default(),
            asked_at: None,
            answer: Stopwatch::default(),
            skipped: false,
        }
    }
}

/// A red flag the interviewer ticked: one of the rubric's, or their own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagMark {
    pub text: String,
    #[serde(default)]
    pub custom: bool,
}

/// A change to the pass threshold after it was fixed, kept on the record.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThresholdChange {
    pub from: PassThreshold,
    pub to: PassThreshold,
    pub at: i64,
}

/// Which way to move a picked question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// What the interviewer types to start a scorecard.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewScorecard {
    pub candidate: String,
    pub role: String,
    pub interviewer: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    pub id: String,
    pub candidate: String,
    pub role: String,
    #[serde(default)]
    pub interviewer: String,
    /// Local calendar date of the interview, `YYYY-MM-DD`.
    pub date: String,
    /// The rubric as it was when this scorecard started; later edits to the rubric never reach it.
    pub rubric: Rubric,
    /// One entry per rubric criterion, in rubric order.
    pub criteria: Vec<CriterionScore>,
    /// The questions picked for the call, in the order they will be asked.
    #[serde(default)]
    pub questions: Vec<AskedQuestion>,
    #[serde(default)]
    pub recommendation: Option<Recommendation>,
    /// Why the interviewer's recommendation differs from the decision rule's, in one line.
    /// Never written while empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recommendation_reason: String,
    #[serde(default)]
    pub notes: String,
    /// Milliseconds since the Unix epoch.
    pub created_at: i64,
    pub updated_at: i64,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub call: CallTimer,
    /// When the scorecard was last marked completed.
    #[serde(default)]
    pub completed_at: Option<i64>,
    /// Each time the completed scorecard was explicitly reopened, oldest first. Never written
    /// while empty, so the exports of a card never reopened are unchanged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reopened: Vec<i64>,
    #[serde(default)]
    pub red_flags: Vec<FlagMark>,
    #[serde(default)]
    pub threshold_changes: Vec<ThresholdChange>,
    /// The name of the file this scorecard was imported from: a colleague's. `None` for the
    /// interviewer's own scorecards (and never written for them, so their exports are unchanged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_from: Option<String>,
    /// An explicit candidate id shared across interviewers' scorecards; empty to match the
    /// candidate by normalized name and role instead.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub candidate_id: String,
    /// Score changes made after the card was first completed, each with its reason, oldest
    /// first. Never written while empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisions: Vec<super::revision::Revision>,
    /// The first-impression check's answer ([`super::impression`]); never written while absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_impression: Option<FirstImpression>,
    /// When each field was last edited, by field path (`notes`, `criteria.c1.notes`,
    /// `questions.adhoc-1.score`), so a two-tab merge gives a field both tabs changed to the
    /// later edit of that field. Never written while empty (older cards have none).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub edited: std::collections::BTreeMap<String, i64>,
}

impl Scorecard {
    /// A fresh draft against `rubric`. The role falls back to the rubric's.
    pub fn start(id: String, new: NewScorecard, rubric: Rubric, date: String, now: i64) -> Self {
        let role = match new.role.trim() {
            "" => rubric.role.clone(),
            role => role.to_string(),
        };
        let mut card = Scorecard {
            id,
            candidate: new.candidate.trim().to_string(),
            role,
            interviewer: new.interviewer.trim().to_string(),
            date,
            rubric,
            criteria: Vec::new(),
            questions: Vec::new(),
            recommendation: None,
            recommendation_reason: String::new(),
            notes: String::new(),
            created_at: now,
            updated_at: now,
            status: Status::Draft,
            call: CallTimer::default(),
            completed_at: None,
            reopened: Vec::new(),
            red_flags: Vec::new(),
            threshold_changes: Vec::new(),
            imported_from: None,
            candidate_id: String::new(),
            revisions: Vec::new(),
            first_impression: None,
            edited: Default::default(),
        };
        card.normalize();
        card
    }

    /// Makes `criteria` hold exactly one entry per rubric criterion, in rubric order, keeping
    /// what was there, and the status agree with the call. Used after loading a document that
    /// may have been edited by hand or written before the Scoring status existed (then a
    /// "draft" whose call ended reads as Scoring).
    pub fn normalize(&mut self) {
        if self.status == Status::Draft && self.call.ended_at.is_some() {
            self.status = Status::Scoring;
        }
        let mut old = std::mem::take(&mut self.criteria);
        self.criteria = self
            .rubric
            .criteria
            .iter()
            .map(|c| match old.iter().position(|e| e.criterion_id == c.id) {
                Some(i) => old.swap_remove(i),
                None => CriterionScore {
                    criterion_id: c.id.clone(),
                    score: None,
                    notes: String::new(),
                    no_evidence: false,
                },
            })
            .collect();
    }

    pub fn entry(&self, criterion_id: &str) -> Option<&CriterionScore> {
        self.criteria
            .iter()
            .find(|e| e.criterion_id == criterion_id)
    }

    pub fn score_of(&self, criterion_id: &str) -> Option<Score> {
        self.entry(criterion_id).and_then(|e| e.score)
    }

    pub(crate) fn entry_mut(&mut self, criterion_id: &str) -> Option<&mut CriterionScore> {
        self.criteria
            .iter_mut()
            .find(|e| e.criterion_id == criterion_id)
    }

    /// Sets or clears a criterion's score (either clears a "no evidence" mark). False (and
    /// nothing changes) for an unknown id, a completed card or a reopened one, whose scores
    /// change only through [`Scorecard::revise_score`].
    pub fn set_score(&mut self, criterion_id: &str, score: Option<Score>, now: i64) -> bool {
        self.set_mark(criterion_id, score, false, now)
    }

    /// Marks a criterion "no evidence", clearing its score. False as for [`Scorecard::set_score`].
    pub fn set_no_evidence(&mut self, criterion_id: &str, now: i64) -> bool {
        self.set_mark(criterion_id, None, true, now)
    }

    fn set_mark(&mut self, id: &str, score: Option<Score>, no_evidence: bool, now: i64) -> bool {
        if self.is_read_only() || self.scores_frozen() {
            return false;
        }
        let Some(entry) = self.entry_mut(id) else {
            return false;
        };
        entry.score = score;
        entry.no_evidence = no_evidence;
        self.touch_field(format!("criteria.{id}.score"), now);
        self.touch_field(format!("criteria.{id}.no_evidence"), now);
        true
    }

    pub fn is_no_evidence(&self, criterion_id: &str) -> bool {
        self.entry(criterion_id).is_some_and(|e| e.no_evidence)
    }

    pub fn set_criterion_notes(&mut self, criterion_id: &str, notes: String, now: i64) -> bool {
        if self.is_read_only() {
            return false;
        }
        let Some(entry) = self.entry_mut(criterion_id) else {
            return false;
        };
        entry.notes = notes;
        self.touch_field(format!("criteria.{criterion_id}.notes"), now);
        true
    }

    pub fn set_recommendation(&mut self, recommendation: Option<Recommendation>, now: i64) {
        if self.is_read_only() {
            return;
        }
        self.recommendation = recommendation;
        self.touch_field("recommendation".into(), now);
    }

    /// Sets the one-line reason the recommendation differs from the rule's (see
    /// [`Scorecard::reason_missing`]). Refused on a completed card.
    pub fn set_recommendation_reason(&mut self, reason: String, now: i64) -> bool {
        if self.is_read_only() {
            return false;
        }
        self.recommendation_reason = reason;
        self.touch_field("recommendation_reason".into(), now);
        true
    }

    pub fn set_notes(&mut self, notes: String, now: i64) {
        if self.is_read_only() {
            return;
        }
        self.notes = notes;
        self.touch_field("notes".into(), now);
    }

    /// Sets the candidate key shared with colleagues' cards (trimmed; empty to match by name).
    /// Refused on a completed card.
    pub fn set_candidate_id(&mut self, key: &str, now: i64) -> bool {
        if self.is_read_only() {
            return false;
        }
        self.candidate_id = key.trim().to_string();
        self.touch_field("candidate_id".into(), now);
        true
    }

    /// A completed card takes no edits until it is explicitly reopened.
    pub fn is_read_only(&self) -> bool {
        self.status == Status::Completed
    }

    /// Runs `change` unless the card is read-only: the gate every edit from the screen passes,
    /// so no method (picking, moving, removing questions included) changes a completed card.
    /// Returns whether it ran.
    pub fn edit_open(&mut self, now: i64, change: impl FnOnce(&mut Scorecard, i64)) -> bool {
        if self.is_read_only() {
            return false;
        }
        change(self, now);
        true
    }

    /// Stamps the change time; never moves it backwards if the clock does.
    pub(crate) fn touch(&mut self, now: i64) {
        self.updated_at = self.updated_at.max(now);
    }

    /// [`Scorecard::touch`], also stamping when the field at `path` was edited (see `edited`).
    /// Paths name fields as [`super::merge`] merges them: `criteria.c1.notes` for an entry's
    /// field, `call` or `red_flags` for a field merged whole, [`QUESTION_ORDER`] for the list
    /// of questions itself (which are picked, removed and in what order).
    pub(crate) fn touch_field(&mut self, path: String, now: i64) {
        let stamp = self.edited.entry(path).or_insert(now);
        *stamp = (*stamp).max(now);
        self.touch(now);
    }
}

/// The stamp of the question list itself: which questions are on it, in what order. Not a
/// prefix of any question's own field path (`questions.<id>.…`), so those never fall back to it.
pub(crate) const QUESTION_ORDER: &str = "questions:order";

#[cfg(test)]
#[path = "scorecard_tests.rs"]
pub(crate) mod tests;
