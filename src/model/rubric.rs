//! A rubric (interview kit): the criteria an interviewer scores, their signals, red flags,
//! the recommendation scale (see [`super::recommendation`]) and the pass threshold fixed
//! before the first call, and the rules a rubric must keep to be saved.

use super::question::{KindGuidance, Question, QuestionKind, QuestionPlan};
pub use super::recommendation::{default_recommendations, Recommendation, RecommendationGuide};
use super::Score;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;

/// The weighted average (on the 1-5 scale) a candidate must reach to pass.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PassThreshold(pub f64);

impl PassThreshold {
    pub fn is_valid(self) -> bool {
        self.0.is_finite() && (1.0..=5.0).contains(&self.0)
    }
}

impl Default for PassThreshold {
    fn default() -> Self {
        PassThreshold(3.0)
    }
}

/// What red flags do to the decision rule's recommendation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedFlagPolicy {
    /// Red flags are noted; they do not change the rule's result (what version 1 did).
    Note,
    /// Any red flag, the interviewer's own included, caps the rule at No Hire.
    #[default]
    CapNoHire,
    /// Any red flag makes the rule's result Strong No Hire.
    StrongNoHire,
}

impl RedFlagPolicy {
    pub const ALL: [RedFlagPolicy; 3] = [
        RedFlagPolicy::Note,
        RedFlagPolicy::CapNoHire,
        RedFlagPolicy::StrongNoHire,
    ];

    /// Stable identifier used in storage and exports.
    pub fn as_str(self) -> &'static str {
        match self {
            RedFlagPolicy::Note => "note",
            RedFlagPolicy::CapNoHire => "cap_no_hire",
            RedFlagPolicy::StrongNoHire => "strong_no_hire",
        }
    }

    /// The policy in words, as the decision-rule line and the editor show it.
    pub fn label(self) -> &'static str {
        match self {
            RedFlagPolicy::Note => "red flags are noted, not counted",
            RedFlagPolicy::CapNoHire => "any red flag caps at No Hire",
            RedFlagPolicy::StrongNoHire => "any red flag means Strong No Hire",
        }
    }
}

/// The largest weight a criterion may have: with at most this much per criterion, sums of
/// weighted scores stay finite.
pub const MAX_WEIGHT: f64 = 100.0;

/// A criterion the candidate must reach a minimum level on, whatever the weighted score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MustPass {
    /// The criterion's id.
    pub criterion: String,
    pub min_level: Score,
}

/// How the scores become the rule's recommendation, fixed with the threshold before the first
/// call (see [`super::decision`]).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DecisionRule {
    #[serde(default)]
    pub must_pass: Vec<MustPass>,
    #[serde(default)]
    pub red_flags: RedFlagPolicy,
}

/// One thing the interviewer scores 1-5.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Criterion {
    pub id: String,
    pub title: String,
    /// What the criterion assesses, in one sentence.
    pub assesses: String,
    /// Relative weight in the weighted score; must be positive and at most [`MAX_WEIGHT`].
    #[serde(default = "default_weight")]
    pub weight: f64,
    /// Why this weight differs from the others, in one line ([`super::rubric_guards`]);
    /// written only when given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub weight_reason: String,
    /// What an answer at each level 1-5 sounds like (index 0 is level 1).
    pub levels: [String; 5],
    pub strong_signal: String,
    pub weak_signal: String,
    #[serde(default)]
    pub questions: Vec<String>,
}

fn default_weight() -> f64 {
    1.0
}

fn default_minutes() -> u32 {
    30
}

/// An interview kit. Scorecards keep a snapshot of the rubric they were scored with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rubric {
    pub id: String,
    pub title: String,
    pub role: String,
    #[serde(default)]
    pub summary: String,
    pub criteria: Vec<Criterion>,
    #[serde(default)]
    pub red_flags: Vec<String>,
    #[serde(default = "default_recommendations")]
    pub recommendations: Vec<RecommendationGuide>,
    #[serde(default)]
    pub pass_threshold: PassThreshold,
    /// Must-pass criteria and the red-flag policy, locked with the threshold.
    #[serde(default)]
    pub decision_rule: DecisionRule,
    /// Planned call length in minutes.
    #[serde(default = "default_minutes")]
    pub planned_minutes: u32,
    /// Questions to pick from before the call.
    #[serde(default)]
    pub question_bank: Vec<Question>,
    /// Guidance per question kind, used where a question has none of its own.
    #[serde(default)]
    pub question_guidance: Vec<KindGuidance>,
    /// How many questions to pick, and their mix.
    #[serde(default)]
    pub plan: QuestionPlan,
    /// Whether each asked question's answer is scored 1-5 and counts in the weighted score.
    #[serde(default)]
    pub score_answers: bool,
    /// Whether the call asks for a first impression 3 minutes in ([`super::impression`]); on
    /// by default, written only when off.
    #[serde(default = "default_true", skip_serializing_if = "is_true")]
    pub first_impression: bool,
}

