//! Tests of `format.rs`, kept apart so the module reads in one sitting.

use super::*;
use crate::model::scorecard::tests::card;
use crate::model::{Recommendation, Score};

#[test]
fn scorecard_round_trips() {
    let mut c = card(&[1.0, 2.0]);
    c.set_score("c1", Score::new(4), 5);
    c.set_criterion_notes("c0", "said \"idempotency\" <b>".into(), 6);
    c.set_recommendation(Some(Recommendation::Hire), 7);
    let text = encode_scorecard(&c);
    assert!(text.starts_with(r#"{"format":"scorecard","version":2,"#));
    assert_eq!(decode_scorecard(&text).unwrap(), c);
}

#[test]
fn an_old_draft_whose_call_ended_reads_as_scoring_and_reopenings_round_trip() {
    let mut c = card(&[1.0]);
    c.start_call(10);
    c.end_call(20);
    // What the app wrote before the Scoring status: ending the call went back to draft.
    let old = encode_scorecard(&c).replace(r#""status":"scoring""#, r#""status":"draft""#);
    assert!(old.contains(r#""status":"draft""#) && !old.contains("reopened"));
    let read = decode_scorecard(&old).unwrap();
    assert_eq!(read.status, crate::model::Status::Scoring);
    assert!(read.reopened.is_empty());
    c.complete(30);
    c.reopen(40);
    assert_eq!(
        decode_scorecard(&encode_scorecard(&c)).unwrap().reopened,
        [40]
    );
    let mut fresh = card(&[1.0]);
    fresh.call = Default::default();
    assert_eq!(
        decode_scorecard(&encode_scorecard(&fresh)).unwrap().status,
        crate::model::Status::Draft,
        "a draft without a call stays a draft"
    );
}

#[test]
fn rubric_round_trips() {
    let r = card(&[1.0]).rubric;
    assert_eq!(decode_rubric(&encode_rubric(&r)).unwrap(), r);
}

#[test]
fn index_round_trips() {
    let ids = vec!["a".to_string(), "b".to_string()];
    assert_eq!(decode_index(&encode_index(&ids)).unwrap(), ids);
}

#[test]
fn migrate_reads_version_one() {
    let doc = serde_json::json!({"format": "scorecard-rubric", "version": 1, "rubric": {"a": 1}});
    assert_eq!(
        migrate(doc, Kind::Rubric).unwrap(),
        serde_json::json!({"a": 1, "decision_rule": {"must_pass": [], "red_flags": "note"}})
    );
}

#[test]
fn migrate_refuses_what_it_cannot_read() {
    let newer = serde_json::json!({"format": "scorecard", "version": 3, "scorecard": {}});
    assert_eq!(
        migrate(newer, Kind::Scorecard),
        Err(FormatError::NewerVersion(3))
    );
    let unversioned = serde_json::json!({"format": "scorecard", "scorecard": {}});
    assert_eq!(
        migrate(unversioned, Kind::Scorecard),
        Err(FormatError::MissingVersion)
    );
    let other = serde_json::json!({"format": "scorecard-rubric", "version": 1});
    assert!(matches!(
        migrate(other, Kind::Scorecard),
        Err(FormatError::WrongKind { .. })
    ));
    assert_eq!(
        migrate(serde_json::json!([1]), Kind::Scorecard),
        Err(FormatError::NotADocument)
    );
}

#[test]
fn decode_errors_read_as_sentences() {
    let err = decode_scorecard("{not json").unwrap_err();
    assert!(matches!(err, FormatError::NotJson(_)));
    assert!(err.to_string().starts_with("This is not valid JSON"));
    let bad_score = encode_scorecard(&card(&[1.0])).replace("\"score\":null", "\"score\":9");
    let err = decode_scorecard(&bad_score).unwrap_err();
    assert!(err.to_string().contains("outside 1-5"), "{err}");
}

pub(super) fn bundle_of(cards: &[Scorecard]) -> String {
    encode_bundle(cards, 1_795_323_860_000, "9.9.9")
}

pub(super) fn two_cards() -> Vec<Scorecard> {
    let mut a = card(&[1.0, 2.0]);
    a.set_score("c0", Score::new(5), 2_000);
    let mut b = card(&[1.0]);
    b.id = "id2".into();
    b.candidate = "Grace Hopper".into();
    vec![a, b]
}

#[test]
fn a_bundle_round_trips_in_order() {
    let cards = two_cards();
    let text = bundle_of(&cards);
    assert!(text.starts_with(
        r#"{"format":"scorecard-export","version":2,"exported_at":1795323860000,"app_version":"9.9.9","scorecards":[{"#
    ));
    assert_eq!(decode_any_scorecards(&text).unwrap(), cards);
    assert_eq!(decode_any_scorecards(&bundle_of(&[])).unwrap(), []);
}

#[test]
fn each_card_of_a_bundle_is_a_single_documents_body() {
    let cards = two_cards();
    let bundle: Value = serde_json::from_str(&bundle_of(&cards)).unwrap();
    let single: Value = serde_json::from_str(&encode_scorecard(&cards[1])).unwrap();
    assert_eq!(bundle["scorecards"][1], single["scorecard"]);
}

#[test]
fn a_single_scorecard_document_imports_too() {
    let c = two_cards().remove(0);
    assert_eq!(decode_any_scorecards(&encode_scorecard(&c)).unwrap(), [c]);
}

#[test]
fn migrate_reads_a_bundle_and_refuses_a_newer_one() {
    let doc = serde_json::json!({"format": "scorecard-export", "version": 1,
        "exported_at": 5, "app_version": "1", "scorecards": [{"a": 1}]});
    assert_eq!(
        migrate(doc, Kind::Bundle).unwrap(),
        serde_json::json!([{"a": 1}])
    );
    let newer = bundle_of(&two_cards()).replace(r#""version":2"#, r#""version":3"#);
    assert_eq!(
        decode_any_scorecards(&newer),
        Err(FormatError::NewerVersion(3))
    );
}

#[test]
fn imports_refuse_other_documents_with_their_messages() {
    let rubric = encode_rubric(&card(&[1.0]).rubric);
    let err = decode_any_scorecards(&rubric).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Expected a scorecard document but found \"scorecard-rubric\"."
    );
    assert_eq!(
        decode_any_scorecards("[1, 2]"),
        Err(FormatError::NotADocument)
    );
    assert!(matches!(
        decode_any_scorecards("{\"format\""),
        Err(FormatError::NotJson(_))
    ));
    let no_list = r#"{"format":"scorecard-export","version":1,"scorecards":{}}"#;
    assert_eq!(
        decode_any_scorecards(no_list).unwrap_err().to_string(),
        "The scorecard export is not valid: \"scorecards\" is not a list."
    );
    let missing = r#"{"format":"scorecard-export","version":1}"#;
    assert!(decode_any_scorecards(missing)
        .unwrap_err()
        .to_string()
        .contains("the \"scorecards\" field is missing"));
    let bad_time = bundle_of(&[]).replace("1795323860000", "\"yesterday\"");
    assert!(decode_any_scorecards(&bad_time)
        .unwrap_err()
        .to_string()
        .contains("exported_at"));
    let bad_version = bundle_of(&[]).replace("\"9.9.9\"", "9");
    assert!(decode_any_scorecards(&bad_version)
        .unwrap_err()
        .to_string()
        .contains("app_version"));
}

#[test]
fn one_bad_card_refuses_the_whole_bundle_and_is_named() {
    let mut cards = two_cards();
    cards.push(card(&[1.0]));
    cards[2].id = "id3".into();
    cards[2].candidate = "Linus".into();
    let text = bundle_of(&cards);
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    doc["scorecards"][1]["criteria"][0]["score"] = 9.into();
    assert_eq!(
        decode_any_scorecards(&doc.to_string())
            .unwrap_err()
            .to_string(),
        "Scorecard 2 of 3 (Grace Hopper) is not valid: score 9 is outside 1-5"
    );

    let mut doc: Value = serde_json::from_str(&text).unwrap();
    doc["scorecards"][2]["rubric"]["criteria"][0]["weight"] = (-1.0).into();
    assert_eq!(
        decode_any_scorecards(&doc.to_string()).unwrap_err(),
        FormatError::InvalidCard {
            index: 2,
            count: 3,
            candidate: Some("Linus".into()),
            reason: "its rubric snapshot: criteria[0].weight: The weight must be a \
                     positive number."
                .into(),
        }
    );

    let mut doc: Value = serde_json::from_str(&text).unwrap();
    doc["scorecards"][0]
        .as_object_mut()
        .unwrap()
        .remove("candidate");
    assert_eq!(
        decode_any_scorecards(&doc.to_string())
            .unwrap_err()
            .to_string(),
        "Scorecard 1 of 3 is not valid: missing field `candidate`"
    );

    let mut doc: Value = serde_json::from_str(&text).unwrap();
    doc["scorecards"][1]["id"] = " ".into();
    doc["scorecards"][1]["candidate"] =
        "  A very long name that goes on and on and on and on  ".into();
    assert_eq!(
        decode_any_scorecards(&doc.to_string())
            .unwrap_err()
            .to_string(),
        "Scorecard 2 of 3 (A very long name that goes on and on and…) is not valid: it has no id."
    );
}

#[test]
fn an_import_still_reads_unknown_fields_and_normalizes_entries() {
    let c = card(&[1.0, 1.0]);
    let mut doc: Value = serde_json::from_str(&bundle_of(std::slice::from_ref(&c))).unwrap();
    doc["scorecards"][0]["criteria"] = serde_json::json!([{"criterion_id": "c1", "score": 4}]);
    doc["scorecards"][0]["from_the_future"] = true.into();
    doc["also_new"] = 1.into();
    let read = decode_any_scorecards(&doc.to_string()).unwrap();
    assert_eq!(read[0].criteria.len(), 2);
    assert_eq!(read[0].score_of("c1"), Score::new(4));
}

#[test]
fn an_import_over_64_megabytes_is_refused_before_parsing() {
    let mut c = card(&[1.0]);
    c.notes = "x".repeat(MAX_IMPORT_BYTES);
    let text = bundle_of(&[c]);
    let err = decode_any_scorecards(&text).unwrap_err();
    assert_eq!(err, FormatError::TooLarge { bytes: text.len() });
    assert_eq!(
        err.to_string(),
        "This file is 64.1 MB; files over 64 MB are not imported."
    );
    let just_over = FormatError::TooLarge {
        bytes: MAX_IMPORT_BYTES + 1,
    };
    assert!(just_over.to_string().starts_with("This file is 64.1 MB"));
    // Not JSON at all, but too large is said first.
    assert!(matches!(
        decode_any_scorecards(&" ".repeat(MAX_IMPORT_BYTES + 1)),
        Err(FormatError::TooLarge { .. })
    ));
}

#[test]
fn deeply_nested_text_is_an_error_never_a_crash() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(decode_any_scorecards(&deep), Err(FormatError::TooDeep));
    let unclosed = "[{\"a\":".repeat(10_000);
    assert_eq!(decode_any_scorecards(&unclosed), Err(FormatError::TooDeep));
    let inside = format!(
        r#"{{"format":"scorecard-export","version":1,"scorecards":[{}{}]}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let err = decode_any_scorecards(&inside).unwrap_err();
    assert_eq!(err, FormatError::TooDeep);
    assert!(err.to_string().contains("more than 64 levels"), "{err}");
}

#[test]
fn the_depth_count_is_exact_and_ignores_brackets_in_strings() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(!nesting_depth_exceeds(&nested(64), 64));
    assert!(nesting_depth_exceeds(&nested(65), 64));
    let quoted = format!(
        r#"[{{"notes": "{}\"{}\\"}}]"#,
        "[".repeat(100),
        "{".repeat(100)
    );
    assert!(!nesting_depth_exceeds(&quoted, 2));
    assert!(serde_json::from_str::<Value>(&quoted).is_ok(), "{quoted}");
    assert!(nesting_depth_exceeds(&quoted, 1));
    // A card with hostile brackets in its notes still imports.
    let mut c = card(&[1.0]);
    c.notes = format!("{}\\\"{}", "[".repeat(500), "{".repeat(500));
    assert_eq!(
        decode_any_scorecards(&bundle_of(&[c.clone()])).unwrap(),
        [c]
    );
}

#[test]
fn decode_rejects_an_invalid_rubric_snapshot() {
    let mut c = card(&[1.0]);
    c.rubric.criteria[0].weight = -1.0;
    let err = decode_scorecard(&encode_scorecard(&c)).unwrap_err();
    assert!(
        err.to_string().contains("weight must be a positive"),
        "{err}"
    );
}
