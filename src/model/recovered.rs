//! What a backup key holds, read "as far as it goes": the Recovered data view shows this for
//! text the app could not read, so the user can tell one backup from another before exporting
//! or restoring it. Nothing here fails: unreadable parts are simply absent.

use serde_json::Value;

/// How much of unreadable text the summary quotes.
pub const PREVIEW_CHARS: usize = 200;

/// What could be read of one backup's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecoveredSummary {
    /// The `format` field ("scorecard", "scorecard-rubric", "scorecard-index"), if readable.
    pub format: Option<String>,
    pub version: Option<u64>,
    pub candidate: Option<String>,
    pub interviewer: Option<String>,
    pub date: Option<String>,
    /// The rubric's title: a scorecard's snapshot, or a rubric document's own.
    pub rubric_title: Option<String>,
    /// Criteria with a score, and how many criteria there are.
    pub scored: Option<(usize, usize)>,
    /// Characters of overall notes.
    pub notes_chars: Option<usize>,
    /// Scorecard ids of an index document.
    pub ids: Option<usize>,
    /// Set when the text is not JSON: its first [`PREVIEW_CHARS`] characters.
    pub not_json: Option<String>,
}

impl RecoveredSummary {
    /// The lines the view shows, in reading order.
    pub fn lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(preview) = &self.not_json {
            lines.push(format!("Not JSON. It begins: {preview}"));
            return lines;
        }
        match (&self.format, self.version) {
            (Some(f), Some(v)) => lines.push(format!("Format \"{f}\", version {v}")),
            (Some(f), None) => lines.push(format!("Format \"{f}\", no version number")),
            (None, _) => lines.push("JSON, but not a Scorecard document".into()),
        }
        let field = |label: &str, value: &Option<String>| {
            value
                .as_ref()
                .filter(|v| !v.trim().is_empty())
                .map(|v| format!("{label}: {v}"))
        };
        lines.extend(field("Candidate", &self.candidate));
        lines.extend(field("Interviewer", &self.interviewer));
        lines.extend(field("Date", &self.date));
        lines.extend(field("Rubric", &self.rubric_title));
        if let Some((scored, of)) = self.scored {
            lines.push(format!("{scored} of {of} criteria scored"));
        }
        if let Some(n) = self.notes_chars {
            lines.push(format!("Notes: {n} characters"));
        }
        if let Some(n) = self.ids {
            lines.push(format!("A list of {n} scorecard ids"));
        }
        lines
    }
}

