//! Plain-text rules every export shares before it escapes for its format: a note's lines, and
//! the isolation of text holding bidirectional controls.

use std::borrow::Cow;

/// The lines of a multi-line note, with `\r\n` and lone `\r` read as line ends and the note
/// trimmed at both ends.
pub(crate) fn lines(text: &str) -> Vec<&str> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    text.split("\r\n")
        .flat_map(|l| l.split(['\r', '\n']))
        .collect()
}

/// Whether `text` holds explicit bidirectional controls (embeddings, overrides, isolates).
fn has_bidi_controls(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

/// Text with bidi controls wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so a
/// right-to-left override in a name cannot reorder the words around it. Other text unchanged.
pub(crate) fn isolate(text: &str) -> Cow<'_, str> {
    if has_bidi_controls(text) {
        Cow::Owned(format!("\u{2068}{text}\u{2069}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_split_on_any_line_end_and_trim() {
        assert_eq!(lines("  a\r\nb\rc\n\nd \n"), ["a", "b", "c", "", "d"]);
        assert!(lines(" \n ").is_empty());
    }

    #[test]
    fn only_text_with_bidi_controls_is_isolated() {
        assert_eq!(isolate("مرحبا"), "مرحبا");
        assert_eq!(isolate("\u{202E}x"), "\u{2068}\u{202E}x\u{2069}");
    }
}
