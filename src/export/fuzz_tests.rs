//! Structure-aware fuzz of the import: valid documents (a bundle of several cards with every
//! optional field, one card, a rubric, a version-1 rubric) parsed to a JSON tree whose nodes
//! are mutated (fields removed or unknown ones added, types swapped, extreme numbers and
//! timestamps, duplicated entries and ids, nesting past the limit, 1 MB strings, wrong
//! versions). Every document the import accepts then goes through every later stage: scored,
//! exported to every format (its JSON importing back equal), compared, and merged. The run
//! prints how many cases reached each stage and fails if a stage is reached too rarely, or if
//! one case takes longer than [`CASE_LIMIT`]. Counts: `cargo test --lib export::fuzz_tests --
//! --nocapture`; more cases: `FUZZ_CASES=5000 cargo test --release --lib export::fuzz_tests --
//! --nocapture`.

use crate::export::json::fixtures as json_fixtures;
use crate::export::{ats, compare, csv, html, json, markdown};
use crate::model::compare::{blinded, sort::Sort, Comparison};
use crate::model::format::{decode_any_scorecards, decode_rubric, encode_rubric};
use crate::model::fuzz::{cases_or, Rng};
use crate::model::merge::merge;
use crate::model::{NewScorecard, Rubric, Score, Scorecard};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// Generous for a debug build: a sound case takes milliseconds.
const CASE_LIMIT: Duration = Duration::from_secs(5);

fn cases() -> usize {
    cases_or(60)
}

/// A value chosen to break a reader: each JSON type, extreme numbers and timestamps, number-ish
/// strings, a 1 MB string, nesting past the limit.
fn hostile_value(rng: &mut Rng) -> Value {
    match rng.below(16) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(1e308),
        3 => json!(-0.0),
        4 => json!(i64::MIN),
        5 => json!(i64::MAX),
        6 => json!(u64::MAX),
        7 => json!(-1),
        8 => json!(["NaN", "Infinity", "-0", "1e999", ""][rng.below(5)]),
        9 => json!("<script>alert(1)</script>=HYPERLINK(\"x\")".repeat(1 + rng.below(3))),
        10 => json!("x".repeat(1 << 20)),
        11 => json!([]),
        12 => json!({}),
        13 => (0..70).fold(json!(1), |v, _| json!([v])),
        14 => json!(rng.below(6)),
        _ => json!(rng.next() as i64),
    }
}

/// Counts the nodes of a tree.
fn size(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(size).sum(),
        Value::Object(o) => o.values().map(size).sum(),
        _ => 0,
    }
}

/// Applies one mutation to the `at`-th node (pre-order) of `v`.
fn mutate_at(v: &mut Value, at: &mut usize, rng: &mut Rng) {
    if *at == 0 {
        *at = usize::MAX;
        match (rng.below(6), &mut *v) {
            (0, Value::Object(o)) if !o.is_empty() => {
                let key = o.keys().nth(rng.below(o.len())).cloned().unwrap();
                o.remove(&key);
            }
            (1, Value::Object(o)) => {
                o.insert(format!("unknown_{}", rng.below(9)), hostile_value(rng));
            }
            (2, Value::Array(a)) if !a.is_empty() => {
                let i = rng.below(a.len());
                let copy = a[i].clone();
                a.insert(i, copy);
            }
            (3, Value::Array(a)) if !a.is_empty() => {
                a.remove(rng.below(a.len()));
            }
            // Half the time the same type: a hostile string for a string, an extreme number
            // for a number, so that many cases pass validation and reach the later stages.
            (4 | 5, Value::String(t)) => {
                *t = ["\u{202e}<img src=x onerror=alert(1)>", "=1+1", "", "\0"][rng.below(4)]
                    .repeat(1 + rng.below(3));
            }
            (4 | 5, Value::Number(_)) => {
                *v = [
                    json!(1e308),
                    json!(-0.0),
                    json!(i64::MIN),
                    json!(i64::MAX),
                    json!(0),
                ][rng.below(5)]
                .clone();
            }
            _ => *v = hostile_value(rng),
        }
        return;
    }
    *at -= 1;
    match v {
        Value::Array(a) => a.iter_mut().for_each(|c| mutate_at(c, at, rng)),
        Value::Object(o) => o.values_mut().for_each(|c| mutate_at(c, at, rng)),
        _ => {}
    }
}

fn mutate(rng: &mut Rng, seed: &Value) -> Value {
    let mut v = seed.clone();
    for _ in 0..1 + rng.below(3) {
        if rng.below(12) == 0 {
            v["version"] =
                [json!(0), json!(3), json!(99), json!("2"), Value::Null][rng.below(5)].clone();
            continue;
        }
        let mut at = rng.below(size(&v));
        mutate_at(&mut v, &mut at, rng);
    }
    v
}

fn seed_cards() -> Vec<Scorecard> {
    let mut cards = json_fixtures::sample_cards();
    cards.push(crate::export::fixtures::realistic());
    cards.push(crate::export::fixtures::technical_with_a_skipped_question());
    cards
}

fn v1_rubric(rubric: &Rubric) -> Value {
    let mut v: Value = serde_json::from_str(&encode_rubric(rubric)).unwrap();
    v["version"] = json!(1);
    v["rubric"].as_object_mut().unwrap().remove("decision_rule");
    v
}

