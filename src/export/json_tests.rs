//! Tests of `json.rs`, kept apart so the module reads in one sitting.

use super::*;
use crate::model::format::{decode_any_scorecards, decode_scorecard};
use crate::model::scorecard::tests::{card, running_answer};

#[test]
fn export_imports_back_identically() {
    let mut c = card(&[1.0, 1.0]);
    c.set_notes("line one\nline two ✓ مرحبا".into(), 9);
    let text = scorecard(&c);
    assert!(text.contains("\n  \"version\": 2"));
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
    assert!(text.starts_with("{\n  \"format\": \"scorecard-export\",\n  \"version\": 2,\n"));
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
    assert!(cards.iter().any(|c| running_answer(c).is_some()));
}
