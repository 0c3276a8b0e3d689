//! JSON export: the same versioned document the app stores, pretty-printed for people; and
//! several scorecards in one `scorecard-export` document.

use crate::model::format::{encode_bundle, encode_scorecard};
use crate::model::Scorecard;

/// A scorecard as an indented JSON document that imports back unchanged.
pub fn scorecard(card: &Scorecard) -> String {
    pretty(&encode_scorecard(card))
}

/// Several scorecards as one indented `scorecard-export` document that imports back unchanged,
/// stamped with the export time (ms since the epoch) and this app's version. For one card the
/// app exports the single [`scorecard`] document instead.
pub fn bundle(cards: &[Scorecard], exported_at: i64) -> String {
    pretty(&encode_bundle(
        cards,
        exported_at,
        env!("CARGO_PKG_VERSION"),
    ))
}

fn pretty(document: &str) -> String {
    let value: serde_json::Value =
        serde_json::from_str(document).expect("the encoder writes valid JSON");
    serde_json::to_string_pretty(&value).expect("a JSON value always serializes")
}

/// A file name for an export of several scorecards: `scorecards-3-2026-11-22.json`, with the
/// export's local date. One card keeps [`file_name`].
pub fn bundle_file_name(count: usize, date: &str) -> String {
    format!("scorecards-{count}-{date}.json")
}

/// A file name for a candidate's export: `scorecard-ada-lovelace-2026-11-22.json`.
pub fn file_name(card: &Scorecard) -> String {
    let mut slug = String::new();
    for ch in card.candidate.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "candidate" } else { slug };
    format!("scorecard-{slug}-{}.json", card.date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::format::{decode_any_scorecards, decode_scorecard};
    use crate::model::scorecard::tests::card;

    #[test]
    fn export_imports_back_identically() {
        let mut c = card(&[1.0, 1.0]);
        c.set_notes("line one\nline two ✓ مرحبا".into(), 9);
        let text = scorecard(&c);
        assert!(text.contains("\n  \"version\": 1"));
        assert_eq!(decode_scorecard(&text).unwrap(), c);
    }

    #[test]
    fn file_name_is_a_safe_slug() {
        let mut c = card(&[1.0]);
        assert_eq!(file_name(&c), "scorecard-ada-lovelace-2026-11-22.json");
        c.candidate = "../<script> O'Neil  ".into();
        assert_eq!(file_name(&c), "scorecard-script-o-neil-2026-11-22.json");
        c.candidate = "***".into();
        assert_eq!(file_name(&c), "scorecard-candidate-2026-11-22.json");
    }

    #[test]
    fn bundle_file_name_counts_the_cards() {
        assert_eq!(
            bundle_file_name(3, "2026-11-22"),
            "scorecards-3-2026-11-22.json"
        );
    }

    #[test]
    fn a_bundle_is_indented_and_stamped() {
        let cards = fixtures::sample_cards();
        let text = bundle(&cards, fixtures::T0);
        assert!(text.starts_with("{\n  \"format\": \"scorecard-export\",\n  \"version\": 1,\n"));
        assert!(text.contains("\n  \"exported_at\": 1795323860000,\n"));
        assert!(text.contains(&format!(
            "\n  \"app_version\": \"{}\",\n",
            env!("CARGO_PKG_VERSION")
        )));
        assert_eq!(decode_any_scorecards(&text).unwrap(), cards);
    }

    /// Round trip as a property: for many varied cards, hostile text included, the export reads
    /// back as exactly the same cards in the same order, as a bundle and one by one.
    #[test]
    fn every_export_imports_back_exactly_in_order() {
        for seed in [1, 7, 2026] {
            let cards = fixtures::hostile_cards(24, seed);
            let text = bundle(&cards, fixtures::T0);
            assert!(text.len() < crate::model::format::MAX_IMPORT_BYTES);
            let back = decode_any_scorecards(&text).unwrap();
            assert_eq!(back.len(), cards.len());
            for (i, (read, written)) in back.iter().zip(&cards).enumerate() {
                assert_eq!(read, written, "seed {seed}, card {i}");
            }
            for card in &cards {
                assert_eq!(
                    decode_any_scorecards(&scorecard(card)).unwrap(),
                    std::slice::from_ref(card)
                );
            }
        }
    }

    #[test]
    fn hostile_fixtures_carry_what_they_promise() {
        let cards = fixtures::hostile_cards(24, 1);
        let all: String = cards
            .iter()
            .map(|c| {
                format!(
                    "{}{}{}",
                    c.candidate,
                    c.notes,
                    c.criteria
                        .iter()
                        .map(|e| e.notes.as_str())
                        .collect::<String>()
                )
            })
            .collect();
        for needle in ["<script>", "\"", "👩🏽‍💻", "مرحبا", "\u{202e}", "\u{0}"] {
            assert!(all.contains(needle), "no {needle:?} in the fixtures");
        }
        assert!(cards.iter().any(|c| c.notes.chars().count() >= 10_000));
        assert!(cards.iter().any(|c| !c.threshold_changes.is_empty()));
        assert!(cards.iter().any(|c| c.running_answer().is_some()));
    }
}

