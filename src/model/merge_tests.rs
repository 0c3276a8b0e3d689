use super::*;
use crate::model::scorecard::tests::card;
use crate::model::stored::fingerprint;
use crate::model::{Move, QuestionKind, Recommendation, Score};

/// Whether both sides changed a field (one side's edit was kept over the other's).
fn conflicted(merged: &Merged) -> bool {
    !merged.lost.is_empty() || !merged.kept.is_empty()
}

pub(super) fn base() -> Scorecard {
    let mut c = card(&[1.0, 1.0, 1.0]);
    c.add_ad_hoc_question("Tell me about a queue", QuestionKind::Technical, 2_000);
    c.add_ad_hoc_question("Why this team?", QuestionKind::Motivation, 2_001);
    c
}

pub(super) fn ids(c: &Scorecard) -> Vec<String> {
    c.questions.iter().map(|q| q.id.clone()).collect()
}

#[test]
fn edits_of_different_fields_both_survive_with_no_conflict() {
    let b = base();
    let mut mine = b.clone();
    mine.set_score("c0", Score::new(4), 3_000);
    let q = ids(&b)[0].clone();
    mine.set_answer_notes(&q, "mine on q1".into(), 3_001);
    let mut theirs = b.clone();
    theirs.set_criterion_notes("c1", "theirs on c1".into(), 3_500);
    theirs.set_notes("overall from theirs".into(), 3_501);
    theirs.set_answer_score(&ids(&b)[1], Score::new(2), 3_502);

    let merged = merge(Some(&b), &mine, &theirs);
    assert!(!conflicted(&merged), "{merged:?}");
    let c = &merged.card;
    assert_eq!(c.score_of("c0"), Score::new(4));
    assert_eq!(c.entry("c1").unwrap().notes, "theirs on c1");
    assert_eq!(c.notes, "overall from theirs");
    assert_eq!(c.question(&q).unwrap().notes, "mine on q1");
    assert_eq!(c.question(&ids(&b)[1]).unwrap().score, Score::new(2));
    assert_eq!(c.updated_at, 3_502, "the later change's time");
}

#[test]
fn the_later_edit_wins_a_conflict_and_the_earlier_tab_is_told() {
    let b = base();
    let mut mine = b.clone();
    mine.set_criterion_notes("c2", "mine".into(), 3_000);
    let mut theirs = b.clone();
    theirs.set_criterion_notes("c2", "theirs, later".into(), 4_000);

    let merged = merge(Some(&b), &mine, &theirs);
    assert_eq!(merged.card.entry("c2").unwrap().notes, "theirs, later");
    assert_eq!(merged.lost, vec!["the notes on Title c2".to_string()]);
    assert!(merged.kept.is_empty());

    // The other tab, merging the same two edits the other way round, keeps its own.
    let other = merge(Some(&b), &theirs, &mine);
    assert_eq!(other.card, merged.card, "both tabs reach the same card");
    assert!(other.lost.is_empty());
    assert_eq!(other.kept, merged.lost);
}

#[test]
fn a_version_built_on_mine_is_taken_whole_without_a_conflict() {
    let b = base();
    let mut mine = b.clone();
    mine.set_notes("typed here".into(), 3_000);
    let mut theirs = mine.clone();
    theirs.set_notes("typed here, then more there".into(), 4_000);
    theirs.set_recommendation(Some(Recommendation::Hire), 4_001);
    let merged = merge(Some(&mine), &mine, &theirs);
    assert_eq!(merged.card, theirs);
    assert!(!conflicted(&merged));
}

#[test]
fn unchanged_mine_takes_theirs_and_unchanged_theirs_keeps_mine() {
    let b = base();
    let mut changed = b.clone();
    changed.set_score("c1", Score::new(5), 3_000);
    assert_eq!(merge(Some(&b), &b, &changed).card, changed);
    assert_eq!(merge(Some(&b), &changed, &b).card, changed);
}

