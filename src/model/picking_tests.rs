//! Tests of `picking.rs`, kept apart so the module reads in one sitting.
use crate::model::scorecard::tests::card;
use crate::model::timer::MINUTE_MS;
use crate::model::{Move, QuestionKind, QuestionState, Score, Scorecard, StarL};

fn bank_card() -> Scorecard {
    use crate::model::Question;
    let mut c = card(&[1.0]);
    for (id, kind) in [
        ("q1", QuestionKind::Experience),
        ("q2", QuestionKind::Behavioral),
        ("q3", QuestionKind::Situational),
    ] {
        c.rubric
            .question_bank
            .push(Question::new(id.into(), kind, format!("{id}?")));
    }
    c
}

#[test]
fn picking_copies_bank_questions_once_and_in_order() {
    let mut c = bank_card();
    assert!(c.pick_question("q2", 2_000));
    assert!(c.pick_question("q1", 2_001));
    assert!(!c.pick_question("q2", 2_002), "already picked");
    assert!(!c.pick_question("nope", 2_002));
    let ids: Vec<_> = c.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["q2", "q1"]);
    assert_eq!(c.questions[0].kind, QuestionKind::Behavioral);
    assert_eq!(c.updated_at, 2_001);
}

#[test]
fn picked_questions_reorder_and_unpick() {
    let mut c = bank_card();
    for id in ["q1", "q2", "q3"] {
        c.pick_question(id, 0);
    }
    assert!(c.move_question("q3", Move::Up, 0));
    assert!(!c.move_question("q1", Move::Up, 0), "already first");
    assert!(!c.move_question("q2", Move::Down, 0), "already last");
    let ids: Vec<_> = c.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["q1", "q3", "q2"]);
    assert!(c.unpick_question("q3", 0));
    assert!(!c.unpick_question("q3", 0));
    assert_eq!(c.questions.len(), 2);
}

#[test]
fn ad_hoc_questions_get_fresh_ids_and_need_text() {
    let mut c = bank_card();
    assert_eq!(
        c.add_ad_hoc_question("  ", QuestionKind::Technical, 0),
        None
    );
    let a = c
        .add_ad_hoc_question(" Why Rust? ", QuestionKind::Motivation, 0)
        .unwrap();
    let b = c
        .add_ad_hoc_question("And Go?", QuestionKind::Motivation, 0)
        .unwrap();
    assert_eq!((a.as_str(), b.as_str()), ("adhoc-1", "adhoc-2"));
    c.unpick_question("adhoc-1", 0);
    let again = c
        .add_ad_hoc_question("Again?", QuestionKind::General, 0)
        .unwrap();
    assert_eq!(again, "adhoc-1");
    assert_eq!(c.question("adhoc-2").unwrap().text, "And Go?");
    assert!(c.question("adhoc-2").unwrap().ad_hoc);
}

#[test]
fn answers_take_scores_notes_and_star_l() {
    let mut c = bank_card();
    c.pick_question("q2", 0);
    assert!(c.set_answer_score("q2", Score::new(4), 1));
    assert!(c.set_answer_notes("q2", "led the rollback".into(), 2));
    let star = StarL {
        situation: true,
        action: true,
        ..StarL::default()
    };
    assert!(c.set_star("q2", star, 3));
    let q = c.question("q2").unwrap();
    assert_eq!(
        (q.score, q.notes.as_str(), q.star),
        (Score::new(4), "led the rollback", star)
    );
    assert!(!c.set_answer_score("q9", Score::new(1), 4));
}

#[test]
fn pick_warnings_only_for_rubrics_with_a_bank() {
    let mut c = bank_card();
    c.pick_question("q1", 0);
    assert!(!c.pick_warnings().is_empty());
    c.rubric.question_bank.clear();
    assert!(c.pick_warnings().is_empty());
}

#[test]
fn a_picked_question_is_planned_until_asked_or_skipped() {
    let mut c = bank_card();
    for id in ["q1", "q2", "q3"] {
        c.pick_question(id, 0);
    }
    let state = |c: &Scorecard, id: &str| c.question_state(c.question(id).unwrap());
    assert_eq!(state(&c, "q1"), QuestionState::Planned);
    assert!(c.mark_asked("q1", 5));
    assert_eq!(c.question("q1").unwrap().asked_at, Some(5));
    assert_eq!(state(&c, "q1"), QuestionState::Asked);
    c.toggle_answer("q2", 6);
    assert_eq!(
        state(&c, "q2"),
        QuestionState::Asked,
        "a started timer asks it"
    );
    assert!(c.toggle_skipped("q3", 7));
    assert_eq!(state(&c, "q3"), QuestionState::Skipped);
    assert!(
        !c.toggle_skipped("q1", 8),
        "an asked question is not skipped"
    );
    assert!(!c.toggle_skipped("q3", 8), "skipped again: planned");
    assert_eq!(state(&c, "q3"), QuestionState::Planned);
    c.toggle_skipped("q3", 9);
    assert!(c.mark_asked("q3", 10), "asking a skipped one unskips it");
    assert!(!c.question("q3").unwrap().skipped);
    assert!(!c.mark_asked("q9", 10));
}

