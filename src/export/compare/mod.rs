//! A comparison as files: CSV for a spreadsheet and a printable HTML document, both laid out
//! from one [`ComparisonReport`]. Same rules as the scorecard exports: CSV text cells guarded
//! against formulas ([`csv_cell`]), HTML self-contained (inline CSS, no script, no URLs) with
//! every user or rubric string escaped ([`crate::export::html::escape_html`]). Scores hidden by
//! blind mode stay hidden in both.
//!
//! CSV columns: `rubric`, `candidate`, `role`, `interviewer`, `source` (`yours` or the file
//! name), `status`, then one column per criterion of every rubric group (headed by its title,
//! prefixed with the rubric's title when several rubrics are compared; the score 1-5, empty when
//! unscored or of another rubric, `not_in_version`, or `hidden`), then `weighted_score`,
//! `recommendation`, `verdict`, `red_flags`, `call_minutes`, `disagreement` (the candidate's
//! disagreements joined with `; `) and `drift` (the rater drift of the row's interviewer per
//! criterion, "API design: lenient (4.50 vs team 3.75, 2 candidates)", joined with `; `;
//! `hidden` while blind mode hides a colleague's score). Rows follow the comparison's order.

mod html;
mod report;
pub use html::comparison_html;
pub use report::{cell_text, ComparisonReport};

use super::csv::csv_cell;
use crate::model::compare::Comparison;

