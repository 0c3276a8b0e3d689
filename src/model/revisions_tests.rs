//! Frozen scores after reopening: a reason for every change, kept in the revision log.

use crate::model::scorecard::tests::card;
use crate::model::{Mark, QuestionKind, Score, Scorecard};

fn s(n: u8) -> Mark {
    Mark::Score(Score::new(n).unwrap())
}

fn reopened() -> Scorecard {
    let mut c = card(&[1.0, 1.0]);
    c.set_score("c0", Score::new(3), 10);
    c.set_no_evidence("c1", 10);
    c.set_criterion_notes("c0", "before".into(), 10);
    c.complete(20);
    c.reopen(30);
    c
}

#[test]
fn a_card_never_completed_is_not_frozen() {
    let mut c = card(&[1.0]);
    assert!(!c.scores_frozen());
    assert!(c.set_score("c0", Score::new(2), 1));
    assert!(c.revise_score("c0", s(3), "why", 2).is_err());
    assert!(c.revisions.is_empty());
}

#[test]
fn after_reopening_the_plain_setters_refuse_but_notes_stay_free() {
    let mut c = reopened();
    assert!(c.scores_frozen());
    assert!(!c.set_score("c0", Score::new(4), 40));
    assert!(!c.set_score("c0", None, 40));
    assert!(!c.set_no_evidence("c0", 40));
    assert_eq!(c.mark_of("c0"), Some(s(3)));
    assert!(c.set_criterion_notes("c0", "after".into(), 40));
    assert_eq!(c.entry("c0").unwrap().notes, "after");
}

#[test]
fn a_revision_records_what_from_to_when_and_why() {
    let mut c = reopened();
    assert_eq!(
        c.revise_score("c0", s(4), "  Re-read the design doc.  ", 50),
        Ok(())
    );
    assert_eq!(c.mark_of("c0"), Some(s(4)));
    assert_eq!(
        c.revise_score("c1", s(2), "Found it in the notes", 60),
        Ok(())
    );
    assert!(!c.is_no_evidence("c1"));
    assert_eq!(
        c.revise_score("c0", Mark::NoEvidence, "Misheard", 70),
        Ok(())
    );
    assert_eq!(c.score_of("c0"), None);
    assert!(c.is_no_evidence("c0"));
    let log: Vec<_> = c
        .revisions
        .iter()
        .map(|r| {
            (
                r.target.as_str(),
                r.label.as_str(),
                r.from,
                r.to,
                r.at,
                r.why.as_str(),
            )
        })
        .collect();
    assert_eq!(
        log,
        [
            ("c0", "Title c0", s(3), s(4), 50, "Re-read the design doc."),
            (
                "c1",
                "Title c1",
                Mark::NoEvidence,
                s(2),
                60,
                "Found it in the notes"
            ),
            ("c0", "Title c0", s(4), Mark::NoEvidence, 70, "Misheard"),
        ]
    );
}

#[test]
fn a_revision_is_refused_without_a_reason_a_change_or_a_target() {
    let mut c = reopened();
    let before = c.clone();
    assert!(c.revise_score("c0", s(4), " \t ", 50).is_err());
    assert!(c.revise_score("c0", s(3), "same", 50).is_err());
    assert!(c.revise_score("nope", s(3), "why", 50).is_err());
    assert_eq!(c, before);
    c.complete(60);
    assert!(c.revise_score("c0", s(4), "completed again", 70).is_err());
}

#[test]
fn a_scored_answer_is_frozen_too_and_revised_by_its_text() {
    let mut c = card(&[1.0]);
    c.rubric.score_answers = true;
    let id = c
        .add_ad_hoc_question("Tell me about an outage.", QuestionKind::Experience, 0)
        .unwrap();
    c.set_answer_score(&id, Score::new(2), 1);
    c.complete(2);
    c.reopen(3);
    assert!(!c.set_answer_score(&id, Score::new(5), 4));
    assert!(c.revise_score(&id, Mark::NoEvidence, "n/a", 5).is_err());
    assert_eq!(
        c.revise_score(&id, s(5), "Recalled the follow-up", 6),
        Ok(())
    );
    assert_eq!(c.revisions[0].label, "Tell me about an outage.");
    assert_eq!(c.questions[0].score, Score::new(5));
}

#[test]
fn marks_are_stored_as_a_number_a_word_or_null() {
    let marks = [Mark::Unscored, s(4), Mark::NoEvidence];
    let json = serde_json::to_string(&marks).unwrap();
    assert_eq!(json, r#"[null,4,"no_evidence"]"#);
    assert_eq!(serde_json::from_str::<Vec<Mark>>(&json).unwrap(), marks);
    assert!(serde_json::from_str::<Mark>("7").is_err());
    assert!(serde_json::from_str::<Mark>(r#""none""#).is_err());
}

#[test]
fn the_log_is_written_only_when_it_has_entries() {
    let mut c = reopened();
    assert!(serde_json::to_value(&c).unwrap().get("revisions").is_none());
    c.revise_score("c0", s(4), "why", 50).unwrap();
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["revisions"][0]["from"], 3);
    let back: Scorecard = serde_json::from_value(json).unwrap();
    assert_eq!(back.revisions, c.revisions);
}
