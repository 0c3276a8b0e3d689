//! HTML export: one self-contained document per scorecard, to open from disk, paste into a
//! wiki or print. Inline CSS only; no script, no external resources, no URLs, no event
//! handlers. Every user-entered or rubric string goes through [`escape_html`]; text that sits
//! inline beside other words is also wrapped in `<bdi>` so right-to-left text or a stray
//! override character cannot reorder what follows it.

use super::facts;
use crate::model::Scorecard;

/// The document's only styling: system fonts, black on white, print-ready on A4 and Letter.
const STYLE: &str = "\
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #fff; color: #000; }
body {
  margin: 0;
  font: 15px/1.5 system-ui, sans-serif;
  overflow-wrap: anywhere;
}
main { max-width: 46rem; margin: 0 auto; padding: 24px 16px 32px; }
h1 { font-size: 24px; line-height: 1.25; margin: 0 0 12px; }
h2 {
  font-size: 18px; line-height: 1.3; margin: 24px 0 8px;
  padding-bottom: 4px; border-bottom: 2px solid #000;
}
h3 { font-size: 15px; line-height: 1.4; margin: 0 0 4px; }
p, ul, ol, dl { margin: 0 0 8px; }
ul, ol { padding-left: 24px; }
.kicker { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; margin: 0 0 4px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.criterion, .question { border-top: 1px solid #000; padding: 8px 0 4px; }
.criterion p, .question p { margin-bottom: 4px; }
.head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 16px; align-items: baseline; }
.head h3, .head .score { margin: 0 0 4px; }
h2 + .criterion, h2 + .question { border-top: none; padding-top: 0; }
.assesses, .meta, .star, .changes { font-size: 13px; }
.level { font-style: italic; }
.notes { margin-left: 0; }
.none { font-style: italic; }
@page { margin: 15mm; }
@media print {
  html, body { background: #fff; color: #000; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; margin-top: 14pt; }
  h3 { font-size: 10.5pt; }
  .kicker, .assesses, .meta, .star, .changes { font-size: 9pt; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .facts, .criterion, .question, .flags li {
    break-inside: avoid; page-break-inside: avoid;
  }
}
";

/// Escapes text for HTML element content and quoted attribute values: `&`, `<`, `>`, `"`,
/// `'`, and `=` (so no attribute-like `name=` text survives even inside text).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '=' => out.push_str("&#61;"),
            _ => out.push(ch),
        }
    }
    out
}

/// Inline user text: escaped and isolated from the words around it.
fn inline(s: &str) -> String {
    format!("<bdi>{}</bdi>", escape_html(s))
}

/// A note's lines, escaped and joined with `<br>`, so the breaks survive a wiki that drops
/// the style sheet.
fn note_lines(s: &str) -> String {
    facts::lines(s)
        .into_iter()
        .map(|l| escape_html(l.trim_end()))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// A paragraph of notes with `class`, or nothing for empty notes.
fn notes(out: &mut String, class: &str, s: &str) {
    if !s.trim().is_empty() {
        out.push_str(&format!(
            "<p class=\"{class}\" dir=\"auto\">{}</p>\n",
            note_lines(s)
        ));
    }
}

/// One fact of a `<dl class="facts">`; `value` is already HTML.
fn fact(out: &mut String, term: &str, value: &str) {
    out.push_str(&format!("<dt>{term}</dt><dd>{value}</dd>\n"));
}

/// What an exported HTML file may load or run: its own inline styles, nothing else. Even if text
/// ever slipped past escaping, the file could run no script and fetch nothing.
pub const EXPORT_CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// The start of an exported HTML document, up to its `<title>`: doctype, charset, viewport and
/// the Content-Security-Policy.
pub(crate) fn document_start(out: &mut String) {
    out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{EXPORT_CSP}\">\n"
    ));
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
}

/// The scorecard as one self-contained HTML document.
pub fn scorecard_html(card: &Scorecard) -> String {
    let candidate = facts::candidate(card);
    let mut out = String::with_capacity(8 * 1024);
    document_start(&mut out);
    out.push_str(&format!(
        "<title>Scorecard: {}</title>\n",
        escape_html(&facts::isolate(candidate))
    ));
    out.push_str("<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main class=\"scorecard\">\n");

    header(&mut out, card, candidate);
    result(&mut out, card);
    criteria(&mut out, card);
    questions(&mut out, card);

    out.push_str("<section class=\"overall\">\n<h2>Overall notes</h2>\n");
    if card.notes.trim().is_empty() {
        out.push_str("<p class=\"none\">No overall notes.</p>\n");
    } else {
        notes(&mut out, "notes", &card.notes);
    }
    out.push_str("</section>\n</main>\n</body>\n</html>\n");
    out
}

