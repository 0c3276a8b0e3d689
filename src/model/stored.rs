//! How a scorecard is kept in storage: its document without the rubric snapshot, plus a
//! reference to the snapshot stored once per distinct content. A thousand scorecards of one
//! rubric then hold one copy of it. Exports always carry the full snapshot.

use super::format::{
    decode_rubric, decode_scorecard, decode_scorecard_value, encode_rubric, encode_value,
    FormatError, Kind, CURRENT_VERSION,
};
use super::Scorecard;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// A stable 64-bit FNV-1a fingerprint of a text, as 16 hex digits.
pub fn fingerprint(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// A scorecard ready to store: its document, and the rubric snapshot it refers to.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredCard {
    pub document: String,
    pub rubric_ref: String,
    pub rubric_document: String,
}

/// Splits the rubric snapshot out of a scorecard's document.
pub fn split(card: &Scorecard) -> StoredCard {
    // The card is turned into a value once; its rubric part becomes the snapshot document
    // (the same text `encode_rubric` writes), the rest the card's document.
    let mut body = serde_json::to_value(card).expect("model types always serialize");
    let rubric = match &mut body {
        Value::Object(fields) => fields.remove("rubric"),
        _ => None,
    };
    let rubric_document = match rubric {
        Some(rubric) => encode_value(Kind::Rubric, rubric),
        None => encode_rubric(&card.rubric),
    };
    let rubric_ref = fingerprint(&rubric_document);
    let mut envelope = Map::new();
    envelope.insert("format".into(), Kind::Scorecard.format().into());
    envelope.insert("version".into(), CURRENT_VERSION.into());
    envelope.insert("rubric_ref".into(), rubric_ref.clone().into());
    envelope.insert("scorecard".into(), body);
    StoredCard {
        document: Value::Object(envelope).to_string(),
        rubric_ref,
        rubric_document,
    }
}

/// The snapshot a stored document refers to, if it refers to one.
pub fn rubric_ref(document: &str) -> Option<String> {
    let value: Value = serde_json::from_str(document).ok()?;
    value.get("rubric_ref")?.as_str().map(str::to_string)
}

/// Reads a stored document back into a scorecard, fetching its snapshot by reference. A
/// document with the rubric inline (an older save, or an export) reads as it is.
pub fn join(
    document: &str,
    snapshot: impl Fn(&str) -> Option<String>,
) -> Result<Scorecard, FormatError> {
    join_cached(document, snapshot, &mut Snapshots::new())
}

/// Rubric snapshots already read, by reference, so that a library of a thousand cards of one
/// rubric reads and checks that rubric once.
pub type Snapshots = HashMap<String, Value>;

/// [`join`], reusing and filling `cache`. The document is parsed once.
pub fn join_cached(
    document: &str,
    snapshot: impl Fn(&str) -> Option<String>,
    cache: &mut Snapshots,
) -> Result<Scorecard, FormatError> {
    let mut value: Value =
        serde_json::from_str(document).map_err(|e| FormatError::NotJson(e.to_string()))?;
    let Some(reference) = value.as_object_mut().and_then(|o| o.remove("rubric_ref")) else {
        return decode_scorecard(document);
    };
    let missing = |reason: String| FormatError::Invalid {
        kind: Kind::Scorecard,
        reason,
    };
    let reference = reference
        .as_str()
        .ok_or_else(|| missing("its rubric reference is not text.".into()))?;
    let rubric = match cache.get(reference) {
        Some(rubric) => rubric.clone(),
        None => {
            let text = snapshot(reference).ok_or_else(|| {
                missing(format!(
                    "the rubric it was scored with ({reference}) is missing."
                ))
            })?;
            let rubric =
                serde_json::to_value(decode_rubric(&text)?).expect("model types always serialize");
            cache.insert(reference.to_string(), rubric.clone());
            rubric
        }
    };
    match value.get_mut("scorecard") {
        Some(Value::Object(body)) => {
            body.insert("rubric".into(), rubric);
        }
        _ => return Err(missing("the \"scorecard\" field is missing.".into())),
    }
    decode_scorecard_value(value)
}

/// The tail a stored document carries to say which version it was edited from:
/// `,"parent":"<16 hex digits>"}`.
const PARENT_KEY: &str = ",\"parent\":\"";
const PARENT_TAIL: usize = PARENT_KEY.len() + 16 + 2;

/// `document` (as [`split`] makes it) marked as edited from the version `parent`.
pub fn with_parent(document: &str, parent: &str) -> String {
    match document.strip_suffix('}') {
        Some(open) if parent.len() == 16 => format!("{open}{PARENT_KEY}{parent}\"}}"),
        _ => document.to_string(),
    }
}

