//! CSV export of the library: one row per scorecard for a spreadsheet, RFC 4180 (CRLF line
//! ends; a field with a comma, quote, CR or LF is quoted, quotes doubled). Text cells that a
//! spreadsheet could run as a formula get a leading `'` (OWASP's advice against CSV
//! injection); the numbers the export computes itself are written as they are.
//!
//! Columns: `status`, `recommendation` and `verdict` use the app's stable identifiers
//! (`completed`, `strong_hire`, `pass` ...), empty when there is none; `weighted_score` has
//! two decimals and `call_minutes` one, both empty when there is nothing to show;
//! `completed_late` is `true` or `false`; `rule_recommendation` is the decision rule's, like
//! `recommendation`, and `recommendation_reason` the line saying why they differ.
//!
//! [`scores_csv`] is the second file, long ("tidy") layout: one row per scorecard per criterion
//! with its score and notes ([`SCORE_COLUMNS`]; why in docs/FORMATS.md).

use super::report::{Report, SheetRow};
use crate::model::compare::candidate_key;
use crate::model::Scorecard;

/// The header row, in column order.
pub const COLUMNS: [&str; 16] = [
    "candidate",
    "role",
    "interviewer",
    "rubric",
    "date",
    "status",
    "weighted_score",
    "scored",
    "total",
    "recommendation",
    "verdict",
    "red_flags",
    "call_minutes",
    "completed_late",
    "rule_recommendation",
    "recommendation_reason",
];

/// One text cell: a leading `'` if it starts with `=`, `+`, `-`, `@`, a tab or a CR (so a
/// spreadsheet shows it instead of running it), then quoted if it needs to be.
pub fn csv_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        quote(&format!("'{s}"))
    } else {
        quote(s)
    }
}