/// Scorecards built with the model for export tests: realistic ones from every built-in kit, and
/// generated ones full of hostile text.
#[cfg(test)]
pub(crate) mod fixtures {
    use crate::model::{
        NewScorecard, QuestionKind, Recommendation, Rubric, Score, Scorecard, StarL,
    };
    use crate::rubrics::built_in;

    pub const T0: i64 = 1_795_323_860_000;
    const MIN: i64 = 60_000;

    /// A scorecard on `rubric` at a stage of its life: 0 a fresh draft, 1 in the call (an answer
    /// timer running, questions scored, flags ticked, the threshold changed), 2 completed.
    pub fn realistic(n: usize, rubric: Rubric, stage: usize) -> Scorecard {
        let new = NewScorecard {
            candidate: format!("Candidate {n}"),
            role: String::new(),
            interviewer: "Grace".into(),
        };
        let mut c = Scorecard::start(format!("card-{n}"), new, rubric, "2026-11-22".into(), T0);
        if stage == 0 {
            return c;
        }
        let bank: Vec<String> = c
            .rubric
            .question_bank
            .iter()
            .take(3)
            .map(|q| q.id.clone())
            .collect();
        for id in &bank {
            c.pick_question(id, T0 + 1);
        }
        c.add_ad_hoc_question("Why this team?", QuestionKind::Motivation, T0 + 2);
        c.start_call(T0 + MIN);
        let asked: Vec<String> = c.questions.iter().map(|q| q.id.clone()).collect();
        let mut t = T0 + 2 * MIN;
        for (i, id) in asked.iter().enumerate() {
            c.toggle_answer(id, t);
            t += 90_000;
            c.set_answer_notes(
                id,
                format!("answer {i}: rolled back, then fixed forward"),
                t,
            );
            c.set_answer_score(id, Score::new(i as u8 % 5 + 1), t);
            let star = StarL {
                situation: true,
                action: i % 2 == 0,
                learning: i % 3 == 0,
                ..StarL::default()
            };
            c.set_star(id, star, t);
        }
        let criteria: Vec<String> = c.rubric.criteria.iter().map(|c| c.id.clone()).collect();
        for (i, id) in criteria.iter().enumerate() {
            c.set_score(id, Score::new((i as u8 + n as u8) % 5 + 1), t);
            c.set_criterion_notes(id, format!("criterion {i}: said \"idempotency\""), t);
        }
        if let Some(flag) = c.rubric.red_flags.first().cloned() {
            c.set_red_flag(&flag, true, t);
        }
        c.add_custom_flag("Talked over the interviewer", t);
        let to = if c.rubric.pass_threshold.0 == 3.5 {
            4.0
        } else {
            3.5
        };
        c.unlock_threshold(to, t).unwrap();
        if stage == 1 {
            return c;
        }
        c.end_call(t + MIN);
        c.unlock_threshold(2.5, t + MIN).unwrap();
        c.set_recommendation(Some(Recommendation::Hire), t + MIN);
        c.set_notes("Solid on retries; <b>vague</b> on metrics.".into(), t + MIN);
        c.complete(t + 2 * MIN);
        c
    }

