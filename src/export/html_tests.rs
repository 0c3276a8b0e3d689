//! Tests of `html.rs`, kept apart so the module reads in one sitting.

use super::*;
use crate::export::fixtures::{self, golden, HOSTILE};

/// The document's tags, outside the style sheet, as `name attr="v" ...` without brackets.
fn tags(html: &str) -> Vec<&str> {
    let (head, rest) = html.split_once("<style>").unwrap();
    let (_, body) = rest.split_once("</style>").unwrap();
    let mut tags = Vec::new();
    for part in [head, body] {
        let mut rest = part;
        while let Some(start) = rest.find('<') {
            let end = rest[start..].find('>').expect("every tag closes") + start;
            tags.push(&rest[start + 1..end]);
            rest = &rest[end + 1..];
        }
    }
    tags
}

/// Text as a reader sees it: tags dropped, `<br>` as a line end, entities decoded.
fn text_of(html: &str) -> String {
    let body = html.replace("<br>", "\n");
    let mut text = String::new();
    let mut in_tag = false;
    for ch in body.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(ch),
            _ => {}
        }
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#61;", "=")
        .replace("&amp;", "&")
}

#[test]
fn escaping_covers_the_five_characters_and_equals() {
    assert_eq!(
        escape_html(r#"<a href="x" title='y'>&</a>"#),
        "&lt;a href&#61;&quot;x&quot; title&#61;&#39;y&#39;&gt;&amp;&lt;/a&gt;"
    );
    assert_eq!(escape_html("plain ✓ مرحبا"), "plain ✓ مرحبا");
}

#[test]
fn golden_realistic_card() {
    // Regenerate with `UPDATE_GOLDEN=1 cargo test --lib export`, then review the diff.
    golden("scorecard.html", &scorecard_html(&fixtures::realistic()));
}

#[test]
fn the_document_is_self_contained() {
    let html = scorecard_html(&fixtures::realistic());
    assert!(html.starts_with("<!doctype html>\n"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{EXPORT_CSP}\">"
    )));
    assert!(EXPORT_CSP.starts_with("default-src 'none';") && !EXPORT_CSP.contains("script"));
    assert!(html.contains("<title>Scorecard: Ada Lovelace</title>"));
    assert!(html.contains("@page { margin: 15mm; }"));
    assert!(html.contains("system-ui"));
    let lower = html.to_lowercase();
    for banned in [
        "<script", "<link", "<img", "<iframe", "url(", "@import", "http:", "https:", "//",
    ] {
        assert!(!lower.contains(banned), "{banned}");
    }
    assert_eq!(html.matches("<style>").count(), 1);
}

