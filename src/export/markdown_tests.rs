//! Tests of `markdown.rs`, kept apart so the module reads in one sitting.

use super::*;
use crate::export::fixtures::{self, golden, HOSTILE};

/// Markdown text as a reader sees it: backslash escapes and the three entities undone,
/// runs of whitespace (hard breaks, indents) read as one space, and the bidi isolates the
/// export adds dropped.
fn text_of(md: &str) -> String {
    let mut out = String::new();
    let mut chars = md.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        if ch == '\\' {
            if let Some(&(_, next)) = chars.peek() {
                if next.is_ascii_punctuation() {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        } else if ch == '&' {
            let entity = ["&lt;", "&gt;", "&amp;"]
                .into_iter()
                .find(|e| md[i..].starts_with(e));
            if let Some(e) = entity {
                out.push(match e {
                    "&lt;" => '<',
                    "&gt;" => '>',
                    _ => '&',
                });
                for _ in 1..e.len() {
                    chars.next();
                }
                continue;
            }
        }
        out.push(ch);
    }
    squash(&out.replace(['\u{2068}', '\u{2069}'], ""))
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The cells of a table row, split at unescaped `|`.
fn cells(row: &str) -> usize {
    let mut pipes = 0;
    let mut chars = row.chars();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => {
                chars.next();
            }
            '|' => pipes += 1,
            _ => {}
        }
    }
    pipes - 1
}

#[test]
fn golden_realistic_card() {
    // Regenerate with `UPDATE_GOLDEN=1 cargo test --lib export`, then review the diff.
    golden("scorecard.md", &scorecard_markdown(&fixtures::realistic()));
}

#[test]
fn escaping_keeps_text_and_removes_structure() {
    assert_eq!(text("# heading"), "\\# heading");
    assert_eq!(text("-2"), "\\-2");
    assert_eq!(text("+1"), "\\+1");
    assert_eq!(text("=SUM"), "\\=SUM");
    assert_eq!(text("12. twelve"), "12\\. twelve");
    assert_eq!(text("3) three"), "3\\) three");
    assert_eq!(text("2024 was good"), "2024 was good");
    assert_eq!(text("a | b\nc"), "a \\| b c");
    assert_eq!(
        text("<b>&amp; Q&A &#60;"),
        "&lt;b&gt;&amp;amp; Q&A &amp;\\#60;"
    );
    assert_eq!(
        text("[x](javascript:alert(1))"),
        "\\[x\\](javascript:alert(1))"
    );
    assert_eq!(
        text("*a* _b_ `c` ~d~ \\"),
        "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\\\"
    );
    assert_eq!(block("a\n-b\n\n\n# c", "  "), "a  \n  \\-b\n\n  \\# c");
}

#[test]
fn the_realistic_card_has_every_part() {
    let card = fixtures::realistic();
    let md = scorecard_markdown(&card);
    assert!(md.starts_with("# Scorecard: Ada Lovelace\n\n**Role:** Backend Engineer · "));
    for expected in [
        "**Status:** Completed (completed late)",
        "**Call:** 29:40 (planned 30 min)",
        "- **Recommendation:** Hire\n",
        "- **Weighted score:** 3.50 / 5\n",
        "- **Verdict:** Passes the threshold\n",
        "| Criterion | Score | Notes |\n| --- | --- | --- |\n",
        "1. **Walk me through an outage or production incident",
        "   Behavioral · answer 1:35 · 4 Strong  \n",
        "   Payments outage, Black Friday 2024.  \n   Rolled back",
        "- Joined ten minutes late without a message (interviewer's own)\n",
        "## Overall notes\n\nSolid owner of production systems; hire for the payments team.\n\nProbe",
    ] {
        assert!(md.contains(expected), "missing {expected:?}");
    }
    for c in &card.rubric.criteria {
        let score = card.score_of(&c.id).unwrap();
        assert!(text_of(&md).contains(&squash(&c.levels[score.index()])));
    }
}

#[test]
fn every_criterion_title_and_note_appears() {
    for card in [
        fixtures::realistic(),
        fixtures::draft(),
        fixtures::hostile(),
    ] {
        let text = text_of(&scorecard_markdown(&card));
        for c in &card.rubric.criteria {
            assert!(text.contains(&squash(&c.title)), "{}", c.title);
        }
        let notes = card
            .criteria
            .iter()
            .map(|e| &e.notes)
            .chain(card.questions.iter().map(|q| &q.notes))
            .chain([&card.notes]);
        for note in notes {
            assert!(text.contains(&squash(note)), "{note:?}");
        }
    }
}

#[test]
fn hostile_text_adds_no_structure_and_survives() {
    let card = fixtures::hostile();
    let md = scorecard_markdown(&card);
    assert!(!md.contains('<') && !md.contains('>'), "no raw HTML at all");
    // Table rows keep three columns.
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(rows.len(), card.criteria.len() + 2);
    for row in rows {
        assert_eq!(cells(row), 3, "{row}");
    }
    // Headings, list items and numbered items are only the export's own.
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(headings.len(), 6, "{headings:?}");
    let bullets = md
        .lines()
        .filter(|l| l.trim_start().starts_with("- "))
        .count();
    // Seven of the result: the five figures, what the rule says, and the rule itself.
    assert_eq!(bullets, 7 + card.red_flags.len());
    let numbered = md
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            let d = t.chars().take_while(char::is_ascii_digit).count();
            d > 0 && (t[d..].starts_with(". ") || t[d..].starts_with(") "))
        })
        .count();
    assert_eq!(numbered, card.questions.len());
    for line in md.lines().filter(|l| !l.starts_with("**Role:**")) {
        let t = line.trim_start();
        assert!(
            !t.starts_with(['+', '=', '>', '*', '`', '~', '<']),
            "block start in {t:?}"
        );
    }
    // The text survives.
    let text = text_of(&md);
    for s in HOSTILE {
        assert!(text.contains(&squash(s)), "lost {s:?}");
    }
    assert!(text.contains(&fixtures::long_text()));
    assert!(md.contains("\u{2068}\u{202E}evil\u{202C} override\u{2069}"));
}

