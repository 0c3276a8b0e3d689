//! Fuzzing the readers of outside input: scorecard imports and rubric share links get mutated,
//! truncated and spliced inputs and must answer with a value, never a panic or a hang.
//! A short run is part of `cargo test`; a long run is
//! `FUZZ_CASES=1000000 cargo test --release --lib model::fuzz -- --nocapture`.

#![cfg(test)]

use crate::export::link::{decode_rubric_link, encode_rubric_link, LinkError};
use crate::model::format::{decode_any_scorecards, encode_bundle};
use crate::model::{NewScorecard, QuestionKind, Score, Scorecard};
use std::time::Instant;

/// xorshift64*: deterministic, no crate needed (also drives `export::fuzz_tests`).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn cases() -> usize {
    cases_or(3_000)
}

/// The case count `FUZZ_CASES` asks for, else `default`.
pub(crate) fn cases_or(default: usize) -> usize {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// One mutation of a byte string: flip, insert, delete, duplicate a span, or truncate.
fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let len = out.len().max(1);
        match rng.below(6) {
            0 => {
                let i = rng.below(len);
                if i < out.len() {
                    out[i] ^= 1 << rng.below(8);
                }
            }
            1 => {
                let i = rng.below(len);
                let interesting = b"{}[]\",:0-9e.\\u\x00\xff";
                out.insert(i.min(out.len()), interesting[rng.below(interesting.len())]);
            }
            2 => {
                if !out.is_empty() {
                    out.remove(rng.below(out.len()));
                }
            }
            3 => {
                let a = rng.below(len).min(out.len());
                let b = (a + rng.below(64)).min(out.len());
                let span = out[a..b].to_vec();
                let at = rng.below(len).min(out.len());
                out.splice(at..at, span);
            }
            4 => out.truncate(rng.below(len)),
            _ => {
                let i = rng.below(len).min(out.len());
                out.splice(i..i, b"[[[[[[[[[[".iter().copied());
            }
        }
    }
    out
}

fn sample_cards() -> Vec<Scorecard> {
    crate::rubrics::built_in()
        .into_iter()
        .enumerate()
        .map(|(i, rubric)| {
            let new = NewScorecard {
                candidate: format!("Candidate <b>{i}</b> \u{202e}"),
                role: String::new(),
                interviewer: "Fuzz".into(),
            };
            let mut c = Scorecard::start(format!("id{i}"), new, rubric, "2026-11-22".into(), 1_000);
            if let Some(first) = c.rubric.criteria.first().map(|c| c.id.clone()) {
                c.set_score(&first, Score::new(3), 2_000);
            }
            c.add_ad_hoc_question("Why?", QuestionKind::Behavioral, 2_000);
            c
        })
        .collect()
}

#[test]
fn scorecard_import_never_panics_on_mutated_input() {
    let seed = encode_bundle(&sample_cards(), 5, "fuzz").into_bytes();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let started = Instant::now();
    let (mut ok, mut refused) = (0, 0);
    for _ in 0..cases() {
        let input = mutate(&mut rng, &seed);
        match decode_any_scorecards(&String::from_utf8_lossy(&input)) {
            Ok(_) => ok += 1,
            Err(e) => {
                assert!(!e.to_string().is_empty());
                refused += 1;
            }
        }
    }
    eprintln!(
        "import fuzz: {} cases ({ok} read, {refused} refused) in {:?}",
        ok + refused,
        started.elapsed()
    );
}

#[test]
fn rubric_links_never_panic_on_mutated_input() {
    let rubric = crate::rubrics::built_in().remove(1);
    let seed = encode_rubric_link(&rubric).into_bytes();
    let mut rng = Rng(0x0123_4567_89ab_cdef);
    let started = Instant::now();
    let (mut decoding, mut validation, mut read) = (0, 0, 0);
    for case in 0..cases() {
        let input = mutate(&mut rng, &seed);
        let case_started = Instant::now();
        let result = decode_rubric_link(&String::from_utf8_lossy(&input));
        let took = case_started.elapsed();
        assert!(took.as_secs() < 5, "link case {case} took {took:?}");
        match &result {
            Err(LinkError::NotARubricLink | LinkError::UnknownVersion(_)) => {}
            Err(LinkError::InvalidRubric(_)) => {
                (decoding, validation) = (decoding + 1, validation + 1)
            }
            Err(_) => decoding += 1,
            Ok(_) => (decoding, validation, read) = (decoding + 1, validation + 1, read + 1),
        }
        match result {
            Ok(r) => {
                assert!(
                    r.problems().is_empty(),
                    "link case {case}: an invalid rubric read"
                );
                let again = decode_rubric_link(&encode_rubric_link(&r));
                assert_eq!(again.as_ref(), Ok(&r), "link case {case}: no round trip");
            }
            Err(e) => assert!(!e.to_string().is_empty(), "link case {case}: no message"),
        }
    }
    eprintln!(
        "link fuzz: {} cases, {decoding} reached decoding, {validation} validation, {read} read, in {:?}",
        cases(),
        started.elapsed()
    );
    assert!(decoding * 2 >= cases(), "too few cases reach decoding");
}
