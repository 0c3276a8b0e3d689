//! The report of one scorecard: everything a reader of an export sees, worked out and worded
//! once by [`Report::of`], so the HTML, Markdown and CSV exports only lay it out. Plain text
//! only: each format escapes it itself.

use super::text::lines;
use crate::model::revision::NO_EVIDENCE;
use crate::model::scorecard::{AskedQuestion, ThresholdChange};
use crate::model::time::date_of;
use crate::model::timer::{clock, MINUTE_MS};
use crate::model::words::{or_placeholder, score_words};
use crate::model::{QuestionState, Recommendation, Scorecard, StarL};

/// Shown for a fact nobody typed.
const NOT_RECORDED: &str = "Not recorded";

/// One scorecard as its exports show it.
pub struct Report<'a> {
    /// The candidate's display name.
    pub candidate: &'a str,
    /// Role, interviewer and date as typed, or "Not recorded".
    pub role: &'a str,
    pub interviewer: &'a str,
    /// The candidate key shared with colleagues' cards; empty (and not shown) when unset.
    pub candidate_key: &'a str,
    pub date: &'a str,
    pub rubric: &'a str,
    /// "Completed (completed late)", with each reopening: "Completed · reopened 2026-11-22
    /// 05:38 UTC".
    pub status: String,
    /// "24:10 (planned 30 min)", or "Not started".
    pub call_length: String,
    /// The recommendation's label, or "No recommendation".
    pub recommendation: &'static str,
    /// The decision rule's recommendation: "Hire (3.40 ≥ 3.00)", or why there is none, and the
    /// rule itself: "Decision rule: pass at 3.00 · …".
    pub rule: String,
    pub decision_rule: String,
    /// Why the recommendation differs from the rule's, trimmed; empty when it does not.
    pub reason: &'a str,
    /// Whether the interviewer's recommendation differs from the rule's.
    pub rule_differs: bool,
    /// "3.40 / 5", or "Nothing scored yet".
    pub weighted_score: String,
    /// The first-impression check beside the final score, once completed: "2 Below bar ·
    /// final 3.60" or "skipped · final 3.60"; `None` while the card is open or never asked.
    pub first_impression: Option<String>,
    /// "5 of 6 criteria scored".
    pub completion: String,
    /// The pass threshold to two decimals: "3.00".
    pub threshold: String,
    /// "Passes the threshold".
    pub verdict: &'static str,
    /// One sentence per change of the pass threshold.
    pub threshold_changes: Vec<String>,
    /// "Gaps: no evidence for System design, Security.", when a criterion is marked so.
    pub gaps: Option<String>,
    /// One sentence per score changed after completion, oldest first.
    pub revisions: Vec<String>,
    pub red_flags: Vec<Flag<'a>>,
    /// In rubric order.
    pub criteria: Vec<CriterionRow<'a>>,
    /// The questions asked, in list order.
    pub questions: Vec<QuestionRow<'a>>,
    /// The texts of the picked questions that were skipped (not asked), trimmed, in list order.
    pub skipped: Vec<&'a str>,
    /// The texts of the picked questions not asked yet while the call is not over.
    pub planned: Vec<&'a str>,
    pub notes: Note<'a>,
}

/// A ticked red flag.
pub struct Flag<'a> {
    pub text: &'a str,
    /// Added by the interviewer rather than taken from the rubric.
    pub own: bool,
}

/// One criterion with this card's score and notes.
pub struct CriterionRow<'a> {
    /// The rubric's stable id of the criterion.
    pub id: &'a str,
    pub title: &'a str,
    pub assesses: &'a str,
    /// "weight 2", only when the rubric's weights differ.
    pub weight: Option<String>,
    /// "4 Strong", "no evidence", or "Not scored".
    pub score: String,
    /// The score itself, `None` when not scored or marked no evidence.
    pub value: Option<crate::model::Score>,
    pub no_evidence: bool,
    /// The descriptor of the chosen level, when there is one and it is not blank.
    pub level: Option<&'a str>,
    pub notes: Note<'a>,
}

/// One asked question.
pub struct QuestionRow<'a> {
    /// The question, trimmed.
    pub text: &'a str,
    /// Its kind, "ad hoc", the answer time and its score, joined with " · ".
    pub meta: String,
    /// "STAR-L: ✓ Situation · ✓ Task · – Action · ✓ Result · – Learning (3 of 5)", for
    /// kinds that use it.
    pub star: Option<String>,
    pub notes: Note<'a>,
}

/// A note as typed, trimmed; empty when blank.
#[derive(Clone, Copy)]
pub struct Note<'a>(&'a str);

impl<'a> Note<'a> {
    pub fn of(text: &'a str) -> Self {
        Note(text.trim())
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    pub fn text(self) -> &'a str {
        self.0
    }

    /// Its lines, any line end read as one (see [`lines`]).
    pub fn lines(self) -> Vec<&'a str> {
        lines(self.0)
    }
}

