//! Tests of `link.rs`, kept apart so the module reads in one sitting.

use super::*;
use crate::model::format::encode_rubric;
use crate::rubrics;
use miniz_oxide::deflate::compress_to_vec_zlib;

pub(super) const BASE: &str = "https://example.invalid/#";

pub(super) fn link_for(payload: &[u8]) -> String {
    format!(
        "{KEY}{SCHEME}.{}",
        BASE64.encode(compress_to_vec_zlib(payload, 9))
    )
}

pub(super) fn example() -> Rubric {
    decode_rubric(include_str!("../../docs/rubric-example.json")).unwrap()
}

#[test]
fn every_built_in_kit_round_trips_and_fits_in_a_link() {
    let kits = rubrics::built_in();
    assert!(!kits.is_empty());
    for rubric in &kits {
        let payload = encode_rubric_link(rubric);
        assert!(payload.starts_with("rubric=1."), "{payload}");
        let link = format!("{BASE}{payload}");
        eprintln!(
            "share link for {:<28} JSON {:>6} B -> link {:>5} B (limit {MAX_LINK_BYTES})",
            rubric.id,
            encode_rubric(rubric).len(),
            link.len()
        );
        assert!(
            link_fits(&link),
            "{} link is {} bytes",
            rubric.id,
            link.len()
        );
        assert_eq!(&decode_rubric_link(&payload).unwrap(), rubric);
        assert_eq!(&decode_rubric_link(&format!("#{payload}")).unwrap(), rubric);
        assert_eq!(&decode_rubric_link(&link).unwrap(), rubric);
    }
}