fn header(out: &mut String, card: &Scorecard, candidate: &str) {
    out.push_str("<header>\n<p class=\"kicker\">Interview scorecard</p>\n");
    out.push_str(&format!(
        "<h1 dir=\"auto\">{}</h1>\n",
        escape_html(candidate)
    ));
    out.push_str("<dl class=\"facts\">\n");
    let dash = "Not recorded";
    fact(
        out,
        "Role",
        &inline(facts::or_placeholder(&card.role, dash)),
    );
    fact(
        out,
        "Interviewer",
        &inline(facts::or_placeholder(&card.interviewer, dash)),
    );
    fact(
        out,
        "Date",
        &inline(facts::or_placeholder(&card.date, dash)),
    );
    fact(out, "Rubric", &inline(&card.rubric.title));
    fact(out, "Status", &escape_html(&facts::status(card)));
    fact(out, "Call length", &escape_html(&facts::call_length(card)));
    out.push_str("</dl>\n</header>\n");
}

fn result(out: &mut String, card: &Scorecard) {
    out.push_str("<section class=\"result\">\n<h2>Result</h2>\n<dl class=\"facts\">\n");
    let strong = |s: &str| format!("<strong>{}</strong>", escape_html(s));
    fact(out, "Recommendation", &strong(facts::recommendation(card)));
    fact(out, "Weighted score", &strong(&facts::weighted_score(card)));
    fact(out, "Completion", &escape_html(&facts::completion(card)));
    fact(out, "Pass threshold", &escape_html(&facts::threshold(card)));
    fact(out, "Verdict", &strong(card.verdict().label()));
    out.push_str("</dl>\n");
    if !card.threshold_changes.is_empty() {
        out.push_str("<ul class=\"changes\">\n");
        for change in &card.threshold_changes {
            out.push_str(&format!(
                "<li>{}</li>\n",
                escape_html(&facts::threshold_change(change))
            ));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<h3>Red flags</h3>\n");
    if card.red_flags.is_empty() {
        out.push_str("<p class=\"none\">None ticked.</p>\n");
    } else {
        out.push_str("<ul class=\"flags\">\n");
        for flag in &card.red_flags {
            let own = if flag.custom {
                " (interviewer&#39;s own)"
            } else {
                ""
            };
            out.push_str(&format!("<li>{}{own}</li>\n", inline(&flag.text)));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

fn criteria(out: &mut String, card: &Scorecard) {
    let criteria = facts::criteria(card);
    if criteria.is_empty() {
        return;
    }
    out.push_str("<section class=\"criteria\">\n<h2>Criteria</h2>\n");
    for c in criteria {
        out.push_str("<div class=\"criterion\">\n");
        out.push_str(&format!(
            "<div class=\"head\">\n<h3 dir=\"auto\">{}</h3>\n",
            escape_html(c.title)
        ));
        let weight = c
            .weight
            .map(|w| format!(" · {}", escape_html(&w)))
            .unwrap_or_default();
        out.push_str(&format!(
            "<p class=\"score\"><strong>{}</strong>{weight}</p>\n",
            escape_html(&facts::score(c.score))
        ));
        out.push_str("</div>\n");
        if !c.assesses.trim().is_empty() {
            out.push_str(&format!(
                "<p class=\"assesses\" dir=\"auto\">{}</p>\n",
                escape_html(c.assesses)
            ));
        }
        if let Some(level) = c.level.filter(|l| !l.trim().is_empty()) {
            out.push_str(&format!(
                "<p class=\"level\" dir=\"auto\">{}</p>\n",
                escape_html(level)
            ));
        }
        notes(out, "notes", c.notes);
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

fn questions(out: &mut String, card: &Scorecard) {
    if card.questions.is_empty() {
        return;
    }
    out.push_str("<section class=\"questions\">\n<h2>Questions asked</h2>\n");
    for (i, q) in card.questions.iter().enumerate() {
        out.push_str("<div class=\"question\">\n");
        out.push_str(&format!("<h3>{}. {}</h3>\n", i + 1, inline(q.text.trim())));
        out.push_str(&format!(
            "<p class=\"meta\">{}</p>\n",
            escape_html(&facts::question_meta(card, q).join(" · "))
        ));
        if let Some(star) = facts::star_l(q) {
            out.push_str(&format!("<p class=\"star\">{}</p>\n", escape_html(&star)));
        }
        notes(out, "notes", &q.notes);
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;
