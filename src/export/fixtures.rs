//! Cards shared by the export tests, and the golden-file check.

use crate::model::{NewScorecard, QuestionKind, Recommendation, Score, Scorecard, StarL};

/// 2026-11-22T05:04:20Z.
pub const T0: i64 = 1_795_323_860_000;
const S: i64 = 1_000;
const MIN: i64 = 60 * S;

/// Compares `actual` with `tests/golden/<name>`. Run the tests with `UPDATE_GOLDEN=1` to
/// write the files instead (then read the diff before committing):
/// `UPDATE_GOLDEN=1 cargo test --lib export`.
pub fn golden(name: &str, actual: &str) {
    golden_at(&format!("tests/golden/{name}"), actual);
}

/// [`golden`] for a file anywhere in the repository, such as an example in `docs/`.
pub fn golden_at(file: &str, actual: &str) {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        if let Some(dir) = std::path::Path::new(&path).parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}; run with UPDATE_GOLDEN=1 to create it"));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "the end".to_string(), |i| format!("line {}", i + 1));
        panic!(
            "{path} differs from the export at {line}; if the change is intended, \
             run with UPDATE_GOLDEN=1 and review the diff"
        );
    }
}

/// A realistic call with the built-in behavioral kit: picked and ad-hoc questions with
/// timers, STAR-L ticks, scores and multi-line notes, red flags, a threshold change, and a
/// completion after the scoring window.
pub fn realistic() -> Scorecard {
    let rubric = kit("backend-behavioral");
    let new = NewScorecard {
        candidate: "Ada Lovelace".into(),
        role: String::new(),
        interviewer: "Grace Hopper".into(),
    };
    let mut c = Scorecard::start("sc-ada".into(), new, rubric, "2026-11-22".into(), T0);
    for id in ["production-incident", "technical-disagreement", "mistake"] {
        assert!(c.pick_question(id, T0), "{id} is in the kit");
    }
    let adhoc = c
        .add_ad_hoc_question(
            "How would you shard the payments table?",
            QuestionKind::Technical,
            T0,
        )
        .unwrap();
    let start = T0 + MIN;
    c.start_call(start);
    // Answers: 95 s, 80 s, 70 s and 2:05, with gaps between them.
    let mut at = start + 2 * MIN;
    for (id, secs) in [
        ("production-incident", 95),
        ("technical-disagreement", 80),
        ("mistake", 70),
        (adhoc.as_str(), 125),
    ] {
        c.toggle_answer(id, at);
        c.toggle_answer(id, at + secs * S);
        at += secs * S + 3 * MIN;
    }
    let full = StarL {
        situation: true,
        task: true,
        action: true,
        result: true,
        learning: true,
    };
    c.set_star("production-incident", full, at);
    c.set_star(
        "technical-disagreement",
        StarL {
            situation: true,
            action: true,
            result: true,
            ..StarL::default()
        },
        at,
    );
    c.set_star(
        "mistake",
        StarL {
            situation: true,
            task: true,
            ..StarL::default()
        },
        at,
    );
    c.set_answer_score("production-incident", Score::new(4), at);
    c.set_answer_score("technical-disagreement", Score::new(3), at);
    c.set_answer_score(&adhoc, Score::new(4), at);
    c.set_answer_notes(
        "production-incident",
        "Payments outage, Black Friday 2024.\nRolled back within 12 min; wrote the postmortem."
            .into(),
        at,
    );
    c.set_answer_notes(
        "technical-disagreement",
        "Queue vs. cron for retries; wrote a one-page comparison.".into(),
        at,
    );
    c.set_answer_notes(
        "mistake",
        "Dropped an index in prod. Story stopped before the result.".into(),
        at,
    );
    c.set_answer_notes(
        &adhoc,
        "Hash by merchant id; knew about hot keys.".into(),
        at,
    );
    let end = start + 29 * MIN + 40 * S;
    c.end_call(end);
    let scores = [
        ("ownership", 4, "Owned the rollback and the follow-up actions.\nSays \"I\" when it was theirs, \"we\" when it wasn't."),
        ("execution", 4, "Shipped the retry service in two weeks despite unclear specs."),
        ("collaboration", 3, ""),
        ("judgment", 3, "Good trade-offs on queues; thin on cost."),
        ("communication", 4, "Clear, structured, checks understanding."),
        ("resilience", 3, "Mistake story had no result and little learning."),
    ];
    for (id, score, notes) in scores {
        assert!(c.set_score(id, Score::new(score), end + MIN), "{id}");
        c.set_criterion_notes(id, notes.into(), end + MIN);
    }
    let flag = c.rubric.red_flags[1].clone();
    c.set_red_flag(&flag, true, end + 2 * MIN);
    c.add_custom_flag("Joined ten minutes late without a message", end + 2 * MIN);
    c.unlock_threshold(3.2, end + 3 * MIN).unwrap();
    c.set_recommendation(Some(Recommendation::Hire), end + 4 * MIN);
    assert!(
        c.reason_missing(),
        "the kit's rule caps a red flag at No Hire"
    );
    c.set_recommendation_reason(
        "The flagged story was one bad week; every other answer was strong.".into(),
        end + 4 * MIN,
    );
    c.set_notes(
        "Solid owner of production systems; hire for the payments team.\n\nProbe cost awareness in the onsite.".into(),
        end + 4 * MIN,
    );
    c.complete(end + 7 * MIN);
    c
}

