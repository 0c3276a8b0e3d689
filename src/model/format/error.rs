//! Why a document could not be read, and the message the user sees for each reason.

use super::{Kind, CURRENT_VERSION, MAX_DEPTH, MAX_IMPORT_BYTES};
use std::fmt;

impl Kind {
    /// The document's name in a message: "scorecard", "scorecard export".
    fn noun(self) -> &'static str {
        match self {
            Kind::Scorecard => "scorecard",
            Kind::Rubric => "rubric",
            Kind::Index => "scorecard list",
            Kind::Bundle => "scorecard export",
        }
    }
}

/// Why a document could not be read. Its `Display` is the message the user sees.
#[derive(Clone, Debug, PartialEq)]
pub enum FormatError {
    NotJson(String),
    NotADocument,
    WrongKind {
        expected: Kind,
        found: String,
    },
    MissingVersion,
    NewerVersion(u64),
    Invalid {
        kind: Kind,
        reason: String,
    },
    /// One scorecard of an export is not valid, so none of the export is read. `index` counts
    /// from 0; `candidate` is the card's candidate name when it could be read.
    InvalidCard {
        index: usize,
        count: usize,
        candidate: Option<String>,
        reason: String,
    },
    /// The text is longer than [`MAX_IMPORT_BYTES`].
    TooLarge {
        bytes: usize,
    },
    /// Arrays and objects nest deeper than [`MAX_DEPTH`].
    TooDeep,
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
            FormatError::InvalidCard {
                index,
                count,
                candidate,
                reason,
            } => {
                write!(f, "Scorecard {} of {count}", index + 1)?;
                if let Some(name) = candidate {
                    write!(f, " ({name})")?;
                }
                write!(f, " is not valid: {reason}")
            }
            FormatError::TooLarge { bytes } => {
                // Rounded up, so a file just over the limit never reads as "5.0 MB".
                let tenths = (*bytes as u64 * 10).div_ceil(1024 * 1024);
                write!(
                    f,
                    "This file is {}.{} MB; files over {} MB are not imported.",
                    tenths / 10,
                    tenths % 10,
                    MAX_IMPORT_BYTES / (1024 * 1024)
                )
            }
            FormatError::TooDeep => write!(
                f,
                "This file nests lists and objects more than {MAX_DEPTH} levels deep, which no \
                 Scorecard document does."
            ),
        }
    }
}

impl std::error::Error for FormatError {}
