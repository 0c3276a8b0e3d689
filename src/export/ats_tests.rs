use super::*;
use crate::export::fixtures::{self, golden_at, HOSTILE};

/// Fails on any Markdown or HTML mark, and on a line that would start a list, quote or
/// heading once a renderer read it.
fn assert_plain(text: &str) {
    for ch in SYNTAX {
        assert!(!text.contains(ch), "{ch:?} in:\n{text}");
    }
    for line in text.lines() {
        let start = line.trim_start();
        for marker in ["- ", "+ ", "> ", "- [ ]", "```"] {
            assert!(
                !start.starts_with(marker),
                "{line:?} starts with {marker:?}"
            );
        }
    }
}

#[test]
fn example_in_the_docs_is_the_realistic_card() {
    // Regenerate with `UPDATE_GOLDEN=1 cargo test --lib export`, then review the diff.
    golden_at(
        "docs/ats-example.txt",
        &scorecard_ats(&fixtures::realistic()),
    );
}

#[test]
fn a_realistic_card_has_no_markdown() {
    assert_plain(&scorecard_ats(&fixtures::realistic()));
    assert_plain(&scorecard_ats(
        &fixtures::technical_with_a_skipped_question(),
    ));
    assert_plain(&scorecard_ats(&fixtures::draft()));
}

#[test]
fn a_hostile_card_has_no_markdown_and_keeps_its_words() {
    let text = scorecard_ats(&fixtures::hostile());
    assert_plain(&text);
    assert!(text.contains("Emoji 🎉👩🏽‍💻 ok"));
    assert!(text.contains("‹script›alert(1)‹/script›"));
    assert!(text.contains("/ table / break"));
    assert!(text.contains("＃ heading"));
    assert!(
        text.contains("bold 'code'"),
        "stars dropped, backticks plain"
    );
    assert!(
        text.contains("\u{2068}\u{202E}evil"),
        "bidi override isolated"
    );
    let mut card = fixtures::draft();
    card.set_notes(
        "- [ ] follow up\n+ plus\n# Title\n**bold** | x\n> quote".into(),
        3_000,
    );
    let text = scorecard_ats(&card);
    assert_plain(&text);
    assert!(text.contains("  – ( ) follow up\n  – plus\n  ＃ Title\n  bold / x\n  › quote\n"));
    for s in HOSTILE {
        let mut card = fixtures::draft();
        card.candidate = s.to_string();
        card.set_criterion_notes("c0", format!("{s}\n\n{s}"), 3_000);
        assert_plain(&scorecard_ats(&card));
    }
}

#[test]
fn the_result_comes_first_then_criteria_questions_and_notes() {
    let text = scorecard_ats(&fixtures::realistic());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Recommendation: Hire");
    assert!(
        lines[1].starts_with("The rule says: No Hire"),
        "{}",
        lines[1]
    );
    assert_eq!(
        lines[2],
        "Why it differs: The flagged story was one bad week; every other answer was strong."
    );
    assert_eq!(lines[3], "Weighted score: 3.50 / 5 (pass threshold 3.20)");
    assert_eq!(lines[4], "Verdict: Passes the threshold");
    assert_eq!(lines[5], "Red flags: 2");
    assert_eq!(
        lines[7],
        "  Joined ten minutes late without a message (interviewer's own)"
    );
    let at = |s: &str| {
        lines
            .iter()
            .position(|l| *l == s)
            .unwrap_or_else(|| panic!("no line {s:?}"))
    };
    let (criteria, questions, notes) = (at("Criteria"), at("Questions asked"), at("Overall notes"));
    assert!(7 < criteria && criteria < questions && questions < notes);
    assert_eq!(lines[criteria + 1], "Ownership: 4/5 Strong");
    assert_eq!(
        lines[criteria + 2],
        "  Owned the rollback and the follow-up actions."
    );
    assert_eq!(
        lines[criteria + 3],
        "  Says \"I\" when it was theirs, \"we\" when it wasn't."
    );
    assert_eq!(lines[criteria + 4], "Execution: 4/5 Strong");
    assert!(lines.contains(&"Collaboration: 3/5 Meets bar"));
    assert_eq!(
        lines[notes + 1..notes + 3],
        [
            "  Solid owner of production systems; hire for the payments team.",
            "  Probe cost awareness in the onsite."
        ]
    );
    let q = &lines[questions + 1..notes - 1];
    assert!(q.contains(&"  Payments outage, Black Friday 2024."));
    assert!(q.iter().all(|l| !l.is_empty()));
}

#[test]
fn agreeing_with_the_rule_no_evidence_and_unscored_read_plainly() {
    let mut card = fixtures::technical_with_a_skipped_question();
    let ids: Vec<String> = card.rubric.criteria.iter().map(|c| c.id.clone()).collect();
    card.set_score(&ids[0], crate::model::Score::new(4), 3_000);
    assert!(card.set_no_evidence(&ids[1], 3_000));
    let text = scorecard_ats(&card);
    assert!(text.starts_with("Recommendation: No recommendation\nWeighted score: 4.00 / 5"));
    assert!(
        !text.contains("The rule says"),
        "said only when they differ"
    );
    assert!(text.contains("\nAPI design: 4/5 Strong\n"));
    assert!(text.contains("\nDatabases and query performance: no evidence\n"));
    assert!(text.contains("\nSecurity fundamentals: not scored\n"));
    assert!(text.contains("Gaps: no evidence for Databases and query performance."));
    assert!(text.contains("Red flags: none\n"));
}
