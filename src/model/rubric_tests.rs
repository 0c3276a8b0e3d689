use super::*;

pub fn criterion(id: &str, weight: f64) -> Criterion {
    Criterion {
        id: id.to_string(),
        title: format!("Title {id}"),
        assesses: "something".into(),
        weight,
        weight_reason: String::new(),
        levels: ["1", "2", "3", "4", "5"].map(String::from),
        strong_signal: "strong".into(),
        weak_signal: "weak".into(),
        questions: vec![],
    }
}

pub fn rubric(weights: &[f64]) -> Rubric {
    Rubric {
        id: "r".into(),
        title: "Test rubric".into(),
        role: "Backend Engineer".into(),
        summary: String::new(),
        criteria: weights
            .iter()
            .enumerate()
            .map(|(i, w)| criterion(&format!("c{i}"), *w))
            .collect(),
        red_flags: vec![],
        recommendations: default_recommendations(),
        pass_threshold: PassThreshold(3.0),
        decision_rule: DecisionRule::default(),
        planned_minutes: 30,
        question_bank: vec![],
        question_guidance: vec![],
        plan: QuestionPlan::default(),
        score_answers: false,
        first_impression: true,
    }
}

#[test]
fn a_sound_rubric_has_no_problems() {
    assert!(rubric(&[1.0, 2.0]).problems().is_empty());
}

#[test]
fn problems_name_their_field() {
    let mut r = rubric(&[1.0, 0.0]);
    r.title = "  ".into();
    r.pass_threshold = PassThreshold(6.0);
    r.criteria.push(criterion("c0", 1.0));
    let fields: Vec<_> = r.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        [
            "title",
            "pass_threshold",
            "criteria[1].weight",
            "criteria[2].id",
            "criteria[2].title"
        ]
    );
}

fn question(id: &str, kind: QuestionKind) -> Question {
    Question::new(id.into(), kind, format!("Question {id}?"))
}

#[test]
fn a_scored_question_bank_can_stand_in_for_criteria() {
    let mut r = rubric(&[]);
    assert_eq!(r.problems()[0].field, "criteria");
    r.question_bank = vec![question("q1", QuestionKind::General)];
    r.score_answers = true;
    assert!(r.problems().is_empty(), "{:?}", r.problems());
    r.question_bank.push(question("q1", QuestionKind::General));
    r.question_bank[1].text = " ".into();
    let fields: Vec<_> = r.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(fields, ["question_bank[1].id", "question_bank[1].text"]);
}

#[test]
fn tips_fall_back_to_the_kind_guidance() {
    let mut r = rubric(&[1.0]);
    r.question_guidance = vec![KindGuidance {
        kind: QuestionKind::Behavioral,
        look_for: "STAR".into(),
        red_flag: "hypotheticals".into(),
        levels: None,
    }];
    let mut q = question("q", QuestionKind::Behavioral);
    assert_eq!((r.look_for(&q), r.red_flag(&q)), ("STAR", "hypotheticals"));
    q.look_for = "own tip".into();
    assert_eq!(r.look_for(&q), "own tip");
    q.kind = QuestionKind::Technical;
    assert_eq!(r.red_flag(&q), "");
}

#[test]
fn a_must_pass_names_one_of_the_criteria_once() {
    let mut r = rubric(&[1.0, 1.0]);
    let must = |id: &str| MustPass {
        criterion: id.into(),
        min_level: Score::new(3).unwrap(),
    };
    r.decision_rule.must_pass = vec![must("c1"), must("gone"), must("c1")];
    let fields: Vec<_> = r.problems().into_iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        [
            "decision_rule.must_pass[1].criterion",
            "decision_rule.must_pass[2].criterion"
        ]
    );
    r.drop_stale_must_pass();
    assert_eq!(
        r.decision_rule.must_pass.len(),
        2,
        "only the unknown one goes"
    );
    assert!(
        serde_json::from_str::<MustPass>(r#"{"criterion":"c1","min_level":6}"#).is_err(),
        "a minimum level outside 1-5 is refused when read"
    );
}

#[test]
fn missing_optional_fields_take_defaults() {
    let json = r#"{"id":"x","title":"T","role":"R","criteria":[{"id":"a","title":"A",
        "assesses":"s","levels":["1","2","3","4","5"],"strong_signal":"s","weak_signal":"w"}]}"#;
    let r: Rubric = serde_json::from_str(json).unwrap();
    assert_eq!(r.criteria[0].weight, 1.0);
    assert_eq!(r.pass_threshold, PassThreshold(3.0));
    assert_eq!(r.planned_minutes, 30);
    assert_eq!(r.recommendations.len(), 4);
    assert!(r.guidance(Recommendation::Hire).is_some());
    assert_eq!(
        r.decision_rule,
        DecisionRule {
            must_pass: vec![],
            red_flags: RedFlagPolicy::CapNoHire
        },
        "a version-2 rubric without a decision rule caps at No Hire on a red flag"
    );
}

#[test]
fn weights_must_be_finite_positive_and_at_most_the_maximum() {
    for bad in [1e308, f64::INFINITY, f64::NAN, 0.0, -1.0, MAX_WEIGHT + 0.5] {
        let r = rubric(&[1.0, bad]);
        let fields: Vec<_> = r.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["criteria[1].weight"], "weight {bad}");
    }
    assert!(rubric(&[MAX_WEIGHT, 0.01]).problems().is_empty());
}