    /// Three cards (draft, in call, completed) from each built-in kit.
    pub fn sample_cards() -> Vec<Scorecard> {
        built_in()
            .into_iter()
            .enumerate()
            .flat_map(|(k, rubric)| {
                (0..3).map(move |stage| realistic(k * 3 + stage, rubric.clone(), stage))
            })
            .collect()
    }

    /// Text that has broken exports elsewhere: markup, quotes and escapes, emoji, right-to-left
    /// and bidi controls, control characters, JSON-looking text, and 10,000-character notes.
    pub fn hostile() -> Vec<String> {
        let mut texts: Vec<String> = [
            "<script>alert(\"x\")</script>",
            "</textarea><img src=x onerror=alert(1)>",
            "Robert'); DROP TABLE cards;--",
            "\"quoted\" 'single' `back` \\ slash \\\" escaped",
            "👩🏽‍💻 🏳️‍🌈 🔥 emoji with joiners",
            "مرحبا بالعالم (RTL) עברית",
            "\u{202e}evil\u{202c} override \u{2066}isolate\u{2069}",
            "line\nbreak\r\nand\ttab",
            "nul \u{0} and \u{1f} unit separator \u{7f}",
            "\u{2028}line and paragraph\u{2029} separators",
            "{\"format\":\"scorecard\",\"version\":99}",
            "]]]}}}[[[{{{",
            "\\u0000 written out",
            "  padded  ",
            "",
        ]
        .map(String::from)
        .to_vec();
        texts.push("ß<&>\"".repeat(2_000));
        texts.push("x".repeat(10_000));
        texts
    }

    /// A tiny deterministic generator (xorshift64), so failures repeat.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    /// `count` varied cards from the built-in kits, with hostile text in every free-text field.
    /// The first cards carry every hostile text at least once.
    pub fn hostile_cards(count: usize, seed: u64) -> Vec<Scorecard> {
        let kits = built_in();
        let texts = hostile();
        let mut rng = Rng(seed.max(1));
        (0..count)
            .map(|i| {
                let mut c = realistic(i, kits[i % kits.len()].clone(), rng.below(3));
                let pick = |rng: &mut Rng, k: usize| {
                    texts[(i + k * 5 + rng.below(3)) % texts.len()].clone()
                };
                c.candidate = pick(&mut rng, 0);
                c.role = pick(&mut rng, 1);
                c.interviewer = pick(&mut rng, 2);
                c.notes = texts[i % texts.len()].clone();
                for (k, entry) in c.criteria.iter_mut().enumerate() {
                    entry.notes = pick(&mut rng, k + 3);
                }
                for (k, q) in c.questions.iter_mut().enumerate() {
                    q.notes = pick(&mut rng, k);
                    if q.ad_hoc {
                        q.text = format!("Q {}", pick(&mut rng, k + 1));
                    }
                }
                let flag = pick(&mut rng, 4);
                c.add_custom_flag(&flag, T0 + 99 * MIN);
                c.rubric.title = format!("{} {}", c.rubric.title, pick(&mut rng, 5));
                c.rubric.summary = pick(&mut rng, 6);
                c.id = format!("hostile-{i}");
                c
            })
            .collect()
    }
}

/// Real exports checked against `docs/scorecard.schema.json` with a JSON Schema validator
/// (boon, a native-only dev-dependency), and the schema checked against serde both ways.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod schema {
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
            ("/version".to_string(), json!(2)),
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
}