/// Reads whatever can be read of `raw`. Text that is not JSON is quoted (its first
/// [`PREVIEW_CHARS`] characters); JSON that is only partly valid gives every field it has.
pub fn describe_recovered(raw: &str) -> RecoveredSummary {
    let Ok(value) = serde_json::from_str::<Value>(raw) else {
        let mut preview: String = raw.chars().take(PREVIEW_CHARS).collect();
        if raw.chars().nth(PREVIEW_CHARS).is_some() {
            preview.push('…');
        }
        return RecoveredSummary {
            not_json: Some(preview),
            ..RecoveredSummary::default()
        };
    };
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let mut summary = RecoveredSummary {
        format: text(value.get("format")),
        version: value.get("version").and_then(Value::as_u64),
        ..RecoveredSummary::default()
    };
    if let Some(card) = value.get("scorecard").filter(|c| c.is_object()) {
        summary.candidate = text(card.get("candidate"));
        summary.interviewer = text(card.get("interviewer"));
        summary.date = text(card.get("date"));
        summary.rubric_title = text(card.get("rubric").and_then(|r| r.get("title")));
        summary.scored = card.get("criteria").and_then(Value::as_array).map(|c| {
            let scored = c
                .iter()
                .filter(|e| e.get("score").is_some_and(|s| !s.is_null()))
                .count();
            (scored, c.len())
        });
        summary.notes_chars = card
            .get("notes")
            .and_then(Value::as_str)
            .map(|n| n.chars().count());
    }
    if let Some(rubric) = value.get("rubric") {
        summary.rubric_title = text(rubric.get("title"));
    }
    summary.ids = value.get("ids").and_then(Value::as_array).map(Vec::len);
    summary
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::format::encode_scorecard;
    use crate::model::{NewScorecard, Scorecard};

    fn ada() -> Scorecard {
        let rubric = crate::rubrics::built_in()[0].clone();
        let mut card = Scorecard::start(
            "ada".into(),
            NewScorecard {
                candidate: "Ada Lovelace".into(),
                role: "Backend".into(),
                interviewer: "Grace".into(),
            },
            rubric,
            "2026-11-30".into(),
            0,
        );
        card.notes = "Strong on APIs".into();
        card
    }

    #[test]
    fn a_valid_card_names_candidate_interviewer_date_rubric_and_counts() {
        let card = ada();
        let s = describe_recovered(&encode_scorecard(&card));
        assert_eq!(s.format.as_deref(), Some("scorecard"));
        assert_eq!(s.version, Some(2));
        assert_eq!(s.candidate.as_deref(), Some("Ada Lovelace"));
        assert_eq!(s.interviewer.as_deref(), Some("Grace"));
        assert_eq!(s.date.as_deref(), Some("2026-11-30"));
        assert_eq!(s.rubric_title.as_deref(), Some(card.rubric.title.as_str()));
        assert_eq!(s.scored, Some((0, card.criteria.len())));
        assert_eq!(s.notes_chars, Some(14));
        let lines = s.lines();
        assert_eq!(lines[0], "Format \"scorecard\", version 2");
        assert!(
            lines.contains(&"Candidate: Ada Lovelace".to_string()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"Notes: 14 characters".to_string()),
            "{lines:?}"
        );
    }

    #[test]
    fn a_newer_version_still_shows_what_it_holds() {
        let raw = r#"{"format":"scorecard","version":9,"scorecard":{"candidate":"Alan Turing","criteria":[{"score":3},{"score":null},{}]}}"#;
        let s = describe_recovered(raw);
        assert_eq!(s.version, Some(9));
        assert_eq!(s.candidate.as_deref(), Some("Alan Turing"));
        assert_eq!(s.scored, Some((1, 3)));
        assert_eq!(s.interviewer, None);
        assert_eq!(s.lines()[0], "Format \"scorecard\", version 9");
    }

    #[test]
    fn truncated_json_is_quoted_as_text() {
        let raw = r#"{"format":"scorecard","version":1,"scorecard":{"#;
        let s = describe_recovered(raw);
        assert_eq!(s.not_json.as_deref(), Some(raw));
        assert_eq!(s.format, None);
        assert_eq!(s.lines(), vec![format!("Not JSON. It begins: {raw}")]);
    }

    #[test]
    fn garbage_and_json_that_is_no_document() {
        assert_eq!(
            describe_recovered("<script>x</script>").not_json.as_deref(),
            Some("<script>x</script>")
        );
        let s = describe_recovered("[1,2,3]");
        assert_eq!(s.not_json, None);
        assert_eq!(s.lines(), vec!["JSON, but not a Scorecard document"]);
        let index =
            describe_recovered(r#"{"format":"scorecard-index","version":2,"ids":["a","b"]}"#);
        assert_eq!(index.ids, Some(2));
    }

    #[test]
    fn a_huge_string_is_cut_to_200_characters() {
        let raw = "é".repeat(1_000_000);
        let preview = describe_recovered(&raw).not_json.unwrap();
        assert_eq!(preview.chars().count(), PREVIEW_CHARS + 1);
        assert!(preview.ends_with('…'));
        let exact = "x".repeat(PREVIEW_CHARS);
        assert_eq!(describe_recovered(&exact).not_json.unwrap(), exact);
    }
}
