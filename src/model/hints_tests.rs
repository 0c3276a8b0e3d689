use super::*;

fn lists() -> HintLists {
    HintLists::new(&HintListsFile {
        verdicts: [
            "great",
            "smart",
            "culture fit",
            "not a fit",
            "seems",
            "très bien",
        ]
        .map(String::from)
        .to_vec(),
        topics: vec![
            TopicFile {
                topic: "age".into(),
                words: ["age", "years old"].map(String::from).to_vec(),
            },
            TopicFile {
                topic: "religion".into(),
                words: ["religion", "دين"].map(String::from).to_vec(),
            },
        ],
        except: vec!["max age".into()],
    })
}

fn hint(text: &str) -> Option<String> {
    let l = lists();
    note_hint(text, &l).map(|h| match h {
        Hint::Verdict(w) => format!("verdict {w}"),
        Hint::Topic { topic, .. } => format!("topic {topic}"),
    })
}

fn v(w: &str) -> Option<String> {
    Some(format!("verdict {w}"))
}

fn t(w: &str) -> Option<String> {
    Some(format!("topic {w}"))
}

#[test]
fn evidence_only_notes_hold_no_hint() {
    assert_eq!(hint(""), None);
    assert_eq!(
        hint("Designed idempotent retries with a request key; named p99."),
        None
    );
}

#[test]
fn a_verdict_word_is_found_whole_and_in_any_case() {
    assert_eq!(hint("seems great"), v("seems"));
    assert_eq!(hint("GREAT answer"), v("great"));
    assert_eq!(hint("Smart."), v("smart"));
    assert_eq!(hint("(great)"), v("great"));
    assert_eq!(hint("it was great!"), v("great"));
}

#[test]
fn only_whole_words_count() {
    // Decided: "greatly" is another word; a team adds it to the list to catch it.
    assert_eq!(hint("greatly improved the cache"), None);
    assert_eq!(hint("seemstrange"), None);
    assert_eq!(hint("outsmarted"), None);
    assert_eq!(hint("manage the page"), None);
    assert_eq!(hint("great1"), None);
}

#[test]
fn phrases_match_across_spaces_and_hyphens_but_not_sentences() {
    assert_eq!(hint("a culture fit"), v("culture fit"));
    assert_eq!(hint("Culture   FIT"), v("culture fit"));
    assert_eq!(hint("culture\nfit"), v("culture fit"));
    assert_eq!(hint("culture-fit"), v("culture fit"));
    assert_eq!(hint("not a fit for us"), v("not a fit"));
    assert_eq!(hint("the culture. Fit tests pass"), None);
    assert_eq!(hint("culture"), None);
    assert_eq!(hint("not a"), None);
}

#[test]
fn a_topic_wins_over_a_verdict_and_except_phrases_never_count() {
    assert_eq!(hint("great, but mentioned her age"), t("age"));
    assert_eq!(hint("40 years old"), t("age"));
    assert_eq!(hint("set max-age on the cache"), None);
    assert_eq!(hint("Max age 60s, age of the data too"), t("age"));
    assert_eq!(hint("agent and agenda"), None);
}

#[test]
fn case_folding_and_any_unicode_is_safe() {
    assert_eq!(hint("TRÈS BIEN"), v("très bien"));
    assert_eq!(hint("tres bien"), None);
    // Combining marks stay inside the word: "great\u{301}" is not "great".
    assert_eq!(hint("great\u{301}"), None);
    assert_eq!(hint("cafe\u{301} great"), v("great"));
    // Right-to-left text and marks, emoji, zero-width joiners.
    assert_eq!(hint("\u{200F}دين\u{200F}"), t("religion"));
    assert_eq!(hint("مرحبا بالعالم"), None);
    assert_eq!(hint("👍great👍"), v("great"));
    assert_eq!(hint("👩\u{200D}💻 seems"), v("seems"));
    // Lower case that grows: "İ" lowers to two chars.
    assert_eq!(hint("İİİ great"), v("great"));
    for s in [
        "\u{0}",
        "\u{301}",
        "\u{301}great",
        "😀",
        "a\u{FE0F}",
        "\u{10FFFF}",
        " - - ",
    ] {
        let _ = hint(s);
    }
}

#[test]
fn the_messages_are_calm_and_name_the_word_or_topic() {
    assert_eq!(
        Hint::Verdict("great").message(),
        "“great” is a verdict: note what the candidate said or did."
    );
    let m = Hint::Topic {
        topic: "age",
        word: "years old",
    }
    .message();
    assert!(m.starts_with("Notes should not mention age (and similar topics)"));
}

#[test]
fn empty_entries_are_reported_and_never_match() {
    let file = HintListsFile {
        verdicts: vec!["  ".into(), "--".into(), "ok".into()],
        topics: vec![],
        except: vec![],
    };
    assert_eq!(HintLists::empty_entries(&file), ["  ", "--"]);
    assert_eq!(
        note_hint("-- ok", &HintLists::new(&file)),
        Some(Hint::Verdict("ok"))
    );
}

#[test]
fn no_input_panics() {
    let l = lists();
    let mut s = String::new();
    for c in (0u32..0x3000).step_by(7).filter_map(char::from_u32) {
        s.push(c);
        let _ = note_hint(&s, &l);
    }
}
