//! The live call on a scorecard: starting, pausing and ending the call, answer timers, red
//! flags, completion within the scoring window, the threshold lock, and the warnings shown when
//! a recommendation contradicts the evidence.

use super::scorecard::{FlagMark, ThresholdChange};
use super::{PassThreshold, Recommendation, Scorecard, Status, Verdict};

impl Scorecard {
    pub fn start_call(&mut self, now: i64) {
        self.call.start(now);
        if self.call.started_at.is_some() && self.call.ended_at.is_none() {
            self.status = Status::InCall;
        }
        self.touch(now);
    }

    /// Pauses the call and any running answer timer.
    pub fn pause_call(&mut self, now: i64) {
        self.call.pause(now);
        self.pause_answers(now);
        self.touch(now);
    }

    /// Ends the call; the five-minute scoring window starts.
    pub fn end_call(&mut self, now: i64) {
        self.call.end(now);
        self.pause_answers(now);
        if self.status == Status::InCall {
            self.status = Status::Draft;
        }
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

    pub fn answer_target_seconds(&self, id: &str) -> Option<u32> {
        let q = self.question(id)?;
        Some(
            self.rubric
                .question(id)
                .map_or(q.kind.default_target_seconds(), |b| b.target_seconds()),
        )
    }

    pub fn complete(&mut self, now: i64) {
        self.pause_call(now);
        self.status = Status::Completed;
        self.completed_at = Some(now);
    }

    pub fn reopen(&mut self, now: i64) {
        self.status = Status::Draft;
        self.touch(now);
    }

    /// Completed after the five-minute window that follows the end of the call.
    pub fn completed_late(&self) -> bool {
        self.completed_at
            .is_some_and(|at| self.call.completed_late(at))
    }

    pub fn is_flagged(&self, text: &str) -> bool {
        self.red_flags.iter().any(|f| f.text == text)
    }

    /// Ticks or unticks one of the rubric's red flags.
    pub fn set_red_flag(&mut self, text: &str, on: bool, now: i64) {
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
        if text.is_empty()
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

    /// One-line warnings when the recommendation contradicts the evidence. Never a block.
    pub fn contradictions(&self) -> Vec<String> {
        let Some(rec) = self.recommendation else {
            return Vec::new();
        };
        let mut warnings = Vec::new();
        if rec == Recommendation::StrongHire && !self.red_flags.is_empty() {
            warnings.push(format!(
                "Strong Hire with {} red flag{} ticked.",
                self.red_flags.len(),
                if self.red_flags.len() == 1 { "" } else { "s" }
            ));
        }
        if !rec.is_positive() && self.verdict() == Verdict::Pass {
            warnings.push(format!(
                "{} although the score passes the threshold.",
                rec.label()
            ));
        }
        if rec.is_positive() {
            let done = self.completion();
            if !done.is_complete() {
                warnings.push(format!(
                    "{} with {} of {} {} unscored.",
                    rec.label(),
                    done.total - done.scored,
                    done.total,
                    self.completion_noun()
                ));
            }
            if self.verdict() == Verdict::Fail {
                warnings.push(format!(
                    "{} although the score is below the threshold.",
                    rec.label()
                ));
            }
        }
        warnings
    }
}

#[cfg(test)]
mod tests {
    use crate::model::scorecard::tests::{card, running_answer};
    use crate::model::timer::MINUTE_MS;
    use crate::model::{PassThreshold, QuestionKind, Recommendation, Score, Status};

    const T0: i64 = 1_795_323_860_000;

    #[test]
    fn starting_and_ending_the_call_moves_the_status() {
        let mut c = card(&[1.0]);
        c.start_call(T0);
        assert_eq!(c.status, Status::InCall);
        c.end_call(T0 + 20 * MINUTE_MS);
        assert_eq!(c.status, Status::Draft);
        assert_eq!(c.call.elapsed_ms(T0 + 99 * MINUTE_MS), 20 * MINUTE_MS);
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
        assert_eq!(c.contradictions(), ["Hire with 2 of 2 criteria unscored."]);
        c.set_score("c0", Score::new(5), 2);
        c.set_score("c1", Score::new(4), 2);
        assert!(c.contradictions().is_empty());
        c.set_recommendation(Some(Recommendation::NoHire), 3);
        assert_eq!(
            c.contradictions(),
            ["No Hire although the score passes the threshold."]
        );
        c.set_recommendation(Some(Recommendation::StrongHire), 4);
        c.add_custom_flag("Dismissed testing", 5);
        assert_eq!(c.contradictions(), ["Strong Hire with 1 red flag ticked."]);
        c.set_score("c0", Score::new(1), 6);
        c.set_score("c1", Score::new(2), 6);
        assert_eq!(
            c.contradictions(),
            [
                "Strong Hire with 1 red flag ticked.",
                "Strong Hire although the score is below the threshold."
            ]
        );
    }
}