/// One scorecard as a spreadsheet row: text as typed, the app's stable identifiers, bare
/// numbers. The library CSV takes only this part of a report.
pub struct SheetRow<'a> {
    pub candidate: &'a str,
    pub role: &'a str,
    pub interviewer: &'a str,
    pub rubric: &'a str,
    pub date: &'a str,
    /// `completed`, `scoring`, `in_call`, `draft`.
    pub status: &'static str,
    /// Two decimals, empty while nothing is scored.
    pub weighted_score: String,
    pub scored: usize,
    pub total: usize,
    /// `strong_hire` ..., empty when there is none.
    pub recommendation: &'static str,
    /// The decision rule's, the same way.
    pub rule_recommendation: &'static str,
    pub recommendation_reason: &'a str,
    /// `pass`, `fail`, `incomplete`.
    pub verdict: &'static str,
    pub red_flags: usize,
    /// Call minutes to one decimal, empty if the call never started.
    pub call_minutes: String,
    pub completed_late: bool,
}

impl<'a> Report<'a> {
    /// Works out everything the exports show of `card`, reading its timers at [`now`].
    pub fn of(card: &'a Scorecard) -> Self {
        let call_ms = call_ms(card);
        let weighted = weighted(card);
        let done = card.completion();
        Report {
            candidate: card.display_name(),
            role: or_placeholder(&card.role, NOT_RECORDED),
            interviewer: or_placeholder(&card.interviewer, NOT_RECORDED),
            candidate_key: card.candidate_id.trim(),
            date: or_placeholder(&card.date, NOT_RECORDED),
            rubric: &card.rubric.title,
            status: status(card),
            call_length: call_ms.map_or_else(
                || "Not started".to_string(),
                |ms| {
                    format!(
                        "{} (planned {} min)",
                        clock(ms),
                        card.rubric.planned_minutes
                    )
                },
            ),
            recommendation: Recommendation::label_of(card.recommendation),
            rule: card.rule_words(),
            decision_rule: card.rubric.decision_rule_words(),
            reason: card.recommendation_reason.trim(),
            rule_differs: card.differs_from_rule(),
            first_impression: first_impression(card, weighted.as_deref()),
            weighted_score: weighted.map_or_else(
                || nothing_to_total(card).to_string(),
                |s| format!("{s} / 5"),
            ),
            completion: format!(
                "{} of {} {} scored",
                done.scored,
                done.total,
                card.completion_noun()
            ),
            threshold: format!("{:.2}", card.rubric.pass_threshold.0),
            verdict: card.verdict().label(),
            threshold_changes: card
                .threshold_changes
                .iter()
                .map(threshold_change)
                .collect(),
            gaps: gaps(card),
            revisions: card
                .revisions
                .iter()
                .map(|r| r.sentence(&format!("{} UTC", date_time(r.at))))
                .collect(),
            red_flags: card
                .red_flags
                .iter()
                .map(|f| Flag {
                    text: &f.text,
                    own: f.custom,
                })
                .collect(),
            criteria: criteria(card),
            questions: card
                .questions
                .iter()
                .filter(|q| card.question_state(q) == QuestionState::Asked)
                .map(|q| question(card, q))
                .collect(),
            skipped: texts_in(card, QuestionState::Skipped),
            planned: texts_in(card, QuestionState::Planned),
            notes: Note::of(&card.notes),
        }
    }
}

impl<'a> SheetRow<'a> {
    pub fn of(card: &'a Scorecard) -> Self {
        let done = card.completion();
        SheetRow {
            candidate: &card.candidate,
            role: &card.role,
            interviewer: &card.interviewer,
            rubric: &card.rubric.title,
            date: &card.date,
            status: card.status.as_str(),
            weighted_score: weighted(card).unwrap_or_default(),
            scored: done.scored,
            total: done.total,
            recommendation: card.recommendation.map_or("", |r| r.as_str()),
            rule_recommendation: card
                .rule_outcome()
                .map_or("", |o| o.recommendation.as_str()),
            recommendation_reason: card.recommendation_reason.trim(),
            verdict: card.verdict().as_str(),
            red_flags: card.red_flags.len(),
            call_minutes: call_ms(card)
                .map(|ms| format!("{:.1}", ms as f64 / MINUTE_MS as f64))
                .unwrap_or_default(),
            completed_late: card.completed_late(),
        }
    }
}

/// Milliseconds on the call timer, `None` if the call never started.
fn call_ms(card: &Scorecard) -> Option<i64> {
    card.call
        .started_at
        .map(|_| card.call.elapsed_ms(now(card)))
}

/// "2 Below bar · final 3.60", once the card is completed.
pub(crate) fn first_impression(card: &Scorecard, weighted: Option<&str>) -> Option<String> {
    card.first_impression_shown().map(|f| {
        let last = weighted.map_or_else(|| "nothing scored".to_string(), |w| format!("final {w}"));
        format!("{} · {last}", f.describe())
    })
}

/// The weighted score to two decimals (`3.40`), `None` while nothing is scored.
fn weighted(card: &Scorecard) -> Option<String> {
    card.weighted_score().map(|s| format!("{s:.2}"))
}

