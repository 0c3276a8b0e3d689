//! Tests of `decision.rs`: every band edge, the must-pass caps, each red-flag policy, the reason rule.

use crate::model::scorecard::tests::card;
use crate::model::{
    MustPass, PassThreshold, Recommendation, RedFlagPolicy, Score, Scorecard, Status,
};
use Recommendation::*;

/// One criterion scored `score`, against `threshold`.
fn one(score: u8, threshold: f64) -> Scorecard {
    let mut c = card(&[1.0]);
    c.rubric.pass_threshold = PassThreshold(threshold);
    c.set_score("c0", Score::new(score), 1);
    c
}

fn rule(c: &Scorecard) -> Option<Recommendation> {
    c.rule_outcome().map(|o| o.recommendation)
}

#[test]
fn every_band_edge_is_where_the_rule_says() {
    let cases = [
        // Strong Hire from threshold + 1, capped at 5.
        (4, 3.0, StrongHire),
        (4, 3.01, Hire),
        (5, 4.5, StrongHire),
        (5, 5.0, StrongHire),
        // Hire from the threshold.
        (4, 4.0, Hire),
        (4, 4.01, NoHire),
        // Strong No Hire below threshold - 1.
        (2, 3.0, NoHire),
        (2, 3.01, StrongNoHire),
        (1, 5.0, StrongNoHire),
    ];
    for (score, threshold, expected) in cases {
        assert_eq!(
            rule(&one(score, threshold)),
            Some(expected),
            "{score} against {threshold}"
        );
    }
}

#[test]
fn the_bands_compare_at_two_decimals_as_shown() {
    // (3 + 3 + 4) / 3 = 3.333…, shown 3.33: it reaches 3.33, not 3.34.
    let mut c = card(&[1.0; 3]);
    for (id, s) in [("c0", 3), ("c1", 3), ("c2", 4)] {
        c.set_score(id, Score::new(s), 1);
    }
    c.rubric.pass_threshold = PassThreshold(3.33);
    assert_eq!(rule(&c), Some(Hire));
    c.rubric.pass_threshold = PassThreshold(3.34);
    assert_eq!(rule(&c), Some(NoHire));
}

#[test]
fn reasons_say_why_in_words() {
    let o = one(4, 3.4).rule_outcome().unwrap();
    assert_eq!(o.reasons, ["4.00 reaches the pass threshold 3.40"]);
    assert_eq!(one(4, 3.4).rule_words(), "Hire (4.00 ≥ 3.40)");
    assert_eq!(
        one(2, 3.5).rule_outcome().unwrap().reasons,
        ["2.00 is more than 1 below the pass threshold 3.50"]
    );
}

#[test]
fn no_outcome_until_everything_is_answered() {
    let mut c = card(&[1.0, 1.0]);
    c.set_score("c0", Score::new(5), 1);
    assert_eq!(c.rule_outcome(), None);
    assert_eq!(c.rule_words(), "Decides once every criterion is scored");
    c.set_score("c1", Score::new(5), 1);
    assert_eq!(rule(&c), Some(StrongHire));
}

fn must(c: &mut Scorecard, id: &str, min: u8) {
    c.rubric.decision_rule.must_pass.push(MustPass {
        criterion: id.into(),
        min_level: Score::new(min).unwrap(),
    });
}

/// Two criteria, the second "API design" that must reach 3; the first scored 5.
fn api_design_must_reach_3() -> Scorecard {
    let mut c = card(&[1.0, 1.0]);
    c.rubric.criteria[1].title = "API design".into();
    must(&mut c, "c1", 3);
    c.set_score("c0", Score::new(5), 1);
    c
}

#[test]
fn a_must_pass_below_its_minimum_caps_the_rule_at_no_hire() {
    let mut c = api_design_must_reach_3();
    c.set_score("c1", Score::new(3), 1);
    assert_eq!(rule(&c), Some(StrongHire), "at its minimum it passes");
    c.set_score("c1", Score::new(2), 1);
    let o = c.rule_outcome().unwrap();
    assert_eq!(o.recommendation, NoHire, "3.50 would be Hire");
    assert_eq!(
        o.reasons[1],
        "A must-pass criterion below its minimum caps the rule at No Hire: API design: 2 (must reach 3)"
    );
    assert_eq!(c.rule_words(), "No Hire (API design below its minimum)");
    // A Strong No Hire stays one: the cap only lowers.
    c.set_score("c0", Score::new(1), 1);
    c.set_score("c1", Score::new(1), 1);
    assert_eq!(rule(&c), Some(StrongNoHire));
}