#[test]
fn the_realistic_card_shows_every_fact() {
    let card = fixtures::realistic();
    let text = text_of(&scorecard_html(&card));
    for expected in [
        "Ada Lovelace",
        "Backend Engineer",
        "Grace Hopper",
        "2026-11-22",
        "Backend behavioral (STAR-L)",
        "Completed (completed late)",
        "Call length",
        "29:40 (planned 30 min)",
        "Hire",
        "3.50 / 5",
        "6 of 6 criteria scored",
        "3.20",
        "Passes the threshold",
        "Pass threshold unlocked and changed from 3.00 to 3.20 (2026-11-22 05:38 UTC).",
        "4 Strong",
        "3 Meets bar",
        "Behavioral · answer 1:35 · 4 Strong",
        "Technical · ad hoc · answer 2:05 · 4 Strong",
        "STAR-L: ✓ Situation · ✓ Task · – Action · – Result · – Learning (2 of 5)",
        "Joined ten minutes late without a message (interviewer's own)",
        "Payments outage, Black Friday 2024.\nRolled back within 12 min",
        "Solid owner of production systems; hire for the payments team.\n\nProbe cost",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    // The level descriptor of each chosen score.
    for c in &card.rubric.criteria {
        let score = card.score_of(&c.id).unwrap();
        assert!(text.contains(&c.levels[score.index()]), "{}", c.id);
    }
    // Questions in their asked order.
    let positions: Vec<usize> = card
        .questions
        .iter()
        .map(|q| text.find(&q.text).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn every_criterion_title_and_note_appears() {
    for card in [
        fixtures::realistic(),
        fixtures::draft(),
        fixtures::hostile(),
    ] {
        let text = text_of(&scorecard_html(&card));
        for c in &card.rubric.criteria {
            assert!(text.contains(&c.title), "{}", c.title);
        }
        let notes = card
            .criteria
            .iter()
            .map(|e| &e.notes)
            .chain(card.questions.iter().map(|q| &q.notes))
            .chain([&card.notes]);
        for note in notes {
            assert!(text.contains(note.trim()), "{note:?}");
        }
    }
}

#[test]
fn every_built_in_kit_exports_its_criteria_and_picked_questions() {
    for rubric in crate::rubrics::built_in() {
        let mut card = crate::model::Scorecard::start(
            "id".into(),
            crate::model::NewScorecard::default(),
            rubric,
            "2026-11-22".into(),
            fixtures::T0,
        );
        let ids: Vec<String> = card
            .rubric
            .question_bank
            .iter()
            .map(|q| q.id.clone())
            .collect();
        // Asked without timing them: only asked questions are listed with their meta.
        for id in ids.iter().take(3) {
            card.pick_question(id, fixtures::T0);
            card.mark_asked(id, fixtures::T0);
        }
        let text = text_of(&scorecard_html(&card));
        for c in &card.rubric.criteria {
            assert!(text.contains(&c.title), "{}: {}", card.rubric.id, c.title);
        }
        for q in &card.questions {
            assert!(text.contains(&q.text), "{}: {}", card.rubric.id, q.id);
            if card.rubric.score_answers {
                assert!(
                    text.contains("not timed · Not scored"),
                    "{}",
                    card.rubric.id
                );
            }
        }
    }
}

#[test]
fn unscored_criteria_and_an_empty_card_read_plainly() {
    let mut card = fixtures::draft();
    card.candidate = "  ".into();
    let html = scorecard_html(&card);
    let text = text_of(&html);
    assert!(html.contains("<title>Scorecard: Unnamed candidate</title>"));
    for expected in [
        "Not scored",
        "Not started",
        "No recommendation",
        "Not everything scored yet",
        "2 of 3 criteria scored",
        "None ticked.",
        "No overall notes.",
        "weight 2",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    assert!(
        !html.contains("Questions asked"),
        "no questions, no section"
    );
}

#[test]
fn hostile_text_stays_text() {
    let card = fixtures::hostile();
    let html = scorecard_html(&card);
    for banned in ["<script", "<img", " onerror=", "</style><", "href", "src="] {
        assert!(!html.contains(banned), "raw output contains {banned:?}");
    }
    assert_eq!(html.matches("</style>").count(), 1);
    assert!(html.contains("<title>Scorecard: &lt;script&gt;alert(1)&lt;/script&gt;</title>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src&#61;x onerror&#61;alert(1)&gt;"));
    assert!(html.contains("&lt;/style&gt;&lt;script&gt;"));
    // Only the tags and attributes the export writes itself.
    let allowed = [
        "html", "head", "meta", "title", "style", "body", "main", "header", "section", "h1", "h2",
        "h3", "p", "dl", "dt", "dd", "ul", "ol", "li", "div", "strong", "bdi", "br",
    ];
    let csp = format!("meta http-equiv=\"Content-Security-Policy\" content=\"{EXPORT_CSP}\"");
    for tag in tags(&html)
        .into_iter()
        .filter(|t| !t.starts_with('!') && *t != csp)
    {
        let tag = tag.trim_start_matches('/');
        let mut words = tag.split(' ');
        let name = words.next().unwrap();
        assert!(allowed.contains(&name), "unexpected tag <{tag}>");
        for attr in words {
            let key = attr.split('=').next().unwrap();
            assert!(
                ["lang", "charset", "name", "content", "class", "dir"].contains(&key)
                    || attr == "initial-scale=1\"",
                "unexpected attribute {attr:?} in <{tag}>"
            );
        }
    }
    // Every hostile string survives as text, in each place it was typed.
    let text = text_of(&html);
    for s in HOSTILE {
        assert!(text.contains(s), "lost {s:?}");
        assert!(text.contains(&format!("{s}\nsecond line")), "note {s:?}");
        assert!(text.contains(&format!("Level {s}")), "level {s:?}");
    }
    assert!(text.contains(&fixtures::long_text()));
    assert!(text.contains(&HOSTILE.join("\n")));
}

#[test]
fn inline_user_text_is_isolated_for_bidi() {
    let mut card = fixtures::draft();
    card.candidate = "\u{202E}Eve".into();
    card.role = "\u{202E}Admin".into();
    let html = scorecard_html(&card);
    assert!(html.contains("<title>Scorecard: \u{2068}\u{202E}Eve\u{2069}</title>"));
    assert!(html.contains("<dd><bdi>\u{202E}Admin</bdi></dd>"));
}

#[test]
fn the_export_is_deterministic_and_reads_timers_at_the_call_end() {
    let card = fixtures::realistic();
    assert_eq!(scorecard_html(&card), scorecard_html(&card.clone()));
    let mut running = fixtures::draft();
    running.start_call(10_000);
    running.set_notes("later".into(), 10_000 + 90_000);
    // Still running: read at the last change.
    assert!(text_of(&scorecard_html(&running)).contains("1:30 (planned 30 min)"));
}

#[test]
fn questions_never_asked_are_listed_as_skipped_not_as_asked() {
    let card = fixtures::technical_with_a_skipped_question();
    let html = scorecard_html(&card);
    let text = text_of(&html);
    let asked = text.find("Questions asked").expect("an asked section");
    let skipped = text.find("Skipped (not asked)").expect("a skipped section");
    let secrets = "Where do your services keep secrets";
    assert!(
        text.find(secrets).unwrap() > skipped,
        "listed under skipped"
    );
    assert_eq!(text.matches(secrets).count(), 1, "and only there");
    assert!(text.find("How do you ship a breaking change").unwrap() > asked);
    assert!(text.contains("Technical · API design · answer 1:40"));
    assert!(text.contains("Technical · Databases and query performance · not timed"));
    assert!(!text.contains("Planned, not yet asked"), "the call is over");
}

#[test]
fn the_first_impression_shows_beside_the_final_score_only_once_completed() {
    use crate::model::impression::FirstImpression;
    let mut card = fixtures::realistic();
    card.first_impression = Some(FirstImpression {
        score: crate::model::Score::new(2),
        at: card.created_at,
    });
    let text = text_of(&scorecard_html(&card));
    assert!(
        text.contains("First impression: 2 Below bar · final 3.50"),
        "{text}"
    );
    card.reopen(card.updated_at + 1);
    assert!(!text_of(&scorecard_html(&card)).contains("First impression"));
    assert!(!text_of(&scorecard_html(&fixtures::realistic())).contains("First impression"));
}
