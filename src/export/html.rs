//! HTML export: one self-contained document per scorecard, to open from disk, paste into a
//! wiki or print. Inline CSS only; no script, no external resources, no URLs, no event
//! handlers. Laid out from the scorecard's [`Report`] with maud templates; every user-entered
//! or rubric string is spliced as [`Text`] (or [`Bdi`]), which escapes it with
//! [`escape_html`]. Text that sits inline beside other words is also wrapped in `<bdi>` so
//! right-to-left text or a stray override character cannot reorder what follows it.

use super::report::{Note, Report};
use super::text::isolate;
use crate::model::Scorecard;
use maud::{html, Markup, PreEscaped, Render};

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
    escape_into(s, &mut out);
    out
}

fn escape_into(s: &str, out: &mut String) {
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
}

/// Text spliced into a template: escaped with [`escape_html`], stricter than maud's default
/// (which leaves `'` and `=`). The only way user or rubric text enters an export's HTML.
pub(crate) struct Text<'a>(pub &'a str);

impl Render for Text<'_> {
    fn render_to(&self, out: &mut String) {
        escape_into(self.0, out);
    }
}

/// Inline user text: escaped and isolated from the words around it by `<bdi>`.
pub(crate) struct Bdi<'a>(pub &'a str);

impl Render for Bdi<'_> {
    fn render_to(&self, out: &mut String) {
        html! { bdi { (Text(self.0)) } }.render_to(out);
    }
}

/// A note's lines, escaped and joined with `<br>`, so the breaks survive a wiki that drops
/// the style sheet.
struct Lines<'a>(Note<'a>);

impl Render for Lines<'_> {
    fn render_to(&self, out: &mut String) {
        for (i, line) in self.0.lines().into_iter().enumerate() {
            if i > 0 {
                html! { br; }.render_to(out);
            }
            Text(line.trim_end()).render_to(out);
        }
    }
}

/// A paragraph of notes, or nothing for empty notes.
fn notes(note: Note) -> Markup {
    html! {
        @if !note.is_empty() {
            p class="notes" dir="auto" { (Lines(note)) } "\n"
        }
    }
}

/// A `<dl class="facts">` of terms and values.
fn facts<const N: usize>(facts: [(&str, Markup); N]) -> Markup {
    html! {
        dl class="facts" {
            "\n"
            @for (term, value) in facts {
                dt { (term) } dd { (value) } "\n"
            }
        }
        "\n"
    }
}

/// What an exported HTML file may load or run: its own inline styles, nothing else. Even if text
/// ever slipped past escaping, the file could run no script and fetch nothing.
pub const EXPORT_CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// An exported HTML document: doctype, charset, the Content-Security-Policy, viewport,
/// `title`, the inline `style`, and `main` as the body.
pub(crate) fn document(title: impl Render, style: &str, main: Markup) -> String {
    html! {
        (PreEscaped("<!doctype html>\n"))
        html lang="en" {
            "\n"
            head {
                "\n"
                meta charset="utf-8"; "\n"
                meta http-equiv="Content-Security-Policy" content=(EXPORT_CSP); "\n"
                meta name="viewport" content="width=device-width, initial-scale=1"; "\n"
                title { (title) } "\n"
                style { "\n" (PreEscaped(style)) } "\n"
            }
            "\n"
            body { "\n" (main) "\n" }
            "\n"
        }
        "\n"
    }
    .into_string()
}

/// The scorecard as one self-contained HTML document.
pub fn scorecard_html(card: &Scorecard) -> String {
    let r = Report::of(card);
    let title = format!("Scorecard: {}", isolate(r.candidate));
    let main = html! {
        main class="scorecard" {
            "\n" (header(&r)) (result(&r)) (criteria(&r)) (questions(&r))
            section class="overall" {
                "\n" h2 { "Overall notes" } "\n"
                @if r.notes.is_empty() {
                    p class="none" { "No overall notes." } "\n"
                } @else {
                    (notes(r.notes))
                }
            }
            "\n"
        }
    };
    document(Text(&title), STYLE, main)
}

fn header(r: &Report) -> Markup {
    let text = |s: &str| html! { (Text(s)) };
    let bdi = |s: &str| html! { (Bdi(s)) };
    html! {
        header {
            "\n" p class="kicker" { "Interview scorecard" } "\n"
            h1 dir="auto" { (Text(r.candidate)) } "\n"
            (facts([
                ("Role", bdi(r.role)),
                ("Interviewer", bdi(r.interviewer)),
                ("Date", bdi(r.date)),
                ("Rubric", bdi(r.rubric)),
                ("Status", text(&r.status)),
                ("Call length", text(&r.call_length)),
            ]))
            @if !r.candidate_key.is_empty() {
                p class="candidate-key" { "Candidate key: " (Bdi(r.candidate_key)) } "\n"
            }
        }
        "\n"
    }
}

