use super::*;
use crate::model::rubric::tests::rubric;

/// The id of the question whose answer timer is running.
pub fn running_answer(card: &Scorecard) -> Option<&str> {
    card.questions
        .iter()
        .find(|q| q.answer.is_running())
        .map(|q| q.id.as_str())
}

pub fn card(weights: &[f64]) -> Scorecard {
    let new = NewScorecard {
        candidate: " Ada Lovelace ".into(),
        role: String::new(),
        interviewer: "Grace".into(),
    };
    Scorecard::start(
        "id1".into(),
        new,
        rubric(weights),
        "2026-11-22".into(),
        1_000,
    )
}

#[test]
fn every_status_reads_back_from_its_stored_word() {
    for status in Status::ALL {
        assert_eq!(Status::parse(status.as_str()), Some(status));
    }
    assert_eq!(Status::parse("Completed"), None);
    assert_eq!(Status::parse(""), None);
}

#[test]
fn start_trims_names_and_takes_the_rubric_role() {
    let c = card(&[1.0, 1.0]);
    assert_eq!(c.candidate, "Ada Lovelace");
    assert_eq!(c.role, "Backend Engineer");
    assert_eq!(c.criteria.len(), 2);
    assert_eq!(c.status, Status::Draft);
}

#[test]
fn setting_a_score_stamps_the_change() {
    let mut c = card(&[1.0]);
    assert!(c.set_score("c0", Score::new(4), 2_000));
    assert_eq!(c.score_of("c0"), Score::new(4));
    assert_eq!(c.updated_at, 2_000);
    assert!(!c.set_score("nope", Score::new(4), 3_000));
    assert_eq!(c.updated_at, 2_000);
}

#[test]
fn the_clock_going_backwards_never_moves_updated_at_back() {
    let mut c = card(&[1.0]);
    c.set_notes("x".into(), 500);
    assert_eq!(c.updated_at, 1_000);
}

#[test]
fn normalize_keeps_known_entries_in_rubric_order_and_fills_gaps() {
    let mut c = card(&[1.0, 1.0, 1.0]);
    c.criteria = vec![
        CriterionScore {
            criterion_id: "c2".into(),
            score: Score::new(5),
            notes: "n".into(),
            no_evidence: false,
        },
        CriterionScore {
            criterion_id: "gone".into(),
            score: Score::new(1),
            notes: String::new(),
            no_evidence: false,
        },
    ];
    c.normalize();
    let ids: Vec<_> = c.criteria.iter().map(|e| e.criterion_id.as_str()).collect();
    assert_eq!(ids, ["c0", "c1", "c2"]);
    assert_eq!(c.score_of("c2"), Score::new(5));
    assert_eq!(c.entry("c2").unwrap().notes, "n");
}
