//! The scorecard's rules in plain Rust: no Leptos, no web-sys, so every rule is unit-tested natively.
//!
//! - [`rubric`]: what an interview kit is (criteria, signals, red flags, threshold).
//! - [`catalogue`]: built-in and own rubrics, ids for copies and arrivals.
//! - [`question`]: the question bank, its guidance and the recommended mix.
//! - [`scorecard`]: one candidate's scores against a snapshot of a rubric.
//! - [`scoring`]: derived figures (weighted score, completion, pass or fail).
//! - [`format`]: versioned documents and the one migration entry point.
//! - [`time`]: calendar arithmetic on millisecond timestamps.

pub mod catalogue;
pub mod format;
pub mod question;
pub mod rubric;
pub mod score;
pub mod scorecard;
pub mod scoring;
pub mod time;

pub use format::FormatError;
pub use question::{KindGuidance, MixRule, Question, QuestionKind, QuestionPlan, StarL};
pub use rubric::{Criterion, PassThreshold, Recommendation, RecommendationGuide, Rubric};
pub use score::Score;
pub use scorecard::{AskedQuestion, CriterionScore, Move, NewScorecard, Scorecard, Status};
pub use scoring::{Completion, Verdict};
