//! The decision rule's recommendation, set in the rubric before the first call: the weighted
//! score's band against the pass threshold, then the must-pass minimums, then the red-flag
//! policy. Shown beside the interviewer's own choice; a choice that differs needs a one-line
//! reason ([`Scorecard::reason_missing`]) before the card can be completed.

use super::{Recommendation, RedFlagPolicy, Rubric, Score, Scorecard};

/// What the rule recommends for a card, and why, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct RuleOutcome {
    pub recommendation: Recommendation,
    /// Each step that decided it, e.g. "3.40 reaches the pass threshold 3.00".
    pub reasons: Vec<String>,
    /// The last deciding step in a few words, e.g. "3.40 ≥ 3.00" or "1 red flag".
    pub brief: String,
}

/// A must-pass criterion that does not reach its minimum.
#[derive(Clone, Debug, PartialEq)]
pub struct MustPassMiss {
    pub title: String,
    /// `None`: no evidence on a card where everything is answered.
    pub score: Option<Score>,
    pub min_level: Score,
}

impl MustPassMiss {
    /// "API design: 2 (must reach 3)" or "API design: no evidence (must reach 3)".
    pub fn words(&self) -> String {
        let score = self
            .score
            .map_or("no evidence".to_string(), |s| s.value().to_string());
        format!(
            "{}: {score} (must reach {})",
            self.title,
            self.min_level.value()
        )
    }
}

/// Scores are compared at two decimals, the precision the interviewer sees.
fn hundredths(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

/// The band of `score` against `threshold`, with its reason and brief.
fn band(score: f64, threshold: f64) -> (Recommendation, String, String) {
    let strong = (threshold + 1.0).min(5.0);
    let (s, t) = (hundredths(score), hundredths(threshold));
    if s >= hundredths(strong) {
        (
            Recommendation::StrongHire,
            format!("{score:.2} reaches the Strong Hire band {strong:.2} (threshold + 1)"),
            format!("{score:.2} ≥ {strong:.2}"),
        )
    } else if s >= t {
        (
            Recommendation::Hire,
            format!("{score:.2} reaches the pass threshold {threshold:.2}"),
            format!("{score:.2} ≥ {threshold:.2}"),
        )
    } else if s < hundredths(threshold - 1.0) {
        let low = threshold - 1.0;
        (
            Recommendation::StrongNoHire,
            format!("{score:.2} is more than 1 below the pass threshold {threshold:.2}"),
            format!("{score:.2} < {low:.2}"),
        )
    } else {
        (
            Recommendation::NoHire,
            format!("{score:.2} is below the pass threshold {threshold:.2}"),
            format!("{score:.2} < {threshold:.2}"),
        )
    }
}

/// `rec`, lowered to No Hire if it was a hire.
fn capped(rec: Recommendation) -> Recommendation {
    if rec.is_positive() {
        Recommendation::NoHire
    } else {
        rec
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Scorecard {
    /// The must-pass criteria below their minimum: scored lower, or without a score once
    /// everything is answered (no evidence).
    pub fn must_pass_misses(&self) -> Vec<MustPassMiss> {
        let complete = self.completion().is_complete();
        self.rubric
            .decision_rule
            .must_pass
            .iter()
            .filter_map(|m| {
                let criterion = self.rubric.criterion(&m.criterion)?;
                let score = self.score_of(&m.criterion);
                let misses = match score {
                    Some(s) => s < m.min_level,
                    None => complete,
                };
                misses.then(|| MustPassMiss {
                    title: criterion.title.clone(),
                    score,
                    min_level: m.min_level,
                })
            })
            .collect()
    }

    /// The rule's recommendation: `None` until every criterion (and scored answer) is answered,
    /// or while nothing on the card has a score.
    pub fn rule_outcome(&self) -> Option<RuleOutcome> {
        if !self.completion().is_complete() {
            return None;
        }
        let score = self.weighted_score()?;
        let (mut rec, reason, mut brief) = band(score, self.rubric.pass_threshold.0);
        let mut reasons = vec![reason];
        let misses = self.must_pass_misses();
        if !misses.is_empty() {
            let capped_rec = capped(rec);
            let words: Vec<String> = misses.iter().map(MustPassMiss::words).collect();
            let verb = if capped_rec == rec {
                "A must-pass criterion is below its minimum"
            } else {
                "A must-pass criterion below its minimum caps the rule at No Hire"
            };
            reasons.push(format!("{verb}: {}", words.join("; ")));
            brief = format!("{} below its minimum", misses[0].title);
            rec = capped_rec;
        }
        let flags = self.red_flags.len();
        if flags > 0 {
            let n = count(flags, "red flag", "red flags");
            let policy = self.rubric.decision_rule.red_flags;
            match policy {
                RedFlagPolicy::Note => {
                    reasons.push(format!("Red flags are noted, not counted: {n}"))
                }
                RedFlagPolicy::CapNoHire => {
                    reasons.push(format!("Any red flag caps the rule at No Hire: {n}"));
                    if rec.is_positive() {
                        brief = n;
                    }
                    rec = capped(rec);
                }
                RedFlagPolicy::StrongNoHire => {
                    reasons.push(format!("Any red flag makes the rule Strong No Hire: {n}"));
                    rec = Recommendation::StrongNoHire;
                    brief = n;
                }
            }
        }
        Some(RuleOutcome {
            recommendation: rec,
            reasons,
            brief,
        })
    }

    /// The rule's recommendation in one line, as the summary and the exports show it:
    /// "Hire (3.40 ≥ 3.00)", or why there is none yet.
    pub fn rule_words(&self) -> String {
        match self.rule_outcome() {
            Some(o) => format!("{} ({})", o.recommendation.label(), o.brief),
            None if self.completion().is_complete() => "Not enough evidence for the rule".into(),
            None => format!(
                "Decides once every {} is scored",
                self.completion_noun_one()
            ),
        }
    }

    fn completion_noun_one(&self) -> &'static str {
        match self.completion_noun() {
            "answers" => "answer",
            "criteria" => "criterion",
            _ => "criterion and answer",
        }
    }

    /// Whether the interviewer's recommendation differs from the rule's.
    pub fn differs_from_rule(&self) -> bool {
        match (self.recommendation, self.rule_outcome()) {
            (Some(own), Some(rule)) => own != rule.recommendation,
            _ => false,
        }
    }

    /// Whether completing must wait for the one-line reason the recommendation differs.
    pub fn reason_missing(&self) -> bool {
        self.differs_from_rule() && self.recommendation_reason.trim().is_empty()
    }
}

impl Rubric {
    /// The decision rule in one line: "Decision rule: pass at 3.00 · must pass: API design at
    /// 3+ · any red flag caps at No Hire".
    pub fn decision_rule_words(&self) -> String {
        let mut parts = vec![format!("pass at {:.2}", self.pass_threshold.0)];
        let must: Vec<String> = self
            .decision_rule
            .must_pass
            .iter()
            .map(|m| {
                let title = self
                    .criterion(&m.criterion)
                    .map_or(m.criterion.as_str(), |c| c.title.as_str());
                format!("{title} at {}+", m.min_level.value())
            })
            .collect();
        if !must.is_empty() {
            parts.push(format!("must pass: {}", must.join(", ")));
        }
        parts.push(self.decision_rule.red_flags.label().to_string());
        format!("Decision rule: {}", parts.join(" · "))
    }
}

#[cfg(test)]
#[path = "decision_tests.rs"]
mod tests;
