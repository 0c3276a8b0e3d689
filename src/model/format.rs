//! Versioned documents. Everything stored or exported is an envelope
//! `{"format": KIND, "version": N, KIND_BODY: {...}}`, and everything read passes through
//! [`migrate`], the single entry point that brings an older version up to [`CURRENT_VERSION`].
//! Imports of scorecards ([`decode_any_scorecards`]) also refuse oversized and deeply nested
//! text before parsing it, and read a one-card document or a many-card export alike. Why a
//! document could not be read, in the user's words, is [`FormatError`] (in `format/error.rs`).

mod error;
pub use error::FormatError;

use super::{Rubric, Scorecard};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::{Map, Value};

/// The largest import read, in bytes of text (64 MB): an "Export all" of a full 5 MiB library
/// (about 5,500 scorecards, each export carrying its rubric snapshot) stays under it.
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

/// The deepest nesting of arrays and objects an import may have. Real documents nest about ten
/// levels deep; the limit keeps a hostile file from exhausting the stack.
pub const MAX_DEPTH: usize = 64;

/// The version written today. Bump it, and add a step to [`migrate`], when a format changes.
pub const CURRENT_VERSION: u64 = 2;

/// The kinds of document the app reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Scorecard,
    Rubric,
    /// The list of stored scorecard ids.
    Index,
    /// Several scorecards exported together, each a full scorecard body with its rubric snapshot.
    Bundle,
}

impl Kind {
    /// The `format` field's value.
    pub fn format(self) -> &'static str {
        match self {
            Kind::Scorecard => "scorecard",
            Kind::Rubric => "scorecard-rubric",
            Kind::Index => "scorecard-index",
            Kind::Bundle => "scorecard-export",
        }
    }

    /// The field holding the document's body.
    fn body(self) -> &'static str {
        match self {
            Kind::Scorecard => "scorecard",
            Kind::Rubric => "rubric",
            Kind::Index => "ids",
            Kind::Bundle => "scorecards",
        }
    }
}

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
    Ok(upgrade(kind, version, body))
}

/// Brings a body of `kind` at `version` up to [`CURRENT_VERSION`]; called only by [`migrate`].
/// The cards of an export are scorecard bodies at the export's version, so each takes the
/// scorecard's steps. Steps run oldest first.
fn upgrade(kind: Kind, version: u64, body: Value) -> Value {
    match (kind, body) {
        (Kind::Bundle, Value::Array(cards)) => Value::Array(
            cards
                .into_iter()
                .map(|card| upgrade(Kind::Scorecard, version, card))
                .collect(),
        ),
        (Kind::Scorecard, body) if version < 2 => scorecard_v1_to_v2(body),
        (Kind::Rubric, body) if version < 2 => rubric_v1_to_v2(body),
        (_, body) => body,
    }
}

/// Version 1 had no red-flag policy: red flags never changed a result. A version-1 rubric
/// without a `decision_rule` gets `{"must_pass": [], "red_flags": "note"}`, so it opens
/// unchanged in meaning (version 2's default for an absent rule is `cap_no_hire`).
fn rubric_v1_to_v2(mut body: Value) -> Value {
    if let Value::Object(rubric) = &mut body {
        rubric
            .entry("decision_rule")
            .or_insert_with(|| serde_json::json!({"must_pass": [], "red_flags": "note"}));
    }
    body
}

/// A version-1 scorecard: its rubric snapshot takes [`rubric_v1_to_v2`]. (A "draft" whose call
/// ended stays with [`Scorecard::normalize`]: a two-tab merge, not only an old document, needs it.)
fn scorecard_v1_to_v2(mut body: Value) -> Value {
    if let Some(rubric) = body.get_mut("rubric") {
        *rubric = rubric_v1_to_v2(rubric.take());
    }
    body
}

fn encode<T: Serialize>(kind: Kind, body: &T) -> String {
    encode_value(
        kind,
        serde_json::to_value(body).expect("model types always serialize"),
    )
}

/// A document of `kind` around a body already turned into a JSON value.
pub(crate) fn encode_value(kind: Kind, body: Value) -> String {
    let mut envelope = Map::new();
    envelope.insert("format".into(), kind.format().into());
    envelope.insert("version".into(), CURRENT_VERSION.into());
    envelope.insert(kind.body().into(), body);
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
    let value: Value =
        serde_json::from_str(text).map_err(|e| FormatError::NotJson(e.to_string()))?;
    scorecard_from_body(migrate(value, Kind::Scorecard)?)
}

/// Reads a scorecard document already parsed into a value (storage parses once).
pub(crate) fn decode_scorecard_value(value: Value) -> Result<Scorecard, FormatError> {
    scorecard_from_body(migrate(value, Kind::Scorecard)?)
}