#[test]
fn a_must_pass_without_evidence_on_a_complete_card_misses_its_minimum() {
    let c = api_design_must_reach_3();
    assert!(
        c.must_pass_misses().is_empty(),
        "unscored is not yet a miss"
    );
    // Another part of the app marks "no evidence": answered, score left None.
    let miss = crate::model::decision::MustPassMiss {
        title: "API design".into(),
        score: None,
        min_level: Score::new(3).unwrap(),
    };
    assert_eq!(miss.words(), "API design: no evidence (must reach 3)");
}

fn flagged(policy: RedFlagPolicy, custom: bool, score: u8) -> Scorecard {
    let mut c = one(score, 3.0);
    c.rubric.decision_rule.red_flags = policy;
    c.rubric.red_flags = vec!["Blames others".into()];
    if custom {
        assert!(c.add_custom_flag("Late to the call", 2));
    } else {
        c.set_red_flag("Blames others", true, 2);
    }
    c
}

#[test]
fn each_red_flag_policy_custom_flags_too() {
    for custom in [false, true] {
        assert_eq!(
            rule(&flagged(RedFlagPolicy::Note, custom, 5)),
            Some(StrongHire)
        );
        let c = flagged(RedFlagPolicy::CapNoHire, custom, 5);
        assert_eq!(rule(&c), Some(NoHire));
        assert_eq!(
            c.rule_outcome().unwrap().reasons[1],
            "Any red flag caps the rule at No Hire: 1 red flag"
        );
        assert_eq!(c.rule_words(), "No Hire (1 red flag)");
        assert_eq!(
            rule(&flagged(RedFlagPolicy::CapNoHire, custom, 1)),
            Some(StrongNoHire)
        );
        assert_eq!(
            rule(&flagged(RedFlagPolicy::StrongNoHire, custom, 5)),
            Some(StrongNoHire)
        );
    }
}

#[test]
fn a_different_choice_needs_a_reason_before_completing() {
    let mut c = one(4, 3.0);
    assert!(!c.reason_missing(), "no choice yet");
    c.set_recommendation(Some(StrongHire), 2);
    assert!(!c.differs_from_rule() && !c.reason_missing());
    c.set_recommendation(Some(NoHire), 3);
    assert!(c.differs_from_rule() && c.reason_missing());
    assert!(c.set_recommendation_reason("  ".into(), 4));
    assert!(c.reason_missing(), "blank is no reason");
    assert!(c.set_recommendation_reason("Could not explain the trade-offs".into(), 5));
    assert!(!c.reason_missing());
    c.complete(6);
    assert_eq!(c.status, Status::Completed);
    assert!(!c.set_recommendation_reason("later".into(), 7));
    assert_eq!(c.recommendation_reason, "Could not explain the trade-offs");
}

#[test]
fn the_decision_rule_reads_as_one_line() {
    let mut c = card(&[1.0, 1.0]);
    c.rubric.criteria[0].title = "API design".into();
    assert_eq!(
        c.rubric.decision_rule_words(),
        "Decision rule: pass at 3.00 · any red flag caps at No Hire"
    );
    must(&mut c, "c0", 3);
    assert_eq!(
        c.rubric.decision_rule_words(),
        "Decision rule: pass at 3.00 · must pass: API design at 3+ · any red flag caps at No Hire"
    );
}

#[test]
fn a_started_card_keeps_its_decision_rule_when_the_rubric_changes() {
    let mut kit = card(&[1.0]).rubric;
    let started = Scorecard::start(
        "id".into(),
        Default::default(),
        kit.clone(),
        "2026-12-01".into(),
        1,
    );
    kit.decision_rule.red_flags = RedFlagPolicy::StrongNoHire;
    must_rubric(&mut kit);
    assert_eq!(
        started.rubric.decision_rule.red_flags,
        RedFlagPolicy::CapNoHire
    );
    assert!(started.rubric.decision_rule.must_pass.is_empty());
}

fn must_rubric(r: &mut crate::model::Rubric) {
    r.decision_rule.must_pass.push(MustPass {
        criterion: "c0".into(),
        min_level: Score::new(4).unwrap(),
    });
}
