//! Note hints: one calm line beside a notes field when the notes hold a verdict without evidence
//! ("great", "seems") or a topic an interviewer must not record (age, religion, ...).
//!
//! The word lists are data (`rubrics/note-hints.json`, read by [`crate::rubrics::note_hints`]).
//! Matching rules, all proved by the tests below:
//! - whole words only: a word is a run of letters, digits and combining marks, so "greatly",
//!   "seemstrange" and "manage" hold no hint; add a word form to the list to catch it;
//! - a phrase's words may be separated by whitespace or hyphens ("culture-fit"), never by other
//!   punctuation ("culture. Fit" is two sentences);
//! - case-insensitive by Unicode lower case, on `char`s only: no byte index is ever sliced except
//!   at the boundaries of words found by `char_indices`, so any text is safe;
//! - a phrase in `except` ("max age") is skipped as a whole, so its words never count;
//! - a topic wins over a verdict; otherwise the first hint in the text is the one shown.

use serde::Deserialize;

/// The word lists as written in the data file.
#[derive(Debug, Clone, Deserialize)]
pub struct HintListsFile {
    pub verdicts: Vec<String>,
    pub topics: Vec<TopicFile>,
    #[serde(default)]
    pub except: Vec<String>,
}

/// One topic an interviewer must not record, and the words that name it.
#[derive(Debug, Clone, Deserialize)]
pub struct TopicFile {
    pub topic: String,
    pub words: Vec<String>,
}

/// A listed word or phrase, split into lower-case words once, when the lists are read.
#[derive(Debug, Clone, PartialEq)]
struct Phrase {
    text: String,
    words: Vec<String>,
}

impl Phrase {
    fn new(text: &str) -> Phrase {
        let words = word_spans(text)
            .map(|(a, b)| text[a..b].chars().flat_map(char::to_lowercase).collect())
            .collect();
        Phrase {
            text: text.trim().to_string(),
            words,
        }
    }
}

/// The word lists, ready to match.
#[derive(Debug, Clone)]
pub struct HintLists {
    verdicts: Vec<Phrase>,
    /// (topic name, one of its phrases), in file order.
    topics: Vec<(String, Phrase)>,
    except: Vec<Phrase>,
}

impl HintLists {
    pub fn new(file: &HintListsFile) -> HintLists {
        let keep = |p: &Phrase| !p.words.is_empty();
        HintLists {
            verdicts: file
                .verdicts
                .iter()
                .map(|w| Phrase::new(w))
                .filter(keep)
                .collect(),
            topics: file
                .topics
                .iter()
                .flat_map(|t| t.words.iter().map(|w| (t.topic.clone(), Phrase::new(w))))
                .filter(|(_, p)| keep(p))
                .collect(),
            except: file
                .except
                .iter()
                .map(|w| Phrase::new(w))
                .filter(keep)
                .collect(),
        }
    }

    /// Listed entries that hold no word at all (so could never match): for the data file's test.
    pub fn empty_entries(file: &HintListsFile) -> Vec<String> {
        let topic_words = file.topics.iter().flat_map(|t| t.words.iter());
        file.verdicts
            .iter()
            .chain(topic_words)
            .chain(file.except.iter())
            .filter(|w| Phrase::new(w).words.is_empty())
            .cloned()
            .collect()
    }
}

/// What a notes field's text holds, naming the listed word or topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint<'a> {
    /// A verdict word without evidence, as written in the list ("great").
    Verdict(&'a str),
    /// A topic not to record, by its name ("age"), and the listed word found ("birthday").
    Topic { topic: &'a str, word: &'a str },
}

impl Hint<'_> {
    /// The line shown beside the notes field.
    pub fn message(&self) -> String {
        match self {
            Hint::Verdict(word) => {
                format!("“{word}” is a verdict: note what the candidate said or did.")
            }
            Hint::Topic { topic, .. } => format!(
                "Notes should not mention {topic} (and similar topics); remove it unless the \
                 candidate's answer needs it."
            ),
        }
    }
}

/// Whether `c` belongs inside a word: letters, digits and combining marks (so "cafe\u{301}" is one
/// word). Everything else (spaces, punctuation, emoji, direction marks) separates words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The byte ranges of the words in `text`, each starting and ending on a char boundary.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = chars.next()?;
            if is_word_char(c) {
                break i;
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !is_word_char(c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some((start, end))
    })
}

/// Whether `word` equals the lower-case `listed` word, ignoring case, without allocating.
fn same_word(word: &str, listed: &str) -> bool {
    word.chars().flat_map(char::to_lowercase).eq(listed.chars())
}

/// How many words `phrase` covers at word `at` in `spans`, when it matches there.
fn matches_at(text: &str, spans: &[(usize, usize)], at: usize, phrase: &Phrase) -> Option<usize> {
    let n = phrase.words.len();
    let window = spans.get(at..at + n)?;
    let words_match = window
        .iter()
        .zip(&phrase.words)
        .all(|(&(a, b), w)| same_word(&text[a..b], w));
    let joined = window.windows(2).all(|pair| {
        text[pair[0].1..pair[1].0]
            .chars()
            .all(|c| c.is_whitespace() || c == '-')
    });
    (words_match && joined).then_some(n)
}

/// The hint for a notes field's text, if any: one scan of the text's words.
pub fn note_hint<'a>(text: &str, lists: &'a HintLists) -> Option<Hint<'a>> {
    let spans: Vec<(usize, usize)> = word_spans(text).collect();
    let mut verdict = None;
    let mut at = 0;
    while at < spans.len() {
        if let Some(n) = lists
            .except
            .iter()
            .find_map(|p| matches_at(text, &spans, at, p))
        {
            at += n;
            continue;
        }
        if let Some((topic, p)) = lists
            .topics
            .iter()
            .find(|(_, p)| matches_at(text, &spans, at, p).is_some())
        {
            return Some(Hint::Topic {
                topic,
                word: &p.text,
            });
        }
        if verdict.is_none() {
            verdict = lists
                .verdicts
                .iter()
                .find(|p| matches_at(text, &spans, at, p).is_some())
                .map(|p| Hint::Verdict(&p.text));
        }
        at += 1;
    }
    verdict
}

#[cfg(test)]
#[path = "hints_tests.rs"]
mod tests;
