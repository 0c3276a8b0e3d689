//! The native zlib codec of share links (`miniz_oxide`): what the unit and fuzz tests run. The
//! browser build uses `link_browser.rs` instead; both read and write the same zlib streams.

use super::{LinkError, MAX_DECOMPRESSED_BYTES};
use miniz_oxide::deflate::{compress_to_vec_zlib, CompressionLevel};
use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};

pub(super) fn deflate_now(bytes: &[u8]) -> Vec<u8> {
    compress_to_vec_zlib(bytes, CompressionLevel::BestCompression as u8)
}

/// Inflates within [`MAX_DECOMPRESSED_BYTES`].
pub(super) fn inflate_now(compressed: &[u8]) -> Result<Vec<u8>, LinkError> {
    // One byte over the limit, so that a document of exactly the limit still reads.
    match decompress_to_vec_zlib_with_limit(compressed, MAX_DECOMPRESSED_BYTES + 1) {
        Ok(json) if json.len() > MAX_DECOMPRESSED_BYTES => Err(LinkError::TooLarge),
        Ok(json) => Ok(json),
        Err(e) => Err(match e.status {
            TINFLStatus::HasMoreOutput => LinkError::TooLarge,
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                LinkError::Incomplete
            }
            _ => LinkError::Corrupted,
        }),
    }
}

pub(super) async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, LinkError> {
    Ok(deflate_now(bytes))
}

pub(super) async fn inflate(compressed: &[u8]) -> Result<Vec<u8>, LinkError> {
    inflate_now(compressed)
}
