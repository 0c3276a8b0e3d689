//! Tests of `call.rs`, kept apart so the module reads in one sitting.
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
    // Reopened, notes are free again but scores are frozen: they change only with a reason
    // (revision.rs), so the plain setter still refuses.
    assert!(!c.set_score("c0", None, later + 1));
    assert!(c.set_criterion_notes("c0", "after".into(), later + 1));
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
