//! Files in and out of the browser: downloads made from text, and text read from picked files.

use crate::model::decimal::fixed;
use crate::ui::state::{Notices, Tone};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Rubric files larger than this are refused before reading: no rubric comes close.
pub const MAX_RUBRIC_BYTES: f64 = 1024.0 * 1024.0;
/// Scorecard files larger than this are refused before reading (the decoder's own limit).
pub const MAX_SCORECARDS_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

/// How long a download's object URL stays valid after the click.
const REVOKE_AFTER_SECS: u64 = 60;

/// Offers `text` as a download named `name`.
fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("The download could not start ({e:?}).");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("No document to download from.")?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked later, not now: some browsers start reading the blob only after this task, and a
    // URL revoked at once gives them an empty or failed download.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(REVOKE_AFTER_SECS),
    );
    Ok(())
}

/// Offers `text` as a download named `name`; a download that cannot start is reported as an
/// error notice.
pub fn offer_download(notices: Notices, name: &str, text: &str, mime: &str) {
    if let Err(e) = download(name, text, mime) {
        notices.notify(e, Tone::Error);
    }
}

/// The text of a picked file, refusing files over `max_bytes`.
pub async fn read_text(file: &web_sys::File, max_bytes: f64) -> Result<String, String> {
    if file.size() > max_bytes {
        return Err(format!(
            "\u{201c}{}\u{201d} is {} MB; files over {} MB are not read.",
            file.name(),
            fixed(file.size() / 1_048_576.0, 1),
            fixed(max_bytes / 1_048_576.0, 0)
        ));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| format!("\u{201c}{}\u{201d} could not be read.", file.name()))?;
    text.as_string()
        .ok_or_else(|| format!("\u{201c}{}\u{201d} is not text.", file.name()))
}
