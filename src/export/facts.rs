//! The words an export uses for a scorecard's figures, shared by the HTML, Markdown and CSV
//! exports so the three say the same thing. Plain text only: each format escapes it itself.

use crate::model::scorecard::{AskedQuestion, ThresholdChange};
use crate::model::time::date_of;
use crate::model::timer::{clock, MINUTE_MS};
use crate::model::{Criterion, Score, Scorecard, StarL};
use std::borrow::Cow;

/// The moment an export reads the timers at: the end of the call, else the completion, else
/// the last change. Taken from the card, so an export of the same card is always the same.
pub(crate) fn now(card: &Scorecard) -> i64 {
    card.call
        .ended_at
        .or(card.completed_at)
        .unwrap_or(card.updated_at)
}

pub(crate) use crate::model::words::or_placeholder;

/// The candidate's name, or a placeholder when none was typed.
pub(crate) fn candidate(card: &Scorecard) -> &str {
    card.display_name()
}

/// "Completed", "Completed, late" ... with the late mark when scored after the window.
pub(crate) fn status(card: &Scorecard) -> String {
    card.status_words()
}

/// The call length, `24:10 (planned 30 min)`, or "Not started".
pub(crate) fn call_length(card: &Scorecard) -> String {
    match call_ms(card) {
        Some(ms) => format!(
            "{} (planned {} min)",
            clock(ms),
            card.rubric.planned_minutes
        ),
        None => "Not started".to_string(),
    }
}

/// Milliseconds on the call timer, `None` if the call never started.
pub(crate) fn call_ms(card: &Scorecard) -> Option<i64> {
    card.call
        .started_at
        .map(|_| card.call.elapsed_ms(now(card)))
}

/// Call minutes to one decimal (`24.2`), for spreadsheets; `None` if the call never started.
pub(crate) fn call_minutes(card: &Scorecard) -> Option<String> {
    call_ms(card).map(|ms| format!("{:.1}", ms as f64 / MINUTE_MS as f64))
}

/// "4 Strong", or "Not scored".
pub(crate) fn score(score: Option<Score>) -> String {
    crate::model::words::score_words(score)
}

/// The weighted score to two decimals (`3.40`), `None` while nothing is scored.
pub(crate) fn weighted_number(card: &Scorecard) -> Option<String> {
    card.weighted_score().map(|s| format!("{s:.2}"))
}

/// "3.40 / 5", or "Nothing scored yet".
pub(crate) fn weighted_score(card: &Scorecard) -> String {
    weighted_number(card).map_or_else(|| "Nothing scored yet".to_string(), |s| format!("{s} / 5"))
}

/// "5 of 6 criteria scored".
pub(crate) fn completion(card: &Scorecard) -> String {
    let done = card.completion();
    format!(
        "{} of {} {} scored",
        done.scored,
        done.total,
        card.completion_noun()
    )
}

/// The pass threshold to two decimals: "3.00".
pub(crate) fn threshold(card: &Scorecard) -> String {
    format!("{:.2}", card.rubric.pass_threshold.0)
}

/// The recommendation's label, or "No recommendation".
pub(crate) fn recommendation(card: &Scorecard) -> &'static str {
    crate::model::Recommendation::label_of(card.recommendation)
}

/// "Pass threshold unlocked and changed from 3.00 to 3.20 (2026-11-22 05:38 UTC)."
pub(crate) fn threshold_change(change: &ThresholdChange) -> String {
    format!(
        "Pass threshold unlocked and changed from {:.2} to {:.2} ({} UTC).",
        change.from.0,
        change.to.0,
        date_time(change.at)
    )
}

/// `YYYY-MM-DD HH:MM` in UTC: an export has no time zone to go by.
fn date_time(ms: i64) -> String {
    let minutes = ms.rem_euclid(86_400_000) / MINUTE_MS;
    format!("{} {:02}:{:02}", date_of(ms, 0), minutes / 60, minutes % 60)
}

