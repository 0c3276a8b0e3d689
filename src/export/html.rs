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

/// The scorecard as one self-contained HTML document.
pub fn scorecard_html(card: &Scorecard) -> String {
    let candidate = facts::candidate(card);
    let mut out = String::with_capacity(8 * 1024);
    out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
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
mod tests {
    use super::*;
    use crate::export::facts::fixtures::{self, golden, HOSTILE};

    /// The document's tags, outside the style sheet, as `name attr="v" ...` without brackets.
    fn tags(html: &str) -> Vec<&str> {
        let (head, rest) = html.split_once("<style>").unwrap();
        let (_, body) = rest.split_once("</style>").unwrap();
        let mut tags = Vec::new();
        for part in [head, body] {
            let mut rest = part;
            while let Some(start) = rest.find('<') {
                let end = rest[start..].find('>').expect("every tag closes") + start;
                tags.push(&rest[start + 1..end]);
                rest = &rest[end + 1..];
            }
        }
        tags
    }

    /// Text as a reader sees it: tags dropped, `<br>` as a line end, entities decoded.
    fn text_of(html: &str) -> String {
        let body = html.replace("<br>", "\n");
        let mut text = String::new();
        let mut in_tag = false;
        for ch in body.chars() {
            match ch {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                _ if !in_tag => text.push(ch),
                _ => {}
            }
        }
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#61;", "=")
            .replace("&amp;", "&")
    }

    #[test]
    fn escaping_covers_the_five_characters_and_equals() {
        assert_eq!(
            escape_html(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href&#61;&quot;x&quot; title&#61;&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape_html("plain ✓ مرحبا"), "plain ✓ مرحبا");
    }

    #[test]
    fn golden_realistic_card() {
        // Regenerate with `UPDATE_GOLDEN=1 cargo test --lib export`, then review the diff.
        golden("scorecard.html", &scorecard_html(&fixtures::realistic()));
    }

    #[test]
    fn the_document_is_self_contained() {
        let html = scorecard_html(&fixtures::realistic());
        assert!(html.starts_with("<!doctype html>\n"));
        assert!(html.contains("<meta charset=\"utf-8\">"));
        assert!(html.contains("<title>Scorecard: Ada Lovelace</title>"));
        assert!(html.contains("@page { margin: 15mm; }"));
        assert!(html.contains("system-ui"));
        let lower = html.to_lowercase();
        for banned in [
            "<script", "<link", "<img", "<iframe", "url(", "@import", "http",
        ] {
            assert!(!lower.contains(banned), "{banned}");
        }
        assert_eq!(html.matches("<style>").count(), 1);
    }

    #[test]
    fn the_realistic_card_shows_every_fact() {
        let card = fixtures::realistic();
        let text = text_of(&scorecard_html(&card));
        for expected in [
            "Ada Lovelace",
            "Backend Engineer",
            "Grace Hopper",
            "2026-11-22",
            "Backend behavioral (STAR-L)",
            "Completed (completed late)",
            "Call length",
            "29:40 (planned 30 min)",
            "Hire",
            "3.50 / 5",
            "6 of 6 criteria scored",
            "3.20",
            "Passes the threshold",
            "Pass threshold unlocked and changed from 3.00 to 3.20 (2026-11-22 05:38 UTC).",
            "4 Strong",
            "3 Meets bar",
            "Behavioral · answer 1:35 · 4 Strong",
            "Technical · ad hoc · answer 2:05 · 4 Strong",
            "STAR-L: ✓ Situation · ✓ Task · – Action · – Result · – Learning (2 of 5)",
            "Joined ten minutes late without a message (interviewer's own)",
            "Payments outage, Black Friday 2024.\nRolled back within 12 min",
            "Solid owner of production systems; hire for the payments team.\n\nProbe cost",
        ] {
            assert!(text.contains(expected), "missing {expected:?}");
        }
        // The level descriptor of each chosen score.
        for c in &card.rubric.criteria {
            let score = card.score_of(&c.id).unwrap();
            assert!(text.contains(&c.levels[score.index()]), "{}", c.id);
        }
        // Questions in their asked order.
        let positions: Vec<usize> = card
            .questions
            .iter()
            .map(|q| text.find(&q.text).unwrap())
            .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn every_criterion_title_and_note_appears() {
        for card in [
            fixtures::realistic(),
            fixtures::draft(),
            fixtures::hostile(),
        ] {
            let text = text_of(&scorecard_html(&card));
            for c in &card.rubric.criteria {
                assert!(text.contains(&c.title), "{}", c.title);
            }
            let notes = card
                .criteria
                .iter()
                .map(|e| &e.notes)
                .chain(card.questions.iter().map(|q| &q.notes))
                .chain([&card.notes]);
            for note in notes {
                assert!(text.contains(note.trim()), "{note:?}");
            }
        }
    }

    #[test]
    fn every_built_in_kit_exports_its_criteria_and_picked_questions() {
        for rubric in crate::rubrics::built_in() {
            let mut card = crate::model::Scorecard::start(
                "id".into(),
                crate::model::NewScorecard::default(),
                rubric,
                "2026-11-22".into(),
                fixtures::T0,
            );
            let ids: Vec<String> = card
                .rubric
                .question_bank
                .iter()
                .map(|q| q.id.clone())
                .collect();
            for id in ids.iter().take(3) {
                card.pick_question(id, fixtures::T0);
            }
            let text = text_of(&scorecard_html(&card));
            for c in &card.rubric.criteria {
                assert!(text.contains(&c.title), "{}: {}", card.rubric.id, c.title);
            }
            for q in &card.questions {
                assert!(text.contains(&q.text), "{}: {}", card.rubric.id, q.id);
                if card.rubric.score_answers {
                    assert!(
                        text.contains("not timed · Not scored"),
                        "{}",
                        card.rubric.id
                    );
                }
            }
        }
    }

    #[test]
    fn unscored_criteria_and_an_empty_card_read_plainly() {
        let mut card = fixtures::draft();
        card.candidate = "  ".into();
        let html = scorecard_html(&card);
        let text = text_of(&html);
        assert!(html.contains("<title>Scorecard: Unnamed candidate</title>"));
        for expected in [
            "Not scored",
            "Not started",
            "No recommendation",
            "Not everything scored yet",
            "2 of 3 criteria scored",
            "None ticked.",
            "No overall notes.",
            "weight 2",
        ] {
            assert!(text.contains(expected), "missing {expected:?}");
        }
        assert!(
            !html.contains("Questions asked"),
            "no questions, no section"
        );
    }

    #[test]
    fn hostile_text_stays_text() {
        let card = fixtures::hostile();
        let html = scorecard_html(&card);
        for banned in ["<script", "<img", " onerror=", "</style><", "href", "src="] {
            assert!(!html.contains(banned), "raw output contains {banned:?}");
        }
        assert_eq!(html.matches("</style>").count(), 1);
        assert!(html.contains("<title>Scorecard: &lt;script&gt;alert(1)&lt;/script&gt;</title>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;"));
        assert!(html.contains("&lt;/style&gt;&lt;script&gt;"));
        // Only the tags and attributes the export writes itself.
        let allowed = [
            "html", "head", "meta", "title", "style", "body", "main", "header", "section", "h1",
            "h2", "h3", "p", "dl", "dt", "dd", "ul", "ol", "li", "div", "strong", "bdi", "br",
        ];
        for tag in tags(&html).into_iter().filter(|t| !t.starts_with('!')) {
            let tag = tag.trim_start_matches('/');
            let mut words = tag.split(' ');
            let name = words.next().unwrap();
            assert!(allowed.contains(&name), "unexpected tag <{tag}>");
            for attr in words {
                let key = attr.split('=').next().unwrap();
                assert!(
                    ["lang", "charset", "name", "content", "class", "dir"].contains(&key)
                        || attr == "initial-scale=1\"",
                    "unexpected attribute {attr:?} in <{tag}>"
                );
            }
        }
        // Every hostile string survives as text, in each place it was typed.
        let text = text_of(&html);
        for s in HOSTILE {
            assert!(text.contains(s), "lost {s:?}");
            assert!(text.contains(&format!("{s}\nsecond line")), "note {s:?}");
            assert!(text.contains(&format!("Level {s}")), "level {s:?}");
        }
        assert!(text.contains(&fixtures::long_text()));
        assert!(text.contains(&HOSTILE.join("\n")));
    }

    #[test]
    fn inline_user_text_is_isolated_for_bidi() {
        let mut card = fixtures::draft();
        card.candidate = "\u{202E}Eve".into();
        card.role = "\u{202E}Admin".into();
        let html = scorecard_html(&card);
        assert!(html.contains("<title>Scorecard: \u{2068}\u{202E}Eve\u{2069}</title>"));
        assert!(html.contains("<dd><bdi>\u{202E}Admin</bdi></dd>"));
    }

    #[test]
    fn the_export_is_deterministic_and_reads_timers_at_the_call_end() {
        let card = fixtures::realistic();
        assert_eq!(scorecard_html(&card), scorecard_html(&card.clone()));
        let mut running = fixtures::draft();
        running.start_call(10_000);
        running.set_notes("later".into(), 10_000 + 90_000);
        // Still running: read at the last change.
        assert!(text_of(&scorecard_html(&running)).contains("1:30 (planned 30 min)"));
    }
}
