//! The live call on a scorecard: starting, pausing and ending the call, answer timers, red
//! flags, completion within the scoring window (asking about the open warnings of
//! [`super::contradictions`] first) and the threshold lock.

use super::scorecard::{FlagMark, ThresholdChange};
use super::timer::CallPhase;
use super::{PassThreshold, Recommendation, Scorecard, Status};

impl Scorecard {
    /// Starts the call, or resumes it after a pause: Draft becomes In call. Does nothing once
    /// the call ended or the card is completed.
    pub fn start_call(&mut self, now: i64) {
        if self.is_read_only() {
            return;
        }
        self.call.start(now);
        if self.call.phase() == CallPhase::Running {
            self.status = Status::InCall;
        }
        self.touch_field("call".into(), now);
        self.touch_field("status".into(), now);
    }

    /// Pauses the call and any running answer timer.
    pub fn pause_call(&mut self, now: i64) {
        if self.is_read_only() {
            return;
        }
        self.call.pause(now);
        self.pause_answers(now);
        self.touch_field("call".into(), now);
    }

    /// Ends the call: In call becomes Scoring (never Draft) and the five-minute scoring window
    /// starts. Does nothing to a call never started.
    pub fn end_call(&mut self, now: i64) {
        if self.is_read_only() {
            return;
        }
        self.stop_call(now);
        self.touch_field("call".into(), now);
        self.touch_field("status".into(), now);
    }

    /// Ends a started call and pauses every answer; the status follows the call.
    fn stop_call(&mut self, now: i64) {
        self.call.end(now);
        self.pause_answers(now);
        if self.call.phase() == CallPhase::Ended {
            self.status = Status::Scoring;
        }
    }

    /// What stands open when the interviewer marks the card completed: the contradiction
    /// warnings, and how many criteria (or answers) are unscored when no warning says so
    /// already. Empty when there is nothing to ask about.
    pub fn completion_warnings(&self) -> Vec<String> {
        let mut warnings = self.contradictions();
        let done = self.completion();
        let said = self.recommendation.is_some_and(Recommendation::is_positive);
        if !done.is_complete() && !said {
            warnings.push(format!(
                "{} of {} {} unscored.",
                done.total - done.scored,
                done.total,
                self.completion_noun()
            ));
        }
        warnings
    }

    /// Marks the card completed, ending a running or paused call first. Completed is
    /// read-only until [`Scorecard::reopen`]. Does nothing to a card already completed.
    pub fn complete(&mut self, now: i64) {
        if self.is_read_only() {
            return;
        }
        self.stop_call(now);
        self.status = Status::Completed;
        self.completed_at = Some(now);
        self.touch_field("call".into(), now);
        self.touch_field("status".into(), now);
        self.touch_field("completed_at".into(), now);
    }

    /// Reopens a completed card for edits, recording when: back to Scoring after a call, to
    /// Draft if there never was one. Does nothing to a card that is not completed.
    pub fn reopen(&mut self, now: i64) {
        if !self.is_read_only() {
            return;
        }
        self.status = match self.call.phase() {
            CallPhase::NotStarted => Status::Draft,
            CallPhase::Running | CallPhase::Paused => Status::InCall,
            CallPhase::Ended => Status::Scoring,
        };
        self.reopened.push(now);
        self.touch_field("status".into(), now);
        self.touch_field("reopened".into(), now);
    }

    /// Pauses every running answer timer, stamping each one paused.
    fn pause_answers(&mut self, now: i64) {
        let mut paused = Vec::new();
        for q in &mut self.questions {
            if q.answer.is_running() {
                q.answer.pause(now);
                paused.push(format!("questions.{}.answer", q.id));
            }
        }
        for path in paused {
            self.touch_field(path, now);
        }
    }

