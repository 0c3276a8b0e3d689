//! Versioned documents. Everything stored or exported is an envelope
//! `{"format": KIND, "version": N, KIND_BODY: {...}}`, and everything read passes through
//! [`migrate`], the single entry point that brings an older version up to [`CURRENT_VERSION`].

use super::{Rubric, Scorecard};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// The version written today. Bump it, and add a step to [`migrate`], when a format changes.
pub const CURRENT_VERSION: u64 = 1;

/// The kinds of document the app reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Scorecard,
    Rubric,
    /// The list of stored scorecard ids.
    Index,
}

impl Kind {
    /// The `format` field's value.
    pub fn format(self) -> &'static str {
        match self {
            Kind::Scorecard => "scorecard",
            Kind::Rubric => "scorecard-rubric",
            Kind::Index => "scorecard-index",
        }
    }

    /// The field holding the document's body.
    fn body(self) -> &'static str {
        match self {
            Kind::Scorecard => "scorecard",
            Kind::Rubric => "rubric",
            Kind::Index => "ids",
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Kind::Scorecard => "scorecard",
            Kind::Rubric => "rubric",
            Kind::Index => "scorecard list",
        }
    }
}

/// Why a document could not be read. Its `Display` is the message the user sees.
#[derive(Clone, Debug, PartialEq)]
pub enum FormatError {
    NotJson(String),
    NotADocument,
    WrongKind { expected: Kind, found: String },
    MissingVersion,
    NewerVersion(u64),
    Invalid { kind: Kind, reason: String },
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::NotJson(e) => write!(f, "This is not valid JSON ({e})."),
            FormatError::NotADocument => {
                write!(
                    f,
                    "This JSON is not a Scorecard document (no \"format\" field)."
                )
            }
            FormatError::WrongKind { expected, found } => write!(
                f,
                "Expected a {} document but found \"{found}\".",
                expected.noun()
            ),
            FormatError::MissingVersion => write!(f, "The document has no \"version\" number."),
            FormatError::NewerVersion(v) => write!(
                f,
                "The document is format version {v}, newer than this app reads \
                 (up to {CURRENT_VERSION}). Update the app to open it."
            ),
            FormatError::Invalid { kind, reason } => {
                write!(f, "The {} is not valid: {reason}", kind.noun())
            }
        }
    }
}

impl std::error::Error for FormatError {}

/// Checks the envelope and upgrades its body, step by step, to [`CURRENT_VERSION`].
/// Returns the body ready to deserialize. The one place where old formats are understood.
pub fn migrate(document: Value, kind: Kind) -> Result<Value, FormatError> {
    let Value::Object(mut envelope) = document else {
        return Err(FormatError::NotADocument);
    };
    match envelope.get("format").and_then(Value::as_str) {
        Some(found) if found == kind.format() => {}
        Some(found) => {
            return Err(FormatError::WrongKind {
                expected: kind,
                found: found.to_string(),
            })
        }
        None => return Err(FormatError::NotADocument),
    }
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(FormatError::MissingVersion)?;
    if version > CURRENT_VERSION {
        return Err(FormatError::NewerVersion(version));
    }
    let body = envelope
        .remove(kind.body())
        .ok_or_else(|| FormatError::Invalid {
            kind,
            reason: format!("the \"{}\" field is missing.", kind.body()),
        })?;
    // Version 1 is the first; steps from older versions go here, oldest first:
    // if version < 2 { body = v1_to_v2(body); }
    Ok(body)
}

fn encode<T: Serialize>(kind: Kind, body: &T) -> String {
    let mut envelope = Map::new();
    envelope.insert("format".into(), kind.format().into());
    envelope.insert("version".into(), CURRENT_VERSION.into());
    envelope.insert(
        kind.body().into(),
        serde_json::to_value(body).expect("model types always serialize"),
    );
    serde_json::to_string(&Value::Object(envelope)).expect("a JSON value always serializes")
}

fn decode<T: DeserializeOwned>(text: &str, kind: Kind) -> Result<T, FormatError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| FormatError::NotJson(e.to_string()))?;
    let body = migrate(value, kind)?;
    serde_json::from_value(body).map_err(|e| FormatError::Invalid {
        kind,
        reason: e.to_string(),
    })
}

