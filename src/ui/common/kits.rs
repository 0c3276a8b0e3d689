//! Fetching the built-in kits' files, in the release build that leaves their text out of the
//! first module (`crate::rubrics`): the page names them in `<meta name="scorecard-kits">`
//! (written by `scripts/kits.mjs`; `data:` URLs in the single-file build).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The kit files the page names, in its order.
fn urls() -> Vec<String> {
    let content = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name='scorecard-kits']")
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    content.split_whitespace().map(str::to_string).collect()
}

/// The text of every kit file, all fetched at once; an error says why one could not be read,
/// in words for the interviewer (not the file's hashed name).
pub async fn fetch_texts() -> Result<Vec<String>, String> {
    let urls = urls();
    let window = web_sys::window().ok_or("no window")?;
    if urls.is_empty() {
        return Err("the page names no rubric files".into());
    }
    let requests: Vec<_> = urls
        .iter()
        .map(|url| JsFuture::from(window.fetch_with_str(url)))
        .collect();
    let mut texts = Vec::with_capacity(urls.len());
    for (url, request) in urls.iter().zip(requests) {
        let unreachable = || "the network is not answering".to_string();
        let response: web_sys::Response =
            request.await.map_err(|_| unreachable())?.unchecked_into();
        if !response.ok() {
            return Err(format!(
                "the server answered {} for {url}",
                response.status()
            ));
        }
        let text = response.text().map_err(|_| unreachable())?;
        let text = JsFuture::from(text).await.map_err(|_| unreachable())?;
        texts.push(text.as_string().unwrap_or_default());
    }
    Ok(texts)
}
