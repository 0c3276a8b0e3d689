//! JSON export: the same versioned document the app stores, pretty-printed for people.

use crate::model::{format::encode_scorecard, Scorecard};

/// A scorecard as an indented JSON document that imports back unchanged.
pub fn scorecard(card: &Scorecard) -> String {
    let value: serde_json::Value =
        serde_json::from_str(&encode_scorecard(card)).expect("the encoder writes valid JSON");
    serde_json::to_string_pretty(&value).expect("a JSON value always serializes")
}

/// A file name for a candidate's export: `scorecard-ada-lovelace-2026-11-22.json`.
pub fn file_name(card: &Scorecard) -> String {
    let mut slug = String::new();
    for ch in card.candidate.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "candidate" } else { slug };
    format!("scorecard-{slug}-{}.json", card.date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::format::decode_scorecard;
    use crate::model::scorecard::tests::card;

    #[test]
    fn export_imports_back_identically() {
        let mut c = card(&[1.0, 1.0]);
        c.set_notes("line one\nline two ✓ مرحبا".into(), 9);
        let text = scorecard(&c);
        assert!(text.contains("\n  \"version\": 1"));
        assert_eq!(decode_scorecard(&text).unwrap(), c);
    }

    #[test]
    fn file_name_is_a_safe_slug() {
        let mut c = card(&[1.0]);
        assert_eq!(file_name(&c), "scorecard-ada-lovelace-2026-11-22.json");
        c.candidate = "../<script> O'Neil  ".into();
        assert_eq!(file_name(&c), "scorecard-script-o-neil-2026-11-22.json");
        c.candidate = "***".into();
        assert_eq!(file_name(&c), "scorecard-candidate-2026-11-22.json");
    }
}
