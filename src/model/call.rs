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
        self.touch(now);
    }

    /// Pauses the call and any running answer timer.
    pub fn pause_call(&mut self, now: i64) {
        if self.is_read_only() {
            return;
        }
        self.call.pause(now);
        self.pause_answers(now);
        self.touch(now);
    }

    /// Ends the call: In call becomes Scoring (never Draft) and the five-minute scoring window
    /// starts. Does nothing to a call never started.
    pub fn end_call(&mut self, now: i64) {
        if self.is_read_only() {
            return;
        }
        self.stop_call(now);
        self.touch(now);
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
        self.touch(now);
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
        self.touch(now);
    }

    fn pause_answers(&mut self, now: i64) {
        for q in &mut self.questions {
            q.answer.pause(now);
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
        self.touch(now);
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
        self.touch(now);
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
        self.touch(now);
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
        self.touch(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::model::scorecard::tests::{card, running_answer};
    use crate::model::timer::MINUTE_MS;
    use crate::model::{PassThreshold, QuestionKind, Recommendation, Score, Status};

    const T0: i64 = 1_795_323_860_000;

    #[test]
    fn the_call_moves_draft_to_in_call_to_scoring_never_back_to_draft() {
        let mut c = card(&[1.0]);
        c.start_call(T0);
        assert_eq!(c.status, Status::InCall);
        c.pause_call(T0 + MINUTE_MS);
        assert_eq!(c.status, Status::InCall, "a paused call is still in call");
        c.start_call(T0 + 2 * MINUTE_MS);
        c.end_call(T0 + 21 * MINUTE_MS);
        assert_eq!(c.status, Status::Scoring);
        assert_eq!(c.call.elapsed_ms(T0 + 99 * MINUTE_MS), 20 * MINUTE_MS);
        c.start_call(T0 + 22 * MINUTE_MS);
        assert_eq!(c.status, Status::Scoring, "an ended call cannot restart");
        c.end_call(T0 + 23 * MINUTE_MS);
        assert_eq!(c.call.ended_at, Some(T0 + 21 * MINUTE_MS));
    }

    #[test]
    fn ending_a_call_never_started_leaves_a_draft() {
        let mut c = card(&[1.0]);
        c.end_call(T0);
        assert_eq!(c.status, Status::Draft);
        assert_eq!(c.call.ended_at, None);
    }

    #[test]
    fn completing_ends_a_running_or_paused_call() {
        for pause in [false, true] {
            let mut c = card(&[1.0]);
            c.add_ad_hoc_question("A?", QuestionKind::Technical, T0);
            c.start_call(T0);
            c.toggle_answer("adhoc-1", T0);
            if pause {
                c.pause_call(T0 + MINUTE_MS);
            }
            c.complete(T0 + 2 * MINUTE_MS);
            assert_eq!(c.status, Status::Completed);
            assert_eq!(c.call.ended_at, Some(T0 + 2 * MINUTE_MS));
            assert_eq!(running_answer(&c), None);
            assert_eq!(c.completed_at, Some(T0 + 2 * MINUTE_MS));
            assert_eq!(c.updated_at, T0 + 2 * MINUTE_MS);
        }
    }

    #[test]
    fn a_card_without_a_call_completes_and_reopens_as_a_draft() {
        let mut c = card(&[1.0]);
        c.complete(T0);
        assert_eq!(c.status, Status::Completed);
        assert_eq!(c.call.started_at, None);
        c.reopen(T0 + 1);
        assert_eq!(c.status, Status::Draft);
    }

    #[test]
    fn reopening_is_explicit_recorded_and_returns_to_scoring() {
        let mut c = card(&[1.0]);
        c.reopen(T0);
        assert!(c.reopened.is_empty(), "only a completed card reopens");
        c.start_call(T0);
        c.end_call(T0 + 10 * MINUTE_MS);
        c.complete(T0 + 12 * MINUTE_MS);
        c.complete(T0 + 13 * MINUTE_MS);
        assert_eq!(
            c.completed_at,
            Some(T0 + 12 * MINUTE_MS),
            "already completed"
        );
        c.reopen(T0 + 30 * MINUTE_MS);
        assert_eq!(c.status, Status::Scoring);
        assert_eq!(c.reopened, [T0 + 30 * MINUTE_MS]);
        c.complete(T0 + 31 * MINUTE_MS);
        c.reopen(T0 + 40 * MINUTE_MS);
        assert_eq!(c.reopened, [T0 + 30 * MINUTE_MS, T0 + 40 * MINUTE_MS]);
    }

    #[test]
    fn a_completed_card_refuses_every_edit() {
        let mut c = card(&[1.0, 1.0]);
        c.rubric.red_flags = vec!["Blames others".into()];
        c.add_ad_hoc_question("A?", QuestionKind::Technical, T0);
        c.set_score("c0", Score::new(4), T0);
        c.set_criterion_notes("c0", "kept".into(), T0);
        c.set_recommendation(Some(Recommendation::Hire), T0);
        c.start_call(T0);
        c.complete(T0 + MINUTE_MS);
        let before = c.clone();
        let later = T0 + 2 * MINUTE_MS;
        assert!(
            !c.set_score("c0", None, later),
            "a stray Clear wipes nothing"
        );
        assert!(!c.set_score("c1", Score::new(2), later));
        assert!(!c.set_criterion_notes("c0", String::new(), later));
        c.set_recommendation(None, later);
        c.set_notes("overall".into(), later);
        c.set_red_flag("Blames others", true, later);
        assert!(!c.add_custom_flag("Late", later));
        assert!(c.unlock_threshold(4.0, later).is_err());
        assert!(!c.toggle_answer("adhoc-1", later));
        c.start_call(later);
        c.pause_call(later);
        c.end_call(later);
        assert!(!c.edit_open(later, |c, now| {
            c.unpick_question("adhoc-1", now);
        }));
        assert_eq!(c, before, "nothing changed, not even updated_at");
        c.reopen(later);
        assert!(c.set_score("c0", None, later + 1));
        assert!(c.edit_open(later + 1, |c, now| {
            c.unpick_question("adhoc-1", now);
        }));
        assert!(c.questions.is_empty());
    }

    #[test]
    fn completing_with_open_warnings_lists_them_once() {
        let mut c = card(&[1.0, 1.0]);
        assert_eq!(c.completion_warnings(), ["2 of 2 criteria unscored."]);
        c.set_recommendation(Some(Recommendation::Hire), 1);
        assert_eq!(
            c.completion_warnings(),
            ["Hire, but 2 of 2 criteria are unscored."],
            "said once, not twice"
        );
        c.set_score("c0", Score::new(5), 2);
        c.set_score("c1", Score::new(4), 2);
        assert!(c.completion_warnings().is_empty());
        c.add_custom_flag("Dismissed testing", 3);
        c.set_recommendation(Some(Recommendation::StrongHire), 4);
        assert_eq!(
            c.completion_warnings(),
            ["Strong Hire, but a red flag is checked: “Dismissed testing”."]
        );
    }

    #[test]
    fn only_the_running_answer_past_its_target_runs_long() {
        let mut c = card(&[1.0]);
        c.add_ad_hoc_question("A?", QuestionKind::Technical, 0);
        c.add_ad_hoc_question("B?", QuestionKind::Behavioral, 0);
        c.toggle_answer("adhoc-2", T0);
        assert_eq!(c.answer_running_long(T0 + 90_000), None);
        assert_eq!(c.answer_running_long(T0 + 91_000), Some(2));
        c.toggle_answer("adhoc-2", T0 + 91_000);
        assert_eq!(c.answer_running_long(T0 + 200_000), None, "paused");
    }

    #[test]
    fn one_answer_timer_runs_at_a_time() {
        let mut c = card(&[1.0]);
        c.add_ad_hoc_question("A?", QuestionKind::Behavioral, 0);
        c.add_ad_hoc_question("B?", QuestionKind::Technical, 0);
        assert!(c.toggle_answer("adhoc-1", T0));
        assert!(c.toggle_answer("adhoc-2", T0 + 30_000));
        assert_eq!(running_answer(&c), Some("adhoc-2"));
        assert_eq!(
            c.question("adhoc-1")
                .unwrap()
                .answer
                .elapsed_ms(T0 + 99_000),
            30_000
        );
        assert_eq!(c.question("adhoc-1").unwrap().asked_at, Some(T0));
        assert!(!c.toggle_answer("adhoc-2", T0 + 60_000));
        assert_eq!(running_answer(&c), None);
    }

    #[test]
    fn answers_run_long_past_their_kind_target() {
        let mut c = card(&[1.0]);
        c.add_ad_hoc_question("A?", QuestionKind::Behavioral, 0);
        c.toggle_answer("adhoc-1", T0);
        assert_eq!(c.answer_target_seconds("adhoc-1"), Some(90));
        assert!(!c.answer_over_target("adhoc-1", T0 + 90_000));
        assert!(c.answer_over_target("adhoc-1", T0 + 91_000));
    }

    #[test]
    fn ending_the_call_pauses_the_running_answer() {
        let mut c = card(&[1.0]);
        c.start_call(T0);
        c.add_ad_hoc_question("A?", QuestionKind::Technical, T0);
        c.toggle_answer("adhoc-1", T0);
        c.end_call(T0 + 45_000);
        assert_eq!(running_answer(&c), None);
        assert_eq!(
            c.question("adhoc-1")
                .unwrap()
                .answer
                .elapsed_ms(T0 + 999_000),
            45_000
        );
    }

    #[test]
    fn completion_after_the_window_is_late() {
        let mut c = card(&[1.0]);
        c.start_call(T0);
        c.end_call(T0 + 10 * MINUTE_MS);
        c.complete(T0 + 14 * MINUTE_MS);
        assert!(!c.completed_late());
        c.reopen(T0 + 20 * MINUTE_MS);
        assert!(!c.completed_late(), "a reopened card is not completed");
        c.complete(T0 + 20 * MINUTE_MS);
        assert!(c.completed_late());
        assert_eq!(c.status, Status::Completed);
    }

    #[test]
    fn red_flags_tick_and_custom_ones_add_once() {
        let mut c = card(&[1.0]);
        c.rubric.red_flags = vec!["Blames others".into()];
        c.set_red_flag("Blames others", true, 1);
        assert!(c.is_flagged("Blames others"));
        assert!(c.add_custom_flag(" Late to the call ", 2));
        assert!(!c.add_custom_flag("Late to the call", 3));
        assert!(
            !c.add_custom_flag("Blames others", 3),
            "already a rubric flag"
        );
        c.set_red_flag("Blames others", false, 4);
        assert_eq!(c.red_flags.len(), 1);
        assert!(c.red_flags[0].custom);
    }

    #[test]
    fn the_threshold_locks_once_scoring_starts_and_changes_are_recorded() {
        let mut c = card(&[1.0]);
        assert!(!c.threshold_locked());
        c.set_score("c0", Score::new(3), 1);
        assert!(c.threshold_locked());
        assert!(c.unlock_threshold(6.0, 2).is_err());
        c.unlock_threshold(3.5, 3).unwrap();
        assert_eq!(c.rubric.pass_threshold, PassThreshold(3.5));
        assert_eq!(c.threshold_changes.len(), 1);
        assert_eq!(c.threshold_changes[0].from, PassThreshold(3.0));
        c.unlock_threshold(3.5, 4).unwrap();
        assert_eq!(c.threshold_changes.len(), 1, "no change, no record");
    }

    #[test]
    fn contradictions_warn_for_each_case() {
        let mut c = card(&[1.0, 1.0]);
        assert!(c.contradictions().is_empty());
        c.set_recommendation(Some(Recommendation::Hire), 1);
        assert_eq!(
            c.contradictions(),
            ["Hire, but 2 of 2 criteria are unscored."]
        );
        c.set_score("c0", Score::new(5), 2);
        c.set_score("c1", Score::new(4), 2);
        assert!(c.contradictions().is_empty());
        c.set_recommendation(Some(Recommendation::NoHire), 3);
        assert_eq!(
            c.contradictions(),
            ["No Hire, but the weighted score 4.50 reaches the pass threshold 3.00 and no red flag is checked."]
        );
        c.set_recommendation(Some(Recommendation::StrongHire), 4);
        c.add_custom_flag("Dismissed testing", 5);
        assert_eq!(
            c.contradictions(),
            ["Strong Hire, but a red flag is checked: “Dismissed testing”."]
        );
        c.set_score("c0", Score::new(1), 6);
        c.set_score("c1", Score::new(2), 6);
        assert_eq!(
            c.contradictions(),
            [
                "Strong Hire, but a red flag is checked: “Dismissed testing”.",
                "Strong Hire, but “Title c0” is scored 1 (Weak).",
                "Strong Hire, but the weighted score 1.50 is below the pass threshold 3.00."
            ]
        );
    }
}
