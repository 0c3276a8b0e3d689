//! The comparison as one printable, self-contained HTML document: inline CSS, no script, no
//! URLs; every user or rubric string escaped and isolated.

use super::cell_text;
use crate::export::html::{document_start, escape_html};
use crate::export::text::isolate;
use crate::model::compare::{
    calibration::{mean_label, spread_label, SPLIT},
    interviewer_label, source_label, Cell, Column, Comparison, Row, RubricGroup, HIDDEN,
};
use crate::model::timer::clock;
use crate::model::Recommendation;

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
fn inline(s: &str) -> String {
    format!("<bdi>{}</bdi>", escape_html(&isolate(s)))
}

/// The comparison as one self-contained HTML document. `blind` says whether blind mode was on.
pub fn comparison_html(cmp: &Comparison, blind: bool) -> String {
    let mut out = String::with_capacity(16 * 1024 + cmp.card_count() * 1024);
    document_start(&mut out);
    out.push_str("<title>Candidate comparison</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main>\n<h1>Candidate comparison</h1>\n");
    let rubrics = cmp.groups.len();
    out.push_str(&format!(
        "<p>{} scorecards, {} {}. Blind mode {}.</p>\n",
        cmp.card_count(),
        rubrics,
        if rubrics == 1 { "rubric" } else { "rubrics, compared apart" },
        if blind { "on: colleagues' scores of a candidate stay hidden until your own scorecard is completed" } else { "off" }
    ));
    for g in &cmp.groups {
        group(&mut out, g);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn score_cell(g: &RubricGroup, row: &Row, i: usize) -> String {
    let cell = row.cells[i];
    match cell {
        Cell::Scored(s) => {
            let best = g.is_best(row, i);
            format!(
                "<td class=\"s{}{}\">{}{}</td>",
                s.value(),
                if best { " best" } else { "" },
                escape_html(&cell_text(cell)),
                if best { " \u{2605} best" } else { "" }
            )
        }
        _ => format!("<td class=\"muted\">{}</td>", escape_html(&cell_text(cell))),
    }
}

fn group(out: &mut String, g: &RubricGroup) {
    out.push_str(&format!(
        "<section>\n<h2 dir=\"auto\">{}</h2>\n",
        escape_html(&g.title)
    ));
    if !g.notes.is_empty() {
        out.push_str("<ul class=\"notes\">\n");
        for note in &g.notes {
            out.push_str(&format!("<li>{}</li>\n", inline(note)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(
        "<table>\n<thead>\n<tr><th scope=\"col\">Candidate</th><th scope=\"col\">Interviewer</th>",
    );
    for col in &g.columns {
        out.push_str(&format!("<th scope=\"col\">{}</th>", inline(&col.title)));
    }
    for col in Column::FIGURES {
        out.push_str(&format!("<th scope=\"col\">{}</th>", col.label(&g.columns)));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in &g.rows {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{}<br><span class=\"muted\">{}</span></td>",
            inline(row.candidate_label()),
            inline(row.interviewer_label()),
            inline(&row.source_label())
        ));
        for i in 0..g.columns.len() {
            out.push_str(&score_cell(g, row, i));
        }
        if row.hidden {
            for _ in 0..4 {
                out.push_str(&format!("<td class=\"muted\">{HIDDEN}</td>"));
            }
        } else {
            out.push_str(&format!(
                "<td class=\"num\">{}</td><td>{}</td><td>{} <span class=\"muted\">(threshold {:.2})</span></td><td class=\"num\">{}</td>",
                row.total.map_or_else(|| "Nothing scored".to_string(), |t| format!("{t:.2} / 5")),
                Recommendation::label_of(row.recommendation),
                row.verdict.word(),
                row.threshold,
                row.red_flags
            ));
        }
        out.push_str(&format!(
            "<td class=\"num\">{}</td></tr>\n",
            row.call_ms.map_or_else(|| "Not started".to_string(), clock)
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    calibration(out, g);
    out.push_str("</section>\n");
}

fn calibration(out: &mut String, g: &RubricGroup) {
    if g.candidates.is_empty() {
        return;
    }
    out.push_str("<h3>Calibration: candidates with several scorecards</h3>\n");
    for c in &g.candidates {
        out.push_str("<div class=\"candidate\">\n");
        let flags = c.disagreements(&g.columns);
        out.push_str(&format!(
            "<p><strong>{}</strong>{}</p>\n",
            inline(c.display_name()),
            if c.hidden {
                format!(" <span class=\"muted\">Colleagues' scores: {HIDDEN}</span>")
            } else if flags.is_empty() {
                " No disagreement.".to_string()
            } else {
                format!(
                    " <span class=\"flag\">{}</span>",
                    escape_html(&flags.join("; "))
                )
            }
        ));
        out.push_str("<table>\n<thead>\n<tr><th scope=\"col\">Criterion</th>");
        for r in &c.raters {
            out.push_str(&format!(
                "<th scope=\"col\">{} <span class=\"muted\">{}</span></th>",
                inline(interviewer_label(&r.interviewer)),
                inline(&source_label(r.source.as_deref()))
            ));
        }
        out.push_str(
            "<th scope=\"col\">Mean</th><th scope=\"col\">Spread</th></tr>\n</thead>\n<tbody>\n",
        );
        for (stats, col) in c.criteria.iter().zip(&g.columns) {
            out.push_str(&format!(
                "<tr><th scope=\"row\">{}</th>",
                inline(&col.title)
            ));
            for cell in &stats.scores {
                match cell {
                    Cell::Scored(s) => out.push_str(&format!(
                        "<td class=\"s{}\">{}</td>",
                        s.value(),
                        escape_html(&s.to_string())
                    )),
                    other => out.push_str(&format!(
                        "<td class=\"muted\">{}</td>",
                        escape_html(&cell_text(*other))
                    )),
                }
            }
            let dash = if c.hidden { HIDDEN } else { "\u{2013}" };
            out.push_str(&format!(
                "<td class=\"num\">{}</td><td class=\"num\">{}{}</td></tr>\n",
                stats.mean.map_or_else(|| dash.to_string(), mean_label),
                stats
                    .spread
                    .map_or_else(|| dash.to_string(), |s| s.to_string()),
                if stats.disagreement {
                    format!(
                        " <span class=\"flag\">{}</span>",
                        spread_label(stats.spread.unwrap_or(0))
                    )
                } else {
                    String::new()
                }
            ));
        }
        out.push_str("<tr><th scope=\"row\">Recommendation</th>");
        for r in &c.raters {
            let text = if r.hidden {
                HIDDEN
            } else {
                Recommendation::label_of(r.recommendation)
            };
            out.push_str(&format!("<td>{}</td>", escape_html(text)));
        }
        out.push_str(&format!(
            "<td colspan=\"2\">{}</td></tr>\n</tbody>\n</table>\n</div>\n",
            if c.split {
                format!("<span class=\"flag\">{SPLIT}</span>")
            } else {
                String::new()
            }
        ));
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
}