fn default_true() -> bool {
    true
}

fn is_true(on: &bool) -> bool {
    *on
}

/// A rule a rubric breaks; `field` names where the message belongs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RubricProblem {
    pub field: String,
    pub message: String,
}

impl fmt::Display for RubricProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl Rubric {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn guidance(&self, value: Recommendation) -> Option<&str> {
        self.recommendations
            .iter()
            .find(|g| g.value == value)
            .map(|g| g.guidance.as_str())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_bank.iter().find(|q| q.id == id)
    }

    pub fn kind_guidance(&self, kind: QuestionKind) -> Option<&KindGuidance> {
        self.question_guidance.iter().find(|g| g.kind == kind)
    }

    /// What to look for in an answer: the question's own tip, else its kind's.
    pub fn look_for<'a>(&'a self, question: &'a Question) -> &'a str {
        match question.look_for.as_str() {
            "" => self
                .kind_guidance(question.kind)
                .map_or("", |g| g.look_for.as_str()),
            own => own,
        }
    }

    /// What should worry the interviewer in an answer: the question's own, else its kind's.
    pub fn red_flag<'a>(&'a self, question: &'a Question) -> &'a str {
        match question.red_flag.as_str() {
            "" => self
                .kind_guidance(question.kind)
                .map_or("", |g| g.red_flag.as_str()),
            own => own,
        }
    }

    /// Drops must-pass entries whose criterion is gone (the editor removed it).
    pub fn drop_stale_must_pass(&mut self) {
        let Rubric {
            criteria,
            decision_rule,
            ..
        } = self;
        decision_rule
            .must_pass
            .retain(|m| criteria.iter().any(|c| c.id == m.criterion));
    }

    /// Every rule the rubric breaks; empty when it can be saved and scored.
    pub fn problems(&self) -> Vec<RubricProblem> {
        let mut problems = Vec::new();
        let mut add = |field: String, message: &str| {
            problems.push(RubricProblem {
                field,
                message: message.to_string(),
            })
        };
        if self.id.trim().is_empty() {
            add("id".into(), "The rubric needs an id.");
        }
        if self.title.trim().is_empty() {
            add("title".into(), "Give the rubric a title.");
        }
        let scored_bank = self.score_answers && !self.question_bank.is_empty();
        if self.criteria.is_empty() && !scored_bank {
            add(
                "criteria".into(),
                "Add at least one criterion, or a question bank whose answers are scored.",
            );
        }
        if !self.pass_threshold.is_valid() {
            add(
                "pass_threshold".into(),
                "The pass threshold must be between 1 and 5.",
            );
        }
        if self.planned_minutes == 0 {
            add(
                "planned_minutes".into(),
                "The planned call length must be at least one minute.",
            );
        }
        let mut ids = HashSet::new();
        let mut titles = HashSet::new();
        for (i, c) in self.criteria.iter().enumerate() {
            let field = |name: &str| format!("criteria[{i}].{name}");
            if c.id.trim().is_empty() {
                add(field("id"), "Each criterion needs an id.");
            } else if !ids.insert(c.id.as_str()) {
                add(field("id"), "Two criteria share this id.");
            }
            if c.title.trim().is_empty() {
                add(field("title"), "Give the criterion a title.");
            } else if !titles.insert(c.title.trim().to_lowercase()) {
                add(field("title"), "Two criteria share this title.");
            }
            if !(c.weight.is_finite() && c.weight > 0.0) {
                add(field("weight"), "The weight must be a positive number.");
            } else if c.weight > MAX_WEIGHT {
                add(field("weight"), "The weight must be at most 100.");
            }
        }
        let mut question_ids = HashSet::new();
        for (i, q) in self.question_bank.iter().enumerate() {
            let field = |name: &str| format!("question_bank[{i}].{name}");
            if q.id.trim().is_empty() {
                add(field("id"), "Each question needs an id.");
            } else if !question_ids.insert(q.id.as_str()) {
                add(field("id"), "Two questions share this id.");
            }
            if q.text.trim().is_empty() {
                add(field("text"), "Write the question.");
            }
        }
        let mut must = HashSet::new();
        for (i, m) in self.decision_rule.must_pass.iter().enumerate() {
            let field = format!("decision_rule.must_pass[{i}].criterion");
            if self.criterion(&m.criterion).is_none() {
                add(field, "Pick one of the rubric's criteria.");
            } else if !must.insert(m.criterion.as_str()) {
                add(field, "This criterion is already a must-pass.");
            }
        }
        if self.plan.min == 0 || self.plan.min > self.plan.max {
            add(
                "plan".into(),
                "The question count needs a minimum of at least 1 and no more than the maximum.",
            );
        }
        problems
    }
}

#[cfg(test)]
#[path = "rubric_tests.rs"]
pub(crate) mod tests;