    /// Starts the answer timer of a question (marking it asked), or pauses it if running.
    /// Only one answer runs at a time. Returns whether it is running now.
    pub fn toggle_answer(&mut self, id: &str, now: i64) -> bool {
        if self.is_read_only() {
            return false;
        }
        let Some(i) = self.questions.iter().position(|q| q.id == id) else {
            return false;
        };
        let running = if self.questions[i].answer.is_running() {
            self.questions[i].answer.pause(now);
            false
        } else {
            self.pause_answers(now);
            let q = &mut self.questions[i];
            q.asked_at.get_or_insert(now);
            q.skipped = false;
            q.answer.start(now);
            true
        };
        let id = self.questions[i].id.clone();
        self.touch_field(format!("questions.{id}.answer"), now);
        self.touch_field(format!("questions.{id}.asked_at"), now);
        self.touch_field(format!("questions.{id}.skipped"), now);
        running
    }

    /// Whether an answer has run past its target (from the rubric, else its kind's).
    pub fn answer_over_target(&self, id: &str, now: i64) -> bool {
        self.question(id).is_some_and(|q| {
            let target = self
                .rubric
                .question(id)
                .map_or(q.kind.default_target_seconds(), |b| b.target_seconds());
            q.answer.elapsed_ms(now) > i64::from(target) * 1000
        })
    }

    /// The position (from 1) of the running answer once it has passed its target: the
    /// "running long" cue. `None` while no answer runs long.
    pub fn answer_running_long(&self, now: i64) -> Option<usize> {
        let i = self.questions.iter().position(|q| q.answer.is_running())?;
        self.answer_over_target(&self.questions[i].id, now)
            .then_some(i + 1)
    }

    pub fn answer_target_seconds(&self, id: &str) -> Option<u32> {
        let q = self.question(id)?;
        Some(
            self.rubric
                .question(id)
                .map_or(q.kind.default_target_seconds(), |b| b.target_seconds()),
        )
    }

    /// Completed, after the five-minute window that follows the end of the call.
    pub fn completed_late(&self) -> bool {
        self.status == Status::Completed
            && self
                .completed_at
                .is_some_and(|at| self.call.completed_late(at))
    }

    pub fn is_flagged(&self, text: &str) -> bool {
        self.red_flags.iter().any(|f| f.text == text)
    }

    /// Ticks or unticks one of the rubric's red flags.
    pub fn set_red_flag(&mut self, text: &str, on: bool, now: i64) {
        if self.is_read_only() {
            return;
        }
        self.red_flags.retain(|f| f.text != text);
        if on {
            self.red_flags.push(FlagMark {
                text: text.to_string(),
                custom: false,
            });
        }
        self.touch_field("red_flags".into(), now);
    }

    /// Adds (ticked) a red flag of the interviewer's own. False for empty or repeated text.
    pub fn add_custom_flag(&mut self, text: &str, now: i64) -> bool {
        let text = text.trim();
        if self.is_read_only()
            || text.is_empty()
            || self.is_flagged(text)
            || self.rubric.red_flags.iter().any(|f| f == text)
        {
            return false;
        }
        self.red_flags.push(FlagMark {
            text: text.to_string(),
            custom: true,
        });
        self.touch_field("red_flags".into(), now);
        true
    }

    /// Whether the threshold is fixed: it is, from the moment the call starts or anything is scored.
    pub fn threshold_locked(&self) -> bool {
        self.call.started_at.is_some() || self.completion().scored > 0
    }

    /// Changes the pass threshold after it was fixed; the change is recorded on the scorecard.
    pub fn unlock_threshold(&mut self, to: f64, now: i64) -> Result<(), String> {
        if self.is_read_only() {
            return Err("Reopen the scorecard to change its pass threshold.".into());
        }
        let to = PassThreshold(to);
        if !to.is_valid() {
            return Err("The pass threshold must be between 1 and 5.".into());
        }
        let from = self.rubric.pass_threshold;
        if from == to {
            return Ok(());
        }
        self.threshold_changes
            .push(ThresholdChange { from, to, at: now });
        self.rubric.pass_threshold = to;
        self.touch_field("threshold_changes".into(), now);
        self.touch_field("rubric".into(), now);
        Ok(())
    }
}

#[cfg(test)]
#[path = "call_tests.rs"]
mod tests;