fn result(r: &Report) -> Markup {
    let text = |s: &str| html! { (Text(s)) };
    let strong = |s: &str| html! { strong { (Text(s)) } };
    html! {
        section class="result" {
            "\n" h2 { "Result" } "\n"
            (facts([
                ("Recommendation", strong(r.recommendation)),
                ("The rule says", text(&r.rule)),
                ("Weighted score", strong(&r.weighted_score)),
                ("Completion", text(&r.completion)),
                ("Pass threshold", text(&r.threshold)),
                ("Verdict", strong(r.verdict)),
            ]))
            @if !r.reason.is_empty() {
                p class="reason" { strong { "Why the recommendation differs from the rule: " } (Bdi(r.reason)) } "\n"
            }
            p class="rule" { (Text(&r.decision_rule)) } "\n"
            @if let Some(first) = &r.first_impression {
                p class="first-impression" { "First impression: " (Text(first)) } "\n"
            }
            @if !r.threshold_changes.is_empty() {
                ul class="changes" {
                    "\n"
                    @for change in &r.threshold_changes {
                        li { (Text(change)) } "\n"
                    }
                }
                "\n"
            }
            @if let Some(gaps) = &r.gaps {
                p class="gaps" { (Text(gaps)) } "\n"
            }
            @if !r.revisions.is_empty() {
                h3 { "Revised after completion" } "\n"
                ul class="revisions" {
                    "\n"
                    @for revision in &r.revisions {
                        li { (Bdi(revision)) } "\n"
                    }
                }
                "\n"
            }
            h3 { "Red flags" } "\n"
            @if r.red_flags.is_empty() {
                p class="none" { "None ticked." } "\n"
            } @else {
                ul class="flags" {
                    "\n"
                    @for flag in &r.red_flags {
                        li { (Bdi(flag.text)) @if flag.own { (Text(" (interviewer's own)")) } } "\n"
                    }
                }
                "\n"
            }
        }
        "\n"
    }
}

/// A section of `class` headed `heading`, each entry in a `div` of `item`; nothing without
/// entries.
fn section(class: &str, heading: &str, item: &str, entries: Vec<Markup>) -> Markup {
    html! {
        @if !entries.is_empty() {
            section class=(class) {
                "\n" h2 { (heading) } "\n"
                @for entry in entries {
                    div class=(item) { "\n" (entry) } "\n"
                }
            }
            "\n"
        }
    }
}

fn criteria(r: &Report) -> Markup {
    let entries = r.criteria.iter().map(|c| {
        html! {
            div class="head" {
                "\n" h3 dir="auto" { (Text(c.title)) } "\n"
                p class="score" {
                    strong { (Text(&c.score)) }
                    @if let Some(weight) = &c.weight { " · " (Text(weight)) }
                }
                "\n"
            }
            "\n"
            @if !c.assesses.trim().is_empty() {
                p class="assesses" dir="auto" { (Text(c.assesses)) } "\n"
            }
            @if let Some(level) = c.level {
                p class="level" dir="auto" { (Text(level)) } "\n"
            }
            (notes(c.notes))
        }
    });
    section("criteria", "Criteria", "criterion", entries.collect())
}

fn questions(r: &Report) -> Markup {
    let entries = r.questions.iter().enumerate().map(|(i, q)| {
        html! {
            h3 { (i + 1) ". " (Bdi(q.text)) } "\n"
            p class="meta" { (Text(&q.meta)) } "\n"
            @if let Some(star) = &q.star {
                p class="star" { (Text(star)) } "\n"
            }
            (notes(q.notes))
        }
    });
    html! {
        (section("questions", "Questions asked", "question", entries.collect()))
        (unasked("skipped", "Skipped (not asked)", &r.skipped))
        (unasked("planned", "Planned, not yet asked", &r.planned))
    }
}

/// A list of picked questions that were not asked; nothing when there are none.
fn unasked(class: &str, heading: &str, texts: &[&str]) -> Markup {
    html! {
        @if !texts.is_empty() {
            section class=(class) {
                "\n" h2 { (heading) } "\n"
                ul {
                    "\n"
                    @for text in texts {
                        li { (Bdi(text)) } "\n"
                    }
                }
                "\n"
            }
            "\n"
        }
    }
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;
