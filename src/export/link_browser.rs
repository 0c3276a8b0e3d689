//! The browser's zlib codec of share links: `CompressionStream("deflate")` and
//! `DecompressionStream("deflate")` (the "deflate" format is zlib, what links have always held).
//! The input is written in small pieces and the output read as it comes, so a decompression
//! bomb is stopped after [`MAX_DECOMPRESSED_BYTES`] without the browser unpacking the rest.

use super::{LinkError, MAX_DECOMPRESSED_BYTES};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, WritableStreamDefaultWriter};

// web-sys has these only behind `web_sys_unstable_apis`; two constructors and two getters are
// all this needs.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// What both streams are: a writable side and a readable side.
    type Transform;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &Transform) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &Transform) -> web_sys::WritableStream;
}

/// Compressed input written per step: at most about 1 MiB of output can come of one piece.
const PIECE: usize = 1024;

pub(super) async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, LinkError> {
    let stream = CompressionStream::new("deflate").map_err(|_| LinkError::Unsupported)?;
    pump(stream.unchecked_ref(), bytes, usize::MAX)
        .await
        .map_err(|_| LinkError::Unsupported)
}

pub(super) async fn inflate(compressed: &[u8]) -> Result<Vec<u8>, LinkError> {
    let stream = DecompressionStream::new("deflate").map_err(|_| LinkError::Unsupported)?;
    pump(stream.unchecked_ref(), compressed, MAX_DECOMPRESSED_BYTES)
        .await
        .map_err(|e| match e {
            Stop::TooLarge => LinkError::TooLarge,
            // The browser says what went wrong only in words: Chromium's is "Compressed input
            // was truncated.", Firefox's "... unexpected end of file" / "incomplete".
            Stop::Failed(message) if is_cut_off(&message) => LinkError::Incomplete,
            Stop::Failed(_) => LinkError::Corrupted,
        })
}

fn is_cut_off(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    ["truncated", "end of", "incomplete"]
        .iter()
        .any(|w| message.contains(w))
}

enum Stop {
    TooLarge,
    /// The stream failed; the browser's message.
    Failed(String),
}

impl From<JsValue> for Stop {
    fn from(e: JsValue) -> Self {
        let message = Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_default();
        Stop::Failed(message)
    }
}

/// Runs `input` through `transform`, reading at most `limit` bytes of output.
async fn pump(transform: &Transform, input: &[u8], limit: usize) -> Result<Vec<u8>, Stop> {
    let writer: WritableStreamDefaultWriter = transform.writable().get_writer()?;
    let reader: ReadableStreamDefaultReader = transform.readable().get_reader().unchecked_into();
    // Every piece is queued at once; the stream takes the next one only once its output has
    // been read. Each write's promise is watched from the start (no unhandled rejection) and
    // awaited at the end, when the stream has settled it.
    let mut writes: Vec<JsFuture> = input
        .chunks(PIECE)
        .map(|piece| JsFuture::from(writer.write_with_chunk(&Uint8Array::from(piece))))
        .collect();
    writes.push(JsFuture::from(writer.close()));
    let result = read_all(&reader, limit).await;
    if result.is_err() {
        // Stops the stream: the pieces still queued are dropped unread.
        let _ = JsFuture::from(reader.cancel()).await;
    }
    for write in writes {
        let _ = write.await;
    }
    result
}

async fn read_all(reader: &ReadableStreamDefaultReader, limit: usize) -> Result<Vec<u8>, Stop> {
    let mut out = Vec::new();
    loop {
        let step = JsFuture::from(reader.read()).await?;
        if Reflect::get(&step, &"done".into())?.is_truthy() {
            return Ok(out);
        }
        let chunk: Uint8Array = Reflect::get(&step, &"value".into())?.unchecked_into();
        let start = out.len();
        let len = chunk.length() as usize;
        if start + len > limit {
            return Err(Stop::TooLarge);
        }
        out.resize(start + len, 0);
        chunk.copy_to(&mut out[start..]);
    }
}