/// The checks every scorecard read passes: the migrated body deserializes, its rubric snapshot
/// is valid, and its criterion entries are put in rubric order.
fn scorecard_from_body(body: Value) -> Result<Scorecard, FormatError> {
    let mut card: Scorecard = serde_json::from_value(body).map_err(|e| FormatError::Invalid {
        kind: Kind::Scorecard,
        reason: e.to_string(),
    })?;
    check_rubric(&card.rubric)?;
    card.normalize();
    Ok(card)
}

/// An export of several scorecards: `{"format": "scorecard-export", "version": 2,
/// "exported_at": ms, "app_version": "x.y.z", "scorecards": [body, ...]}`, each body the same
/// object as a single scorecard document's, rubric snapshot included.
pub fn encode_bundle(cards: &[Scorecard], exported_at: i64, app_version: &str) -> String {
    let mut envelope = Map::new();
    envelope.insert("format".into(), Kind::Bundle.format().into());
    envelope.insert("version".into(), CURRENT_VERSION.into());
    envelope.insert("exported_at".into(), exported_at.into());
    envelope.insert("app_version".into(), app_version.into());
    envelope.insert(
        Kind::Bundle.body().into(),
        serde_json::to_value(cards).expect("model types always serialize"),
    );
    serde_json::to_string(&Value::Object(envelope)).expect("a JSON value always serializes")
}

/// Reads an import: an export of several scorecards, or a single scorecard document. Every
/// card is migrated and checked as [`decode_scorecard`] does, and must have an id. All or
/// nothing: one bad card refuses the whole text, with a message naming the card. Text over
/// [`MAX_IMPORT_BYTES`] or nested deeper than [`MAX_DEPTH`] is refused before it is parsed.
pub fn decode_any_scorecards(text: &str) -> Result<Vec<Scorecard>, FormatError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(FormatError::TooLarge { bytes: text.len() });
    }
    if nesting_depth_exceeds(text, MAX_DEPTH) {
        return Err(FormatError::TooDeep);
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| FormatError::NotJson(e.to_string()))?;
    let is_bundle = value.get("format").and_then(Value::as_str) == Some(Kind::Bundle.format());
    if !is_bundle {
        // Anything else is read as one scorecard, so a rubric or a stranger gets that message.
        let card = scorecard_from_body(migrate(value, Kind::Scorecard)?)?;
        check_id(&card).map_err(|reason| FormatError::Invalid {
            kind: Kind::Scorecard,
            reason,
        })?;
        return Ok(vec![card]);
    }
    let exported_at = value.get("exported_at").cloned();
    let app_version = value.get("app_version").cloned();
    let body = migrate(value, Kind::Bundle)?;
    let invalid = |reason: &str| FormatError::Invalid {
        kind: Kind::Bundle,
        reason: reason.to_string(),
    };
    if exported_at.is_some_and(|v| v.as_i64().is_none()) {
        return Err(invalid(
            "\"exported_at\" is not a whole number of milliseconds.",
        ));
    }
    if app_version.is_some_and(|v| !v.is_string()) {
        return Err(invalid("\"app_version\" is not text."));
    }
    let Value::Array(bodies) = body else {
        return Err(invalid("\"scorecards\" is not a list."));
    };
    let count = bodies.len();
    let mut cards = Vec::with_capacity(count);
    for (index, body) in bodies.into_iter().enumerate() {
        let candidate = body
            .get("candidate")
            .and_then(Value::as_str)
            .map(short_name)
            .filter(|name| !name.is_empty());
        let card = scorecard_from_body(body)
            .map_err(|e| match e {
                FormatError::Invalid {
                    kind: Kind::Rubric,
                    reason,
                } => format!("its rubric snapshot: {reason}"),
                FormatError::Invalid { reason, .. } => reason,
                other => other.to_string(),
            })
            .and_then(|card| check_id(&card).map(|()| card))
            .map_err(|reason| FormatError::InvalidCard {
                index,
                count,
                candidate,
                reason,
            })?;
        cards.push(card);
    }
    Ok(cards)
}

/// An imported card becomes a storage key, so its id must not be blank.
fn check_id(card: &Scorecard) -> Result<(), String> {
    if card.id.trim().is_empty() {
        Err("it has no id.".into())
    } else {
        Ok(())
    }
}

/// A candidate's name as an error message shows it: trimmed, at most 40 characters.
fn short_name(name: &str) -> String {
    const MAX: usize = 40;
    let name = name.trim();
    match name.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", name[..cut].trim_end()),
        None => name.to_string(),
    }
}

/// Whether arrays and objects in `text` nest deeper than `max`, counted without parsing or
/// recursion (brackets inside strings do not count), so hostile text cannot exhaust the stack.
/// Malformed JSON is left for the parser to report.
fn nesting_depth_exceeds(text: &str, max: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
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
#[path = "format_tests.rs"]
pub(crate) mod tests;
#[cfg(test)]
#[path = "format_v1_tests.rs"]
pub(crate) mod v1_tests;
