//! Questions on a scorecard: picking from the rubric's bank, reordering, ad-hoc questions,
//! whether each was asked or skipped, removing one with an undo, answer scores, notes and
//! STAR-L checks, and the recommended-mix warnings.

use super::scorecard::{AskedQuestion, Move, Scorecard, QUESTION_ORDER};
use super::{QuestionKind, Score, StarL};

/// Where a picked question stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum QuestionState {
    /// Not asked yet, and the call is not over.
    #[default]
    Planned,
    /// Marked asked, timed, or with anything of an answer recorded.
    Asked,
    /// Marked skipped, or never asked in a call that is over.
    Skipped,
}

impl AskedQuestion {
    /// Whether anything of an answer is recorded: time on its timer, a score, notes or a
    /// STAR-L tick.
    pub fn has_answer(&self) -> bool {
        self.answer.banked_ms > 0
            || self.answer.is_running()
            || self.score.is_some()
            || !self.notes.trim().is_empty()
            || self.star != StarL::default()
    }

    /// Marked asked, or with an answer recorded: an answer is never reported as skipped.
    pub fn is_asked(&self) -> bool {
        self.asked_at.is_some() || self.has_answer()
    }
}

/// A question taken off the call's list, kept so that Undo puts it back exactly: its notes,
/// time, score, checks and place.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedQuestion {
    index: usize,
    question: AskedQuestion,
}

impl RemovedQuestion {
    pub fn question(&self) -> &AskedQuestion {
        &self.question
    }

    /// Its place in the list when it was removed.
    pub fn index(&self) -> usize {
        self.index
    }

    /// Whether removing it lost something recorded, so Undo must be offered. An untouched
    /// planned question needs none: picking it again gives the same.
    pub fn needs_undo(&self) -> bool {
        self.question.is_asked()
    }
}

impl Scorecard {
    pub fn question(&self, id: &str) -> Option<&AskedQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub(crate) fn question_mut(&mut self, id: &str) -> Option<&mut AskedQuestion> {
        self.questions.iter_mut().find(|q| q.id == id)
    }

    pub fn is_picked(&self, bank_id: &str) -> bool {
        self.question(bank_id).is_some()
    }

    /// Adds a bank question to the end of the call's list. False if unknown or already picked.
    pub fn pick_question(&mut self, bank_id: &str, now: i64) -> bool {
        if self.is_picked(bank_id) {
            return false;
        }
        let Some(q) = self.rubric.question(bank_id) else {
            return false;
        };
        self.questions.push(AskedQuestion::new(
            q.id.clone(),
            q.kind,
            q.text.clone(),
            false,
        ));
        self.touch_field(QUESTION_ORDER.into(), now);
        true
    }

    /// Removes a picked question. False if it is not on the list.
    pub fn unpick_question(&mut self, id: &str, now: i64) -> bool {
        self.remove_question(id, now).is_some()
    }

    /// Takes a question off the list, its running answer timer paused first, and returns it
    /// with its place for [`Scorecard::restore_question`].
    pub fn remove_question(&mut self, id: &str, now: i64) -> Option<RemovedQuestion> {
        let index = self.questions.iter().position(|q| q.id == id)?;
        let mut question = self.questions.remove(index);
        question.answer.pause(now);
        self.touch_field(QUESTION_ORDER.into(), now);
        Some(RemovedQuestion { index, question })
    }

    /// Puts a removed question back where it was (or last, if the list got shorter). False if
    /// a question with its id is on the list again.
    pub fn restore_question(&mut self, removed: RemovedQuestion, now: i64) -> bool {
        if self.question(&removed.question.id).is_some() {
            return false;
        }
        let index = removed.index.min(self.questions.len());
        self.questions.insert(index, removed.question);
        self.touch_field(QUESTION_ORDER.into(), now);
        true
    }

    /// Where a picked question stands; a call that is over turns the planned ones skipped.
    pub fn question_state(&self, q: &AskedQuestion) -> QuestionState {
        let over = self.call.ended_at.is_some() || self.completed_at.is_some();
        if q.is_asked() {
            QuestionState::Asked
        } else if q.skipped || over {
            QuestionState::Skipped
        } else {
            QuestionState::Planned
        }
    }

    /// Marks a question asked without timing its answer. False for an unknown id.
    pub fn mark_asked(&mut self, id: &str, now: i64) -> bool {
        let Some(q) = self.question_mut(id) else {
            return false;
        };
        q.asked_at.get_or_insert(now);
        q.skipped = false;
        self.touch_field(format!("questions.{id}.asked_at"), now);
        self.touch_field(format!("questions.{id}.skipped"), now);
        true
    }

