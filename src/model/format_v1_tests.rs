//! Tests of reading version-1 documents (format.rs "Version 1 → 2"): every kind upgraded, with
//! the same scores and verdicts, and an explicit rule kept.

use super::tests::{bundle_of, two_cards};
use super::*;
use crate::model::scorecard::tests::card;
use crate::model::{Recommendation, Score};

/// `text` as the version-1 app wrote it: version 1, and no decision rule in any rubric.
pub(crate) fn as_version_one(text: &str) -> String {
    fn strip(rubric: Option<&mut Value>) {
        if let Some(Value::Object(r)) = rubric {
            assert!(r.remove("decision_rule").is_some());
        }
    }
    let mut doc: Value = serde_json::from_str(text).unwrap();
    doc["version"] = 1.into();
    strip(doc.get_mut("rubric"));
    if let Some(card) = doc.get_mut("scorecard") {
        strip(card.get_mut("rubric"));
    }
    if let Some(Value::Array(cards)) = doc.get_mut("scorecards") {
        cards.iter_mut().for_each(|c| strip(c.get_mut("rubric")));
    }
    doc.to_string()
}

/// A card the rule would cap at No Hire under version 2's default: 4.50 with a red flag.
fn flagged_card() -> Scorecard {
    let mut c = card(&[1.0, 1.0]);
    c.rubric.red_flags = vec!["Blames others".into()];
    c.set_score("c0", Score::new(4), 2);
    c.set_score("c1", Score::new(5), 2);
    c.set_red_flag("Blames others", true, 3);
    c.set_recommendation(Some(Recommendation::Hire), 4);
    c
}

fn note_policy() -> crate::model::DecisionRule {
    crate::model::DecisionRule {
        must_pass: vec![],
        red_flags: crate::model::RedFlagPolicy::Note,
    }
}

#[test]
fn a_version_one_rubric_reads_with_red_flags_noted() {
    let v1 = as_version_one(&encode_rubric(&flagged_card().rubric));
    assert!(v1.contains(r#""version":1"#) && !v1.contains("decision_rule"));
    let read = decode_rubric(&v1).unwrap();
    assert_eq!(read.decision_rule, note_policy());
    // Written again it is version 2, with the rule explicit.
    assert!(encode_rubric(&read).contains(r#""version":2"#));
    assert!(encode_rubric(&read).contains(r#""decision_rule":{"must_pass":[],"red_flags":"note"}"#));
}

#[test]
fn a_version_one_scorecard_opens_unchanged_in_meaning() {
    let c = flagged_card();
    let read = decode_scorecard(&as_version_one(&encode_scorecard(&c))).unwrap();
    assert_eq!(read.rubric.decision_rule, note_policy());
    assert_eq!(read.weighted_score(), c.weighted_score());
    assert_eq!(read.verdict(), c.verdict());
    assert_eq!(read.recommendation, c.recommendation);
    assert_eq!(read.contradictions(), c.contradictions());
    // Red flags did not change a result in version 1: the rule stays Strong Hire.
    assert_eq!(
        read.rule_outcome().unwrap().recommendation,
        Recommendation::StrongHire
    );
    assert_eq!(
        c.rule_outcome().unwrap().recommendation,
        Recommendation::NoHire,
        "version 2's default caps it"
    );
}

#[test]
fn every_card_of_a_version_one_export_is_upgraded() {
    let cards = vec![flagged_card(), two_cards().remove(1)];
    let v1 = as_version_one(&bundle_of(&cards));
    let read = decode_any_scorecards(&v1).unwrap();
    assert_eq!(read.len(), 2);
    for (read, card) in read.iter().zip(&cards) {
        assert_eq!(read.rubric.decision_rule, note_policy());
        assert_eq!(read.criteria, card.criteria);
        assert_eq!(read.verdict(), card.verdict());
    }
}

#[test]
fn a_version_two_decision_rule_round_trips_and_version_three_is_refused() {
    let mut c = flagged_card();
    c.rubric.decision_rule = crate::model::DecisionRule {
        must_pass: vec![crate::model::MustPass {
            criterion: "c1".into(),
            min_level: Score::new(3).unwrap(),
        }],
        red_flags: crate::model::RedFlagPolicy::StrongNoHire,
    };
    c.set_recommendation_reason("Strong design; the flag was a misunderstanding".into(), 5);
    let text = encode_scorecard(&c);
    assert_eq!(decode_scorecard(&text).unwrap(), c);
    let newer = text.replacen(r#""version":2"#, r#""version":3"#, 1);
    assert_eq!(decode_scorecard(&newer), Err(FormatError::NewerVersion(3)));
    assert_eq!(
        decode_rubric(&encode_rubric(&c.rubric).replacen(r#""version":2"#, r#""version":3"#, 1)),
        Err(FormatError::NewerVersion(3))
    );
}

#[test]
fn an_explicit_decision_rule_in_a_version_one_document_is_kept() {
    let mut doc: Value = serde_json::from_str(&encode_rubric(&flagged_card().rubric)).unwrap();
    doc["version"] = 1.into();
    assert_eq!(
        decode_rubric(&doc.to_string()).unwrap().decision_rule,
        crate::model::DecisionRule::default()
    );
}
