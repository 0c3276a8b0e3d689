//! Markdown export: the HTML export's content for wikis and tickets (CommonMark with a GFM
//! table). User and rubric text is escaped so it reads as typed and cannot add structure: no
//! raw HTML (`<`, `>` as entities), no links, emphasis or code spans (their characters are
//! backslash-escaped), no table breaks (`\|`), and nothing that starts a heading, list,
//! quote or rule at the start of a line.

use super::facts;
use crate::model::Scorecard;

/// Whether `s` (starting at an `&`) reads as a character reference such as `&amp;`, `&#60;`
/// or `&#x3C;`, which a Markdown renderer would decode.
fn is_entity(s: &str) -> bool {
    let Some(body) = s.strip_prefix('&') else {
        return false;
    };
    let Some(end) = body.find(';') else {
        return false;
    };
    let name = &body[..end];
    let digits = |d: &str, radix: u32, max: usize| {
        !d.is_empty() && d.len() <= max && d.chars().all(|c| c.is_digit(radix))
    };
    if let Some(num) = name.strip_prefix('#') {
        match num.strip_prefix(['x', 'X']) {
            Some(hex) => digits(hex, 16, 6),
            None => digits(num, 10, 7),
        }
    } else {
        let mut chars = name.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && name.len() <= 32
            && chars.all(|c| c.is_ascii_alphanumeric())
    }
}

/// User text for one line of Markdown: line breaks become spaces, bidi controls are isolated,
/// Markdown punctuation is backslash-escaped, `<` and `>` become entities, an `&` that would
/// read as an entity becomes `&amp;`, and a start that would open a block is escaped.
fn text(s: &str) -> String {
    let joined = facts::lines(s)
        .into_iter()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let isolated = facts::isolate(&joined);
    let mut out = String::with_capacity(isolated.len() + 8);
    for (i, ch) in isolated.char_indices() {
        match ch {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if is_entity(&isolated[i..]) => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '~' | '|' | '#' => {
                out.push('\\');
                out.push(ch);
            }
            _ => out.push(ch),
        }
    }
    escape_block_start(out)
}

/// Escapes what would open a block at the start of a line: a list marker (`-`, `+`, `1.`,
/// `1)`) or a setext underline (`=`). Headings, quotes, fences and emphasis are escaped
/// everywhere already.
fn escape_block_start(mut line: String) -> String {
    if line.starts_with(['-', '+', '=']) {
        line.insert(0, '\\');
    } else {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        if (1..=9).contains(&digits) && line[digits..].starts_with(['.', ')']) {
            line.insert(digits, '\\');
        }
    }
    line
}

/// Multi-line user text as paragraphs: lines end in a hard break (two spaces), blank lines
/// separate paragraphs, and every line after the first starts with `indent`.
fn block(s: &str, indent: &str) -> String {
    let mut paragraphs: Vec<Vec<String>> = vec![Vec::new()];
    for line in facts::lines(s) {
        if line.trim().is_empty() {
            if !paragraphs.last().is_some_and(Vec::is_empty) {
                paragraphs.push(Vec::new());
            }
        } else {
            paragraphs.last_mut().unwrap().push(text(line));
        }
    }
    paragraphs
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.join(&format!("  \n{indent}")))
        .collect::<Vec<_>>()
        .join(&format!("\n\n{indent}"))
}

/// The scorecard as a Markdown document.
pub fn scorecard_markdown(card: &Scorecard) -> String {
    let mut out = String::with_capacity(4 * 1024);
    out.push_str(&format!(
        "# Scorecard: {}\n\n",
        text(facts::candidate(card))
    ));

    let dash = "Not recorded";
    let facts_line = [
        ("Role", text(facts::or_placeholder(&card.role, dash))),
        (
            "Interviewer",
            text(facts::or_placeholder(&card.interviewer, dash)),
        ),
        ("Date", text(facts::or_placeholder(&card.date, dash))),
        ("Rubric", text(&card.rubric.title)),
        ("Status", facts::status(card)),
        ("Call", facts::call_length(card)),
    ]
    .map(|(term, value)| format!("**{term}:** {value}"))
    .join(" · ");
    out.push_str(&facts_line);
    out.push_str("\n\n## Result\n\n");

    for (term, value) in [
        ("Recommendation", facts::recommendation(card).to_string()),
        ("Weighted score", facts::weighted_score(card)),
        ("Completion", facts::completion(card)),
        ("Pass threshold", facts::threshold(card)),
        ("Verdict", card.verdict().label().to_string()),
    ] {
        out.push_str(&format!("- **{term}:** {value}\n"));
    }
    for change in &card.threshold_changes {
        out.push_str(&format!("- {}\n", facts::threshold_change(change)));
    }

    out.push_str("\n## Red flags\n\n");
    if card.red_flags.is_empty() {
        out.push_str("None ticked.\n");
    }
    for flag in &card.red_flags {
        let own = if flag.custom {
            " (interviewer's own)"
        } else {
            ""
        };
        out.push_str(&format!("- {}{own}\n", text(&flag.text)));
    }

    let criteria = facts::criteria(card);
    if !criteria.is_empty() {
        out.push_str("\n## Criteria\n\n| Criterion | Score | Notes |\n| --- | --- | --- |\n");
        for c in criteria {
            let title = match &c.weight {
                Some(w) => format!("{} ({w})", text(c.title)),
                None => text(c.title),
            };
            let score = match c.level.filter(|l| !l.trim().is_empty()) {
                Some(level) => format!("{} — {}", facts::score(c.score), text(level)),
                None => facts::score(c.score),
            };
            out.push_str(&format!("| {title} | {score} | {} |\n", text(c.notes)));
        }
    }

    if !card.questions.is_empty() {
        out.push_str("\n## Questions asked\n\n");
        for (i, q) in card.questions.iter().enumerate() {
            let marker = format!("{}. ", i + 1);
            let indent = " ".repeat(marker.len());
            out.push_str(&format!("{marker}**{}**", text(&q.text)));
            out.push_str(&format!(
                "  \n{indent}{}",
                facts::question_meta(card, q).join(" · ")
            ));
            if let Some(star) = facts::star_l(q) {
                out.push_str(&format!("  \n{indent}{star}"));
            }
            if !q.notes.trim().is_empty() {
                out.push_str(&format!("\n\n{indent}{}", block(&q.notes, &indent)));
            }
            out.push_str("\n\n");
        }
        out.pop();
    }

    out.push_str("\n## Overall notes\n\n");
    if card.notes.trim().is_empty() {
        out.push_str("No overall notes.\n");
    } else {
        out.push_str(&block(&card.notes, ""));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::facts::fixtures::{self, golden, HOSTILE};

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
        assert_eq!(bullets, 5 + card.red_flags.len());
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
}
