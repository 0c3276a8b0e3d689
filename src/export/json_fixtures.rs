//! Scorecards built with the model for export tests: realistic ones from every built-in kit,
//! and generated ones full of hostile text.

use crate::model::{NewScorecard, QuestionKind, Recommendation, Rubric, Score, Scorecard, StarL};
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
            let pick =
                |rng: &mut Rng, k: usize| texts[(i + k * 5 + rng.below(3)) % texts.len()].clone();
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