#[test]
fn a_question_added_in_one_tab_and_one_removed_in_the_other() {
    let b = base();
    let first = ids(&b)[0].clone();
    let mut mine = b.clone();
    let added = mine
        .add_ad_hoc_question("Design a rate limiter", QuestionKind::Technical, 3_000)
        .unwrap();
    let mut theirs = b.clone();
    theirs.set_answer_notes(&first, "their notes".into(), 3_100);
    let merged = merge(Some(&b), &mine, &theirs);
    assert!(!conflicted(&merged), "{merged:?}");
    assert!(
        merged.card.question(&added).is_some(),
        "mine's new question kept"
    );
    assert_eq!(merged.card.question(&first).unwrap().notes, "their notes");

    // Removing a question on one side while the other only reorders is a list conflict.
    let mut mine = b.clone();
    mine.unpick_question(&first, 3_000);
    let mut theirs = b.clone();
    theirs.move_question(&ids(&b)[1], crate::model::Move::Up, 3_200);
    let merged = merge(Some(&b), &mine, &theirs);
    assert_eq!(merged.lost, vec!["the question list".to_string()]);
    assert_eq!(ids(&merged.card), ids(&theirs));
}

#[test]
fn without_a_base_every_difference_goes_to_the_later_card() {
    let b = base();
    let mut mine = b.clone();
    mine.set_score("c0", Score::new(1), 5_000);
    let mut theirs = b.clone();
    theirs.set_notes("older".into(), 4_000);
    let merged = merge(None, &mine, &theirs);
    assert_eq!(merged.card.score_of("c0"), Score::new(1));
    assert_eq!(
        merged.card.notes, "",
        "mine is later, so its empty notes win"
    );
    assert_eq!(merged.kept.len(), 2, "{merged:?}");
}

#[test]
fn ties_are_broken_the_same_way_in_both_tabs() {
    let b = base();
    let mut x = b.clone();
    x.set_notes("x".into(), 3_000);
    let mut y = b.clone();
    y.set_notes("y".into(), 3_000);
    let one = merge(Some(&b), &x, &y);
    let two = merge(Some(&b), &y, &x);
    assert_eq!(one.card, two.card);
    assert_eq!(one.lost.len() + two.lost.len(), 1, "exactly one side lost");
}

#[test]
fn fields_written_only_when_set_stay_unwritten() {
    let b = base();
    let mut mine = b.clone();
    mine.candidate_id = "cand-7".into();
    mine.updated_at = 3_000;
    let merged = merge(Some(&b), &mine, &b);
    assert_eq!(merged.card.candidate_id, "cand-7");
    let merged = merge(Some(&mine), &mine, &b);
    assert_eq!(merged.card.candidate_id, "", "theirs removed it");
    assert_eq!(merged.card.imported_from, None);
}

#[test]
fn the_log_finds_a_named_parent_else_the_head_and_forgets_the_oldest() {
    let mut log = VersionLog::starting_at("v0".into());
    log.record("v1".into());
    assert_eq!(log.head(), "v1");
    assert_eq!(log.head_fingerprint(), fingerprint("v1"));
    assert_eq!(log.base_for(Some(&fingerprint("v0"))), "v0");
    assert_eq!(log.base_for(Some(&fingerprint("never seen"))), "v1");
    assert_eq!(log.base_for(None), "v1");
    for i in 2..=VersionLog::KEPT {
        log.record(format!("v{i}"));
    }
    assert_eq!(
        log.base_for(Some(&fingerprint("v0"))),
        log.head(),
        "v0 forgotten"
    );
    assert_eq!(log.base_for(Some(&fingerprint("v1"))), "v1");
}

#[test]
fn keeping_mine_puts_back_only_the_fields_that_lost() {
    let b = base();
    let mut mine = b.clone();
    mine.set_criterion_notes("c2", "mine".into(), 3_000);
    mine.set_score("c0", Score::new(5), 3_001);
    let mut theirs = b.clone();
    theirs.set_criterion_notes("c2", "theirs, later".into(), 4_000);
    theirs.set_notes("their overall".into(), 4_001);
    let merged = merge(Some(&b), &mine, &theirs);
    assert_eq!(merged.lost.len(), 1);
    let lost = LostEdits {
        base: Some(b.clone()),
        mine: mine.clone(),
        theirs: theirs.clone(),
        merged: merged.card.clone(),
    };
    // Meanwhile another edit arrived.
    let mut current = merged.card.clone();
    current.set_criterion_notes("c1", "arrived later".into(), 5_000);

    let kept = lost.keep_mine(&current, 6_000);
    assert_eq!(kept.entry("c2").unwrap().notes, "mine");
    assert_eq!(kept.score_of("c0"), Score::new(5));
    assert_eq!(kept.notes, "their overall", "their own change stays");
    assert_eq!(kept.entry("c1").unwrap().notes, "arrived later");
    assert_eq!(kept.updated_at, 6_000);
    // The other tab, merging it from the version it wrote, takes it without a conflict.
    let there = merge(Some(&current), &current, &kept);
    assert!(!conflicted(&there));
    assert_eq!(there.card, kept);
}