/// The words shown for one asked question besides its text and notes, in order: its kind,
/// "ad hoc", the answer time, and its score (or "Not scored" where answers count).
pub(crate) fn question_meta(card: &Scorecard, q: &AskedQuestion) -> Vec<String> {
    let mut meta = vec![q.kind.label().to_string()];
    if q.ad_hoc {
        meta.push("ad hoc".to_string());
    }
    let ms = q.answer.elapsed_ms(now(card));
    meta.push(if q.asked_at.is_none() && ms == 0 {
        "not timed".to_string()
    } else {
        format!("answer {}", clock(ms))
    });
    if q.score.is_some() || card.rubric.score_answers {
        meta.push(score(q.score));
    }
    meta
}

/// The STAR-L checklist of a behavioral answer in marks and words:
/// "STAR-L: ✓ Situation · ✓ Task · – Action · ✓ Result · – Learning (3 of 5)".
/// `None` for kinds that do not use it.
pub(crate) fn star_l(q: &AskedQuestion) -> Option<String> {
    if !q.kind.uses_star_l() {
        return None;
    }
    let StarL {
        situation,
        task,
        action,
        result,
        learning,
    } = q.star;
    let parts = [
        ("Situation", situation),
        ("Task", task),
        ("Action", action),
        ("Result", result),
        ("Learning", learning),
    ];
    let done = parts.iter().filter(|(_, on)| *on).count();
    let marks: Vec<String> = parts
        .iter()
        .map(|(name, on)| format!("{} {name}", if *on { "✓" } else { "–" }))
        .collect();
    Some(format!("STAR-L: {} ({done} of 5)", marks.join(" · ")))
}

/// One criterion as an export shows it.
pub(crate) struct CriterionView<'a> {
    pub title: &'a str,
    pub assesses: &'a str,
    /// "weight 2", only when the rubric's weights differ.
    pub weight: Option<String>,
    pub score: Option<Score>,
    /// The descriptor of the chosen level.
    pub level: Option<&'a str>,
    pub notes: &'a str,
}

/// The criteria in rubric order, with this card's scores and notes.
pub(crate) fn criteria(card: &Scorecard) -> Vec<CriterionView<'_>> {
    let rubric = &card.rubric;
    let weighted = rubric
        .criteria
        .iter()
        .any(|c| c.weight != rubric.criteria[0].weight);
    rubric
        .criteria
        .iter()
        .map(|c: &Criterion| {
            let entry = card.entry(&c.id);
            let score = entry.and_then(|e| e.score);
            CriterionView {
                title: &c.title,
                assesses: &c.assesses,
                weight: weighted.then(|| format!("weight {}", c.weight)),
                score,
                level: score.and_then(|s| c.levels.get(s.index()).map(String::as_str)),
                notes: entry.map_or("", |e| e.notes.as_str()),
            }
        })
        .collect()
}

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

    #[test]
    fn threshold_changes_read_in_utc() {
        let change = ThresholdChange {
            from: crate::model::PassThreshold(3.0),
            to: crate::model::PassThreshold(3.25),
            at: fixtures::T0,
        };
        assert_eq!(
            threshold_change(&change),
            "Pass threshold unlocked and changed from 3.00 to 3.25 (2026-11-22 05:04 UTC)."
        );
    }
}

#[cfg(test)]
pub(crate) mod fixtures {
    //! Cards shared by the export tests, and the golden-file check.

    use crate::model::{NewScorecard, QuestionKind, Recommendation, Score, Scorecard, StarL};

    /// 2026-11-22T05:04:20Z.
    pub const T0: i64 = 1_795_323_860_000;
    const S: i64 = 1_000;
    const MIN: i64 = 60 * S;