    /// Marks a question asked, or back to not asked while nothing of an answer is recorded.
    /// Returns whether it counts as asked now.
    pub fn toggle_asked(&mut self, id: &str, now: i64) -> bool {
        let Some(q) = self.question_mut(id) else {
            return false;
        };
        if !q.is_asked() {
            return self.mark_asked(id, now);
        }
        if !q.has_answer() {
            q.asked_at = None;
            self.touch_field(format!("questions.{id}.asked_at"), now);
        }
        self.question(id).is_some_and(AskedQuestion::is_asked)
    }

    /// Marks a question skipped, or planned again. An asked question cannot be skipped.
    /// Returns whether it is marked skipped now.
    pub fn toggle_skipped(&mut self, id: &str, now: i64) -> bool {
        let Some(q) = self.question_mut(id) else {
            return false;
        };
        if q.is_asked() {
            return false;
        }
        q.skipped = !q.skipped;
        let skipped = q.skipped;
        self.touch_field(format!("questions.{id}.skipped"), now);
        skipped
    }

    /// Moves a picked question one place up or down. False at either end.
    pub fn move_question(&mut self, id: &str, direction: Move, now: i64) -> bool {
        let Some(i) = self.questions.iter().position(|q| q.id == id) else {
            return false;
        };
        let j = match direction {
            Move::Up if i > 0 => i - 1,
            Move::Down if i + 1 < self.questions.len() => i + 1,
            _ => return false,
        };
        self.questions.swap(i, j);
        self.touch_field(QUESTION_ORDER.into(), now);
        true
    }

    /// Adds a question asked on the spot. Returns its id; `None` for empty text.
    pub fn add_ad_hoc_question(
        &mut self,
        text: &str,
        kind: QuestionKind,
        now: i64,
    ) -> Option<String> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let n = (1..)
            .find(|n| !self.questions.iter().any(|q| q.id == format!("adhoc-{n}")))
            .expect("some number is free");
        let id = format!("adhoc-{n}");
        self.questions
            .push(AskedQuestion::new(id.clone(), kind, text.to_string(), true));
        self.touch_field(QUESTION_ORDER.into(), now);
        Some(id)
    }

    pub fn set_answer_score(&mut self, id: &str, score: Option<Score>, now: i64) -> bool {
        if self.scores_frozen() && self.rubric.score_answers {
            return false;
        }
        let Some(q) = self.question_mut(id) else {
            return false;
        };
        q.score = score;
        self.touch_field(format!("questions.{id}.score"), now);
        true
    }

    pub fn set_answer_notes(&mut self, id: &str, notes: String, now: i64) -> bool {
        let Some(q) = self.question_mut(id) else {
            return false;
        };
        q.notes = notes;
        self.touch_field(format!("questions.{id}.notes"), now);
        true
    }

    pub fn set_star(&mut self, id: &str, star: StarL, now: i64) -> bool {
        let Some(q) = self.question_mut(id) else {
            return false;
        };
        q.star = star;
        self.touch_field(format!("questions.{id}.star"), now);
        true
    }

    /// The kinds of the picked questions, in order, for the mix check.
    pub fn picked_kinds(&self) -> Vec<QuestionKind> {
        self.questions.iter().map(|q| q.kind).collect()
    }

    /// Warnings when the picked questions miss the rubric's recommended count or mix, or
    /// leave a criterion with bank questions of its own without one.
    pub fn pick_warnings(&self) -> Vec<String> {
        let rubric = &self.rubric;
        if rubric.question_bank.is_empty() {
            return Vec::new();
        }
        let mut warnings = rubric.plan.warnings(&self.picked_kinds());
        let probes = |q: &super::Question, id: &str| q.criterion.as_deref() == Some(id);
        let uncovered: Vec<&str> = rubric
            .criteria
            .iter()
            .filter(|c| rubric.question_bank.iter().any(|q| probes(q, &c.id)))
            .filter(|c| {
                !self
                    .questions
                    .iter()
                    .filter_map(|a| rubric.question(&a.id))
                    .any(|q| probes(q, &c.id))
            })
            .map(|c| c.title.as_str())
            .collect();
        if !uncovered.is_empty() {
            warnings.push(format!(
                "No question picked yet for {}.",
                uncovered.join(", ")
            ));
        }
        warnings
    }
}

#[cfg(test)]
#[path = "picking_tests.rs"]
mod tests;