/// A stored document without its parent mark (the content that versions are fingerprinted
/// by), and the parent it names. Documents without a mark come back as they are.
pub fn strip_parent(document: &str) -> (String, Option<String>) {
    let Some(cut) = document.len().checked_sub(PARENT_TAIL) else {
        return (document.to_string(), None);
    };
    let (content, tail) = match (document.get(..cut), document.get(cut..)) {
        (Some(content), Some(tail)) => (content, tail),
        _ => return (document.to_string(), None),
    };
    let hex = tail
        .strip_prefix(PARENT_KEY)
        .and_then(|t| t.strip_suffix("\"}"))
        .filter(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    match hex {
        Some(hex) => (format!("{content}}}"), Some(hex.to_string())),
        None => (document.to_string(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::format::encode_scorecard;
    use crate::model::scorecard::tests::card;
    use crate::model::Score;
    use std::collections::HashMap;

    #[test]
    fn fingerprints_are_stable_and_differ_by_content() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint("a"), "af63dc4c8601ec8c");
        assert_ne!(fingerprint("rubric 1"), fingerprint("rubric 2"));
    }

    #[test]
    fn split_then_join_gives_the_card_back() {
        let mut c = card(&[1.0, 2.0]);
        c.set_score("c1", Score::new(5), 7);
        let stored = split(&c);
        assert!(
            !stored.document.contains("\"criteria\":[{\"id\""),
            "no rubric inline"
        );
        assert_eq!(
            rubric_ref(&stored.document).as_deref(),
            Some(stored.rubric_ref.as_str())
        );
        let shelf = HashMap::from([(stored.rubric_ref.clone(), stored.rubric_document.clone())]);
        assert_eq!(
            join(&stored.document, |r| shelf.get(r).cloned()).unwrap(),
            c
        );
    }

    #[test]
    fn the_snapshot_is_the_rubric_document_exactly() {
        let c = card(&[1.0, 2.5]);
        assert_eq!(split(&c).rubric_document, encode_rubric(&c.rubric));
    }

    #[test]
    fn cards_of_one_rubric_share_one_snapshot() {
        let a = card(&[1.0]);
        let mut b = card(&[1.0]);
        b.id = "other".into();
        b.set_score("c0", Score::new(2), 9);
        assert_eq!(split(&a).rubric_ref, split(&b).rubric_ref);
        b.rubric.title = "Changed".into();
        assert_ne!(split(&a).rubric_ref, split(&b).rubric_ref);
        // The stored document is much smaller than the full one.
        assert!(split(&a).document.len() * 2 < encode_scorecard(&a).len());
    }

    #[test]
    fn a_parent_mark_round_trips_and_does_not_change_the_card() {
        let c = card(&[1.0]);
        let stored = split(&c);
        let parent = fingerprint("earlier");
        let marked = with_parent(&stored.document, &parent);
        assert_ne!(marked, stored.document);
        assert_eq!(
            strip_parent(&marked),
            (stored.document.clone(), Some(parent))
        );
        assert_eq!(
            strip_parent(&stored.document),
            (stored.document.clone(), None)
        );
        let shelf = HashMap::from([(stored.rubric_ref.clone(), stored.rubric_document.clone())]);
        assert_eq!(join(&marked, |r| shelf.get(r).cloned()).unwrap(), c);
        // Text that only looks like a mark is left alone.
        assert_eq!(strip_parent("{\"parent\":\"zz\"}").1, None);
        assert_eq!(strip_parent("x").1, None);
    }

    #[test]
    fn a_shared_snapshot_is_read_once_for_many_cards() {
        let c = card(&[1.0]);
        let stored = split(&c);
        let reads = std::cell::Cell::new(0);
        let mut cache = Snapshots::new();
        for _ in 0..3 {
            let fetch = |_: &str| {
                reads.set(reads.get() + 1);
                Some(stored.rubric_document.clone())
            };
            assert_eq!(join_cached(&stored.document, fetch, &mut cache).unwrap(), c);
        }
        assert_eq!(reads.get(), 1);
    }

    #[test]
    fn inline_documents_still_read_and_a_missing_snapshot_is_an_error() {
        let c = card(&[1.0]);
        assert_eq!(join(&encode_scorecard(&c), |_| None).unwrap(), c);
        let err = join(&split(&c).document, |_| None).unwrap_err();
        assert!(err.to_string().contains("is missing"), "{err}");
    }
}
