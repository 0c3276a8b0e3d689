//! The comparison as one printable, self-contained HTML document: inline CSS, no script, no
//! URLs. Laid out from the [`ComparisonReport`] with maud templates; every user or rubric
//! string is spliced as [`Text`] or isolated [`Bdi`]; the export's own words as they are.

use super::report::{
    CandidateReport, ComparisonReport, DriftReport, GroupReport, RowReport, ScoreCell,
};
use crate::export::html::{document, Bdi, Text};
use crate::export::text::isolate;
use crate::model::compare::{calibration::SPLIT, Comparison, HIDDEN};
use maud::{html, Markup, Render};

/// The document's only styling: black on white with a light 1-5 scale, print-ready.
const STYLE: &str = "\
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body { margin: 0; font: 14px/1.45 system-ui, sans-serif; overflow-wrap: anywhere; }
main { max-width: 72rem; margin: 0 auto; padding: 24px 16px 32px; }
h1 { font-size: 24px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #000; }
h3 { font-size: 15px; margin: 16px 0 6px; }
p, ul { margin: 0 0 8px; }
.notes { font-size: 13px; }
table { border-collapse: collapse; width: 100%; margin: 0 0 12px; }
th, td { border: 1px solid #777; padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: #eee; }
.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.s1 { background: #f3d9d4; } .s2 { background: #f4e6cc; } .s3 { background: #e3e7ec; }
.s4 { background: #c9dcf3; } .s5 { background: #9fc0ea; }
.best { font-weight: 700; }
.muted { color: #444; font-style: italic; }
.flag { font-weight: 700; }
@page { margin: 12mm; size: landscape; }
@media print {
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  th, td { padding: 2px 4px; }
  .s1, .s2, .s3, .s4, .s5, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, .candidate { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
}
";

/// Inline user text: escaped and isolated from the words around it.
struct Inline<'a>(&'a str);

impl Render for Inline<'_> {
    fn render_to(&self, out: &mut String) {
        Bdi(&isolate(self.0)).render_to(out);
    }
}

/// The comparison as one self-contained HTML document. `blind` says whether blind mode was on.
pub fn comparison_html(cmp: &Comparison, blind: bool) -> String {
    let r = ComparisonReport::of(cmp, blind);
    let main = html! {
        main {
            "\n" h1 { "Candidate comparison" } "\n"
            p { (r.summary) } "\n"
            @for g in &r.groups { (group(g)) }
        }
    };
    document("Candidate comparison", STYLE, main)
}

/// A score in its colour, with a visible "best" mark; any other cell muted.
fn score_cell(cell: &ScoreCell) -> Markup {
    html! {
        @if let Some(value) = cell.score {
            td class={ "s" (value) @if cell.best { " best" } } {
                (Text(&cell.text)) @if cell.best { " \u{2605} best" }
            }
        } @else {
            td class="muted" { (Text(&cell.text)) }
        }
    }
}

/// A table with one header row of `head` cells, then the `body` rows.
fn table(head: Markup, body: Markup) -> Markup {
    html! {
        table {
            "\n" thead { "\n" tr { (head) } "\n" } "\n"
            tbody { "\n" (body) } "\n"
        }
        "\n"
    }
}

fn group(g: &GroupReport) -> Markup {
    html! {
        section {
            "\n" h2 dir="auto" { (Text(g.title)) } "\n"
            @if !g.notes.is_empty() {
                ul class="notes" {
                    "\n"
                    @for note in g.notes { li { (Inline(note)) } "\n" }
                }
                "\n"
            }
            (table(
                html! {
                    th scope="col" { "Candidate" } th scope="col" { "Interviewer" }
                    @for title in &g.columns { th scope="col" { (Inline(title)) } }
                    @for label in &g.figures { th scope="col" { (Text(label)) } }
                },
                html! { @for row in &g.rows { (matrix_row(row)) "\n" } },
            ))
            @if !g.candidates.is_empty() {
                h3 { "Calibration: candidates with several scorecards" } "\n"
                @for c in &g.candidates { (candidate(c)) }
            }
            (drift(&g.drift))
        }
        "\n"
    }
}

/// Rater drift: a captioned table, the word beside each number; or why it is hidden.
fn drift(d: &DriftReport) -> Markup {
    html! {
        @if let Some(reason) = &d.hidden {
            h3 { "Rater drift" } "\n"
            p class="muted" { (Text(reason)) } "\n"
        } @else if !d.rows.is_empty() {
            h3 { "Rater drift" } "\n"
            table {
                caption { "Rater drift: each interviewer's mean beside the team's mean over the same candidates" }
                "\n" thead { tr {
                    th scope="col" { "Interviewer" } th scope="col" { "Criterion" }
                    th scope="col" { "Their mean" } th scope="col" { "Scored" }
                    th scope="col" { "Team mean" } th scope="col" { "Drift" }
                } } "\n"
                tbody { "\n"
                    @for r in &d.rows {
                        tr {
                            th scope="row" { (Inline(r.interviewer)) }
                            td { (Inline(r.criterion)) }
                            td class="num" { (Text(&r.mean)) }
                            td class="num" { (Text(&r.count)) }
                            td class="num" { (Text(&r.team_mean)) }
                            td { strong { (r.lean) } " " span class="num" { "(" (Text(&r.difference)) ")" } }
                        }
                        "\n"
                    }
                }
            }
            "\n"
        }
    }
}

fn matrix_row(row: &RowReport) -> Markup {
    html! {
        tr {
            th scope="row" { (Inline(row.candidate)) }
            td { (Inline(row.interviewer)) br; span class="muted" { (Inline(&row.source)) } }
            @for cell in &row.cells { (score_cell(cell)) }
            @if let Some(f) = &row.figures {
                td class="num" { (Text(&f.total)) }
                td { (Text(f.recommendation)) }
                td { (Text(f.verdict)) " " span class="muted" { "(threshold " (Text(&f.threshold)) ")" } }
                td class="num" { (f.red_flags) }
            } @else {
                @for _ in 0..4 { td class="muted" { (HIDDEN) } }
            }
            td class="num" { (Text(&row.call)) }
        }
    }
}

fn candidate(c: &CandidateReport) -> Markup {
    html! {
        div class="candidate" {
            "\n"
            p {
                strong { (Inline(c.name)) }
                @if c.hidden {
                    " " span class="muted" { "Colleagues' scores: " (HIDDEN) }
                } @else if c.disagreements.is_empty() {
                    " No disagreement."
                } @else {
                    " " span class="flag" { (Text(&c.disagreements)) }
                }
            }
            "\n"
            (table(
                html! {
                    th scope="col" { "Criterion" }
                    @for r in &c.raters {
                        th scope="col" { (Inline(r.interviewer)) " " span class="muted" { (Inline(&r.source)) } }
                    }
                    th scope="col" { "Mean" } th scope="col" { "Spread" }
                },
                html! {
                    @for stats in &c.criteria {
                        tr {
                            th scope="row" { (Inline(stats.title)) }
                            @for cell in &stats.cells { (score_cell(cell)) }
                            td class="num" { (Text(&stats.mean)) }
                            td class="num" {
                                (Text(&stats.spread))
                                @if let Some(flag) = &stats.flag { " " span class="flag" { (Text(flag)) } }
                            }
                        }
                        "\n"
                    }
                    tr {
                        th scope="row" { "Recommendation" }
                        @for r in &c.raters { td { (Text(r.recommendation)) } }
                        td colspan="2" { @if c.split { span class="flag" { (SPLIT) } } }
                    }
                    "\n"
                },
            ))
        }
        "\n"
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{compare, hostile};
    use super::*;
    use crate::model::compare::blinded;

    #[test]
    fn html_is_self_contained_and_escapes_everything() {
        let cards = hostile();
        let html = comparison_html(&compare(&cards, &blinded(&cards)), true);
        assert!(html.starts_with("<!doctype html>"));
        assert!(!html.contains("<script"), "no script, even from a name");
        assert!(!html.contains("<img"));
        // The URL in the name is text, never a link or a resource.
        assert!(!html.contains("href") && !html.contains("src="));
        assert!(!html.contains("url("));
        assert!(!html.contains(" onerror="));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("grace&#39;s&#61;file.json"));
        assert!(html.contains("5 Exceptional \u{2605} best"));
        assert!(html.contains("Disagreement: spread 3"));
        assert!(html.contains(SPLIT));
        assert_eq!(html.matches("<style>").count(), 1);
    }

    #[test]
    fn html_keeps_hidden_scores_hidden() {
        let mut cards = hostile();
        cards[0].reopen(4_000);
        let html = comparison_html(&compare(&cards, &blinded(&cards)), true);
        assert!(html.contains(HIDDEN));
        assert!(!html.contains("Strong No Hire"));
        assert!(!html.contains("1.50"));
        assert!(!html.contains("2 Below bar"));
    }

    #[test]
    fn html_shows_rater_drift_with_the_word_beside_the_number() {
        let cards = hostile();
        let html = comparison_html(&compare(&cards, &blinded(&cards)), true);
        assert!(html.contains("<caption>Rater drift: each interviewer"));
        assert!(html.contains(
            "<td class=\"num\">5.00</td><td class=\"num\">1 candidate</td><td class=\"num\">3.50</td><td><strong>lenient</strong> <span class=\"num\">(+1.50)</span></td>"
        ), "{html}");
        assert!(html.contains("<strong>severe</strong> <span class=\"num\">(-1.50)</span>"));
    }

    #[test]
    fn html_says_why_rater_drift_is_hidden() {
        let mut cards = hostile();
        cards[0].reopen(4_000);
        let html = comparison_html(&compare(&cards, &blinded(&cards)), true);
        assert!(html.contains("Rater drift is hidden until your scorecard of"));
        assert!(!html.contains("lenient") && !html.contains("severe"));
    }
}