/// A test-rubric card scored and in the middle of nothing: two of three criteria scored,
/// no call, no recommendation.
pub fn draft() -> Scorecard {
    let mut c = crate::model::scorecard::tests::card(&[1.0, 2.0, 1.0]);
    c.candidate = "Linus Example".into();
    c.set_score("c0", Score::new(2), 2_000);
    c.set_score("c1", Score::new(3), 2_000);
    c.set_criterion_notes("c1", "Okay, not great".into(), 2_000);
    c
}

/// The built-in kit with `id`.
fn kit(id: &str) -> crate::model::Rubric {
    crate::rubrics::built_in()
        .into_iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("{id} is built in"))
}

/// A technical-kit call that picked three questions, timed one, marked one asked without
/// timing it and never reached the third before the call ended.
pub fn technical_with_a_skipped_question() -> Scorecard {
    let rubric = kit("backend-technical");
    let new = NewScorecard {
        candidate: "Alan Turing".into(),
        ..NewScorecard::default()
    };
    let mut c = Scorecard::start("sc-alan".into(), new, rubric, "2026-11-22".into(), T0);
    for id in ["api-breaking-change", "db-slow-query", "sec-secrets"] {
        assert!(c.pick_question(id, T0), "{id} is in the kit");
    }
    c.start_call(T0 + MIN);
    c.toggle_answer("api-breaking-change", T0 + 2 * MIN);
    c.toggle_answer("api-breaking-change", T0 + 2 * MIN + 100 * S);
    c.set_answer_notes(
        "api-breaking-change",
        "Sunset header, two versions live.".into(),
        T0 + 4 * MIN,
    );
    c.mark_asked("db-slow-query", T0 + 5 * MIN);
    c.end_call(T0 + 25 * MIN);
    c
}

/// Strings that try to break out of each format.
pub const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    "</style><script>",
    "=HYPERLINK(\"http://x\")",
    "+1",
    "-2",
    "@SUM(A1)",
    "| table | break",
    "# heading",
    "Emoji 🎉👩🏽‍💻 ok",
    "Arabic: مرحبا بالعالم, Hebrew: שלום עולם",
    "\u{202E}evil\u{202C} override",
    "Tom & Jerry's \"quote\" &amp; [link](javascript:alert(1)) *bold* `code` \\ ~~x~~ 1. two",
];

/// 10,000 characters without a space, then some words.
pub fn long_text() -> String {
    let mut s = "x".repeat(9_990);
    s.push_str(" long end");
    s
}

/// A card with a hostile string in every field a person types, and one in every rubric
/// string the exports show.
pub fn hostile() -> Scorecard {
    let weights: Vec<f64> = HOSTILE.iter().map(|_| 1.0).collect();
    let mut c = crate::model::scorecard::tests::card(&weights);
    c.candidate = HOSTILE[0].into();
    c.role = HOSTILE[1].into();
    c.interviewer = HOSTILE[2].into();
    c.rubric.title = HOSTILE[3].into();
    c.rubric.red_flags = HOSTILE.iter().map(|s| s.to_string()).collect();
    for (i, text) in HOSTILE.iter().enumerate() {
        let id = format!("c{i}");
        c.rubric.criteria[i].title = format!("{text} #{i}");
        c.rubric.criteria[i].levels[i % 5] = format!("Level {text}");
        c.set_score(&id, Score::new((i % 5) as u8 + 1), 2_000);
        c.set_criterion_notes(&id, format!("{text}\n{text} again"), 2_000);
        let q = c
            .add_ad_hoc_question(text, QuestionKind::Behavioral, 2_000)
            .unwrap();
        c.set_answer_notes(&q, format!("{text}\nsecond line"), 2_000);
    }
    c.set_red_flag(HOSTILE[0], true, 2_000);
    c.set_red_flag(HOSTILE[8], true, 2_000);
    c.add_custom_flag("\"><img src=x onerror=alert(1)> own", 2_000);
    c.set_criterion_notes("c0", long_text(), 2_000);
    c.set_notes(HOSTILE.join("\n"), 2_000);
    c
}
