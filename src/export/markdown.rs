//! Markdown export: the HTML export's content for wikis and tickets (CommonMark with a GFM
//! table). User and rubric text is escaped so it reads as typed and cannot add structure: no
//! raw HTML (`<`, `>` as entities), no links, emphasis or code spans (their characters are
//! backslash-escaped), no table breaks (`\|`), and nothing that starts a heading, list,
//! quote or rule at the start of a line.

use super::report::Report;
use super::text::{isolate, lines};
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
    let joined = lines(s)
        .into_iter()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let isolated = isolate(&joined);
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
    for line in lines(s) {
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
    let r = Report::of(card);
    let mut out = String::with_capacity(4 * 1024);
    out.push_str(&format!("# Scorecard: {}\n\n", text(r.candidate)));

    let facts_line = [
        ("Role", text(r.role)),
        ("Interviewer", text(r.interviewer)),
        ("Date", text(r.date)),
        ("Rubric", text(r.rubric)),
        ("Status", r.status),
        ("Call", r.call_length),
    ]
    .map(|(term, value)| format!("**{term}:** {value}"))
    .join(" · ");
    out.push_str(&facts_line);
    if !r.candidate_key.is_empty() {
        out.push_str(&format!(" · **Candidate key:** {}", text(r.candidate_key)));
    }
    out.push_str("\n\n## Result\n\n");

    let rule = text(&r.rule);
    for (term, value) in [
        ("Recommendation", r.recommendation),
        ("The rule says", &rule),
        ("Weighted score", &r.weighted_score),
        ("Completion", &r.completion),
        ("Pass threshold", &r.threshold),
        ("Verdict", r.verdict),
    ] {
        out.push_str(&format!("- **{term}:** {value}\n"));
    }
    if !r.reason.is_empty() {
        out.push_str(&format!(
            "- **Why the recommendation differs from the rule:** {}\n",
            text(r.reason)
        ));
    }
    out.push_str(&format!("- {}\n", text(&r.decision_rule)));
    if let Some(first) = &r.first_impression {
        out.push_str(&format!("- **First impression:** {first}\n"));
    }
    for change in &r.threshold_changes {
        out.push_str(&format!("- {change}\n"));
    }
    if let Some(gaps) = &r.gaps {
        out.push_str(&format!("- {}\n", text(gaps)));
    }
    if !r.revisions.is_empty() {
        out.push_str("\n### Revised after completion\n\n");
        for revision in &r.revisions {
            out.push_str(&format!("- {}\n", text(revision)));
        }
    }

    out.push_str("\n## Red flags\n\n");
    if r.red_flags.is_empty() {
        out.push_str("None ticked.\n");
    }
    for flag in &r.red_flags {
        let own = if flag.own { " (interviewer's own)" } else { "" };
        out.push_str(&format!("- {}{own}\n", text(flag.text)));
    }

    if !r.criteria.is_empty() {
        out.push_str("\n## Criteria\n\n| Criterion | Score | Notes |\n| --- | --- | --- |\n");
        for c in &r.criteria {
            let title = match &c.weight {
                Some(w) => format!("{} ({w})", text(c.title)),
                None => text(c.title),
            };
            let score = match c.level {
                Some(level) => format!("{} — {}", c.score, text(level)),
                None => c.score.clone(),
            };
            out.push_str(&format!(
                "| {title} | {score} | {} |\n",
                text(c.notes.text())
            ));
        }
    }

    if !r.questions.is_empty() {
        out.push_str("\n## Questions asked\n\n");
        for (i, q) in r.questions.iter().enumerate() {
            let marker = format!("{}. ", i + 1);
            let indent = " ".repeat(marker.len());
            out.push_str(&format!("{marker}**{}**", text(q.text)));
            out.push_str(&format!("  \n{indent}{}", q.meta));
            if let Some(star) = &q.star {
                out.push_str(&format!("  \n{indent}{star}"));
            }
            if !q.notes.is_empty() {
                out.push_str(&format!("\n\n{indent}{}", block(q.notes.text(), &indent)));
            }
            out.push_str("\n\n");
        }
        out.pop();
    }
    for (heading, texts) in [
        ("Skipped (not asked)", &r.skipped),
        ("Planned, not yet asked", &r.planned),
    ] {
        if !texts.is_empty() {
            out.push_str(&format!("\n## {heading}\n\n"));
            for t in texts {
                out.push_str(&format!("- {}\n", text(t)));
            }
        }
    }

    out.push_str("\n## Overall notes\n\n");
    if r.notes.is_empty() {
        out.push_str("No overall notes.\n");
    } else {
        out.push_str(&block(r.notes.text(), ""));
        out.push('\n');
    }
    out
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