#[test]
fn encoding_is_url_safe_and_deterministic() {
    let rubric = example();
    let payload = encode_rubric_link(&rubric);
    assert_eq!(payload, encode_rubric_link(&rubric));
    let data = payload.strip_prefix("rubric=1.").unwrap();
    assert!(data
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
}

#[test]
fn whitespace_and_padding_around_the_data_are_tolerated() {
    let rubric = example();
    let payload = encode_rubric_link(&rubric);
    let (head, tail) = payload.split_at(40);
    let wrapped = format!("  {BASE}{head}\n  {tail}\n");
    assert_eq!(decode_rubric_link(&wrapped).unwrap(), rubric);
    let data_len = payload.len() - "rubric=1.".len();
    let padded = format!("{payload}{}", "=".repeat((4 - data_len % 4) % 4));
    assert_eq!(decode_rubric_link(&padded).unwrap(), rubric);
}

#[test]
fn a_truncated_link_is_incomplete_not_a_panic() {
    for rubric in rubrics::built_in().iter().chain([&example()]) {
        let payload = encode_rubric_link(rubric);
        for cut in [1, 2, 3, 4, payload.len() / 2, payload.len() - 20] {
            let short = &payload[..payload.len() - cut];
            let err = decode_rubric_link(short).unwrap_err();
            assert_eq!(err, LinkError::Incomplete, "cut {cut}: {err}");
        }
    }
    assert_eq!(
        decode_rubric_link("#rubric=").unwrap_err(),
        LinkError::Incomplete
    );
    assert_eq!(
        decode_rubric_link("#rubric=1").unwrap_err(),
        LinkError::Incomplete
    );
    assert_eq!(
        decode_rubric_link("#rubric=1.").unwrap_err(),
        LinkError::Incomplete
    );
    assert_eq!(
        LinkError::Incomplete.to_string(),
        "This link is incomplete: it may have been cut off when it was copied."
    );
}

#[test]
fn a_changed_character_is_caught() {
    let payload = encode_rubric_link(&example());
    let mut bytes = payload.into_bytes();
    let middle = bytes.len() / 2;
    bytes[middle] = if bytes[middle] == b'A' { b'B' } else { b'A' };
    let damaged = String::from_utf8(bytes).unwrap();
    let err = decode_rubric_link(&damaged).unwrap_err();
    assert!(
        matches!(err, LinkError::Corrupted | LinkError::Incomplete),
        "{err:?}"
    );
}

#[test]
fn links_that_are_not_rubric_links_are_refused() {
    for text in [
        "",
        "#",
        "   ",
        "https://example.invalid/",
        "https://example.invalid/#card=abc",
        "#Rubric=1.eJw",
        "scorecard=1.eJw",
        "💥",
    ] {
        assert_eq!(
            decode_rubric_link(text).unwrap_err(),
            LinkError::NotARubricLink,
            "{text:?}"
        );
    }
    assert!(LinkError::NotARubricLink
        .to_string()
        .starts_with("This is not a rubric link"));
}

#[test]
fn an_unknown_scheme_version_is_refused() {
    let payload = encode_rubric_link(&example());
    let v2 = payload.replacen("rubric=1.", "rubric=2.", 1);
    assert_eq!(
        decode_rubric_link(&v2).unwrap_err(),
        LinkError::UnknownVersion("2".into())
    );
    let err = decode_rubric_link(&format!("rubric={}.x", "9".repeat(1000))).unwrap_err();
    assert_eq!(
        err,
        LinkError::UnknownVersion(format!("{}…", "9".repeat(16)))
    );
    assert!(err.to_string().contains("cannot read"), "{err}");
    assert!(matches!(
        decode_rubric_link("rubric=abc").unwrap_err(),
        LinkError::UnknownVersion(_)
    ));
}

#[test]
fn garbage_data_is_refused() {
    for data in ["!!!!", "abc$def", "ab+/cd", "é", "a=b", "<script>"] {
        assert_eq!(
            decode_rubric_link(&format!("rubric=1.{data}")).unwrap_err(),
            LinkError::NotBase64,
            "{data:?}"
        );
    }
    // Valid base64 that is not zlib.
    let err = decode_rubric_link(&format!("rubric=1.{}", BASE64.encode("hello, world")));
    assert_eq!(err.unwrap_err(), LinkError::Corrupted);
    // Valid zlib whose content is not a rubric document.
    let err = decode_rubric_link(&link_for(b"hello")).unwrap_err();
    assert!(matches!(
        err,
        LinkError::InvalidRubric(FormatError::NotJson(_))
    ));
    assert!(err.to_string().contains("not valid JSON"), "{err}");
    let err = decode_rubric_link(&link_for(&[0xff, 0xfe, 0x00])).unwrap_err();
    assert!(matches!(
        err,
        LinkError::InvalidRubric(FormatError::NotJson(_))
    ));
}

#[test]
fn an_invalid_document_shows_the_format_message() {
    let mut rubric = example();
    rubric.criteria[0].weight = -1.0;
    let err = decode_rubric_link(&encode_rubric_link(&rubric)).unwrap_err();
    assert!(matches!(
        err,
        LinkError::InvalidRubric(FormatError::Invalid { .. })
    ));
    assert!(
        err.to_string().contains("weight must be a positive"),
        "{err}"
    );
    let newer = encode_rubric(&example()).replacen("\"version\":2", "\"version\":7", 1);
    let err = decode_rubric_link(&link_for(newer.as_bytes())).unwrap_err();
    assert_eq!(err, LinkError::InvalidRubric(FormatError::NewerVersion(7)));
    assert!(err.to_string().contains("Update the app"), "{err}");
    let card = r#"{"format":"scorecard","version":1,"scorecard":{}}"#;
    assert!(matches!(
        decode_rubric_link(&link_for(card.as_bytes())).unwrap_err(),
        LinkError::InvalidRubric(FormatError::WrongKind { .. })
    ));
}

#[test]
fn a_decompression_bomb_is_refused() {
    let bomb = link_for(&vec![b' '; 10 * 1024 * 1024]);
    eprintln!("10 MB bomb link: {} bytes", bomb.len());
    assert_eq!(decode_rubric_link(&bomb).unwrap_err(), LinkError::TooLarge);
    assert!(LinkError::TooLarge.to_string().contains("256 KiB"));
    // The limit is inclusive: exactly 256 KiB unpacks (and then is not JSON).
    let at_limit = link_for(&vec![b' '; MAX_DECOMPRESSED_BYTES]);
    assert!(matches!(
        decode_rubric_link(&at_limit).unwrap_err(),
        LinkError::InvalidRubric(FormatError::NotJson(_))
    ));
    let over = link_for(&vec![b' '; MAX_DECOMPRESSED_BYTES + 1]);
    assert_eq!(decode_rubric_link(&over).unwrap_err(), LinkError::TooLarge);
    let huge = format!("rubric=1.{}", "A".repeat(MAX_DECOMPRESSED_BYTES * 2 + 1));
    assert_eq!(decode_rubric_link(&huge).unwrap_err(), LinkError::TooLarge);
}

#[test]
fn markup_in_rubric_text_round_trips_as_data() {
    let mut rubric = example();
    let nasty = "<script>alert('x')</script> <img src=x onerror=alert(1)> &amp; \"q\" \
                 #rubric=1.AAAA %20 ?a=b&c=d \\ \u{0} \u{202e} 🙂 ünïcödé";
    rubric.title = nasty.into();
    rubric.summary = format!("{nasty}\n{nasty}");
    rubric.criteria[0].levels[2] = nasty.into();
    rubric.red_flags.push("</textarea><b>bold</b>".into());
    rubric.question_bank[0].text = nasty.into();
    let back = decode_rubric_link(&encode_rubric_link(&rubric)).unwrap();
    assert_eq!(back, rubric);
    assert_eq!(back.title, nasty);
}

#[test]
fn link_fits_measures_bytes() {
    assert!(link_fits(&"a".repeat(MAX_LINK_BYTES)));
    assert!(!link_fits(&"a".repeat(MAX_LINK_BYTES + 1)));
    // Multi-byte characters count by their UTF-8 length.
    assert!(!link_fits(&"é".repeat(MAX_LINK_BYTES / 2 + 1)));
}

#[test]
fn the_documented_example_decodes() {
    let r = example();
    assert_eq!(r.criteria.len(), 2);
    assert_eq!(r.question_bank.len(), 3);
    assert_eq!(r.question_guidance.len(), 1);
    assert!(r.problems().is_empty(), "{:?}", r.problems());
}

/// The schema's required lists match serde: removing a required property makes the
/// example fail to decode, removing an optional one does not; and every field the app
/// writes is described.
#[test]
fn the_schema_matches_the_serde_types() {
    use serde_json::Value;
    let schema: Value =
        serde_json::from_str(include_str!("../../docs/rubric.schema.json")).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(
        schema["required"],
        serde_json::json!(["format", "version", "rubric"])
    );
    let document: Value =
        serde_json::from_str(include_str!("../../docs/rubric-example.json")).unwrap();
    // (schema definition, JSON pointer to one object of that type in the example)
    let places = [
        ("rubric", "/rubric"),
        ("criterion", "/rubric/criteria/0"),
        ("recommendationGuide", "/rubric/recommendations/0"),
        ("question", "/rubric/question_bank/1"),
        ("kindGuidance", "/rubric/question_guidance/0"),
        ("questionPlan", "/rubric/plan"),
        ("mixRule", "/rubric/plan/mix/0"),
    ];
    for (def, pointer) in places {
        let def = &schema["$defs"][def];
        let properties = def["properties"].as_object().unwrap();
        let required: Vec<&str> = def["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let object = document.pointer(pointer).unwrap().as_object().unwrap();
        for key in object.keys() {
            assert!(
                properties.contains_key(key),
                "{pointer}: {key} not in the schema"
            );
        }
        for name in properties.keys() {
            assert!(
                object.contains_key(name),
                "the example leaves out {pointer}/{name}"
            );
            let mut doc = document.clone();
            doc.pointer_mut(pointer)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .remove(name);
            let decoded = decode_rubric(&doc.to_string());
            assert_eq!(
                decoded.is_err(),
                required.contains(&name.as_str()),
                "{pointer}/{name}: required in schema = {}, decode = {decoded:?}",
                required.contains(&name.as_str())
            );
        }
    }
    // Everything the app writes for a full rubric is described.
    let written: Value = serde_json::from_str(&encode_rubric(&example())).unwrap();
    let rubric_props = schema["$defs"]["rubric"]["properties"].as_object().unwrap();
    for key in written["rubric"].as_object().unwrap().keys() {
        assert!(rubric_props.contains_key(key), "{key} not in the schema");
    }
}

#[test]
fn a_version_one_share_link_reads_with_red_flags_noted() {
    let kit = example();
    let v1 = crate::model::format::v1_tests::as_version_one(&encode_rubric(&kit));
    let read = decode_rubric_link(&link_for(v1.as_bytes())).unwrap();
    assert_eq!(
        read.decision_rule.red_flags,
        crate::model::RedFlagPolicy::Note
    );
    assert_eq!(read.criteria, kit.criteria);
    assert_eq!(read.pass_threshold, kit.pass_threshold);
}

/// The links `tests/web.rs` opens in the browser, made here by the native codec: the browser's
/// DecompressionStream must read what miniz_oxide writes (the links shared so far).
#[test]
fn golden_links_for_the_browser_tests() {
    // Regenerate with `UPDATE_GOLDEN=1 cargo test --lib export`, then review the diff.
    crate::export::fixtures::golden("rubric-example.link", &encode_rubric_link(&example()));
    crate::export::fixtures::golden("bomb.link", &link_for(&vec![b' '; 10 * 1024 * 1024]));
}