#[derive(Default, Debug)]
struct Reached {
    generated: usize,
    parsed: usize,
    accepted: usize,
    scored: usize,
    exported: usize,
    merged: usize,
}

/// Scores a card the import accepted: totals, the decision rule and the recommendation.
fn score(card: &Scorecard) {
    if let Some(total) = card.weighted_score() {
        assert!(total.is_finite(), "{}: total {total}", card.id);
    }
    let _ = (card.verdict(), card.rule_outcome(), card.rule_words());
    let _ = (
        card.completion(),
        card.recommendation,
        card.contradictions(),
    );
}

/// Every export of accepted cards; the JSON bundle imports back equal.
fn export(cards: &[Scorecard]) {
    for card in cards {
        let _ = (
            html::scorecard_html(card),
            markdown::scorecard_markdown(card),
        );
        let _ = (ats::scorecard_ats(card), json::file_name(card));
        let back = decode_any_scorecards(&json::scorecard(card)).expect("own export imports");
        assert_eq!(back, vec![card.clone()], "{}: JSON round trip", card.id);
    }
    for csv in [csv::library_csv(cards), csv::scores_csv(cards)] {
        assert!(!csv.contains("NaN"), "a CSV wrote NaN");
    }
    let back = decode_any_scorecards(&json::bundle(cards, 0)).expect("own bundle imports");
    assert_eq!(back, cards, "bundle round trip");
}

/// Compares the accepted cards and merges each with a sibling seed card and with itself.
fn compare_and_merge(cards: &[Scorecard], seeds: &[Scorecard]) {
    let refs: Vec<&Scorecard> = cards.iter().chain(seeds).collect();
    let all: Vec<Scorecard> = refs.iter().map(|c| (*c).clone()).collect();
    let cmp = Comparison::build(&refs, &blinded(&all), &Sort::default());
    let _ = (
        compare::comparison_csv(&cmp),
        compare::comparison_html(&cmp, true),
    );
    for (i, card) in cards.iter().enumerate() {
        let sibling = &seeds[i % seeds.len()];
        let _ = merge(Some(sibling), card, sibling);
        let _ = merge(None, sibling, card);
        let itself = merge(Some(card), card, card);
        assert!(itself.lost.is_empty() && itself.kept.is_empty());
    }
}

#[test]
fn structure_aware_import_fuzz_reaches_every_stage() {
    let cards = seed_cards();
    let rubric = crate::rubrics::built_in().remove(0);
    let seeds: Vec<(&str, Value)> = vec![
        (
            "bundle",
            serde_json::from_str(&json::bundle(&cards, 5)).unwrap(),
        ),
        (
            "card",
            serde_json::from_str(&json::scorecard(&cards[0])).unwrap(),
        ),
        (
            "rubric",
            serde_json::from_str(&encode_rubric(&rubric)).unwrap(),
        ),
        ("v1 rubric", v1_rubric(&rubric)),
    ];
    for (kind, seed) in &seeds {
        let text = seed.to_string();
        let ok = match kind.contains("rubric") {
            true => decode_rubric(&text).is_ok(),
            false => decode_any_scorecards(&text).is_ok(),
        };
        assert!(ok, "the unmutated {kind} is accepted");
    }
    let mut rng = Rng(0x005e_ed0f_f022);
    let mut reached = Reached::default();
    let started = Instant::now();
    for case in 0..cases() {
        let (kind, seed) = &seeds[case % seeds.len()];
        let case_started = Instant::now();
        let text = mutate(&mut rng, seed).to_string();
        reached.generated += 1;
        if serde_json::from_str::<Value>(&text).is_ok() {
            reached.parsed += 1;
        }
        let accepted = if kind.contains("rubric") {
            decode_rubric(&text).map(|r| {
                assert!(
                    r.problems().is_empty(),
                    "case {case}: an invalid rubric accepted"
                );
                let new = NewScorecard::default();
                let mut c = Scorecard::start("f".into(), new, r, "2026-12-01".into(), 1);
                if let Some(id) = c.rubric.criteria.first().map(|c| c.id.clone()) {
                    c.set_score(&id, Score::new(4), 2);
                }
                vec![c]
            })
        } else {
            decode_any_scorecards(&text)
        };
        match accepted {
            Ok(accepted) => {
                reached.accepted += 1;
                accepted.iter().for_each(score);
                reached.scored += 1;
                export(&accepted);
                reached.exported += 1;
                compare_and_merge(&accepted, &cards);
                reached.merged += 1;
            }
            Err(e) => assert!(!e.to_string().is_empty(), "case {case}: an empty message"),
        }
        let took = case_started.elapsed();
        assert!(took < CASE_LIMIT, "case {case} ({kind}) took {took:?}");
    }
    eprintln!(
        "structure-aware import fuzz: {reached:?} in {:?}",
        started.elapsed()
    );
    let share = |n: usize| n * 100 / reached.generated.max(1);
    assert!(share(reached.parsed) >= 90, "{reached:?}");
    assert!(
        share(reached.accepted) >= 15,
        "too few cases reach validation: {reached:?}"
    );
    assert!(
        share(reached.accepted) <= 90,
        "too few cases are refused: {reached:?}"
    );
    assert_eq!(reached.merged, reached.accepted, "{reached:?}");
}