/// The moment an export reads the timers at: the end of the call, else the completion, else
/// the last change. Taken from the card, so an export of the same card is always the same.
fn now(card: &Scorecard) -> i64 {
    card.call
        .ended_at
        .or(card.completed_at)
        .unwrap_or(card.updated_at)
}

/// The status words, then when the card was reopened, if it ever was.
fn status(card: &Scorecard) -> String {
    let words = card.status_words();
    if card.reopened.is_empty() {
        return words;
    }
    let times: Vec<String> = card
        .reopened
        .iter()
        .map(|&at| format!("{} UTC", date_time(at)))
        .collect();
    format!("{words} · reopened {}", times.join(", "))
}

/// "No scores to total" when every scored criterion has no evidence, else "Nothing scored yet".
pub(crate) fn nothing_to_total(card: &Scorecard) -> &'static str {
    if card.no_evidence_gaps().is_empty() {
        "Nothing scored yet"
    } else {
        "No scores to total"
    }
}

/// "Gaps: no evidence for System design, Security.", when any criterion has no evidence.
pub(crate) fn gaps(card: &Scorecard) -> Option<String> {
    let gaps = card.no_evidence_gaps();
    (!gaps.is_empty()).then(|| format!("Gaps: {NO_EVIDENCE} for {}.", gaps.join(", ")))
}

/// "Pass threshold unlocked and changed from 3.00 to 3.20 (2026-11-22 05:38 UTC)."
fn threshold_change(change: &ThresholdChange) -> String {
    format!(
        "Pass threshold unlocked and changed from {:.2} to {:.2} ({} UTC).",
        change.from.0,
        change.to.0,
        date_time(change.at)
    )
}

/// `YYYY-MM-DD HH:MM` in UTC: an export has no time zone to go by.
pub(crate) fn date_time(ms: i64) -> String {
    let minutes = ms.rem_euclid(86_400_000) / MINUTE_MS;
    format!("{} {:02}:{:02}", date_of(ms, 0), minutes / 60, minutes % 60)
}

/// The criteria in rubric order, with this card's scores and notes.
fn criteria(card: &Scorecard) -> Vec<CriterionRow<'_>> {
    let rubric = &card.rubric;
    let weighted = rubric
        .criteria
        .iter()
        .any(|c| c.weight != rubric.criteria[0].weight);
    rubric
        .criteria
        .iter()
        .map(|c| {
            let entry = card.entry(&c.id);
            let score = entry.and_then(|e| e.score);
            let no_evidence = entry.is_some_and(|e| e.no_evidence);
            CriterionRow {
                id: &c.id,
                title: &c.title,
                assesses: &c.assesses,
                weight: weighted.then(|| format!("weight {}", c.weight)),
                score: match no_evidence {
                    true => NO_EVIDENCE.to_string(),
                    false => score_words(score),
                },
                value: score.filter(|_| !no_evidence),
                no_evidence,
                level: score
                    .and_then(|s| c.levels.get(s.index()))
                    .map(String::as_str)
                    .filter(|l| !l.trim().is_empty()),
                notes: Note::of(entry.map_or("", |e| e.notes.as_str())),
            }
        })
        .collect()
}

/// The trimmed texts of the picked questions in `state`, in list order.
fn texts_in(card: &Scorecard, state: QuestionState) -> Vec<&str> {
    card.questions
        .iter()
        .filter(|q| card.question_state(q) == state)
        .map(|q| q.text.trim())
        .collect()
}

/// One asked question: besides its text and notes, its kind, the criterion it probes, "ad
/// hoc", the answer time, its score (or "Not scored" where answers count), and the STAR-L
/// checklist of a behavioral one.
fn question<'a>(card: &Scorecard, q: &'a AskedQuestion) -> QuestionRow<'a> {
    let mut meta = vec![q.kind.label().to_string()];
    let rubric = &card.rubric;
    if let Some(c) = rubric.question(&q.id).and_then(|b| rubric.criterion_of(b)) {
        meta.push(c.title.clone());
    }
    if q.ad_hoc {
        meta.push("ad hoc".to_string());
    }
    let ms = q.answer.elapsed_ms(now(card));
    meta.push(if ms == 0 {
        "not timed".to_string()
    } else {
        format!("answer {}", clock(ms))
    });
    if q.score.is_some() || card.rubric.score_answers {
        meta.push(score_words(q.score));
    }
    QuestionRow {
        text: q.text.trim(),
        meta: meta.join(" · "),
        star: q.kind.uses_star_l().then(|| star_l(q.star)),
        notes: Note::of(&q.notes),
    }
}

/// The STAR-L checklist in marks and words:
/// "STAR-L: ✓ Situation · ✓ Task · – Action · ✓ Result · – Learning (3 of 5)".
fn star_l(star: StarL) -> String {
    let StarL {
        situation,
        task,
        action,
        result,
        learning,
    } = star;
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
    format!("STAR-L: {} ({done} of 5)", marks.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixtures;

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
