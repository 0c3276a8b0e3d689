//! "No evidence": answered for completion, left out of totals and averages, listed as a gap.

use crate::model::scorecard::tests::card;
use crate::model::{Mark, Score, Scorecard, Verdict};

fn marked(weights: &[f64], marks: &[Mark]) -> Scorecard {
    let mut c = card(weights);
    for (i, m) in marks.iter().enumerate() {
        let id = format!("c{i}");
        match m {
            Mark::NoEvidence => assert!(c.set_no_evidence(&id, 0)),
            m => assert!(c.set_score(&id, m.score(), 0)),
        }
    }
    c
}

const NE: Mark = Mark::NoEvidence;
fn s(n: u8) -> Mark {
    Mark::Score(Score::new(n).unwrap())
}

#[test]
fn no_evidence_counts_as_answered_but_not_in_the_total() {
    let c = marked(&[1.0, 3.0, 1.0], &[s(2), NE, s(4)]);
    assert_eq!((c.completion().scored, c.completion().total), (3, 3));
    assert!(c.completion().is_complete());
    // (2 + 4) / 2: the weight-3 criterion is left out, not counted as 0 or 1.
    assert_eq!(c.weighted_score(), Some(3.0));
    assert_eq!(c.verdict(), Verdict::Pass);
    assert_eq!(c.no_evidence_gaps(), ["Title c1"]);
}

#[test]
fn no_evidence_is_not_a_low_score_for_the_verdict() {
    let mut c = marked(&[1.0, 1.0], &[s(3), NE]);
    c.rubric.pass_threshold = crate::model::PassThreshold(3.0);
    assert_eq!(c.verdict(), Verdict::Pass);
    c.set_score("c0", Score::new(2), 0);
    assert_eq!(c.verdict(), Verdict::Fail);
}

#[test]
fn every_criterion_no_evidence_has_nothing_to_total_and_never_passes() {
    let c = marked(&[1.0, 2.0], &[NE, NE]);
    assert!(c.completion().is_complete());
    assert_eq!(c.weighted_score(), None);
    assert_eq!(c.verdict(), Verdict::Fail);
    assert_eq!(c.no_evidence_gaps(), ["Title c0", "Title c1"]);
}

#[test]
fn a_score_or_a_clear_replaces_the_mark() {
    let mut c = marked(&[1.0], &[NE]);
    assert!(c.is_no_evidence("c0"));
    assert_eq!(c.score_of("c0"), None);
    c.set_score("c0", Score::new(4), 0);
    assert!(!c.is_no_evidence("c0"));
    assert_eq!(c.mark_of("c0"), Some(s(4)));
    c.set_no_evidence("c0", 0);
    assert_eq!(c.mark_of("c0"), Some(NE), "the score is cleared");
    c.set_score("c0", None, 0);
    assert_eq!(c.mark_of("c0"), Some(Mark::Unscored));
    assert_eq!(c.completion().scored, 0);
    assert!(!c.set_no_evidence("nope", 0));
}

#[test]
fn a_completed_card_takes_no_mark() {
    let mut c = card(&[1.0]);
    c.complete(5);
    assert!(!c.set_no_evidence("c0", 6));
    assert!(!c.is_no_evidence("c0"));
}

#[test]
fn the_mark_is_written_only_when_set_and_old_entries_read_without_it() {
    let c = marked(&[1.0, 1.0], &[NE, s(3)]);
    let json = serde_json::to_value(&c.criteria).unwrap();
    assert_eq!(json[0]["no_evidence"], true);
    assert!(json[1].get("no_evidence").is_none());
    let old: crate::model::CriterionScore =
        serde_json::from_str(r#"{"criterion_id":"c0","score":2}"#).unwrap();
    assert!(!old.no_evidence);
}