    /// Compares `actual` with `tests/golden/<name>`. Run the tests with `UPDATE_GOLDEN=1` to
    /// write the files instead (then read the diff before committing):
    /// `UPDATE_GOLDEN=1 cargo test --lib export`.
    pub fn golden(name: &str, actual: &str) {
        let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
        if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
            std::fs::create_dir_all(format!("{}/tests/golden", env!("CARGO_MANIFEST_DIR")))
                .unwrap();
            std::fs::write(&path, actual).unwrap();
            return;
        }
        let expected = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}; run with UPDATE_GOLDEN=1 to create it"));
        if expected != actual {
            let line = expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| a != b)
                .map_or_else(|| "the end".to_string(), |i| format!("line {}", i + 1));
            panic!(
                "{path} differs from the export at {line}; if the change is intended, \
                 run with UPDATE_GOLDEN=1 and review the diff"
            );
        }
    }

    /// A realistic call with the built-in behavioral kit: picked and ad-hoc questions with
    /// timers, STAR-L ticks, scores and multi-line notes, red flags, a threshold change, and a
    /// completion after the scoring window.
    pub fn realistic() -> Scorecard {
        let rubric = crate::rubrics::built_in()
            .into_iter()
            .find(|r| r.id == "backend-behavioral")
            .expect("the behavioral kit is built in");
        let new = NewScorecard {
            candidate: "Ada Lovelace".into(),
            role: String::new(),
            interviewer: "Grace Hopper".into(),
        };
        let mut c = Scorecard::start("sc-ada".into(), new, rubric, "2026-11-22".into(), T0);
        for id in ["production-incident", "technical-disagreement", "mistake"] {
            assert!(c.pick_question(id, T0), "{id} is in the kit");
        }
        let adhoc = c
            .add_ad_hoc_question(
                "How would you shard the payments table?",
                QuestionKind::Technical,
                T0,
            )
            .unwrap();
        let start = T0 + MIN;
        c.start_call(start);
        // Answers: 95 s, 80 s, 70 s and 2:05, with gaps between them.
        let mut at = start + 2 * MIN;
        for (id, secs) in [
            ("production-incident", 95),
            ("technical-disagreement", 80),
            ("mistake", 70),
            (adhoc.as_str(), 125),
        ] {
            c.toggle_answer(id, at);
            c.toggle_answer(id, at + secs * S);
            at += secs * S + 3 * MIN;
        }
        let full = StarL {
            situation: true,
            task: true,
            action: true,
            result: true,
            learning: true,
        };
        c.set_star("production-incident", full, at);
        c.set_star(
            "technical-disagreement",
            StarL {
                situation: true,
                action: true,
                result: true,
                ..StarL::default()
            },
            at,
        );
        c.set_star(
            "mistake",
            StarL {
                situation: true,
                task: true,
                ..StarL::default()
            },
            at,
        );
        c.set_answer_score("production-incident", Score::new(4), at);
        c.set_answer_score("technical-disagreement", Score::new(3), at);
        c.set_answer_score(&adhoc, Score::new(4), at);
        c.set_answer_notes(
            "production-incident",
            "Payments outage, Black Friday 2024.\nRolled back within 12 min; wrote the postmortem."
                .into(),
            at,
        );
        c.set_answer_notes(
            "technical-disagreement",
            "Queue vs. cron for retries; wrote a one-page comparison.".into(),
            at,
        );
        c.set_answer_notes(
            "mistake",
            "Dropped an index in prod. Story stopped before the result.".into(),
            at,
        );
        c.set_answer_notes(
            &adhoc,
            "Hash by merchant id; knew about hot keys.".into(),
            at,
        );
        let end = start + 29 * MIN + 40 * S;
        c.end_call(end);
        let scores = [
            ("ownership", 4, "Owned the rollback and the follow-up actions.\nSays \"I\" when it was theirs, \"we\" when it wasn't."),
            ("execution", 4, "Shipped the retry service in two weeks despite unclear specs."),
            ("collaboration", 3, ""),
            ("judgment", 3, "Good trade-offs on queues; thin on cost."),
            ("communication", 4, "Clear, structured, checks understanding."),
            ("resilience", 3, "Mistake story had no result and little learning."),
        ];
        for (id, score, notes) in scores {
            assert!(c.set_score(id, Score::new(score), end + MIN), "{id}");
            c.set_criterion_notes(id, notes.into(), end + MIN);
        }
        let flag = c.rubric.red_flags[1].clone();
        c.set_red_flag(&flag, true, end + 2 * MIN);
        c.add_custom_flag("Joined ten minutes late without a message", end + 2 * MIN);
        c.unlock_threshold(3.2, end + 3 * MIN).unwrap();
        c.set_recommendation(Some(Recommendation::Hire), end + 4 * MIN);
        c.set_notes(
            "Solid owner of production systems; hire for the payments team.\n\nProbe cost awareness in the onsite.".into(),
            end + 4 * MIN,
        );
        c.complete(end + 7 * MIN);
        c
    }

    /// A test-rubric card scored and in the middle of nothing: two of three criteria scored,
    /// no call, no recommendation.
    pub fn draft() -> Scorecard {
        let mut c = crate::model::scorecard::tests::card(&[1.0, 2.0, 1.0]);
        c.candidate = "Linus Example".into();
        c.set_score("c0", Score::new(2), 2_000);
        c.set_score("c1", Score::new(3), 2_000);
        c.set_criterion_notes("c1", "Okay, not great".into(), 2_000);
        c
    }

    /// Strings that try to break out of each format.
    pub const HOSTILE: &[&str] = &[
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "</style><script>",
        "=HYPERLINK(\"http://x\")",
        "+1",
        "-2",
        "@SUM(A1)",
        "| table | break",
        "# heading",
        "Emoji 🎉👩🏽‍💻 ok",
        "Arabic: مرحبا بالعالم, Hebrew: שלום עולם",
        "\u{202E}evil\u{202C} override",
        "Tom & Jerry's \"quote\" &amp; [link](javascript:alert(1)) *bold* `code` \\ ~~x~~ 1. two",
    ];

    /// 10,000 characters without a space, then some words.
    pub fn long_text() -> String {
        let mut s = "x".repeat(9_990);
        s.push_str(" long end");
        s
    }

    /// A card with a hostile string in every field a person types, and one in every rubric
    /// string the exports show.
    pub fn hostile() -> Scorecard {
        let weights: Vec<f64> = HOSTILE.iter().map(|_| 1.0).collect();
        let mut c = crate::model::scorecard::tests::card(&weights);
        c.candidate = HOSTILE[0].into();
        c.role = HOSTILE[1].into();
        c.interviewer = HOSTILE[2].into();
        c.rubric.title = HOSTILE[3].into();
        c.rubric.red_flags = HOSTILE.iter().map(|s| s.to_string()).collect();
        for (i, text) in HOSTILE.iter().enumerate() {
            let id = format!("c{i}");
            c.rubric.criteria[i].title = format!("{text} #{i}");
            c.rubric.criteria[i].levels[i % 5] = format!("Level {text}");
            c.set_score(&id, Score::new((i % 5) as u8 + 1), 2_000);
            c.set_criterion_notes(&id, format!("{text}\n{text} again"), 2_000);
            let q = c
                .add_ad_hoc_question(text, QuestionKind::Behavioral, 2_000)
                .unwrap();
            c.set_answer_notes(&q, format!("{text}\nsecond line"), 2_000);
        }
        c.set_red_flag(HOSTILE[0], true, 2_000);
        c.set_red_flag(HOSTILE[8], true, 2_000);
        c.add_custom_flag("\"><img src=x onerror=alert(1)> own", 2_000);
        c.set_criterion_notes("c0", long_text(), 2_000);
        c.set_notes(HOSTILE.join("\n"), 2_000);
        c
    }
}
