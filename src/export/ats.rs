//! "Copy for ATS": one scorecard as plain text for the free-text fields of Greenhouse, Lever
//! and Ashby, which show what is pasted as it is (no Markdown, no HTML). Laid out from the one
//! [`Report`]: the result first (recommendation; the rule's recommendation and the reason
//! when they differ; weighted score against the threshold; verdict; red flags; gaps), then each
//! criterion as "API design: 4/5 Strong" with its notes indented by two spaces, the questions
//! asked with their notes, the overall notes, and last who scored whom, when, with which kit.
//!
//! No Markdown syntax, whatever was typed: `|` becomes `/`, `[` and `]` become `(` and `)`,
//! a backtick becomes `'`, `<` and `>` become `‹` and `›`, `#` becomes `＃` (full width),
//! emphasis stars are dropped, and a line that would start a list (`- `, `+ `) starts with
//! `– ` instead. Section names are plain words on their own line; there are no tables.
//! Example: `docs/ats-example.txt`, written by this module's tests.

use super::report::{Note, Report};
use super::text::isolate;
use crate::model::Scorecard;

/// Two spaces before every line that belongs to the line above it.
const INDENT: &str = "  ";

/// One line of typed or rubric text with every Markdown (and HTML) mark made plain.
fn plain(s: &str) -> String {
    let isolated = isolate(s.trim());
    let mut out = String::with_capacity(isolated.len());
    for ch in isolated.chars() {
        match ch {
            '|' => out.push('/'),
            '[' => out.push('('),
            ']' => out.push(')'),
            '`' => out.push('\''),
            '<' => out.push('‹'),
            '>' => out.push('›'),
            '#' => out.push('＃'),
            '*' => {}
            '\r' | '\n' => out.push(' '),
            _ => out.push(ch),
        }
    }
    for marker in ["- ", "+ "] {
        if let Some(rest) = out.strip_prefix(marker) {
            return format!("– {rest}");
        }
    }
    out
}

/// A note's non-blank lines, each indented by two spaces.
fn note_lines(out: &mut String, note: Note<'_>) {
    for line in note.lines() {
        if !line.trim().is_empty() {
            out.push_str(&format!("{INDENT}{}\n", plain(line)));
        }
    }
}

/// "API design: 4/5 Strong", "API design: no evidence", "API design: not scored".
fn criterion_line(title: &str, weight: Option<&str>, row: &super::report::CriterionRow) -> String {
    let title = match weight {
        Some(w) => format!("{} ({w})", plain(title)),
        None => plain(title),
    };
    let score = match (row.value, row.no_evidence) {
        (_, true) => row.score.clone(),
        (Some(s), false) => format!("{}/5 {}", s.value(), s.word()),
        (None, false) => "not scored".to_string(),
    };
    format!("{title}: {score}")
}

/// The scorecard as plain text for an applicant tracking system's notes field.
pub fn scorecard_ats(card: &Scorecard) -> String {
    let r = Report::of(card);
    let mut out = String::with_capacity(2 * 1024);
    out.push_str(&format!("Recommendation: {}\n", r.recommendation));
    if r.rule_differs {
        out.push_str(&format!("The rule says: {}\n", plain(&r.rule)));
        if !r.reason.is_empty() {
            out.push_str(&format!("Why it differs: {}\n", plain(r.reason)));
        }
    }
    out.push_str(&format!(
        "Weighted score: {} (pass threshold {})\n",
        r.weighted_score, r.threshold
    ));
    out.push_str(&format!("Verdict: {}\n", r.verdict));
    if r.red_flags.is_empty() {
        out.push_str("Red flags: none\n");
    } else {
        out.push_str(&format!("Red flags: {}\n", r.red_flags.len()));
        for flag in &r.red_flags {
            let own = if flag.own { " (interviewer's own)" } else { "" };
            out.push_str(&format!("{INDENT}{}{own}\n", plain(flag.text)));
        }
    }
    if let Some(gaps) = &r.gaps {
        out.push_str(&format!("{}\n", plain(gaps)));
    }

    if !r.criteria.is_empty() {
        out.push_str("\nCriteria\n");
        for c in &r.criteria {
            out.push_str(&criterion_line(c.title, c.weight.as_deref(), c));
            out.push('\n');
            note_lines(&mut out, c.notes);
        }
    }

    if !r.questions.is_empty() {
        out.push_str("\nQuestions asked\n");
        for q in &r.questions {
            out.push_str(&format!("{}\n", plain(q.text)));
            out.push_str(&format!("{INDENT}{}\n", plain(&q.meta)));
            if let Some(star) = &q.star {
                out.push_str(&format!("{INDENT}{}\n", plain(star)));
            }
            note_lines(&mut out, q.notes);
        }
    }

    out.push_str("\nOverall notes\n");
    if r.notes.is_empty() {
        out.push_str(&format!("{INDENT}None.\n"));
    } else {
        note_lines(&mut out, r.notes);
    }

    out.push_str(&format!(
        "\nScorecard for {} ({}), by {} on {}\n{INDENT}{} · {} · call {}\n",
        plain(r.candidate),
        plain(r.role),
        plain(r.interviewer),
        plain(r.date),
        plain(r.rubric),
        plain(&r.status),
        r.call_length
    ));
    out
}

/// Characters that make Markdown or HTML structure; none is ever in the output.
#[cfg(test)]
const SYNTAX: [char; 8] = ['|', '*', '#', '`', '[', ']', '<', '>'];

#[cfg(test)]
#[path = "ats_tests.rs"]
mod tests;
