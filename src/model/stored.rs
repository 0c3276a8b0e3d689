//! How a scorecard is kept in storage: its document without the rubric snapshot, plus a
//! reference to the snapshot stored once per distinct content. A thousand scorecards of one
//! rubric then hold one copy of it. Exports always carry the full snapshot.

use super::format::{
    decode_rubric, decode_scorecard, encode_rubric, FormatError, Kind, CURRENT_VERSION,
};
use super::Scorecard;
use serde_json::{Map, Value};

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
    let rubric_document = encode_rubric(&card.rubric);
    let rubric_ref = fingerprint(&rubric_document);
    let mut body = serde_json::to_value(card).expect("model types always serialize");
    if let Value::Object(fields) = &mut body {
        fields.remove("rubric");
    }
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
    let text = snapshot(reference).ok_or_else(|| {
        missing(format!(
            "the rubric it was scored with ({reference}) is missing."
        ))
    })?;
    let rubric = decode_rubric(&text)?;
    match value.get_mut("scorecard") {
        Some(Value::Object(body)) => {
            body.insert(
                "rubric".into(),
                serde_json::to_value(rubric).expect("model types always serialize"),
            );
        }
        _ => return Err(missing("the \"scorecard\" field is missing.".into())),
    }
    decode_scorecard(&value.to_string())
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
    fn inline_documents_still_read_and_a_missing_snapshot_is_an_error() {
        let c = card(&[1.0]);
        assert_eq!(join(&encode_scorecard(&c), |_| None).unwrap(), c);
        let err = join(&split(&c).document, |_| None).unwrap_err();
        assert!(err.to_string().contains("is missing"), "{err}");
    }
}