/// Quotes a field holding a comma, quote, CR or LF, doubling its quotes; others as they are.
fn quote(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The library as CSV with a header row; every row ends in CRLF.
pub fn library_csv(cards: &[Scorecard]) -> String {
    let mut out = COLUMNS.join(",");
    out.push_str("\r\n");
    for card in cards {
        let s = SheetRow::of(card);
        let row = [
            csv_cell(s.candidate),
            csv_cell(s.role),
            csv_cell(s.interviewer),
            csv_cell(s.rubric),
            csv_cell(s.date),
            s.status.to_string(),
            s.weighted_score,
            s.scored.to_string(),
            s.total.to_string(),
            s.recommendation.to_string(),
            s.verdict.to_string(),
            s.red_flags.to_string(),
            s.call_minutes,
            s.completed_late.to_string(),
            s.rule_recommendation.to_string(),
            csv_cell(s.recommendation_reason),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The header row of [`scores_csv`], in column order.
pub const SCORE_COLUMNS: [&str; 17] = [
    "card_id",
    "candidate",
    "candidate_key",
    "interviewer",
    "date",
    "status",
    "rubric",
    "criterion_id",
    "criterion",
    "weight",
    "score",
    "score_word",
    "notes",
    "weighted_score",
    "recommendation",
    "rule_recommendation",
    "verdict",
];

/// Every criterion of every card as one row: the card's facts repeated on each of its rows,
/// then the criterion, its weight, the score (`1`-`5`, empty when not scored or no evidence),
/// its word (`Strong`, `no evidence`, or empty) and the notes as typed. A card without
/// criteria still gets one row, its criterion cells empty. Every row ends in CRLF.
pub fn scores_csv(cards: &[Scorecard]) -> String {
    let mut out = SCORE_COLUMNS.join(",");
    out.push_str("\r\n");
    for card in cards {
        let (s, r) = (SheetRow::of(card), Report::of(card));
        let facts = [
            csv_cell(&card.id),
            csv_cell(s.candidate),
            csv_cell(&candidate_key(card)),
            csv_cell(s.interviewer),
            csv_cell(s.date),
            s.status.to_string(),
            csv_cell(s.rubric),
        ];
        let card_tail = [
            s.weighted_score.clone(),
            s.recommendation.to_string(),
            s.rule_recommendation.to_string(),
            s.verdict.to_string(),
        ];
        let mut criteria: Vec<[String; 6]> = card
            .rubric
            .criteria
            .iter()
            .zip(&r.criteria)
            .map(|(c, row)| {
                [
                    csv_cell(row.id),
                    csv_cell(row.title),
                    c.weight.to_string(),
                    row.value.map(|v| v.value().to_string()).unwrap_or_default(),
                    match (row.value, row.no_evidence) {
                        (_, true) => row.score.clone(),
                        (Some(v), false) => v.word().to_string(),
                        (None, false) => String::new(),
                    },
                    csv_cell(row.notes.text()),
                ]
            })
            .collect();
        if criteria.is_empty() {
            criteria.push(Default::default());
        }
        for criterion in criteria {
            let row: Vec<&str> = facts
                .iter()
                .chain(&criterion)
                .chain(&card_tail)
                .map(String::as_str)
                .collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixtures::{self, golden, HOSTILE};

    /// A strict RFC 4180 reader: CRLF row ends only, quotes only around whole fields.
    fn parse(csv: &str) -> Vec<Vec<String>> {
        assert!(csv.ends_with("\r\n"), "the last row ends in CRLF");
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut quoted = false;
        let mut was_quoted = false;
        let mut chars = csv.chars().peekable();
        while let Some(ch) = chars.next() {
            if quoted {
                if ch == '"' {
                    if chars.peek() == Some(&'"') {
                        cell.push('"');
                        chars.next();
                    } else {
                        quoted = false;
                        assert!(
                            matches!(chars.peek(), Some(',' | '\r')),
                            "text after a closing quote"
                        );
                    }
                } else {
                    cell.push(ch);
                }
                continue;
            }
            match ch {
                '"' => {
                    assert!(cell.is_empty() && !was_quoted, "quote inside a field");
                    quoted = true;
                    was_quoted = true;
                }
                ',' => {
                    row.push(std::mem::take(&mut cell));
                    was_quoted = false;
                }
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "CR without LF");
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                    was_quoted = false;
                }
                '\n' => panic!("LF without CR outside quotes"),
                _ => cell.push(ch),
            }
        }
        assert!(!quoted, "unclosed quote");
        rows
    }

    #[test]
    fn golden_library() {
        // Regenerate with `UPDATE_GOLDEN=1 cargo test --lib export`, then review the diff.
        let mut quoting = fixtures::draft();
        quoting.candidate = "O'Brien, \"Pat\"".into();
        quoting.role = "=HYPERLINK(\"http://x\")".into();
        quoting.interviewer = "Sam\nLee".into();
        let cards = [fixtures::realistic(), fixtures::draft(), quoting];
        golden("library.csv", &library_csv(&cards));
    }

    #[test]
    fn cells_are_guarded_then_quoted() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell(""), "");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell("cr\ronly"), "\"cr\ronly\"");
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-2"), "'-2");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tx"), "'\tx");
        assert_eq!(csv_cell("\rx"), "\"'\rx\"");
        assert_eq!(
            csv_cell("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(csv_cell("a=b"), "a=b", "only a leading sign is a formula");
    }

    #[test]
    fn the_realistic_card_has_every_column() {
        let rows = parse(&library_csv(&[fixtures::realistic(), fixtures::draft()]));
        assert_eq!(rows[0], COLUMNS);
        assert_eq!(
            rows[1],
            [
                "Ada Lovelace",
                "Backend Engineer",
                "Grace Hopper",
                "Backend behavioral (STAR-L)",
                "2026-11-22",
                "completed",
                "3.50",
                "6",
                "6",
                "hire",
                "pass",
                "2",
                "29.7",
                "true",
                "no_hire",
                "The flagged story was one bad week; every other answer was strong."
            ]
        );
        assert_eq!(
            rows[2][5..],
            [
                "draft",
                "2.67",
                "2",
                "3",
                "",
                "incomplete",
                "0",
                "",
                "false",
                "",
                ""
            ]
        );
        assert_eq!(library_csv(&[]), format!("{}\r\n", COLUMNS.join(",")));
    }

    #[test]
    fn hostile_text_is_guarded_and_parses_back() {
        let mut strings: Vec<String> = HOSTILE.iter().map(|s| s.to_string()).collect();
        strings.extend([
            fixtures::long_text(),
            "\ttab first".into(),
            "\rcarriage first".into(),
            "line one\r\nline two".into(),
            "\"quoted\", with comma".into(),
        ]);
        let cards: Vec<Scorecard> = strings
            .iter()
            .map(|s| {
                let mut c = fixtures::hostile();
                c.candidate = s.clone();
                c.role = format!("{s} role");
                c.interviewer = s.clone();
                c.rubric.title = s.clone();
                c.date = s.clone();
                c
            })
            .collect();
        let csv = library_csv(&cards);
        let rows = parse(&csv);
        assert_eq!(rows.len(), cards.len() + 1);
        assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
        for (s, row) in strings.iter().zip(&rows[1..]) {
            let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let expected = if formula { format!("'{s}") } else { s.clone() };
            assert_eq!(row[0], expected);
            assert_eq!(row[1], format!("{expected} role"));
            assert_eq!(row[2], expected);
            assert_eq!(row[3], expected);
            assert_eq!(row[4], expected);
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "unguarded {cell:?}"
                );
            }
        }
    }

    #[test]
    fn computed_numbers_are_not_guarded() {
        let mut card = fixtures::draft();
        card.candidate = "-".into();
        let rows = parse(&library_csv(&[card]));
        assert_eq!(rows[1][0], "'-");
        assert_eq!(rows[1][6], "2.67");
        assert_eq!(rows[1][11], "0");
    }

    #[test]
    fn scores_have_one_row_per_card_per_criterion() {
        let mut draft = fixtures::draft();
        assert!(draft.set_no_evidence("c2", 3_000));
        let rows = parse(&scores_csv(&[fixtures::realistic(), draft]));
        assert_eq!(rows[0], SCORE_COLUMNS);
        assert!(rows.iter().all(|r| r.len() == SCORE_COLUMNS.len()));
        assert_eq!(
            rows.len(),
            1 + 6 + 3,
            "six behavioral criteria, three test ones"
        );
        assert_eq!(
            rows[1],
            [
                "sc-ada",
                "Ada Lovelace",
                "name:ada lovelace",
                "Grace Hopper",
                "2026-11-22",
                "completed",
                "Backend behavioral (STAR-L)",
                "ownership",
                "Ownership",
                "1",
                "4",
                "Strong",
                "Owned the rollback and the follow-up actions.\nSays \"I\" when it was theirs, \"we\" when it wasn't.",
                "3.50",
                "hire",
                "no_hire",
                "pass",
            ]
        );
        assert_eq!(
            rows[3][7..13],
            ["collaboration", "Collaboration", "1", "3", "Meets bar", ""]
        );
        let draft_rows = &rows[7..];
        assert!(draft_rows
            .iter()
            .all(|r| r[0] == rows[7][0] && r[1] == "Linus Example"));
        assert_eq!(
            draft_rows[1][9..13],
            ["2", "3", "Meets bar", "Okay, not great"]
        );
        assert_eq!(draft_rows[2][10..12], ["", "no evidence"]);
        // The no-evidence mark answers the last criterion, so the rule decides.
        assert_eq!(draft_rows[2][13..], ["2.67", "", "no_hire", "fail"]);
        assert_eq!(scores_csv(&[]), format!("{}\r\n", SCORE_COLUMNS.join(",")));
    }

    #[test]
    fn scores_guard_formulas_in_every_typed_cell() {
        let mut card = fixtures::hostile();
        card.candidate = "=HYPERLINK(\"http://x\")".into();
        card.candidate_id = "+1".into();
        card.interviewer = "@SUM(A1)".into();
        card.set_criterion_notes("c1", "-2 points\r\nsecond line".into(), 3_000);
        let rows = parse(&scores_csv(&[card]));
        assert_eq!(rows.len(), 1 + HOSTILE.len());
        assert_eq!(rows[1][1], "'=HYPERLINK(\"http://x\")");
        assert_eq!(rows[1][2], "id:+1", "the key starts with its kind");
        assert_eq!(rows[1][3], "'@SUM(A1)");
        assert_eq!(rows[2][12], "'-2 points\r\nsecond line");
        for cell in rows.iter().flatten() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "unguarded {cell:?}"
            );
        }
    }
}

#[cfg(test)]
mod extreme_tests {
    use super::*;
    use crate::model::scorecard::tests::card;
    use crate::model::timer::{CallTimer, Stopwatch};
    use crate::model::Score;

    /// A card built in code (never through validation) with weights whose sum overflows, and
    /// an imported call timer at the far ends of time: the CSVs write no NaN and no garbage.
    #[test]
    fn huge_weights_and_extreme_timestamps_never_write_nan() {
        let mut c = card(&[1e308, 1e308, 1e308]);
        for id in ["c0", "c1", "c2"] {
            c.set_score(id, Score::new(4), 2_000);
        }
        c.call = CallTimer {
            watch: Stopwatch {
                banked_ms: i64::MAX,
                running_since: Some(i64::MIN),
            },
            started_at: Some(i64::MIN),
            ended_at: Some(i64::MAX),
        };
        for csv in [library_csv(&[c.clone()]), scores_csv(&[c.clone()])] {
            assert!(!csv.to_lowercase().contains("nan"), "{csv}");
            assert!(!csv.contains("inf"), "{csv}");
        }
        c.call.ended_at = None;
        c.updated_at = i64::MIN;
        library_csv(&[c]);
    }
}