fn check_rubric(rubric: &Rubric) -> Result<(), FormatError> {
    match rubric.problems().first() {
        None => Ok(()),
        Some(problem) => Err(FormatError::Invalid {
            kind: Kind::Rubric,
            reason: problem.to_string(),
        }),
    }
}

pub fn encode_scorecard(card: &Scorecard) -> String {
    encode(Kind::Scorecard, card)
}

/// Reads a scorecard document, migrating it and checking its rubric snapshot.
pub fn decode_scorecard(text: &str) -> Result<Scorecard, FormatError> {
    let mut card: Scorecard = decode(text, Kind::Scorecard)?;
    check_rubric(&card.rubric)?;
    card.normalize();
    Ok(card)
}

pub fn encode_rubric(rubric: &Rubric) -> String {
    encode(Kind::Rubric, rubric)
}

/// Reads a rubric document, migrating and validating it.
pub fn decode_rubric(text: &str) -> Result<Rubric, FormatError> {
    let rubric: Rubric = decode(text, Kind::Rubric)?;
    check_rubric(&rubric)?;
    Ok(rubric)
}

pub fn encode_index(ids: &[String]) -> String {
    encode(Kind::Index, &ids)
}

pub fn decode_index(text: &str) -> Result<Vec<String>, FormatError> {
    decode(text, Kind::Index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scorecard::tests::card;
    use crate::model::{Recommendation, Score};

    #[test]
    fn scorecard_round_trips() {
        let mut c = card(&[1.0, 2.0]);
        c.set_score("c1", Score::new(4), 5);
        c.set_criterion_notes("c0", "said \"idempotency\" <b>".into(), 6);
        c.set_recommendation(Some(Recommendation::Hire), 7);
        let text = encode_scorecard(&c);
        assert!(text.starts_with(r#"{"format":"scorecard","version":1,"#));
        assert_eq!(decode_scorecard(&text).unwrap(), c);
    }

    #[test]
    fn rubric_round_trips() {
        let r = card(&[1.0]).rubric;
        assert_eq!(decode_rubric(&encode_rubric(&r)).unwrap(), r);
    }

    #[test]
    fn index_round_trips() {
        let ids = vec!["a".to_string(), "b".to_string()];
        assert_eq!(decode_index(&encode_index(&ids)).unwrap(), ids);
    }

    #[test]
    fn migrate_reads_version_one() {
        let doc =
            serde_json::json!({"format": "scorecard-rubric", "version": 1, "rubric": {"a": 1}});
        assert_eq!(
            migrate(doc, Kind::Rubric).unwrap(),
            serde_json::json!({"a": 1})
        );
    }

    #[test]
    fn migrate_refuses_what_it_cannot_read() {
        let newer = serde_json::json!({"format": "scorecard", "version": 2, "scorecard": {}});
        assert_eq!(
            migrate(newer, Kind::Scorecard),
            Err(FormatError::NewerVersion(2))
        );
        let unversioned = serde_json::json!({"format": "scorecard", "scorecard": {}});
        assert_eq!(
            migrate(unversioned, Kind::Scorecard),
            Err(FormatError::MissingVersion)
        );
        let other = serde_json::json!({"format": "scorecard-rubric", "version": 1});
        assert!(matches!(
            migrate(other, Kind::Scorecard),
            Err(FormatError::WrongKind { .. })
        ));
        assert_eq!(
            migrate(serde_json::json!([1]), Kind::Scorecard),
            Err(FormatError::NotADocument)
        );
    }

    #[test]
    fn decode_errors_read_as_sentences() {
        let err = decode_scorecard("{not json").unwrap_err();
        assert!(matches!(err, FormatError::NotJson(_)));
        assert!(err.to_string().starts_with("This is not valid JSON"));
        let bad_score = encode_scorecard(&card(&[1.0])).replace("\"score\":null", "\"score\":9");
        let err = decode_scorecard(&bad_score).unwrap_err();
        assert!(err.to_string().contains("outside 1-5"), "{err}");
    }

    #[test]
    fn decode_rejects_an_invalid_rubric_snapshot() {
        let mut c = card(&[1.0]);
        c.rubric.criteria[0].weight = -1.0;
        let err = decode_scorecard(&encode_scorecard(&c)).unwrap_err();
        assert!(
            err.to_string().contains("weight must be a positive"),
            "{err}"
        );
    }
}
