//! The words a reader sees for the model's states, in one place: the candidate's display name
//! and other placeholders, the labels of statuses, verdicts and recommendations, and the one
//! slug of a text for ids and file names. Screens and exports take their words from here, so
//! they always say the same thing.

use super::{Recommendation, Score, Scorecard, Status, Verdict};

/// Shown where a candidate has no name.
pub const UNNAMED_CANDIDATE: &str = "Unnamed candidate";

/// `text` trimmed, or `placeholder` when that leaves nothing.
pub fn or_placeholder<'a>(text: &'a str, placeholder: &'a str) -> &'a str {
    match text.trim() {
        "" => placeholder,
        text => text,
    }
}

/// A candidate's name as shown: trimmed, or "Unnamed candidate".
pub fn candidate_name(name: &str) -> &str {
    or_placeholder(name, UNNAMED_CANDIDATE)
}

impl Scorecard {
    /// The candidate's trimmed name, or "Unnamed candidate".
    pub fn display_name(&self) -> &str {
        candidate_name(&self.candidate)
    }

    /// The status with the late mark when scored after the window: "Completed (completed late)".
    pub fn status_words(&self) -> String {
        let label = self.status.label();
        if self.completed_late() {
            format!("{label} (completed late)")
        } else {
            label.to_string()
        }
    }
}

/// The "running long" cue of the answer to question `number` (from 1), as a screen reader
/// hears it once.
pub fn running_long(number: usize) -> String {
    format!("Question {number}: the answer is running long.")
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Draft => "Draft",
            Status::InCall => "In call",
            Status::Scoring => "Scoring",
            Status::Completed => "Completed",
        }
    }
}

impl Verdict {
    /// The result as a sentence: "Passes the threshold".
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Incomplete => "Not everything scored yet",
            Verdict::Pass => "Passes the threshold",
            Verdict::Fail => "Below the threshold",
        }
    }

    /// The result in one word, for tables: "Pass", "Fail" or "Incomplete".
    pub fn word(self) -> &'static str {
        match self {
            Verdict::Pass => "Pass",
            Verdict::Fail => "Fail",
            Verdict::Incomplete => "Incomplete",
        }
    }
}

impl Recommendation {
    pub fn label(self) -> &'static str {
        match self {
            Recommendation::StrongHire => "Strong Hire",
            Recommendation::Hire => "Hire",
            Recommendation::NoHire => "No Hire",
            Recommendation::StrongNoHire => "Strong No Hire",
        }
    }

    /// The recommendation's label, or "No recommendation".
    pub fn label_of(recommendation: Option<Recommendation>) -> &'static str {
        recommendation.map_or("No recommendation", Recommendation::label)
    }
}

/// "4 Strong", or "Not scored".
pub fn score_words(score: Option<Score>) -> String {
    score.map_or_else(|| "Not scored".to_string(), |s| s.to_string())
}

/// Which letters a slug keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Letters {
    /// ASCII letters and digits only: for ids.
    Ascii,
    /// Any letter or digit, in any script: for file names people read.
    Any,
}

/// `text` lower-cased with its letters and digits kept and every other run of characters one
/// dash, no dash at either end; `fallback` when nothing is left.
pub fn slug_with(text: &str, letters: Letters, fallback: &str) -> String {
    let keep = |ch: char| match letters {
        Letters::Ascii => ch.is_ascii_alphanumeric(),
        Letters::Any => ch.is_alphanumeric(),
    };
    let mut slug = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        if keep(ch) {
            slug.push(ch);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        fallback.to_string()
    } else {
        slug.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_or_a_placeholder() {
        assert_eq!(candidate_name("  Ada "), "Ada");
        assert_eq!(candidate_name(" \n"), UNNAMED_CANDIDATE);
    }

    #[test]
    fn slugs_keep_letters_of_any_script_only_when_asked() {
        assert_eq!(slug_with("Zoë Ångström", Letters::Any, "x"), "zoë-ångström");
        assert_eq!(slug_with("Zoë Ångström", Letters::Ascii, "x"), "zo-ngstr-m");
        assert_eq!(slug_with("--", Letters::Any, "x"), "x");
    }
}