#[test]
fn an_unscored_card_reads_plainly() {
    let md = scorecard_markdown(&fixtures::draft());
    for expected in [
        "**Call:** Not started",
        "- **Recommendation:** No recommendation\n",
        "- **Weighted score:** 2.67 / 5\n",
        "- **Completion:** 2 of 3 criteria scored\n",
        "- **Verdict:** Not everything scored yet\n",
        "| Title c2 (weight 1) | Not scored |  |\n",
        "None ticked.\n",
        "No overall notes.\n",
    ] {
        assert!(md.contains(expected), "missing {expected:?}\n{md}");
    }
    assert!(!md.contains("Questions asked"));
}

#[test]
fn a_reopened_card_says_when_in_its_status_and_a_scoring_one_says_scoring() {
    let mut card = fixtures::realistic();
    let at = card.completed_at.unwrap() + 60_000;
    card.reopen(at);
    let md = scorecard_markdown(&card);
    let reopened = format!(
        "**Status:** Scoring · reopened {} UTC",
        crate::export::report::date_time(at)
    );
    assert!(md.contains(&reopened), "{md}");
    card.complete(at + 60_000);
    assert!(scorecard_markdown(&card).contains("**Status:** Completed (completed late) · reopened"));
    let html = crate::export::html::scorecard_html(&card);
    assert!(html.contains("Completed (completed late) · reopened"));
}

#[test]
fn skipped_and_planned_questions_get_their_own_lists() {
    let mut card = fixtures::technical_with_a_skipped_question();
    let md = scorecard_markdown(&card);
    let tail = md
        .split_once("## Skipped (not asked)\n\n")
        .expect("a skipped list")
        .1;
    assert!(tail.starts_with("- Where do your services keep secrets"));
    assert_eq!(md.matches("keep secrets").count(), 1);
    // Before the call is over the same question is only planned.
    card.call.ended_at = None;
    let md = scorecard_markdown(&card);
    assert!(md.contains("## Planned, not yet asked\n\n- Where do your services"));
    assert!(!md.contains("Skipped (not asked)"));
}

#[test]
fn no_evidence_gaps_and_revisions_are_written_out() {
    use crate::model::Mark;
    let mut c = fixtures::realistic();
    let first = c.criteria[0].criterion_id.clone();
    let second = c.criteria[1].criterion_id.clone();
    let titles = [
        c.rubric.criteria[0].title.clone(),
        c.rubric.criteria[1].title.clone(),
    ];
    if c.status == crate::model::Status::Completed {
        c.reopen(c.updated_at + 1);
    }
    c.completed_at = Some(c.updated_at);
    let at = 1_764_588_300_000; // 2025-12-01 11:25 UTC
    let from = c.mark_of(&second).unwrap();
    c.revise_score(&first, Mark::NoEvidence, "Never got to it", at)
        .unwrap();
    c.revise_score(
        &second,
        Mark::Score(crate::model::Score::new(2).unwrap()),
        "Re-read",
        at,
    )
    .unwrap();
    let md = scorecard_markdown(&c);
    let html = crate::export::html::scorecard_html(&c);
    for out in [&md, &html] {
        assert!(
            out.contains(&format!("Gaps: no evidence for {}.", titles[0])),
            "{out}"
        );
        assert!(out.contains("Revised after completion"));
        assert!(out.contains(&format!(
            "{}: {from} → 2 Below bar (2025-12-01 11:25 UTC), because: Re-read",
            titles[1]
        )));
    }
}

#[test]
fn the_first_impression_is_a_result_line_once_completed() {
    use crate::model::impression::FirstImpression;
    let mut card = fixtures::realistic();
    card.first_impression = Some(FirstImpression {
        score: None,
        at: card.created_at,
    });
    let md = scorecard_markdown(&card);
    assert!(
        md.contains("- **First impression:** skipped · final 3.50\n"),
        "{md}"
    );
    card.reopen(card.updated_at + 1);
    assert!(!scorecard_markdown(&card).contains("First impression"));
}

#[test]
fn the_candidate_key_is_shown_only_when_set() {
    let mut card = fixtures::realistic();
    assert!(!scorecard_markdown(&card).contains("Candidate key"));
    assert!(!crate::export::html::scorecard_html(&card).contains("Candidate key"));
    card.status = crate::model::Status::Scoring;
    assert!(card.set_candidate_id("  cand42 ", 1));
    assert_eq!(card.candidate_id, "cand42");
    assert!(scorecard_markdown(&card).contains(" · **Candidate key:** cand42\n"));
    assert!(crate::export::html::scorecard_html(&card).contains("Candidate key: <bdi>cand42</bdi>"));
    card.status = crate::model::Status::Completed;
    assert!(
        !card.set_candidate_id("other", 2),
        "a completed card refuses the edit"
    );
    assert_eq!(card.candidate_id, "cand42");
}
