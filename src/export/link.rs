//! Share by link: a rubric travels in a URL fragment, `#rubric=1.<data>`, where `<data>` is
//! base64url (no padding) of the zlib-compressed rubric document from
//! [`encode_rubric`](crate::model::format::encode_rubric). The fragment never reaches a
//! server, so the app stays offline. Decoding never panics: every way a pasted link can be
//! wrong comes back as a [`LinkError`] whose `Display` is the sentence the user sees.
//!
//! The compression is the browser's own: [`encode_link`] and [`decode_link`] (what the UI calls)
//! run the rubric through `CompressionStream("deflate")` / `DecompressionStream("deflate")`,
//! which read and write zlib, the format links have always had, so the app links no compressor
//! of its own. Natively (the unit and fuzz tests) the same calls use `miniz_oxide`, a native-only
//! dependency, through the synchronous [`encode_rubric_link`] and [`decode_rubric_link`].

use crate::model::format::{decode_rubric, encode_rubric, FormatError};
use crate::model::Rubric;
use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::{DecodeError, Engine};
use std::fmt;

/// What starts a rubric fragment, before the scheme version.
const KEY: &str = "rubric=";
/// The link scheme version written today. Bump it if the link layout (not the document
/// inside, which has its own version) ever changes.
const SCHEME: &str = "1";

/// The longest link worth offering: some chat apps, mail clients and browsers cut or refuse
/// longer ones.
pub const MAX_LINK_BYTES: usize = 8 * 1024;

/// The most rubric JSON a link may unpack to. Real rubrics are a few tens of KiB at most; the
/// limit stops a small link from unpacking to gigabytes (a decompression bomb).
pub const MAX_DECOMPRESSED_BYTES: usize = 256 * 1024;

/// Base64url. Writes no padding; reads with or without it, and ignores the unused low bits
/// of the last character, so a link cut short is reported as incomplete by the zlib
/// checks rather than as bad base64.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Why a link could not be opened. `Display` gives the sentence for the user.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// The fragment does not start with `rubric=`.
    NotARubricLink,
    /// The link scheme version is not one this app reads (shortened for display).
    UnknownVersion(String),
    /// The data holds characters that are not base64url.
    NotBase64,
    /// The data stops before the compressed stream ends.
    Incomplete,
    /// The data is complete but fails its checks (bad stream, checksum mismatch).
    Corrupted,
    /// The data unpacks to more than [`MAX_DECOMPRESSED_BYTES`].
    TooLarge,
    /// The link is intact but the rubric document inside is not valid.
    InvalidRubric(FormatError),
    /// The browser has no `CompressionStream` / `DecompressionStream` (or it failed).
    Unsupported,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::NotARubricLink => write!(
                f,
                "This is not a rubric link: a shared rubric link contains \"#rubric=\"."
            ),
            LinkError::UnknownVersion(v) => write!(
                f,
                "This rubric link uses link format \"{v}\", which this version of Scorecard \
                 cannot read. Update the app, or ask for the rubric as a file."
            ),
            LinkError::NotBase64 => write!(
                f,
                "This link is damaged: it contains characters that do not belong in a rubric \
                 link. Copy the whole link again."
            ),
            LinkError::Incomplete => write!(
                f,
                "This link is incomplete: it may have been cut off when it was copied."
            ),
            LinkError::Corrupted => write!(
                f,
                "This link is damaged: its data does not pass its checks. Copy the whole link \
                 again."
            ),
            LinkError::TooLarge => write!(
                f,
                "This link unpacks to more than {} KiB, far more than any rubric needs, so it \
                 was not opened.",
                MAX_DECOMPRESSED_BYTES / 1024
            ),
            LinkError::InvalidRubric(e) => {
                write!(f, "The rubric in this link could not be opened. {e}")
            }
            LinkError::Unsupported => write!(
                f,
                "This browser cannot pack or unpack rubric links. Share the rubric as a file \
                 (Export), or use a current browser."
            ),
        }
    }
}

impl std::error::Error for LinkError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LinkError::InvalidRubric(e) => Some(e),
            _ => None,
        }
    }
}

