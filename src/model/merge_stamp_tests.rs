//! Per-field edit stamps in the merge: for each kind of field, the later edit of that field wins
//! when both tabs changed it, whichever card changed later. The shared cases are in `merge_tests.rs`.

use super::tests::{base, ids};
use super::*;
use crate::model::{Move, Score};

/// Tab A edits a field at 3,000 and the overall notes at 5,000 (so A's card is the later one),
/// tab B the same field at 4,000: in both tabs the field takes B's later edit and the notes A's.
fn the_later_edit_of_it_wins<T: PartialEq + std::fmt::Debug>(
    b: &Scorecard,
    edit: impl Fn(&mut Scorecard, i64, bool),
    field: impl Fn(&Scorecard) -> T,
) {
    let mut a = b.clone();
    edit(&mut a, 3_000, true);
    a.set_notes("A's overall notes".into(), 5_000);
    let mut tab_b = b.clone();
    edit(&mut tab_b, 4_000, false);
    assert_ne!(field(&a), field(&tab_b), "the two edits differ");
    for merged in [merge(Some(b), &a, &tab_b), merge(Some(b), &tab_b, &a)] {
        assert_eq!(field(&merged.card), field(&tab_b), "{merged:?}");
        assert_eq!(merged.card.notes, "A's overall notes");
    }
    assert!(!merge(Some(b), &a, &tab_b).lost.is_empty(), "A is told");
}

#[test]
fn red_flags_both_tabs_changed_go_to_the_later_edit() {
    the_later_edit_of_it_wins(
        &base(),
        |c, now, a| assert!(c.add_custom_flag(if a { "A's flag" } else { "B's flag" }, now)),
        |c| c.red_flags.clone(),
    );
}

#[test]
fn the_call_timer_both_tabs_changed_goes_to_the_later_edit() {
    the_later_edit_of_it_wins(&base(), |c, now, _| c.start_call(now), |c| c.call);
}

#[test]
fn an_answer_timer_and_asked_mark_both_tabs_changed_go_to_the_later_edit() {
    let b = base();
    let q = ids(&b)[0].clone();
    the_later_edit_of_it_wins(
        &b,
        |c, now, _| assert!(c.toggle_answer(&q, now)),
        |c| c.question(&q).map(|q| (q.answer, q.asked_at)),
    );
    the_later_edit_of_it_wins(
        &b,
        |c, now, _| assert!(c.mark_asked(&q, now)),
        |c| c.question(&q).and_then(|q| q.asked_at),
    );
}

#[test]
fn the_question_list_both_tabs_changed_goes_to_the_later_edit() {
    let b = base();
    let q2 = ids(&b)[1].clone();
    the_later_edit_of_it_wins(
        &b,
        |c, now, a| match a {
            true => assert!(c.move_question(&q2, Move::Up, now)),
            false => assert!(c.unpick_question(&q2, now)),
        },
        ids,
    );
}

#[test]
fn the_first_impression_both_tabs_recorded_goes_to_the_later_edit() {
    the_later_edit_of_it_wins(
        &base(),
        |c, now, a| assert!(c.record_first_impression(Score::new(if a { 2 } else { 4 }), now)),
        |c| c.first_impression,
    );
}

#[test]
fn the_pass_threshold_both_tabs_changed_goes_to_the_later_edit() {
    the_later_edit_of_it_wins(
        &base(),
        |c, now, a| c.unlock_threshold(if a { 3.5 } else { 4.5 }, now).unwrap(),
        |c| (c.rubric.pass_threshold, c.threshold_changes.clone()),
    );
}

#[test]
fn a_score_revision_both_tabs_made_goes_to_the_later_edit() {
    let mut b = base();
    b.set_score("c0", Score::new(3), 2_100);
    b.complete(2_200);
    b.reopen(2_300);
    the_later_edit_of_it_wins(
        &b,
        |c, now, a| {
            let to = crate::model::Mark::Score(Score::new(if a { 2 } else { 5 }).unwrap());
            c.revise_score("c0", to, "Misheard", now).unwrap();
        },
        |c| (c.score_of("c0"), c.revisions.clone()),
    );
}