#[test]
fn the_end_of_the_call_turns_planned_questions_skipped() {
    let mut c = bank_card();
    c.pick_question("q1", 0);
    c.pick_question("q2", 0);
    c.start_call(MINUTE_MS);
    c.mark_asked("q1", 2 * MINUTE_MS);
    c.end_call(20 * MINUTE_MS);
    let states: Vec<_> = c.questions.iter().map(|q| c.question_state(q)).collect();
    assert_eq!(states, [QuestionState::Asked, QuestionState::Skipped]);
}

#[test]
fn a_recorded_answer_counts_as_asked_and_cannot_be_unmarked() {
    let mut c = bank_card();
    c.pick_question("q1", 0);
    assert!(c.toggle_asked("q1", 1));
    assert!(
        !c.toggle_asked("q1", 2),
        "nothing recorded: back to planned"
    );
    assert_eq!(c.question("q1").unwrap().asked_at, None);
    c.set_answer_notes("q1", "talked about sharding".into(), 3);
    assert!(
        c.question("q1").unwrap().is_asked(),
        "notes mean it was asked"
    );
    assert!(c.toggle_asked("q1", 4), "stays asked: it has notes");
    assert!(c.toggle_asked("q1", 5));
    assert!(!c.toggle_skipped("q1", 6));
}

#[test]
fn removing_a_question_keeps_it_for_an_exact_undo() {
    let mut c = bank_card();
    for id in ["q1", "q2", "q3"] {
        c.pick_question(id, 0);
    }
    c.toggle_answer("q2", 1_000);
    c.set_answer_notes("q2", "idempotency keys".into(), 2_000);
    c.set_answer_score("q2", Score::new(4), 2_000);
    let removed = c.remove_question("q2", 31_000).unwrap();
    assert!(removed.needs_undo());
    assert!(!removed.question().answer.is_running(), "its timer stops");
    assert_eq!(c.questions.len(), 2);
    let kept = removed.question().clone();
    assert!(c.restore_question(removed, 90_000));
    let ids: Vec<_> = c.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["q1", "q2", "q3"], "back in its place");
    let q = c.question("q2").unwrap();
    assert_eq!(q, &kept);
    assert_eq!(q.answer.elapsed_ms(99_000), 30_000, "time as it was");
    assert_eq!(
        (q.notes.as_str(), q.score),
        ("idempotency keys", Score::new(4))
    );
}

#[test]
fn an_untouched_planned_question_needs_no_undo_and_restores_once() {
    let mut c = bank_card();
    c.pick_question("q1", 0);
    let removed = c.remove_question("q1", 1).unwrap();
    assert!(!removed.needs_undo());
    assert!(c.remove_question("q1", 1).is_none());
    c.pick_question("q1", 2);
    assert!(
        !c.restore_question(removed.clone(), 3),
        "picked again meanwhile"
    );
    c.questions.clear();
    c.pick_question("q2", 4);
    c.remove_question("q2", 4);
    assert!(
        c.restore_question(removed, 5),
        "a shorter list: it goes last"
    );
    assert_eq!(c.questions.len(), 1);
}

#[test]
fn criteria_with_bank_questions_but_none_picked_warn_in_one_line() {
    let mut c = card(&[1.0, 1.0, 1.0]);
    for (id, criterion) in [("a", "c0"), ("b", "c1"), ("c", "gone")] {
        let mut q = crate::model::Question::new(id.into(), QuestionKind::Technical, "?".into());
        q.criterion = Some(criterion.into());
        c.rubric.question_bank.push(q);
    }
    c.rubric.plan = crate::model::QuestionPlan {
        min: 1,
        max: 3,
        mix: vec![],
    };
    c.pick_question("c", 0);
    let titles: Vec<_> = c.rubric.criteria.iter().map(|k| k.title.clone()).collect();
    assert_eq!(
        c.pick_warnings(),
        [format!(
            "No question picked yet for {}, {}.",
            titles[0], titles[1]
        )],
        "c2 has no bank question; an unknown criterion id ties to none"
    );
    c.pick_question("a", 0);
    c.pick_question("b", 0);
    assert!(c.pick_warnings().is_empty());
}