/// The fragment payload (without `#`) that carries `rubric`: `rubric=1.<data>`. What the UI
/// calls; in the browser it compresses with `CompressionStream`.
pub async fn encode_link(rubric: &Rubric) -> Result<String, LinkError> {
    let compressed = codec::deflate(encode_rubric(rubric).as_bytes()).await?;
    Ok(payload(&compressed))
}

/// Reads a rubric from a link fragment: `rubric=1.…`, `#rubric=1.…`, or a whole URL (what
/// follows its first `#`). Migrates and validates the document like a file import. What the
/// UI calls; in the browser it inflates with `DecompressionStream`, within
/// [`MAX_DECOMPRESSED_BYTES`].
pub async fn decode_link(fragment: &str) -> Result<Rubric, LinkError> {
    let compressed = unwrap_fragment(fragment)?;
    read_document(codec::inflate(&compressed).await?)
}

/// [`encode_link`] without the wait, with the native codec (tests and fuzzing).
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_rubric_link(rubric: &Rubric) -> String {
    payload(&codec::deflate_now(encode_rubric(rubric).as_bytes()))
}

/// [`decode_link`] without the wait, with the native codec (tests and fuzzing).
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_rubric_link(fragment: &str) -> Result<Rubric, LinkError> {
    let compressed = unwrap_fragment(fragment)?;
    read_document(codec::inflate_now(&compressed)?)
}

fn payload(compressed: &[u8]) -> String {
    format!("{KEY}{SCHEME}.{}", BASE64.encode(compressed))
}

/// Whether a link is short enough to share. Pass the whole link the user will copy (page
/// address, `#` and payload), since the address counts against the limit too.
pub fn link_fits(payload: &str) -> bool {
    payload.len() <= MAX_LINK_BYTES
}

/// The compressed bytes of a fragment: checks the key and the scheme version, base64url-decodes.
fn unwrap_fragment(fragment: &str) -> Result<Vec<u8>, LinkError> {
    let text = fragment.trim();
    let text = text.split_once('#').map_or(text, |(_, after)| after);
    let rest = text.strip_prefix(KEY).ok_or(LinkError::NotARubricLink)?;
    let Some((version, data)) = rest.split_once('.') else {
        // "rubric=" or "rubric=1": cut off before the data began.
        return Err(if format!("{SCHEME}.").starts_with(rest) {
            LinkError::Incomplete
        } else {
            LinkError::UnknownVersion(shorten(rest))
        });
    };
    if version != SCHEME {
        return Err(LinkError::UnknownVersion(shorten(version)));
    }
    // Mail clients sometimes wrap long links; the line breaks are not part of the data.
    let data: String = data.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    // Deflate output is never much larger than its input, so data this long cannot unpack
    // within the limit; refuse it before decoding anything.
    if data.len() > MAX_DECOMPRESSED_BYTES * 2 {
        return Err(LinkError::TooLarge);
    }
    let compressed = BASE64.decode(&data).map_err(|e| match e {
        // A length no base64 text can have: the last character group was cut.
        DecodeError::InvalidLength(_) => LinkError::Incomplete,
        _ => LinkError::NotBase64,
    })?;
    if compressed.is_empty() {
        return Err(LinkError::Incomplete);
    }
    Ok(compressed)
}

/// The unpacked bytes as a rubric document.
fn read_document(json: Vec<u8>) -> Result<Rubric, LinkError> {
    let json = String::from_utf8(json)
        .map_err(|e| LinkError::InvalidRubric(FormatError::NotJson(e.to_string())))?;
    decode_rubric(&json).map_err(LinkError::InvalidRubric)
}

/// At most 16 characters of untrusted text, for an error message.
fn shorten(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(16).collect();
    if chars.next().is_some() {
        format!("{short}…")
    } else {
        short
    }
}

/// zlib by `miniz_oxide`: native builds only (the wasm build does not link it).
#[cfg(not(target_arch = "wasm32"))]
#[path = "link_native.rs"]
mod codec;

/// zlib by the browser's `CompressionStream` / `DecompressionStream`.
#[cfg(target_arch = "wasm32")]
#[path = "link_browser.rs"]
mod codec;

// Native only: they drive the synchronous miniz_oxide codec (the browser's is in tests/web.rs).
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "link_fuzz_tests.rs"]
mod fuzz_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "link_tests.rs"]
mod tests;