/// The comparison as CSV with a header row; every row ends in CRLF.
pub fn comparison_csv(cmp: &Comparison) -> String {
    let r = ComparisonReport::of(cmp, false);
    let several = r.groups.len() > 1;
    let mut header: Vec<String> = [
        "rubric",
        "candidate",
        "role",
        "interviewer",
        "source",
        "status",
    ]
    .map(String::from)
    .to_vec();
    for g in &r.groups {
        for title in &g.columns {
            header.push(csv_cell(&if several {
                format!("{}: {title}", g.title)
            } else {
                title.to_string()
            }));
        }
    }
    header.extend(
        [
            "weighted_score",
            "recommendation",
            "verdict",
            "red_flags",
            "call_minutes",
            "disagreement",
            "drift",
        ]
        .map(String::from),
    );
    let mut out = header.join(",");
    out.push_str("\r\n");
    let all: usize = r.groups.iter().map(|g| g.columns.len()).sum();
    let mut before = 0;
    for g in &r.groups {
        let after = all - before - g.columns.len();
        for row in &g.rows {
            let s = &row.sheet;
            let mut cells = vec![
                csv_cell(g.title),
                csv_cell(s.candidate),
                csv_cell(s.role),
                csv_cell(s.interviewer),
                csv_cell(s.source),
                s.status.to_string(),
            ];
            cells.extend(std::iter::repeat_n(String::new(), before));
            cells.extend(row.cells.iter().map(|c| c.value.clone()));
            cells.extend(std::iter::repeat_n(String::new(), after));
            cells.extend([
                s.total.clone(),
                s.recommendation.to_string(),
                s.verdict.to_string(),
                s.red_flags.clone(),
                s.call_minutes.clone(),
                csv_cell(&s.disagreement),
                csv_cell(&s.drift),
            ]);
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        before += g.columns.len();
    }
    out
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::compare::{blinded, Cell, Sort, HIDDEN};
    use crate::model::scorecard::tests::card;
    use crate::model::{Recommendation, Score, Scorecard};
    use std::collections::HashSet;

    pub(super) fn scored(
        id: &str,
        candidate: &str,
        interviewer: &str,
        scores: &[u8],
        from: Option<&str>,
    ) -> Scorecard {
        let mut c = card(&[1.0, 1.0]);
        c.id = id.into();
        c.candidate = candidate.into();
        c.interviewer = interviewer.into();
        for (i, s) in scores.iter().enumerate() {
            c.set_score(&format!("c{i}"), Score::new(*s), 2_000);
        }
        c.imported_from = from.map(String::from);
        c
    }

    pub(super) fn compare(cards: &[Scorecard], hidden: &HashSet<String>) -> Comparison {
        let refs: Vec<&Scorecard> = cards.iter().collect();
        Comparison::build(&refs, hidden, &Sort::default())
    }

    #[test]
    fn hidden_identities_leave_no_name_key_or_file_name_in_either_export() {
        let mut cards = vec![
            scored("1", "Ada Lovelace", "Me", &[3, 3], None),
            scored(
                "2",
                "Ada Lovelace",
                "Grace",
                &[4, 4],
                Some("ada-lovelace.json"),
            ),
        ];
        for c in &mut cards {
            c.candidate_id = "ats-4242".into();
        }
        let mut cmp = compare(&cards, &HashSet::new());
        cmp.hide_identities();
        for text in [comparison_csv(&cmp), super::comparison_html(&cmp, false)] {
            assert!(text.contains("Candidate 1"), "{text}");
            for secret in ["Ada", "Lovelace", "ats-4242", "ada-lovelace.json"] {
                assert!(!text.contains(secret), "{secret} leaks: {text}");
            }
        }
    }

    pub(super) fn hostile() -> Vec<Scorecard> {
        let mut cards = vec![
            scored(
                "a",
                "=HYPERLINK(\"http://x\")",
                "<script>alert(1)</script>",
                &[5, 1],
                None,
            ),
            scored(
                "b",
                "=HYPERLINK(\"http://x\")",
                "Grace \"G\", O'Neil",
                &[2, 1],
                Some("grace's=file.json"),
            ),
        ];
        cards[0].rubric.criteria[0].title = "@SUM(A1) <img src=x onerror=alert(1)>".into();
        cards[1].rubric.criteria[0].title = cards[0].rubric.criteria[0].title.clone();
        cards[0].set_recommendation(Some(Recommendation::Hire), 3_000);
        cards[1].set_recommendation(Some(Recommendation::StrongNoHire), 3_000);
        cards[0].complete(3_000);
        cards
    }

    #[test]
    fn csv_guards_formulas_in_every_text_cell_and_header() {
        let cards = hostile();
        let csv = comparison_csv(&compare(&cards, &blinded(&cards)));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "rubric,candidate,role,interviewer,source,status,'@SUM(A1) <img src=x onerror=alert(1)>,Title c1,\
             weighted_score,recommendation,verdict,red_flags,call_minutes,disagreement,drift"
        );
        assert_eq!(
            lines[1],
            "Test rubric,\"'=HYPERLINK(\"\"http://x\"\")\",Backend Engineer,<script>alert(1)</script>,yours,completed,\
             5,1,3.00,hire,pass,0,,Disagreement: spread 3 on @SUM(A1) <img src=x onerror=alert(1)>; Split hire / no hire,\
             \"'@SUM(A1) <img src=x onerror=alert(1)>: lenient (5.00 vs team 3.50, 1 candidate); Title c1: in line (1.00 vs team 1.00, 1 candidate)\""
        );
        assert_eq!(
            lines[2],
            "Test rubric,\"'=HYPERLINK(\"\"http://x\"\")\",Backend Engineer,\"Grace \"\"G\"\", O'Neil\",grace's=file.json,draft,\
             2,1,1.50,strong_no_hire,fail,0,,Disagreement: spread 3 on @SUM(A1) <img src=x onerror=alert(1)>; Split hire / no hire,\
             \"'@SUM(A1) <img src=x onerror=alert(1)>: severe (2.00 vs team 3.50, 1 candidate); Title c1: in line (1.00 vs team 1.00, 1 candidate)\""
        );
        assert_eq!(lines.len(), 4, "ends in CRLF");
    }

    #[test]
    fn csv_writes_hidden_where_blind_mode_hides() {
        let mut cards = hostile();
        cards[0].reopen(4_000);
        let csv = comparison_csv(&compare(&cards, &blinded(&cards)));
        let theirs = csv.split("\r\n").nth(2).unwrap();
        assert!(
            theirs.ends_with(",draft,hidden,hidden,hidden,hidden,hidden,hidden,,,hidden"),
            "{theirs}"
        );
        assert!(!csv.contains("Disagreement"));
    }

    #[test]
    fn csv_puts_each_rubric_in_its_own_columns() {
        let mut cards = vec![
            scored("a", "Ada", "G", &[4, 3], None),
            scored("b", "Bob", "G", &[2], None),
        ];
        cards[1].rubric.id = "other".into();
        cards[1].rubric.title = "Other kit".into();
        let csv = comparison_csv(&compare(&cards, &HashSet::new()));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert!(lines[0].contains(
            ",Other kit: Title c0,Other kit: Title c1,Test rubric: Title c0,Test rubric: Title c1,"
        ));
        assert!(
            lines[1].starts_with("Other kit,Bob,Backend Engineer,G,yours,draft,2,,,,"),
            "{}",
            lines[1]
        );
        assert!(
            lines[2].starts_with("Test rubric,Ada,Backend Engineer,G,yours,draft,,,4,3,"),
            "{}",
            lines[2]
        );
        for line in &lines[..3] {
            assert_eq!(line.matches(',').count(), lines[0].matches(',').count());
        }
    }

    #[test]
    fn cell_text_says_every_case_in_words() {
        assert_eq!(cell_text(Cell::Scored(Score::new(4).unwrap())), "4 Strong");
        assert_eq!(cell_text(Cell::Unscored), "Not scored");
        assert_eq!(cell_text(Cell::NotInVersion), "Not in this version");
        assert_eq!(cell_text(Cell::Hidden), HIDDEN);
    }
}