#[test]
fn a_field_both_tabs_changed_goes_to_the_later_edit_of_that_field_not_the_later_card() {
    let b = base();
    let mut a = b.clone();
    a.set_criterion_notes("c1", "A's note".into(), 3_000);
    a.set_notes("A's overall notes".into(), 5_000);
    let mut tab_b = b.clone();
    tab_b.set_criterion_notes("c1", "B's later note".into(), 4_000);

    for merged in [merge(Some(&b), &a, &tab_b), merge(Some(&b), &tab_b, &a)] {
        let c = &merged.card;
        assert_eq!(c.entry("c1").unwrap().notes, "B's later note", "{merged:?}");
        assert_eq!(c.notes, "A's overall notes", "A's other field is kept");
        assert_eq!(c.updated_at, 5_000);
    }
    let in_a = merge(Some(&b), &a, &tab_b);
    assert_eq!(in_a.lost, vec!["the notes on Title c1".to_string()]);
    assert!(in_a.kept.is_empty());
    let in_b = merge(Some(&b), &tab_b, &a);
    assert_eq!(in_b.kept, in_a.lost);
    assert_eq!(in_b.card, in_a.card, "both tabs reach the same card");
}

#[test]
fn the_later_note_wins_even_when_the_other_card_changed_later_the_reverse_way() {
    let b = base();
    let mut a = b.clone();
    a.set_criterion_notes("c1", "A's later note".into(), 4_000);
    let mut tab_b = b.clone();
    tab_b.set_criterion_notes("c1", "B's note".into(), 3_000);
    tab_b.set_score("c0", Score::new(3), 5_000);

    let merged = merge(Some(&b), &a, &tab_b);
    assert_eq!(merged.card.entry("c1").unwrap().notes, "A's later note");
    assert_eq!(merged.card.score_of("c0"), Score::new(3));
    assert_eq!(merged.kept, vec!["the notes on Title c1".to_string()]);
    assert!(merged.lost.is_empty());
    assert_eq!(merge(Some(&b), &tab_b, &a).card, merged.card);
}

#[test]
fn two_tabs_adding_an_ad_hoc_question_at_once_both_keep_both() {
    let b = base();
    let mut a = b.clone();
    let qa = a.add_ad_hoc_question("From tab A", QuestionKind::Technical, 3_000);
    a.set_answer_notes(qa.as_deref().unwrap(), "A's answer".into(), 3_001);
    let mut tab_b = b.clone();
    let qb = tab_b.add_ad_hoc_question("From tab B", QuestionKind::Behavioral, 3_500);
    assert_eq!(qa, qb, "both tabs named it the same");

    let merged = merge(Some(&b), &a, &tab_b);
    let texts: Vec<&str> = merged
        .card
        .questions
        .iter()
        .map(|q| q.text.as_str())
        .collect();
    assert!(
        texts.contains(&"From tab A") && texts.contains(&"From tab B"),
        "{texts:?}"
    );
    let mut all = ids(&merged.card);
    all.sort();
    all.dedup();
    assert_eq!(all.len(), merged.card.questions.len(), "ids stay unique");
    let from_a = merged
        .card
        .questions
        .iter()
        .find(|q| q.text == "From tab A")
        .unwrap();
    assert_eq!(from_a.notes, "A's answer");
    assert!(!conflicted(&merged), "{merged:?}");
    assert_eq!(
        merge(Some(&b), &tab_b, &a).card,
        merged.card,
        "both tabs agree"
    );
}

#[test]
fn a_question_added_in_one_tab_survives_a_reorder_in_the_other_either_way() {
    let b = base();
    let q2 = ids(&b)[1].clone();
    for (add_at, move_at) in [(3_000, 4_000), (4_000, 3_000)] {
        let mut a = b.clone();
        let added = a.add_ad_hoc_question("Added in A", QuestionKind::Technical, add_at);
        let mut tab_b = b.clone();
        assert!(tab_b.move_question(&q2, Move::Up, move_at));
        for merged in [merge(Some(&b), &a, &tab_b), merge(Some(&b), &tab_b, &a)] {
            let c = &merged.card;
            assert!(
                c.question(added.as_deref().unwrap()).is_some(),
                "{merged:?}"
            );
            assert_eq!(c.questions.len(), 3);
        }
    }
}
