//! Real exports checked against `docs/scorecard.schema.json` with a JSON Schema validator
//! (boon, a native-only dev-dependency), and the schema checked against serde both ways.

use super::*;
use crate::model::format::decode_any_scorecards;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../docs/scorecard.schema.json");

struct Validator {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Validator {
    fn new() -> Self {
        let schema: Value = serde_json::from_str(SCHEMA).unwrap();
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        compiler
            .add_resource("scorecard.schema.json", schema)
            .unwrap();
        let index = compiler
            .compile("scorecard.schema.json", &mut schemas)
            .unwrap_or_else(|e| panic!("{e:#}"));
        Validator { schemas, index }
    }

    fn check(&self, document: &Value) -> Result<(), String> {
        self.schemas
            .validate(document, self.index)
            .map_err(|e| format!("{e}"))
    }
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// The index of a sample card that has questions, flags, threshold changes and a call.
fn full(cards: &[Scorecard]) -> usize {
    cards
        .iter()
        .position(|c| {
            !c.questions.is_empty()
                && !c.red_flags.is_empty()
                && !c.threshold_changes.is_empty()
                && c.call.ended_at.is_some()
        })
        .expect("a completed sample card with everything")
}

#[test]
fn real_exports_conform() {
    let v = Validator::new();
    let cards = fixtures::sample_cards();
    assert!(full(&cards) > 0);
    v.check(&parse(&bundle(&cards, fixtures::T0))).unwrap();
    v.check(&parse(&bundle(&[], fixtures::T0))).unwrap();
    v.check(&parse(&bundle(
        &fixtures::hostile_cards(12, 3),
        fixtures::T0,
    )))
    .unwrap();
    for card in &cards {
        v.check(&parse(&scorecard(card))).unwrap();
    }
    // The statuses only the lifecycle reaches: Scoring after the call, and a reopened card.
    let mut scoring = cards[full(&cards) - 1].clone();
    scoring.end_call(fixtures::T0 + 99 * 60_000);
    assert_eq!(scoring.status, crate::model::Status::Scoring);
    let mut reopened = cards[full(&cards)].clone();
    reopened.reopen(fixtures::T0 + 99 * 60_000);
    assert_eq!(reopened.reopened.len(), 1);
    for card in [&scoring, &reopened] {
        v.check(&parse(&scorecard(card))).unwrap();
    }
}

/// For each kind of object in an export: every field the app writes is in the schema, and
/// removing a field fails validation exactly when the schema says it is required, which is
/// exactly when the import refuses the file.
#[test]
fn required_fields_match_serde_both_ways() {
    let v = Validator::new();
    let schema = parse(SCHEMA);
    let mut cards = fixtures::sample_cards();
    let f = full(&cards);
    // Fields written only when set: a colleague's card with an explicit candidate id.
    cards[f].imported_from = Some("colleague.json".into());
    cards[f].candidate_id = "cand-7".into();
    cards[f].recommendation_reason = "Differs from the rule because…".into();
    cards[f].reopened = vec![fixtures::T0 + 99];
    cards[f].first_impression = Some(crate::model::impression::FirstImpression {
        score: crate::model::Score::new(2),
        at: fixtures::T0 + 180_000,
    });
    // A question the interviewer chose to skip.
    cards[f].questions[0].skipped = true;
    // A criterion with no evidence, and a score revised after completion.
    cards[f].criteria[0].score = None;
    cards[f].criteria[0].no_evidence = true;
    cards[f].revisions = vec![crate::model::Revision {
        target: cards[f].criteria[1].criterion_id.clone(),
        label: "API design".into(),
        from: crate::model::Mark::NoEvidence,
        to: crate::model::Mark::Score(crate::model::Score::new(4).unwrap()),
        at: fixtures::T0 + 100,
        why: "Re-read the notes".into(),
    }];
    let bundle_doc = parse(&bundle(&cards, fixtures::T0));
    let single_doc = parse(&scorecard(&cards[f]));
    let card = format!("/scorecards/{f}");
    let places = [
        ("exportDocument", bundle_doc.clone(), String::new()),
        ("scorecardDocument", single_doc.clone(), String::new()),
        ("scorecard", bundle_doc.clone(), card.clone()),
        ("scorecard", single_doc, "/scorecard".into()),
        (
            "criterionScore",
            bundle_doc.clone(),
            format!("{card}/criteria/0"),
        ),
        (
            "askedQuestion",
            bundle_doc.clone(),
            format!("{card}/questions/0"),
        ),
        (
            "starL",
            bundle_doc.clone(),
            format!("{card}/questions/0/star"),
        ),
        (
            "stopwatch",
            bundle_doc.clone(),
            format!("{card}/questions/0/answer"),
        ),
        ("callTimer", bundle_doc.clone(), format!("{card}/call")),
        (
            "stopwatch",
            bundle_doc.clone(),
            format!("{card}/call/watch"),
        ),
        (
            "flagMark",
            bundle_doc.clone(),
            format!("{card}/red_flags/0"),
        ),
        (
            "thresholdChange",
            bundle_doc.clone(),
            format!("{card}/threshold_changes/0"),
        ),
        (
            "decisionRule",
            bundle_doc.clone(),
            format!("{card}/rubric/decision_rule"),
        ),
        (
            "revision",
            bundle_doc.clone(),
            format!("{card}/revisions/0"),
        ),
    ];
    let mut removed = 0;
    for (def, document, pointer) in places {
        let def_schema = &schema["$defs"][def];
        let properties = def_schema["properties"].as_object().unwrap();
        let required: Vec<&str> = def_schema["required"].as_array().map_or(Vec::new(), |r| {
            r.iter().map(|v| v.as_str().unwrap()).collect()
        });
        let object = document.pointer(&pointer).unwrap().as_object().unwrap();
        for key in object.keys() {
            assert!(
                properties.contains_key(key),
                "{def} at {pointer:?}: {key} not in the schema"
            );
        }
        for name in properties.keys() {
            assert!(
                object.contains_key(name),
                "the export leaves out {pointer}/{name}"
            );
            let mut doc = document.clone();
            doc.pointer_mut(&pointer)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .remove(name);
            let is_required = required.contains(&name.as_str());
            let valid = v.check(&doc);
            let imported = decode_any_scorecards(&doc.to_string());
            assert_eq!(
                valid.is_err(),
                is_required,
                "{pointer}/{name}: schema says {valid:?}"
            );
            assert_eq!(
                imported.is_err(),
                is_required,
                "{pointer}/{name}: import says {imported:?}"
            );
            removed += 1;
        }
    }
    assert!(removed > 50, "only {removed} fields tried");
}

/// Values serde refuses are refused by the schema too.
#[test]
fn wrong_values_fail_validation_and_import() {
    let v = Validator::new();
    let cards = fixtures::sample_cards();
    let f = full(&cards);
    let good = parse(&bundle(&cards, fixtures::T0));
    let card = format!("/scorecards/{f}");
    let cases = [
        (format!("{card}/criteria/0/score"), json!(9)),
        (format!("{card}/criteria/0/score"), json!(0)),
        (format!("{card}/criteria/0/score"), json!("4")),
        (format!("{card}/questions/0/score"), json!(6)),
        (format!("{card}/questions/0/kind"), json!("trivia")),
        (format!("{card}/status"), json!("done")),
        (format!("{card}/recommendation"), json!("maybe")),
        (format!("{card}/created_at"), json!("yesterday")),
        (format!("{card}/completed_at"), json!(1.5)),
        (format!("{card}/call/watch/banked_ms"), json!(null)),
        (format!("{card}/red_flags/0/custom"), json!("yes")),
        (format!("{card}/threshold_changes/0/to"), json!("4")),
        (format!("{card}/id"), json!(" ")),
        (
            format!("{card}/rubric/criteria/0/levels"),
            json!(["1", "2"]),
        ),
        ("/exported_at".to_string(), json!("now")),
        ("/app_version".to_string(), json!(1)),
        ("/scorecards".to_string(), json!({})),
        ("/version".to_string(), json!(3)),
        ("/format".to_string(), json!("scorecard-rubric")),
    ];
    for (pointer, value) in cases {
        let mut doc = good.clone();
        *doc.pointer_mut(&pointer).unwrap() = value.clone();
        assert!(
            v.check(&doc).is_err(),
            "{pointer} = {value}: the schema accepts it"
        );
        assert!(
            decode_any_scorecards(&doc.to_string()).is_err(),
            "{pointer} = {value}: the import accepts it"
        );
    }
}

#[test]
fn the_rubric_definitions_are_copied_unchanged() {
    let schema = parse(SCHEMA);
    let rubric: Value = parse(include_str!("../../docs/rubric.schema.json"));
    assert_eq!(schema["$schema"], rubric["$schema"]);
    for (name, def) in rubric["$defs"].as_object().unwrap() {
        assert_eq!(
            &schema["$defs"][name], def,
            "$defs/{name} differs from rubric.schema.json"
        );
    }
}
